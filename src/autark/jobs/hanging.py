"""A picture hung on the wall (a ``land`` ``into`` the wall, ``autark.story.hanging``): the one nearest to it
walks to the nearest free place on the room's wall (not the fourth wall, behind the cameras), and the picture is
put up there at eye height, flat on the wall and facing into the room, for the rest of the scene; a painted
picture's canvas and figure go with it (``autark.jobs.canvas_pictures``). A set with no room (outdoors) has no
wall: nothing is done, and the warning says so.
"""

from __future__ import annotations

import math

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Action

__all__ = ["hang_ops", "HUNG_AT_M"]

HUNG_AT_M = 1.55  # the middle of a hung picture, above the floor
_OFF_WALL_M = 0.12  # how far from the wall's inner face its middle is (the room's box is the walls' middle)
_STAND_OFF_M = 0.8  # where the one who hangs it stands, out from the wall
_WALK_MS = 1.3


def _spot(scene: Scene, state: Scene, oid: str, near: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The place on the room's wall nearest ``near`` clear of the other hung things, and the yaw (degrees) that
    turns a thing's front (+Z) into the room; None outdoors."""
    from autark.assets.openings import room_box
    from autark.scene.geometry import world_bbox

    room = room_box(state.objects)
    if room is None:
        return None
    lo, hi = room
    # the back wall (-Z) and the side walls (-X, +X): their inner face, the yaw facing in, the axis along it
    walls = [(np.array([near[0], 0.0, lo[2] + _OFF_WALL_M]), 0.0, 0),
             (np.array([lo[0] + _OFF_WALL_M, 0.0, near[2]]), 90.0, 2),
             (np.array([hi[0] - _OFF_WALL_M, 0.0, near[2]]), -90.0, 2)]
    hung = [world_bbox(o) for o in state.objects if o.id != oid and o.visible and o.bounds_max[1] > 0
            and world_bbox(o).min[1] > 0.6]  # things up on the walls already (paintings, clocks)
    thing = world_bbox(state.object(oid))
    half = max(thing.max[0] - thing.min[0], thing.max[2] - thing.min[2]) / 2 + 0.15
    best = None
    for base, yaw, along in walls:
        span = (lo[along] + half + 0.3, hi[along] - half - 0.3)
        if span[0] > span[1]:
            continue
        for step in range(0, 40):
            for sign in (1, -1):
                p = base.copy()
                p[along] = min(span[1], max(span[0], float(near[along]) + sign * step * 0.25))
                p[1] = HUNG_AT_M
                if any(b.min[along] - half < p[along] < b.max[along] + half and abs(
                        (b.min[2 - along] + b.max[2 - along]) / 2 - p[2 - along]) < 0.6 for b in hung):
                    continue
                d = float(np.linalg.norm((p - near)[[0, 2]]))
                if best is None or d < best[0]:
                    best = (d, p, yaw)
                break
            else:
                continue
            break
    return (best[1], best[2]) if best is not None else None


def hang_ops(scene: Scene, oid: str, start_s: float, end_s: float, t0: float, warnings: list[str],
             where: str) -> list[Operator]:
    """``oid`` hung on the wall in this shot (see the module doc)."""
    from autark.jobs.canvas_pictures import CANVAS, follow_canvas_ops
    from autark.jobs.emissions import _is_body
    from autark.motion import evaluate_scene
    from autark.ops import SetTimeline
    from autark.ops.operators import apply_ops
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t0)
    thing = state.object(oid)
    c = np.array(world_bbox(thing).center, float)
    people = sorted((math.dist(o.transform.position, c), o.id) for o in state.objects if o.visible and _is_body(scene, o.id))
    who = people[0][1] if people else None
    near = np.array(state.object(who).transform.position, float) if who else c
    found = _spot(scene, state, oid, near)
    if found is None:
        warnings.append(f"{where}: the set has no wall to hang the {thing.name} on: it stays where it is")
        return []
    spot, yaw = found
    front = np.array([math.sin(math.radians(yaw)), 0.0, math.cos(math.radians(yaw))])
    ops: list[Operator] = []
    hang_at = min(t0 + 0.5, end_s - 1.0)
    if who is not None:  # the hanger walks up to the place, as late as the walk's length allows
        stand = spot + front * _STAND_OFF_M
        stand[1] = near[1]
        walk_s = max(0.8, float(np.linalg.norm((stand - near)[[0, 2]])) / _WALK_MS + 0.3)
        w0 = max(start_s + 0.1, min(t0, end_s - 1.2 - walk_s))
        hang_at = min(end_s - 0.6, w0 + walk_s + 0.2)
        ops.append(SetTimeline(actions=[
            Action(object_id=who, kind="walk", start_s=w0, end_s=w0 + walk_s, target=tuple(float(v) for v in stand)),
            Action(object_id=who, kind="turn", start_s=w0 + walk_s, end_s=w0 + walk_s + 0.3, target_object=oid)]))
    # its middle on the wall: the origin is offset from the box's middle as it stands now, turned to face in
    offset = np.array(thing.transform.position, float) - c
    rot0 = tuple(float(v) for v in thing.transform.rotation)
    turn = math.radians(yaw - rot0[1])
    ca, sa = math.cos(turn), math.sin(turn)
    offset = np.array([ca * offset[0] + sa * offset[2], offset[1], -sa * offset[0] + ca * offset[2]])
    pos = tuple(float(v) for v in spot + offset)
    ops += [AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
                _key(hang_at - 0.02, tuple(float(v) for v in thing.transform.position), "hold"), _key(hang_at, pos, "hold")]),
            AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=[
                _key(hang_at - 0.02, rot0, "hold"), _key(hang_at, (0.0, yaw, 0.0), "hold")])]
    if any(o.id.startswith(f"{oid}{CANVAS}") for o in scene.objects):  # its picture goes up with it
        ops += follow_canvas_ops(apply_ops(scene, ops), hang_at - 0.02, end_s, grid_s=start_s)
    return ops
