"""Chaining actions: each movement starts where the previous one left the body.

A movement clip's ``ends`` rule (``autark.motion.clips.Clip``) says where its action leaves the body: walks,
runs, drives and flights at their destination (``travel_end``), a turn facing its target (``turn_end``), a sit
on the seat (``sit_end``). Between movements the body idles where it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.assets import library
from autark.errors import NotFound, UserInputError
from autark.motion.kinematics import RigInfo, Vec, forward_dir, heading_to, unit
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["Seat", "ChainState", "Segment", "End", "object_center", "seat_for", "sittable", "stand_point", "destination",
           "travel_end", "turn_end", "sit_end"]


@dataclass(frozen=True)
class Seat:
    """A seated body: where the pelvis sits and where the feet rest."""

    hip: tuple[float, float, float]  # hip-centre world position when seated (on the seat)
    heading: float
    stand: tuple[float, float, float]  # the ground point the body stood on before sitting (feet there)


@dataclass(frozen=True)
class ChainState:
    position: tuple[float, float, float]
    heading: float
    seat: Seat | None = None


@dataclass(frozen=True)
class Segment:
    action: Action
    start: ChainState
    end: ChainState
    dest: tuple[float, float, float] | None  # resolved destination of a walk/run/drive/fly, heading target
    seat: Seat | None = None  # sit: the seat aimed at


def object_center(objects: dict[str, SceneObject], object_id: str, what: str) -> Vec:
    obj = objects.get(object_id)
    if obj is None:
        raise NotFound(f"cannot {what}: there is no object {object_id!r}", hint="check the object's id or name")
    return np.array(world_bbox(obj).center)


def seat_for(objects: dict[str, SceneObject], chair_id: str | None, rig: RigInfo | None,
             near: tuple[float, float, float] | None = None) -> Seat:
    """Where a body sits on ``chair_id``: from the chair's support surface (preferring one named "seat"); on or
    by a thing with none (a campfire, a blanket, a roof, a tree: ``autark.motion.perches``) when the body comes
    from ``near``."""
    if chair_id is None:
        raise UserInputError("sitting needs something to sit on", hint="say what to sit on, e.g. 'sit on the chair'")
    chair = objects.get(chair_id)
    if chair is None:
        raise NotFound(f"cannot sit: there is no object {chair_id!r}", hint="add a chair first")
    try:
        supports = library.get(chair.type).supports
    except KeyError:
        supports = ()
    if not supports and near is not None and sittable(chair):
        from autark.motion.perches import seat_on

        hip, heading = seat_on(chair, rig, near)
        return Seat(hip, heading, stand_point(rig, hip, heading, near[1]))
    if not supports:
        raise UserInputError(f"cannot sit on the {chair.name or chair.type}: it has no seat",
                             hint="sit on a chair, a bench or a sofa")
    surf = next((s for s in supports if s.name == "seat"), supports[0])
    m = model_matrix(chair.transform)
    x = (surf.min_xz[0] + surf.max_xz[0]) / 2
    if near is not None and surf.max_xz[0] - surf.min_xz[0] > 1.0:  # a bench: the end one comes from
        own = np.linalg.inv(m) @ np.array([*near, 1.0])
        x = min(max(float(own[0]), surf.min_xz[0] + 0.3), surf.max_xz[0] - 0.3)
    local = np.array([x, surf.height, (surf.min_xz[1] + surf.max_xz[1]) / 2, 1])
    centre = m @ local
    heading = float(chair.transform.rotation[1])
    clear = max(0.05, 0.085 * rig.leg) if rig and rig.has_legs else 0.0  # thigh thickness under the hip joint
    hip = (float(centre[0]), float(centre[1]) + clear, float(centre[2]))
    return Seat(hip, heading, stand_point(rig, hip, heading, 0.0))


def sittable(obj: SceneObject) -> bool:
    """Whether a thing with no seat can still be sat on or by (``autark.motion.perches``): not someone, not
    round (one rolls off a ball), not smaller than a footstool, not a pole (a lamp, a street lamp)."""
    if library.is_character(obj.type) or any(w in obj.type for w in ("ball", "sphere")):
        return False
    try:  # its own size: a plate shown large for the story is still a plate, not a picnic blanket
        spec = library.get(obj.type)
        size = np.array(spec.bounds_max) - np.array(spec.bounds_min)
    except KeyError:
        size = world_bbox(obj).size
    wide = max(float(size[0]), float(size[2]))
    return max(wide, float(size[1])) >= 0.3 and not (float(size[1]) > 1.0 and float(size[1]) > 2.0 * wide)


def seated_ankle_offset(rig: RigInfo, hip_height_above_ground: float) -> tuple[float, float]:
    """(forward, down) of the ankle from the hip joint for a seated body with the knee at 90 degrees: thigh
    level and shin vertical when that reaches the floor, else the thigh tilts down until the foot is flat on
    the floor (the knee stays at 90 degrees). Feet dangle from high seats."""
    drop = hip_height_above_ground - rig.ankle_y
    if drop >= rig.shin:
        diag = math.hypot(rig.thigh, rig.shin)
        if drop < diag:
            return math.sqrt(diag * diag - drop * drop), drop
        # too high to reach the floor: thigh level, shin hanging straight down
    return rig.thigh, min(rig.shin, max(drop, 0.0))


def stand_point(rig: RigInfo | None, hip: tuple[float, float, float], heading: float, ground_y: float
                ) -> tuple[float, float, float]:
    if rig is None or not rig.has_legs:
        return (hip[0], ground_y, hip[2])
    fwd, _down = seated_ankle_offset(rig, hip[1] - ground_y)
    f = forward_dir(heading)
    return (hip[0] + f[0] * fwd, ground_y, hip[2] + f[2] * fwd)


def destination(a: Action, start: ChainState, objects: dict[str, SceneObject]) -> tuple[float, float, float]:
    """Where a walk/run/drive/fly goes: its target, or next to its target object on the near side."""
    if a.target is not None:
        if a.kind == "fly":
            return a.target
        return (a.target[0], start.position[1], a.target[2])
    if a.target_object is not None:
        c = object_center(objects, a.target_object, f"{a.kind} to it")
        obj = objects[a.target_object]
        box = world_bbox(obj)
        radius = max(box.size[0], box.size[2]) / 2 + 0.4
        away = unit(np.array([start.position[0] - c[0], 0.0, start.position[2] - c[2]]))
        return (float(c[0] + away[0] * radius), start.position[1], float(c[2] + away[2] * radius))
    raise UserInputError(f"a {a.kind} needs a place to go", hint=f"say where to {a.kind} to, e.g. 'to the tree'")


# where a movement leaves the body: (end state, destination or heading target, seat)
End = tuple[ChainState, tuple[float, float, float] | None, Seat | None]


def travel_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """A walk, run, drive or flight ends at its destination, facing the way it went."""
    dest = destination(a, start, objects)
    heading = heading_to(np.array(start.position), np.array(dest), start.heading)
    return ChainState(dest, heading), dest, None


def turn_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """A turn ends facing its target (a point or an object), or turned round when it has none; a seated body
    stays on its seat as it sat and turns its head (``clips``' turn): a family at the table turning to the soup
    had stood up, each on the spot before the bench, shoulders inside each other, and ate standing."""
    dest: tuple[float, float, float] | None = None
    if a.target is not None:
        dest = a.target
    elif a.target_object is not None:
        dest = tuple(object_center(objects, a.target_object, "turn to it").tolist())  # type: ignore[assignment]
    if start.seat is not None:
        return ChainState(start.position, start.heading, start.seat), dest, None
    target_heading = (heading_to(np.array(start.position), np.array(dest), start.heading) if dest
                      else start.heading + 180.0)
    return ChainState(start.position, target_heading), dest, None


def sit_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """A sit ends on the seat of its target, feet where the body stood up from."""
    seat = seat_for(objects, a.target_object, rig, a.target or start.position)  # target: the side it sits on
    stand = stand_point(rig, seat.hip, seat.heading, start.position[1])
    seat = Seat(seat.hip, seat.heading, stand)
    return ChainState(stand, seat.heading, seat), None, seat
