"""Down a slope: sledging, skiing, sliding down a hill or a playground slide, on its surface, ending at its foot.

``skills.slide`` glides a body a few metres across flat ground, so "the kids sledge down the hill" was a glide
on the meadow. A slope (``assets.catalog.slopes``: a grassy hill, a snowy one; or a playground slide) has a run
down it; here:

* ``top_end`` is where a climb of a slope ends (``motion.climbing``): up its back to the top of its run (up the
  ladder onto a playground slide's deck), facing down the run, each climber in a lane of its own
  (``_LANE_M`` apart, by its place among the set's bodies), so a family of three sledges down side by side;
* ``slide_end`` takes a slide of a slope from where the body is (the top, after that climb) down the run to a
  little past its foot;
* ``slide`` plays it on the surface (``surface_y``): the feet on the snow all the way down, gathering speed; a
  person sits as on a sled (knees up, hands forward), or crouches on skis where the set has skis or a
  snowboard; an animal glides low (a penguin on its belly).

A slide of anything else is ``skills.slide`` as before.
"""

from __future__ import annotations

import math
import zlib

import numpy as np

from autark.assets.slope_shape import SLOPE_KINDS, run_ends, surface_y
from autark.motion import approach, skills
from autark.motion.acts import local_time, standing
from autark.motion.body import _seated
from autark.motion.chain import ChainState, End, Seat, Segment
from autark.motion.kinematics import BodyState, RigInfo, heading_to, rest_feet
from autark.scene.geometry import model_matrix
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["is_slope", "top_end", "slide_end", "slide", "surface_at"]

V = np.array
_LANE_M = 0.9  # side by side down a hill
_PAST_FOOT_M = 1.2  # a slide runs out this far past the slope's foot
_SLIDE_CHUTE = ((0.0, 1.5, -0.85), (0.0, 0.22, 1.5))  # a playground slide's deck and the chute's end (local)
_SLED_SEAT_M = 0.22  # a sledger's hips over the snow
_SKIS = frozenset({"skis", "snowboard"})
_SPEEDING_UP = 1.5  # the way gone is the time's share to this power: slow at the top, fast at the foot
_CHUTE_M = 4.0  # a run shorter than this is a playground slide's straight chute, not a hill's curve


def is_slope(obj: SceneObject | None) -> bool:
    return obj is not None and (obj.type in SLOPE_KINDS or obj.type == "playground_slide")


def _world(obj: SceneObject, local: tuple[float, float, float]) -> np.ndarray:
    return (model_matrix(obj.transform) @ V([*local, 1.0]))[:3]


def _lane(body_id: str, objects: dict[str, SceneObject]) -> float:
    """Across the run: the middle, then either side, by the body's place among the set's bodies (two of a family
    of three sledged down one lane, one inside the other, when the lane came from the id alone)."""
    from autark.motion.kinematics import rig_info

    bodies = sorted(oid for oid, o in objects.items() if rig_info(o.type) is not None)
    k = bodies.index(body_id) if body_id in bodies else zlib.crc32(body_id.encode())
    return _LANE_M * (0, 1, -1)[k % 3]


def _run(obj: SceneObject, body_id: str, objects: dict[str, SceneObject]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """World points of the climb's foot, the run's top and the slide's end for the body ``body_id``."""
    if obj.type == "playground_slide":
        (tx, ty, tz), (ex, ey, ez) = _SLIDE_CHUTE
        return _world(obj, (0.0, 0.0, -2.0)), _world(obj, (tx, ty, tz)), _world(obj, (ex, 0.0, ez + _PAST_FOOT_M))
    back, top, foot = run_ends()
    lane = _lane(body_id, objects)
    return (_world(obj, (back - 0.4, 0.0, lane)), _world(obj, (top, surface_y(top, lane), lane)),
            _world(obj, (foot + _PAST_FOOT_M, 0.0, lane)))


def surface_at(obj: SceneObject, point: np.ndarray) -> float:
    """The world height of the slope's surface under ``point`` (the ground's, 0, off it)."""
    local = np.linalg.inv(model_matrix(obj.transform)) @ V([point[0], 0.0, point[2], 1.0])
    if obj.type == "playground_slide":
        (_, y0, z0), (_, y1, z1) = _SLIDE_CHUTE
        if abs(local[0]) > 0.35 or not z0 <= local[2] <= z1:
            return float(obj.transform.position[1])
        u = (local[2] - z0) / (z1 - z0)
        return float(obj.transform.position[1] + (y0 + (y1 - y0) * u) * obj.transform.scale[1])
    return float(obj.transform.position[1] + surface_y(float(local[0]), float(local[2])) * obj.transform.scale[1])


def top_end(a: Action, start: ChainState, obj: SceneObject, objects: dict[str, SceneObject]) -> End:
    """A climb of a slope: to the foot of its back, up it to the top of its run, facing down the run."""
    foot, top, end = _run(obj, a.object_id, objects)
    heading = heading_to(top, end, start.heading)
    return ChainState(tuple(float(v) for v in top), heading), tuple(float(v) for v in foot), None


def slide_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Down the slope named from where the body is, to a little past its foot; a sitter's seat (no skis in the
    set) is the Segment's seat. Anything else: ``approach.ahead_end(3.0)``."""
    obj = objects.get(a.target_object or "")
    if not is_slope(obj):
        return approach.ahead_end(3.0)(a, start, objects, rig)
    _foot, top, end = _run(obj, a.object_id, objects)
    heading = heading_to(top, end, start.heading)
    seat = None
    if rig is not None and rig.has_legs and not any(o.type in _SKIS for o in objects.values()):
        seat = Seat((float(end[0]), float(end[1]) + _SLED_SEAT_M, float(end[2])), heading, tuple(float(v) for v in end))
    return ChainState(tuple(float(v) for v in end), heading), tuple(float(v) for v in top), seat


