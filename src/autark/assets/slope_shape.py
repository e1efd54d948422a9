"""The shape of a slope to slide down (``autark.assets.catalog.slopes`` builds its mesh from it, and
``autark.motion.sliding`` keeps a sliding body on its surface): a short steep back, a small flat top, and a long
run down toward local +X, gentle at its top and foot and steepest between, its sides rounded off to the ground.
Local metres, bottom centre at the origin, for a slope at its declared size."""

from __future__ import annotations

import numpy as np

__all__ = ["SLOPE_KINDS", "surface_y", "run_ends", "profile", "across", "heightfield_mesh", "LENGTH_M", "HEIGHT_M",
           "WIDTH_M"]

LENGTH_M, HEIGHT_M, WIDTH_M = 11.0, 2.6, 4.4  # along the run, up, across
_BACK_M, _TOP_M, _SIDE_M = 2.4, 1.0, 1.3  # the back's length, the flat top's, the rounded edge of each side
SLOPE_KINDS = ("hill", "snow_hill", "rocky_slope", "dune")  # (catalog.slopes, catalog.terrain_forms)


def _smooth(u: np.ndarray | float) -> np.ndarray:
    u = np.clip(u, 0.0, 1.0)
    return u * u * (3.0 - 2.0 * u)


def profile(x: np.ndarray | float) -> np.ndarray:
    """The share of the full height at ``x`` (local metres along the run, -LENGTH_M/2 at the back's foot)."""
    x = np.asarray(x, float)
    back = -LENGTH_M / 2 + _BACK_M
    top_end = back + _TOP_M
    up = _smooth((x + LENGTH_M / 2) / _BACK_M)
    down = 1.0 - _smooth((x - top_end) / (LENGTH_M / 2 - top_end))
    return np.where(x < back, up, np.where(x <= top_end, 1.0, down))


def across(z: np.ndarray | float) -> np.ndarray:
    return _smooth((WIDTH_M / 2 - np.abs(np.asarray(z, float))) / _SIDE_M)


def surface_y(x: float, z: float) -> float:
    """The slope's height over the local point (x, z) (0 off it), for a slope of its declared size."""
    if abs(x) > LENGTH_M / 2 or abs(z) > WIDTH_M / 2:
        return 0.0
    return float(HEIGHT_M * profile(x) * across(z))


def run_ends() -> tuple[float, float, float]:
    """Local x of the back's foot, of the run's top (where a slide starts) and of the run's foot."""
    return -LENGTH_M / 2, -LENGTH_M / 2 + _BACK_M + _TOP_M, LENGTH_M / 2


def heightfield_mesh(xs: np.ndarray, zs: np.ndarray, gy: np.ndarray):  # noqa: ANN201 - a trimesh.Trimesh
    """One closed mesh from heights ``gy`` over the grid ``xs`` x ``zs``: the surface, its underside and the rim."""
    import trimesh

    gx, gz = np.meshgrid(xs, zs, indexing="ij")
    top = np.column_stack([gx.ravel(), gy.ravel(), gz.ravel()])
    under = top * np.array([1.0, 0.0, 1.0])
    nx, nz = len(xs), len(zs)
    n = nx * nz
    faces = []
    for i in range(nx - 1):
        for j in range(nz - 1):
            a, b, c, d = i * nz + j, i * nz + j + 1, (i + 1) * nz + j, (i + 1) * nz + j + 1
            faces += [(a, b, c), (b, d, c), (n + a, n + c, n + b), (n + b, n + c, n + d)]
    rim = ([i * nz for i in range(nx)] + [(nx - 1) * nz + j for j in range(1, nz)]
           + [i * nz + nz - 1 for i in range(nx - 2, -1, -1)] + [j for j in range(nz - 2, 0, -1)])
    for p, q in zip(rim, [*rim[1:], rim[0]], strict=True):
        faces += [(p, q, n + p), (q, n + q, n + p)]
    return trimesh.Trimesh(np.vstack([top, under]), np.array(faces), process=False)
