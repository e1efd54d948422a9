"""A line that claims a thing is in hands is said no earlier than the built scene puts it there.

``jobs.produce`` lays each shot's lines from just after its cut, before the shot's acts are built; a catch
brings the thing into the hands part way through its clip (about half of it), so "I caught the hat!", "Got
you, ball!" or "Was für ein Fang!" said at the cut is heard while the hat is still in the air. Once the scene
is built, each line whose claim (``story.claims``: ``caught``, the speaker holds a thing; ``a_catch``, someone
does) does not hold at its start is looked at against the scene's geometry (``jobs.whereabouts``):

- the thing comes into those hands later in the same shot: the line starts then (``AFTER_HELD_S`` later), and
  the lines after it in that shot move on with it, each after the last can be read, if they all still end
  inside the shot;
- they do not fit, or it comes into the hands only in a later shot: the line is swapped for the claim's
  intention ("I will catch it!", "Gleich hab ich's!"), said where it stood, before the catch; a claim with no
  intention line leaves the line out;
- nothing in the scene is ever held: the line stays as the story pass left it (``story.shown_lines`` judged
  it against the screenplay; the geometry here cannot tell a thing held in a paw it has no hand for).

A claim about the speaker's own body is made true by their act's clip in that shot (``CLIP_CLAIMS``): up there
once the climb ends ("I made it to the top!"), down once the fall ends ("I fell!"), flying, dancing, chasing,
jumping or pushing once that clip starts ("ich fliege!"); it is moved or swapped the same way.

A reaction ("Oops.", "Oje … die Tasse!", "Oh no!", ``REACTION``) said in a shot where a thing comes to rest
somewhere else after it starts (the cup swept off the table lands on the floor) waits until it does; one that
cannot fit stays where it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.scene.model import Scene
from autark.scene.timeline import Line

if TYPE_CHECKING:
    from autark.audio import VoiceEngine

__all__ = ["HOLDING_CLAIMS", "CLIP_CLAIMS", "REACTION", "AFTER_HELD_S", "time_claims", "held_at", "made_at",
           "changed_at"]

HOLDING_CLAIMS = ("caught", "a_catch")
# claim kind -> (the speaker's action kind that makes it true, and whether at its "start" or "end")
CLIP_CLAIMS = {"on_top": ("climb", "end"), "fell": ("fall", "end"), "flying": ("fly", "start"),
               "dancing": ("dance", "start"), "chasing": ("chase", "start"), "jumping": ("jump", "start"),
               "pushing": ("push", "start")}
AFTER_HELD_S = 0.15  # a claim starts this long after the thing is in the hands (the eye sees it settle)
REACTION = re.compile(r"^(oops|whoops|oh no|oh dear|hoppla|oje|oh nein|ups)\b", re.IGNORECASE)
_STEP_S = 0.1  # the step at which a shot is searched for the moment a thing is held

LINE_GAP_S = 0.2  # breath between two lines (jobs.produce lays them so)


def held_at(scene: Scene, t: float, by: str | None) -> bool:
    """Is a thing (a prop, not the set) held at ``t``: by the body ``by``, or by anyone where ``by`` is None?"""
    from autark.jobs.whereabouts import where_is
    from autark.motion import evaluate_scene

    state = evaluate_scene(scene, t)
    bodies = {c.object_id for c in scene.characters}
    for obj in scene.objects:
        if obj.tag == "setting" or obj.id in bodies or "_" in obj.id:  # its copies are found through it
            continue
        w = where_is(scene, obj.id, t, state)
        if w.relation == "held" and (by is None or w.by == by):
            return True
    return False


def _rests(scene: Scene, t: float) -> dict[str, tuple[str, str]]:
    """Where each prop rests at ``t``: (relation, by), "air" left out."""
    from autark.jobs.whereabouts import where_is
    from autark.motion import evaluate_scene

    state = evaluate_scene(scene, t)
    bodies = {c.object_id for c in scene.characters}
    out = {}
    for obj in scene.objects:
        if obj.tag == "setting" or obj.id in bodies or "_" in obj.id:
            continue
        w = where_is(scene, obj.id, t, state)
        out[obj.id] = (w.relation, w.by)
    return out


def changed_at(scene: Scene, start_s: float, end_s: float) -> float | None:
    """The first time after ``start_s`` and before ``end_s`` that a prop comes to rest somewhere else than it
    was at ``start_s`` (not in the air), None for none."""
    before = _rests(scene, start_s)
    t = start_s + _STEP_S
    while t < end_s:
        now = _rests(scene, t)
        if any(now[k] != v and now[k][0] != "air" for k, v in before.items() if k in now):
            return t
        t += _STEP_S
    return None


def _first_held(scene: Scene, from_s: float, to_s: float, by: str | None) -> float | None:
    t = from_s
    while t < to_s:
        if held_at(scene, t, by):
            return t
        t += _STEP_S
    return None


def made_at(scene: Scene, start_s: float, shot, kind: str, by: str | None) -> float | None:  # noqa: ANN001
    """When the claim ``kind`` of a line said at ``start_s`` in ``shot`` by ``by`` is made true, where that is
    after ``start_s``: a time in the shot, ``shot.end_s`` for a later shot, None where it holds already or is
    never made true."""
    if kind in CLIP_CLAIMS:
        act_kind, edge = CLIP_CLAIMS[kind]
        act = next((a for a in scene.timeline.actions if a.object_id == by and a.kind == act_kind
                    and a.start_s < shot.end_s and a.end_s > shot.start_s), None)
        if act is None:
            return None
        at = act.end_s if edge == "end" else act.start_s
        return at if at > start_s else None
    if held_at(scene, start_s, by):
        return None
    held = _first_held(scene, start_s + _STEP_S, shot.end_s, by)
    if held is not None:
        return held
    film_end = max(s.end_s for s in scene.timeline.shots)
    return shot.end_s if _first_held(scene, shot.end_s, film_end, by) is not None else None


def shown_for(duration_s: float, text: str) -> float:
    """How long a line keeps the next one waiting: its speech, or the time to read its subtitle, and a breath."""
    from autark.jobs.report import CPS_WARN_ABOVE

    return max(duration_s, len(" ".join(text.split())) / CPS_WARN_ABOVE) + LINE_GAP_S


def _moved(lines: list[Line], i: int, start_s: float, end_s: float) -> list[Line] | None:
    """``lines`` with line ``i`` at ``start_s`` and the lines after it that start before ``end_s`` moved on so
    each waits for the one before; None where the last of them would end after ``end_s``."""
    out = list(lines)
    cursor = start_s
    for j in range(i, len(lines)):
        if j > i and lines[j].start_s >= end_s:
            break
        start = max(cursor, lines[j].start_s) if j > i else cursor
        if start + lines[j].duration_s > end_s - 0.05:
            return None
        out[j] = lines[j].model_copy(update={"start_s": round(start, 3)})
        cursor = start + shown_for(lines[j].duration_s, lines[j].text)
    return out


def time_claims(scene: Scene, voices: VoiceEngine, warnings: list[str], where: str) -> Scene:
    """``scene`` (built: its shots, acts and effects laid) with each holding claim timed as the module doc says;
    a swap or a left-out line is noted in ``warnings``."""
    from autark.story.claims import claims_of

    lines = list(scene.timeline.lines)
    ids = {c.name.lower(): c.object_id for c in scene.characters}
    changed = False
    for i in range(len(lines)):
        line = lines[i]
        claim = next((c for c in claims_of(line.text) if c.kind in HOLDING_CLAIMS or c.kind in CLIP_CLAIMS), None)
        shot = next((s for s in scene.timeline.shots if s.start_s <= line.start_s < s.end_s), None)
        if shot is not None and claim is None and REACTION.match(line.text):
            change = changed_at(scene, line.start_s, shot.end_s)
            moved = _moved(lines, i, change + AFTER_HELD_S, shot.end_s) if change is not None else None
            lines, changed = (moved, True) if moved is not None else (lines, changed)
            continue
        if claim is None or shot is None:
            continue
        by = ids.get(line.speaker.lower()) if claim.kind != "a_catch" else None
        if claim.kind != "a_catch" and by is None:
            continue
        made = made_at(scene, line.start_s, shot, claim.kind, by)
        if made is None:
            continue  # true as it is said, or never made true here: the story pass's word stands
        moved = _moved(lines, i, made + AFTER_HELD_S, shot.end_s) if made < shot.end_s else None
        if moved is not None:
            lines, changed = moved, True
            continue
        text = claim.before[1 if line.language.startswith("de") else 0]
        where_said = f"{where}, at {line.start_s:.1f} s"
        if not text:
            warnings.append(f"{where_said}: {line.text[:40]!r} is said before the picture shows it; left out")
            lines[i] = line.model_copy(update={"text": ""})
        else:
            warnings.append(f"{where_said}: {line.text[:40]!r} is said before the picture shows it; "
                            f"{text!r} instead")
            duration = voices.speak(text, line.voice, line.language).duration_s
            lines[i] = line.model_copy(update={"text": text, "duration_s": duration})
        changed = True
    if not changed:
        return scene
    kept = [ln for ln in lines if ln.text]
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"lines": kept})})
