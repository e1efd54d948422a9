"""Framings built from where the cast stands rather than from the planned size: the whole path of movers across the
set (a race, a chase) and two-shots of an exchange square to the two people's line. The shot planner
(``autark.jobs.shots``) tries them before the planned framing's other views."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from autark.cinema import SceneStates, action_side
from autark.jobs.framings import Framing, SceneShots
from autark.jobs.path_shots import LEAD_DEG, movers, path_direction

__all__ = ["path_framings", "side_on"]


def path_framings(ctx: SceneShots, part: Any, states: SceneStates) -> list[Framing]:
    """Where two or more of the cast and props cross the set in the part (``path_shots.movers``): a static wide of
    their whole path, then a wide gliding beside them, both from the side of the path turned toward their faces;
    then the glide square to the path (where the goal they run to stood between the camera and them)."""
    moving = movers(states, [*ctx.characters, *ctx.props], part.start_s, part.end_s)
    if len(moving) < 2:
        return []
    ahead, square = (path_direction(states, moving, part.start_s, part.end_s, lead) for lead in (LEAD_DEG, 0.0))
    group = tuple(moving)
    return [Framing("wide", None, mv, view=v, group=group, path=p) for v, mv, p in
            ((ahead, "static", "wide"), (ahead, "track", "track"), (square, "track", "track")) if v is not None]


_SIDE_ON_DEG = (0.0, 30.0, -30.0)  # a two-shot square to the pair's line, then turned toward either face


def side_on(ctx: SceneShots, part: Any, states: SceneStates, things: Sequence[str] = ()) -> list[Framing]:
    """Two-shots of an exchange from the side of the two people's line: a medium and a wide of them as they stand
    halfway through the part, the camera square to the line between them (both in profile, neither's back), then
    turned 30 degrees toward either one's face, on the side of the line the scene keeps (the one nearer the
    usual front, +Z, when none is kept yet); then the same from the front of the first of them (the subject,
    else the first speaker). A two-shot from the set's front showed the back of the one who
    faced the other across it, and a single of the other cut the first to an arm at the frame's edge. One person
    alone with ``things`` (what they act on: the antenna an astronaut repairs) pairs with the first of them: a
    close-up from the front lost the antenna behind him, one from behind it showed his back."""
    pair = list(dict.fromkeys(x for x in (part.subject, *part.speakers) if x in ctx.characters))[:2]
    axis = ctx.axis()
    if len(pair) < 2 and axis is not None and pair and pair[0] in axis:  # one of the scene's two who talk
        pair = [pair[0], *(x for x in axis if x != pair[0])]
    if len(pair) == 1 and things:
        pair.append(things[0])
    if len(pair) < 2:
        return []
    t = (part.start_s + part.end_s) / 2
    a = np.array(states.object(t, pair[0]).transform.position, float)
    b = np.array(states.object(t, pair[1]).transform.position, float)
    d = np.array([b[0] - a[0], b[2] - a[2]])
    if float(np.linalg.norm(d)) < 0.3:
        return []
    d /= float(np.linalg.norm(d))
    normal = np.array([-d[1], d[0]])
    mid = (a + b) / 2
    probe = (float(mid[0] + normal[0]), 0.0, float(mid[2] + normal[1]))
    side = action_side(tuple(states.object(t, axis[0]).transform.position), tuple(states.object(
        t, axis[1]).transform.position), probe) if ctx.side and axis is not None else 0
    if (side and side != ctx.side) or (not side and normal[1] < 0):
        normal = -normal
    # then from where the one who speaks (or the subject) faces: one who turned from the other (to the sea, to
    # the camera's far side) is seen only from there
    h = math.radians(float(states.object(t, pair[0]).transform.rotation[1]))
    fronts = [np.array([math.sin(h), math.cos(h)]), normal]
    out = []
    for deg in _SIDE_ON_DEG:  # square on first, each size from both fronts, then turned
        for size in ("medium", "wide"):
            for front in fronts:
                c, s_ = math.cos(math.radians(deg)), math.sin(math.radians(deg))
                v = (float(c * front[0] - s_ * front[1]), 0.3, float(s_ * front[0] + c * front[1]))
                out.append(Framing(size, None, "static", view=v, group=tuple(pair)))
    return out
