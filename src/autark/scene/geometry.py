"""Geometry questions asked of pure scene data: matrices, world bounding boxes, overlap.

Object transforms are in world space. ``parent`` records grouping; operators that move a parent move its
children with it, so no hierarchy needs to be walked here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.scene.model import SceneObject, Transform, Vec3

__all__ = ["AABB", "rotation_matrix", "model_matrix", "world_bbox", "look_at"]


@dataclass(frozen=True)
class AABB:
    """An axis-aligned box in world space (metres)."""

    min: Vec3
    max: Vec3

    @property
    def center(self) -> Vec3:
        return tuple((a + b) / 2 for a, b in zip(self.min, self.max, strict=True))  # type: ignore[return-value]

    @property
    def size(self) -> Vec3:
        return tuple(b - a for a, b in zip(self.min, self.max, strict=True))  # type: ignore[return-value]

    def overlaps(self, other: AABB, tolerance: float = 1e-4) -> bool:
        """True when the boxes share volume (touching faces within ``tolerance`` do not count)."""
        return all(
            self.min[i] < other.max[i] - tolerance and other.min[i] < self.max[i] - tolerance for i in range(3)
        )

    def overlaps_xz(self, other: AABB, tolerance: float = 1e-4) -> bool:
        return all(self.min[i] < other.max[i] - tolerance and other.min[i] < self.max[i] - tolerance for i in (0, 2))

    def union(self, other: AABB) -> AABB:
        return AABB(
            tuple(min(a, b) for a, b in zip(self.min, other.min, strict=True)),  # type: ignore[arg-type]
            tuple(max(a, b) for a, b in zip(self.max, other.max, strict=True)),  # type: ignore[arg-type]
        )


def rotation_matrix(rotation_deg: Vec3) -> np.ndarray:
    """3x3 rotation for Euler XYZ degrees, applied X first, then Y, then Z (R = Rz @ Ry @ Rx)."""
    rx, ry, rz = (math.radians(a) for a in rotation_deg)
    cx, sx, cy, sy, cz, sz = math.cos(rx), math.sin(rx), math.cos(ry), math.sin(ry), math.cos(rz), math.sin(rz)
    mx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    my = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    mz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return mz @ my @ mx


def model_matrix(transform: Transform) -> np.ndarray:
    """4x4 model matrix T @ R @ S (column vectors)."""
    m = np.eye(4)
    m[:3, :3] = rotation_matrix(transform.rotation) * np.asarray(transform.scale)[None, :]
    m[:3, 3] = transform.position
    return m


def world_bbox(obj: SceneObject) -> AABB:
    """The world-space AABB of an object's local bounds under its transform."""
    lo, hi = np.asarray(obj.bounds_min, float), np.asarray(obj.bounds_max, float)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    m = model_matrix(obj.transform)
    world = corners @ m[:3, :3].T + m[:3, 3]
    return AABB(tuple(world.min(axis=0).tolist()), tuple(world.max(axis=0).tolist()))  # type: ignore[arg-type]


def look_at(eye: Vec3, target: Vec3, up: Vec3 = (0.0, 1.0, 0.0)) -> np.ndarray:
    """4x4 view matrix (OpenGL convention: camera looks down its -Z)."""
    e, t, u = (np.asarray(v, float) for v in (eye, target, up))
    f = t - e
    n = np.linalg.norm(f)
    f = f / n if n > 1e-9 else np.array([0.0, 0.0, -1.0])
    s = np.cross(f, u)
    if np.linalg.norm(s) < 1e-9:  # looking straight along up: pick another up
        s = np.cross(f, np.array([0.0, 0.0, -1.0]))
    s /= np.linalg.norm(s)
    uu = np.cross(s, f)
    view = np.eye(4)
    view[0, :3], view[1, :3], view[2, :3] = s, uu, -f
    view[:3, 3] = -view[:3, :3] @ e
    return view
