"""The body a clip moves: rig measurements, the body state at one instant, hand-over blends and the leg IK.

A clip never animates legs as angles: it says where each FOOT should be in the world, and a two-bone IK
(``solve_leg``) turns foot targets into hip/knee/ankle rotations, so a planted foot stays exactly where it was
put, whatever the pelvis does.

Forward kinematics is ``autark.assets.rig`` (the one place that turns a pose into matrices); this module only
composes the few rotations the IK needs from the rig's own convention (R = Rz @ Ry @ Rx about each pivot,
``autark.scene.geometry.rotation_matrix``).
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from autark.scene.geometry import cross
from autark.scene.model import SceneObject

__all__ = ["BLEND_S", "Vec", "RigInfo", "rig_info", "is_rigged", "Foot", "BodyState", "blend_bodies", "rest_feet",
           "solve_leg"]

BLEND_S = 0.2  # seconds over which one clip hands over to the next

Vec = np.ndarray


# -- small rotation helpers (3x3, column vectors, degrees at the edges) --------------------------------------


def rot_x(a: float) -> Vec:
    c, s = math.cos(a), math.sin(a)
    return np.array([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]])


def rot_y(a: float) -> Vec:
    c, s = math.cos(a), math.sin(a)
    return np.array([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]])


def euler_of(r: Vec) -> Vec:
    """Euler XYZ degrees of a rotation matrix R = Rz @ Ry @ Rx (inverse of ``rotation_matrix``)."""
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


def norm(v: Vec) -> float:
    return math.sqrt(float(v[0]) ** 2 + float(v[1]) ** 2 + float(v[2]) ** 2)


def unit(v: Vec, fallback: tuple[float, float, float] = (0.0, 0.0, 1.0)) -> Vec:
    n = norm(v)
    return v / n if n > 1e-9 else np.array(fallback, float)


def basis_frame(direction: Vec, pole: Vec) -> Vec:
    """Columns (direction, pole x direction, pole made orthogonal to direction)."""
    e1 = unit(direction)
    p = pole - float(pole @ e1) * e1
    if norm(p) < 1e-6:  # pole parallel to the direction: any perpendicular will do
        p = np.array(cross(e1, (1.0, 0.0, 0.0)))
        if norm(p) < 1e-6:
            p = np.array(cross(e1, (0.0, 0.0, 1.0)))
    e3 = unit(p)
    return np.column_stack([e1, np.array(cross(e3, e1)), e3])


def rotation_between(a: Vec, b: Vec) -> Vec:
    """The smallest rotation taking direction a to direction b (Rodrigues)."""
    a, b = unit(a), unit(b)
    axis = np.array(cross(a, b))
    s, c = norm(axis), float(a @ b)
    if s < 1e-9:
        if c > 0:
            return np.eye(3)
        perp = unit(np.array(cross(a, (1.0, 0.0, 0.0) if abs(a[0]) < 0.9 else (0.0, 0.0, 1.0))))
        return 2.0 * np.outer(perp, perp) - np.eye(3)
    k = axis / s
    kx = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    return np.eye(3) + s * kx + (1 - c) * (kx @ kx)


def heading_to(src: Vec, dst: Vec, default: float) -> float:
    """Rotation about Y (degrees) that turns local +Z toward dst as seen from src (XZ plane)."""
    dx, dz = float(dst[0] - src[0]), float(dst[2] - src[2])
    if dx * dx + dz * dz < 1e-8:
        return default
    return math.degrees(math.atan2(dx, dz))


def angle_delta(a: float, b: float) -> float:
    """Shortest signed turn (degrees) from heading a to heading b."""
    return (b - a + 180.0) % 360.0 - 180.0


def left_dir(heading_deg: float) -> Vec:
    """World direction of the body's local +X (its left side) for a heading."""
    h = math.radians(heading_deg)
    return np.array([math.cos(h), 0.0, -math.sin(h)])


def forward_dir(heading_deg: float) -> Vec:
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


def blend_bodies(a: BodyState, b: BodyState, w: float) -> BodyState:
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
                        a.feet[k].yaw + angle_delta(a.feet[k].yaw, b.feet[k].yaw) * w) for k in a.feet}
    else:
        feet = b.feet if w >= 0.5 else a.feet
    return BodyState(a.position * (1 - w) + b.position * w, a.heading + angle_delta(a.heading, b.heading) * w,
                     a.lift * (1 - w) + b.lift * w, pose, feet)


def rest_feet(rig: RigInfo, position: Vec, heading: float) -> dict[str, Foot]:
    side = left_dir(heading)
    up = np.array([0.0, rig.ankle_y, 0.0])
    return {"l": Foot(position + side * rig.half_width + up, heading),
            "r": Foot(position - side * rig.half_width + up, heading)}


# -- legs ----------------------------------------------------------------------------------------------------
def solve_leg(rig: RigInfo, side: str, root_rot: Vec, root_pivot: Vec, target_obj: Vec,
              foot_rot_obj: Vec) -> tuple[Vec, Vec, Vec]:
    """Two-bone IK in the asset's local space: Euler angles of upper_leg, lower_leg and foot that put the
    ankle on ``target_obj`` (as near as the leg reaches) with the knee toward the foot's facing and the foot
    turned to ``foot_rot_obj``. Assumes straight legs in the bind pose (true of the built-in rigs)."""
    hip_p = np.array(rig.pivots[f"upper_leg_{side}"])
    knee_p = np.array(rig.pivots[f"lower_leg_{side}"])
    a, b = rig.thigh, rig.shin
    hip = root_rot @ (hip_p - root_pivot) + root_pivot
    v = root_rot.T @ (target_obj - hip)  # in the root bone's frame
    c = min(max(norm(v), abs(a - b) + 1e-4), (a + b) * 0.99999)
    cos_alpha = (a * a + c * c - b * b) / (2 * a * c)
    alpha = math.acos(max(-1.0, min(1.0, cos_alpha)))
    cos_inner = (a * a + b * b - c * c) / (2 * a * b)
    knee = math.pi - math.acos(max(-1.0, min(1.0, cos_inner)))
    d = unit(v, (0.0, -1.0, 0.0))
    pole = root_rot.T @ (foot_rot_obj @ np.array([0.0, 0.0, 1.0]))
    pole = pole - float(pole @ d) * d
    pole = unit(pole, (0.0, 0.0, 1.0))
    thigh_dir = math.cos(alpha) * d + math.sin(alpha) * pole
    rest_dir = knee_p - hip_p
    r_hip = basis_frame(thigh_dir, pole) @ basis_frame(rest_dir, np.array([0.0, 0.0, 1.0])).T
    r_knee = rot_x(knee)
    r_foot = (root_rot @ r_hip @ r_knee).T @ foot_rot_obj
    return euler_of(r_hip), np.array([math.degrees(knee), 0.0, 0.0]), euler_of(r_foot)


def phase_of(obj_id: str) -> float:
    """A per-object phase (radians) so that two idle characters do not breathe in step."""
    return (zlib.crc32(obj_id.encode()) % 1000) / 1000.0 * 2 * math.pi
