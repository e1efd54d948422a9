"""Commands in time: character actions, camera moves, timed changes, waits, dialogue, music and film length.

A timed command starts at ``timeline.cursor_s`` unless it names a time ("at 4 seconds", "after 2 seconds"),
and moves the cursor to its end, so a list of sentences makes a sequence; "at the same time" / "meanwhile" /
"gleichzeitig" start at the previous command's start instead. Characters act through timeline ``Action``
clips (``autark.motion``); things (a car, a ball) move on keyframe tracks; cameras move through
``autark.ops.camera_moves``; a still edit with a time ("at 4 seconds the lamp turns red", "move the table
2 m left in 3 seconds") is the still command's operators turned into keyframes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from autark.errors import NotFound, NotUnderstood, UserInputError
from autark.language import engine as en
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import timewords as tw
from autark.language.grammar import Token, split_clauses, tokenize
from autark.ops import (
    AddKeyframes,
    AddObject,
    RemoveObjects,
    SetCamera,
    SetCharacter,
    SetFocus,
    SetLight,
    SetMaterial,
    SetName,
    SetTimeline,
    SetTransform,
    SetVisible,
    apply_ops,
)
from autark.scene.model import Camera, Character, Scene, SceneObject
from autark.scene.speeds import (
    CAMERA_MOVE_S,
    DRIVE_M_S,
    FADE_S,
    FLY_M_S,
    GESTURE_S,
    GLIDE_M_S,
    JUMP_M,
    JUMP_S,
    RAMP_S,
    RUN_M_S,
    SIT_S,
    TURN_S,
    WALK_M_S,
)
from autark.scene.timeline import Action, Keyframe, Line

__all__ = ["When", "extract_when", "clause", "dialogue", "ActionReading", "read_action"]

ARRIVE_GAP_M = 0.35  # a walker stops this far from what it walks to
ACROSS_NDC = 0.7  # "from left to right": from 70 % left of the frame's centre to 70 % right

_MATERIAL_TRACKS = ("color", "emissive", "emissive_strength", "opacity", "roughness", "metallic")
_PREPS = lang.PREPOSITIONS
_FEMALE = lang.FEMALE_WORDS | lang.FEMALE_NAMES
_OPEN_QUOTES = "\"“„«»‚‘'"
_CLOSE_QUOTES = "\"”“»«‘’'"


@dataclass
class When:
    """When a command happens, as the sentence says it (all optional)."""

    at: float | None = None  # absolute start, seconds
    after: float | None = None  # delay after the cursor
    duration: float | None = None
    pace: float = 1.0  # slowly: 2 (twice as long), quickly: 0.5
    meanwhile: bool = False
    said: bool = False  # any time word at all

    @property
    def ramp(self) -> bool:
        """A change that takes time (a duration or "slowly") rather than happening at once."""
        return self.duration is not None or self.pace > 1.0


# -- time phrases --------------------------------------------------------------------------------------------
def _seconds(p: ps.Parser, i: int) -> tuple[float, int] | None:
    """'3 seconds', 'drei Sekunden', 'a second', 'half a second', '1.5 s' at i."""
    if p.at(i) in ("a", "an", "one", "eine", "einer", "ein") and p.at(i + 1) in tw.SECOND_UNITS:
        return tw.SECOND_UNITS[p.at(i + 1)], i + 2
    if p.at(i) in ("half", "halbe", "eine") and p.at(i + 1) in ("a", "an", "halbe") \
            and p.at(i + 2) in tw.SECOND_UNITS:
        return 0.5 * tw.SECOND_UNITS[p.at(i + 2)], i + 3
    if p.at(i) == "few" and p.at(i + 1) in tw.SECOND_UNITS:
        return 3.0, i + 2
    num = p.number(i)
    if num is None:
        return None
    val, j = num
    if p.at(j) in tw.SECOND_UNITS and not (p.at(j) in ("s", "min") and p.at(j + 1) in lx.NOUNS):
        if not math.isfinite(val) or val < 0 or val > 3600:
            raise NotUnderstood(f"{val:g} seconds is not a time I can use", hint="times run from 0 to 3600 s")
        return val * tw.SECOND_UNITS[p.at(j)], j + 1
    return None


def extract_when(tokens: list[Token]) -> tuple[When, list[Token]]:
    """Take the time phrases out of a clause: (when, the remaining tokens)."""
    p = ps.Parser(tokens, {})
    when = When()
    keep: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        w = p.at(i)
        matched = next((ph for ph in tw.MEANWHILE_PHRASES if p.match(i, ph)), None)
        if matched is not None:
            when.meanwhile = when.said = True
            i += len(matched)
            continue
        if w in tw.MEANWHILE_WORDS:
            when.meanwhile = when.said = True
            i += 1
            continue
        if w in tw.SEQUENCE_WORDS:
            i += 1
            continue
        if w in tw.SLOW_WORDS:
            when.pace, when.said = 2.0, True
            i += 1
            continue
        if w in tw.FAST_WORDS:
            when.pace, when.said = 0.5, True
            i += 1
            continue
        # "at second 4", "bei Sekunde 4", "ab Sekunde 4"
        if w in ("at", "bei", "ab", "in", "from") and p.at(i + 1) in ("second", "sekunde") \
                and (num := p.number(i + 2)) is not None:
            when.at, when.said = num[0], True
            i = num[1]
            continue
        # "from 2 to 5 seconds", "von 2 bis 5 Sekunden"
        if w in ("from", "von", "between", "zwischen") and (a := p.number(i + 1)) is not None \
                and p.at(a[1]) in ("to", "bis", "and", "und") and (b := _seconds(p, a[1] + 1)) is not None:
            unit = tw.SECOND_UNITS[p.at(b[1] - 1)]
            when.at, when.duration, when.said = a[0] * unit, max(b[0] - a[0] * unit, 0.05), True
            i = b[1]
            continue
        prep = w if w in ("at", "bei", "ab", "um", "after", "nach", "in", "within", "for", "für", "over", "über",
                          "during", "während", "innerhalb", "lasting") else None
        k = i + 1 if prep else i
        if prep == "innerhalb" and p.at(k) in ("von", "of"):
            k += 1
        sec = _seconds(p, k)
        if sec is not None:
            val, j = sec
            if p.at(j) in ("lang", "long"):
                j += 1
                prep = prep or "for"
            if prep in ("at", "bei", "ab", "um"):
                when.at = val
            elif prep in ("after", "nach") or (prep == "in" and not keep):
                # "in 3 seconds the robot waves": a delay; "walks to the door in 3 seconds": a duration
                when.after = val
            else:
                when.duration = max(val, 0.05)
            when.said = True
            i = j
            continue
        keep.append(tokens[i])
        i += 1
    return when, keep


# -- the timeline as it stands --------------------------------------------------------------------------------
def _previous_start(scene: Scene) -> float:
    """Where the previous timed command started: the latest start among the entries that end at the cursor."""
    tl = scene.timeline
    cur = tl.cursor_s
    starts: list[float] = []
    for a in tl.actions:
        if abs(a.end_s - cur) < 1e-6:
            starts.append(a.start_s)
    from autark.scene.evaluate import estimate_line_duration_s

    for ln in tl.lines:
        if abs(ln.start_s + estimate_line_duration_s(ln.text) - cur) < 1e-6:
            starts.append(ln.start_s)
    for s in tl.shots:
        if abs(s.end_s - cur) < 1e-6:
            starts.append(s.start_s)
    for tr in tl.tracks:
        keys = tr.keyframes
        if keys and abs(keys[-1].time_s - cur) < 1e-6:
            ramped = len(keys) > 1 and keys[-2].easing != "hold"
            starts.append(keys[-2].time_s if ramped else keys[-1].time_s)
    return max(starts) if starts else cur


def _span(when: When, ctx: en.Ctx, default_s: float) -> tuple[float, float]:
    """(start, end) of a command from what the sentence says and where the cursor stands."""
    tl = ctx.scene.timeline
    if when.at is not None:
        start = when.at
    elif when.meanwhile:
        start = ctx.prev_start if ctx.prev_start is not None else _previous_start(ctx.scene)
    else:
        start = tl.cursor_s
    if when.after is not None:
        start += when.after
    duration = when.duration if when.duration is not None else round(default_s * when.pace, 2)
    return round(start, 4), round(start + max(duration, 0.0), 4)


def _finish(ops: list[Any], ctx: en.Ctx, start: float, end: float) -> list[Any]:
    """Move the cursor to the end of this command (never back) and remember its start for "meanwhile"."""
    ctx.prev_start = start
    cursor = max(ctx.scene.timeline.cursor_s, end)
    if abs(cursor - ctx.scene.timeline.cursor_s) > 1e-9:
        own = next((k for k, op in enumerate(ops) if isinstance(op, SetTimeline) and op.cursor_s is None
                    and (op.actions or op.lines)), None)
        if own is not None:  # one timeline operator per command: its clips and the cursor after them
            ops[own] = ops[own].model_copy(update={"cursor_s": round(cursor, 4)})
        else:
            ops.append(SetTimeline(cursor_s=round(cursor, 4)))
    return ops


def _evaluated(scene: Scene, t: float) -> Scene:
    from autark.motion import evaluate_scene

    return evaluate_scene(scene, t)


# -- keyframes -------------------------------------------------------------------------------------------------
def _change(scene: Scene, path: str, old: Any, new: Any, start: float, end: float, ramp: bool) -> AddKeyframes:
    """Keys that hold ``old`` until ``start`` and then jump to ``new`` (or ramp to it by ``end``)."""
    track = next((t for t in scene.timeline.tracks if t.target == path and t.keyframes), None)
    keys: list[Keyframe] = []
    if track is None:
        if start > 0:
            keys.append(Keyframe(time_s=0.0, value=old, easing="hold"))
    else:
        before = [k for k in track.keyframes if k.time_s < start - 1e-9]
        if before and before[-1].easing != "hold":
            keys.append(before[-1].model_copy(update={"easing": "hold"}))
    if ramp and end > start + 1e-6:
        keys += [Keyframe(time_s=start, value=old, easing="ease_in_out"), Keyframe(time_s=end, value=new,
                                                                                     easing="hold")]
    else:
        keys.append(Keyframe(time_s=start, value=new, easing="hold"))
    return AddKeyframes(target=path, keyframes=keys)


def animate_ops(ops: list[Any], ctx: en.Ctx, start: float, end: float, ramp: bool) -> list[Any]:
    """A still command's operators turned into keyframes: the change happens at ``start`` (or over
    start..end when ``ramp``) instead of from the beginning of the film."""
    scene = ctx.scene
    state = _evaluated(scene, start)
    out: list[Any] = []
    for op in ops:
        if isinstance(op, SetTransform):
            obj = state.object(op.id)
            for attr in ("position", "rotation", "scale"):
                value = getattr(op, attr)
                if value is not None:
                    out.append(_change(scene, f"object:{op.id}.transform.{attr}", getattr(obj.transform, attr),
                                       value, start, end, ramp))
        elif isinstance(op, SetMaterial):
            obj = state.object(op.id)
            for key, value in op.changes.items():
                if key in _MATERIAL_TRACKS:
                    out.append(_change(scene, f"object:{op.id}.material.{key}", getattr(obj.material, key),
                                       tuple(value) if isinstance(value, list) else value, start, end, ramp))
        elif isinstance(op, SetVisible):
            for oid in op.ids:
                out.append(_change(scene, f"object:{oid}.visible", state.object(oid).visible, op.visible, start,
                                   start, False))
        elif isinstance(op, AddObject):
            # it appears at ``start``
            out.append(op)
            out.append(AddKeyframes(target=f"object:{op.object.id}.visible",
                                    keyframes=[Keyframe(time_s=0.0, value=False, easing="hold"),
                                               Keyframe(time_s=start, value=True, easing="hold")]))
        elif isinstance(op, RemoveObjects):
            for oid in op.ids:
                out.append(_change(scene, f"object:{oid}.visible", True, False, start, start, False))
        elif isinstance(op, SetLight):
            # (an unlit scene's evaluated state carries the default daylight; those lights are not the scene's)
            old = next((lt for lt in state.lights if lt.name == op.light.name), None) if scene.lights else None
            if old is None:  # a new light switches on at ``start``
                out.append(op)
                out.append(_change(scene, f"light:{op.light.name}.intensity", 0.0, op.light.intensity, start, end,
                                   ramp))
                continue
            for attr in ("color", "intensity", "position", "direction"):
                if getattr(old, attr) != getattr(op.light, attr):
                    out.append(_change(scene, f"light:{op.light.name}.{attr}", getattr(old, attr),
                                       getattr(op.light, attr), start, end, ramp))
        elif isinstance(op, (SetName, SetFocus)):
            if isinstance(op, SetFocus):
                out.append(op)
        else:
            raise NotUnderstood(ctx.msg("I can't make that happen at a given time yet",
                                        "das kann ich noch nicht zu einem Zeitpunkt geschehen lassen"),
                                hint=ctx.msg("say it without the time", "sag es ohne Zeitangabe"))
    return out


# -- the clause dispatcher ------------------------------------------------------------------------------------
def clause(tokens: list[Token], ctx: en.Ctx) -> list[Any] | None:
    """Operators for a timed clause, or None when the clause is a still edit without any time in it."""
    words = [t.text for t in tokens]
    wset = set(words)
    if not wset & _TIMED_TRIGGERS and not _has_seconds(tokens):
        return None
    when, rest = extract_when(tokens)
    rwords = [t.text for t in rest]
    rset = set(rwords)
    if rset & tw.MUSIC_WORDS:
        return _music(rwords, ctx)
    if rset & tw.FILM_WORDS and rset & tw.LAST_WORDS and when.duration is not None:
        return [SetTimeline(duration_s=round(when.duration, 4))]
    if rwords and rwords[0] in tw.WAIT_WORDS or (not rest and when.duration is not None):
        if when.duration is None and when.after is None:
            raise NotUnderstood(ctx.msg("wait how long? e.g. 'wait 2 seconds'", "wie lange? z.B. 'warte 2 Sekunden'"))
        wait = when.duration if when.duration is not None else when.after or 0.0
        cursor = ctx.scene.timeline.cursor_s + wait
        ctx.prev_start = ctx.scene.timeline.cursor_s
        return [SetTimeline(cursor_s=round(cursor, 4))]
    if _is_camera_clause(rwords, when):
        return _camera(rest, when, ctx)
    if rset & {"camera", "kamera"}:
        return None  # the camera looking somewhere without a move or a time is a still framing
    if _is_light_fade(rwords):
        return _light_fade(rwords, when, ctx)
    become = next((i for i, w in enumerate(rwords) if w in tw.BECOME_WORDS), None)
    if become is not None and any(en._adj_kind(w) == "color" or w in lx.MATERIALS for w in rwords[become + 1:]):
        return _become(rest, become, when, ctx)
    verb = next((i for i, w in enumerate(rwords) if w in tw.ACTION_VERBS), None)
    if verb is not None:
        return _action(rest, verb, when, ctx)
    if not when.said or not rest:
        return None
    # a still command with a time: "at 4 seconds move the chair to the left", "... in 3 seconds"
    start, end = _span(when, ctx, RAMP_S)
    ops = en._clause(rest, ctx)
    if start <= 0 and not when.ramp:
        return ops
    return _finish(animate_ops(ops, ctx, start, end, when.ramp), ctx, start, end if when.ramp else start)


_TIMED_TRIGGERS = (set(tw.ACTION_VERBS) | tw.SLOW_WORDS | tw.FAST_WORDS | tw.MEANWHILE_WORDS | tw.WAIT_WORDS
                   | set(tw.CAMERA_MOVES) | tw.MUSIC_WORDS | tw.BECOME_WORDS | {"same", "meantime", "gleichen",
                                                                                "selben", "zeitgleich", "fades",
                                                                                "shoulder", "schulter"})


def _has_seconds(tokens: list[Token]) -> bool:
    return any(t.text in tw.SECOND_UNITS for t in tokens)


# -- music and film ---------------------------------------------------------------------------------------------
def _music(words: list[str], ctx: en.Ctx) -> list[Any]:
    for w in words:
        for cand in lx.normalize_adjective(w):
            if cand in tw.MOOD_WORDS:
                return [SetTimeline(music_mood=tw.MOOD_WORDS[cand])]
    if set(words) & {"no", "keine", "stop", "stopp", "without", "ohne", "off", "aus"}:
        return [SetTimeline(music_mood="")]
    moods = sorted(set(tw.MOOD_WORDS.values()))
    raise NotUnderstood(ctx.msg(f"which music? known moods: {', '.join(moods)}",
                                f"welche Musik? bekannt: {', '.join(moods)}"),
                        hint=ctx.msg("e.g. 'play sad music'", "z.B. 'spiel traurige Musik'"))


# -- subjects -------------------------------------------------------------------------------------------------
def _names(ctx: en.Ctx) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(en._norm_name(o.name), []).append(o.id)
    for c in ctx.scene.characters:
        names.setdefault(en._norm_name(c.name), []).append(c.object_id)
    return names


def _parse_ref(p: ps.Parser, i: int, ctx: en.Ctx) -> tuple[list[str], int] | None:
    """A reference to things in the scene at i (a pronoun, 'the robot', 'Robo', 'die Blume')."""
    r = p.parse_np(i)
    if r is None:
        return None
    np_, j = r
    if np_.is_new and np_.count not in (None, 1) and np_.word not in lx.SAME_PLURAL_DE:
        return None
    return en.resolve(en._as_reference(np_), ctx), j


def _subject(rest: list[Token], verb: int, ctx: en.Ctx) -> tuple[list[str], int, int]:
    """(actor ids, first token index after the verb phrase's subject, verb index) for 'the robot walks' and
    German 'winkt der Roboter'; without a subject, the one the previous clause or sentence talked about."""
    p = ps.Parser(rest, _names(ctx), ctx.types)
    i = 0
    while i < verb and p.at(i) in lx.FILLER | {","}:
        i += 1
    if i < verb:
        r = _parse_ref(p, i, ctx)
        if r is None:
            en._check_words(rest[:verb], ctx)
            raise NotUnderstood(ctx.msg("who should do that? e.g. 'the robot walks to the door'",
                                        "wer soll das tun? z.B. 'der Roboter geht zur Tür'"))
        return r[0], verb + 1, verb
    k = verb + 1
    if p.at(k) == "sich":
        k += 1
    r = _parse_ref(p, k, ctx) if p.at(k) not in _PREPS - {"the"} else None
    if r is not None:
        return r[0], r[1], verb
    ids = ctx.last or ctx.scene_focus()
    if not ids:
        raise NotUnderstood(ctx.msg("who should do that? e.g. 'the robot walks to the door'",
                                    "wer soll das tun? z.B. 'der Roboter geht zur Tür'"))
    return list(ids), verb + 1, verb


def _target(rest: list[Token], i: int, ctx: en.Ctx, skip: set[str] | None = None
            ) -> tuple[list[str] | None, Any, list[str]]:
    """What follows the verb: (target object ids or None, a direction item or "across"/"around", leftovers)."""
    p = ps.Parser(rest, _names(ctx), ctx.types)
    target: list[str] | None = None
    where: Any = None
    extra: list[str] = []
    while i < p.n:
        w = p.at(i)
        if p.match(i, ("from", "left", "to", "right")) or p.match(i, ("von", "links", "nach", "rechts")):
            where, i = ("across", 1.0), i + 4
            continue
        if p.match(i, ("from", "right", "to", "left")) or p.match(i, ("von", "rechts", "nach", "links")):
            where, i = ("across", -1.0), i + 4
            continue
        if target is None and (r := p.parse_dir(i)) is not None and not (
                w in ("up", "hoch") and p.parse_np(i + 1) is not None):
            where, i = ("dir", r[0], r[1]), r[2]
            continue
        if target is None and w not in _PREPS and (ref := _parse_ref(p, i, ctx)) is not None:
            target, i = ref
            continue
        if w in ("around", "herum", "um") and target is None and _parse_ref(p, i + 1, ctx) is None:
            where = ("around",)
            i += 1
            continue
        if w in _PREPS or w in (skip or set()) or w in ("sich", "down", "hin", "hinüber", "rüber", ",", "platz",
                                                         "seat", "takes", "nimmt", "a", "einen"):
            i += 1
            continue
        if en._known_word(w) or w in lx.NOUNS:
            extra.append(w)
            i += 1
            continue
        en._unknown(rest[i], ctx)
    return target, where, extra


# -- an action read as data ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionReading:
    """What an action sentence says, before anything is timed: the kind (``lang.ACTION_VERBS``; "move" is a
    walk, "looks around" is ``around``), who acts and toward what (object ids; None when it names nobody)."""

    kind: str
    actor: str | None
    target: str | None
    around: bool = False


_FACE_WORDS = {"faces", "face"}  # "Robo faces Luna": for an actor, a turn toward


def read_action(text: str, scene: Scene) -> ActionReading | None:
    """The engine's reading of an action sentence ("Robo walks to the flower", "Rex dreht sich zu Luna",
    "Mia looks around") against ``scene``, for a caller that times the action itself (the production of a
    screenplay); None when no clause of it holds an action verb. Unknown or ambiguous words leave the actor
    or target None rather than raising."""
    tokens = tokenize(text)
    ctx = en.Ctx(scene=scene, german=lx.is_german([t.text for t in tokens]))
    for part in split_clauses(tokens):
        _when, rest = extract_when(part)
        words = [t.text for t in rest]
        verb = next((i for i, w in enumerate(words) if w in tw.ACTION_VERBS), None)
        kind = tw.ACTION_VERBS[words[verb]] if verb is not None else "turn"
        if verb is None:
            verb = next((i for i, w in enumerate(words) if w in _FACE_WORDS), None)
            if verb is None:
                continue
        try:
            actors, after, _ = _subject(rest, verb, ctx)
        except UserInputError:
            actors, after = [], verb + 1
        try:
            target, where, _extra = _target(rest, after, ctx)
        except UserInputError:
            target, where = None, None
        around = where == ("around",) or (kind == "turn" and where is None and not target
                                           and "um" in words[after:])
        actor = actors[0] if actors else None
        goal = next((t for t in target or [] if t != actor), None)
        return ActionReading("walk" if kind == "move" else kind, actor, goal, around)
    return None


# -- character and thing actions ------------------------------------------------------------------------------
def _is_character(obj: SceneObject) -> bool:
    return en._is_character(obj)


def _action(rest: list[Token], verb: int, when: When, ctx: en.Ctx) -> list[Any]:
    kind = tw.ACTION_VERBS[rest[verb].text]
    actors, after, verb = _subject(rest, verb, ctx)
    target, where, _extra = _target(rest, after, ctx)
    if kind == "turn" and where is None and target is None and "um" in [t.text for t in rest[after:]]:
        where = ("around",)
    scene = ctx.scene
    ops: list[Any] = []
    start_all, end_all = None, None
    actions: list[Action] = []
    for actor in actors:
        obj = scene.object(actor)
        start, end, acts, keys = _one_action(obj, kind, target, where, when, ctx)
        actions += acts
        ops += keys
        start_all = start if start_all is None else min(start_all, start)
        end_all = end if end_all is None else max(end_all, end)
    if actions:
        ops.insert(0, SetTimeline(actions=actions))
    ctx.last = list(actors)
    assert start_all is not None and end_all is not None
    return _finish(ops, ctx, start_all, end_all)


def _one_action(obj: SceneObject, kind: str, target: list[str] | None, where: Any, when: When, ctx: en.Ctx
                ) -> tuple[float, float, list[Action], list[Any]]:
    scene = ctx.scene
    character = _is_character(obj)
    if kind == "move":
        kind = "walk" if character else ("fly" if en._is_floating(obj) else "drive")
    if kind in ("wave", "talk"):
        start, end = _span(when, ctx, GESTURE_S)
        return start, end, [Action(object_id=obj.id, kind=kind, start_s=start, end_s=end)], []  # type: ignore
    if kind == "jump":
        return _jump(obj, when, ctx)
    if kind == "point":
        if not target:
            raise NotUnderstood(ctx.msg("point at what? e.g. 'the robot points at the flower'",
                                        "worauf zeigen? z.B. 'der Roboter zeigt auf die Blume'"))
        start, end = _span(when, ctx, GESTURE_S)
        return start, end, [Action(object_id=obj.id, kind="point", start_s=start, end_s=end,
                                   target_object=target[0])], []
    if kind == "turn":
        start, end = _span(when, ctx, TURN_S)
        act = Action(object_id=obj.id, kind="turn", start_s=start, end_s=end)
        if target:
            act.target_object = target[0]
        elif where is not None and where[0] == "dir":
            here = _evaluated(scene, start).object(obj.id).transform.position
            act.target = (here[0] + where[1][0] * 3, here[1], here[2] + where[1][2] * 3)
        return start, end, [act], []
    if kind == "sit":
        seat = target[0] if target else _nearest_seat(obj, ctx)
        here = _evaluated(scene, ctx.scene.timeline.cursor_s).object(obj.id)
        dist = en._box_distance(en._obj_box(ctx, seat), _box(here))
        start, end = _span(when, ctx, dist / WALK_M_S + SIT_S)
        return start, end, [Action(object_id=obj.id, kind="sit", start_s=start, end_s=end, target_object=seat)], []
    # walk, run, drive, fly
    start0, _ = _span(when, ctx, 0.0)
    state = _evaluated(scene, start0)
    here_obj = state.object(obj.id)
    here = here_obj.transform.position
    if where is not None and where[0] == "across":
        p0, p1 = _across(state, here_obj, where[1], ctx)
    elif where is not None and where[0] == "dir":
        vec, amount = where[1], where[2]
        amount = amount if amount is not None else 2.0
        if vec == (0, 0, 1) or vec == (0, 0, -1):
            # forward/back for something that moves itself is its own facing
            h = math.radians(here_obj.transform.rotation[1])
            vec = (math.sin(h) * vec[2], 0, math.cos(h) * vec[2])
        p0, p1 = here, (here[0] + vec[0] * amount, here[1] + vec[1] * amount, here[2] + vec[2] * amount)
    elif target:
        p0, p1 = here, _arrival(here_obj, target[0], state, ctx)
    else:
        raise NotUnderstood(ctx.msg(f"where to? e.g. 'the {en._display(obj.type)} {kind}s to the door'",
                                    "wohin? z.B. 'der Roboter geht zur Tür'"))
    dist = math.dist((p0[0], p0[2]), (p1[0], p1[2])) + abs(p1[1] - p0[1])
    speed = {"walk": WALK_M_S, "run": RUN_M_S, "drive": DRIVE_M_S, "fly": FLY_M_S}[kind]
    if not character and kind in ("walk", "run"):
        speed = GLIDE_M_S if kind == "walk" else RUN_M_S
    default = max(0.8, dist / speed + (0.4 if character else 0.0))
    start, end = _span(when, ctx, default)
    p1 = en._round3(p1)
    if character:
        acts = [Action(object_id=obj.id, kind=kind if kind in ("walk", "run") else "walk", start_s=start,  # type: ignore
                       end_s=end, target=p1)]
        keys = []
        if p0 != here:  # "from left to right": it steps in at the left edge first
            keys.append(_change(scene, f"object:{obj.id}.transform.position", here, en._round3(p0), start, start,
                                False))
        return start, end, acts, keys
    return start, end, [], _glide(obj, here_obj, p0, p1, kind, start, end, ctx)


def _jump(obj: SceneObject, when: When, ctx: en.Ctx) -> tuple[float, float, list[Action], list[Any]]:
    """A hop on the spot: up ``JUMP_M`` and back down over ``JUMP_S``, as keyframes on the position track.

    Known limit: once an object has a movement clip (walk, run, turn, sit, drive, fly), the animation code
    takes its position from the clip chain for the whole film and ignores the position track, so a jump would
    not show; such a jump is refused with a message rather than silently doing nothing. For the same reason a
    walk added *after* a jump hides the hop (the jump's keys stay in the track, harmless but unseen).
    """
    from autark.motion import MOVEMENT_KINDS

    start, end = _span(when, ctx, JUMP_S)
    if any(a.object_id == obj.id and a.kind in MOVEMENT_KINDS - {"idle"}
           for a in ctx.scene.timeline.actions):
        raise NotUnderstood(ctx.msg(f"the {obj.name} walks, turns or sits in this film; jumping as well is not supported yet",
                                    f"'{obj.name}' geht, dreht sich oder sitzt in diesem Film; springen geht "
                                    "dann noch nicht"),
                            hint=ctx.msg("let something that stays in place jump", "lass etwas springen, das "
                                                                                     "an seinem Platz bleibt"))
    here = en._round3(_evaluated(ctx.scene, start).object(obj.id).transform.position)
    top = en._round3((here[0], here[1] + JUMP_M, here[2]))
    path = f"object:{obj.id}.transform.position"
    track = next((t for t in ctx.scene.timeline.tracks if t.target == path and t.keyframes), None)
    keys: list[Keyframe] = []
    if track is None and start > 0:
        keys.append(Keyframe(time_s=0.0, value=here, easing="hold"))
    elif track is not None:
        before = [k for k in track.keyframes if k.time_s < start - 1e-9]
        if before and before[-1].easing != "hold":
            keys.append(before[-1].model_copy(update={"easing": "hold"}))
    # up fast and slowing (ease out), down slow and speeding up (ease in): a ballistic arc's feel
    keys += [Keyframe(time_s=start, value=here, easing="ease_out"),
             Keyframe(time_s=round((start + end) / 2, 4), value=top, easing="ease_in"),
             Keyframe(time_s=end, value=here, easing="hold")]
    return start, end, [], [AddKeyframes(target=path, keyframes=keys)]


def _glide(obj: SceneObject, now: SceneObject, p0: tuple[float, float, float], p1: tuple[float, float, float],
           kind: str, start: float, end: float, ctx: en.Ctx) -> list[Any]:
    """Keyframes moving a thing from p0 to p1 over start..end, turned to its direction of travel; a thrown
    thing ("the ball flies to the house") rises on an arc."""
    scene = ctx.scene
    here = now.transform.position
    path = f"object:{obj.id}.transform.position"
    track = next((t for t in scene.timeline.tracks if t.target == path and t.keyframes), None)
    keys: list[Keyframe] = []
    if track is None and start > 0:
        keys.append(Keyframe(time_s=0.0, value=en._round3(here), easing="hold"))
    elif track is not None:
        before = [k for k in track.keyframes if k.time_s < start - 1e-9]
        if before and before[-1].easing != "hold":
            keys.append(before[-1].model_copy(update={"easing": "hold"}))
    keys.append(Keyframe(time_s=start, value=en._round3(p0), easing="cubic" if kind == "fly" else "ease_in_out"))
    if kind == "fly" and not en._is_floating(obj):
        flat = math.dist((p0[0], p0[2]), (p1[0], p1[2]))
        top = max(p0[1], p1[1]) + min(3.0, 0.25 * flat)
        mid = ((p0[0] + p1[0]) / 2, top, (p0[2] + p1[2]) / 2)
        keys.append(Keyframe(time_s=round((start + end) / 2, 4), value=en._round3(mid), easing="cubic"))
    keys.append(Keyframe(time_s=end, value=p1, easing="hold"))
    ops: list[Any] = [AddKeyframes(target=path, keyframes=keys)]
    dx, dz = p1[0] - p0[0], p1[2] - p0[2]
    if kind == "drive" and math.hypot(dx, dz) > 1e-3:
        r = now.transform.rotation
        yaw = round(math.degrees(math.atan2(dx, dz)), 3)
        ops.append(_change(scene, f"object:{obj.id}.transform.rotation", r, (r[0], yaw, r[2]), start, start, False))
    return ops


def _box(obj: SceneObject) -> tuple[float, float, float, float, float, float]:
    from autark.language import placement as pl

    return pl.world_box(obj)


def _arrival(walker: SceneObject, target_id: str, state: Scene, ctx: en.Ctx) -> tuple[float, float, float]:
    """Where a walker stops beside a target: on its own side of it, ``ARRIVE_GAP_M`` from it, at a free spot."""
    from autark.language import placement as pl

    tb = _box(state.object(target_id))
    here = walker.transform.position
    tc = ((tb[0] + tb[3]) / 2, (tb[2] + tb[5]) / 2)
    dx, dz = here[0] - tc[0], here[2] - tc[1]
    d = math.hypot(dx, dz)
    ux, uz = (dx / d, dz / d) if d > 1e-6 else (0.0, 1.0)
    heading = math.degrees(math.atan2(-ux, -uz))  # facing the target on arrival
    t = walker.transform
    ext = pl.extent(walker.bounds_min, walker.bounds_max, (0.0, heading, 0.0), t.scale)
    # distance from the target centre to its box edge along the approach, plus the walker's half depth
    reach_t = min(abs((tb[3] - tb[0]) / 2 / ux) if abs(ux) > 1e-9 else math.inf,
                  abs((tb[5] - tb[2]) / 2 / uz) if abs(uz) > 1e-9 else math.inf)
    half_w = max(ext[3] - ext[0], ext[5] - ext[2]) / 2
    r = reach_t + half_w + ARRIVE_GAP_M
    want = (tc[0] + ux * r, tc[1] + uz * r)
    obstacles = [_box(o) for o in state.objects if o.id != walker.id and o.visible and o.type != en.GROUP_TYPE]
    found = pl.find_free(ext, want, here[1], obstacles, radius=3.0)
    x, z = found if found is not None else want
    return (x, here[1], z)


def _across(state: Scene, obj: SceneObject, sign: float, ctx: en.Ctx
            ) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """(start, end) points crossing the visible frame left to right (sign 1) at the object's distance."""
    from autark.assets import framing

    cam = state.camera()
    s, _u, f = framing.basis(cam.position, cam.target, cam.up)
    right = (s[0], 0.0, s[2])
    n = math.hypot(right[0], right[2]) or 1.0
    right = (right[0] / n, 0.0, right[2] / n)
    p = obj.transform.position
    rel = [p[i] - cam.position[i] for i in range(3)]
    depth = max(sum(rel[i] * f[i] for i in range(3)), 1.0)
    aspect = ctx.scene.settings.width / ctx.scene.settings.height
    half_w = depth * math.tan(math.radians(cam.fov) / 2) * aspect
    lateral = sum(rel[i] * right[i] for i in range(3))
    a = -ACROSS_NDC * half_w * sign - lateral
    b = ACROSS_NDC * half_w * sign - lateral
    p0 = (p[0] + right[0] * a, p[1], p[2] + right[2] * a)
    p1 = (p[0] + right[0] * b, p[1], p[2] + right[2] * b)
    return p0, p1


def _nearest_seat(obj: SceneObject, ctx: en.Ctx) -> str:
    from autark.assets import library

    seats = []
    for o in ctx.scene.objects:
        try:
            sups = library.get(o.type).supports
        except KeyError:
            continue
        if any(s.name == "seat" for s in sups):
            seats.append(o)
    if not seats:
        raise NotFound(ctx.msg("there is nothing to sit on", "es gibt nichts zum Hinsetzen"),
                       hint=ctx.msg("add a chair first", "füge zuerst einen Stuhl hinzu"))
    here = obj.transform.position
    return min(seats, key=lambda o: math.dist(here, o.transform.position)).id


# -- timed colour and light changes ------------------------------------------------------------------------------
def _become(rest: list[Token], become: int, when: When, ctx: en.Ctx) -> list[Any]:
    """'the lamp turns red', 'die Lampe wird rot': a still colour change, at the cursor or a named time."""
    paint = [Token("paint", "paint")] + [t for k, t in enumerate(rest) if k != become and t.text != "sich"]
    start, end = _span(when, ctx, RAMP_S)
    ops = en._clause(paint, ctx)
    if start <= 0 and not when.ramp:
        return ops
    return _finish(animate_ops(ops, ctx, start, end, when.ramp), ctx, start, end if when.ramp else start)


def _is_light_fade(words: list[str]) -> bool:
    ws = set(words)
    return bool(ws & {"light", "lights", "licht", "lichter", "sun", "sonne", "lighting", "beleuchtung"}) and bool(
        ws & {"fades", "fade", "dims", "blendet", "erlischt", "verlischt", "ausblenden", "einblenden", "dimmt"})


def _light_fade(words: list[str], when: When, ctx: en.Ctx) -> list[Any]:
    """'the light fades out over 3 seconds': the intensity of the light(s) ramps to zero (or up from zero)."""
    scene = ctx.scene
    if not scene.lights:
        raise NotFound(ctx.msg("there is no light in the scene to fade", "es gibt kein Licht zum Ausblenden"),
                       hint=ctx.msg("choose a lighting first, e.g. 'sunset'", "wähle zuerst eine Beleuchtung"))
    lights = [lt for lt in scene.lights if lt.type in ("point", "spot")]
    if len(lights) != 1 or ("lights" in words or "lichter" in words):
        lights = list(scene.lights)  # "the light" of a lit scene is all of it
    fade_in = bool(set(words) & {"in", "up", "ein", "einblenden", "auf"}) and not set(words) & {"out", "aus"}
    start, end = _span(when, ctx, FADE_S)
    state = _evaluated(scene, start)
    ops: list[Any] = []
    for lt in lights:
        now = next(x for x in state.lights if x.name == lt.name).intensity
        old, new = (0.0, lt.intensity) if fade_in else (now, 0.0)
        ops.append(_change(scene, f"light:{lt.name}.intensity", old, new, start, end, True))
    return _finish(ops, ctx, start, end)


# -- camera --------------------------------------------------------------------------------------------------
def _is_camera_clause(words: list[str], when: When) -> bool:
    ws = set(words)
    if ws & set(tw.CAMERA_MOVES):
        return True
    if ("shoulder" in ws or "schulter" in ws) and ws & {"over", "über"}:
        return True
    if ws & {"camera", "kamera"} and ws & {"moves", "rises", "fährt", "hebt", "steigt", "sinkt", "goes"}:
        return True
    return en._is_camera(words) and (when.duration is not None or when.at is not None or when.after is not None)


def _camera_now(scene: Scene, t: float) -> str:
    """The camera the film shows at t."""
    from autark.scene.evaluate import active_shot

    shot = active_shot(scene, t)
    if shot is not None and any(c.name == shot.camera for c in scene.cameras):
        return shot.camera
    return scene.active_camera


def _new_camera_name(scene: Scene) -> str:
    names = {c.name for c in scene.cameras}
    k = 2
    while f"shot{k}" in names:
        k += 1
    return f"shot{k}"


def _camera(rest: list[Token], when: When, ctx: en.Ctx) -> list[Any]:
    from autark.ops import camera_moves as cm

    words = [t.text for t in rest]
    ws = set(words)
    move = next((tw.CAMERA_MOVES[w] for w in words if w in tw.CAMERA_MOVES), None)
    if move is None and ws & {"rises", "hebt", "steigt", "sinkt"}:
        move = "crane"
    if move is None and ws & {"moves", "fährt", "goes"}:
        up_down = {"up", "down", "hoch", "runter", "oben", "unten", "rauf", "herunter", "upward", "downward"}
        move = "crane" if ws & up_down else "dolly"
    ots = ("shoulder" in ws or "schulter" in ws) and bool(ws & {"over", "über"})
    subjects, over = _camera_subjects(rest, ctx, ots)
    scene = ctx.scene
    if move == "cut" or ots or move is None:
        return _cut(words, subjects, over, when, ctx, ots)
    start, end = _span(when, ctx, CAMERA_MOVE_S[move])
    cam = _camera_now(scene, start)
    inward = not ws & {"out", "back", "away", "raus", "heraus", "zurück", "weg", "backward", "backwards"}
    subject = subjects[0] if subjects else None
    if move == "orbit":
        subject = subject or _camera_subject_default(scene, cam, start, ctx)
        degrees = 360.0
        if ws & {"half", "halb", "halbe"}:
            degrees = 180.0
        p = ps.Parser(rest, {})
        for i in range(len(rest)):
            a = p.parse_angle(i)
            if a is not None and p.at(i) not in ("around", "um", "round", "herum"):
                degrees = a[0]
        if ws & {"right", "rechts", "clockwise"}:
            degrees = -abs(degrees)
        ops = cm.orbit(scene, cam, subject, degrees, start, end, size="wide")
    elif move == "pan" or move == "tilt":
        if subject is None:
            deg = 30.0 if move == "pan" else 15.0
            if ws & {"left", "links", "down", "runter", "unten"}:
                deg = -deg
            ops = (cm.pan if move == "pan" else cm.tilt)(scene, cam, deg, start, end)
        else:
            ops = cm.pan(scene, cam, _pan_degrees(scene, cam, subject, start), start, end)
    elif move == "dolly":
        c = _evaluated(scene, start).camera(cam)
        dist = math.dist(c.position, c.target)
        amount = _quantity(rest) or dist * (0.4 if inward else 0.5)
        ops = cm.dolly(scene, cam, amount if inward else -amount, start, end)
    elif move == "truck":
        amount = _quantity(rest) or 2.0
        ops = cm.truck(scene, cam, -amount if ws & {"left", "links"} else amount, start, end)
    elif move == "crane":
        subject = subject or _camera_subject_default(scene, cam, start, ctx)
        amount = _quantity(rest) or 2.0
        down = bool(ws & {"down", "runter", "unten", "sinkt", "lower"})
        ops = cm.crane(scene, cam, subject, -amount if down else amount, start, end)
    elif move == "follow":
        if subject is None:
            raise NotUnderstood(ctx.msg("follow whom? e.g. 'the camera follows the robot'",
                                        "wem folgen? z.B. 'die Kamera folgt dem Roboter'"))
        start, end = _follow_span(scene, subject, when, start, end, ctx)
        ops = cm.follow(scene, cam, subject, start, end)
    else:  # zoom
        ops = _zoom(scene, cam, subject, inward, start, end, ctx)
    if subjects:
        ctx.last = list(subjects)
    return _finish(list(ops), ctx, start, end)


def _quantity(rest: list[Token]) -> float | None:
    p = ps.Parser(rest, {})
    for i in range(len(rest)):
        q = p.quantity(i)
        if q is not None:
            return q[0]
    return None


def _camera_subjects(rest: list[Token], ctx: en.Ctx, ots: bool) -> tuple[list[str], str | None]:
    """Things named in a camera clause, in order; for an over-the-shoulder shot (subject, over whose shoulder)."""
    p = ps.Parser(rest, _names(ctx), ctx.types)
    found: list[str] = []
    over: str | None = None
    after_shoulder = False
    i = 0
    while i < p.n:
        w = p.at(i)
        if w in ("shoulder", "schulter"):
            after_shoulder = True
        if w not in ("camera", "kamera") and (r := _parse_ref(p, i, ctx)) is not None:
            ids, i = r
            if ots and over is None and (after_shoulder or p.at(i) in ("'s",)):
                over = ids[0]
            else:
                found.extend(x for x in ids if x not in found)
            continue
        i += 1
    if ots and over is None and found:
        over = found.pop(0)
    return found, over


def _camera_subject_default(scene: Scene, cam: str, t: float, ctx: en.Ctx) -> str:
    """What a move without a named subject is about: the focus, else the thing nearest the camera's aim."""
    focus = ctx.last or ctx.scene_focus()
    if focus:
        return focus[0]
    state = _evaluated(scene, t)
    objs = [o for o in state.objects if o.visible and o.type != en.GROUP_TYPE]
    if not objs:
        raise NotFound(ctx.msg("there is nothing in the scene for the camera to move around",
                               "in der Szene gibt es nichts, worum die Kamera fahren könnte"))
    aim = state.camera(cam).target
    return min(objs, key=lambda o: math.dist(en._center(_box(o)), aim)).id


def _pan_degrees(scene: Scene, cam: str, subject: str, t: float) -> float:
    """The horizontal turn (positive: to the camera's right) that puts the subject in the middle."""
    state = _evaluated(scene, t)
    c = state.camera(cam)
    centre = en._center(_box(state.object(subject)))
    fx, fz = c.target[0] - c.position[0], c.target[2] - c.position[2]
    dx, dz = centre[0] - c.position[0], centre[2] - c.position[2]
    rx, rz = -fz, fx  # the camera's right in the floor plane
    return math.degrees(math.atan2(dx * rx + dz * rz, dx * fx + dz * fz))


def _follow_span(scene: Scene, subject: str, when: When, start: float, end: float, ctx: en.Ctx
                 ) -> tuple[float, float]:
    """A follow without a time lasts as long as the subject moves: its movement that is under way at the
    cursor, or the one just before (said right after "the robot walks to the door")."""
    if when.duration is not None or when.at is not None:
        return start, end
    from autark.motion import MOVEMENT_KINDS

    moving = [a for a in scene.timeline.actions if a.object_id == subject and a.kind in MOVEMENT_KINDS]
    moving += _track_spans(scene, subject)
    if not moving:
        return start, end
    later = [a for a in moving if a.end_s > start + 1e-6]
    if later:
        first = min(later, key=lambda a: a.start_s)
        return max(start, first.start_s) if not when.meanwhile else start, max(a.end_s for a in later)
    last = max(moving, key=lambda a: a.end_s)
    if abs(last.end_s - scene.timeline.cursor_s) < 1e-6:
        return last.start_s, last.end_s
    return start, end


def _track_spans(scene: Scene, oid: str) -> list[Action]:
    """Keyframed moves of a thing, as (start, end) spans in the shape of actions."""
    out = []
    for tr in scene.timeline.tracks:
        if tr.target == f"object:{oid}.transform.position" and len(tr.keyframes) >= 2:
            moving = [k for k in tr.keyframes if k.easing != "hold"]
            if moving:
                first = moving[0].time_s
                last = next((k.time_s for k in tr.keyframes if k.time_s > moving[-1].time_s), moving[-1].time_s)
                out.append(Action(object_id=oid, kind="drive", start_s=first, end_s=max(last, first + 0.01)))
    return out


def _zoom(scene: Scene, cam: str, subject: str | None, inward: bool, start: float, end: float,
          ctx: en.Ctx) -> list[Any]:
    """Zoom (field of view) in or out; 'zoom in on the flower' also turns the aim onto the flower so it ends
    in the middle of the frame, filling about half of it."""
    from autark.assets import framing
    from autark.ops import camera_moves as cm

    if subject is None:
        return list(cm.zoom(scene, cam, 2.0 if inward else 0.5, start, end))
    state = _evaluated(scene, start)
    c = state.camera(cam)
    box = _box(state.object(subject))
    centre = en._center(box)
    aimed = c.model_copy(update={"target": centre})
    aspect = scene.settings.width / scene.settings.height
    pts = [framing.project(aimed, (x, y, z), aspect) for x in (box[0], box[3]) for y in (box[1], box[4])
           for z in (box[2], box[5])]
    extent = max(max(abs(q[0]), abs(q[1])) for q in pts)
    factor = 0.5 / max(extent, 1e-3) if inward else 0.5
    factor = min(max(factor, 1.0), 12.0) if inward else factor
    ops = list(cm.zoom(scene, cam, factor, start, end))
    ops.append(_change(scene, f"camera:{cam}.target", c.target, tuple(round(v, 5) for v in centre), start, end,
                       True))
    return ops


def _cut(words: list[str], subjects: list[str], over: str | None, when: When, ctx: en.Ctx,
         ots: bool) -> list[Any]:
    """A cut to a new camera: a shot size on a subject ('cut to a close-up of the robot'), over a shoulder,
    or a still framing ('wide shot for 3 seconds'). Without a duration the cursor stays: what follows
    happens in the new shot."""
    from autark.ops import camera_moves as cm

    scene = ctx.scene
    start, end = _span(when, ctx, 0.0)
    name = _new_camera_name(scene)
    until = end if when.duration is not None else None
    ws = set(words)
    size = "medium"
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("close", "nahaufnahme", "closeup") or (w in ("nah", "nahe") and nxt in ("aufnahme", "shot")):
            size = "close-up"
        elif w in ("wide", "totale", "establishing", "weitwinkel", "overview", "übersicht") or (
                w in ("long", "full") and nxt == "shot"):
            size = "wide"
    if ots:
        if over is None or not subjects:
            raise NotUnderstood(ctx.msg("over whose shoulder, looking at what? e.g. 'over the shoulder of Robo "
                                        "looking at the flower'",
                                        "über wessen Schulter, auf was? z.B. 'über die Schulter von Robo auf die "
                                        "Blume'"))
        ops = cm.cut(scene, start, name, subjects[0], size="over-the-shoulder", over_id=over, end_s=until)
    elif len(subjects) == 1 and not ws & {"from", "von"}:
        ops = cm.cut(scene, start, name, subjects[0], size=size, end_s=until)
    else:
        # a still framing of everything (or of several things, or from a side): the still camera maths
        framed = en._camera([Token(w, w) for w in words if w not in tw.CAMERA_MOVES and w != "to"], ctx)
        cam_op = next(op for op in framed if isinstance(op, SetCamera))
        new = Camera(name=name, fov=cam_op.camera.fov)
        with_cam = scene.model_copy(update={"cameras": [*scene.cameras, new]})
        from autark.scene.evaluate import film_duration_s

        stop = until if until is not None else max(film_duration_s(scene), start + 1.0)
        ops = [SetCamera(camera=new, activate=False),
               *cm.static(with_cam, name, start, stop, position=cam_op.camera.position,
                          target=cam_op.camera.target, size=size)]
    if subjects:
        ctx.last = list(subjects)
    return _finish(list(ops), ctx, start, end if until is not None else start)


# -- dialogue ------------------------------------------------------------------------------------------------
_SAY_RE = re.compile(r"^(?P<who>.*?)\s*\b(?P<verb>" + "|".join(sorted(tw.SPEECH_VERBS, key=len, reverse=True))
                     + r")\b\s*[:,]?\s*(?P<text>.+)$", re.IGNORECASE | re.DOTALL)
_COLON_RE = re.compile(r"^(?P<who>[^:\"“”„«»]{1,80}?)\s*:\s*(?P<text>.+)$", re.DOTALL)


def _split_quote(text: str) -> tuple[str, str, str]:
    """(words before the quote, the quoted words, what follows the quote) of a line's text."""
    text = text.strip()
    k = next((i for i, ch in enumerate(text) if ch in _OPEN_QUOTES and (i == 0 or text[i - 1] in " :,")), None)
    if k is None:
        return "", text, ""
    end = max(text.rfind(ch) for ch in _CLOSE_QUOTES)
    if end <= k:
        return text[:k].strip(), text[k + 1:].strip(), ""
    return text[:k].strip(" ,:"), text[k + 1:end].strip(), text[end + 1:].strip(" ,.;")


def dialogue(text: str, scene: Scene, german: bool) -> list[Any] | None:
    """Operators for a spoken line ('Robo says: where am I?', 'narrator: once upon a time', 'der Roboter sagt
    "hallo"'), or None when the sentence is not one."""
    m = _SAY_RE.match(text)
    colon = False
    if m is None:
        m = _COLON_RE.match(text)
        colon = True
    if m is None:
        return None
    who, said = m.group("who"), m.group("text")
    pre, line, after = _split_quote(said)
    if pre and not colon:
        who = f"{who} {pre}"  # German order: 'dann sagt der Roboter "hallo"'
    elif pre:
        return None
    line = line.strip()
    ctx = en.Ctx(scene=scene, german=german)
    when, rest = extract_when(tokenize(who))
    rwords = [t.text for t in rest]
    speaker_obj: SceneObject | None = None
    if rwords and set(rwords) <= tw.NARRATOR_WORDS and set(rwords) & (tw.NARRATOR_WORDS - {"the", "der", "die"}):
        speaker, voice = "narrator", "narrator"
    else:
        character = next((c for c in scene.characters if en._norm_name(c.name) == " ".join(rwords)), None)
        if character is not None:
            speaker_obj = scene.find_object(character.object_id)
        else:
            p = ps.Parser(rest, _names(ctx), ctx.types)
            r = _parse_ref(p, 0, ctx) if rest else None
            if r is None or r[1] != len(rest):
                unknown = [w for w in rwords if not en._known_word(w) and w not in lx.NOUNS]
                if not colon and not rest and ctx.scene_focus():
                    speaker_obj = scene.object(ctx.scene_focus()[0])  # 'then says "bye"': the one in focus
                elif not rest or len(rwords) > 3 or len(unknown) != len(rwords):
                    return None  # "move the chair to x: 1", "add a chair that says" are not lines
                else:
                    raise NotFound(ctx.msg(f"who is '{who.strip()}'? there is nobody of that name",
                                           f"wer ist '{who.strip()}'? so heißt niemand"),
                                   hint=ctx.msg("add a person or robot first and name it, e.g. 'add a robot' and "
                                                "'call the robot Robo'",
                                                "füge zuerst eine Person oder einen Roboter hinzu"))
            else:
                speaker_obj = scene.object(r[0][0])
        speaker, voice = "", ""
    if not line:
        raise NotUnderstood(ctx.msg("say what? e.g. the robot says 'hello'", "was soll gesagt werden?"))
    language = "de" if german or _german_text(line) else "en"
    ops: list[Any] = []
    if speaker_obj is not None:
        character = next((c for c in scene.characters if c.object_id == speaker_obj.id), None)
        if character is None:
            if not en._is_character(speaker_obj):
                raise UserInputError(ctx.msg(f"the {speaker_obj.name} cannot speak; only people and robots talk",
                                             f"'{speaker_obj.name}' kann nicht sprechen"),
                                     hint=ctx.msg("add a person or a robot", "füge eine Person oder einen Roboter "
                                                                              "hinzu"))
            character = Character(id=f"char_{_slug(speaker_obj.name)}", name=speaker_obj.name,
                                  object_id=speaker_obj.id, voice=_voice_for(speaker_obj), language=language)
            ops.append(SetCharacter(character=character))
        speaker, voice = character.name, character.voice
    from autark.scene.evaluate import estimate_line_duration_s

    start, _ = _span(when, ctx, 0.0)
    if len(line) > 2000:
        raise NotUnderstood(ctx.msg("that line is too long", "dieser Satz ist zu lang"))
    duration = estimate_line_duration_s(line)
    ops.append(SetTimeline(lines=[Line(speaker=speaker, text=line, start_s=start, voice=voice, language=language)]))
    ops = _finish(ops, ctx, start, start + duration)
    if speaker_obj is not None and scene.focus != [speaker_obj.id]:
        ops.append(SetFocus(ids=[speaker_obj.id]))
    if after:
        # 'the robot says "hello" and waves': the rest is a command of its own, by the same speaker
        from autark.language.engine import interpret

        rest_text = re.sub(r"^(and|und|then|dann)\b", "", after.strip(), flags=re.IGNORECASE).strip()
        if rest_text:
            ops += interpret(rest_text, apply_ops(scene, ops))
    return ops


def _german_text(text: str) -> bool:
    words = re.findall(r"[\wäöüß]+", text.lower())
    de = sum(w in lx.GERMAN_MARKERS or w in {"ich", "bin", "wo", "hallo", "war", "einmal", "nicht", "ist", "wer"}
             for w in words) + sum(ch in "äöüß" for ch in text)
    eng = sum(w in {"the", "a", "i", "am", "where", "hello", "is", "you", "once", "upon", "time", "what", "who"}
              for w in words)
    return de > eng


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "someone"


def _voice_for(obj: SceneObject) -> str:
    if obj.type == "robot":
        return "robot"
    if obj.tag in lx.PERSON_VOICES:  # a girl speaks with a child's voice whatever she is called
        return lx.PERSON_VOICES[obj.tag]
    words = set(re.findall(r"[\wäöüß]+", obj.name.lower()))
    return "woman" if words & _FEMALE else "man"
