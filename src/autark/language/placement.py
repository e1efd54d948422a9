"""Physical placement: world boxes, support surfaces, riders and the nearest free spot.

Boxes are plain 6-tuples (x0, y0, z0, x1, y1, z1) so the hot path stays in fast Python and numpy; they agree
with ``autark.scene.geometry.world_bbox``. An object's *extent* is its box relative to its position, so
moving it is adding the position.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

import numpy as np

from autark.scene.geometry import rotation_matrix
from autark.scene.model import Scene, SceneObject, Vec3

__all__ = ["Box", "extent", "world_box", "box_at", "overlaps", "find_free", "surfaces", "riders",
           "GAP", "FLOAT_HEIGHT"]

Box = tuple[float, float, float, float, float, float]

GAP = 0.1  # default distance between neighbours ("next to"), metres
MARGIN = 0.02  # clearance kept between objects placed by a search, so they never touch by rounding
FLOAT_HEIGHT = 1.5  # bottom height of a floating asset placed without a relation


def extent(bounds_min: Vec3, bounds_max: Vec3, rotation: Vec3, scale: Vec3) -> Box:
    """The box of the local bounds under rotation and scale, relative to the position."""
    if rotation[0] == 0.0 and rotation[2] == 0.0:
        ry = math.radians(rotation[1])
        c, s = math.cos(ry), math.sin(ry)
        xs = (bounds_min[0] * scale[0], bounds_max[0] * scale[0])
        zs = (bounds_min[2] * scale[2], bounds_max[2] * scale[2])
        # Ry maps (x, z) -> (c x + s z, -s x + c z)
        wx = [c * x + s * z for x in xs for z in zs]
        wz = [-s * x + c * z for x in xs for z in zs]
        return (min(wx), bounds_min[1] * scale[1], min(wz), max(wx), bounds_max[1] * scale[1], max(wz))
    m = rotation_matrix(rotation) * np.asarray(scale)[None, :]
    corners = np.array([[x, y, z] for x in (bounds_min[0], bounds_max[0]) for y in (bounds_min[1], bounds_max[1])
                        for z in (bounds_min[2], bounds_max[2])])
    w = corners @ m.T
    lo, hi = w.min(axis=0), w.max(axis=0)
    return (float(lo[0]), float(lo[1]), float(lo[2]), float(hi[0]), float(hi[1]), float(hi[2]))


def obj_extent(obj: SceneObject) -> Box:
    t = obj.transform
    return extent(obj.bounds_min, obj.bounds_max, t.rotation, t.scale)


def box_at(ext: Box, pos: Vec3) -> Box:
    return (ext[0] + pos[0], ext[1] + pos[1], ext[2] + pos[2], ext[3] + pos[0], ext[4] + pos[1], ext[5] + pos[2])


def world_box(obj: SceneObject) -> Box:
    return box_at(obj_extent(obj), obj.transform.position)


def overlaps(a: Box, b: Box, tol: float = 1e-4) -> bool:
    return (a[0] < b[3] - tol and b[0] < a[3] - tol and a[1] < b[4] - tol and b[1] < a[4] - tol
            and a[2] < b[5] - tol and b[2] < a[5] - tol)


@cache
def _spiral(step: float, radius: float) -> np.ndarray:
    """Grid offsets within ``radius`` sorted by distance (then angle, for determinism)."""
    n = int(radius / step)
    g = np.arange(-n, n + 1) * step
    xx, zz = np.meshgrid(g, g, indexing="ij")
    pts = np.stack([xx.ravel(), zz.ravel()], axis=1)
    d = np.hypot(pts[:, 0], pts[:, 1])
    keep = d <= radius + 1e-9
    pts, d = pts[keep], d[keep]
    order = np.lexsort((np.arctan2(pts[:, 1], pts[:, 0]), np.round(d, 6)))
    return pts[order]


def find_free(ext: Box, desired: tuple[float, float], y: float, obstacles: list[Box], *,
              accept: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
              step: float = 0.05, radius: float = 25.0,
              region: tuple[float, float, float, float] | None = None) -> tuple[float, float] | None:
    """The free (x, z) nearest to ``desired`` where the box at height ``y`` overlaps no obstacle.

    ``accept(x, z)`` (vectorised) can demand a side ("left of the table"); ``region`` (x0, z0, x1, z1)
    limits where the position may be (a table top). Returns None when nothing fits.
    """
    ylo, yhi = ext[1] + y, ext[4] + y
    obs = np.array([b for b in obstacles if b[1] < yhi - 1e-4 and ylo < b[4] - 1e-4], dtype=float).reshape(-1, 6)
    if len(obs):
        # inflate by the margin so neighbours keep a visible gap
        obs = obs + np.array([-MARGIN, 0, -MARGIN, MARGIN, 0, MARGIN])
    # a fine grid near the wish, then a coarse one further out (a fine grid 25 m wide costs too much)
    fine = _spiral(step, min(radius, 4.0))
    passes = [fine] if radius <= 4.0 else [fine, _spiral(max(step, 0.25), radius)]
    for offsets in passes:
        found = _search(offsets, ext, desired, obs, accept, region)
        if found is not None:
            return found
    return None


def _search(offsets: np.ndarray, ext: Box, desired: tuple[float, float], obs: np.ndarray,
            accept: Callable[[np.ndarray, np.ndarray], np.ndarray] | None,
            region: tuple[float, float, float, float] | None) -> tuple[float, float] | None:
    chunk = 256
    for start in range(0, len(offsets), chunk):
        cand = offsets[start:start + chunk] + np.asarray(desired)
        x, z = cand[:, 0], cand[:, 1]
        ok = np.ones(len(cand), dtype=bool)
        if region is not None:
            ok &= (x >= region[0] - 1e-9) & (x <= region[2] + 1e-9) & (z >= region[1] - 1e-9) & (z <= region[3] + 1e-9)
        if accept is not None:
            ok &= accept(x, z)
        if not ok.any():
            continue
        if len(obs):
            bx0, bx1 = x[:, None] + ext[0], x[:, None] + ext[3]
            bz0, bz1 = z[:, None] + ext[2], z[:, None] + ext[5]
            hit = (bx0 < obs[None, :, 3] - 1e-4) & (obs[None, :, 0] < bx1 - 1e-4) & \
                  (bz0 < obs[None, :, 5] - 1e-4) & (obs[None, :, 2] < bz1 - 1e-4)
            ok &= ~hit.any(axis=1)
        idx = np.flatnonzero(ok)
        if len(idx):
            return float(round(x[idx[0]], 4)), float(round(z[idx[0]], 4))
    return None


def surfaces(obj: SceneObject) -> list[tuple[float, tuple[float, float, float, float]]]:
    """World (height, (x0, z0, x1, z1)) of the object's support surfaces; its box top when it declares none."""
    from autark.assets import library

    t = obj.transform
    try:
        spec = library.get(obj.type)
        sups = spec.supports
    except KeyError:
        sups = ()
    if not sups:
        b = world_box(obj)
        return [(b[4], (b[0], b[2], b[3], b[5]))]
    out = []
    for s in sups:
        ext = extent((s.min_xz[0], s.height, s.min_xz[1]), (s.max_xz[0], s.height, s.max_xz[1]), t.rotation, t.scale)
        b = box_at(ext, t.position)
        out.append((b[4], (b[0], b[2], b[3], b[5])))
    return out


def riders(scene: Scene, ids: set[str], boxes: dict[str, Box]) -> list[str]:
    """Objects resting (directly or through others) on any of ``ids``: bottom on a support within 1 cm and
    centre inside its footprint. They travel with what carries them."""
    found: list[str] = []
    frontier = list(ids)
    seen = set(ids)
    while frontier:
        base = scene.find_object(frontier.pop())
        if base is None:
            continue
        sups = surfaces(base)
        for o in scene.objects:
            if o.id in seen or o.type == "group":
                continue
            b = boxes[o.id]
            if b[1] < 0.01:
                continue
            cx, cz = (b[0] + b[3]) / 2, (b[2] + b[5]) / 2
            for h, (x0, z0, x1, z1) in sups:
                if abs(b[1] - h) <= 0.011 and x0 - 1e-6 <= cx <= x1 + 1e-6 and z0 - 1e-6 <= cz <= z1 + 1e-6:
                    found.append(o.id)
                    seen.add(o.id)
                    frontier.append(o.id)
                    break
    return found
