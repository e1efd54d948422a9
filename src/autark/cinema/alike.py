"""Two shots that show the same picture to the eye: the same people seen, from about the same way, at about the
same size. Blind reviewers of contact sheets counted "the same framing of the same people again and again" in
half the films, where the planner's own check (``jobs.holds.same_setup``: the camera within a few tenths of a
metre of an earlier place) saw two setups: a high wide of the baker and the bride from the pews' left at 3 s and,
half a metre lower and a metre nearer, again at 12 s and at 23 s.

A ``Picture`` is read at one moment of a shot (its middle) from what the frame holds: the cast members it shows
(``frame_faults.look_all``: seen, not cut), the camera's aim (its heading and tilt) and the projected height of the
tallest of them as a share of the frame's (a close-up's body runs three frames tall, a medium's one and a half). ``alike`` compares two pictures; the planner (``jobs.shots``) prefers a
framing unlike the scene's earlier ones, and the film report counts the shots alike to an earlier one of their
scene (``jobs.report_faults.repeated_pictures``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.cinema.boxes import project
from autark.cinema.frame_faults import look_all
from autark.cinema.states import SceneStates
from autark.scene.model import Camera

__all__ = ["SAME_HEADING_DEG", "SAME_SIZE_RATIO", "SAME_TILT_DEG", "Picture", "alike", "picture_at"]

# what a viewer calls the same picture: the camera looking within this many degrees of the same heading and tilt,
# the tallest person within this ratio of the same height in the frame (a medium against a wide is 2x or more; a
# step nearer on the same wide is 1.2x)
SAME_HEADING_DEG = 25.0
SAME_TILT_DEG = 12.0
SAME_SIZE_RATIO = 1.4


@dataclass(frozen=True)
class Picture:
    """What one moment of a shot shows: the ids of the cast seen, the camera's heading and tilt (degrees) and the
    projected height of the tallest of them in frame heights (the part out of the frame too); ``place``: the scene it is in (pictures of two places are
    never alike)."""

    seen: frozenset[str]
    heading_deg: float
    tilt_deg: float
    size: float
    place: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"seen": sorted(self.seen), "heading_deg": round(self.heading_deg, 1),
                "tilt_deg": round(self.tilt_deg, 1), "size": round(self.size, 3), "place": self.place}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Picture:
        return cls(frozenset(d.get("seen") or ()), float(d["heading_deg"]), float(d["tilt_deg"]), float(d["size"]),
                   str(d.get("place", "")))


def picture_at(states: SceneStates, cam: Camera, t: float, cast: Sequence[str], aspect: float,
               place: str = "") -> Picture:
    """The picture ``cam`` shows at ``t`` of those of ``cast`` in the scene (``states``)."""
    _state, solid, _boxes, _owner = states.at(t)
    by_id = {o.id: o for o in solid}
    items = [(oid, states.points(t, by_id[oid])) for oid in cast if oid in by_id]
    looks = look_all(items, cam, aspect)
    seen = frozenset(oid for oid, lk in looks.items() if lk.seen and not lk.cut)
    size = 0.0
    for oid, (_figure, _pts, corners) in items:
        if oid in seen:
            y = project(cam, aspect, np.asarray(corners, float))[:, 1]
            if np.all(np.isfinite(y)):
                # the whole body's height, not what the frame holds of it: a close-up and a medium both fill the frame
                size = max(size, (float(y.max()) - float(y.min())) / 2)
    aim = np.asarray(cam.target, float) - np.asarray(cam.position, float)
    flat = math.hypot(float(aim[0]), float(aim[2]))
    return Picture(seen, math.degrees(math.atan2(float(aim[0]), float(aim[2]))),
                   math.degrees(math.atan2(float(aim[1]), flat)), size, place)


def alike(a: Picture, b: Picture) -> bool:
    """Whether two pictures read as the same shot: in one place, the same people seen (one at least), the camera's
    heading within ``SAME_HEADING_DEG`` and its tilt within ``SAME_TILT_DEG``, the tallest within
    ``SAME_SIZE_RATIO`` of the same height."""
    if a.place != b.place or not a.seen or a.seen != b.seen:
        return False
    turn = abs((a.heading_deg - b.heading_deg + 180.0) % 360.0 - 180.0)
    lo, hi = sorted((max(a.size, 1e-6), max(b.size, 1e-6)))
    return turn <= SAME_HEADING_DEG and abs(a.tilt_deg - b.tilt_deg) <= SAME_TILT_DEG and hi / lo <= SAME_SIZE_RATIO
