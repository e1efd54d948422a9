"""Riding: a rider astride a mount (a horse, a unicorn, an elephant, a dragon, a bicycle) that carries them.

A ``ride`` action belongs to the rider and names the mount (``target_object``); the mount moves by its own
walk or run (the staging lays both: ``autark.language.staging``). The rider's own clip only stands them where
they mount and, when the ride has a ``target``, where they get down after it. ``seat_riders`` runs after the
mounts are posed (``autark.motion.animate``): over ``MOUNT_S`` the rider rises from the ground into the saddle
(the top of the mount's back, moving with the mount's bobbing body), sits astride it (legs down its flanks,
knees bent, hands forward at the reins) for as long as the ride lasts, and over ``DISMOUNT_S`` gets down.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from autark.motion.body import idle_body
from autark.motion.chain import ChainState, End, Segment
from autark.motion.kinematics import (
    BodyState,
    Foot,
    RigInfo,
    Vec,
    blend_bodies,
    forward_dir,
    left_dir,
    rest_feet,
)
from autark.motion.vehicles import seat_world, seats_of
from autark.scene.easing import smoothstep
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["FROM_THE_SEAT", "MOUNT_S", "DISMOUNT_S", "CHAINED_S", "seated_in", "seat_order", "riding_weight", "saddle", "ride_end", "ride_at", "ride_ground",
           "seat_rider", "back_of", "riding_on"]

MOUNT_S = 0.7  # from standing beside the mount to sitting in the saddle
DISMOUNT_S = 0.6
# a ride that starts this soon after the rider's last ride on the same mount goes on from the saddle: a ride told
# over two shots (each shot's actions end a moment before the cut) is not a dismount and a climb back up
CHAINED_S = 0.6
_BACK_SPAN_M = 0.25  # the saddle is read off the body's top within this far of the middle (along and across)


@cache
def back_of(asset_type: str) -> tuple[float, float] | None:
    """(height of the top of the back, half-width of the body under it) of a mount in its bind pose, in its own
    units, read off its mesh along the middle of the body; None for something with no mesh."""
    from autark.assets import rig

    try:
        parts = rig.posed_parts(asset_type)
    except KeyError:
        return None
    top, half = -math.inf, 0.0
    points = []
    for part, m in parts:
        v = np.asarray(part.mesh.vertices, float)
        if not len(v):
            continue
        points.append((m[:3, :3] @ v.T).T + m[:3, 3])
    if not points:
        return None
    w = np.concatenate(points)
    middle = w[(np.abs(w[:, 2]) < _BACK_SPAN_M) & (np.abs(w[:, 0]) < 0.6 * _BACK_SPAN_M)]
    if not len(middle):
        return None
    top = float(middle[:, 1].max())
    band = w[(np.abs(w[:, 2]) < _BACK_SPAN_M) & (w[:, 1] > top - 0.45 * top)]  # the barrel under the saddle
    half = float(np.abs(band[:, 0]).max()) if len(band) else 0.15
    return top, half


def seated_in(mount: SceneObject) -> float | None:
    """The driver's seat height (world metres over the vehicle's bottom) of a vehicle one sits or stands in
    (``autark.motion.vehicles.SEATS``), else None."""
    seats = seats_of(mount.type)
    return None if not seats else seats[0].at[1] * float(mount.transform.scale[1])


def seat_order(actions: list[Action]) -> dict[tuple[str, str], int]:
    """(rider, vehicle) -> the place the rider holds in it: riders take the places in the order their first ride
    in it is staged (the driver, named first, drives; "the children" behind them take the next seats)."""
    out: dict[tuple[str, str], int] = {}
    taken: dict[str, int] = {}
    for a in actions:
        if a.kind != "ride" or not a.target_object or (a.object_id, a.target_object) in out:
            continue
        out[(a.object_id, a.target_object)] = taken.get(a.target_object, 0)
        taken[a.target_object] = taken.get(a.target_object, 0) + 1
    return out


def saddle(mount: SceneObject, place: int = 0) -> tuple[Vec, float, float]:
    """(world point where the rider's hips sit, the mount's heading, half-width of its body there) for a posed
    mount: on top of its back, carried by its root bone (so the rider bobs with its gait); in a vehicle one
    sits or stands in, at its ``place``-th seat (``autark.motion.vehicles``); for something else without a
    skeleton, on top of its middle."""
    from autark.assets import rig

    m = model_matrix(mount.transform)
    scale = float(mount.transform.scale[0])
    seat = seat_world(mount, place)
    if seat is not None:
        return seat[0], float(mount.transform.rotation[1]), 0.12
    back = back_of(mount.type)
    if back is None or not rig.skeleton(mount.type):
        box = world_bbox(mount)
        top = np.array([box.center[0], box.max[1], box.center[2]])
        return top, float(mount.transform.rotation[1]), max(box.size[0], box.size[2]) * 0.12
    pose = {k: tuple(v) for k, v in (mount.pose or {}).items() if any(v)}
    point = rig.bone_world_position(mount.type, pose or None, "root", (0.0, back[0], 0.0))
    world = m[:3, :3] @ point + m[:3, 3]
    return world, float(mount.transform.rotation[1]), back[1] * scale


def riding_weight(a: Action, t: float, in_already: bool = False) -> float:
    """How far into the saddle the rider is at t: 0 on the ground, 1 astride (up over ``MOUNT_S``, down over
    ``DISMOUNT_S`` at the end of a ride that ends somewhere)."""
    if t < a.start_s or t > a.end_s:
        return 0.0
    span = a.end_s - a.start_s
    # a ride in a vehicle from the scene's first instant is seen in the seat already ("gets out of the truck" as
    # it opens; a horse is still mounted before our eyes)
    up = 1.0 if a.start_s <= 0.0 and in_already else smoothstep(min((t - a.start_s) / max(min(MOUNT_S, span / 3), 1e-3), 1.0))
    if a.target is None:
        return up
    down = smoothstep(min((a.end_s - t) / max(min(DISMOUNT_S, span / 3), 1e-3), 1.0))
    return min(up, down)


def ride_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """A ride leaves the rider where they get down (its ``target``, beside where the mount stops), else where
    they got on."""
    if a.target is not None:
        return ChainState(a.target, start.heading), a.target, None
    return ChainState(start.position, start.heading), None, None


def ride_ground(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """The rider's own movement clip: standing where they got on, and after the middle of the ride where they
    will get down (while astride, ``seat_rider`` puts the body in the saddle instead)."""
    a = seg.action
    return idle_body(rig, seg.start if t < (a.start_s + a.end_s) / 2 else seg.end, t, phase)


def ride_at(actions: list[Action], rider: str, t: float) -> Action | None:
    """The rider's ride going on at t (the latest that started), as one ride with those it continues: rides on
    the same mount that follow each other within ``CHAINED_S`` (and the gaps between them) read as a single
    ride from the first one's start to the last one's end, so the rider stays in the saddle across them."""
    rides = sorted((a for a in actions if a.kind == "ride" and a.object_id == rider and a.target_object),
                   key=lambda a: a.start_s)
    chains: list[Action] = []
    for a in rides:
        last = chains[-1] if chains else None
        if last is not None and last.target_object == a.target_object and a.start_s <= last.end_s + CHAINED_S:
            later = a.end_s >= last.end_s
            chains[-1] = last.model_copy(update={"end_s": max(a.end_s, last.end_s),
                                                 "target": a.target if later else last.target})
        else:
            chains.append(a)
    chains = [_stays_in(c, actions, rider) if c.target is None else c for c in chains]
    going = [a for a in chains if a.start_s <= t <= a.end_s]
    return max(going, key=lambda a: a.start_s) if going else None


# what one does from a vehicle's seat without leaving it (gestures and looks; the animation passes movements only)
FROM_THE_SEAT = frozenset({"wave", "talk", "point", "look", "nod", "shake_head", "laugh", "cry", "clap", "sing",
                            "think", "celebrate", "bow", "turn", "idle"})


def _stays_in(ride: Action, actions: list[Action], rider: str) -> Action:
    """A ride that names nowhere to get down (a boarding, a flight: ``autark.language.vehicles``) goes on until
    the rider's next movement of their own (a wave or a line from the seat does not end it) or their next ride,
    so a passenger who climbed in is still in the bus when the driver, told later, drives off."""
    later = [a.start_s for a in actions if a.object_id == rider and a.start_s > ride.end_s
             and a.kind not in FROM_THE_SEAT]
    return ride.model_copy(update={"end_s": min(later, default=math.inf)})


def riding_on(actions: list[Action], rider: str, mount: str, t: float) -> bool:
    """Whether ``rider`` sits on ``mount`` at ``t`` or got down from it less than ``CHAINED_S`` before (a ride
    staged then goes on from the saddle, ``autark.language.riding``)."""
    return any(a.kind == "ride" and a.object_id == rider and a.target_object == mount
               and a.start_s < t <= a.end_s + CHAINED_S for a in actions)


def seat_rider(rig: RigInfo | None, body: BodyState, mount: SceneObject, w: float, place: int = 0) -> BodyState:
    """The rider's body ``body`` (on the ground) taken ``w`` of the way into the saddle of the posed ``mount``:
    hips on its back, facing its way, feet down its flanks with the knees bent, the hands forward at the reins;
    in a vehicle, on its ``place``-th seat, or standing there where its crew stands (a basket, a raft)."""
    if w <= 0.0:
        return body
    hip, heading, half = saddle(mount, place)
    ground = float(body.position[1])
    seat_at = seat_world(mount, place)
    if seat_at is not None and seat_at[1] == "stand":  # on the floor of the basket or the deck, upright
        up = BodyState(np.array([hip[0], ground, hip[2]]), heading)
        up.lift = np.array([0.0, float(hip[1]) - ground, 0.0])
        if rig is not None and rig.has_legs:
            up.feet = rest_feet(rig, np.array([hip[0], float(hip[1]), hip[2]]), heading)
        return blend_bodies(body, up, w)
    if rig is None or not rig.has_legs:  # something without legs just sits on top
        return blend_bodies(body, BodyState(np.array([hip[0], hip[1], hip[2]]), heading), w)
    clear = max(0.05, 0.085 * rig.leg)  # the thigh under the hip joint
    hip = hip + np.array([0.0, clear, 0.0])
    astride = BodyState(np.array([hip[0], ground, hip[2]]), heading)
    astride.lift = np.array([0.0, float(hip[1]) - ground - rig.hip_y, 0.0])
    side, ahead = left_dir(heading), forward_dir(heading)
    out = half + 0.05  # the feet hang outside the barrel
    drop = math.sqrt(max((0.82 * rig.leg) ** 2 - max(out - rig.half_width, 0.0) ** 2, 0.04))
    forward = 0.14 * rig.leg
    seat = seated_in(mount)
    if seat is not None:  # seated in a vehicle: the knees bent forward, the feet on its floor, not through it
        out, forward = rig.half_width * 0.6, 0.45 * rig.leg
        drop = min(0.6 * rig.leg, max(seat - 0.08, 0.05))
    astride.feet = {s: Foot(hip + side * sign * out - np.array([0.0, drop, 0.0]) + ahead * forward,
                            heading) for s, sign in (("l", 1.0), ("r", -1.0))}
    astride.pose = {k: v for k, v in {
        "spine": np.array([8.0, 0.0, 0.0]), "neck": np.array([-6.0, 0.0, 0.0]),
        "upper_arm_l": np.array([-38.0, 0.0, 8.0]), "upper_arm_r": np.array([-38.0, 0.0, -8.0]),
        "lower_arm_l": np.array([-48.0, 0.0, 0.0]), "lower_arm_r": np.array([-48.0, 0.0, 0.0]),
    }.items() if k in rig.bones}
    if w >= 1.0:
        return astride
    # getting up: the body swings up and over (a little above the saddle halfway), not a straight glide
    lifted = blend_bodies(body, astride, w)
    lifted.lift = lifted.lift + np.array([0.0, 0.25 * math.sin(math.pi * w), 0.0])
    return lifted
