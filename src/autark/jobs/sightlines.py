"""Staging that keeps the lens's way to the cast open: extras and the set's dressing stepped out of the ground in
front of the people the story is about, before any camera is planned.

The shot planner frames a person from the front: straight on, from a front three-quarter side, over the shoulder of
the one they face. Whatever stands tall in that ground (an onlooker of the crowd behind the one spoken to, a lamp
post, a barrel, a market stall) hides the face from every such camera, and the planner can then only dodge it (a
view from the side, from above, a wider frame) or take dressing out of the set for good (``cinema.blockers``). Here,
once a scene's actions are laid and before its shots are planned, the ground each member of the cast faces is read
at the middle of every shot: a wedge of ``WEDGE_DEG`` either side of where they face, from ``NEAR_M`` to ``FAR_M``.
A voiceless extra (``story.crowds``) or a piece of the set's dressing that stands in a wedge and reaches over the
lower half of that person is moved the shortest step sideways or back (``_STEPS``) that leaves every wedge of the
scene open and stands clear of everything else, for the whole scene, so the picture stays continuous from shot to
shot. Nothing the story acts on moves (the chair sat on, the bench a prop lies on), nothing that walks (its paths
were laid to where it stood), nothing something stands on nor anything standing on another, no piece of a row (a fence's section) and no set piece
(a house, a ship).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np

from autark.cinema.rules import SHELL_TYPES
from autark.cinema.states import SceneStates
from autark.ops import Operator, SetTransform
from autark.scene.geometry import AABB, world_bbox
from autark.scene.model import Scene

__all__ = ["FAR_M", "NEAR_M", "WEDGE_DEG", "clearing_moves"]

log = logging.getLogger(__name__)

WEDGE_DEG = 40.0  # either side of where a person faces: the front and three-quarter cameras stand in it
# from a person's middle: nearer is their own reach (the table they stand at); farther stands behind the cameras of a
# close or medium shot and of one over the shoulder of whom they face (the crowd a guide speaks to stays)
NEAR_M, FAR_M = 0.45, 3.2
UPPER_SHARE = 0.5  # a thing whose top reaches over this share of a person's height hides their head or chest
MOVED_MOST_M = 2.5  # dressing wider than this on the ground stays (a house, a ship, a hedge): it shapes the place
_CLEAR_M = 0.35  # between a moved thing's footprint and anything else's
_GROUNDED_M = 0.1  # a thing whose foot is higher rests on another (the vase on the table): it stays with it
_ROW_GAP_M = 0.3  # a thing this near another of its kind is one of a row
_BODY_M = 0.3  # a person's half width
_FLAT_M = 0.3  # a shell part this low is walked over (a kerb, a path), no wall
# the steps tried, shortest first: sideways, back, and between
_STEPS = sorted({(round(dx * s, 2), round(dz, 2)) for dx in (0.0, 0.8, 1.4, 2.0, 2.8) for dz in (0.0, -0.8, -1.6, 0.8)
                 for s in (1, -1) if (dx, dz) != (0.0, 0.0)}, key=lambda d: (math.hypot(*d), d))


def _wedges(states: SceneStates, times: Sequence[float], cast: Sequence[str]) -> list[tuple[float, ...]]:
    """Per moment and visible member of ``cast``: (x, z, forward x, forward z, the height over their foot a thing
    must reach to hide their upper half, their foot's height)."""
    out = []
    for t in times:
        state = states.evaluated(t)
        for oid in cast:
            obj = state.find_object(oid)
            if obj is None or not obj.visible:
                continue
            box = world_bbox(obj)
            yaw = math.radians(float(obj.transform.rotation[1]))
            out.append((float(obj.transform.position[0]), float(obj.transform.position[2]), math.sin(yaw),
                        math.cos(yaw), UPPER_SHARE * float(box.size[1]), float(box.min[1])))
    return out


def _in_wedge(x: float, z: float, radius: float, top: float, w: tuple[float, ...]) -> bool:
    """Whether a footprint round (x, z) of ``radius`` whose top is at ``top`` stands tall in the wedge ``w``."""
    px, pz, fx, fz, reach, foot = w
    if top - foot < reach:
        return False
    vx, vz = x - px, z - pz
    d = math.hypot(vx, vz)
    if d - radius > FAR_M or d < NEAR_M:
        return False
    off = math.degrees(math.acos(max(-1.0, min(1.0, (vx * fx + vz * fz) / d))))
    return off - math.degrees(math.asin(min(1.0, radius / d))) < WEDGE_DEG


def clearing_moves(scene: Scene, spans: Sequence[tuple[float, float]], story: Sequence[str],
                   movable: Sequence[str]) -> tuple[list[Operator], list[str]]:
    """The moves that open the wedges in front of ``story`` (the cast's bodies) at the middle of each shot of
    ``spans``, of the extras and dressing among ``movable`` standing in them (see the module), and the ids moved."""
    if not spans or not story or not movable:
        return [], []
    acts = scene.timeline.actions
    # nothing to read where nothing movable stands near where the cast stands or goes (most sets): no moment is
    # evaluated
    spots = [(float(o.transform.position[0]), float(o.transform.position[2])) for o in scene.objects if o.id in story]
    spots += [(float(a.target[0]), float(a.target[2])) for a in acts if a.target is not None and a.object_id in story]
    goals = {a.target_object for a in acts if a.target_object and a.object_id in story}
    spots += [(float(o.transform.position[0]), float(o.transform.position[2])) for o in scene.objects if o.id in goals]
    near, mine = FAR_M + MOVED_MOST_M, set(movable)
    if not any(abs(o.transform.position[0] - x) < near and abs(o.transform.position[2] - z) < near
               for o in scene.objects if o.id in mine for x, z in spots):
        return [], []
    states = SceneStates(scene)
    wedges = _wedges(states, [(a + b) / 2 for a, b in spans], story)
    if not wedges:
        return [], []
    state = states.evaluated(spans[0][0])
    solid = [o for o in state.objects if o.visible]
    fixed = {x for a in acts for x in (a.target_object, a.item) if x} | {
        a.object_id for a in acts if a.target is not None} | {
        tr.target.partition(":")[2].partition(".")[0] for tr in scene.timeline.tracks
        if tr.target.endswith("transform.position")}
    by_id = {o.id: o for o in state.objects}
    feet = [(float(o.transform.position[0]), float(o.transform.position[1]), float(o.transform.position[2]))
            for o in state.objects if o.visible and o.id in {c.object_id for c in scene.characters}]
    grounds = {o.id: world_bbox(o) for o in solid if o.type not in SHELL_TYPES and o.tag != "ground"}
    # what a moved thing may not enter: everything else standing (the room's walls too), and a room's floor it must
    # stay on
    walls = [world_bbox(o) for o in solid if o.type in SHELL_TYPES and o.tag != "ground" and o.type != "floor"
             and world_bbox(o).size[1] > _FLAT_M]
    floors = [world_bbox(o) for o in solid if o.type == "floor"]

    def stands_on(oid: str) -> bool:  # a body or a thing rests on it (the stage, the table with the cake)
        b = grounds[oid]
        return any(b.min[0] <= o.transform.position[0] <= b.max[0] and b.min[2] <= o.transform.position[2] <= b.max[2]
                   and o.transform.position[1] > b.min[1] + 0.05 for o in state.objects if o.id != oid and o.visible
                   and o.parent != oid) or any(b.min[0] <= x <= b.max[0] and b.min[2] <= z <= b.max[2]
                                               and y >= b.max[1] - 0.3 for x, y, z in feet)

    def in_a_row(oid: str) -> bool:  # a fence's section, a stall among stalls: moved, it leaves a gap in the row
        b, kind = grounds[oid], by_id[oid].type
        return any(k != oid and by_id[k].type == kind and b.min[0] - _ROW_GAP_M <= o.max[0]
                   and o.min[0] <= b.max[0] + _ROW_GAP_M and b.min[2] - _ROW_GAP_M <= o.max[2]
                   and o.min[2] <= b.max[2] + _ROW_GAP_M for k, o in grounds.items())

    ops: list[Operator] = []
    moved: list[str] = []
    placed = dict(grounds)
    for oid in movable:
        obj = by_id.get(oid)
        if obj is None or not obj.visible or oid in fixed or obj.parent is not None or oid not in grounds:
            continue
        b = grounds[oid]
        w, d = float(b.size[0]), float(b.size[2])
        if max(w, d) > MOVED_MOST_M or b.min[1] > _GROUNDED_M or stands_on(oid) or in_a_row(oid):
            continue
        cx, cz, radius, top = float(b.center[0]), float(b.center[2]), math.hypot(w, d) / 2, float(b.max[1])
        if not any(_in_wedge(cx, cz, radius, top, wg) for wg in wedges):
            continue
        for dx, dz in _STEPS:
            nx, nz = cx + dx, cz + dz
            if any(_in_wedge(nx, nz, radius, top, wg) for wg in wedges):
                continue
            lo = np.array([nx - w / 2 - _CLEAR_M, nz - d / 2 - _CLEAR_M])
            hi = np.array([nx + w / 2 + _CLEAR_M, nz + d / 2 + _CLEAR_M])
            if any(lo[0] < o.max[0] and o.min[0] < hi[0] and lo[1] < o.max[2] and o.min[2] < hi[1] for o in [
                    *(o for k, o in placed.items() if k != oid), *walls]):
                continue
            if any(lo[0] - _BODY_M < wg[0] < hi[0] + _BODY_M and lo[1] - _BODY_M < wg[1] < hi[1] + _BODY_M
                   for wg in wedges):  # where one of the cast stands at any shot's middle (one who walks there)
                continue
            if floors and not any(f.min[0] <= lo[0] and hi[0] <= f.max[0] and f.min[2] <= lo[1] and hi[1] <= f.max[2]
                                  for f in floors):
                continue
            p = obj.transform.position
            ops.append(SetTransform(id=oid, position=(float(p[0]) + dx, float(p[1]), float(p[2]) + dz)))
            placed[oid] = AABB((b.min[0] + dx, b.min[1], b.min[2] + dz), (b.max[0] + dx, b.max[1], b.max[2] + dz))
            moved.append(oid)
            break
    if moved:
        log.info("moved out of the cast's sightlines: %s", ", ".join(by_id[m].name or by_id[m].type for m in moved))
    return ops, moved
