"""The things in front of a shot's subjects: a tree trunk, a cactus, a lamp post or a table between the camera and
the one the shot is about fills the frame as surely as a shoulder does, and the measures count it as foreground
(``autark.cinema.measure``), so that the planner takes another angle.

A thing counts when its box lies wholly in front of the lens and most of it is nearer than the subject: its middle
``_AHEAD_M`` nearer than the subject's head (or a thing's middle). Never counted: the set's shell and ground
(``rules.SHELL_TYPES``, flat rugs), rigged bodies (``measure`` counts those by their key points), the subjects
themselves, what a subject holds or wears (parented to it) and the vehicle a subject rides in (its box holds the
subject's middle: the shot of the ride is a shot of the vehicle).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import CORNERS as _CORNERS
from autark.cinema.boxes import project, still_bbox
from autark.cinema.per_moment import PerMoment
from autark.motion import rig_info
from autark.scene.geometry import world_bbox
from autark.scene.model import Camera, SceneObject

__all__ = ["nearer_things"]

_FLAT = frozenset({"group", "floor", "rug", "carpet"})
# a thing's middle this much nearer than the subject's head stands in front of them: a table the subject sits at
# (its middle half a metre before her) counts, the chair she sits on or the wall behind her does not
_AHEAD_M = 0.3


class _Things:
    """Of one moment's solid objects, those that may stand in front (no shell, nothing flat, no rigged body), their
    boxes and middles: the same whichever camera looks, so worked out once per list (``SceneStates.at`` gives one
    per moment) and not for each camera a planner tries."""

    __slots__ = ("boxes", "middles", "rows")

    def __init__(self, solid: Sequence[SceneObject]) -> None:
        self.rows = [k for k, o in enumerate(solid) if not (o.type in rules.SHELL_TYPES or o.type in _FLAT
                                                              or not o.visible or rig_info(o.type) is not None)]
        self.boxes = np.array([still_bbox(solid[k]) for k in self.rows], float).reshape(-1, 6)
        self.middles = (self.boxes[:, :3] + self.boxes[:, 3:]) / 2


_SLACK_M = 1e-6  # the at-once distances may differ from one thing's own in the last bits: the edge is checked alone


_things = PerMoment(_Things)


def nearer_things(solid: Sequence[SceneObject], subjects: Sequence[str], cam: Camera, aspect: float,
                  depth_m: float) -> list[int]:
    """Indices in ``solid`` of the things (no rigged bodies) wholly in front of the lens whose middle stands at
    least ``_AHEAD_M`` nearer to the camera than ``depth_m`` (the nearest subject's head or middle)."""
    if not np.isfinite(depth_m) or not subjects:
        return []
    pos = np.asarray(cam.position, float)
    mine = set(subjects)
    middles = [np.asarray(world_bbox(o).center, float) for o in solid if o.id in mine]
    things = _things(solid)
    if not things.rows:
        return []
    # the far ones at once; each one near the edge is measured on its own, as it always was
    near = np.flatnonzero(np.linalg.norm(things.middles - pos, axis=1) <= depth_m - _AHEAD_M + _SLACK_M)
    out = []
    for i in near.tolist():
        k = things.rows[i]
        o = solid[k]
        if o.id in mine or o.parent in mine:
            continue
        box = things.boxes[i]
        lo, hi = box[:3], box[3:]
        if float(np.linalg.norm((lo + hi) / 2 - pos)) > depth_m - _AHEAD_M:
            continue
        if any(np.all(m >= lo) and np.all(m <= hi) for m in middles):  # the bus its crew rides in
            continue
        corners = np.concatenate([lo, hi])[_CORNERS]
        if (project(cam, aspect, corners)[:, 2] > rules.NEAR_PLANE_M).all():
            out.append(k)
    return out
