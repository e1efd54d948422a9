"""Whole-body acts on the spot: jump, land, fall, lie, sleep, kneel, dance, celebrate, hide, kick, fight.

Each is a movement clip (``autark.motion.clips``): ``play(rig, segment, t, phase)`` gives the ``BodyState``.
Standing acts say where the feet go (the leg IK keeps planted feet planted); acts on the floor (lying,
kneeling, swimming) give the leg angles themselves (``feet=None``) and lower the whole rig with ``lift``.
Every act is built so that its middle reads in a still frame: airborne for a jump, horizontal for a sleeper,
both hands above the head for a celebration. A thing without a rig gets what its transform can show (a jump
is a hop; the rest keep it where it is).
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import reach
from autark.motion.chain import ChainState, End, Segment, object_center
from autark.motion.kinematics import (
    BodyState,
    Foot,
    RigInfo,
    Vec,
    euler_of,
    forward_dir,
    heading_to,
    left_dir,
    rest_feet,
)
from autark.scene.easing import smoothstep
from autark.scene.model import SceneObject
from autark.scene.speeds import JUMP_M
from autark.scene.timeline import Action

__all__ = ["local_time", "standing", "floor_body", "facing_end", "jump", "land", "land_end", "fall", "lie",
           "sleep", "kneel", "dance", "celebrate", "hide", "kick", "fight", "LIE_ROOT"]

V = np.array


def local_time(seg: Segment, t: float) -> tuple[float, float, float]:
    """(seconds into the action, its duration, the share done 0..1)."""
    a = seg.action
    duration = max(a.end_s - a.start_s, 1e-3)
    local = min(max(t - a.start_s, 0.0), duration)
    return local, duration, local / duration


def standing(rig: RigInfo, pos: Vec, heading: float, pose: dict[str, Vec], lift: Vec | None = None,
             feet: dict[str, Foot] | None = None) -> BodyState:
    """A body on its feet at ``pos`` (feet planted where ``feet`` or the rest stance says)."""
    body = BodyState(np.array(pos, float), heading)
    body.feet = feet if feet is not None else rest_feet(rig, body.position, heading)
    body.lift = np.zeros(3) if lift is None else np.asarray(lift, float)
    body.pose = {k: np.asarray(v, float) for k, v in pose.items() if k in rig.bones}
    return body


def floor_body(rig: RigInfo, pos: Vec, heading: float, pose: dict[str, Vec], lift_y: float, lift_x: float = 0.0
               ) -> BodyState:
    """A body whose legs are posed by angle (kneeling, lying, swimming): no foot targets."""
    body = BodyState(np.array(pos, float), heading)
    body.lift = V([lift_x, lift_y, 0.0])
    body.pose = {k: np.asarray(v, float) for k, v in pose.items() if k in rig.bones}
    return body


def facing_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """An act on the spot ends where it started, standing (off any seat), turned to its target when it has
    one (a fighter faces the opponent, a dancer the partner)."""
    heading = start.heading
    goal = None
    if a.target is not None:
        goal = np.array(a.target, float)
    elif a.target_object is not None and a.target_object in objects:
        goal = object_center(objects, a.target_object, f"{a.kind} with it")
    if goal is not None:
        heading = heading_to(np.array(start.position), goal, start.heading)
    return ChainState(start.position, heading), None, None


def _turned(seg: Segment, share: float) -> float:
    """The heading, turning to the end's over the first ``share`` of the act."""
    from autark.motion.kinematics import angle_delta

    h0, h1 = seg.start.heading, seg.end.heading
    return h0 + angle_delta(h0, h1) * share


def _k(rig: RigInfo) -> float:
    return reach.size_of(rig)


