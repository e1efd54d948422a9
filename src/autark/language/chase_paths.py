"""A chase that goes through the place: the one chased runs a way past a thing of the set, and the chaser runs
the same way behind it, the gap closing.

``straight_flee`` runs the one chased 3.5 m straight across the set and ``straight_chase`` the chaser straight after
it, where the set has nothing to run round, and so "a witch chases the frog through the library" was two short dashes side by side over the bare floor in
front of the shelves. Here the way bends past the things of the set:

* ``flee_way``: away from the chaser (sideways in the picture, as before) and in front of the first thing of the
  set that stands in that direction (a bookshelf, a table, a tree, a cart: on the floor, at least
  ``_THING_MIN_M`` tall and at most ``_THING_MAX_M`` wide), swerving round its camera side, then on; up to
  ``_WAY_M`` in all, at a run. None when the set has no such thing there (``straight_flee``, its straight run);
* ``chase_way``: the chaser runs to each corner of that way as the one chased leaves it, ``_GAP_M`` short of
  it, and ends ``CAUGHT_GAP_M`` behind it: starting farther back over the same time, it runs faster and the gap
  closes. None when the one chased runs no such way.
"""

from __future__ import annotations

import math
from typing import Any

from autark.language.characters import is_character
from autark.language.context import Ctx
from autark.language.time_phrases import evaluated
from autark.scene.geometry import world_bbox
from autark.scene.speeds import RUN_M_S
from autark.scene.timeline import Action

__all__ = ["flee_way", "chase_way", "straight_flee", "straight_chase", "CAUGHT_GAP_M"]

CAUGHT_GAP_M = 0.8  # a chase ends this far behind the one chased: the distance has closed
_WAY_M = 6.5  # the longest way a chase runs in one act
_SET_HALF_M = 5.5  # how far from the middle a run goes: it stays on the set, in the picture
_FLEE_M = 3.5  # how far a straight run away goes (across the set, away from whom it flees)
_THING_MIN_M, _THING_MAX_M = 0.4, 2.6  # a thing run round: taller than a step, narrower than a wall
_PASS_M = 0.55  # between a thing's front and the way past it
_GAP_M = 1.0  # the chaser this far short of each corner as the one chased leaves it
_DEPTH_M = (-4.5, 3.5)  # the set's depth a way stays in (its back, its front)


def _passed_thing(state: Any, here: tuple[float, float, float], side: float, reach: float, skip: set[str]
                  ) -> tuple[float, float, float] | None:
    """The point in front of the nearest thing of the set ahead (sideways ``side``) within ``reach``, or None."""
    best = None
    for o in state.objects:
        if o.id in skip or not o.visible or is_character(o):
            continue
        box = world_bbox(o)
        size = box.size
        if float(box.min[1]) > 0.3 or float(size[1]) < _THING_MIN_M or max(float(size[0]), float(size[2])) > _THING_MAX_M:
            continue
        cx, cz = float(box.center[0]), float(box.center[2])
        ahead = (cx - here[0]) * side
        if not 1.2 < ahead < reach - 1.0 or abs(cz - here[2]) > 3.0 or abs(cx) > _SET_HALF_M:
            continue
        if best is None or ahead < best[0]:
            best = (ahead, (round(cx, 3), here[1], round(float(box.max[2]) + _PASS_M, 3)))
    return best[1] if best is not None else None


def _onward(corner: tuple[float, float, float], side: float, left: float) -> tuple[float, float, float] | None:
    """Where the way goes on from ``corner`` (in front of the thing passed) for up to ``left`` metres: on
    sideways, else slanting toward the front or the back of the set, else toward the front (at the set's edge),
    never back through the thing; a shorter way where the set's edge comes first; None when even that leaves
    the set."""
    for share in (1.0, 0.6, 0.35):
        for dx, dz in ((side, 0.0), (side * 0.7, 0.7), (side * 0.7, -0.7), (0.0, 1.0)):
            x, z = corner[0] + dx * left * share, corner[2] + dz * left * share
            if abs(x) <= _SET_HALF_M and _DEPTH_M[0] <= z <= _DEPTH_M[1]:
                return (round(x, 3), corner[1], round(z, 3))
    return None


def _legs(actor: str, kind: str, points: list[tuple[float, float, float]], start: float, end: float,
          quarry: str | None = None) -> list[Action]:
    """Runs from corner to corner of ``points`` over start..end, each as long as its share of the way."""
    lengths = [math.dist((a[0], a[2]), (b[0], b[2])) for a, b in zip(points, points[1:], strict=False)]
    total = sum(lengths) or 1.0
    out, t = [], start
    for length, goal in zip(lengths, points[1:], strict=True):
        e = end if goal is points[-1] else round(t + (end - start) * length / total, 4)
        out.append(Action(object_id=actor, kind=kind, start_s=round(t, 4), end_s=e, target=goal,
                          **({"target_object": quarry} if quarry else {})))
        t = e
    return out


