"""The movement layer's everyday bodies: idling (breathing, shifting weight, looking about), walking and
running on planned footsteps, turning on the spot, and sitting down on a seat.

``autark.motion.clips`` plays them by action kind; the acts that build on them (``acts``, ``approach``) call
them directly, so they live below both.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion.chain import ChainState, Seat, Segment, seated_ankle_offset
from autark.motion.footsteps import turn_plan, walk_plan
from autark.motion.kinematics import (
    BLEND_S,
    BodyState,
    RigInfo,
    Vec,
    angle_delta,
    blend_bodies,
    forward_dir,
    heading_to,
    left_dir,
    rest_feet,
    unit,
)
from autark.scene.easing import ramp_profile, smoothstep
from autark.scene.speeds import WALK_M_S
from autark.scene.timeline import Action

__all__ = ["idle_body", "turn_body", "hip_height", "travel_body", "sit_body", "footfalls"]

_LEG_REACH = 0.985  # share of the full leg length the IK may use: a dead-straight knee looks locked


def idle_body(rig: RigInfo | None, state: ChainState, t: float, phase: float) -> BodyState:
    pos = np.array(state.position, float)
    if state.seat is not None and not (rig is not None and rig.has_legs):
        pos = np.array(state.seat.hip, float)  # an animal stays up on the roof or the branch it got onto
    if state.seat is not None and rig is not None and rig.has_legs:
        body = _seated(rig, state.seat, pos[1], 1.0)
    else:
        body = BodyState(pos, state.heading)
        if rig is not None and rig.has_legs:
            body.feet = rest_feet(rig, pos, state.heading)
            # soft knees, and the weight shifting from foot to foot: the hips slide over the planted feet and
            # drop on the unweighted side (a still figure reads as a frozen picture within a few seconds)
            shift = math.sin(2 * math.pi * 0.16 * t + phase) + 0.4 * math.sin(2 * math.pi * 0.41 * t + 3 * phase)
            body.lift = np.array([0.02 * shift, -0.014 - 0.004 * abs(shift), 0.0])
            body.pose = {"upper_arm_l": np.array([0.0, 0.0, 4.0]), "upper_arm_r": np.array([0.0, 0.0, -4.0]),
                         "lower_arm_l": np.array([-6.0, 0.0, 0.0]), "lower_arm_r": np.array([-6.0, 0.0, 0.0]),
                         "root": np.array([0.0, 0.0, -2.0 * shift]), "spine": np.array([0.0, 0.0, 2.5 * shift])}
    if rig is not None:
        breath = math.sin(2 * math.pi * 0.25 * t + phase)  # 15 breaths a minute
        # the head looks about now and then: two slow turns that rarely line up, and a glance up or down
        look = (5.0 * math.sin(2 * math.pi * 0.13 * t + 2 * phase)
                + 3.0 * math.sin(2 * math.pi * 0.37 * t + 5 * phase) ** 3)
        glance = 2.5 * math.sin(2 * math.pi * 0.21 * t + 4 * phase)
        swing = 2.0 * math.sin(2 * math.pi * 0.19 * t + phase)
        pose = dict(body.pose)
        pose["spine"] = pose.get("spine", np.zeros(3)) + np.array([-1.6 * breath, 0.0, 0.0])
        pose["neck"] = pose.get("neck", np.zeros(3)) + np.array([0.8 * breath + glance, look, 0.0])
        pose["upper_arm_l"] = pose.get("upper_arm_l", np.zeros(3)) + np.array([swing, 0.0, 1.2 * breath])
        pose["upper_arm_r"] = pose.get("upper_arm_r", np.zeros(3)) + np.array([-swing, 0.0, -1.2 * breath])
        body.pose = {k: v for k, v in pose.items() if k in rig.bones}
    return body


def turn_body(rig: RigInfo | None, pos: Vec, h0: float, h1: float, e: float) -> BodyState:
    heading = h0 + angle_delta(h0, h1) * e
    body = BodyState(pos.copy(), heading)
    if rig is not None and rig.has_legs:
        plan = turn_plan(rig.asset_type, tuple(float(c) for c in pos), float(h0), float(h1))
        body.feet = {f: plan.foot(f, e) for f in ("l", "r")}
        body.lift = np.array([0.0, -0.015 - 0.01 * math.sin(math.pi * e), 0.0])
        body.pose = {"upper_arm_l": np.array([0.0, 0.0, 4.0]), "upper_arm_r": np.array([0.0, 0.0, -4.0])}
    return body


def _walk_turn_time(delta: float, duration: float) -> float:
    """A walk that sets off in a very different direction first turns on the spot."""
    if abs(delta) <= 45.0:
        return 0.0
    return min(0.35 * duration, 0.3 + abs(delta) / 300.0)


def hip_height(rig: RigInfo, body: BodyState) -> float:
    """The highest the hip joints can be (world y) with both feet where they are and the legs a touch bent."""
    assert body.feet is not None
    side = left_dir(body.heading)
    reach = _LEG_REACH * rig.leg
    best = math.inf
    for foot, sign in (("l", 1.0), ("r", -1.0)):
        f = body.feet[foot].pos
        hip = body.position + sign * side * rig.half_width
        rho2 = (f[0] - hip[0]) ** 2 + (f[2] - hip[2]) ** 2
        best = min(best, f[1] + math.sqrt(max(reach * reach - rho2, 0.0)))
    return best


def travel_body(rig: RigInfo | None, seg: Segment, t: float) -> BodyState:
    """walk / run / drive / fly, and walks for things without legs (they glide)."""
    a = seg.action
    duration = max(a.end_s - a.start_s, 1e-3)
    p0 = np.array(seg.start.position, float)
    p1 = np.array(seg.dest, float)  # type: ignore[arg-type]
    h0, h1 = seg.start.heading, seg.end.heading
    legs = rig is not None and rig.has_legs and a.kind in ("walk", "run")
    local_t = min(max(t - a.start_s, 0.0), duration)
    if not legs:
        u = local_t / duration
        share = ramp_profile(u, min(0.3, 0.8 / duration))
        pos = p0 + (p1 - p0) * share
        if a.kind == "fly":  # floating things bob gently, but arrive exactly
            pos[1] += 0.04 * math.sin(2 * math.pi * 0.6 * local_t) * math.sin(math.pi * u)
        heading = h0 + angle_delta(h0, h1) * smoothstep(min(u / 0.15, 1.0))
        return BodyState(pos, heading)
    assert rig is not None
    delta = angle_delta(h0, h1)
    turn_time = _walk_turn_time(delta, duration)
    if local_t < turn_time:
        return turn_body(rig, p0, h0, h1, smoothstep(local_t / turn_time))
    body = _gait(rig, seg, local_t, turn_time)
    if turn_time > 0 and local_t - turn_time < BLEND_S:  # hand over from turning on the spot to walking
        turned = turn_body(rig, p0, h0, h1, 1.0)
        return blend_bodies(turned, body, smoothstep((local_t - turn_time) / BLEND_S))
    return body


def footfalls(rig: RigInfo | None, seg: Segment) -> list[float]:
    """The times a walk's or a run's feet touch down (each footprint of its plan, as :func:`_gait` follows it):
    what ``autark.audio.foley_cues`` hears as footsteps. None for a body without legs or another act."""
    a = seg.action
    if rig is None or not rig.has_legs or a.kind not in ("walk", "run") or seg.dest is None:
        return []
    duration = max(a.end_s - a.start_s, 1e-3)
    p0, p1 = np.array(seg.start.position, float), np.array(seg.dest, float)
    h0, h1 = seg.start.heading, seg.end.heading
    turn_time = _walk_turn_time(angle_delta(h0, h1), duration)
    walk_time = duration - turn_time
    dist_total = float(np.hypot(*(p1 - p0)[[0, 2]]))
    if dist_total < 0.02 or walk_time <= 0.0:
        return []
    run = a.kind == "run"
    plan, dist, _ = walk_plan(rig.asset_type, tuple(p0.tolist()), tuple(p1.tolist()),
                              float(h1 if turn_time > 0 else h0), float(h1), round(dist_total / walk_time, 3), run)
    ramp = min(0.3, (0.8 if run else 0.5) / walk_time)
    u = np.linspace(0.0, 1.0, 401)
    covered = dist * np.array([ramp_profile(float(x), ramp) for x in u])  # how far the body is at each moment
    lands = sorted(st.land for steps in plan.steps.values() for st in steps)
    return [a.start_s + turn_time + float(np.interp(q, covered, u)) * walk_time for q in lands]


def _gait(rig: RigInfo, seg: Segment, local_t: float, turn_time: float) -> BodyState:
    """Walking or running along the straight path, ``local_t`` seconds into the action."""
    a = seg.action
    duration = max(a.end_s - a.start_s, 1e-3)
    p0 = np.array(seg.start.position, float)
    p1 = np.array(seg.dest, float)  # type: ignore[arg-type]
    h0, h1 = seg.start.heading, seg.end.heading
    run = a.kind == "run"
    h_start = h1 if turn_time > 0 else h0
    walk_time = duration - turn_time
    dist_total = float(np.hypot(*(p1 - p0)[[0, 2]]))
    if dist_total < 0.02:
        return idle_body(rig, ChainState(tuple(p0.tolist()), h1), a.start_s + local_t, 0.0)  # type: ignore[arg-type]
    speed = dist_total / walk_time
    plan, dist, step = walk_plan(rig.asset_type, tuple(p0.tolist()), tuple(p1.tolist()), float(h_start),
                                  float(h1), round(speed, 3), run)
    u = (local_t - turn_time) / walk_time
    d = dist * ramp_profile(u, min(0.3, (0.8 if run else 0.5) / walk_time))
    direction = unit(np.array([p1[0] - p0[0], 0.0, p1[2] - p0[2]]))
    turn_len = max(min(step, dist / 2), 1e-6)
    heading = h_start + angle_delta(h_start, h1) * smoothstep(d / turn_len)
    body = BodyState(p0 + direction * d, heading)
    body.feet = {f: plan.foot(f, d) for f in ("l", "r")}
    hip_world = hip_height(rig, body)
    body.lift = np.array([0.0, min(hip_world - (p0[1] + rig.hip_y), 0.0), 0.0])
    # arms swing with the opposite leg: read the legs' phase off where the feet actually are
    fwd = forward_dir(heading)
    reach = max((0.35 if run else 0.58) * step, 1e-6)
    x_l = float((body.feet["l"].pos - body.position) @ fwd) / reach
    x_r = float((body.feet["r"].pos - body.position) @ fwd) / reach
    swing = 40.0 if run else 22.0
    elbow = -75.0 if run else -12.0
    lean = 9.0 if run else 3.0
    clamp = lambda x: max(-1.2, min(1.2, x))  # noqa: E731
    body.pose = {
        "upper_arm_l": np.array([-swing * clamp(x_r), 0.0, 5.0]),
        "upper_arm_r": np.array([-swing * clamp(x_l), 0.0, -5.0]),
        "lower_arm_l": np.array([elbow - 10.0 * max(clamp(x_r), 0.0), 0.0, 0.0]),
        "lower_arm_r": np.array([elbow - 10.0 * max(clamp(x_l), 0.0), 0.0, 0.0]),
        "spine": np.array([lean, 4.0 * (clamp(x_l) - clamp(x_r)) / 2, 0.0]),
        "root": np.array([0.0, -3.0 * (clamp(x_l) - clamp(x_r)) / 2, 0.0]),
        "neck": np.array([-lean * 0.7, 0.0, 0.0]),  # keep the eyes level
    }
    body.pose = {k: v for k, v in body.pose.items() if k in rig.bones}
    return body


def _seated(rig: RigInfo, seat: Seat, ground_y: float, e: float) -> BodyState:
    """Lowering from standing at the seat's stand point (e=0) to sitting on it (e=1), feet planted."""
    stand = np.array(seat.stand, float)
    stand[1] = ground_y
    hip = np.array(seat.hip, float)
    seated_pos = np.array([hip[0], ground_y, hip[2]])
    body = BodyState(stand + (seated_pos - stand) * e, seat.heading)
    drop = (hip[1] - ground_y) - rig.hip_y
    fwd_off, down = seated_ankle_offset(rig, hip[1] - ground_y)
    # seated ankles: forward of the hips and ``down`` below them; on the floor unless the seat is too high
    seated_feet = rest_feet(rig, seated_pos + forward_dir(seat.heading) * fwd_off, seat.heading)
    standing_feet = rest_feet(rig, stand, seat.heading)
    for name, foot in seated_feet.items():
        foot.pos[1] = hip[1] - down
        foot.pos = standing_feet[name].pos + (foot.pos - standing_feet[name].pos) * e
    body.feet = seated_feet
    body.lift = np.array([0.0, drop * e, 0.0])
    lean = 28.0 * math.sin(math.pi * min(e, 1.0)) + 4.0 * e  # lean forward to get the weight over the feet
    body.pose = {
        "spine": np.array([lean, 0.0, 0.0]),
        "neck": np.array([-lean * 0.5, 0.0, 0.0]),
        "upper_arm_l": np.array([-30.0 * e, 0.0, 6.0]),
        "upper_arm_r": np.array([-30.0 * e, 0.0, -6.0]),
        "lower_arm_l": np.array([-45.0 * e, 0.0, 0.0]),
        "lower_arm_r": np.array([-45.0 * e, 0.0, 0.0]),
    }
    body.pose = {k: v for k, v in body.pose.items() if k in rig.bones}
    return body


