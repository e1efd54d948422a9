"""Sleeping and lying where one sleeps: in a bed, on a sofa, and asleep at a desk.

``sleep`` and ``lie`` on their own lie down on the floor (``autark.motion.acts``). With a ``target_object``
that has a mattress or a seat to lie on (a bed, a sofa) the body walks to its side, climbs on and lies along
it on top; asleep while seated (a sit on the chair at a desk came first) the body slumps forward over the
desk, the head down on the folded arms, and stays on its chair.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from autark.assets import library
from autark.motion import acts, reach
from autark.motion.body import idle_body, travel_body
from autark.motion.chain import ChainState, End, Segment
from autark.motion.kinematics import BodyState, RigInfo, Vec, blend_bodies, heading_to
from autark.scene.easing import smoothstep
from autark.scene.geometry import model_matrix
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["bed_top", "rest_end", "sleep", "lie", "BED_SUPPORTS"]

BED_SUPPORTS = ("mattress", "seat")  # what one lies on: a bed's mattress, a sofa's seat
_CLIMB_S = 0.8  # from standing beside the bed to kneeling on it
V = np.array


def bed_top(objects: dict[str, SceneObject], oid: str | None) -> tuple[Vec, float, float] | None:
    """(world middle of the surface one lies on, the bed's own heading, the surface's length) of a bed or a
    sofa, or None when ``oid`` is nothing to lie on."""
    obj = objects.get(oid or "")
    if obj is None:
        return None
    try:
        supports = library.get(obj.type).supports
    except KeyError:
        return None
    # a hospital bed's mattress is its "top" (a table's top is no place to lie)
    surf = next((s for s in supports if s.name in BED_SUPPORTS or (s.name == "top" and "bed" in obj.type)), None)
    if surf is None:
        return None
    m = model_matrix(obj.transform)
    local = np.array([(surf.min_xz[0] + surf.max_xz[0]) / 2, surf.height, (surf.min_xz[1] + surf.max_xz[1]) / 2, 1])
    across, along = surf.max_xz[0] - surf.min_xz[0], surf.max_xz[1] - surf.min_xz[1]
    heading = float(obj.transform.rotation[1]) + (0.0 if along >= across else 90.0)
    return (m @ local)[:3], heading, max(along, across) * float(obj.transform.scale[0])


@cache
def _body_axis(asset_type: str, sleeping: bool) -> float:
    """The heading (degrees, body-local) along which a lying body's feet-to-head line points."""
    from autark.assets import rig as rigs
    from autark.motion.kinematics import rig_info

    rig = rig_info(asset_type)
    if rig is None or "head" not in rig.bones:
        return 0.0
    pose, _drop = (acts._sleeping_pose if sleeping else acts._lying_pose)(rig, 0.0)
    pose = {k: tuple(float(c) for c in v) for k, v in pose.items() if k in rig.bones}
    head = rigs.bone_world_position(asset_type, pose, "head")
    root = rigs.bone_world_position(asset_type, pose, "root")
    return math.degrees(math.atan2(float(head[0] - root[0]), float(head[2] - root[2])))


def rest_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Lying in a bed ends on the bed (getting up beside it), asleep on a chair on the chair; on the floor
    where it began."""
    if start.seat is not None and (a.kind == "sleep" or rig is None or not rig.has_legs):
        return ChainState(start.position, start.heading, start.seat), None, None
    bed = bed_top(objects, a.target_object)
    if bed is None:
        return ChainState(start.position, start.heading), None, None
    top, heading, _length = bed
    side = _beside(start, top, heading)
    return ChainState(side, start.heading), (float(top[0]), float(top[1]), float(top[2])), None


def _beside(start: ChainState, top: Vec, heading: float) -> tuple[float, float, float]:
    """The floor point at the bed's long side nearer to where the body comes from."""
    h = math.radians(heading)
    across = np.array([math.cos(h), 0.0, -math.sin(h)])
    d = np.array(start.position) - top
    sign = 1.0 if float(d @ across) >= 0 else -1.0
    p = top + across * sign * 0.75
    return (float(p[0]), float(start.position[1]), float(p[2]))


