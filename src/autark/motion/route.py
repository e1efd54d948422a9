"""Ways around things: the path a walker or a rolling thing takes from one point to another on the ground.

A straight line is kept when it is free. Otherwise the shortest way through the corners of the obstacles'
footprints, each grown by the mover's half width and a margin (a visibility graph, searched with Dijkstra):
the classic shortest path among rectangles, exact for axis-aligned boxes, which is what the scene's world
boxes are. Only things the mover would bump into count: not the floor and other flat things it walks over,
not what hangs above its head, not the thing it goes to, not what it already touches where it starts.

When no way exists, or only a long detour (a fence, a room's wall between two rooms), ``route`` raises ``Blocked`` naming
what is in the way, so the command is refused with a reason instead of walking through it.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable

import numpy as np

from autark.scene.geometry import AABB

__all__ = ["Blocked", "MARGIN_M", "route", "path_length"]

MARGIN_M = 0.12  # air kept between a mover and what it passes
_FLAT_M = 0.12  # things lower than this are walked over (a rug, a puddle, a floor tile)
_EPS = 1e-6
# a way this much longer than the straight line is no way: nobody walks 100 m round a wall to reach a lamp
# 4 m behind it, they would be stopped by it
_DETOUR, _DETOUR_M = 3.0, 10.0
Point = tuple[float, float]


class Blocked(Exception):
    """No way around: ``names`` are the ids of the obstacles that close the way."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids


def path_length(points: list[tuple[float, float, float]]) -> float:
    return sum(math.dist((a[0], a[2]), (b[0], b[2])) for a, b in zip(points, points[1:], strict=False))


def _segment_hits(p: Point, q: Point, rects: np.ndarray) -> np.ndarray:
    """For each rect (x0, z0, x1, z1), whether the open segment p-q passes through its open interior
    (Liang-Barsky clipping, vectorised). Touching an edge or a corner is not a hit: paths run along them."""
    if len(rects) == 0:
        return np.zeros(0, bool)
    dx, dz = q[0] - p[0], q[1] - p[1]
    lo = np.zeros(len(rects))
    hi = np.ones(len(rects))
    ok = np.ones(len(rects), bool)
    for d, start, a, b in ((dx, p[0], rects[:, 0], rects[:, 2]), (dz, p[1], rects[:, 1], rects[:, 3])):
        a, b = a + _EPS * 10, b - _EPS * 10  # shrink: sliding along an edge is free
        if abs(d) < 1e-12:
            ok &= (start > a) & (start < b)
            continue
        t1, t2 = (a - start) / d, (b - start) / d
        lo = np.maximum(lo, np.minimum(t1, t2))
        hi = np.minimum(hi, np.maximum(t1, t2))
    return ok & (hi - lo > 1e-9)


def _inside(pt: Point, rects: np.ndarray) -> np.ndarray:
    if len(rects) == 0:
        return np.zeros(0, bool)
    return (pt[0] > rects[:, 0]) & (pt[0] < rects[:, 2]) & (pt[1] > rects[:, 1]) & (pt[1] < rects[:, 3])


def route(start: tuple[float, float, float], end: tuple[float, float, float], half_width: float,
          height: tuple[float, float], obstacles: Iterable[tuple[str, AABB]]) -> list[tuple[float, float, float]]:
    """The points from ``start`` to ``end`` (both included) of the shortest way around ``obstacles`` (id,
    world box) for a mover ``half_width`` wide whose body spans ``height`` (bottom, top in world y).

    Obstacles the mover stands in at the start or reaches at the end are ignored (it is already there), as are
    flat ones and those entirely above or below its body. Raises ``Blocked`` when no way exists."""
    grow = half_width + MARGIN_M
    ids: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []
    for oid, b in obstacles:
        if b[4] - b[1] < _FLAT_M or b[4] <= height[0] + _FLAT_M or b[1] >= height[1]:
            continue
        boxes.append((b[0] - grow, b[2] - grow, b[3] + grow, b[5] + grow))
        ids.append(oid)
    rects = np.array(boxes, float).reshape(-1, 4)
    p0, p1 = (start[0], start[2]), (end[0], end[2])
    keep = ~(_inside(p0, rects) | _inside(p1, rects))
    rects, ids = rects[keep], [i for i, k in zip(ids, keep, strict=True) if k]
    if not _segment_hits(p0, p1, rects).any():
        return [start, end]
    # corners just outside each grown box; corners inside another box are no way through
    corners = np.concatenate([rects[:, [0, 1]], rects[:, [0, 3]], rects[:, [2, 1]], rects[:, [2, 3]]])
    corners += np.sign(corners - np.tile((rects[:, :2] + rects[:, 2:]) / 2, (4, 1))) * 1e-3
    nodes: list[Point] = [p0, p1] + [(float(x), float(z)) for x, z in corners if not _inside((x, z), rects).any()]
    dist = {0: 0.0}
    prev: dict[int, int] = {}
    heap = [(0.0, 0)]
    done: set[int] = set()
    while heap:
        d, i = heapq.heappop(heap)
        if i in done:
            continue
        done.add(i)
        if i == 1:
            break
        for j, n in enumerate(nodes):
            if j in done:
                continue
            nd = d + math.dist(nodes[i], n)
            if nd < dist.get(j, math.inf) - 1e-12 and not _segment_hits(nodes[i], n, rects).any():
                dist[j], prev[j] = nd, i
                heapq.heappush(heap, (nd, j))
    straight = math.dist(p0, p1)
    if 1 not in done or dist[1] > max(_DETOUR * straight, straight + _DETOUR_M):
        hits = _segment_hits(p0, p1, rects)
        raise Blocked([i for i, h in zip(ids, hits, strict=True) if h])
    chain = [1]
    while chain[-1] != 0:
        chain.append(prev[chain[-1]])
    pts = [nodes[k] for k in reversed(chain)]
    y0, y1 = start[1], end[1]
    total = sum(math.dist(a, b) for a, b in zip(pts, pts[1:], strict=False)) or 1.0
    out = [start]
    run = 0.0
    for a, b in zip(pts, pts[1:-1], strict=False):
        run += math.dist(a, b)
        out.append((round(b[0], 3), round(y0 + (y1 - y0) * run / total, 3), round(b[1], 3)))
    out.append(end)
    return out
