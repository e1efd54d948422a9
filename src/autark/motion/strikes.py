"""A thing struck so that it leaves the body and flies to where it goes: a kicked ball, a thrown ball.

The kicker first steps up behind the ball, on the far side from where it is to go, faces the aim and kicks
(``kick_end``, ``kick``); the ball leaves the foot at the strike (``strike_s``) and flies. Where it goes is the
aim (``aim_points``): a goal's net behind its line, through a hoop's ring and down, into a basket or a bucket,
against the near side of any other thing and down at its foot; with no aim, ``KICK_AHEAD_M`` on the way the
kicker ran up. ``autark.motion.holding`` flies the thing along that path (a parabola to the point it passes
through, then down to where it comes to rest).
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import acts
from autark.motion.approach import _after_walk, _approach
from autark.motion.chain import ChainState, End, Segment
from autark.motion.kinematics import BodyState, RigInfo, Vec, heading_to, unit
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import SceneObject
from autark.scene.speeds import WALK_M_S
from autark.scene.timeline import Action

__all__ = ["KICK_AHEAD_M", "aim_points", "first_in_way", "kick", "kick_end", "kick_stand", "strike_s", "THROUGH_SHARE"]

KICK_AHEAD_M = 6.0  # a ball kicked at nothing rolls out this far on the run-up's line
_BEHIND_M = 0.38  # the kicker's body stands this far behind the ball's centre at the strike
_WALK_SHARE = 0.6  # the run-up takes at most this share of the act; the kick itself the rest
_STRIKE_AT = 0.5  # share of the kick (after the run-up) at which the foot meets the ball
THROUGH_SHARE = 0.8  # share of the flight spent reaching the point it passes through; the rest falls to rest
# where a thing struck into it goes, in the thing's own frame (metres, before its scale): (the point it
# passes through, where it comes to rest). A goal's mouth faces +Z (posts at z 0.9, net back to z -0.9); a
# hoop's ring hangs at (0, 3.05, 0.28), and the ball drops through it to the ground
_MOUTHS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    "football_goal": ((0.0, 1.1, -0.35), (0.0, 0.0, -0.7)),
    "basketball_hoop": ((0.0, 3.35, 0.28), (0.0, 0.0, 0.28)),
}
# open things a thrown thing lands inside (the rest is against their near side)
_OPEN = frozenset({"basket", "bucket", "box", "crate", "barrel", "bin", "trash_can", "laundry_basket", "pot",
                   "cauldron", "bowl", "wheelbarrow", "cart", "sandpit", "pool", "tub", "bathtub", "chest",
                   "picnic_basket", "shopping_cart", "planter", "well", "fountain"})


def aim_points(target: SceneObject, item_half_m: float, frm: Vec) -> tuple[Vec, Vec]:
    """(the point a thing struck into ``target`` passes through, the point its centre comes to rest) in the
    world; ``item_half_m`` is the thing's half height (it rests on the ground), ``frm`` where it flies from."""
    mouth = _MOUTHS.get(target.type)
    if mouth is not None:
        m = model_matrix(target.transform)
        through, rest = ((m @ np.array([*p, 1.0]))[:3] for p in mouth)
        ground = float(target.transform.position[1])
        return through, np.array([rest[0], ground + item_half_m, rest[2]])
    box = world_bbox(target)
    c = np.array(box.center, float)
    if target.type in _OPEN:
        return (np.array([c[0], float(box.max[1]) + 0.25, c[2]]),
                np.array([c[0], float(box.min[1]) + item_half_m + 0.03, c[2]]))
    # anything else is hit on its near side at two thirds of its height, and the thing drops at its foot
    near = np.clip(np.asarray(frm, float), np.array(box.min, float) - 0.05, np.array(box.max, float) + 0.05)
    hit = np.array([near[0], float(box.min[1]) + 0.66 * float(box.max[1] - box.min[1]), near[2]])
    back = unit(np.array([frm[0] - hit[0], 0.0, frm[2] - hit[2]]), (0.0, 0.0, 1.0))
    return hit, np.array([hit[0] + 0.3 * back[0], float(box.min[1]) + item_half_m, hit[2] + 0.3 * back[2]])


def _aim_of(a: Action, objects: dict[str, SceneObject], ball: Vec, kicker: Vec) -> Vec:
    """The point the kick sends the ball toward (on the ground plane only its direction matters)."""
    if a.target_object is not None and a.target_object in objects:
        target = objects[a.target_object]
        if a.target_object != a.object_id:
            return aim_points(target, 0.1, ball)[0]
    if a.target is not None:
        return np.array(a.target, float)
    run = unit(np.array([ball[0] - kicker[0], 0.0, ball[2] - kicker[2]]), (0.0, 0.0, -1.0))
    return ball + run * KICK_AHEAD_M