def flee_way(obj: Any, chaser: str | None, start: float, end: float, ctx: Ctx) -> list[Action] | None:
    """The runs of one who flees past a thing of the set (see the module's docstring), or None."""
    if chaser is None:
        return None
    state = evaluated(ctx.scene, start)
    here = tuple(state.object(obj.id).transform.position)
    there = state.object(chaser).transform.position
    side = 1.0 if here[0] >= there[0] else -1.0
    way = min(_WAY_M, 0.85 * RUN_M_S * (end - start))
    if way < 3.0:
        return None
    if side * here[0] > _SET_HALF_M - 3.0:  # near the edge of the set that way: round the other way, past them
        side = -side
    corner = _passed_thing(state, here, side, way, {obj.id, chaser})
    if corner is None:
        return None
    left = max(way - math.dist((here[0], here[2]), (corner[0], corner[2])), 1.0)
    goal = _onward(corner, side, left)
    if goal is None:
        return None
    return _legs(obj.id, "run", [here, corner, goal], start, end)  # type: ignore[list-item]


def chase_way(obj: Any, quarry: str, start: float, end: float, ctx: Ctx) -> list[Action] | None:
    """The chaser's runs along the way the one chased runs in start..end (``flee_way``), or None."""
    runs = sorted((a for a in ctx.scene.timeline.actions if a.object_id == quarry and a.kind == "run"
                   and a.target is not None and start - 0.05 <= a.start_s < end), key=lambda a: a.start_s)
    if len(runs) < 2:
        return None
    here = tuple(evaluated(ctx.scene, start).object(obj.id).transform.position)
    points, times = [here], [start]
    for a in runs:
        prev = points[-1]
        gap = _GAP_M if a is not runs[-1] else CAUGHT_GAP_M
        dx, dz = a.target[0] - prev[0], a.target[2] - prev[2]  # type: ignore[index]
        dist = math.hypot(dx, dz) or 1.0
        short = min(gap, dist * 0.5)
        points.append((round(a.target[0] - dx / dist * short, 3), here[1],  # type: ignore[index]
                       round(a.target[2] - dz / dist * short, 3)))  # type: ignore[index]
        times.append(a.end_s)  # as long as the one chased runs
    out = []
    for k in range(1, len(points)):
        out.append(Action(object_id=obj.id, kind="chase", start_s=round(times[k - 1], 4),
                          end_s=round(max(times[k], times[k - 1] + 0.3), 4), target=points[k], target_object=quarry))
    return out


def straight_flee(obj: Any, chaser: str | None, start: float, end: float, ctx: Ctx) -> Action:
    """A run away from ``chaser`` (or, with nobody named, from the nearest other character), across the set:
    sideways in the picture, the way that leads away, ``_FLEE_M`` far."""
    state = evaluated(ctx.scene, start)
    here = state.object(obj.id).transform.position
    if chaser is None:
        others = [o for o in state.objects if o.id != obj.id and is_character(o)]
        if others:
            chaser = min(others, key=lambda o: math.dist(o.transform.position, here)).id
    there = state.object(chaser).transform.position if chaser is not None else (here[0] - 1.0, here[1], here[2])
    side = 1.0 if here[0] >= there[0] else -1.0
    depth = 0.25 * (1.0 if here[2] >= there[2] else -1.0)  # a little toward or away from the camera with it
    run_s = max(end - start, 0.6)
    dist = min(_FLEE_M, RUN_M_S * run_s)
    norm = math.hypot(1.0, depth)
    x = min(max(here[0] + side * dist / norm, -_SET_HALF_M), _SET_HALF_M)
    z = here[2] + depth * dist / norm
    if side * (x - here[0]) < 1.5:  # cornered at the edge of the set: on along the edge, into the depth
        x, z = here[0], here[2] - dist if here[2] - dist > -_SET_HALF_M else here[2] + dist
    goal = (round(x, 3), here[1], round(z, 3))
    return Action(object_id=obj.id, kind="run", start_s=start, end_s=end, target=goal)


def straight_chase(obj: Any, quarry: str, start: float, end: float, ctx: Ctx) -> Action:
    """A run after ``quarry`` to where it will be at the chase's end (it may be running away), stopping just
    behind it: the distance between them closes."""
    state = evaluated(ctx.scene, end)
    there = state.object(quarry).transform.position
    here = evaluated(ctx.scene, start).object(obj.id).transform.position
    dx, dz = there[0] - here[0], there[2] - here[2]
    dist = math.hypot(dx, dz)
    if dist <= CAUGHT_GAP_M:
        goal = here
    else:
        goal = (there[0] - dx / dist * CAUGHT_GAP_M, here[1], there[2] - dz / dist * CAUGHT_GAP_M)
    return Action(object_id=obj.id, kind="chase", start_s=start, end_s=end, target_object=quarry,
                  target=(round(goal[0], 3), round(goal[1], 3), round(goal[2], 3)))