def _slumped(rig: RigInfo, seg: Segment, t: float, phase: float) -> BodyState:
    """Asleep on the chair: bent forward over the desk, the head down on the folded arms, breathing slowly."""
    local, duration, _u = acts.local_time(seg, t)
    w = smoothstep(min(local / min(1.5, 0.4 * duration), 1.0))
    body = idle_body(rig, seg.start, t, phase)
    breath = math.sin(2 * math.pi * 0.18 * t + phase)
    k = reach.size_of(rig)
    pose = dict(body.pose)
    pose["spine"] = pose.get("spine", np.zeros(3)) * (1 - w) + V([48.0 + 1.5 * breath, 0.0, 0.0]) * w
    pose["neck"] = pose.get("neck", np.zeros(3)) * (1 - w) + V([35.0, 0.0, -12.0]) * w
    if "jaw" in rig.bones:
        pose["jaw"] = V([4.0 * w, 0.0, 0.0])
    arms = reach.arms_to(rig, pose, reach.chest_point(rig, pose, forward=0.3 * k, up=-0.05 * k) + V([0.12 * k, 0, 0]),
                         reach.chest_point(rig, pose, forward=0.3 * k, up=-0.05 * k) - V([0.12 * k, 0, 0]))
    for bone, angle in arms.items():
        if bone.startswith(("upper_arm", "lower_arm", "hand")):
            pose[bone] = pose.get(bone, np.zeros(3)) * (1 - w) + angle * w
    body.pose = pose
    return body


def _in_bed(rig: RigInfo, seg: Segment, t: float, phase: float, sleeping: bool) -> BodyState:
    """Walk to the bed's side, climb on and lie down along it."""
    a = seg.action
    side = np.array(seg.end.position, float)
    assert seg.dest is not None
    top = np.array(seg.dest, float)
    start = np.array(seg.start.position, float)
    dist = float(np.hypot(*(side - start)[[0, 2]]))
    walk = min(dist / 1.2, 0.45 * (a.end_s - a.start_s)) if dist > 0.05 else 0.0
    local = t - a.start_s
    if local < walk:
        sub = Segment(a.model_copy(update={"kind": "walk", "end_s": a.start_s + walk}), seg.start,
                      ChainState(tuple(side.tolist()), seg.start.heading), tuple(side.tolist()))
        return travel_body(rig, sub, t)
    bed_heading = float(heading_to(side, top, seg.start.heading))  # facing the bed from its side
    axis = _body_axis(rig.asset_type, sleeping)
    along = _along(seg)
    heading = along - axis
    down = Segment(a.model_copy(update={"start_s": a.start_s + walk}), ChainState(tuple(top.tolist()), heading),
                   ChainState(tuple(top.tolist()), heading), None)
    lying = acts.sleep(rig, down, t, phase) if sleeping else acts.lie(rig, down, t, phase)
    lying.position = np.array([top[0], side[1], top[2]])
    lying.lift = lying.lift + np.array([0.0, float(top[1] - side[1]), 0.0])
    climb = smoothstep(min((local - walk) / _CLIMB_S, 1.0))
    if climb >= 1.0:
        return lying
    beside = idle_body(rig, ChainState(tuple(side.tolist()), bed_heading), t, phase)
    return blend_bodies(beside, lying, climb)


def _along(seg: Segment) -> float:
    """The bed's long axis as a heading, from its side point toward its middle turned a quarter."""
    assert seg.dest is not None
    side, top = np.array(seg.end.position), np.array(seg.dest)
    return float(heading_to(side, top, 0.0)) + 90.0


def _rest(rig: RigInfo | None, seg: Segment, t: float, phase: float, sleeping: bool) -> BodyState:
    if rig is not None and rig.has_legs and seg.start.seat is not None and sleeping:
        return _slumped(rig, seg, t, phase)
    if (rig is None or not rig.has_legs) and seg.start.seat is not None:  # an animal asleep up on the roof
        up = Segment(seg.action, ChainState(seg.start.seat.hip, seg.start.heading), seg.end, seg.dest)
        return acts.sleep(rig, up, t, phase) if sleeping else acts.lie(rig, up, t, phase)
    if rig is not None and rig.has_legs and seg.dest is not None:
        return _in_bed(rig, seg, t, phase, sleeping)
    return acts.sleep(rig, seg, t, phase) if sleeping else acts.lie(rig, seg, t, phase)


def sleep(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _rest(rig, seg, t, phase, True)


def lie(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _rest(rig, seg, t, phase, False)

