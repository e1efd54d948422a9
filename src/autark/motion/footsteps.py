"""Footstep plans: where each foot is planted while walking, running or turning on the spot.

Walking and running plan footprints along the path. The gait phase is driven by the DISTANCE travelled, not
by time, and the step length comes from the leg length (and speed), so feet never slide: a foot is either
planted on a footprint or swinging between two.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from autark.motion.kinematics import Foot, RigInfo, angle_delta, left_dir, rig_info, unit
from autark.scene.easing import smoothstep

__all__ = ["Step", "FootPlan", "walk_step_length", "walk_plan", "turn_plan"]


@dataclass(frozen=True)
class Step:
    """One foot moving from ``start`` to ``end`` while the plan parameter goes from ``lift`` to ``land``."""

    lift: float
    land: float
    start: tuple[float, float, float]
    end: tuple[float, float, float]
    yaw0: float
    yaw1: float


@dataclass(frozen=True)
class FootPlan:
    initial: dict[str, tuple[tuple[float, float, float], float]]
    steps: dict[str, tuple[Step, ...]]
    lift_height: float

    def foot(self, name: str, s: float) -> Foot:
        """Where the foot is at plan parameter s: planted on a footprint or swinging between two."""
        steps = self.steps[name]
        i = bisect_right([st.lift for st in steps], s) - 1
        if i < 0:
            pos, yaw = self.initial[name]
            return Foot(np.array(pos), yaw)
        st = steps[i]
        if s >= st.land or st.land <= st.lift:
            return Foot(np.array(st.end), st.yaw1)
        u = (s - st.lift) / (st.land - st.lift)
        e = smoothstep(u)  # zero horizontal speed at lift-off and touch-down: no scuff
        a, b = np.array(st.start), np.array(st.end)
        pos = a + (b - a) * e
        pos[1] += self.lift_height * math.sin(math.pi * u)
        return Foot(pos, st.yaw0 + angle_delta(st.yaw0, st.yaw1) * e)


def walk_step_length(rig: RigInfo, speed_m_s: float, run: bool) -> float:
    """Step length (one foot's footprint to the other's, half a stride) wanted at a speed.

    It grows with speed but is capped by the leg: while a foot is planted the hip travels up to
    ``contact * step`` in front of and behind it, and that reach must stay within about 27 degrees of leg
    swing, or the pelvis would have to drop more than a real walker's does."""
    if run:
        return rig.leg * min(max(0.9 + 0.15 * speed_m_s, 1.0), 1.3)
    return rig.leg * min(max(0.4 + 0.2 * speed_m_s, 0.5), 0.75)


@lru_cache(maxsize=512)
def walk_plan(asset_type: str, p0: tuple[float, float, float], p1: tuple[float, float, float], h0: float,
               h1: float, speed: float, run: bool) -> tuple[FootPlan, float, float]:
    """Footprints for walking in a straight line from p0 to p1: (plan over distance, distance, step length).

    Footprints are at (k - 1/2) * step along the path, alternating feet, starting with both feet together
    and ending with a closing step that brings them together again. Foot k swings while the pelvis travels
    from ``contact`` steps past its previous footprint to ``contact`` steps short of its next one, so both
    feet are planted at once while walking (double support) and neither is while running (flight).
    """
    rig = rig_info(asset_type)
    assert rig is not None  # callers only plan walks for rigged assets
    a, b = np.array(p0), np.array(p1)
    dist = float(np.hypot(b[0] - a[0], b[2] - a[2]))
    direction = unit(np.array([b[0] - a[0], 0.0, b[2] - a[2]]))
    contact = 0.35 if run else 0.58
    step_wanted = walk_step_length(rig, speed, run)
    n = max(3, round(dist / step_wanted + 1.5))
    step = dist / (n - 1.5)
    reach = contact * step
    ground = np.array([0.0, a[1] + rig.ankle_y, 0.0])
    turn_len = max(min(step, dist / 2), 1e-6)

    def heading_at(d: float) -> float:
        return h0 + angle_delta(h0, h1) * smoothstep(d / turn_len)

    def print_at(k: int, foot: str) -> tuple[tuple[float, float, float], float]:
        q = dist if k >= n - 1 else (k - 0.5) * step
        h = heading_at(q)
        sign = 1.0 if foot == "l" else -1.0
        p = a + direction * q + sign * left_dir(h) * rig.half_width + ground
        return (float(p[0]), float(p[1]), float(p[2])), h

    initial: dict[str, tuple[tuple[float, float, float], float]] = {}
    for f, sign in (("l", 1.0), ("r", -1.0)):
        p = a + sign * left_dir(h0) * rig.half_width + ground
        initial[f] = ((float(p[0]), float(p[1]), float(p[2])), h0)
    lead, other = "r", "l"  # first step with the right foot, as most people do
    last = dict(initial)
    q_prev: dict[str, float] = {"l": 0.0, "r": 0.0}
    steps: dict[str, list[Step]] = {"l": [], "r": []}
    for k in range(1, n + 1):
        foot = lead if k % 2 == 1 else other
        q = dist if k >= n - 1 else (k - 0.5) * step
        if k == 1:
            lift, land = 0.0, 0.3 * step
        elif k == 2:
            lift, land = 0.3 * step, q - reach
        elif k == n:
            lift, land = q_prev[foot] + reach, dist - 0.1 * step
        else:
            lift, land = q_prev[foot] + reach, q - reach
        end, yaw = print_at(k, foot)
        start, yaw0 = last[foot]
        steps[foot].append(Step(lift, max(land, lift + 1e-6), start, end, yaw0, yaw))
        last[foot] = (end, yaw)
        q_prev[foot] = q
    lift_height = rig.leg * (0.16 if run else 0.08)
    plan = FootPlan(initial, {f: tuple(v) for f, v in steps.items()}, lift_height)
    return plan, dist, step


@lru_cache(maxsize=512)
def turn_plan(asset_type: str, pos: tuple[float, float, float], h0: float, h1: float) -> FootPlan:
    """Stepping round on the spot from heading h0 to h1, over plan parameter 0..1 (the share of the turn).

    The foot on the side being turned toward leads; each step turns the feet by at most 30 degrees, and a
    closing step brings the feet together under the body again."""
    rig = rig_info(asset_type)
    assert rig is not None
    delta = angle_delta(h0, h1)
    p = np.array(pos)
    up = np.array([0.0, pos[1] + rig.ankle_y, 0.0])

    def rest(foot: str, h: float) -> tuple[float, float, float]:
        sign = 1.0 if foot == "l" else -1.0
        q = p + sign * left_dir(h) * rig.half_width + up
        return (float(q[0]), float(q[1]), float(q[2]))

    initial = {f: (rest(f, h0), h0) for f in ("l", "r")}
    n = max(1, math.ceil(abs(delta) / 30.0)) if abs(delta) > 1.0 else 0
    lead, other = ("l", "r") if delta > 0 else ("r", "l")
    steps: dict[str, list[Step]] = {"l": [], "r": []}
    last = dict(initial)
    total = n + 1 if n else 0
    for k in range(1, total + 1):
        foot = lead if k % 2 == 1 else other
        h = h0 + delta * min(k / n, 1.0)
        start, yaw0 = last[foot]
        end = rest(foot, h)
        steps[foot].append(Step((k - 1) / total, k / total, start, end, yaw0, h))
        last[foot] = (end, h)
    return FootPlan(initial, {f: tuple(v) for f, v in steps.items()}, rig.leg * 0.06)
