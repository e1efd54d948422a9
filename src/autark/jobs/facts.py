"""What the production knows about a film it made, for the film report (``autark.jobs.report``): the shot at
every frame, each spoken line's speaker and stems, whether anything is meant to be heard, and what each shot
should show (``autark.cinema.measure_shot`` on the scene over the shot's frames: the ``scene`` measures).

    facts = film_facts(segments, spoken, line_levels, fps=30, n_frames=900, width=1280, height=720)

Segments are read by their fields (a scene segment has ``scene`` and ``from_s``, a card ``text``), so this
module needs nothing of ``autark.jobs.film``, which calls it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from autark.jobs.report import FilmFacts, LineFacts, ShotSpan, scene_measures

__all__ = ["SCENE_SAMPLES_PER_S", "ShotMemo", "film_facts"]

# a shot's scene measures, by a key of what they are made of (see ``film_facts``)
ShotMemo = Callable[[dict[str, Any], Callable[[], dict[str, Any]]], dict[str, Any]]
FACTS_KEY_VERSION = 5  # bump when what a shot's measures are made of changes

# The report samples each shot's scene this often: half the planner's rate (autark.cinema.SAMPLES_PER_S, 8),
# which keeps the scene measures at ~0.15 s for a 30 s film (the whole check under 5% of a preview render);
# shares of a shot's time are then good to a quarter of a second.
SCENE_SAMPLES_PER_S = 4.0


def film_facts(segments: Sequence[Any], spoken: Sequence[tuple[float, Any]],
               line_levels: Sequence[tuple[float, float]], *, fps: int, n_frames: int, width: int, height: int,
               music: bool = True, scene: bool = True, memo: ShotMemo | None = None) -> FilmFacts:
    """The shot shown at every frame (as the renderer picks it: the segment, then the scene's active shot)
    grouped into shots; each spoken line (``(film start, Speech)``) with its speaker and the stems' levels
    (``mix_to_file``'s ``line_levels``, in the same order); with ``scene``, each scene shot measured from the
    scene at ``width`` x ``height``, :data:`SCENE_SAMPLES_PER_S` times a second. ``memo(key, measure)`` may
    answer a shot's measures from a cache (the production graph's): ``key`` holds everything they are made
    of (the slice of the scene that reaches the shot, the shot, its times and the frame size)."""
    from autark.scene.evaluate import active_shot

    starts, t = [], 0.0
    for seg in segments:
        starts.append(t)
        t += seg.duration_s
    spans: list[ShotSpan] = []
    where: list[tuple[int, Any]] = []  # per span: its segment and the timeline shot (None: a card, no shot)
    last: tuple[int, int] | None = None
    k = 0
    for i in range(n_frames):
        t = i / fps
        while k + 1 < len(segments) and t >= starts[k + 1] - 1e-9:
            k += 1
        seg = segments[k]
        if getattr(seg, "scene", None) is None:
            key, kind, label, shot = (k, -1), "card", str(seg.text), None
        else:
            shot = active_shot(seg.scene, t - starts[k] + seg.from_s)
            key, kind = (k, -1 if shot is None else id(shot)), "scene"
            label = seg.scene.active_camera if shot is None else \
                ", ".join(x for x in (shot.size, "" if shot.move == "static" else shot.move, shot.camera) if x)
        if key != last:
            spans.append(ShotSpan(i, 0, kind, label))
            where.append((k, shot))
            last = key
        spans[-1] = dataclasses.replace(spans[-1], n_frames=spans[-1].n_frames + 1)
    speakers: dict[str, str] = {}
    for seg in segments:
        if getattr(seg, "scene", None) is not None:
            names = {c.id: c.name for c in seg.scene.characters}
            speakers.update({ln.text: names.get(ln.speaker, ln.speaker) for ln in seg.scene.timeline.lines})
    levels: list[tuple[float | None, float | None]] = \
        list(line_levels) if len(line_levels) == len(spoken) else [(None, None)] * len(spoken)
    lines = [LineFacts(start, start + speech.duration_s, speech.text, speakers.get(speech.text, ""), v, m)
             for (start, speech), (v, m) in zip(spoken, levels, strict=True)]
    # the mix scores films of 1 s or more when music is asked for (jobs.film.score_and_mix)
    sound = bool(spoken) or (music and sum(s.duration_s for s in segments) >= 1.0)
    measured = _measure_shots(segments, starts, spans, where, fps, width, height, memo) if scene else None
    return FilmFacts(shots=spans, lines=lines, n_frames=n_frames, sound=sound, scene_measures=measured)


def _measure_shots(segments: Sequence[Any], starts: list[float], spans: list[ShotSpan], where: list[tuple[int, Any]],
                   fps: int, width: int, height: int, memo: ShotMemo | None = None) -> list[dict[str, Any]]:
    """Per span, what the scene says its shot shows (empty for a card or a scene without shots)."""
    from autark.cinema import SceneStates, line_spans, measure_shot, shot_subjects
    from autark.cinema.frame_faults import story_subjects
    from autark.scene.timeline import Shot

    cache: dict[int, tuple[SceneStates, list[Any]]] = {}
    out: list[dict[str, Any]] = []
    for span, (k, shot) in zip(spans, where, strict=True):
        seg = segments[k]
        if span.kind != "scene":
            out.append({})
            continue
        # the span's frames in the scene's own time
        start = span.first_frame / fps - starts[k] + seg.from_s
        if shot is None:  # no shot on the timeline: the scene's active camera all along
            shot = Shot(camera=seg.scene.active_camera, start_s=start, end_s=start + span.n_frames / fps)
        if not any(c.name == shot.camera for c in seg.scene.cameras):
            out.append({})
            continue
        # within the shot's own times: a span starting a frame's rounding early would read the shot's camera
        # before its first keyframe (at its default place) and see a whip that no frame shows
        end = min(start + span.n_frames / fps, shot.end_s)
        start = min(max(start, shot.start_s), end - 1e-3)

        def measure(seg: Any = seg, shot: Shot = shot, start: float = start, end: float = end, k: int = k
                    ) -> dict[str, Any]:
            if k not in cache:
                cache[k] = (SceneStates(seg.scene), line_spans(seg.scene))
            states, lines = cache[k]
            m = measure_shot(seg.scene, shot.camera, start, end,
                             shot_subjects(seg.scene, shot, states), lines, width=width, height=height,
                             samples_per_s=SCENE_SAMPLES_PER_S, foreground=shot.foreground, reaction=shot.reaction,
                             states=states, name=shot.name,
                             story=shot.story or story_subjects(seg.scene, shot.start_s, shot.end_s), key=shot.key)
            return scene_measures(m.to_dict(), height)

        if memo is None:
            out.append(measure())
            continue
        from autark.jobs.slices import scene_slice

        # what the measures read: the scene over the span's times (its states, the lines said in it) and, for a
        # shot without subjects of its own, the scene at the whole shot's midpoint (``shot_subjects`` looks
        # there). A slice of the whole shot instead made a line said after the span (a shot's end_s runs on to
        # the next cut's shot) measure its earlier shots again: 3 shots for one changed line of the benchmark film
        mid = (shot.start_s + shot.end_s) / 2
        out.append(memo({"v": FACTS_KEY_VERSION, "scene": scene_slice(seg.scene, start, end),
                         "subjects_at": None if shot.subjects else scene_slice(seg.scene, mid, mid),
                         "shot": shot.model_dump(mode="json"), "times": [start, end], "size": [width, height],
                         "samples_per_s": SCENE_SAMPLES_PER_S}, measure))
    return out
