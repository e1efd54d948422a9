"""Procedural character animation: idle, walk, run, turn, sit, wave, point, talk; drive and fly for things.

How a body is animated at time t:

* Actions on an object are chained: each movement (walk, run, turn, sit, drive, fly, idle) starts where the
  previous one left the object. Between movements the body idles (breathing, a slight sway).
* A movement clip produces a ``BodyState``: where the body is, which way it faces, how far the pelvis is
  lowered, the upper-body joint angles, and where each FOOT should be in the world. Legs are never animated
  as angles: a two-bone IK (``_solve_leg``) turns foot targets into hip/knee/ankle rotations, so a planted
  foot stays exactly where it was put, whatever the pelvis does.
* Walking and running plan footprints along the path. The gait phase is driven by the DISTANCE travelled,
  not by time, and the step length comes from the leg length (and speed), so feet never slide: a foot is
  either planted on a footprint or swinging between two. The pelvis height follows from the leg geometry
  (the hip can be no higher than the planted feet allow), which gives the natural bob.
* Clips blend over ``BLEND_S`` (0.2 s) into and out of idle, so nothing pops; gestures (wave, point, talk)
  layer over whatever the body is doing.

Forward kinematics is ``autark.assets.rig`` (the one place that turns a pose into matrices); this module only
composes the few rotations the IK needs from the rig's own convention (R = Rz @ Ry @ Rx about each pivot).
"""

from __future__ import annotations

import math
import zlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np

from autark.errors import NotFound, UserInputError
from autark.scene.easing import ramp_profile, smoothstep
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Action

__all__ = [
    "BLEND_S",
    "MOVEMENT_KINDS",
    "GESTURE_KINDS",
    "RigInfo",
    "rig_info",
    "is_rigged",
    "validate_actions",
    "animate_objects",
    "walk_step_length",
]

BLEND_S = 0.2  # seconds over which one clip hands over to the next
STAND_UP_S = 0.8  # a seated body takes longer to get up than a standing one to start walking
MOVEMENT_KINDS = frozenset({"idle", "walk", "run", "turn", "sit", "drive", "fly"})
GESTURE_KINDS = frozenset({"wave", "point", "talk"})
_WALK_SPEED = 1.2  # m/s, how fast someone walks to a chair
# raising an arm to wave or point takes longer than the generic hand-over
_GESTURE_RAMP_S = {"wave": 0.4, "point": 0.35}
_LEG_REACH = 0.985  # share of the full leg length the IK may use: a dead-straight knee looks locked

Vec = np.ndarray


# -- small rotation helpers (3x3, column vectors, degrees at the edges) --------------------------------------
def _rx(a: float) -> Vec:
    c, s = math.cos(a), math.sin(a)
    return np.array([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]])


def _ry(a: float) -> Vec:
    c, s = math.cos(a), math.sin(a)
    return np.array([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]])


def _euler_matrix(deg: Vec | tuple[float, float, float]) -> Vec:
    """The rig's rotation for Euler XYZ degrees (R = Rz @ Ry @ Rx), as in ``geometry.rotation_matrix``."""
    x, y, z = (math.radians(float(a)) for a in deg)
    cz, sz = math.cos(z), math.sin(z)
    rz = np.array([[cz, -sz, 0.0], [sz, cz, 0.0], [0.0, 0.0, 1.0]])
    return rz @ _ry(y) @ _rx(x)


def _euler_of(r: Vec) -> Vec:
    """Euler XYZ degrees of a rotation matrix R = Rz @ Ry @ Rx (inverse of ``_euler_matrix``)."""
    sy = -float(r[2, 0])
    sy = 1.0 if sy > 1.0 else -1.0 if sy < -1.0 else sy
    y = math.asin(sy)
    if abs(sy) > 0.99999:  # gimbal lock: put everything into X
        x = math.atan2(-float(r[1, 2]), float(r[1, 1]))
        z = 0.0
    else:
        x = math.atan2(float(r[2, 1]), float(r[2, 2]))
        z = math.atan2(float(r[1, 0]), float(r[0, 0]))
    return np.degrees(np.array([x, y, z]))


def _norm(v: Vec) -> float:
    return math.sqrt(float(v[0]) ** 2 + float(v[1]) ** 2 + float(v[2]) ** 2)


def _cross(a: Vec, b: Vec) -> Vec:
    # np.cross costs ~20x this for 3-vectors, and the IK calls it for every leg every frame
    return np.array([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]])


def _unit(v: Vec, fallback: tuple[float, float, float] = (0.0, 0.0, 1.0)) -> Vec:
    n = _norm(v)
    return v / n if n > 1e-9 else np.array(fallback, float)


def _frame(direction: Vec, pole: Vec) -> Vec:
    """Columns (direction, pole x direction, pole made orthogonal to direction)."""
    e1 = _unit(direction)
    p = pole - float(pole @ e1) * e1
    if _norm(p) < 1e-6:  # pole parallel to the direction: any perpendicular will do
        p = _cross(e1, np.array([1.0, 0.0, 0.0]))
        if _norm(p) < 1e-6:
            p = _cross(e1, np.array([0.0, 0.0, 1.0]))
    e3 = _unit(p)
    return np.column_stack([e1, _cross(e3, e1), e3])


