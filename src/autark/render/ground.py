"""The ground: a square of ``settings.ground_size`` metres a hair below y=0, drawn as lit instances of one
quad, and the cells of it where the sun's shadow can fall (the only ones that need the shadowed shader).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from autark.render.gpu import INSTANCE_FLOATS
from autark.render.lighting import srgb_to_linear
from autark.render.meshes import MeshData, PartData

__all__ = ["GROUND_DROP_M", "GROUND_ROUGHNESS", "ground_part", "ground_record", "shadow_cells"]

GROUND_ROUGHNESS = 0.92
GROUND_DROP_M = 0.002  # the ground sits a hair below y=0 so objects' bottom faces never fight with it
SHADOW_CELLS_MAX_SHARE = 0.6  # above this share of the ground in cells, shade the whole ground with shadows


def ground_part() -> PartData:
    """The ground's mesh: a unit quad in the xz plane facing up, stretched and placed by ``ground_record``."""
    ground = np.array([[-0.5, 0, -0.5, 0, 1, 0], [0.5, 0, -0.5, 0, 1, 0], [0.5, 0, 0.5, 0, 1, 0],
                       [-0.5, 0, 0.5, 0, 1, 0]], np.float32)
    return PartData(MeshData(ground, np.array([0, 2, 1, 0, 3, 2], np.uint32)), (), None, None, None, 0.0, None)


def shadow_cells(lo: np.ndarray, hi: np.ndarray, sun_dir: np.ndarray, texel_m: float, ground_size: float,
                 grid: int = 128) -> np.ndarray | None:
    """Rectangles (x0, z0, x1, z1) on the ground that hold every point the sun's shadow map can darken: the
    shadows of the boxes ``lo``..``hi`` cast along ``sun_dir`` onto the ground, grown by the reach of the
    filtered lookup, snapped outward to a ``grid`` x ``grid`` division of the ground and merged into runs.
    None when that is most of the ground (or the sun is so low that shadows stretch across it)."""
    if sun_dir[1] > -0.1:
        return None
    half = ground_size * 0.5
    cell = ground_size / grid
    slide = np.asarray(sun_dir, float)[[0, 2]] / -sun_dir[1]  # horizontal travel per metre of drop
    h0 = np.maximum(lo[:, 1] + GROUND_DROP_M, 0.0)  # heights above the ground of each box's bottom and top
    h1 = np.maximum(hi[:, 1] + GROUND_DROP_M, 0.0)
    # A shadow texel stretches along the ground by 1 / sin(elevation); the four-tap lookup reaches ~1.75
    # texels, the normal offset 1.5 more: five texels of margin, and a cell more for the sampled sweep below.
    margin = 5.0 * texel_m / -sun_dir[1] + cell
    # A box's shadow is its footprint swept along the sun's slide from its bottom's height to its top's:
    # stamped at steps of at most a cell along the sweep (the margin covers between the stamps).
    steps = np.ceil(np.abs(h1 - h0) * float(np.abs(slide).max()) / cell).astype(int) + 1
    which = np.repeat(np.arange(len(lo)), steps)
    t = np.arange(len(which)) - np.repeat(np.cumsum(steps) - steps, steps)
    frac = t / np.maximum(np.repeat(steps, steps) - 1, 1)
    h = h0[which] + (h1 - h0)[which] * frac
    x0 = lo[which, 0] + slide[0] * h - margin
    x1 = hi[which, 0] + slide[0] * h + margin
    z0 = lo[which, 2] + slide[1] * h - margin
    z1 = hi[which, 2] + slide[1] * h + margin
    i0 = np.clip(np.floor((x0 + half) / cell), 0, grid).astype(int)
    i1 = np.clip(np.ceil((x1 + half) / cell), 0, grid).astype(int)
    k0 = np.clip(np.floor((z0 + half) / cell), 0, grid).astype(int)
    k1 = np.clip(np.ceil((z1 + half) / cell), 0, grid).astype(int)
    # Paint every stamp at once: +1/-1 at its corners, then running sums along both axes.
    side = grid + 1
    corners = np.concatenate([k0 * side + i0, k0 * side + i1, k1 * side + i0, k1 * side + i1])
    signs = np.repeat(np.array([1.0, -1.0, -1.0, 1.0]), len(k0))
    paint = np.bincount(corners, signs, minlength=side * side).reshape(side, side)  # [z row, x column]
    occupied = paint.astype(np.int32).cumsum(axis=0).cumsum(axis=1)[:grid, :grid] > 0
    if occupied.mean() > SHADOW_CELLS_MAX_SHARE:
        return None
    # Runs along x in each row, then runs with the same ends in consecutive rows joined into one rectangle.
    padded = np.zeros((grid, grid + 2), np.int8)
    padded[:, 1:-1] = occupied
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    ends = np.nonzero(step == -1)[1]  # the same row-major order as the starts
    key = starts * side + ends
    order = np.lexsort((rows, key))
    rows, key = rows[order], key[order]
    new = np.ones(len(key), bool)
    new[1:] = (key[1:] != key[:-1]) | (rows[1:] != rows[:-1] + 1)
    first = np.nonzero(new)[0]
    last = np.append(first[1:], len(key)) - 1
    rect = np.stack([key[first] // side, rows[first], key[first] % side, rows[last] + 1], 1) * cell - half
    # Neighbouring rectangles overlap by a sliver: where one's corner meets another's edge, rasterisation
    # could otherwise leave a pixel between them to the unshadowed ground.
    return rect.astype(float) + np.array([-1.0, -1.0, 1.0, 1.0]) * (0.05 * cell)


def ground_record(settings: Any, center: tuple[float, float] | tuple[np.ndarray, np.ndarray],
                  size: tuple[float, float] | tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Instance records of ground rectangles (the whole ground, or the cells ``shadow_cells`` picks)."""
    cx, cz = np.atleast_1d(center[0]), np.atleast_1d(center[1])
    sx, sz = np.atleast_1d(size[0]), np.atleast_1d(size[1])
    n = len(cx)
    m = np.tile(np.eye(4), (n, 1, 1))
    m[:, 0, 0], m[:, 2, 2] = sx, sz
    m[:, 0, 3], m[:, 1, 3], m[:, 2, 3] = cx, -GROUND_DROP_M, cz
    rec = np.zeros((n, INSTANCE_FLOATS), np.float32)
    rec[:, 0:16] = m.transpose(0, 2, 1).reshape(n, 16)
    rec[:, 16:25] = np.eye(3).reshape(9)
    rec[:, 25:28] = srgb_to_linear(settings.ground_color)
    rec[:, 28] = 1.0
    rec[:, 29] = GROUND_ROUGHNESS
    return rec

