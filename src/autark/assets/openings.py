"""Where a room lets the outside in: the openings of its set pieces (``AssetSpec.openings``, a window_wall's
window) in world space, and the room's own box, for whatever draws the weather behind a set.

A room is closed (floor, walls, ceiling, fourth wall), so what the renderer draws behind it (the sky, its clouds
and lightning) shows only through these openings. Rain or snow seen through a window must fall *outside* the
room: a weather pass can keep its particles out of ``room_box`` and let the walls' depth hide all but what the
openings show. Pure functions of the scene's objects; nothing here renders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from autark.assets import library

if TYPE_CHECKING:
    from autark.scene.model import SceneObject

__all__ = ["WorldOpening", "world_openings", "room_box"]


@dataclass(frozen=True)
class WorldOpening:
    """An opening in world space: its four corners (counter-clockwise seen from inside), centre, the unit
    normal pointing out of the room, and its width and height in metres."""

    object_id: str
    corners: tuple[tuple[float, float, float], ...]
    center: tuple[float, float, float]
    outward: tuple[float, float, float]
    width_m: float
    height_m: float


def world_openings(objects: Iterable[SceneObject], room: tuple[np.ndarray, np.ndarray] | None = None
                   ) -> list[WorldOpening]:
    """The openings of the visible ``objects`` whose kind declares some, in world space. ``outward`` points away
    from the centre of ``room`` (``room_box``) when given, else along the piece's -Z (a set's back wall faces
    the camera, +Z, so its outside is behind it)."""
    from autark.scene.geometry import model_matrix

    out: list[WorldOpening] = []
    for obj in objects:
        if not obj.visible:
            continue
        try:
            spec = library.get(obj.type)
        except KeyError:
            continue
        if not spec.openings:
            continue
        m = model_matrix(obj.transform)
        for hole in spec.openings:
            (x0, y0), (x1, y1) = hole.min_xy, hole.max_xy
            local = np.array([[x0, y0, 0, 1], [x1, y0, 0, 1], [x1, y1, 0, 1], [x0, y1, 0, 1]], float)
            corners = (local @ m.T)[:, :3]
            center = corners.mean(axis=0)
            normal = m[:3, :3] @ np.array([0.0, 0.0, -1.0])
            normal /= np.linalg.norm(normal)
            if room is not None and np.dot(normal, center - (room[0] + room[1]) / 2) < 0:
                normal = -normal
            width = float(np.linalg.norm(corners[1] - corners[0]))
            height = float(np.linalg.norm(corners[3] - corners[0]))
            out.append(WorldOpening(obj.id, tuple(tuple(round(float(v), 6) for v in c) for c in corners),
                                    tuple(float(v) for v in center), tuple(float(v) for v in normal), width, height))
    return out


def room_box(objects: Iterable[SceneObject]) -> tuple[np.ndarray, np.ndarray] | None:
    """(min, max) corners of the room the set's floor and ceiling enclose, or None where the set has no ceiling
    (outdoors)."""
    from autark.scene.geometry import world_bbox

    objects = [o for o in objects if o.visible]
    floors = [world_bbox(o) for o in objects if o.type == "floor"]
    ceilings = [world_bbox(o) for o in objects if o.type == "ceiling"]
    if not floors or not ceilings:
        return None
    floor = max(floors, key=lambda b: float(np.prod(np.asarray(b.size)[[0, 2]])))
    top = min(c.min[1] for c in ceilings)
    return (np.array([floor.min[0], floor.min[1], floor.min[2]]), np.array([floor.max[0], top, floor.max[2]]))
