"""Geometry questions asked of pure scene data: matrices, world bounding boxes, overlap.

Object transforms are in world space. ``parent`` records grouping; operators that move a parent move its
children with it, so no hierarchy needs to be walked here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from autark.scene.model import SceneObject, Transform, Vec3

__all__ = ["AABB", "boxes_overlap", "cross", "rotation_matrix", "euler_matrices", "model_matrix", "world_bbox",
           "look_at", "floor_top_y"]


def boxes_overlap(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 1e-4) -> bool:
    """True when two boxes (x0, y0, z0, x1, y1, z1) share volume (touching faces within ``tolerance`` do not
    count). Takes ``AABB``s or plain 6-tuples (the placement search's hot path builds those)."""
    return (a[0] < b[3] - tolerance and b[0] < a[3] - tolerance and a[1] < b[4] - tolerance
            and b[1] < a[4] - tolerance and a[2] < b[5] - tolerance and b[2] < a[5] - tolerance)


class AABB(tuple):
    """An axis-aligned box in world space (metres), the one box type: the 6-tuple (x0, y0, z0, x1, y1, z1),
    so hot paths index it like a plain tuple. ``AABB(min, max)`` or ``AABB.of(x0, y0, z0, x1, y1, z1)``."""

    __slots__ = ()

    def __new__(cls, min: Vec3, max: Vec3) -> AABB:
        return tuple.__new__(cls, (min[0], min[1], min[2], max[0], max[1], max[2]))

    @classmethod
    def of(cls, x0: float, y0: float, z0: float, x1: float, y1: float, z1: float) -> AABB:
        return tuple.__new__(cls, (x0, y0, z0, x1, y1, z1))

    def __getnewargs__(self) -> tuple[Vec3, Vec3]:  # type: ignore[override]
        return self.min, self.max

    def __repr__(self) -> str:
        return f"AABB(min={self.min}, max={self.max})"

    @property
    def min(self) -> Vec3:
        return (self[0], self[1], self[2])

    @property
    def max(self) -> Vec3:
        return (self[3], self[4], self[5])

    @property
    def center(self) -> Vec3:
        return ((self[0] + self[3]) / 2, (self[1] + self[4]) / 2, (self[2] + self[5]) / 2)

    @property
    def size(self) -> Vec3:
        return (self[3] - self[0], self[4] - self[1], self[5] - self[2])

    def overlaps(self, other: tuple[float, ...], tolerance: float = 1e-4) -> bool:
        """True when the boxes share volume (touching faces within ``tolerance`` do not count)."""
        return boxes_overlap(self, other, tolerance)

    def overlaps_xz(self, other: tuple[float, ...], tolerance: float = 1e-4) -> bool:
        return (self[0] < other[3] - tolerance and other[0] < self[3] - tolerance
                and self[2] < other[5] - tolerance and other[2] < self[5] - tolerance)

    def union(self, other: tuple[float, ...]) -> AABB:
        return AABB.of(min(self[0], other[0]), min(self[1], other[1]), min(self[2], other[2]),
                       max(self[3], other[3]), max(self[4], other[4]), max(self[5], other[5]))


def cross(a: Any, b: Any) -> tuple[Any, Any, Any]:
    """a x b from components: two 3-vectors (tuples, lists, arrays) give a tuple of three numbers; stacked
    components (``u.T`` of an (N, 3) array) give three arrays of N. ``np.cross`` costs ~20x this on small
    inputs, and the leg IK and the renderer's matrix inverses call it every frame."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _euler_entries(cx: Any, sx: Any, cy: Any, sy: Any, cz: Any, sz: Any) -> tuple[tuple[Any, Any, Any], ...]:
    """Rows of R = Rz @ Ry @ Rx from the cosines and sines of the three angles (numbers or arrays)."""
    czsy, szsy = cz * sy, sz * sy
    return ((cz * cy, czsy * sx - sz * cx, czsy * cx + sz * sx),
            (sz * cy, szsy * sx + cz * cx, szsy * cx - cz * sx),
            (-sy, cy * sx, cy * cx))


def rotation_matrix(rotation_deg: Vec3 | Sequence[float]) -> np.ndarray:
    """3x3 rotation for Euler XYZ degrees, applied X first, then Y, then Z (R = Rz @ Ry @ Rx)."""
    x, y, z = (math.radians(float(a)) for a in rotation_deg)
    return np.array(_euler_entries(math.cos(x), math.sin(x), math.cos(y), math.sin(y), math.cos(z), math.sin(z)))


def euler_matrices(rotations_deg: np.ndarray) -> np.ndarray:
    """(N, 3) Euler XYZ degrees -> (N, 3, 3) rotations, as ``rotation_matrix`` for each row."""
    r = np.radians(np.asarray(rotations_deg, float)).reshape(-1, 3)
    x, y, z = r[:, 0], r[:, 1], r[:, 2]
    rows = _euler_entries(np.cos(x), np.sin(x), np.cos(y), np.sin(y), np.cos(z), np.sin(z))
    m = np.empty((len(r), 3, 3))
    for i, row in enumerate(rows):
        for j, entry in enumerate(row):
            m[:, i, j] = entry
    return m


def model_matrix(transform: Transform) -> np.ndarray:
    """4x4 model matrix T @ R @ S (column vectors)."""
    m = np.eye(4)
    m[:3, :3] = rotation_matrix(transform.rotation) * np.asarray(transform.scale)[None, :]
    m[:3, 3] = transform.position
    return m


def world_bbox(obj: SceneObject) -> AABB:
    """The world-space AABB of an object's local bounds under its transform."""
    # The box's centre moved by the transform, and its half size through the absolute matrix: the same box as
    # the eight corners' min and max, without building them (every frame asks this of every thing, often).
    lo, hi = np.asarray(obj.bounds_min, float), np.asarray(obj.bounds_max, float)
    t = obj.transform
    m = rotation_matrix(t.rotation) * np.asarray(t.scale, float)[None, :]
    centre = m @ ((lo + hi) / 2) + np.asarray(t.position, float)
    half = np.abs(m) @ ((hi - lo) / 2)
    return AABB((centre - half).tolist(), (centre + half).tolist())


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


def floor_top_y(scene) -> float:  # noqa: ANN001 - a Scene (scene.model imports this module)
    """The height of the top of the set's floor (0 for a set without one): where things rest, sink and are dug up."""
    floor = next((o for o in scene.objects if o.type == "floor" and o.tag == "setting"), None)
    return float(world_bbox(floor).max[1]) if floor is not None else 0.0
