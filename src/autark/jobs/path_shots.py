"""Framings of a part whose action carries bodies or things across the set (a race, a chase, a ride, a flight, a
ball kicked into a goal): the shot planner (``autark.jobs.shots``) tries them before the planned framing, and
keeps the first that passes its measures over the whole part.

Two framings, both of every mover together and seen from the side of their path (square to where they travel,
on the set's front, +Z, side, turned ``LEAD_DEG`` toward where they go: their faces), so that who leads and
where they go shows:

* a static wide of the box that holds every mover from the part's start to its end (start and goal in one frame);
* a tracking wide that glides beside them, framing their box at each moment at one distance (the longest any
  moment needs, so the picture does not breathe): the lead of the winner stays on screen where the whole course
  would shrink the runners to specks.

A follow shot on one racer showed one runner, never the race.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from autark.cinema import SceneStates

if TYPE_CHECKING:
    from autark.ops import Operator
    from autark.scene.model import Scene, Vec3

__all__ = ["LEAD_DEG", "MIN_PATH_M", "movers", "path_box", "path_direction", "track_group", "waist_up_box", "wide_box"]

MIN_PATH_M = 2.0  # a body or thing that travels this far (on the ground, start to end) in a part crosses the set
_SAMPLES_PER_S = 2.0  # the path's box and the tracking camera's keys, this often a second
_RISE = 0.6  # the side view raised this much (of its length): the ground between the movers shows
_FILL = 0.85
# the side view turned this far toward where they go: their faces, not their backs (square on, the goal they run
# to, a tree, no longer stands between the gliding camera and them)
LEAD_DEG = 35.0


def wide_box(scene: Scene, ids: Sequence[str], t: float, states: SceneStates | None = None) -> tuple[Vec3, Vec3]:
    """The box a subject-less wide shot shows: the given characters and props at t, or the acting area."""
    from autark.scene.geometry import world_bbox

    state = (states or SceneStates(scene)).at(t)[0]
    boxes = [world_bbox(state.object(i)) for i in ids if state.find_object(i) is not None]
    if not boxes:
        return (-2.5, 0.0, -2.5), (2.5, 1.8, 2.5)
    lo = tuple(min(b.min[i] for b in boxes) - 0.6 for i in range(3))
    hi = tuple(max(b.max[i] for b in boxes) + 0.6 for i in range(3))
    return (lo[0], 0.0, lo[2]), (hi[0], max(hi[1], 1.6), hi[2])  # type: ignore[return-value]


_GROUP_MARGIN_M = 0.25  # round a medium group's people (a wide's 0.6 m framed a medium of one person from 4.5 m)


def waist_up_box(states: SceneStates, people: Sequence[str], members: Sequence[str], size: str, t: float,
                 ) -> tuple[Vec3, Vec3] | None:
    """The box a medium or a close shot of a group (``members``; ``people``: the ids of figures) frames: its people
    from the lowest waist among them up (``shot_box``'s medium), its things whole (the cake dropped on the floor
    stays in), ``_GROUP_MARGIN_M`` round them; None for a wide or a group without people. The whole bodies framed at a medium's fill, with a wide's
    margin, made every "medium" of the teacher and her pupil a wide: a third of the frame's height, 5.6 m away."""
    from autark.assets.framing import shot_box
    from autark.scene.geometry import world_bbox

    if size not in ("medium", "close-up"):
        return None
    state = states.at(t)[0]
    objs = [(oid in people, o) for oid in members if (o := state.find_object(oid)) is not None]
    if not any(person for person, _o in objs):
        return None
    boxes = [shot_box(o, "medium")[0] if person else world_bbox(o) for person, o in objs]
    lo = tuple(min(b.min[i] for b in boxes) - (_GROUP_MARGIN_M if i != 1 else 0.0) for i in range(3))
    hi = tuple(max(b.max[i] for b in boxes) + (_GROUP_MARGIN_M if i != 1 else 0.05) for i in range(3))
    return lo, hi  # type: ignore[return-value]


