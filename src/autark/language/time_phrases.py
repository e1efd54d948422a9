"""Time phrases and the timeline as it stands: when a command happens ("at 4 seconds", "after 2 seconds",
"in 3 seconds", "slowly", "meanwhile"), where it starts and ends, moving the cursor after it, and a still
command's operators turned into keyframes at a time.

A timed command starts at ``timeline.cursor_s`` unless it names a time, and moves the cursor to its end, so a
list of sentences makes a sequence; "at the same time" / "meanwhile" / "gleichzeitig" start at the previous
command's start instead."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from autark.errors import NotUnderstood
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.ops import (
    AddKeyframes,
    AddObject,
    Operator,
    RemoveObjects,
    SetFocus,
    SetLight,
    SetMaterial,
    SetName,
    SetTimeline,
    SetTransform,
    SetVisible,
)
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe


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


def _seconds(p: ps.Parser, i: int) -> tuple[float, int] | None:
    """'3 seconds', 'drei Sekunden', 'a second', 'half a second', '1.5 s' at i."""
    if p.at(i) in ("a", "an", "one", "eine", "einer", "ein") and p.at(i + 1) in lang.SECOND_UNITS:
        return lang.SECOND_UNITS[p.at(i + 1)], i + 2
    if p.at(i) in ("half", "halbe", "eine") and p.at(i + 1) in ("a", "an", "halbe") \
            and p.at(i + 2) in lang.SECOND_UNITS:
        return 0.5 * lang.SECOND_UNITS[p.at(i + 2)], i + 3
    if p.at(i) == "few" and p.at(i + 1) in lang.SECOND_UNITS:
        return 3.0, i + 2
    num = p.number(i)
    if num is None:
        return None
    val, j = num
    if p.at(j) in lang.SECOND_UNITS and not (p.at(j) in ("s", "min") and p.at(j + 1) in lx.NOUNS):
        if not math.isfinite(val) or val < 0 or val > 3600:
            raise NotUnderstood(f"{val:g} seconds is not a time I can use", hint="times run from 0 to 3600 s")
        return val * lang.SECOND_UNITS[p.at(j)], j + 1
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
        matched = next((ph for ph in lang.MEANWHILE_PHRASES if p.match(i, ph)), None)
        if matched is not None:
            when.meanwhile = when.said = True
            i += len(matched)
            continue
        if w in lang.MEANWHILE_WORDS:
            when.meanwhile = when.said = True
            i += 1
            continue
        if w in lang.SEQUENCE_WORDS:
            i += 1
            continue
        if w in lang.SLOW_WORDS:
            when.pace, when.said = 2.0, True
            i += 1
            continue
        if w in lang.FAST_WORDS:
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
            unit = lang.SECOND_UNITS[p.at(b[1] - 1)]
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


def span(when: When, ctx: Ctx, default_s: float) -> tuple[float, float]:
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


def finish(ops: list[Operator], ctx: Ctx, start: float, end: float) -> list[Operator]:
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


def evaluated(scene: Scene, t: float) -> Scene:
    from autark.motion import evaluate_scene

    return evaluate_scene(scene, t)


_MATERIAL_TRACKS = ("color", "emissive", "emissive_strength", "opacity", "roughness", "metallic")


def change(scene: Scene, path: str, old: Any, new: Any, start: float, end: float, ramp: bool) -> AddKeyframes:
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


def animate_ops(ops: list[Operator], ctx: Ctx, start: float, end: float, ramp: bool) -> list[Operator]:
    """A still command's operators turned into keyframes: the change happens at ``start`` (or over
    start..end when ``ramp``) instead of from the beginning of the film."""
    scene = ctx.scene
    state = evaluated(scene, start)
    out: list[Operator] = []
    for op in ops:
        if isinstance(op, SetTransform):
            obj = state.object(op.id)
            for attr in ("position", "rotation", "scale"):
                value = getattr(op, attr)
                if value is not None:
                    out.append(change(scene, f"object:{op.id}.transform.{attr}", getattr(obj.transform, attr),
                                       value, start, end, ramp))
        elif isinstance(op, SetMaterial):
            obj = state.object(op.id)
            for key, value in op.changes.items():
                if key in _MATERIAL_TRACKS:
                    out.append(change(scene, f"object:{op.id}.material.{key}", getattr(obj.material, key),
                                       tuple(value) if isinstance(value, list) else value, start, end, ramp))
        elif isinstance(op, SetVisible):
            for oid in op.ids:
                out.append(change(scene, f"object:{oid}.visible", state.object(oid).visible, op.visible, start,
                                   start, False))
        elif isinstance(op, AddObject):
            # it appears at ``start``
            out.append(op)
            out.append(AddKeyframes(target=f"object:{op.object.id}.visible",
                                    keyframes=[Keyframe(time_s=0.0, value=False, easing="hold"),
                                               Keyframe(time_s=start, value=True, easing="hold")]))
        elif isinstance(op, RemoveObjects):
            for oid in op.ids:
                out.append(change(scene, f"object:{oid}.visible", True, False, start, start, False))
        elif isinstance(op, SetLight):
            # (an unlit scene's evaluated state carries the default daylight; those lights are not the scene's)
            old = next((lt for lt in state.lights if lt.name == op.light.name), None) if scene.lights else None
            if old is None:  # a new light switches on at ``start``
                out.append(op)
                out.append(change(scene, f"light:{op.light.name}.intensity", 0.0, op.light.intensity, start, end,
                                   ramp))
                continue
            for attr in ("color", "intensity", "position", "direction"):
                if getattr(old, attr) != getattr(op.light, attr):
                    out.append(change(scene, f"light:{op.light.name}.{attr}", getattr(old, attr),
                                       getattr(op.light, attr), start, end, ramp))
        elif isinstance(op, (SetName, SetFocus)):
            if isinstance(op, SetFocus):
                out.append(op)
        else:
            raise NotUnderstood(ctx.msg("I can't make that happen at a given time yet",
                                        "das kann ich noch nicht zu einem Zeitpunkt geschehen lassen"),
                                hint=ctx.msg("say it without the time", "sag es ohne Zeitangabe"))
    return out
