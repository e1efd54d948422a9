"""A picture hung on the wall (a ``land`` ``into`` the wall, ``autark.story.hanging``): the one nearest to it
walks to the nearest free place on the room's wall (not the fourth wall, behind the cameras), and the picture is
put up there at eye height, flat on the wall and facing into the room, for the rest of the scene (where the
hands' own hanging act, ``autark.jobs.act_results``, put up a copy of it, that copy goes there); a painted
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

__all__ = ["hang_ops", "HUNG_AT_M", "HUNG"]

HUNG = "_hung1"  # the copy a hands' hanging act puts up (jobs.act_results)
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
    if room is None:  # no room: a wall standing in the set ("hängt es an die Wand" in a yard)
        return _on_a_wall(state, near)
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


_WALLS = frozenset({"wall", "window_wall", "brick_wall", "stone_wall"})


def _on_a_wall(state: Scene, near: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The front of the wall standing nearest ``near`` at eye height (or its top's reach), and its yaw; None
    where the set has no wall."""
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import world_bbox

    walls = [o for o in state.objects if o.type in _WALLS and o.visible]
    if not walls:
        return None
    wall = min(walls, key=lambda o: float(np.linalg.norm((np.array(o.transform.position) - near)[[0, 2]])))
    b = world_bbox(wall)
    yaw = float(wall.transform.rotation[1])
    front = np.array(forward_dir(yaw), float)
    half = abs(float(np.dot((np.array(b.max) - np.array(b.min)) / 2, np.abs(front))))
    spot = np.array(b.center, float) + front * (half + 0.03)
    spot[1] = min(HUNG_AT_M, float(b.max[1]) - 0.45)
    return spot, yaw


def _has_hands(kind: str) -> bool:
    from autark.motion.kinematics import rig_info

    rig = rig_info(kind)
    return rig is not None and "hand_r" in rig.bones


def hang_ops(scene: Scene, oid: str, start_s: float, end_s: float, t0: float, warnings: list[str],
             where: str) -> list[Operator]:
    """``oid`` hung on the wall in this shot (see the module doc)."""
    from autark.assets.library import is_character
    from autark.jobs.canvas_pictures import CANVAS, follow_canvas_ops
    from autark.motion import evaluate_scene
    from autark.ops import SetTimeline
    from autark.ops.operators import apply_ops
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t0)
    thing = state.object(oid)
    c = np.array(world_bbox(thing).center, float)
    people = sorted((math.dist(o.transform.position, c), o.id) for o in state.objects if o.visible
                    and is_character(o) and CANVAS not in o.id and _has_hands(o.type))
    doers = [a.object_id for a in scene.timeline.actions if start_s <= a.start_s < end_s
             and oid in (a.target_object, getattr(a, "item", None)) and _has_hands(scene.object(a.object_id).type)]
    who = doers[0] if doers else people[0][1] if people else None  # whose hands hang it, else the nearest hands
    near = np.array(state.object(who).transform.position, float) if who else c
    found = _spot(scene, state, oid, near)
    if found is None:
        warnings.append(f"{where}: the set has no wall to hang the {thing.name} on: it stays where it is")
        return []
    spot, yaw = found
    front = np.array([math.sin(math.radians(yaw)), 0.0, math.cos(math.radians(yaw))])
    ops: list[Operator] = []
    hang_at = min(t0 + 0.5, end_s - 1.0)
    copy = scene.find_object(f"{oid}{HUNG}")  # the hands' hanging act put up a copy of it (jobs.act_results)
    if copy is not None:
        shown = next((k.time_s for tr in scene.timeline.tracks if tr.target == f"object:{copy.id}.visible"
                      for k in tr.keyframes if k.value is True), None)
        hang_at = shown if shown is not None else hang_at
    if who is not None:  # the hanger walks up to the place, as late as the walk's length allows
        stand = spot + front * _STAND_OFF_M
        stand[1] = near[1]
        walk_s = max(0.8, float(np.linalg.norm((stand - near)[[0, 2]])) / _WALK_MS + 0.3)
        w0 = max(start_s + 0.1, min(t0, end_s - 1.2 - walk_s) if copy is None else hang_at - 0.2 - walk_s)
        hang_at = min(end_s - 0.6, w0 + walk_s + 0.2) if copy is None else hang_at
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
    if copy is not None:  # the copy the hands put up goes onto the wall (keys over the act's own)
        ops += [AddKeyframes(target=f"object:{copy.id}.transform.{name}", keyframes=[
            _key(t, value, "hold") for t in (hang_at, hang_at + 0.3)]) for name, value in (
                ("position", pos), ("rotation", (0.0, yaw, 0.0)))]
    else:
        ops += [AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
                    _key(hang_at - 0.02, tuple(float(v) for v in thing.transform.position), "hold"),
                    _key(hang_at, pos, "hold")]),
                AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=[
                    _key(hang_at - 0.02, rot0, "hold"), _key(hang_at, (0.0, yaw, 0.0), "hold")])]
    if any(o.id.startswith(f"{oid}{CANVAS}") for o in scene.objects):  # its picture goes up with it
        ops += follow_canvas_ops(apply_ops(scene, ops), hang_at - 0.02, end_s, grid_s=start_s)
    return ops
