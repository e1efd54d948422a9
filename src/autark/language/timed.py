"""Timed changes without an actor: music and its mood, the film's length, waits, a light fading, a colour
changing at a time, and a still command at a time ("at 4 seconds move the chair to the left")."""

from __future__ import annotations

from autark.errors import NotFound, NotUnderstood
from autark.language import lang
from autark.language import lexicon as lx
from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.language.time_phrases import When, animate_ops, change, evaluated, finish, span
from autark.ops import (
    Operator,
    SetTimeline,
)
from autark.scene.speeds import (
    FADE_S,
    RAMP_S,
)


def music(words: list[str], ctx: Ctx) -> list[Operator]:
    for w in words:
        for cand in lx.normalize_adjective(w):
            if cand in lang.MOODS:
                return [SetTimeline(music_mood=lang.MOODS[cand])]
    if set(words) & {"no", "keine", "stop", "stopp", "without", "ohne", "off", "aus"}:
        return [SetTimeline(music_mood="")]
    moods = sorted(set(lang.MOODS.values()))
    raise NotUnderstood(ctx.msg(f"which music? known moods: {', '.join(moods)}",
                                f"welche Musik? bekannt: {', '.join(moods)}"),
                        hint=ctx.msg("e.g. 'play sad music'", "z.B. 'spiel traurige Musik'"))


def become(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator]:
    """'the lamp turns red', 'die Lampe wird rot': a still colour change, at the cursor or a named time."""
    paint = [Token("paint", "paint")] + [t for k, t in enumerate(rest) if k != verb and t.text != "sich"]
    start, end = span(when, ctx, RAMP_S)
    ops = ctx.clause(paint)
    if start <= 0 and not when.ramp:
        return ops
    return finish(animate_ops(ops, ctx, start, end, when.ramp), ctx, start, end if when.ramp else start)


def is_light_fade(words: list[str]) -> bool:
    ws = set(words)
    return bool(ws & {"light", "lights", "licht", "lichter", "sun", "sonne", "lighting", "beleuchtung"}) and bool(
        ws & {"fades", "fade", "dims", "blendet", "erlischt", "verlischt", "ausblenden", "einblenden", "dimmt"})


def light_fade(words: list[str], when: When, ctx: Ctx) -> list[Operator]:
    """'the light fades out over 3 seconds': the intensity of the light(s) ramps to zero (or up from zero)."""
    scene = ctx.scene
    if not scene.lights:
        raise NotFound(ctx.msg("there is no light in the scene to fade", "es gibt kein Licht zum Ausblenden"),
                       hint=ctx.msg("choose a lighting first, e.g. 'sunset'", "wähle zuerst eine Beleuchtung"))
    lights = [lt for lt in scene.lights if lt.type in ("point", "spot")]
    if len(lights) != 1 or ("lights" in words or "lichter" in words):
        lights = list(scene.lights)  # "the light" of a lit scene is all of it
    fade_in = bool(set(words) & {"in", "up", "ein", "einblenden", "auf"}) and not set(words) & {"out", "aus"}
    start, end = span(when, ctx, FADE_S)
    state = evaluated(scene, start)
    ops: list[Operator] = []
    for lt in lights:
        now = next(x for x in state.lights if x.name == lt.name).intensity
        old, new = (0.0, lt.intensity) if fade_in else (now, 0.0)
        ops.append(change(scene, f"light:{lt.name}.intensity", old, new, start, end, True))
    return finish(ops, ctx, start, end)


def film_length(when: When) -> list[Operator]:
    """'the film is 20 seconds long', 'der Film dauert 20 Sekunden'."""
    return [SetTimeline(duration_s=round(when.duration or 0.0, 4))]


def wait(when: When, ctx: Ctx) -> list[Operator]:
    """'wait 2 seconds', 'then 3 seconds': the cursor moves on, nothing happens."""
    if when.duration is None and when.after is None:
        raise NotUnderstood(ctx.msg("wait how long? e.g. 'wait 2 seconds'", "wie lange? z.B. 'warte 2 Sekunden'"))
    wait_s = when.duration if when.duration is not None else when.after or 0.0
    cursor = ctx.scene.timeline.cursor_s + wait_s
    ctx.prev_start = ctx.scene.timeline.cursor_s
    return [SetTimeline(cursor_s=round(cursor, 4))]


def at_a_time(rest: list[Token], when: When, ctx: Ctx) -> list[Operator]:
    """A still command with a time: 'at 4 seconds move the chair to the left', '... in 3 seconds'; its
    operators turned into keyframes (at once, or over the duration when it takes time)."""
    start, end = span(when, ctx, RAMP_S)
    ops = ctx.clause(rest)
    if start <= 0 and not when.ramp:
        return ops
    return finish(animate_ops(ops, ctx, start, end, when.ramp), ctx, start, end if when.ramp else start)
