"""Physical placement: world boxes, support surfaces, riders and the nearest free spot.

Boxes are ``autark.scene.geometry.AABB``s, 6-tuples (x0, y0, z0, x1, y1, z1), so the hot path stays in fast
Python and numpy; they agree with ``autark.scene.geometry.world_bbox``. An object's *extent* is its box relative to its position, so
moving it is adding the position.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache

import numpy as np

from autark.scene.geometry import AABB, boxes_overlap, rotation_matrix
from autark.scene.model import Scene, SceneObject, Vec3

__all__ = ["Box", "extent", "world_box", "box_at", "overlaps", "find_free", "surfaces", "riders", "center",
           "union", "box_distance", "volume", "GAP", "FLOAT_HEIGHT"]

Box = AABB

GAP = 0.1  # default distance between neighbours ("next to"), metres
MARGIN = 0.02  # clearance kept between objects placed by a search, so they never touch by rounding
FLOAT_HEIGHT = 1.5  # bottom height of a floating asset placed without a relation


@lru_cache(maxsize=8192)
def extent(bounds_min: Vec3, bounds_max: Vec3, rotation: Vec3, scale: Vec3) -> Box:
    """The box of the local bounds under rotation and scale, relative to the position. Cached by value:
    every sentence that places something needs the box of every object, and most never change."""
    if rotation[0] == 0.0 and rotation[2] == 0.0:
        ry = math.radians(rotation[1])
        c, s = math.cos(ry), math.sin(ry)
        xs = (bounds_min[0] * scale[0], bounds_max[0] * scale[0])
        zs = (bounds_min[2] * scale[2], bounds_max[2] * scale[2])
        # Ry maps (x, z) -> (c x + s z, -s x + c z)
        wx = [c * x + s * z for x in xs for z in zs]
        wz = [-s * x + c * z for x in xs for z in zs]
        return AABB.of(min(wx), bounds_min[1] * scale[1], min(wz), max(wx), bounds_max[1] * scale[1], max(wz))
    m = rotation_matrix(rotation) * np.asarray(scale)[None, :]
    corners = np.array([[x, y, z] for x in (bounds_min[0], bounds_max[0]) for y in (bounds_min[1], bounds_max[1])
                        for z in (bounds_min[2], bounds_max[2])])
    w = corners @ m.T
    lo, hi = w.min(axis=0), w.max(axis=0)
    return AABB.of(float(lo[0]), float(lo[1]), float(lo[2]), float(hi[0]), float(hi[1]), float(hi[2]))


def obj_extent(obj: SceneObject) -> Box:
    t = obj.transform
    return extent(obj.bounds_min, obj.bounds_max, t.rotation, t.scale)


def box_at(ext: Box, pos: Vec3) -> Box:
    return AABB.of(ext[0] + pos[0], ext[1] + pos[1], ext[2] + pos[2], ext[3] + pos[0], ext[4] + pos[1],
                   ext[5] + pos[2])


def world_box(obj: SceneObject) -> Box:
    return box_at(obj_extent(obj), obj.transform.position)


def overlaps(a: Box, b: Box, tol: float = 1e-4) -> bool:
    return boxes_overlap(a, b, tol)


@cache
def _spiral(step: float, radius: float) -> tuple[np.ndarray, np.ndarray, int]:
    """Grid cells within ``radius`` sorted by distance (then angle, for determinism): (flat cell indices (k,)
    into a (2n+1)^2 grid whose centre cell is the wish, offsets in metres (k, 2), n)."""
    n = int(radius / step)
    g = np.arange(-n, n + 1)
    ii, jj = np.meshgrid(g, g, indexing="ij")
    idx = np.stack([ii.ravel(), jj.ravel()], axis=1)
    pts = idx * step
    d = np.hypot(pts[:, 0], pts[:, 1])
    keep = d <= radius + 1e-9
    idx, pts, d = idx[keep], pts[keep], d[keep]
    order = np.lexsort((np.arctan2(pts[:, 1], pts[:, 0]), np.round(d, 6)))
    cells = idx[order] + n
    return cells[:, 0] * (2 * n + 1) + cells[:, 1], pts[order], n


def find_free(ext: Box, desired: tuple[float, float], y: float, obstacles: list[Box], *,
              accept: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
              step: float = 0.05, radius: float = 25.0,
              region: tuple[float, float, float, float] | None = None) -> tuple[float, float] | None:
    """The free (x, z) nearest to ``desired`` where the box at height ``y`` overlaps no obstacle.

    ``accept(x, z)`` (vectorised) can demand a side ("left of the table"); ``region`` (x0, z0, x1, z1)
    limits where the position may be (a table top). Returns None when nothing fits.
    """
    ylo, yhi = ext[1] + y, ext[4] + y
    obs = [b for b in obstacles if b[1] < yhi - 1e-4 and ylo < b[4] - 1e-4]
    if region is None and accept is None and _free_at(ext, desired, obs):
        return float(round(desired[0], 4)), float(round(desired[1], 4))  # the wish itself is free: no grid
    # a fine grid near the wish (first 1 m, then 4 m: the spiral order makes the first free cell of the small
    # grid the nearest overall), then a coarse one further out (a fine grid 25 m wide costs too much)
    # big things need no 5 cm precision: a tree 3 m wide is searched on a grid of about 20 cm
    step = max(step, min(0.2, max(ext[3] - ext[0], ext[5] - ext[2]) / 16))
    passes = [(step, min(radius, 1.0))]
    if radius > 1.0:
        passes.append((step, min(radius, 4.0)))
    if radius > 4.0:
        passes.append((max(step, 0.25), radius))
    for st, rad in passes:
        found = _search(st, rad, ext, desired, obs, accept, region)
        if found is not None:
            return found
    return None


def _free_at(ext: Box, at: tuple[float, float], obs: list[Box]) -> bool:
    """Whether the box at (x, z) keeps ``MARGIN`` from every obstacle, by the same test the grid uses."""
    tol = 1e-4
    x, z = at
    for b in obs:
        if (b[0] - MARGIN - ext[3] + tol < x < b[3] + MARGIN - ext[0] - tol
                and b[2] - MARGIN - ext[5] + tol < z < b[5] + MARGIN - ext[2] - tol):
            return False
    return True


def _search(step: float, radius: float, ext: Box, desired: tuple[float, float], obs: list[Box],
            accept: Callable[[np.ndarray, np.ndarray], np.ndarray] | None,
            region: tuple[float, float, float, float] | None) -> tuple[float, float] | None:
    """Rasterise where the box's origin may not go (each obstacle grown by the box: a Minkowski sum) into
    the grid, then take the first free cell in spiral order. Costs one slice per obstacle."""
    idx, offsets, n = _spiral(step, radius)
    size = 2 * n + 1
    blocked = np.zeros((size, size), dtype=bool)
    dx, dz = desired
    tol = 1e-4
    if obs:
        b = np.asarray(obs, dtype=float)
        # origin x is blocked when b.x0 - m < x + ext.x1 - tol and x + ext.x0 < b.x1 + m - tol (all at once)
        i0 = np.floor((b[:, 0] - MARGIN - ext[3] + tol - dx) / step + n).astype(int) + 1
        i1 = np.ceil((b[:, 3] + MARGIN - ext[0] - tol - dx) / step + n).astype(int) - 1
        j0 = np.floor((b[:, 2] - MARGIN - ext[5] + tol - dz) / step + n).astype(int) + 1
        j1 = np.ceil((b[:, 5] + MARGIN - ext[2] - tol - dz) / step + n).astype(int) - 1
        hit = (i1 >= 0) & (j1 >= 0) & (i0 < size) & (j0 < size) & (i0 <= i1) & (j0 <= j1)
        for k in np.flatnonzero(hit):  # only the obstacles that reach into the grid are drawn
            blocked[max(i0[k], 0):i1[k] + 1, max(j0[k], 0):j1[k] + 1] = True
    ok = ~blocked.ravel()[idx]
    if region is not None or accept is not None:
        x = offsets[:, 0] + dx
        z = offsets[:, 1] + dz
        if region is not None:
            ok &= (x >= region[0] - 1e-9) & (x <= region[2] + 1e-9) & (z >= region[1] - 1e-9) \
                & (z <= region[3] + 1e-9)
        if accept is not None:
            ok &= accept(x, z)
    first = int(np.argmax(ok))
    if not ok[first]:
        return None
    return float(round(offsets[first, 0] + dx, 4)), float(round(offsets[first, 1] + dz, 4))


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


def center(b: Box) -> tuple[float, float, float]:
    return ((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2)


def union(boxes: list[Box]) -> Box:
    return AABB.of(min(b[0] for b in boxes), min(b[1] for b in boxes), min(b[2] for b in boxes),
                   max(b[3] for b in boxes), max(b[4] for b in boxes), max(b[5] for b in boxes))


def box_distance(a: Box, b: Box) -> float:
    """The gap between two boxes on the floor plane (0 when their footprints touch or overlap)."""
    dx = max(0.0, a[0] - b[3], b[0] - a[3])
    dz = max(0.0, a[2] - b[5], b[2] - a[5])
    return math.hypot(dx, dz)


def volume(b: Box) -> float:
    return (b[3] - b[0]) * (b[4] - b[1]) * (b[5] - b[2])
