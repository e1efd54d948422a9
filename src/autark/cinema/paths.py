"""Camera paths against the scene: how far a straight move may go before it comes too near anything, and which
side of two people's line of action a camera stands on (the 180-degree rule)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from autark.cinema import rules
from autark.cinema.states import SceneStates
from autark.scene.model import Vec3

__all__ = ["action_side", "clear_span", "line_of_action"]


def clear_span(states: SceneStates, start: Vec3, end: Vec3, times: Sequence[float], *,
               min_clearance_m: float = rules.MIN_CLEARANCE_M, exclude: Sequence[str] = (),
               steps: int = 50) -> float:
    """The share (0..1) of the straight path ``start`` -> ``end`` the camera can travel keeping at least
    ``min_clearance_m`` from every solid object's box and every big body's volume (``SceneStates.keep_out``) at
    any of ``times`` (its boxes at those moments, taken together), in ``steps`` steps. 1.0 when the whole path
    is clear. A box the start is already nearer than that to only has to stay outside (the near plane's
    distance): the camera may leave it, not enter it."""
    allb = states.keep_out_over(times, exclude)
    a, b = np.asarray(start, float), np.asarray(end, float)
    # only the boxes within the margin of the path's own box can come that near it (a castle's hall holds hundreds)
    lo, hi = np.minimum(a, b) - min_clearance_m, np.maximum(a, b) + min_clearance_m
    allb = allb[np.all((allb[:, :3] <= hi) & (allb[:, 3:] >= lo), axis=1)]
    if not len(allb):
        return 1.0
    u = np.arange(steps + 1) / steps
    points = a + (b - a) * u[:, None]  # (S, 3): every step at once
    gap = np.maximum(np.maximum(allb[None, :, :3] - points[:, None, :], 0.0), points[:, None, :] - allb[None, :, 3:])
    dist = np.linalg.norm(gap, axis=2)  # (S, N)
    need = np.where(dist[0] < min_clearance_m, rules.NEAR_PLANE_M, min_clearance_m)
    blocked = np.flatnonzero((dist < need).any(axis=1))
    if not len(blocked):
        return 1.0
    return float(u[blocked[0] - 1]) if blocked[0] > 0 else 0.0


def line_of_action(a: Vec3, b: Vec3) -> tuple[np.ndarray, np.ndarray]:
    """(a point on it, its unit direction) of the line between two people on the floor plane."""
    pa, pb = np.array([a[0], a[2]], float), np.array([b[0], b[2]], float)
    d = pb - pa
    n = float(np.linalg.norm(d))
    return pa, (d / n if n > 1e-6 else np.array([1.0, 0.0]))


def action_side(a: Vec3, b: Vec3, camera: Vec3) -> int:
    """+1 or -1: the side of the line from ``a`` to ``b`` the camera stands on (seen from above); 0 on it."""
    p, d = line_of_action(a, b)
    c = np.array([camera[0], camera[2]], float) - p
    cross = float(d[0] * c[1] - d[1] * c[0])
    return 0 if abs(cross) < 1e-6 else (1 if cross > 0 else -1)