def _rotation_between(a: Vec, b: Vec) -> Vec:
    """The smallest rotation taking direction a to direction b (Rodrigues)."""
    a, b = _unit(a), _unit(b)
    axis = _cross(a, b)
    s, c = _norm(axis), float(a @ b)
    if s < 1e-9:
        if c > 0:
            return np.eye(3)
        perp = _unit(_cross(a, np.array([1.0, 0.0, 0.0])) if abs(a[0]) < 0.9 else _cross(a, np.array([0.0, 0.0, 1.0])))
        return 2.0 * np.outer(perp, perp) - np.eye(3)
    k = axis / s
    kx = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    return np.eye(3) + s * kx + (1 - c) * (kx @ kx)


def _heading_to(src: Vec, dst: Vec, default: float) -> float:
    """Rotation about Y (degrees) that turns local +Z toward dst as seen from src (XZ plane)."""
    dx, dz = float(dst[0] - src[0]), float(dst[2] - src[2])
    if dx * dx + dz * dz < 1e-8:
        return default
    return math.degrees(math.atan2(dx, dz))


def _angle_delta(a: float, b: float) -> float:
    """Shortest signed turn (degrees) from heading a to heading b."""
    return (b - a + 180.0) % 360.0 - 180.0


def _side(heading_deg: float) -> Vec:
    """World direction of the body's local +X (its left side) for a heading."""
    h = math.radians(heading_deg)
    return np.array([math.cos(h), 0.0, -math.sin(h)])


def _forward(heading_deg: float) -> Vec:
    h = math.radians(heading_deg)
    return np.array([math.sin(h), 0.0, math.cos(h)])


# -- rig geometry --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RigInfo:
    """Measurements of a rigged asset that the clips need, read from its skeleton."""

    asset_type: str
    bones: frozenset[str]
    pivots: dict[str, tuple[float, float, float]] = field(compare=False)
    has_legs: bool
    thigh: float = 0.0  # hip joint to knee (m)
    shin: float = 0.0  # knee to ankle (m)
    hip_y: float = 0.0  # hip joint height in the bind pose
    ankle_y: float = 0.0  # ankle height in the bind pose (the sole is on y = 0)
    half_width: float = 0.0  # hip joint distance from the centre line

    @property
    def leg(self) -> float:
        return self.thigh + self.shin

    @property
    def pelvis_y(self) -> float:
        return self.pivots["root"][1] if "root" in self.pivots else self.hip_y


_LEG_BONES = ("upper_leg_l", "lower_leg_l", "foot_l", "upper_leg_r", "lower_leg_r", "foot_r")


@cache
def rig_info(asset_type: str) -> RigInfo | None:
    """The rig measurements of ``asset_type``, or None when it has no skeleton (or is unknown)."""
    from autark.assets import rig

    try:
        bones = rig.skeleton(asset_type)
    except KeyError:
        return None
    if not bones:
        return None
    piv = {b.name: tuple(float(c) for c in b.pivot) for b in bones}
    names = frozenset(piv)
    if not all(b in names for b in (*_LEG_BONES, "root")):
        return RigInfo(asset_type, names, piv, has_legs=False)  # type: ignore[arg-type]
    hip, knee, ankle = (np.array(piv[f"{b}_l"]) for b in ("upper_leg", "lower_leg", "foot"))
    return RigInfo(asset_type, names, piv, has_legs=True,  # type: ignore[arg-type]
                   thigh=float(np.linalg.norm(knee - hip)), shin=float(np.linalg.norm(ankle - knee)),
                   hip_y=float(hip[1]), ankle_y=float(ankle[1]), half_width=abs(float(hip[0])))


def is_rigged(obj: SceneObject) -> bool:
    return rig_info(obj.type) is not None


# -- body state ----------------------------------------------------------------------------------------------
@dataclass
class Foot:
    pos: Vec  # ankle target, world (m)
    yaw: float  # heading of the foot (degrees about Y)


@dataclass
class BodyState:
    """What a clip says about a body at one instant (before the legs are solved)."""

    position: Vec  # the object's origin (ground point under the pelvis), world
    heading: float  # degrees about Y
    lift: Vec = field(default_factory=lambda: np.zeros(3))  # body-local offset of the whole rig (pelvis drop)
    pose: dict[str, Vec] = field(default_factory=dict)  # upper-body and root angles (degrees)
    feet: dict[str, Foot] | None = None


def _blend(a: BodyState, b: BodyState, w: float) -> BodyState:
    """a at w=0, b at w=1. Angles blend linearly (clips only ever differ by modest angles at a hand-over)."""
    if w <= 0.0:
        return a
    if w >= 1.0:
        return b
    zero = np.zeros(3)
    pose = {k: a.pose.get(k, zero) * (1 - w) + b.pose.get(k, zero) * w for k in a.pose.keys() | b.pose.keys()}
    feet = None
    if a.feet is not None and b.feet is not None:
        feet = {k: Foot(a.feet[k].pos * (1 - w) + b.feet[k].pos * w,
                        a.feet[k].yaw + _angle_delta(a.feet[k].yaw, b.feet[k].yaw) * w) for k in a.feet}
    else:
        feet = b.feet if w >= 0.5 else a.feet
    return BodyState(a.position * (1 - w) + b.position * w, a.heading + _angle_delta(a.heading, b.heading) * w,
                     a.lift * (1 - w) + b.lift * w, pose, feet)


