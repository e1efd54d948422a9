"""The foreground's coverage (``cinema.foreground.coverage``), all boxes projected at once, fills the same grid cells
as projecting and filling one box at a time: boxes before the lens, partly behind it (the whole frame) and wholly
behind it (nothing)."""

from __future__ import annotations

import math

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import CORNERS, project
from autark.cinema.foreground import _GRID, coverage
from autark.scene.model import Camera


def _one_by_one(boxes: np.ndarray, cam: Camera, aspect: float) -> float:
    rows, cols = _GRID
    grid = np.zeros(_GRID, bool)
    for box in boxes:
        proj = project(cam, aspect, box[CORNERS])
        front = proj[proj[:, 2] > rules.NEAR_PLANE_M]
        if not len(front):
            continue
        if len(front) < len(proj):
            x0, x1, y0, y1 = -1.0, 1.0, -1.0, 1.0
        else:
            x0, x1 = float(front[:, 0].min()), float(front[:, 0].max())
            y0, y1 = float(front[:, 1].min()), float(front[:, 1].max())
        c0, c1 = max(0, math.floor((x0 + 1) / 2 * cols)), min(cols, math.ceil((x1 + 1) / 2 * cols))
        r0, r1 = max(0, math.floor((1 - y1) / 2 * rows)), min(rows, math.ceil((1 - y0) / 2 * rows))
        if c1 > c0 and r1 > r0:
            grid[r0:r1, c0:c1] = True
    return float(grid.mean())


def test_coverage_matches_box_by_box() -> None:
    rng = np.random.default_rng(7)
    cam = Camera(name="c", position=(0.0, 1.5, 6.0), target=(0.0, 1.0, 0.0))
    seen_whole = seen_part = seen_none = False
    for _ in range(60):
        lo = rng.uniform([-4, 0, -4], [4, 2, 9], size=(rng.integers(1, 12), 3))
        boxes = np.concatenate([lo, lo + rng.uniform(0.05, 1.5, size=lo.shape)], axis=1)
        got, want = coverage(boxes, cam, 16 / 9), _one_by_one(boxes, cam, 16 / 9)
        assert got == want
        seen_whole |= want == 1.0
        seen_part |= 0.0 < want < 1.0
        seen_none |= want == 0.0
    assert seen_whole and seen_part  # the sample held boxes through the lens and boxes in the frame
    assert coverage(np.zeros((0, 6)), cam, 16 / 9) == 0.0
