"""Dancing together: two who dance with each other step in close, take hold (one hand in the partner's, the other
at the partner's back) and turn slowly round the point between them, swaying to the beat.

``dance_end`` brings each partner to their side of the middle between them (``HOLD_M`` apart) when they stand
near enough to meet (``MEET_M``); ``dance`` plays the hold and the turn, or, for one who dances alone or far from
the partner, the solo step-touch of ``autark.motion.acts``.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import acts, reach
from autark.motion.chain import ChainState, End, Segment, object_center
from autark.motion.kinematics import BodyState, RigInfo, heading_to, left_dir, rest_feet
from autark.scene.easing import smoothstep
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["HOLD_M", "MEET_M", "TURN_HZ", "dance", "dance_end"]

HOLD_M = 0.5  # between two partners' middles while they hold each other
MEET_M = 3.5  # partners standing farther apart than this dance where they are
TURN_HZ = 0.1  # turns a second of the couple round the point between them
_STEP_IN_S = 0.8
V = np.array


def dance_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Where a dance leaves the body: beside the partner, facing them (the couple's turn ends as it began), or
    where it was, facing the partner."""
    if a.target_object is None or a.target_object not in objects:
        return acts.facing_end(a, start, objects, rig)
    other = object_center(objects, a.target_object, "dance with them")
    here = np.array(start.position, float)
    d = float(np.hypot(other[0] - here[0], other[2] - here[2]))
    if d > MEET_M or d < 1e-3:
        return acts.facing_end(a, start, objects, rig)
    mid = (here + np.array([other[0], here[1], other[2]])) / 2
    spot = mid + (here - mid) / max(float(np.hypot(*(here - mid)[[0, 2]])), 1e-6) * HOLD_M / 2
    spot[1] = here[1]
    return ChainState(tuple(spot.tolist()), heading_to(spot, mid, start.heading)), tuple(mid.tolist()), None


def dance(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """The couple's hold and turn when the dance met the partner (its ``dest`` is the middle), else a solo."""
    if seg.dest is None or rig is None or not rig.has_legs:
        return acts.dance(rig, seg, t, phase)
    local, _duration, _u = acts.local_time(seg, t)
    mid = np.array(seg.dest, float)
    here0, spot = np.array(seg.start.position, float), np.array(seg.end.position, float)
    step_in = smoothstep(min(local / _STEP_IN_S, 1.0))
    angle = 2 * math.pi * TURN_HZ * max(local - _STEP_IN_S, 0.0) * smoothstep(min(local / (2 * _STEP_IN_S), 1.0))
    c, s = math.cos(angle), math.sin(angle)
    off = spot - mid
    turned = mid + np.array([c * off[0] + s * off[2], 0.0, -s * off[0] + c * off[2]])
    pos = here0 + (turned - here0) * step_in
    pos[1] = here0[1]
    heading = heading_to(pos, mid, seg.start.heading) if step_in > 0.5 else acts._turned(seg, step_in)
    beat = 2.0 * local
    sway = math.sin(math.pi * beat / 2)
    bounce = abs(math.sin(math.pi * beat))
    k = reach.size_of(rig)
    feet = rest_feet(rig, pos, heading)
    lat = left_dir(heading)
    for name, sign in (("l", 1.0), ("r", -1.0)):
        feet[name].pos = feet[name].pos + lat * 0.05 * k * sway * sign
    pose = {"spine": V([4.0, 6.0 * sway, 3.0 * sway]), "neck": V([-6.0, -6.0 * sway, 0.0])}
    body = acts.standing(rig, pos, heading, pose, V([0.03 * k * sway, -0.02 * k - 0.03 * k * bounce, 0.0]), feet)
    # the hold: the left hand out to the side at shoulder height (in the partner's), the right at their back
    shoulder = reach.chest_point(rig, body.pose, forward=0.0, up=0.1 * k)
    left = shoulder + V([0.38 * k, 0.05 * k, 0.3 * k])
    right = shoulder + V([-0.12 * k, -0.12 * k, 0.42 * k])
    hold = reach.arms_to(rig, body.pose, left, right, elbow_out=0.6)
    w = smoothstep(min(local / _STEP_IN_S, 1.0))
    body.pose = {**body.pose, **{b: v * w for b, v in hold.items() if b.startswith(("upper_arm", "lower_arm", "hand"))}}
    return body