# -- in the air --------------------------------------------------------------------------------------------
def jump(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Crouch, take off, up ``JUMP_M`` on a parabola, land and absorb. With a destination it jumps there
    (over a stream, onto a box)."""
    local, duration, u = local_time(seg, t)
    p0 = np.array(seg.start.position, float)
    p1 = np.array(seg.end.position, float)
    air0, air1 = 0.18, 0.82
    a = min(max((u - air0) / (air1 - air0), 0.0), 1.0)
    k = _k(rig) if rig is not None else 1.0
    height = 4.0 * JUMP_M * a * (1.0 - a)  # a ballistic arc, as high as any hop (scene.speeds)
    pos = p0 + (p1 - p0) * smoothstep(a)
    pos[1] += height
    heading = _turned(seg, smoothstep(min(u / air0, 1.0)))
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    # crouch before take-off and after landing; the legs tuck up in the air
    crouch = math.sin(math.pi * min(u / air0, 1.0)) if u < air0 else (
        math.sin(math.pi * min((u - air1) / (1 - air1), 1.0)) if u > air1 else 0.0)
    tuck = math.sin(math.pi * a) if 0.0 < a < 1.0 else 0.0
    lift = V([0.0, -0.22 * k * crouch, 0.0])
    feet = rest_feet(rig, pos, heading)  # the feet ride with the body ...
    for f in feet.values():
        f.pos[1] += 0.18 * k * tuck  # ... and tuck up under it
    arms = -150.0 * tuck + 40.0 * crouch  # swing back in the crouch, up in flight
    pose = {"spine": V([25.0 * crouch + 5.0 * tuck, 0.0, 0.0]), "neck": V([-15.0 * crouch, 0.0, 0.0]),
            "upper_arm_l": V([arms, 0.0, 12.0]), "upper_arm_r": V([arms, 0.0, -12.0]),
            "lower_arm_l": V([-20.0, 0.0, 0.0]), "lower_arm_r": V([-20.0, 0.0, 0.0])}
    return standing(rig, pos, heading, pose, lift, feet)


def land_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """A landing ends on the ground below (y 0), at its target point, or on top of its target object."""
    from autark.scene.geometry import world_bbox

    x, y, z = start.position
    if a.target is not None:
        dest = a.target
    elif a.target_object is not None and a.target_object in objects:
        box = world_bbox(objects[a.target_object])
        c = box.center
        dest = (float(c[0]), float(box.max[1]), float(c[2]))
    else:
        dest = (x, 0.0, z)
    heading = heading_to(np.array(start.position), np.array(dest), start.heading)
    return ChainState(dest, heading), dest, None


def land(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Come down from the air onto the ground, arms out, and absorb the landing in the knees. A body already
    on the ground drops in from a little above it."""
    local, duration, u = local_time(seg, t)
    p1 = np.array(seg.end.position, float)
    p0 = np.array(seg.start.position, float)
    if p0[1] - p1[1] < 0.5:
        p0[1] = p1[1] + 0.8
    touch = 0.65
    d = min(u / touch, 1.0)
    pos = p0 + (p1 - p0) * np.array([smoothstep(d), d * d, smoothstep(d)])  # falling faster as it comes down
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = _k(rig)
    impact = math.sin(math.pi * min(max((u - touch) / (1 - touch), 0.0), 1.0) ** 0.6) if u > touch else 0.0
    feet = rest_feet(rig, pos, heading)
    if u < touch:  # legs reach down for the ground, arms out for balance
        for f in feet.values():
            f.pos[1] += 0.05 * k
        arms = 70.0
    else:
        arms = 70.0 * (1 - impact) + 45.0 * impact
    pose = {"spine": V([30.0 * impact, 0.0, 0.0]), "neck": V([-20.0 * impact, 0.0, 0.0]),
            "upper_arm_l": V([-20.0 * impact, 0.0, arms]), "upper_arm_r": V([-20.0 * impact, 0.0, -arms]),
            "lower_arm_l": V([-25.0, 0.0, 0.0]), "lower_arm_r": V([-25.0, 0.0, 0.0])}
    return standing(rig, pos, heading, pose, V([0.0, -0.3 * k * impact, 0.0]), feet)


# -- on the floor ------------------------------------------------------------------------------------------
# lying on the back across the body's facing: head to its right, face up (columns: where x, y, z go)
LIE_ROOT = euler_of(np.column_stack([V([0.0, 0.0, -1.0]), V([-1.0, 0.0, 0.0]), V([0.0, 1.0, 0.0])]))
_SIDE_ROOT = V([0.0, 0.0, 90.0])  # on the right side, facing the way it faced


def _lerp_pose(a: dict[str, Vec], b: dict[str, Vec], w: float) -> dict[str, Vec]:
    z = np.zeros(3)
    return {k: a.get(k, z) * (1 - w) + b.get(k, z) * w for k in a.keys() | b.keys()}


def _kneel_pose(rig: RigInfo) -> tuple[dict[str, Vec], float]:
    """On one knee (the right), the left foot planted in front: pose and how far the rig is lowered."""
    k = _k(rig)
    drop = (0.06 * k + rig.thigh) - rig.hip_y
    return {"upper_leg_l": V([-85.0, 0.0, 0.0]), "lower_leg_l": V([85.0, 0.0, 0.0]),
            "upper_leg_r": V([8.0, 0.0, 0.0]), "lower_leg_r": V([95.0, 0.0, 0.0]), "foot_r": V([40.0, 0.0, 0.0]),
            "spine": V([8.0, 0.0, 0.0]), "neck": V([12.0, 0.0, 0.0]),
            "upper_arm_l": V([-35.0, 0.0, 6.0]), "lower_arm_l": V([-40.0, 0.0, 0.0]),
            "upper_arm_r": V([-10.0, 0.0, -6.0]), "lower_arm_r": V([-20.0, 0.0, 0.0])}, drop


def _lying_pose(rig: RigInfo, breath: float) -> tuple[dict[str, Vec], float]:
    k = _k(rig)
    pose = {"root": LIE_ROOT, "spine": V([-1.5 * breath, 0.0, 0.0]), "neck": V([-10.0, 0.0, 0.0]),
            "upper_arm_l": V([0.0, 0.0, 20.0]), "upper_arm_r": V([0.0, 0.0, -20.0]),
            "lower_arm_l": V([-30.0, 0.0, 0.0]), "lower_arm_r": V([-30.0, 0.0, 0.0]),
            "upper_leg_l": V([-25.0, 0.0, 0.0]), "lower_leg_l": V([45.0, 0.0, 0.0])}
    return pose, 0.13 * k - rig.pelvis_y


def _sleeping_pose(rig: RigInfo, breath: float) -> tuple[dict[str, Vec], float]:
    """Curled on the right side, knees drawn up, the hands under the head."""
    k = _k(rig)
    pose = {"root": _SIDE_ROOT, "spine": V([12.0 - 2.0 * breath, 0.0, 0.0]), "neck": V([10.0, 0.0, -15.0]),
            "upper_arm_r": V([-100.0, 0.0, -20.0]), "lower_arm_r": V([-120.0, 0.0, 0.0]),
            "upper_arm_l": V([-70.0, 0.0, -10.0]), "lower_arm_l": V([-90.0, 0.0, 0.0]),
            "upper_leg_l": V([-65.0, 0.0, 0.0]), "lower_leg_l": V([90.0, 0.0, 0.0]),
            "upper_leg_r": V([-55.0, 0.0, 0.0]), "lower_leg_r": V([95.0, 0.0, 0.0])}
    return pose, 0.2 * k - rig.pelvis_y


def _lie_down(rig: RigInfo | None, seg: Segment, t: float, phase: float, sleeping: bool) -> BodyState:
    """Kneel, then lie down; stay there, breathing (slower and deeper asleep)."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = seg.start.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    down = min(2.2, 0.45 * duration)
    breath = math.sin(2 * math.pi * (0.18 if sleeping else 0.25) * t + phase)
    kneel_pose, kneel_drop = _kneel_pose(rig)
    end_pose, end_drop = (_sleeping_pose if sleeping else _lying_pose)(rig, breath)
    if local < down / 2:
        w = smoothstep(local / (down / 2))
        return floor_body(rig, pos, heading, _lerp_pose({}, kneel_pose, w), kneel_drop * w)
    w = smoothstep(min((local - down / 2) / (down / 2), 1.0))
    pose = _lerp_pose(kneel_pose, end_pose, w)
    if sleeping and "head" in rig.bones:
        pose["jaw"] = V([4.0, 0.0, 0.0])
    return floor_body(rig, pos, heading, pose, kneel_drop + (end_drop - kneel_drop) * w)


def lie(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _lie_down(rig, seg, t, phase, sleeping=False)


def sleep(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _lie_down(rig, seg, t, phase, sleeping=True)


def kneel(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Go down on one knee and stay there, the head a little bowed."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    if rig is None or not rig.has_legs:
        return BodyState(pos, seg.start.heading)
    w = smoothstep(min(local / min(1.0, 0.4 * duration), 1.0))
    pose, drop = _kneel_pose(rig)
    breath = math.sin(2 * math.pi * 0.25 * t + phase)
    pose = _lerp_pose({}, pose, w)
    pose["spine"] = pose["spine"] + V([-1.2 * breath, 0.0, 0.0])
    return floor_body(rig, pos, seg.start.heading, pose, drop * w)


def fall(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Topple over sideways, arms flung up, faster and faster, and land sprawled on the side."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = seg.start.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = _k(rig)
    topple = min(1.1, 0.6 * duration)
    e = min(local / topple, 1.0) ** 2  # gravity: slow to start, fast at the end
    angle = 92.0 * e
    # tip about the feet (they stay on the ground) and end with the shoulder resting on it
    pivot = V(rig.pivots["root"])
    feet_mid = V([0.0, rig.ankle_y, 0.0])
    r = math.radians(angle)
    rz = np.array([[math.cos(r), -math.sin(r), 0.0], [math.sin(r), math.cos(r), 0.0], [0.0, 0.0, 1.0]])
    lift = feet_mid - (rz @ (feet_mid - pivot) + pivot)
    lift[1] += 0.16 * k * e
    bounce = math.exp(-6.0 * max(local - topple, 0.0)) * math.sin(14.0 * max(local - topple, 0.0))
    fling = math.sin(math.pi * min(e * 1.15, 1.0))
    pose = {"root": V([0.0, 0.0, angle + 3.0 * bounce]), "spine": V([-10.0 * fling, 0.0, -15.0 * fling]),
            "neck": V([-15.0, 0.0, -20.0 * fling]),
            # the arms go up as the body tips and lie loose by it once down: held out from the first moment, a boy
            # about to fall stood straight with an arm out level, a T-pose in the close-up of his "Ouch!"
            "upper_arm_l": V([-30.0 * e, 0.0, 15.0 * e + 120.0 * fling]),
            "upper_arm_r": V([-40.0 * e, 0.0, -10.0 * e - 130.0 * fling]),
            "lower_arm_l": V([-30.0 * min(1.0, e + fling), 0.0, 0.0]),
            "lower_arm_r": V([-20.0 * min(1.0, e + fling), 0.0, 0.0]),
            "upper_leg_l": V([-20.0 * e, 0.0, 12.0 * e]), "lower_leg_l": V([35.0 * e, 0.0, 0.0]),
            "upper_leg_r": V([-5.0 * e, 0.0, 0.0])}
    return floor_body(rig, pos, heading, pose, float(lift[1]), float(lift[0]))


def hide(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Duck down small, arms round the knees, the head tucked in; peek out now and then."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = _k(rig)
    w = smoothstep(min(local / min(0.6, 0.4 * duration), 1.0))
    peek = max(0.0, math.sin(2 * math.pi * 0.25 * local)) ** 4
    pose = {"spine": V([45.0 * w, 0.0, 0.0]), "neck": V([(30.0 - 50.0 * peek) * w, 25.0 * peek * w, 0.0])}
    body = standing(rig, pos, heading, pose, V([0.0, -0.45 * k * w, 0.0]))
    knees = reach.chest_point(rig, {"spine": pose["spine"]}, forward=0.25, up=-0.25 * k)
    arms = reach.arms_to(rig, body.pose, knees + V([0.1 * k, 0.0, 0.0]), knees - V([0.1 * k, 0.0, 0.0]))
    body.pose = _lerp_pose({}, arms, w) | {"spine": pose["spine"], "neck": pose["neck"]}
    return body


# -- lively ------------------------------------------------------------------------------------------------
def dance(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Step-touch to 120 beats a minute: hips sway, knees bounce, one arm up and one out, changing sides every
    two beats."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = _turned(seg, smoothstep(min(u / 0.1, 1.0)))
    beat = 2.0 * local  # beats since the start
    side = math.sin(math.pi * beat / 2)  # -1..1 over two beats: which foot carries the weight
    bounce = abs(math.sin(math.pi * beat))
    if rig is None or not rig.has_legs:
        pos[1] += 0.05 * bounce
        return BodyState(pos, heading + 10.0 * side)
    k = _k(rig)
    lat = left_dir(heading)
    feet = rest_feet(rig, pos, heading)
    for name, sign in (("l", 1.0), ("r", -1.0)):
        out = max(0.0, sign * side)
        feet[name].pos = feet[name].pos + lat * sign * 0.12 * k * out
        feet[name].pos[1] += 0.1 * k * max(0.0, -sign * side) * bounce  # the free foot taps
        feet[name].yaw = heading + sign * 15.0
    up_l, up_r = (140.0, -40.0) if side > 0 else (40.0, -140.0)
    pose = {"root": V([0.0, 12.0 * side, -8.0 * side]), "spine": V([0.0, -10.0 * side, 12.0 * side]),
            "neck": V([6.0 * bounce, 0.0, -8.0 * side]),
            "upper_arm_l": V([-20.0, 0.0, up_l + 15.0 * bounce]), "upper_arm_r": V([-20.0, 0.0, up_r - 15.0 * bounce]),
            "lower_arm_l": V([-50.0, 0.0, 0.0]), "lower_arm_r": V([-50.0, 0.0, 0.0])}
    lift = V([0.05 * k * side, -0.03 * k - 0.06 * k * bounce, 0.0])
    return standing(rig, pos, heading, pose, lift, feet)


def celebrate(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Both fists thrown up in a V and little hops of joy."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = seg.start.heading
    hop = max(0.0, math.sin(2 * math.pi * 1.6 * local)) if 0.15 < u < 0.9 else 0.0
    k = _k(rig) if rig is not None else 1.0
    pos[1] += 0.12 * k * hop
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    pump = math.sin(2 * math.pi * 1.6 * local)
    feet = rest_feet(rig, pos, heading)
    for f in feet.values():
        f.pos[1] += 0.04 * k * hop
    pose = {"spine": V([-8.0, 0.0, 0.0]), "neck": V([-18.0, 0.0, 0.0]),
            "upper_arm_l": V([-10.0, 0.0, 150.0 + 8.0 * pump]), "upper_arm_r": V([-10.0, 0.0, -150.0 - 8.0 * pump]),
            "lower_arm_l": V([-25.0 - 15.0 * pump, 0.0, 0.0]), "lower_arm_r": V([-25.0 - 15.0 * pump, 0.0, 0.0]),
            "jaw": V([14.0, 0.0, 0.0])}
    return standing(rig, pos, heading, pose, V([0.0, -0.02 * k, 0.0]), feet)


def kick(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Swing the right leg back, then kick it forward and up; arms out for balance."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = _k(rig)
    fwd = forward_dir(heading)
    back = math.sin(math.pi * min(u / 0.4, 1.0)) if u < 0.4 else 0.0
    strike = math.sin(math.pi * min(max((u - 0.35) / 0.45, 0.0), 1.0))
    feet = rest_feet(rig, pos, heading)
    feet["r"].pos = feet["r"].pos + fwd * (-0.3 * back + 0.55 * strike) * k + V([0.0, (0.12 * back + 0.45 * strike)
                                                                                  * k, 0.0])
    pose = {"spine": V([-12.0 * strike + 10.0 * back, 10.0 * strike, 0.0]), "neck": V([12.0 * strike, 0.0, 0.0]),
            "upper_arm_l": V([-40.0 * strike, 0.0, 50.0]), "upper_arm_r": V([30.0 * strike, 0.0, -45.0]),
            "lower_arm_l": V([-30.0, 0.0, 0.0]), "lower_arm_r": V([-30.0, 0.0, 0.0])}
    return standing(rig, pos, heading, pose, V([0.02 * k * strike, -0.05 * k, -0.04 * k * strike]), feet)


def fight(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """A fighting stance, fists up by the face; a lunge and a punch every second, left and right in turn.
    With a weapon (``item``) the right hand swings it down from above the head instead."""
    local, duration, u = local_time(seg, t)
    pos = np.array(seg.start.position, float)
    heading = _turned(seg, smoothstep(min(u / 0.15, 1.0)))
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = _k(rig)
    fwd, lat = forward_dir(heading), left_dir(heading)
    n = local * 1.0
    strike = max(0.0, math.sin(2 * math.pi * n)) ** 2
    right = int(n) % 2 == 0
    armed = seg.action.item is not None
    feet = rest_feet(rig, pos, heading)
    feet["l"].pos = feet["l"].pos + fwd * 0.22 * k + lat * 0.04 * k
    feet["r"].pos = feet["r"].pos - fwd * 0.22 * k - lat * 0.04 * k
    feet["l"].yaw, feet["r"].yaw = heading + 10.0, heading + 30.0
    spine = V([12.0 + 6.0 * strike, (-20.0 if right else 15.0) * strike, 0.0])
    pose = {"root": V([0.0, 10.0, 0.0]), "spine": spine, "neck": V([-10.0, -spine[1] * 0.6, 0.0])}
    guard_l = reach.chest_point(rig, pose, forward=0.32 * k, up=0.22 * k) + V([0.1 * k, 0.0, 0.0])
    guard_r = reach.chest_point(rig, pose, forward=0.28 * k, up=0.18 * k) - V([0.12 * k, 0.0, 0.0])
    punch = reach.chest_point(rig, pose, forward=0.7 * k, up=0.2 * k)
    if armed:
        overhead = reach.chest_point(rig, pose, forward=0.15 * k, up=0.75 * k) - V([0.15 * k, 0.0, 0.0])
        low = reach.chest_point(rig, pose, forward=0.6 * k, up=-0.1 * k)
        target_r = overhead + (low - overhead) * strike
        target_l = guard_l
    else:
        target_l = guard_l + (punch - guard_l) * (0.0 if right else strike)
        target_r = guard_r + (punch - guard_r) * (strike if right else 0.0)
    body = standing(rig, pos + fwd * 0.1 * k * strike, heading, pose, V([0.0, -0.08 * k, 0.0]), feet)
    body.pose = reach.arms_to(rig, body.pose, target_l, target_r)
    body.pose["jaw"] = V([6.0 * strike, 0.0, 0.0])
    body.pose = {kk: v for kk, v in body.pose.items() if kk in rig.bones}
    return body
