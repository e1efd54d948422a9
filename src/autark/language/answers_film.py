"""Answers about the film in time (what the camera sees at a time, what happens then, who says what, how long
the film is) and "why" answers from the recorded decisions (``decisions.Decision``) and the scene's own notes
(a shot's ``notes`` from the camera checks, the music mood, the voices)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from autark.language import placement as pl
from autark.language.answer_words import Answer, listing, matches, missing, name_of, names_of, t, things
from autark.language.decisions import Decision
from autark.language.questions import Question
from autark.scene.evaluate import active_shot, estimate_line_duration_s, film_duration_s
from autark.scene.model import Camera, Scene, SceneObject

__all__ = ["answer_film", "answer_why", "seen_by"]

_ATTR_DE = {"position": "ihre Position", "target": "ihr Ziel", "transform.position": "seine Position",
            "intensity": "seine Helligkeit", "color": "seine Farbe", "fov": "ihren Bildwinkel"}
_KIND_DE = {"camera": "die Kamera", "light": "das Licht", "object": "das Objekt"}
_ACT_DE = {"walk": "geht", "run": "rennt", "wave": "winkt", "sit": "setzt sich", "jump": "springt", "turn": "dreht sich",
           "point": "zeigt", "nod": "nickt", "dance": "tanzt", "eat": "isst", "fall": "fällt", "lie": "legt sich hin"}


def _s(x: float) -> str:
    return f"{x:.1f} s"


def seen_by(cam: Camera, objs: Sequence[SceneObject], aspect: float) -> list[tuple[SceneObject, str]]:
    """The objects whose box centre is inside the camera's view, with where in the picture (left, centre,
    right), nearest first. No occlusion: what stands in the frame, not what is hidden behind something."""
    eye, target = np.asarray(cam.position, float), np.asarray(cam.target, float)
    fwd = target - eye
    if np.linalg.norm(fwd) < 1e-9:
        return []
    fwd /= np.linalg.norm(fwd)
    right = np.cross(fwd, np.asarray(cam.up, float))
    if np.linalg.norm(right) < 1e-9:
        right = np.array([1.0, 0.0, 0.0])
    right /= np.linalg.norm(right)
    up = np.cross(right, fwd)
    tan_v = math.tan(math.radians(cam.fov) / 2)
    out = []
    for o in objs:
        c = np.asarray(pl.center(pl.world_box(o))) - eye
        depth = float(c @ fwd)
        if depth <= 0.05:
            continue
        x = float(c @ right) / (depth * tan_v * aspect)
        y = float(c @ up) / (depth * tan_v)
        if abs(x) <= 1.0 and abs(y) <= 1.0:
            out.append((depth, o, "left" if x < -0.33 else "right" if x > 0.33 else "centre"))
    return [(o, where) for _d, o, where in sorted(out, key=lambda e: e[0])]


def _scene_at(scene: Scene, at: float) -> Scene:
    try:
        from autark.motion import evaluate_scene

        return evaluate_scene(scene, at)
    except Exception:  # an action that cannot be played: the still scene (the tracks) still answers
        from autark.scene.evaluate import evaluate

        return evaluate(scene, at)


def _camera(q: Question, scene: Scene) -> Answer:
    at = q.at_s if q.at_s is not None else 0.0
    now = _scene_at(scene, at)
    cam = next((c for c in now.cameras if c.name == now.active_camera), None)
    if cam is None:
        return Answer(t(q, "There is no camera.", "Es gibt keine Kamera."), [], q.kind, q.german)
    seen = seen_by(cam, [o for o in things(now) if o.visible], scene.settings.width / scene.settings.height)
    when = t(q, f"At {_s(at)}", f"Bei {_s(at)}")
    if not seen:
        return Answer(t(q, f"{when} the camera '{cam.name}' sees nothing but the background.",
                        f"{when} sieht die Kamera '{cam.name}' nur den Hintergrund."), [], q.kind, q.german)
    where_de = {"left": "links", "right": "rechts", "centre": "Mitte"}
    parts = [f"{name_of(o, q.german)} ({where_de[w] if q.german else w})" for o, w in seen]
    shot = active_shot(scene, at)
    framing = f", {shot.size} {shot.move}".rstrip() if shot is not None and shot.size else ""
    text = t(q, f"{when} the camera '{cam.name}'{framing} sees {listing(parts, False)}.",
             f"{when} sieht die Kamera '{cam.name}'{framing}: {listing(parts, True)}.")
    return Answer(text, [o.id for o, _w in seen], q.kind, q.german)


def _line_end(line: object) -> float:
    return line.start_s + (line.duration_s if line.duration_s is not None  # type: ignore[attr-defined]
                           else estimate_line_duration_s(line.text))  # type: ignore[attr-defined]


def _speaker_ids(scene: Scene, speaker: str) -> list[str]:
    return [c.object_id for c in scene.characters if c.name.lower() == speaker.lower()]


def _at_time(q: Question, scene: Scene) -> Answer:
    if q.at_s is None:
        return Answer(t(q, "At what time? e.g. 'what happens at 5 seconds?'",
                        "Zu welcher Zeit? z.B. 'was passiert bei 5 Sekunden?'"), [], q.kind, q.german)
    at = q.at_s
    parts, ids = [], []
    for a in scene.timeline.actions:
        if a.start_s - 1e-6 <= at <= a.end_s + 1e-6:
            obj = scene.find_object(a.object_id)
            if obj is None:
                continue
            verb = _ACT_DE.get(a.kind, a.kind) if q.german else a.kind + ("es" if a.kind.endswith("sh") else "s")
            parts.append(f"{name_of(obj, q.german)} {verb} ({_s(a.start_s)}–{_s(a.end_s)})")
            ids.append(obj.id)
    for line in scene.timeline.lines:
        if line.start_s - 1e-6 <= at <= _line_end(line) + 1e-6:
            parts.append(t(q, f"{line.speaker} says \u201c{line.text}\u201d", f"{line.speaker} sagt \u201e{line.text}\u201c"))
            ids += _speaker_ids(scene, line.speaker)
    for track in scene.timeline.tracks:
        keys = track.keyframes
        if len(keys) >= 2 and keys[0].time_s - 1e-6 <= at <= keys[-1].time_s + 1e-6:
            what, _, attr = track.target.partition(".")
            kind, _, key = what.partition(":")
            thing = scene.find_object(key) if kind == "object" else None
            label = name_of(thing, q.german) if thing is not None else t(q, f"the {kind} '{key}'",
                                                                           f"{_KIND_DE.get(kind, kind)} '{key}'")
            parts.append(t(q, f"{label} changes its {attr.replace('transform.', '')}",
                           f"{label} ändert {_ATTR_DE.get(attr, attr.replace('transform.', ''))}"))
            if thing is not None:
                ids.append(thing.id)
    shot = active_shot(scene, at)
    if shot is not None and (shot.size or shot.move != "static"):
        parts.append(t(q, f"the camera shows a {shot.size or 'shot'} ({shot.move})",
                       f"die Kamera zeigt {shot.size or 'eine Einstellung'} ({shot.move})"))
    length = film_duration_s(scene)
    when = t(q, f"At {_s(at)}", f"Bei {_s(at)}")
    if at > length + 1e-6:
        return Answer(t(q, f"{when} the film is over: it is {_s(length)} long.",
                        f"{when} ist der Film schon vorbei: er dauert {_s(length)}."), [], q.kind, q.german)
    if not parts:
        return Answer(t(q, f"{when} nothing happens: everything stands still.",
                        f"{when} passiert nichts: alles steht still."), [], q.kind, q.german)
    return Answer(f"{when}: {listing(parts, q.german)}.", ids, q.kind, q.german)


def _says(q: Question, scene: Scene) -> Answer:
    lines = list(scene.timeline.lines)
    if q.np is not None:
        who = {o.name.lower() for o in matches(q.np, scene)}
        who |= {c.name.lower() for c in scene.characters if any(o.id == c.object_id for o in matches(q.np, scene))}
        lines = [ln for ln in lines if ln.speaker.lower() in who]
    if not lines:
        return Answer(t(q, "Nobody says anything." if q.np is None else "They say nothing.",
                        "Niemand sagt etwas." if q.np is None else "Sie sagen nichts."), [], q.kind, q.german)
    parts, ids = [], []
    for ln in sorted(lines, key=lambda x: x.start_s):
        parts.append(t(q, f"at {_s(ln.start_s)} {ln.speaker} says \u201c{ln.text}\u201d",
                       f"bei {_s(ln.start_s)} sagt {ln.speaker} \u201e{ln.text}\u201c"))
        ids += [i for i in _speaker_ids(scene, ln.speaker) if i not in ids]
    text = listing(parts, q.german)
    return Answer(text[:1].upper() + text[1:] + ".", ids, q.kind, q.german)


def _length(q: Question, scene: Scene) -> Answer:
    length = film_duration_s(scene)
    source = ("set" if scene.timeline.duration_s > 0 else "events" if any(
        (scene.timeline.shots, scene.timeline.actions, scene.timeline.lines, scene.timeline.tracks)) else "default")
    why = {"set": t(q, "as set", "wie eingestellt"),
           "events": t(q, "until the last thing happens", "bis das Letzte geschieht"),
           "default": t(q, "the default length: nothing happens in time yet", "die Standardlänge: noch passiert nichts")}
    return Answer(t(q, f"The film is {_s(length)} long ({why[source]}).",
                    f"Der Film dauert {_s(length)} ({why[source]})."), [], q.kind, q.german)


def answer_film(q: Question, scene: Scene) -> Answer:
    return {"camera": _camera, "at-time": _at_time, "says": _says, "length": _length}[q.kind](q, scene)


# -- why ------------------------------------------------------------------------------------------------------------
def scene_decisions(scene: Scene) -> list[Decision]:
    """Decisions written into the scene itself: the camera checks' notes on each shot (a framing kept or
    changed, with the reason), a chosen camera move, the music mood."""
    out: list[Decision] = []
    for shot in scene.timeline.shots:
        label = shot.name or f"{shot.size or 'shot'} at {_s(shot.start_s)}"
        changes = [m for n in shot.notes if (m := _PLANNED.match(n)) is not None]
        if changes:  # the camera checks refused the planned framing: what was kept, and why not the plan
            planned, why, kept = changes[0].groups()
            others = [n for n in shot.notes if _PLANNED.match(n) is None]
            out.append(Decision("framing", f"{label} ({_s(shot.start_s)}-{_s(shot.end_s)}): {kept}",
                                list(shot.subjects), "the camera checks refused the planned framing"
                                + (f"; {'; '.join(others)}" if others else ""), [f"{planned}: {why}"]))
        elif shot.notes:
            out.append(Decision("camera", f"{label}: {shot.size} {shot.move}".strip(), list(shot.subjects),
                                "; ".join(shot.notes), []))
        elif shot.move != "static":
            out.append(Decision("camera", f"{label}: {shot.move}", list(shot.subjects),
                                f"the shot was planned with a {shot.move}", []))
    return out


_TOPIC_KINDS = {"music": ("music",), "voice": ("voice",), "camera": ("camera", "framing"),
                "place": ("placement",), "stand-in": ("stand-in",)}
_PLANNED = re.compile(r"^planned (.+?): (.+); kept (.+)$")


def _for_ids(decisions: Sequence[Decision], ids: set[str]) -> list[Decision]:
    return [d for d in decisions if ids & set(d.ids)]


def _say(d: Decision, german: bool) -> str:
    what, reason, rejected = d.words(german)
    text = f"{what}: {reason}" if reason else what
    if d.command:
        text += f" ({'Befehl' if german else 'command'}: \u201c{d.command}\u201d)"
    if rejected:
        text += f". {'Verworfen' if german else 'Rejected'}: " + "; ".join(rejected)
    return text + "."


def answer_why(q: Question, scene: Scene, decisions: Sequence[Decision]) -> Answer:
    """Why a thing stands where it stands (its latest placement decision), why this music, voice or camera:
    from the recorded decisions and the scene's notes."""
    every = list(decisions) + scene_decisions(scene)
    if q.np is not None:
        objs = matches(q.np, scene)
        if not objs:
            return missing(q)
        ids = {o.id for o in objs}
        kinds = _TOPIC_KINDS.get(q.topic)
        found = [d for d in _for_ids(every, ids) if kinds is None or d.kind in kinds]
        if q.topic == "place":
            # where it stands: the newest placement (or stand-in) per object
            latest: dict[str, Decision] = {}
            for d in found:
                for i in d.ids:
                    if i in ids and d.kind in ("placement", "stand-in"):
                        latest[i] = d
            found = list({id(d): d for d in latest.values()}.values()) or found
        if not found:
            names = listing(names_of(objs, q.german), q.german)
            if q.topic:
                return Answer(t(q, f"I have no recorded decision about the {q.topic} of {names}.",
                                f"Zu {names} ist dazu keine Entscheidung aufgezeichnet."), sorted(ids), q.kind,
                              q.german)
            return Answer(t(q, f"I have no recorded decision about {names}: it is where a command put it.",
                            f"Zu {names} ist keine Entscheidung aufgezeichnet: es steht, wo ein Befehl es hinstellte."),
                          sorted(ids), q.kind, q.german)
        return Answer(" ".join(_say(d, q.german) for d in found[-4:]), sorted(ids), q.kind, q.german)
    kinds = _TOPIC_KINDS.get(q.topic, ())
    found = [d for d in every if d.kind in kinds] if kinds else every[-3:]
    if q.topic == "music" and not found and scene.timeline.music_mood:  # a film's mood no command recorded
        found = [Decision("music", f"music mood {scene.timeline.music_mood}", [],
                          "the story's mood chose it when the film was planned", [])]
    if not found:
        return Answer(t(q, "I have no recorded decision about that.", "Dazu ist keine Entscheidung aufgezeichnet."),
                      [], q.kind, q.german)
    ids = sorted({i for d in found for i in d.ids})
    return Answer(" ".join(_say(d, q.german) for d in found[-4:]), ids, q.kind, q.german)