def kick_stand(a: Action, objects: dict[str, SceneObject], kicker: Vec, ball: Vec) -> tuple[Vec, float, Vec]:
    """(where the kicker stands to kick, the heading that faces the aim, the aim) for a kicker at ``kicker``
    and the ball at ``ball``."""
    aim = _aim_of(a, objects, ball, kicker)
    way = unit(np.array([aim[0] - ball[0], 0.0, aim[2] - ball[2]]), (0.0, 0.0, -1.0))
    stand = np.array([ball[0] - way[0] * _BEHIND_M, kicker[1], ball[2] - way[2] * _BEHIND_M])
    return stand, heading_to(stand, aim, 0.0), aim


def _walk_s(a: Action, kicker: Vec, stand: Vec) -> float:
    """When the run-up ends (the act's start when the kicker stands there already)."""
    dist = math.hypot(stand[0] - kicker[0], stand[2] - kicker[2])
    if dist < 0.05:
        return a.start_s
    return a.start_s + min(dist / WALK_M_S + 0.4, _WALK_SHARE * (a.end_s - a.start_s))


def strike_s(a: Action, kicker: Vec, stand: Vec) -> float:
    """When the foot meets the ball: ``_STRIKE_AT`` of the way through the kick after the run-up."""
    arrive = _walk_s(a, kicker, stand)
    return arrive + _STRIKE_AT * (a.end_s - arrive)


def _ball_of(a: Action, objects: dict[str, SceneObject], start: ChainState) -> Vec | None:
    if a.item is None or a.item not in objects:
        return None
    return np.array(world_bbox(objects[a.item]).center, float)


def kick_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Behind the ball, facing where it is to go; on the spot (facing the target) when there is no ball."""
    ball = _ball_of(a, objects, start)
    if ball is None:
        return acts.facing_end(a, start, objects, rig)
    stand, heading, _aim = kick_stand(a, objects, np.array(start.position, float), ball)
    here = (float(stand[0]), float(stand[1]), float(stand[2]))
    return ChainState(here, heading), here, None


def kick(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """A run-up to behind the ball (a walk), then the kick (``acts.kick``): the leg back, then through."""
    if seg.dest is None or seg.action.item is None:
        return acts.kick(rig, seg, t, phase)
    stand = seg.dest
    walking, arrive = _approach(rig, seg, t, stand, _WALK_SHARE)
    if walking is not None:
        return walking
    kicking = Segment(seg.action.model_copy(update={"start_s": arrive}), ChainState(stand, seg.end.heading),
                      seg.end, seg.dest)
    return _after_walk(rig, seg, stand, arrive, acts.kick(rig, kicking, t, phase), t)


_SOLID_M = 0.3  # a struck ball flies over anything lower than this (a rug, a puddle, a step)
_HIGH_M = 1.5  # and under anything whose underside is above this (a branch, a sign, a lamp's shade)
_BALL_M = 0.12  # the ball's half width: it meets a thing this far before its face
_SHORT_M = 0.15  # and comes to rest this far back from it


def first_in_way(objects: dict[str, SceneObject], start: Vec, land: Vec, skip: set[str | None]
                 ) -> tuple[str, Vec] | None:
    """(the id of the first body or solid thing on the ground line from ``start`` to ``land``, the point where
    the ball comes to rest against its near side) or None when the way is free. A kicked ball does not pass
    through the robot standing in its way: it stops at it (``autark.motion.holding`` lands it there). Things in
    ``skip`` (the ball, the kicker, the target) and things the ball starts inside are not in the way."""
    p0 = np.array([start[0], start[2]], float)
    d = np.array([land[0] - start[0], land[2] - start[2]], float)
    if float(np.hypot(*d)) < 1e-3:
        return None
    best: tuple[float, str] | None = None
    for oid, obj in objects.items():
        if oid in skip or not obj.visible:
            continue
        box = world_bbox(obj)
        if float(box.size[1]) < _SOLID_M or float(box.min[1]) > _HIGH_M:
            continue
        lo = np.array([box.min[0], box.min[2]], float) - _BALL_M
        hi = np.array([box.max[0], box.max[2]], float) + _BALL_M
        if np.all(p0 > lo) and np.all(p0 < hi):
            continue  # it starts in it (a ball in a box, on a table)
        enter, leave = 0.0, 1.0
        for k in range(2):
            if abs(d[k]) < 1e-9:
                if not lo[k] <= p0[k] <= hi[k]:
                    enter, leave = 1.0, 0.0
                continue
            t1, t2 = (lo[k] - p0[k]) / d[k], (hi[k] - p0[k]) / d[k]
            enter, leave = max(enter, min(t1, t2)), min(leave, max(t1, t2))
        if enter < leave and 0.0 < enter < 1.0 and (best is None or enter < best[0]):
            best = (enter, oid)
    if best is None:
        return None
    run = float(np.hypot(*d))
    back = max(best[0] * run - _SHORT_M, 0.0) / run
    rest = np.array([start[0] + (land[0] - start[0]) * back, land[1], start[2] + (land[2] - start[2]) * back])
    return best[1], rest
