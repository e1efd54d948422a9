"""A jump over a thing or off it, staged at the thing: "the penguin jumps over the ice block" runs up to its near
side and leaps across to its far side; "jumps off the rock" jumps up onto it and leaps down beyond it. Read as a
plain thing handled, the jump was a hop on the spot metres from the block (``autark.language.acting``).
"""

from __future__ import annotations

import math

from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.language.time_phrases import evaluated
from autark.scene.speeds import JUMP_S, WALK_M_S
from autark.scene.timeline import Action

__all__ = ["jump_way", "jump_at_thing"]

_OVER = {"over", "across", "über", "hinüber", "drüber"}
_OFF = {"off", "from", "von", "vom", "herunter", "hinunter", "runter"}
_RUN_UP_M = 0.5  # the take-off spot, this far from the thing's near side
_LAND_M = 0.6  # the landing spot, this far beyond its far side
_LEAP_S = 1.0  # a leap across a thing lasts longer than a hop on the spot


def jump_way(rest: list[Token], after: int) -> str | None:
    """"over" or "off" where such a word follows the jump's verb (before its thing), else None."""
    for t in rest[after:after + 3]:
        if t.text in _OVER:
            return "over"
        if t.text in _OFF:
            return "off"
    return None


def jump_at_thing(actor: str, thing: str, way: str, start: float, ctx: Ctx) -> list[Action]:
    """The walk up to the thing and the jump (or jumps) over or off it, from ``start``."""
    from autark.scene.geometry import world_bbox

    state = evaluated(ctx.scene, start)
    here = state.object(actor).transform.position
    box = world_bbox(state.object(thing))
    cx, cz = float(box.center[0]), float(box.center[2])
    dx, dz = here[0] - cx, here[2] - cz
    dist = math.hypot(dx, dz) or 1.0
    ux, uz = dx / dist, dz / dist  # from the thing toward the one jumping
    half = max(box.size[0], box.size[2]) / 2
    take_off = (round(cx + ux * (half + _RUN_UP_M), 3), 0.0, round(cz + uz * (half + _RUN_UP_M), 3))
    landing = (round(cx - ux * (half + _LAND_M), 3), 0.0, round(cz - uz * (half + _LAND_M), 3))
    out: list[Action] = []
    t = start
    walk_m = math.hypot(here[0] - take_off[0], here[2] - take_off[2])
    if walk_m > 0.3 and dist > half + _RUN_UP_M:
        walk_s = round(walk_m / WALK_M_S + 0.3, 3)
        out.append(Action(object_id=actor, kind="walk", start_s=t, end_s=round(t + walk_s, 4), target=take_off))
        t = out[-1].end_s
    if way == "off":  # up onto it first, then down beyond it
        out.append(Action(object_id=actor, kind="jump", start_s=t, end_s=round(t + JUMP_S, 4), target_object=thing))
        t = round(t + JUMP_S + 0.3, 4)
    out.append(Action(object_id=actor, kind="jump", start_s=t, end_s=round(t + _LEAP_S, 4), target=landing))
    return out