def _slope_of(seg: Segment) -> bool:
    """Whether ``slide_end`` sent this slide down a slope (its destination is the run's top)."""
    return seg.dest is not None and seg.dest != seg.end.position and seg.end.position[1] <= seg.dest[1] - 0.5


def slide(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Down the slope on its surface (see the module's docstring), or ``skills.slide``."""
    if not _slope_of(seg):
        return skills.slide(rig, seg, t, phase)
    local, duration, u = local_time(seg, t)
    p0, p1 = np.array(seg.start.position, float), np.array(seg.end.position, float)
    top = np.array(seg.dest, float)
    pos = p0 + (p1 - p0) * u ** _SPEEDING_UP
    # on the surface: a straight line between the ends cuts through the hill's hump, the surface's height is
    # the run's own (the top's height down to the end's, as the run's profile falls)
    run = float(np.hypot(*(p1 - top)[[0, 2]])) or 1.0
    along = min(max(float(np.hypot(*(pos - top)[[0, 2]])) / run, 0.0), 1.0)
    pos[1] = _height(seg, along)
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)  # an animal glides down low
    wobble = math.sin(2 * math.pi * 1.5 * local + phase)
    if seg.seat is not None:  # on a sled: sitting, knees up, the hands forward on its rope
        hip = (float(pos[0]), float(pos[1]) + _SLED_SEAT_M, float(pos[2]))
        body = _seated(rig, Seat(hip, heading, tuple(pos.tolist())), float(pos[1]), 1.0)
        body.pose["spine"] = V([-8.0 + 3.0 * wobble, 0.0, 0.0])
        body.pose["upper_arm_l"] = body.pose["upper_arm_r"] = V([-55.0, 0.0, 0.0])
        body.pose = {k: v for k, v in body.pose.items() if k in rig.bones}
        return body
    pose = {"spine": V([24.0, 0.0, 4.0 * wobble]), "neck": V([-16.0, 0.0, 0.0]),
            "upper_arm_l": V([-25.0, 0.0, 40.0]), "upper_arm_r": V([-25.0, 0.0, -40.0]),
            "lower_arm_l": V([-30.0, 0.0, 0.0]), "lower_arm_r": V([-30.0, 0.0, 0.0])}
    k = float(rig.leg) if rig.leg else 1.0
    return standing(rig, pos, heading, pose, lift=V([0.0, -1.2 * skills.SLIDE_CROUCH * k, 0.0]),
                    feet=rest_feet(rig, pos, heading))


def _height(seg: Segment, along: float) -> float:
    """The surface's height ``along`` (0 at the run's top, 1 at the slide's end) of a slope's run: a hill's own
    profile (``slopes.surface_y``), or a straight chute's, from the top's height down to the ground."""
    top, end = np.array(seg.dest, float), np.array(seg.end.position, float)
    if float(np.hypot(*(end - top)[[0, 2]])) < _CHUTE_M:
        (_, y0, z0), (_, y1, z1) = _SLIDE_CHUTE
        on_chute = (z1 - z0) / (z1 - z0 + _PAST_FOOT_M)
        share = max(1.0 - along / on_chute, 0.0) * (1.0 - y1 / y0) + y1 / y0 if along < on_chute else 0.0
    else:
        _back, run_top, foot = run_ends()
        x = run_top + (foot + _PAST_FOOT_M - run_top) * along
        share = surface_y(x, 0.0) / max(surface_y(run_top, 0.0), 1e-6)
    return float(end[1] + (top[1] - end[1]) * share)