def _sit_times(rig: RigInfo | None, seg: Segment) -> tuple[float, float, float]:
    """(walk, turn, sit-down) durations of a sit action; squeezed together when the action is short."""
    a = seg.action
    duration = max(a.end_s - a.start_s, 1e-3)
    stand = np.array(seg.end.position)
    dist = float(np.hypot(*(stand - np.array(seg.start.position))[[0, 2]]))
    walk = dist / WALK_M_S if dist > 0.05 else 0.0  # how fast someone walks to a chair
    walk_heading = heading_to(np.array(seg.start.position), stand, seg.start.heading) if walk else seg.start.heading
    walk += _walk_turn_time(angle_delta(seg.start.heading, walk_heading), max(walk * 1.5, 1e-3)) if walk else 0.0
    turn_delta = abs(angle_delta(walk_heading, seg.end.heading))
    turn = 0.25 + turn_delta / 200.0 if turn_delta > 5.0 else 0.0
    down = 1.2
    total = walk + turn + down
    if total > duration:
        k = duration / total
        walk, turn, down = walk * k, turn * k, down * k
    return walk, turn, down


_PERCH_UP_M = 0.5  # a seat this high above the ground is leapt up to ...
_PERCH_LEAP_S = 1.0  # ... this quickly by something without legs (an animal)


