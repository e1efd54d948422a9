"""A climb that ends at the top of what is climbed, not a metre up its side.

``approach.climb_end`` stopped a climber with the head under a tree's crown (at most 1.1 m up; an adult under a
crown 2 m up rose 0.3 m) and a metre and a half up anything else, so "a firefighter climbs a tree for a kitten"
never had him up the tree while he said "I made it to the top!". Here the climb walks to the foot of the thing
as before (``approach.climb_end``: the trunk's bark, the ladder's face, the wall's side) and then goes up to
where one is at its top:

* up a tree whose crown is at least ``_TRUNK_UP_M`` above the climber's head (a palm, a tall pine for a cat):
  up the trunk until the head is among its lowest leaves (a palm's fronds hide little);
* up a tree with a lower crown (an oak for a firefighter, whose crown starts 2 m up): at the rim of the crown,
  on the side one comes from, up to a branch at its front, where a cat stuck in a tree sits
  (``perches.seat_on``); the body rises facing the tree with the hands in the leaves (up the trunk, an adult's
  head and chest were in the crown from the first step, seen by no camera), then turns and sits there, the legs
  hanging (its end state is a seat, so it stays up there until it climbs down or walks);
* up a ladder or a pole (thin and tall): the feet on its top rungs, ``_LADDER_HANDS_M`` under its top, facing
  it;
* onto anything else no taller than ``_ON_TOP_MAX_M`` (stairs, a wall, a roof, a rock, a tower): standing on
  its top, in its middle, facing the way one came;
* up a thing taller than that (a mountain far off): up its near side to ``_FACE_M``;
* up a slope (a hill, a playground slide): to the top of its run, facing down it (``motion.sliding``).

The climbing pose itself is ``approach.climb``'s (hand over hand, knees up in turn), played from the foot to
the top.
"""

from __future__ import annotations

import numpy as np

from autark.motion import approach, sliding
from autark.motion.chain import ChainState, End, Seat, Segment
from autark.motion.kinematics import BodyState, RigInfo, heading_to
from autark.motion.perches import category_of, crown_bottom, seat_on
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["climb_end", "climb", "top_of"]

_THIN_M = 0.6  # a thing this narrow both ways is a ladder, a pole, a rope: climbed up its face, not stood on
_LADDER_HANDS_M = 0.6  # the feet this far under a ladder's top: on its top rungs, the hands on its ends
_ON_TOP_MAX_M = 10.0  # taller than this (a mountain in the distance) one climbs its face, not onto its top
_FACE_M = 3.0  # how far up the face of such a thing a climb goes
_TRUNK_UP_M = 2.0  # a crown this far above a climber's head is climbed to up the trunk (a palm, a tall pine)


def _tree(obj: SceneObject) -> float | None:
    """The crown's bottom of a tree climbed (a nature thing with a crown over 2 m tall), else None."""
    if category_of(obj.type) != "nature" or float(world_bbox(obj).size[1]) <= 2.0:
        return None
    return crown_bottom(obj)


def top_of(obj: SceneObject) -> float:
    """The height a climb of ``obj`` ends at, for the feet of one standing there (a tree: its crown's bottom,
    where its branches are)."""
    box = world_bbox(obj)
    crown = _tree(obj)
    if crown is not None:
        return crown
    height = float(box.max[1])
    if max(float(box.size[0]), float(box.size[2])) < _THIN_M:
        return max(height - _LADDER_HANDS_M, 0.5 * height)
    return height if height <= _ON_TOP_MAX_M else min(height, _FACE_M)


def _pelvis(rig: RigInfo | None) -> float:
    return float(rig.pelvis_y) if rig is not None and rig.has_legs else 0.0


def _body_height(climber: SceneObject | None) -> float:
    if climber is None:
        return 1.0
    return float(climber.bounds_max[1] - climber.bounds_min[1]) * float(climber.transform.scale[1])


def climb_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """At the top of the target object (see the module's docstring); ``approach.climb_end`` on the spot when
    it names none. The destination is the foot of the climb."""
    low, foot, _seat = approach.climb_end(a, start, objects, rig)
    obj = objects.get(a.target_object or "")
    if obj is None or foot is None:
        return low, foot, _seat
    if sliding.is_slope(obj):  # up a hill's back, up a playground slide's ladder: to the top of the run
        return sliding.top_end(a, start, obj, objects)
    box = world_bbox(obj)
    c = np.array(box.center, float)
    ground = float(box.min[1])  # the floor under it: a second climb from its top stays there (it had gone on up)
    crown = _tree(obj)
    if crown is not None:
        body = _body_height(objects.get(a.object_id))
        under = crown - 0.6 * body  # up among its lowest leaves, the head and the shoulders in sight
        if crown - body - ground >= _TRUNK_UP_M:  # a crown high above the climber: up the trunk to it
            return ChainState((foot[0], under, foot[2]), low.heading), foot, None
        hip, heading = seat_on(obj, rig, start.position)
        # its feet up there too (not on the ground below): what it does next (takes the cat sitting there, looks
        # about) it does up in the tree, and a landing brings it down (on the ground, it had dropped 1.7 m at once)
        up = (hip[0], hip[1] - _pelvis(rig), hip[2])
        seat = Seat(hip, heading, up)
        return ChainState(up, heading, seat), (hip[0], ground, hip[2]), seat
    top = top_of(obj)
    height = float(box.max[1])
    if max(float(box.size[0]), float(box.size[2])) < _THIN_M or height > _ON_TOP_MAX_M:
        return ChainState((foot[0], top, foot[2]), low.heading), foot, None
    heading = heading_to(np.array(foot, float), c, low.heading)  # on top, facing on the way one came
    return ChainState((float(c[0]), top, float(c[2])), heading), foot, None


def climb(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """``approach.climb`` from the foot of the thing to its top; up a tree with a low crown, up the rim of its
    crown, facing the tree, to under the branch it then sits on (the seat)."""
    if seg.seat is None or seg.dest is None:
        return approach.climb(rig, seg, t, phase)
    hip = np.array(seg.seat.hip, float)
    up = (float(hip[0]), float(hip[1]) - _pelvis(rig), float(hip[2]))
    facing = (seg.seat.heading + 180.0) % 360.0  # the seat faces out of the tree; the climber faces into it
    return approach.climb(rig, Segment(seg.action, seg.start, ChainState(up, facing), seg.dest), t, phase)