def _times(start_s: float, end_s: float) -> list[float]:
    n = max(2, math.ceil((end_s - start_s) * _SAMPLES_PER_S))
    last = end_s - min(1e-3, (end_s - start_s) / 10)
    return [start_s + (last - start_s) * i / n for i in range(n + 1)]


def _ground(states: SceneStates, oid: str, t: float) -> np.ndarray:
    p = states.object(t, oid).transform.position
    return np.array([p[0], p[2]], float)


def movers(states: SceneStates, ids: Sequence[str], start_s: float, end_s: float) -> list[str]:
    """Those of ``ids`` that travel at least ``MIN_PATH_M`` on the ground between the part's start and end."""
    out = []
    for oid in ids:
        try:
            if states.object(start_s, oid).parent or states.object(end_s - 1e-3, oid).parent:
                continue  # in someone's hands (a suitcase carried to the plane): it travels with them
            a, b = _ground(states, oid, start_s), _ground(states, oid, end_s - 1e-3)
        except (KeyError, ValueError, AttributeError):
            continue  # not in the scene at one end (conjured, gone)
        if float(np.linalg.norm(b - a)) >= MIN_PATH_M:
            out.append(oid)
    return out


def path_direction(states: SceneStates, ids: Sequence[str], start_s: float, end_s: float,
                   lead_deg: float = LEAD_DEG) -> Vec3 | None:
    """The view square to the movers' mean path (toward the camera, raised), on the +Z side, turned ``lead_deg``
    toward where they go; None: no path."""
    travel = sum((_ground(states, oid, end_s - 1e-3) - _ground(states, oid, start_s) for oid in ids),
                 np.zeros(2))
    norm = float(np.linalg.norm(travel))
    if norm < 1e-6:
        return None
    d = travel / norm
    normal = np.array([-d[1], d[0]])
    if normal[1] < 0 or (abs(normal[1]) < 1e-6 and normal[0] < 0):
        normal = -normal
    # turned ahead of them: square to the path a runner's profile turned a few degrees from it showed the back
    view = normal * math.cos(math.radians(lead_deg)) + d * math.sin(math.radians(lead_deg))
    return (float(view[0]), _RISE, float(view[1]))


def path_box(scene: Scene, ids: Sequence[str], start_s: float, end_s: float,
             states: SceneStates) -> tuple[Vec3, Vec3]:
    """The box that holds ``ids`` at every sampled moment of the part (``wide_box`` at each)."""
    boxes = [wide_box(scene, ids, t, states) for t in _times(start_s, end_s)]
    lo = tuple(min(b[0][i] for b in boxes) for i in range(3))
    hi = tuple(max(b[1][i] for b in boxes) for i in range(3))
    return lo, hi  # type: ignore[return-value]


def track_group(scene: Scene, cam: str, ids: Sequence[str], start_s: float, end_s: float, states: SceneStates,
                direction: Vec3, fov_deg: float) -> list[Operator]:
    """Keyframes that keep ``ids`` framed together from ``direction`` at each moment of the part, at one distance
    (the longest any moment needs), gliding with them."""
    from autark.assets.framing import frame_box
    from autark.ops import AddKeyframes
    from autark.scene.timeline import Keyframe

    aspect = scene.settings.width / scene.settings.height
    d = np.asarray(direction, float)
    d /= float(np.linalg.norm(d))
    times = _times(start_s, end_s)
    placed = [frame_box(*wide_box(scene, ids, t, states), direction=direction, fov_deg=fov_deg, aspect=aspect,
                        fill=_FILL) for t in times]
    dist = max(float(np.linalg.norm(np.subtract(p, q))) for p, q in placed)
    targets = [np.asarray(q, float) for _p, q in placed]
    keys_pos = [Keyframe(time_s=t, value=tuple(float(x) for x in q + d * dist), easing="linear")
                for t, q in zip(times, targets, strict=True)]
    keys_aim = [Keyframe(time_s=t, value=tuple(float(x) for x in q), easing="linear")
                for t, q in zip(times, targets, strict=True)]
    return [AddKeyframes(target=f"camera:{cam}.position", keyframes=keys_pos),
            AddKeyframes(target=f"camera:{cam}.target", keyframes=keys_aim)]