def sit_body(rig: RigInfo | None, seg: Segment, t: float) -> BodyState:
    assert seg.seat is not None
    seat = seg.seat
    a = seg.action
    walk, turn, down = _sit_times(rig, seg)
    local = t - a.start_s
    start = np.array(seg.start.position, float)
    stand = np.array(seg.end.position, float)
    walk_heading = heading_to(start, stand, seg.start.heading) if walk > 0 else seg.start.heading
    if rig is None or not rig.has_legs:  # something without legs just moves onto the seat
        # up a tree or onto a roof in one quick leap: a cat stuck up there is seen up there from the first moments
        high = seat.hip[1] - start[1] > _PERCH_UP_M
        e = smoothstep(local / max(min(walk + turn + down, _PERCH_LEAP_S) if high else walk + turn + down, 1e-3))
        hip = np.array(seat.hip)
        return BodyState(start + (hip - start) * e, seg.start.heading + angle_delta(seg.start.heading,
                                                                                     seat.heading) * e)
    sub = Segment(Action(object_id=a.object_id, kind="walk", start_s=a.start_s, end_s=a.start_s + max(walk, 1e-3)),
                   seg.start, ChainState(tuple(stand.tolist()), walk_heading), tuple(stand.tolist()))
    if local < walk:
        return travel_body(rig, sub, t)
    # each phase hands over from where the previous one ended, so nothing jumps between them
    if local < walk + turn:
        body = turn_body(rig, stand, walk_heading, seat.heading, smoothstep((local - walk) / turn))
        ramp = min(BLEND_S, turn / 2)
        if walk > 0 and local - walk < ramp:
            return blend_bodies(travel_body(rig, sub, a.start_s + walk), body, smoothstep((local - walk) / ramp))
        return body
    e = smoothstep((local - walk - turn) / down) if down > 0 else 1.0
    body = _seated(rig, seat, start[1], e)
    ramp = min(BLEND_S, down / 2)
    if local - walk - turn < ramp:
        if turn > 0:
            before = turn_body(rig, stand, walk_heading, seat.heading, 1.0)
        elif walk > 0:
            before = travel_body(rig, sub, a.start_s + walk)
        else:
            return body
        return blend_bodies(before, body, smoothstep((local - walk - turn) / ramp))
    return body
