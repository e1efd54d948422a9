"""What stands in front of a shot's subjects, as the shot measure (``autark.cinema.measure``) counts it: the bodies
nearer to the camera than them (a near shoulder, an arm reaching into the lens) and the share of the frame their
posed parts' boxes cover, filled into a coarse grid."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import CORNERS as _CORNERS
from autark.cinema.boxes import project as _project
from autark.motion import rig_info
from autark.scene.geometry import world_bbox
from autark.scene.model import Camera, SceneObject

__all__ = ["NOT_OCCLUDING", "coverage", "nearer_bodies"]

NOT_OCCLUDING = frozenset({"group", "floor", "rug", "carpet"})  # flat things under everyone's feet
_NOT_OCCLUDING = NOT_OCCLUDING
_BY_THING_M = 0.5  # a body this near a thing belongs in its insert (the hands holding it, the kicker's legs)
_GRID = (27, 48)  # rows, columns of the coarse frame the coverage is counted on


def nearer_bodies(solid: list[SceneObject], subjects: Sequence[str], foreground: Sequence[str],
                   seen: dict[str, Any], cam: Camera, points: Callable[[SceneObject], Any]) -> list[int]:
    """The bodies in front of the subjects: the shot's declared foreground (the near shoulder) and any other
    rigged figure, not a subject, nearer to the camera than the nearest subject's head (the back of a child's
    head in front of the grandmother, the arm of the one giving the cookie). In a shot of a thing (an insert)
    the body nearest it, within ``_BY_THING_M``, belongs in it (the hands that hold it, the legs of the one who
    kicks it); any other nearer body counts (the waitress's legs between the camera and the cup at the cook's
    feet). Their indices in ``solid``; ``points`` gives a body's key points (``SceneStates.points``)."""
    pos = np.asarray(cam.position, float)
    depth = min((s.head_depth for oid, s in seen.items() if oid in subjects and s.figure), default=math.inf)
    things = np.array([[*world_bbox(o).min, *world_bbox(o).max] for o in solid
                       if o.id in subjects and o.id in seen and not seen[o.id].figure], float).reshape(-1, 6)
    excused: set[int] = set()
    if len(things):
        depth = min(depth, min(s.head_depth for oid, s in seen.items() if oid in subjects and not s.figure))
        bodies = [k for k, o in enumerate(solid) if o.id not in subjects and rig_info(o.type) is not None]
        if bodies:
            b = np.array([[*world_bbox(solid[k]).min, *world_bbox(solid[k]).max] for k in bodies], float)
            gaps = np.maximum(np.maximum(things[None, :, :3] - b[:, None, 3:], b[:, None, :3] - things[None, :, 3:]),
                              0.0)
            dist = np.linalg.norm(gaps, axis=2)  # (bodies, things)
            excused = {bodies[int(np.argmin(dist[:, j]))] for j in range(len(things))
                       if float(dist[:, j].min()) <= _BY_THING_M}
    out = []
    for k, o in enumerate(solid):
        if o.id in subjects or o.type in _NOT_OCCLUDING or (k in excused and o.id not in foreground):
            continue
        if o.id in foreground:
            out.append(k)
        elif rig_info(o.type) is not None and math.isfinite(depth):
            # by its nearest key point, not its head: a horse's flank filled half of a farmer's medium while its
            # head stood further off than his
            _fig, pts, _c = points(o)
            if min(float(np.linalg.norm(q - pos)) for q in pts.values()) < depth - 0.2:
                out.append(k)
    return out


def coverage(boxes: np.ndarray, cam: Camera, aspect: float) -> float:
    """The share of the frame (posed) parts' world boxes cover, their projections filled into a coarse grid."""
    if not len(boxes):
        return 0.0
    rows, cols = _GRID
    # every box's 8 corners projected at once (a planner measures this at every sample of dozens of framings)
    proj = _project(cam, aspect, boxes[:, _CORNERS].reshape(-1, 3)).reshape(-1, 8, 3)
    front = proj[:, :, 2] > rules.NEAR_PLANE_M
    seen = front.any(axis=1)
    # a box partly behind the camera reaches out of the frame toward us: the whole frame
    whole = seen & ~front.all(axis=1)
    with np.errstate(invalid="ignore"):
        x0, x1 = proj[:, :, 0].min(axis=1), proj[:, :, 0].max(axis=1)
        y0, y1 = proj[:, :, 1].min(axis=1), proj[:, :, 1].max(axis=1)
    x0, y0 = np.where(whole, -1.0, x0), np.where(whole, -1.0, y0)
    x1, y1 = np.where(whole, 1.0, x1), np.where(whole, 1.0, y1)
    grid = np.zeros(_GRID, bool)
    for k in np.flatnonzero(seen):
        c0, c1 = max(0, math.floor((x0[k] + 1) / 2 * cols)), min(cols, math.ceil((x1[k] + 1) / 2 * cols))
        r0, r1 = max(0, math.floor((1 - y1[k]) / 2 * rows)), min(rows, math.ceil((1 - y0[k]) / 2 * rows))
        if c1 > c0 and r1 > r0:
            grid[r0:r1, c0:c1] = True
    return float(grid.mean())
