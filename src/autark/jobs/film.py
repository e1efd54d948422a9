"""Film production: segments (scenes with timelines, title/end cards) -> voices, music, mix, frames, MP4 + SRT.

A film is a list of segments played one after another: :class:`SceneSegment` (a scene with its own timeline,
starting at its local 0 s) and :class:`CardSegment` (text on a dark background that fades in and out). Each
segment begins with a cut or a cross-fade from the one before; a cross-fade is centred on the boundary so
the film lasts exactly the sum of the segments' durations.

The stages run in a fixed order and each is timed: speech (every line of every scene, distinct lines in
parallel), then render + encode as one pipeline (frames stream from the renderer, in worker processes where
that pays off, into the encoder thread; never all held at once) while a thread composes one score for the
whole film and mixes it with the lines at their absolute times. The music and the mix stream through raw
float32 files in a temporary folder and the encoder reads the mix block by block, so memory stays flat as
films get longer. Spoken lines set their real duration and drive the speaker's jaw; the subtitles take their
times from the same speech. ``timings_s["audio"]`` is speech + music + mix, of which music and mix overlap
the render. The frames themselves (title and end cards, and the renderer of frame i of a film of segments)
are drawn by ``autark.jobs.film_frames``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from autark.audio import SAMPLE_RATE_HZ
from autark.errors import UserInputError
from autark.jobs.film_frames import SegmentsRenderer, make_segments_renderer, render_card
from autark.jobs.slices import CROSSFADE_S
from autark.scene.model import Scene

if TYPE_CHECKING:
    from autark.audio import Speech, VoiceEngine
    from autark.audio.pcm import PcmFile
    from autark.compose import Cue
    from autark.compose.provenance import Provenance
    from autark.jobs import GraphLimits
    from autark.jobs.measure import VideoTrack
    from autark.jobs.report import FilmCheck

__all__ = [
    "CROSSFADE_S",
    "CardSegment",
    "Composer",
    "FilmOptions",
    "FilmReport",
    "SceneSegment",
    "Segment",
    "make_film",
    "make_segments_film",
    "prepare_audio",
    "prepare_segments_audio",
    "render_card",
    "score_and_mix",
    "segment_starts",
    "speak_segments",
]

Quality = Literal["preview", "final"]
# (mood, duration_s, seed, path) -> the music bed written at path: a replacement for the built-in score
Composer = Callable[[str, float, int, Path], "PcmFile"]
Transition = Literal["cut", "crossfade"]
FILM_FPS = 24  # the frame rate of a film when nobody asks for another
# the frames' renderer under the names it had here (tests, benchmarks and the graph's pieces read them)
_SegmentsRenderer, _make_segments_renderer = SegmentsRenderer, make_segments_renderer


@dataclass(frozen=True)
class FilmOptions:
    # 24 frames a second, film's own rate: a fifth fewer frames than 30 to render on a machine without a GPU
    # (a 30-second 720p final film at 30 fps took 41-45.5 s to make on 2 cores; --fps 30 still makes one)
    fps: int = FILM_FPS
    width: int = 1280
    height: int = 720
    quality: Quality = "final"
    seed: int = 0
    workers: int | None = None  # render processes; None: compose's DEFAULT_WORKERS (Settings.render_workers)
    encoder_nice: int | None = None  # None: compose's DEFAULT_ENCODER_NICE (Settings.encoder_nice)
    burn_subtitles: bool = False
    music: bool = True
    cache_dir: Path | None = None  # speech cache; None: no cache
    exact_size: bool = False  # width/height were asked for: no halving for previews (frame_size)
    check: bool = True  # write the film report (film.report.json + .html, autark.jobs.report) beside the film
    provenance: Provenance | None = None  # recipe, signing key, AI mark (autark.compose.provenance); None: facts only
    # with cache_dir: the production graph (autark.jobs.graph) re-renders only what changed; its limits
    limits: GraphLimits | None = None  # None: GraphLimits() (Settings.graph_limits() on the command line)
    policy: str = "standard"  # the content policy's level the film's spoken and shown text is checked at
    executor: Any = None  # None: pieces render here; a RayExecutor (autark.jobs.cluster): on a cluster

    def render_settings(self) -> dict[str, int | bool]:
        """``Renderer`` keyword arguments. Preview: half size unless asked for (``frame_size``), no
        anti-aliasing, smaller shadow maps. Final: FXAA rather than MSAA, measured on llvmpipe at 720p on the film benchmark's scene: no AA
        ~57 ms a frame, FXAA ~+15 ms, 2x or 4x MSAA ~+70 ms (every sample stored and resolved); FXAA keeps
        edges smooth at a quarter of MSAA's cost, so the 30-second film stays near its time budget. A spot
        light's shadow map is 512 at both qualities: on the castle film's 720p frames (two shadowing spots) 1024
        cost 10% more CPU a frame (75 vs 68 ms) for shadows a little crisper at the edges (1% of pixels moved
        by more than 8 levels; side by side, hard to tell apart), and a spot's cone spreads its map over a
        room anyway."""
        if self.quality == "preview":
            return {"samples": 0, "shadow_size": 1024, "spot_shadow_size": 512}
        return {"samples": 0, "fxaa": True, "shadow_size": 2048, "spot_shadow_size": 512}

    def frame_size(self) -> tuple[int, int]:
        """The film's frame size: ``width`` x ``height``, halved for a preview unless ``exact_size`` (a size the
        person asked for is honoured at every quality)."""
        if self.quality == "preview" and not self.exact_size:
            # even sizes: yuv420p needs them
            return max(16, self.width // 2 // 2 * 2), max(16, self.height // 2 // 2 * 2)
        return self.width, self.height


@dataclass
class FilmReport:
    path: Path
    srt_path: Path | None
    duration_s: float
    n_frames: int
    width: int
    height: int
    timings_s: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    check: FilmCheck | None = None  # the film report, when FilmOptions.check (written beside the film)


@dataclass(frozen=True)
class SceneSegment:
    """A scene played from its local ``from_s`` (0 s by default) for ``duration_s`` seconds; ``transition`` is
    how it begins. An ``excerpt`` (a range of a film, as the web studio renders one) cuts the lines at its
    edges: a line under way at ``from_s`` is heard from there, one still speaking at the end stops there.
    Otherwise a line that outlasts the film is an error."""

    scene: Scene
    duration_s: float
    transition: Transition = "cut"
    from_s: float = 0.0
    excerpt: bool = False


@dataclass(frozen=True)
class CardSegment:
    """A title or end card: ``text`` (and a smaller ``subtitle``) on a dark background, fading in and out."""

    text: str
    subtitle: str = ""
    duration_s: float = 3.0
    transition: Transition = "cut"


Segment = SceneSegment | CardSegment


def segment_starts(segments: Sequence[Segment]) -> list[float]:
    """Where each segment starts in the film (seconds); the film ends at the last start + its duration."""
    starts, t = [], 0.0
    for seg in segments:
        starts.append(t)
        t += seg.duration_s
    return starts


# -- audio -----------------------------------------------------------------------------------------------------
def _speak_scene(scene: Scene, engine: VoiceEngine, fps: int, offset_s: float,
                 window: tuple[float, float] | None = None
                 ) -> tuple[Scene, list[tuple[float, Speech]], list[Cue]]:
    """Speak the scene's lines: the scene with real line durations and talk clips, the speech at absolute
    times (``offset_s`` + the line's start) and the subtitle cues. With a ``window`` (from, to) of scene
    time, which film time ``offset_s`` shows from ``from``, only what is said inside it is heard and shown."""
    from autark.compose.subtitles import line_cues
    from autark.scene.timeline import Action

    lines, talks, spoken, cues = [], [], [], []
    from_s = window[0] if window is not None else 0.0  # the scene time that film time offset_s shows
    for line, (character, request) in zip(scene.timeline.lines, _line_requests(scene), strict=True):
        speech = engine.speak(*request)
        lines.append(line.model_copy(update={"duration_s": speech.duration_s}))
        heard = (line.start_s, speech) if window is None else _heard(speech, line.start_s, *window)
        if heard is not None:
            start = offset_s + heard[0] - from_s
            spoken.append((start, heard[1]))
            # a long line is shown in pieces, each from when its first word is said (the whole line only)
            words = speech.words if heard[1] is speech else ()
            cues += line_cues(line.text, start, start + heard[1].duration_s, words)
        if character is not None:
            envelope = [float(v) for v in speech.mouth_open(fps)]
            talks.append(Action(object_id=character.object_id, kind="talk", start_s=line.start_s,
                                end_s=line.start_s + max(speech.duration_s, 0.05), mouth_open=envelope,
                                mouth_fps=float(fps)))
    timeline = scene.timeline.model_copy(update={"lines": lines, "actions": [*scene.timeline.actions, *talks]})
    return scene.model_copy(update={"timeline": timeline}), spoken, cues


def _heard(speech: Speech, start_s: float, from_s: float, to_s: float) -> tuple[float, Speech] | None:
    """The part of a line spoken from ``start_s`` that falls inside ``from_s``..``to_s`` (scene time): where
    it begins and its samples; None when none of it does."""
    rate = speech.sample_rate_hz
    first = max(0, round((from_s - start_s) * rate))
    last = min(len(speech.samples), round((to_s - start_s) * rate))
    if last <= first:
        return None
    if (first, last) == (0, len(speech.samples)):
        return start_s, speech
    return start_s + first / rate, speech.cut(first, last)


def _line_requests(scene: Scene) -> list[tuple[Any, tuple[str, str, str]]]:
    """Per line of ``scene``: its speaking character (or None) and the engine request (text, voice, language)."""
    speakers = {c.id: c for c in scene.characters} | {c.name.lower(): c for c in scene.characters}
    out = []
    for line in scene.timeline.lines:
        character = speakers.get(line.speaker) or speakers.get(line.speaker.lower())
        voice = line.voice or (character.voice if character else "narrator")
        if voice == "default":
            voice = "man"
        out.append((character, (line.text, voice, line.language or "en")))
    return out


def speak_segments(segments: Sequence[Segment], *, fps: int = 30, cache_dir: Path | None = None,
                   engine: VoiceEngine | None = None
                   ) -> tuple[list[Segment], list[tuple[float, Speech]], list[Cue]]:
    """Speak every scene's lines: the segments with each line's real ``duration_s`` (and talk clips driven by
    the speech), the speech at absolute film times and the subtitle cues (sorted by start)."""
    from autark.audio import MemoVoices, default_voice_engine

    engine = engine if engine is not None else default_voice_engine(cache_dir)
    memo = engine if isinstance(engine, MemoVoices) else MemoVoices(engine)
    memo.speak_all([r for seg in segments if isinstance(seg, SceneSegment) for _, r in _line_requests(seg.scene)])
    out: list[Segment] = []
    spoken: list[tuple[float, Speech]] = []
    cues: list[Cue] = []
    for seg, start in zip(segments, segment_starts(segments), strict=True):
        if isinstance(seg, SceneSegment) and seg.scene.timeline.lines:
            window = (seg.from_s, seg.from_s + seg.duration_s) if seg.excerpt else None
            scene, said, sc_cues = _speak_scene(seg.scene, memo, fps, start, window)
            seg = dataclasses.replace(seg, scene=scene)
            spoken += said
            cues += sc_cues
        out.append(seg)
    total = sum(s.duration_s for s in segments)
    for start_s, speech in spoken:
        if start_s + speech.duration_s > total + 1e-3:
            raise UserInputError(
                f"the line '{speech.text[:40]}' ends at {start_s + speech.duration_s:.1f} s, after the film "
                f"({total:.1f} s)", hint="start it earlier or make the film longer")
    from autark.compose.subtitles import readable_cues

    return out, spoken, readable_cues(cues, total)


def score_and_mix(segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]], work_dir: Path, *,
                  music_mood: str | None = None, seed: int = 0, music: bool = True,
                  timings: dict[str, float] | None = None,
                  line_levels: list[tuple[float, float]] | None = None,
                  composer: Composer | None = None, stem_lufs: dict[str, float] | None = None,
                  mixer: Callable[..., Any] | None = None) -> PcmFile:
    """Compose ONE score for the whole film, render it and mix it with ``spoken`` into a raw float32 file in
    ``work_dir`` (48 kHz stereo, exactly the film's length). Everything streams through disk in blocks, so
    memory does not grow with the film's length. ``music_mood`` defaults to the first scene's mood.
    ``line_levels`` receives the dialogue and music level under each spoken line (``mix_to_file``'s).
    ``composer(mood, duration_s, seed, path)`` writes the music bed instead of the built-in score (a music
    plugin's, ``autark.plugins.music``). ``stem_lufs``: the music's and ambience's loudness, known or to be
    filled in (``mix_to_file``'s; the production graph keeps them). ``mixer``: called as ``mix_to_file`` and
    its result returned (the production graph's mixes in pieces, ``autark.jobs.sound_pieces``)."""
    from autark.audio import compose_score
    from autark.audio.ambient import film_ambience
    from autark.audio.mixer import mix_to_file
    from autark.audio.pcm import BLOCK_SAMPLES, PcmWriter
    from autark.audio.synth import render_score_to_file

    timings = timings if timings is not None else {}
    total = sum(s.duration_s for s in segments)
    if music_mood is None:
        music_mood = next((s.scene.timeline.music_mood for s in segments
                           if isinstance(s, SceneSegment) and s.scene.timeline.music_mood), "calm")
    t0 = time.perf_counter()
    bed = None
    if music and total >= 1.0:
        # one score across the whole film (cards included), so it ends with the film instead of restarting
        if composer is not None:
            bed = composer(music_mood or "calm", total, seed, work_dir / "music.f32")
        else:
            score = compose_score(music_mood or "calm", total, seed)
            bed = render_score_to_file(score, work_dir / "music.f32", SAMPLE_RATE_HZ)
    timings["music"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    starts = np.cumsum([0.0] + [s.duration_s for s in segments])[:-1]
    # each scene's place and weather, heard under it (cards are silent but for the music)
    placed = [(float(a), s.duration_s, s.from_s, s.scene)
              for a, s in zip(starts, segments, strict=True) if isinstance(s, SceneSegment)]
    ambience = film_ambience(placed, seed=seed)
    # foley: the sound effects of the scenes' actions and changes, laid on the ambience (set and ducked with it)
    from autark.audio.foley_cues import with_foley

    ambience = with_foley(ambience, placed, seed=seed, stem_lufs=stem_lufs)
    try:
        if bed is not None or spoken or ambience is not None:
            # the mix's 1 s fade in and 2 s fade out, kept in proportion inside a clip shorter than 3 s
            audio = (mixer or mix_to_file)(total, bed, spoken, work_dir / "mix.f32", sample_rate_hz=SAMPLE_RATE_HZ,
                                line_levels=line_levels, ambience=ambience, fade_in_s=min(1.0, total / 3),
                                fade_out_s=min(2.0, total * 2 / 3), stem_lufs=stem_lufs)
        else:
            n = int(round(total * SAMPLE_RATE_HZ))
            with PcmWriter(work_dir / "mix.f32", 2, SAMPLE_RATE_HZ) as writer:
                for a in range(0, n, BLOCK_SAMPLES):
                    writer.write(np.zeros((min(BLOCK_SAMPLES, n - a), 2), np.float32))
            audio = writer.result()
    finally:
        if bed is not None:
            bed.close()
            bed.path.unlink(missing_ok=True)
    timings["mix"] = time.perf_counter() - t0
    return audio


def prepare_segments_audio(segments: Sequence[Segment], *, music_mood: str | None = None, seed: int = 0,
                           fps: int = 30, music: bool = True, cache_dir: Path | None = None,
                           engine: VoiceEngine | None = None, timings: dict[str, float] | None = None
                           ) -> tuple[list[Segment], np.ndarray, list[Cue]]:
    """Speak every scene's lines, compose ONE score for the whole film and mix, all in memory.

    Returns the segments with each scene's lines carrying their real ``duration_s`` (and talk clips driven
    by the speech), the stereo mix (float32, 48 kHz, exactly the film's length) and the subtitle cues at
    their absolute times. ``music_mood`` defaults to the first scene's ``timeline.music_mood``. Films stream
    their audio instead (:func:`speak_segments` + :func:`score_and_mix`).
    """
    from autark.leftovers import work_dir

    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    out, spoken, cues = speak_segments(segments, fps=fps, cache_dir=cache_dir, engine=engine)
    timings["speech"] = time.perf_counter() - t0
    with work_dir("autark-audio-") as work:
        pcm = score_and_mix(out, spoken, work, music_mood=music_mood, seed=seed, music=music, timings=timings)
        audio = pcm.to_array()
        pcm.close()
    return out, audio, cues


def prepare_audio(scene: Scene, duration_s: float | None = None, *, seed: int = 0, fps: int = 30,
                  music: bool = True, cache_dir: Path | None = None,
                  timings: dict[str, float] | None = None) -> tuple[Scene, np.ndarray, list[Cue]]:
    """One scene's audio: :func:`prepare_segments_audio` for a film that is just this scene."""
    from autark.scene.evaluate import film_duration_s

    total = duration_s if duration_s is not None else film_duration_s(scene)
    segs, audio, cues = prepare_segments_audio([SceneSegment(scene, total)], seed=seed, fps=fps, music=music,
                                               cache_dir=cache_dir, timings=timings)
    first = segs[0]
    assert isinstance(first, SceneSegment)  # noqa: S101 - built just above
    return first.scene, audio, cues


def _payload(segments: Sequence[Segment]) -> str:
    items = []
    for seg, start in zip(segments, segment_starts(segments), strict=True):
        item: dict[str, Any] = {"start_s": start, "duration_s": seg.duration_s, "transition": seg.transition}
        if isinstance(seg, SceneSegment):
            item |= {"kind": "scene", "scene": seg.scene.model_dump_json(), "from_s": seg.from_s}
        else:
            item |= {"kind": "card", "text": seg.text, "subtitle": seg.subtitle}
        items.append(item)
    return json.dumps(items)


def _timed(frames: Iterator[np.ndarray], spent: list[float]) -> Iterator[np.ndarray]:
    """Pass frames through, adding the time spent waiting for each to ``spent[0]`` (the render share)."""
    try:
        while True:
            t0 = time.perf_counter()
            try:
                frame = next(frames)
            except StopIteration:
                return
            finally:
                spent[0] += time.perf_counter() - t0
            yield frame
    finally:
        close = getattr(frames, "close", None)
        if close is not None:  # shut worker processes down now, also on error or Ctrl-C
            close()


# -- entry points ----------------------------------------------------------------------------------------------
def _check_segments(segments: Sequence[Segment], options: FilmOptions) -> None:
    from autark.motion import validate_actions

    if not 1 <= options.fps <= 120:
        raise UserInputError(f"fps must be between 1 and 120, got {options.fps}")
    if not segments:
        raise UserInputError("a film needs at least one scene or card")
    for seg in segments:
        if not seg.duration_s > 0:
            raise UserInputError(f"every part of a film needs a duration above 0 s, got {seg.duration_s}")
        if isinstance(seg, SceneSegment):
            validate_actions(seg.scene)


def make_segments_film(segments: Sequence[Segment], out_path: str | os.PathLike[str],
                       options: FilmOptions | None = None, *, music_mood: str | None = None,
                       engine: VoiceEngine | None = None,
                       on_rendered: Callable[[int], None] | None = None,
                       on_encoded: Callable[[int], None] | None = None,
                       on_stage: Callable[[str], None] | None = None,
                       composer: Composer | None = None) -> FilmReport:
    """Produce the film of ``segments`` at ``out_path`` (an MP4, with an SRT beside it when lines are spoken).
    ``composer``: writes the music bed instead of the built-in score (see :func:`score_and_mix`).

    One audio mix and one subtitle file cover the whole film; every frame comes from one ``compose_film``
    call, so frames stream to the encoder whether they are rendered here or in worker processes.
    """
    from autark.compose import PendingAudio, compose_film, render_frames
    from autark.compose.encode import DEFAULT_ENCODER_NICE
    from autark.compose.mark import mark_frames
    from autark.compose.provenance import stamp_film, trained_models
    from autark.leftovers import work_dir

    options = options or FilmOptions()
    _check_segments(segments, options)
    from autark.jobs.policing import scan_film_text

    scan_film_text(segments, options.policy)  # output scanning, before anything is rendered or written
    timings: dict[str, float] = {}
    if on_stage:
        on_stage("audio")
    t0 = time.perf_counter()
    segments, spoken, cues = speak_segments(segments, fps=options.fps, cache_dir=options.cache_dir, engine=engine)
    timings["speech"] = time.perf_counter() - t0
    if options.cache_dir is not None:  # pieces, music, mix, film and report through the project's cache
        from autark.jobs import produce_graph  # re-exported: the graph builds on this module

        return produce_graph(segments, spoken, cues, out_path, options, timings, music_mood=music_mood,
                             composer=composer, on_rendered=on_rendered, on_encoded=on_encoded,
                             on_stage=on_stage, limits=options.limits, engine=engine)
    # The film's audio lives in raw float32 files in this folder while the film is encoded, read block by block
    # as the video advances: memory does not grow with the film's length. The score and the mix are made on
    # a thread while the first frames render (the speech came first: its timing drives the talk animation).
    # The folder is locked while the film is made; the next film removes it if this process is killed.
    audio_timings: dict[str, float] = {}
    with work_dir("autark-film-") as work:
        duration_s = sum(s.duration_s for s in segments)
        line_levels: list[tuple[float, float]] = []  # the stems' levels under each spoken line, for the report
        produce = functools.partial(score_and_mix, segments, spoken, work, music_mood=music_mood,
                                    seed=options.seed, music=options.music, timings=audio_timings,
                                    line_levels=line_levels, composer=composer)
        # at the encoder's priority: both should take the CPU the renderer leaves idle, not the renderer's
        nice = DEFAULT_ENCODER_NICE if options.encoder_nice is None else options.encoder_nice
        audio = PendingAudio(produce, int(round(duration_s * SAMPLE_RATE_HZ)), nice=nice)
        width, height = options.frame_size()
        n_frames = max(1, int(round(duration_s * options.fps)))
        factory = functools.partial(_make_segments_renderer, _payload(segments), options.fps, width, height,
                                    options.render_settings())
        if on_stage:
            on_stage("render+encode")
        t0 = time.perf_counter()
        spent = [0.0]
        # the report's picture measures, taken from each frame as the encoder takes it (the same pixels, but
        # for x264's small loss) rather than by decoding the whole film again after it is written: ~0.2 ms a
        # frame on the encoder's thread instead of ~2-3 s at the end (a 30-second 720p film)
        measures = _frame_measures(segments, spoken, options, n_frames, width, height) if options.check else None
        frames = _timed(iter(render_frames(factory, n_frames, options.workers)), spent)
        if options.provenance is not None and options.provenance.mark:  # the visible AI badge
            frames = mark_frames(frames, width, height)
        try:
            stats = compose_film(frames, n_frames, Fraction(options.fps), out_path, audio, cues or None,
                                 options.quality, width=width, height=height, sample_rate_hz=SAMPLE_RATE_HZ,
                                 burn_subtitles=options.burn_subtitles, encoder_nice=nice,
                                 on_rendered=on_rendered, on_encoded=on_encoded,
                                 on_coded_frame=None if measures is None else measures.add_coded)
        finally:
            # the mix thread must be done with the folder before it is removed (also after an error)
            with contextlib.suppress(Exception):  # its error, if any, was raised by the encoder already
                audio.wait().close()  # type: ignore[attr-defined]
    timings.update(audio_timings)
    # speech, then music + mix on their thread, overlapping the render
    timings["audio"] = timings["speech"] + audio_timings.get("music", 0.0) + audio_timings.get("mix", 0.0)
    timings["render+encode"] = time.perf_counter() - t0
    # time the encoder waited on frames: with one in-process worker this is the render cost
    timings["render"] = spent[0]
    timings["encode"] = max(0.0, timings["render+encode"] - spent[0])
    path = Path(stats.path)
    srt = path.with_suffix(".srt")
    report = FilmReport(path=path, srt_path=srt if cues else None, duration_s=n_frames / options.fps,
                        n_frames=n_frames, width=width, height=height, timings_s=timings)
    report.warnings += stamp_film(path, options.provenance, trained=trained_models(engine, spoken))  # provenance
    video = measures.film_track(n_frames, width, height) if measures is not None else None
    _check_film(report, options, segments, spoken, line_levels, video)
    return report


# -- the film report -------------------------------------------------------------------------------------------
def _thumbnail_frames(segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]],
                      line_levels: Sequence[tuple[float, float]], options: FilmOptions, n_frames: int, width: int,
                      height: int) -> list[int] | None:
    """The frames the film report shows as thumbnails: each shot's middle one (None: no shot list)."""
    from autark.jobs.facts import film_facts

    # the shots' spans, which say where the thumbnails are, cost nothing to find
    spans = film_facts(segments, spoken, line_levels, fps=options.fps, n_frames=n_frames, width=width,
                       height=height, music=options.music, scene=False).shots
    return None if spans is None else [s.first_frame + s.n_frames // 2 for s in spans]


class _EncodedMeasures:
    """The report's picture measures (``measure.FrameMeasures``) of the frames as the encoder takes them. A
    failure here never fails the film: the measures stop and the report decodes the film instead."""

    def __init__(self, thumbnail_frames: list[int] | None, fps: int) -> None:
        from autark.jobs.measure import FrameMeasures

        self.measures = FrameMeasures(thumbnail_frames)
        self.fps = fps
        self.failed = False

    def add_coded(self, index: int, frame: Any) -> None:
        if self.failed:
            return
        try:
            self.measures.add(frame, index / self.fps)
        except Exception:  # noqa: BLE001 - the film goes on; its report measures the file instead
            self.failed = True

    def film_track(self, n_frames: int, width: int, height: int) -> VideoTrack | None:
        """The measures of the film's ``n_frames`` frames as ``measure_video`` gives them (None: not all)."""
        if self.failed or len(self.measures.luma) != n_frames:
            return None
        return self.measures.track("h264", width, height, Fraction(self.fps))


def _frame_measures(segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]], options: FilmOptions,
                    n_frames: int, width: int, height: int) -> _EncodedMeasures:
    """The measures of the film's frames as they are encoded, keeping the report's thumbnails."""
    return _EncodedMeasures(_thumbnail_frames(segments, spoken, [], options, n_frames, width, height), options.fps)


def _check_film(report: FilmReport, options: FilmOptions, segments: Sequence[Segment],
                spoken: Sequence[tuple[float, Speech]], line_levels: Sequence[tuple[float, float]],
                video: VideoTrack | None = None) -> None:
    """Write the film report beside the film (``options.check``), timed as ``timings_s["check"]``; without
    it, remove an older film's report so none describes a film it was not made for. A report that cannot be
    made is a warning (``FilmReport.warnings``, which the commands print): the film itself is fine. ``video``:
    the picture's measures taken as it was encoded (None: decoded from the film here)."""
    from concurrent.futures import ThreadPoolExecutor

    from autark.errors import AutarkError
    from autark.jobs.facts import film_facts
    from autark.jobs.measure import measure_audio, measure_video
    from autark.jobs.report import check_film, remove_report, write_report

    if not options.check:
        remove_report(report.path)
        return
    t0 = time.perf_counter()
    try:
        # The film's picture (unless measured as it was encoded) and sound are decoded and measured on two
        # threads (FFmpeg, numpy and scipy let go of the interpreter lock) while this one measures the scene's
        # shots (Python): the three at once, not the shots first.
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="autark-check") as pool:
            if video is None:
                wanted = _thumbnail_frames(segments, spoken, line_levels, options, report.n_frames, report.width,
                                           report.height)
                decoded = pool.submit(measure_video, report.path, thumbnail_frames=wanted)
            audio = pool.submit(measure_audio, report.path)
            facts = film_facts(segments, spoken, line_levels, fps=options.fps, n_frames=report.n_frames,
                               width=report.width, height=report.height, music=options.music)
            report.check = check_film(report.path, facts, video=video if video is not None else decoded.result(),
                                      audio=audio.result())
        write_report(report.check)
    except AutarkError as exc:
        report.warnings.append(f"the film report could not be made: {exc}")
    except Exception as exc:  # a bug in the report must not cost the finished film; it is said, not hidden
        report.warnings.append(f"the film report could not be made ({type(exc).__name__}: {exc})")
    report.timings_s["check"] = time.perf_counter() - t0


def make_film(scene: Scene, out_path: str | os.PathLike[str], options: FilmOptions | None = None, *,
              on_rendered: Callable[[int], None] | None = None,
              on_encoded: Callable[[int], None] | None = None,
              on_stage: Callable[[str], None] | None = None) -> FilmReport:
    """Produce the film of one ``scene`` (its timeline from 0 s to ``film_duration_s``) at ``out_path``."""
    from autark.scene.evaluate import film_duration_s

    return make_segments_film([SceneSegment(scene, film_duration_s(scene))], out_path, options,
                              on_rendered=on_rendered, on_encoded=on_encoded, on_stage=on_stage)