def _rest_feet(rig: RigInfo, position: Vec, heading: float) -> dict[str, Foot]:
    side = _side(heading)
    up = np.array([0.0, rig.ankle_y, 0.0])
    return {"l": Foot(position + side * rig.half_width + up, heading),
            "r": Foot(position - side * rig.half_width + up, heading)}


# -- footstep plans ------------------------------------------------------------------------------------------
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
        return Foot(pos, st.yaw0 + _angle_delta(st.yaw0, st.yaw1) * e)


def walk_step_length(rig: RigInfo, speed_m_s: float, run: bool) -> float:
    """Step length (one foot's footprint to the other's, half a stride) wanted at a speed.

    It grows with speed but is capped by the leg: while a foot is planted the hip travels up to
    ``contact * step`` in front of and behind it, and that reach must stay within about 27 degrees of leg
    swing, or the pelvis would have to drop more than a real walker's does."""
    if run:
        return rig.leg * min(max(0.9 + 0.15 * speed_m_s, 1.0), 1.3)
    return rig.leg * min(max(0.4 + 0.2 * speed_m_s, 0.5), 0.75)


@lru_cache(maxsize=512)
def _walk_plan(asset_type: str, p0: tuple[float, float, float], p1: tuple[float, float, float], h0: float,
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
    direction = _unit(np.array([b[0] - a[0], 0.0, b[2] - a[2]]))
    contact = 0.35 if run else 0.58
    step_wanted = walk_step_length(rig, speed, run)
    n = max(3, round(dist / step_wanted + 1.5))
    step = dist / (n - 1.5)
    reach = contact * step
    ground = np.array([0.0, a[1] + rig.ankle_y, 0.0])
    turn_len = max(min(step, dist / 2), 1e-6)

    def heading_at(d: float) -> float:
        return h0 + _angle_delta(h0, h1) * smoothstep(d / turn_len)

    def print_at(k: int, foot: str) -> tuple[tuple[float, float, float], float]:
        q = dist if k >= n - 1 else (k - 0.5) * step
        h = heading_at(q)
        sign = 1.0 if foot == "l" else -1.0
        p = a + direction * q + sign * _side(h) * rig.half_width + ground
        return (float(p[0]), float(p[1]), float(p[2])), h

    initial: dict[str, tuple[tuple[float, float, float], float]] = {}
    for f, sign in (("l", 1.0), ("r", -1.0)):
        p = a + sign * _side(h0) * rig.half_width + ground
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
def _turn_plan(asset_type: str, pos: tuple[float, float, float], h0: float, h1: float) -> FootPlan:
    """Stepping round on the spot from heading h0 to h1, over plan parameter 0..1 (the share of the turn).

    The foot on the side being turned toward leads; each step turns the feet by at most 30 degrees, and a
    closing step brings the feet together under the body again."""
    rig = rig_info(asset_type)
    assert rig is not None
    delta = _angle_delta(h0, h1)
    p = np.array(pos)
    up = np.array([0.0, pos[1] + rig.ankle_y, 0.0])

    def rest(foot: str, h: float) -> tuple[float, float, float]:
        sign = 1.0 if foot == "l" else -1.0
        q = p + sign * _side(h) * rig.half_width + up
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


# -- chaining actions ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Seat:
    """A seated body: where the pelvis sits and where the feet rest."""

    hip: tuple[float, float, float]  # hip-centre world position when seated (on the seat)
    heading: float
    stand: tuple[float, float, float]  # the ground point the body stood on before sitting (feet there)


@dataclass(frozen=True)
class ChainState:
    position: tuple[float, float, float]
    heading: float
    seat: Seat | None = None


@dataclass(frozen=True)
class _Segment:
    action: Action
    start: ChainState
    end: ChainState
    dest: tuple[float, float, float] | None  # resolved destination of a walk/run/drive/fly, heading target
    seat: Seat | None = None  # sit: the seat aimed at


def _object_center(objects: dict[str, SceneObject], object_id: str, what: str) -> Vec:
    from autark.scene.geometry import world_bbox

    obj = objects.get(object_id)
    if obj is None:
        raise NotFound(f"cannot {what}: there is no object {object_id!r}", hint="check the object's id or name")
    return np.array(world_bbox(obj).center)


def _seat_for(objects: dict[str, SceneObject], chair_id: str | None, rig: RigInfo | None) -> Seat:
    """Where a body sits on ``chair_id``: from the chair's support surface (preferring one named "seat")."""
    from autark.assets import library
    from autark.scene.geometry import model_matrix

    if chair_id is None:
        raise UserInputError("sitting needs something to sit on", hint="say what to sit on, e.g. 'sit on the chair'")
    chair = objects.get(chair_id)
    if chair is None:
        raise NotFound(f"cannot sit: there is no object {chair_id!r}", hint="add a chair first")
    try:
        supports = library.get(chair.type).supports
    except KeyError:
        supports = ()
    if not supports:
        raise UserInputError(f"cannot sit on the {chair.name or chair.type}: it has no seat",
                             hint="sit on a chair, a bench or a sofa")
    surf = next((s for s in supports if s.name == "seat"), supports[0])
    m = model_matrix(chair.transform)
    local = np.array([(surf.min_xz[0] + surf.max_xz[0]) / 2, surf.height, (surf.min_xz[1] + surf.max_xz[1]) / 2, 1])
    centre = m @ local
    heading = float(chair.transform.rotation[1])
    clear = max(0.05, 0.085 * rig.leg) if rig and rig.has_legs else 0.0  # thigh thickness under the hip joint
    hip = (float(centre[0]), float(centre[1]) + clear, float(centre[2]))
    return Seat(hip, heading, _stand_point(rig, hip, heading, 0.0))


def _seated_ankle_offset(rig: RigInfo, hip_height_above_ground: float) -> tuple[float, float]:
    """(forward, down) of the ankle from the hip joint for a seated body with the knee at 90 degrees: thigh
    level and shin vertical when that reaches the floor, else the thigh tilts down until the foot is flat on
    the floor (the knee stays at 90 degrees). Feet dangle from high seats."""
    drop = hip_height_above_ground - rig.ankle_y
    if drop >= rig.shin:
        diag = math.hypot(rig.thigh, rig.shin)
        if drop < diag:
            return math.sqrt(diag * diag - drop * drop), drop
        # too high to reach the floor: thigh level, shin hanging straight down
    return rig.thigh, min(rig.shin, max(drop, 0.0))


def _stand_point(rig: RigInfo | None, hip: tuple[float, float, float], heading: float, ground_y: float
                 ) -> tuple[float, float, float]:
    if rig is None or not rig.has_legs:
        return (hip[0], ground_y, hip[2])
    fwd, _down = _seated_ankle_offset(rig, hip[1] - ground_y)
    f = _forward(heading)
    return (hip[0] + f[0] * fwd, ground_y, hip[2] + f[2] * fwd)


def _destination(a: Action, start: ChainState, objects: dict[str, SceneObject]) -> tuple[float, float, float]:
    """Where a walk/run/drive/fly goes: its target, or next to its target object on the near side."""
    if a.target is not None:
        if a.kind == "fly":
            return a.target
        return (a.target[0], start.position[1], a.target[2])
    if a.target_object is not None:
        from autark.scene.geometry import world_bbox

        c = _object_center(objects, a.target_object, f"{a.kind} to it")
        obj = objects[a.target_object]
        box = world_bbox(obj)
        radius = max(box.size[0], box.size[2]) / 2 + 0.4
        away = _unit(np.array([start.position[0] - c[0], 0.0, start.position[2] - c[2]]))
        return (float(c[0] + away[0] * radius), start.position[1], float(c[2] + away[2] * radius))
    raise UserInputError(f"a {a.kind} needs a place to go", hint=f"say where to {a.kind} to, e.g. 'to the tree'")


def _chain(obj: SceneObject, actions: list[Action], objects: dict[str, SceneObject],
           transform_at: Callable[[SceneObject, float], Transform]) -> list[_Segment]:
    rig = rig_info(obj.type)
    first = transform_at(obj, actions[0].start_s) if actions else obj.transform
    state = ChainState(tuple(first.position), float(first.rotation[1]))  # type: ignore[arg-type]
    segments: list[_Segment] = []
    for a in actions:
        dest: tuple[float, float, float] | None = None
        seat = None
        start = ChainState(state.position, state.heading, state.seat)
        if a.kind in ("walk", "run", "drive", "fly"):
            dest = _destination(a, start, objects)
            d = np.array(dest)
            heading = _heading_to(np.array(start.position), d, start.heading)
            end = ChainState(dest, heading)
        elif a.kind == "turn":
            if a.target is not None:
                dest = a.target
            elif a.target_object is not None:
                dest = tuple(_object_center(objects, a.target_object, "turn to it").tolist())  # type: ignore
            target_heading = (_heading_to(np.array(start.position), np.array(dest), start.heading) if dest
                              else start.heading + 180.0)
            end = ChainState(start.position, target_heading)
        elif a.kind == "sit":
            seat = _seat_for(objects, a.target_object, rig)
            stand = _stand_point(rig, seat.hip, seat.heading, start.position[1])
            seat = Seat(seat.hip, seat.heading, stand)
            end = ChainState(stand, seat.heading, seat)
        else:  # idle
            end = start
        segments.append(_Segment(a, start, end, dest, seat))
        state = end
    return segments


# -- clips ---------------------------------------------------------------------------------------------------
def _phase(obj_id: str) -> float:
    """A per-object phase (radians) so that two idle characters do not breathe in step."""
    return (zlib.crc32(obj_id.encode()) % 1000) / 1000.0 * 2 * math.pi


def _idle(rig: RigInfo | None, state: ChainState, t: float, phase: float) -> BodyState:
    pos = np.array(state.position, float)
    if state.seat is not None and rig is not None and rig.has_legs:
        body = _seated(rig, state.seat, pos[1], 1.0)
    else:
        body = BodyState(pos, state.heading)
        if rig is not None and rig.has_legs:
            body.feet = _rest_feet(rig, pos, state.heading)
            # soft knees, and a slow sway of the hips over planted feet
            body.lift = np.array([0.012 * math.sin(2 * math.pi * 0.11 * t + phase), -0.012, 0.0])
            body.pose = {"upper_arm_l": np.array([0.0, 0.0, 4.0]), "upper_arm_r": np.array([0.0, 0.0, -4.0]),
                         "lower_arm_l": np.array([-6.0, 0.0, 0.0]), "lower_arm_r": np.array([-6.0, 0.0, 0.0])}
    if rig is not None:
        breath = math.sin(2 * math.pi * 0.25 * t + phase)  # 15 breaths a minute
        sway = math.sin(2 * math.pi * 0.07 * t + 2 * phase)
        pose = dict(body.pose)
        pose["spine"] = pose.get("spine", np.zeros(3)) + np.array([-1.2 * breath, 0.0, 0.0])
        pose["neck"] = pose.get("neck", np.zeros(3)) + np.array([0.8 * breath, 2.5 * sway, 0.0])
        pose["upper_arm_l"] = pose.get("upper_arm_l", np.zeros(3)) + np.array([0.0, 0.0, 1.0 * breath])
        pose["upper_arm_r"] = pose.get("upper_arm_r", np.zeros(3)) + np.array([0.0, 0.0, -1.0 * breath])
        body.pose = {k: v for k, v in pose.items() if k in rig.bones}
    return body


def _turn_body(rig: RigInfo | None, pos: Vec, h0: float, h1: float, e: float) -> BodyState:
    heading = h0 + _angle_delta(h0, h1) * e
    body = BodyState(pos.copy(), heading)
    if rig is not None and rig.has_legs:
        plan = _turn_plan(rig.asset_type, tuple(float(c) for c in pos), float(h0), float(h1))
        body.feet = {f: plan.foot(f, e) for f in ("l", "r")}
        body.lift = np.array([0.0, -0.015 - 0.01 * math.sin(math.pi * e), 0.0])
        body.pose = {"upper_arm_l": np.array([0.0, 0.0, 4.0]), "upper_arm_r": np.array([0.0, 0.0, -4.0])}
    return body


def _walk_turn_time(delta: float, duration: float) -> float:
    """A walk that sets off in a very different direction first turns on the spot."""
    if abs(delta) <= 45.0:
        return 0.0
    return min(0.35 * duration, 0.3 + abs(delta) / 300.0)


def _hip_height(rig: RigInfo, body: BodyState) -> float:
    """The highest the hip joints can be (world y) with both feet where they are and the legs a touch bent."""
    assert body.feet is not None
    side = _side(body.heading)
    reach = _LEG_REACH * rig.leg
    best = math.inf
    for foot, sign in (("l", 1.0), ("r", -1.0)):
        f = body.feet[foot].pos
        hip = body.position + sign * side * rig.half_width
        rho2 = (f[0] - hip[0]) ** 2 + (f[2] - hip[2]) ** 2
        best = min(best, f[1] + math.sqrt(max(reach * reach - rho2, 0.0)))
    return best


def _locomotion(rig: RigInfo | None, seg: _Segment, t: float) -> BodyState:
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
        heading = h0 + _angle_delta(h0, h1) * smoothstep(min(u / 0.15, 1.0))
        return BodyState(pos, heading)
    assert rig is not None
    delta = _angle_delta(h0, h1)
    turn_time = _walk_turn_time(delta, duration)
    if local_t < turn_time:
        return _turn_body(rig, p0, h0, h1, smoothstep(local_t / turn_time))
    body = _gait(rig, seg, local_t, turn_time)
    if turn_time > 0 and local_t - turn_time < BLEND_S:  # hand over from turning on the spot to walking
        turned = _turn_body(rig, p0, h0, h1, 1.0)
        return _blend(turned, body, smoothstep((local_t - turn_time) / BLEND_S))
    return body


def _gait(rig: RigInfo, seg: _Segment, local_t: float, turn_time: float) -> BodyState:
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
        return _idle(rig, ChainState(tuple(p0.tolist()), h1), a.start_s + local_t, 0.0)  # type: ignore[arg-type]
    speed = dist_total / walk_time
    plan, dist, step = _walk_plan(rig.asset_type, tuple(p0.tolist()), tuple(p1.tolist()), float(h_start),
                                  float(h1), round(speed, 3), run)
    u = (local_t - turn_time) / walk_time
    d = dist * ramp_profile(u, min(0.3, (0.8 if run else 0.5) / walk_time))
    direction = _unit(np.array([p1[0] - p0[0], 0.0, p1[2] - p0[2]]))
    turn_len = max(min(step, dist / 2), 1e-6)
    heading = h_start + _angle_delta(h_start, h1) * smoothstep(d / turn_len)
    body = BodyState(p0 + direction * d, heading)
    body.feet = {f: plan.foot(f, d) for f in ("l", "r")}
    hip_world = _hip_height(rig, body)
    body.lift = np.array([0.0, min(hip_world - (p0[1] + rig.hip_y), 0.0), 0.0])
    # arms swing with the opposite leg: read the legs' phase off where the feet actually are
    fwd = _forward(heading)
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
    fwd_off, down = _seated_ankle_offset(rig, hip[1] - ground_y)
    # seated ankles: forward of the hips and ``down`` below them; on the floor unless the seat is too high
    seated_feet = _rest_feet(rig, seated_pos + _forward(seat.heading) * fwd_off, seat.heading)
    standing_feet = _rest_feet(rig, stand, seat.heading)
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


def _sit_times(rig: RigInfo | None, seg: _Segment) -> tuple[float, float, float]:
    """(walk, turn, sit-down) durations of a sit action; squeezed together when the action is short."""
    a = seg.action
    duration = max(a.end_s - a.start_s, 1e-3)
    stand = np.array(seg.end.position)
    dist = float(np.hypot(*(stand - np.array(seg.start.position))[[0, 2]]))
    walk = dist / _WALK_SPEED if dist > 0.05 else 0.0
    walk_heading = _heading_to(np.array(seg.start.position), stand, seg.start.heading) if walk else seg.start.heading
    walk += _walk_turn_time(_angle_delta(seg.start.heading, walk_heading), max(walk * 1.5, 1e-3)) if walk else 0.0
    turn_delta = abs(_angle_delta(walk_heading, seg.end.heading))
    turn = 0.25 + turn_delta / 200.0 if turn_delta > 5.0 else 0.0
    down = 1.2
    total = walk + turn + down
    if total > duration:
        k = duration / total
        walk, turn, down = walk * k, turn * k, down * k
    return walk, turn, down


def _sit(rig: RigInfo | None, seg: _Segment, t: float) -> BodyState:
    assert seg.seat is not None
    seat = seg.seat
    a = seg.action
    walk, turn, down = _sit_times(rig, seg)
    local = t - a.start_s
    start = np.array(seg.start.position, float)
    stand = np.array(seg.end.position, float)
    walk_heading = _heading_to(start, stand, seg.start.heading) if walk > 0 else seg.start.heading
    if rig is None or not rig.has_legs:  # something without legs just moves onto the seat
        e = smoothstep(local / max(walk + turn + down, 1e-3))
        hip = np.array(seat.hip)
        return BodyState(start + (hip - start) * e, seg.start.heading + _angle_delta(seg.start.heading,
                                                                                     seat.heading) * e)
    sub = _Segment(Action(object_id=a.object_id, kind="walk", start_s=a.start_s, end_s=a.start_s + max(walk, 1e-3)),
                   seg.start, ChainState(tuple(stand.tolist()), walk_heading), tuple(stand.tolist()))
    if local < walk:
        return _locomotion(rig, sub, t)
    # each phase hands over from where the previous one ended, so nothing jumps between them
    if local < walk + turn:
        body = _turn_body(rig, stand, walk_heading, seat.heading, smoothstep((local - walk) / turn))
        ramp = min(BLEND_S, turn / 2)
        if walk > 0 and local - walk < ramp:
            return _blend(_locomotion(rig, sub, a.start_s + walk), body, smoothstep((local - walk) / ramp))
        return body
    e = smoothstep((local - walk - turn) / down) if down > 0 else 1.0
    body = _seated(rig, seat, start[1], e)
    ramp = min(BLEND_S, down / 2)
    if local - walk - turn < ramp:
        if turn > 0:
            before = _turn_body(rig, stand, walk_heading, seat.heading, 1.0)
        elif walk > 0:
            before = _locomotion(rig, sub, a.start_s + walk)
        else:
            return body
        return _blend(before, body, smoothstep((local - walk - turn) / ramp))
    return body


def _movement(rig: RigInfo | None, seg: _Segment, t: float, phase: float) -> BodyState:
    kind = seg.action.kind
    if kind in ("walk", "run", "drive", "fly"):
        return _locomotion(rig, seg, t)
    if kind == "turn":
        duration = max(seg.action.end_s - seg.action.start_s, 1e-3)
        e = smoothstep((t - seg.action.start_s) / duration)
        return _turn_body(rig, np.array(seg.start.position, float), seg.start.heading, seg.end.heading, e)
    if kind == "sit":
        return _sit(rig, seg, t)
    return _idle(rig, seg.start, t, phase)


def _base_state(rig: RigInfo | None, segments: list[_Segment], initial: ChainState, t: float,
                phase: float) -> BodyState:
    """The movement layer at t, including the hand-over blends between clips and idle."""
    i = bisect_right([s.action.start_s for s in segments], t) - 1
    if i < 0:
        return _idle(rig, initial, t, phase)
    seg = segments[i]
    a = seg.action
    if t < a.end_s:
        current = _movement(rig, seg, t, phase)
        blend = STAND_UP_S if seg.start.seat is not None else BLEND_S
        blend = min(blend, (a.end_s - a.start_s) / 2)
        if t - a.start_s < blend:
            before = _idle(rig, seg.start, t, phase)
            return _blend(before, current, smoothstep((t - a.start_s) / blend))
        return current
    after = _idle(rig, seg.end, t, phase)
    if t - a.end_s < BLEND_S:
        final = _movement(rig, seg, a.end_s, phase)
        return _blend(final, after, smoothstep((t - a.end_s) / BLEND_S))
    return after


# -- gestures ------------------------------------------------------------------------------------------------
def _envelope_weight(a: Action, t: float, ramp: float = BLEND_S) -> float:
    if t < a.start_s or t > a.end_s:
        return 0.0
    r = min(ramp, (a.end_s - a.start_s) / 2)
    if r <= 0:
        return 1.0
    return smoothstep(min((t - a.start_s) / r, (a.end_s - t) / r, 1.0))


def _mouth_open(a: Action, t: float) -> float:
    """How far the mouth is open at t: from the action's per-frame envelope when the voice gave one, else a
    syllable-like default (about four syllables a second, in phrases)."""
    local = t - a.start_s
    env = a.mouth_open
    if env:
        fps = a.mouth_fps
        x = local * fps
        i = int(math.floor(x))
        if i < 0:
            return float(env[0])
        if i >= len(env) - 1:
            return float(env[-1])
        f = x - i
        return float(env[i]) * (1 - f) + float(env[i + 1]) * f
    syllable = max(0.0, math.sin(2 * math.pi * 4.1 * local)) ** 0.7
    phrase = 0.55 + 0.45 * math.sin(2 * math.pi * 0.37 * local + 1.0)
    return syllable * phrase


def _gesture(rig: RigInfo, a: Action, t: float, body: BodyState, world: tuple[Vec, Vec, float],
             objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Target angles of the bones a gesture drives at t."""
    local = t - a.start_s
    if a.kind == "wave":
        wag = math.sin(2 * math.pi * 1.6 * local)
        return {"upper_arm_r": np.array([-12.0, 0.0, -128.0]), "lower_arm_r": np.array([0.0, 0.0, -32.0 + 26.0 * wag]),
                "hand_r": np.array([0.0, 0.0, 8.0 * wag])}
    if a.kind == "talk":
        m = _mouth_open(a, t)
        nod = math.sin(2 * math.pi * 0.9 * local)
        return {"jaw": np.array([20.0 * m, 0.0, 0.0]), "neck": body.pose.get("neck", np.zeros(3))
                + np.array([3.0 * nod * (0.4 + 0.6 * m), 2.0 * math.sin(2 * math.pi * 0.3 * local), 0.0])}
    if a.kind == "point":
        return _point(rig, a, body, world, objects)
    return {}


def _point(rig: RigInfo, a: Action, body: BodyState, world: tuple[Vec, Vec, float],
           objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Aim the right arm (straight) at the target, and turn the head toward it."""
    from autark.assets import rig as rigmod

    pos, rot, scale = world
    if a.target is not None:
        target = np.array(a.target, float)
    elif a.target_object is not None:
        target = _object_center(objects, a.target_object, "point at it")
    else:
        target = pos + rot @ np.array([0.0, 1.4, 3.0])
    pose = {k: tuple(v) for k, v in body.pose.items() if k in ("root", "spine")}
    mats = rigmod.bone_matrices(rig.asset_type, pose)
    spine = mats["spine"]
    shoulder_obj = spine[:3, :3] @ np.array(rig.pivots["upper_arm_r"]) + spine[:3, 3]
    target_obj = rot.T @ (target - pos) / scale
    aim = spine[:3, :3].T @ (target_obj - shoulder_obj)
    rest = np.array(rig.pivots["lower_arm_r"]) - np.array(rig.pivots["upper_arm_r"])
    out = {"upper_arm_r": _euler_of(_rotation_between(rest, aim)), "lower_arm_r": np.zeros(3),
           "hand_r": np.zeros(3)}
    if "neck" in rig.bones:
        look = target_obj - np.array(rig.pivots["neck"])
        yaw = math.degrees(math.atan2(look[0], look[2]))
        out["neck"] = np.array([0.0, max(-60.0, min(60.0, yaw)), 0.0])
    return out


# -- legs ----------------------------------------------------------------------------------------------------
def _solve_leg(rig: RigInfo, side: str, root_rot: Vec, root_pivot: Vec, target_obj: Vec,
               foot_rot_obj: Vec) -> tuple[Vec, Vec, Vec]:
    """Two-bone IK in the asset's local space: Euler angles of upper_leg, lower_leg and foot that put the
    ankle on ``target_obj`` (as near as the leg reaches) with the knee toward the foot's facing and the foot
    turned to ``foot_rot_obj``. Assumes straight legs in the bind pose (true of the built-in rigs)."""
    hip_p = np.array(rig.pivots[f"upper_leg_{side}"])
    knee_p = np.array(rig.pivots[f"lower_leg_{side}"])
    a, b = rig.thigh, rig.shin
    hip = root_rot @ (hip_p - root_pivot) + root_pivot
    v = root_rot.T @ (target_obj - hip)  # in the root bone's frame
    c = min(max(_norm(v), abs(a - b) + 1e-4), (a + b) * 0.99999)
    cos_alpha = (a * a + c * c - b * b) / (2 * a * c)
    alpha = math.acos(max(-1.0, min(1.0, cos_alpha)))
    cos_inner = (a * a + b * b - c * c) / (2 * a * b)
    knee = math.pi - math.acos(max(-1.0, min(1.0, cos_inner)))
    d = _unit(v, (0.0, -1.0, 0.0))
    pole = root_rot.T @ (foot_rot_obj @ np.array([0.0, 0.0, 1.0]))
    pole = pole - float(pole @ d) * d
    pole = _unit(pole, (0.0, 0.0, 1.0))
    thigh_dir = math.cos(alpha) * d + math.sin(alpha) * pole
    rest_dir = knee_p - hip_p
    r_hip = _frame(thigh_dir, pole) @ _frame(rest_dir, np.array([0.0, 0.0, 1.0])).T
    r_knee = _rx(knee)
    r_foot = (root_rot @ r_hip @ r_knee).T @ foot_rot_obj
    return _euler_of(r_hip), np.array([math.degrees(knee), 0.0, 0.0]), _euler_of(r_foot)


def _finish(obj: SceneObject, rig: RigInfo | None, body: BodyState, gestures: list[Action], t: float,
            objects: dict[str, SceneObject]) -> SceneObject:
    """Turn a body state into the object's transform and full pose."""
    rot = obj.transform.rotation
    heading_r = math.radians(body.heading)
    position = body.position + _ry(heading_r) @ body.lift
    transform = obj.transform.model_copy(update={
        "position": (float(position[0]), float(position[1]), float(position[2])),
        "rotation": (float(rot[0]), float(body.heading), float(rot[2])),
    })
    if rig is None:
        return obj.model_copy(update={"transform": transform})
    r_obj = _euler_matrix(transform.rotation)
    scale = np.array(transform.scale, float)
    pose = dict(body.pose)
    for g in gestures:
        w = _envelope_weight(g, t, _GESTURE_RAMP_S.get(g.kind, BLEND_S))
        if w <= 0:
            continue
        for bone, target in _gesture(rig, g, t, body, (position, r_obj, scale), objects).items():
            if bone in rig.bones:
                cur = pose.get(bone, np.zeros(3))
                pose[bone] = cur + (target - cur) * w
    if rig.has_legs and body.feet is not None:
        root_rot = _euler_matrix(pose.get("root", (0.0, 0.0, 0.0)))
        root_pivot = np.array(rig.pivots["root"])
        for side in ("l", "r"):
            foot = body.feet[side]
            target_obj = r_obj.T @ (foot.pos - position) / scale
            foot_rot = r_obj.T @ _ry(math.radians(foot.yaw))
            hip, knee, ankle = _solve_leg(rig, side, root_rot, root_pivot, target_obj, foot_rot)
            pose[f"upper_leg_{side}"], pose[f"lower_leg_{side}"], pose[f"foot_{side}"] = hip, knee, ankle
    # every bone gets an entry (zero when no clip drives it), in skeleton order
    final = {k: (float(pose[k][0]), float(pose[k][1]), float(pose[k][2])) if k in pose else (0.0, 0.0, 0.0)
             for k in rig.pivots}
    return obj.model_copy(update={"transform": transform, "pose": final})


# -- entry points --------------------------------------------------------------------------------------------
def _speakers(scene: Scene) -> dict[str, str]:
    """Character id and (lower-case) name -> body object id, for lines spoken by characters."""
    out: dict[str, str] = {}
    for c in scene.characters:
        out[c.id] = c.object_id
        out[c.name.lower()] = c.object_id
    return out


def _line_talks(scene: Scene) -> dict[str, list[Action]]:
    """Talk clips implied by spoken lines (a character moves its jaw while its line plays)."""
    from autark.scene.evaluate import estimate_line_duration_s

    speakers = _speakers(scene)
    out: dict[str, list[Action]] = {}
    for ln in scene.timeline.lines:
        oid = speakers.get(ln.speaker) or speakers.get(ln.speaker.lower())
        if oid is None:
            continue
        dur = ln.duration_s if ln.duration_s is not None else estimate_line_duration_s(ln.text)
        out.setdefault(oid, []).append(Action(object_id=oid, kind="talk", start_s=ln.start_s,
                                              end_s=ln.start_s + max(dur, 0.05)))
    return out


def validate_actions(scene: Scene) -> None:
    """Raise a ``UserInputError`` (with a hint) for the first action that cannot be carried out: an unknown
    object, a clip that ends before it starts, a walk with nowhere to go, a sit with nothing to sit on."""
    objects = {o.id: o for o in scene.objects}
    for a in scene.timeline.actions:
        if a.object_id not in objects:
            raise NotFound(f"a {a.kind} action names object {a.object_id!r}, which is not in the scene")
        if a.end_s <= a.start_s:
            raise UserInputError(f"the {a.kind} of {objects[a.object_id].name} ends before it starts",
                                 hint="give it an end time after its start time")
    by_obj: dict[str, list[Action]] = {}
    for a in scene.timeline.actions:
        if a.kind in MOVEMENT_KINDS:
            by_obj.setdefault(a.object_id, []).append(a)
    for oid, acts in by_obj.items():
        _chain(objects[oid], sorted(acts, key=lambda x: x.start_s), objects, lambda o, _t: o.transform)


def animate_objects(scene: Scene, objects: list[SceneObject], t: float,
                    transform_at: Callable[[SceneObject, float], Transform]) -> list[SceneObject]:
    """``objects`` (already track-evaluated) with every action applied at time t: positions, headings and
    poses. Characters without actions idle. Objects nothing animates are returned as they are."""
    movement: dict[str, list[Action]] = {}
    gestures: dict[str, list[Action]] = {}
    for a in scene.timeline.actions:
        (movement if a.kind in MOVEMENT_KINDS else gestures).setdefault(a.object_id, []).append(a)
    talked = _line_talks(scene) if scene.timeline.lines else {}
    for oid, talks in talked.items():
        explicit = [g for g in gestures.get(oid, []) if g.kind == "talk"]
        for tk in talks:
            if not any(g.start_s < tk.end_s and tk.start_s < g.end_s for g in explicit):
                gestures.setdefault(oid, []).append(tk)
    rigged = {typ for typ in {o.type for o in objects} if rig_info(typ) is not None}
    if not rigged and not movement:
        return objects  # the common case for a still scene: nothing to do, nothing copied
    by_id = {o.id: o for o in objects}
    out: list[SceneObject] = []
    changed = False
    for obj in objects:
        moves = movement.get(obj.id)
        if obj.type not in rigged and not moves:
            out.append(obj)
            continue
        rig = rig_info(obj.type)
        moves = sorted(moves or [], key=lambda x: x.start_s)
        segments = _chain(obj, moves, by_id, transform_at)
        initial = segments[0].start if segments else ChainState(tuple(obj.transform.position),  # type: ignore
                                                                float(obj.transform.rotation[1]))
        body = _base_state(rig, segments, initial, t, _phase(obj.id))
        active = [g for g in gestures.get(obj.id, []) if g.start_s <= t <= g.end_s]
        out.append(_finish(obj, rig, body, active, t, by_id))
        changed = True
    return out if changed else objects
