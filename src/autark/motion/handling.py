"""Gestures with the hands and things: eat, drink, cook, serve, give, take, throw, catch, play, read, write.

Each is a gesture clip (``autark.motion.clips``): ``play(rig, action, t, body, world, objects)`` gives target
angles layered over whatever the body does. The hands are placed, not posed: a clip says where each palm
should be (at the mouth, in front of the chest, toward the other person) and ``autark.motion.reach`` finds
the arm angles. Where the handled thing (``Action.item``) goes is ``autark.motion.holding``'s business.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import reach
from autark.motion.chain import object_center
from autark.motion.gestures import World
from autark.motion.kinematics import BodyState, RigInfo, Vec
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["eat", "drink", "cook", "serve", "give", "take", "throw", "catch", "play", "read", "write", "carry",
           "EAT_CYCLE_S", "THROW_RELEASE", "WIND_INSTRUMENTS", "aim_local"]

V = np.array
EAT_CYCLE_S = 2.0  # one bite: the hand comes up, stays at the mouth while biting, goes down a little
THROW_RELEASE = 0.5  # share of a throw at which the thing leaves the hand
WIND_INSTRUMENTS = ("flute", "trumpet", "horn", "recorder", "clarinet", "saxophone", "harmonica", "whistle")


def _pose(body: BodyState, extra: dict[str, Vec]) -> dict[str, Vec]:
    pose = {k: v for k, v in body.pose.items() if k in ("root", "spine", "neck")}
    pose.update(extra)
    return pose


def _done(rig: RigInfo, pose: dict[str, Vec]) -> dict[str, Vec]:
    return {k: v for k, v in pose.items() if k in rig.bones and k != "root"}


def aim_local(world: World, point: Vec) -> Vec:
    """A world point in the acting body's asset space."""
    pos, rot, scale = world
    return rot.T @ (np.asarray(point, float) - pos) / scale


def _toward(a: Action, world: World, objects: dict[str, SceneObject], what: str) -> Vec | None:
    """The asset-space point the act is aimed at: its target point or the target object's middle."""
    if a.target is not None:
        return aim_local(world, np.array(a.target, float))
    if a.target_object is not None and a.target_object in objects:
        return aim_local(world, object_center(objects, a.target_object, what))
    return None


def _reach_out(rig: RigInfo, pose: dict[str, Vec], toward: Vec | None, length: float) -> Vec:
    """A palm point ``length`` out from the chest toward ``toward`` (straight ahead without one), at chest
    height or a little toward the target's."""
    k = reach.size_of(rig)
    chest = reach.chest_point(rig, pose, forward=0.0)
    if toward is None:
        return chest + V([-0.08 * k, -0.1 * k, length])
    d = toward - chest
    d[1] = max(min(d[1], 0.3), -0.5) * 0.5
    n = float(np.linalg.norm(d)) or 1.0
    return chest + d / n * min(length, max(n - 0.25 * k, 0.25 * k))


def eat(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
        objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Bite after bite: the right hand brings the food to the mouth, the jaw chews."""
    local = t - a.start_s
    c = (local % EAT_CYCLE_S) / EAT_CYCLE_S
    up = 1.0 if 0.12 < c < 0.75 else (c / 0.12 if c <= 0.12 else 1.0 - (c - 0.75) / 0.25)
    up = up * up * (3 - 2 * up)
    chew = max(0.0, math.sin(2 * math.pi * 2.6 * local))
    pose = _pose(body, {"neck": V([8.0, 0.0, 0.0]), "jaw": V([4.0 + 14.0 * chew, 0.0, 0.0])})
    k = reach.size_of(rig)
    mouth = reach.mouth_point(rig, pose) + V([-0.01 * k, -0.03 * k, 0.06 * k])
    low = reach.chest_point(rig, pose, forward=0.28 * k, up=-0.2 * k) - V([0.08 * k, 0.0, 0.0])
    return _done(rig, reach.arms_to(rig, pose, None, low + (mouth - low) * up))


def drink(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The cup raised to the mouth and tipped, the head back, swallowing."""
    local = t - a.start_s
    tip = min(local / 0.8, 1.0)
    pose = _pose(body, {"neck": V([-18.0 * tip, 0.0, 0.0]), "jaw": V([5.0 * tip, 0.0, 0.0])})
    k = reach.size_of(rig)
    mouth = reach.mouth_point(rig, pose) + V([-0.01 * k, -0.04 * k, 0.07 * k])
    return _done(rig, reach.arms_to(rig, pose, None, mouth))


def cook(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Stirring a pot: over the pot (``item``, or ``target_object``: the stove) when it is within reach, else in
    front at waist height; bending down to a low one. The right hand circles, the left steadies the pot."""
    local = t - a.start_s
    k = reach.size_of(rig)
    pot_at = None
    for thing in (a.item, a.target_object):
        if thing is not None and thing in objects:
            box = world_bbox(objects[thing])
            top = aim_local(world, np.array([box.center[0], box.max[1] + 0.06, box.center[2]]))
            if float(np.hypot(top[0], top[2])) < 0.9 * k:
                pot_at = top
                break
    low = 0.0 if pot_at is None else min(max((0.95 * k - pot_at[1]) / (0.6 * k), 0.0), 1.0)
    pose = _pose(body, {"spine": V([18.0 + 35.0 * low, 0.0, 0.0]), "neck": V([15.0 - 10.0 * low, 0.0, 0.0])})
    pot = reach.chest_point(rig, pose, forward=0.42 * k, up=-0.38 * k) if pot_at is None else pot_at
    ang = 2 * math.pi * 1.1 * local
    stir = pot + V([-0.06 * k + 0.07 * k * math.cos(ang), 0.02 * k, 0.07 * k * math.sin(ang)])
    return _done(rig, reach.arms_to(rig, pose, pot + V([0.2 * k, -0.02 * k, 0.0]), stir))


def serve(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Both hands hold the plate out in front (toward the guest), a slight bow."""
    k = reach.size_of(rig)
    pose = _pose(body, {"spine": V([10.0, 0.0, 0.0]), "neck": V([-4.0, 0.0, 0.0])})
    out = _reach_out(rig, pose, _toward(a, world, objects, "serve it"), 0.5 * k) + V([0.0, -0.12 * k, 0.0])
    return _done(rig, reach.arms_to(rig, pose, out + V([0.1 * k, 0.0, 0.0]), out - V([0.1 * k, 0.0, 0.0])))


def give(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand goes out toward the recipient, holds there while they take it, and comes back."""
    k = reach.size_of(rig)
    pose = _pose(body, {"spine": V([8.0, 0.0, 0.0])})
    out = _reach_out(rig, pose, _toward(a, world, objects, "give it to them"), 0.55 * k)
    return _done(rig, reach.arms_to(rig, pose, None, out - V([0.05 * k, 0.0, 0.0])))


def take(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand reaches toward the giver (or the thing), takes it, and brings it in to the chest."""
    k = reach.size_of(rig)
    u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
    toward = _toward(a, world, objects, "take it")
    if toward is None and a.item is not None and a.item in objects:
        toward = aim_local(world, object_center(objects, a.item, "take it"))
    pose = _pose(body, {"spine": V([6.0, 0.0, 0.0])})
    out = _reach_out(rig, pose, toward, 0.55 * k) - V([0.05 * k, 0.0, 0.0])
    keep = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.2 * k) - V([0.06 * k, 0.0, 0.0])
    back = min(max((u - 0.65) / 0.3, 0.0), 1.0)
    return _done(rig, reach.arms_to(rig, pose, None, out + (keep - out) * back))


def throw(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Wind up (the arm back above the shoulder, the body turned away), whip it over and follow through."""
    k = reach.size_of(rig)
    u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
    wind = min(u / (THROW_RELEASE - 0.1), 1.0)
    snap = min(max((u - (THROW_RELEASE - 0.1)) / 0.2, 0.0), 1.0)
    twist = -30.0 * wind * (1 - snap) + 25.0 * snap
    pose = _pose(body, {"spine": V([-6.0 * (1 - snap) + 20.0 * snap, twist, 0.0]), "neck": V([0.0, -twist, 0.0])})
    back = V([-0.3 * k, 1.75 * k, -0.25 * k])
    front = V([-0.15 * k, 1.15 * k, 0.55 * k])
    hand = back + (front - back) * (snap * snap * (3 - 2 * snap))
    aim = V([0.3 * k, 1.4 * k, 0.45 * k])
    return _done(rig, reach.arms_to(rig, pose, aim, hand, elbow_out=0.9))


def catch(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Both hands up and out to meet the thing, then drawn in to the chest with it."""
    k = reach.size_of(rig)
    u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
    pose = _pose(body, {"spine": V([-4.0, 0.0, 0.0]), "neck": V([-8.0, 0.0, 0.0])})
    out = reach.chest_point(rig, pose, forward=0.5 * k, up=0.1 * k)
    keep = reach.chest_point(rig, pose, forward=0.28 * k, up=-0.1 * k)
    draw = min(max((u - 0.45) / 0.3, 0.0), 1.0)
    mid = out + (keep - out) * draw
    return _done(rig, reach.arms_to(rig, pose, mid + V([0.1 * k, 0.0, 0.0]), mid - V([0.1 * k, 0.0, 0.0])))


def _is_wind(a: Action, objects: dict[str, SceneObject]) -> bool:
    obj = objects.get(a.item or "")
    return obj is not None and any(w in f"{obj.type} {obj.name}".lower() for w in WIND_INSTRUMENTS)


def play(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """An instrument: strummed across the belly (left hand up the neck, right hand strumming), or, for a
    wind instrument, both hands at the mouth, fingers moving; the body sways with the music."""
    k = reach.size_of(rig)
    local = t - a.start_s
    sway = math.sin(2 * math.pi * 0.5 * local)
    pose = _pose(body, {"spine": V([4.0, 0.0, 3.0 * sway]), "neck": V([12.0, 6.0 * sway, 0.0])})
    if _is_wind(a, objects):
        mouth = reach.mouth_point(rig, pose)
        finger = 0.015 * k * math.sin(2 * math.pi * 3.0 * local)
        return _done(rig, reach.arms_to(rig, pose, mouth + V([0.02 * k, -0.12 * k, 0.2 * k + finger]),
                                        mouth + V([-0.02 * k, -0.06 * k, 0.11 * k])))
    strum = math.sin(2 * math.pi * 3.0 * local)
    belly = reach.chest_point(rig, pose, forward=0.22 * k, up=-0.35 * k)
    fret = belly + V([0.42 * k, 0.2 * k, 0.02 * k])
    hand = belly + V([-0.02 * k, 0.05 * k * strum, 0.03 * k])
    return _done(rig, reach.arms_to(rig, pose, fret, hand))


def read(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The book held open in both hands at chest height, the head bowed over it, eyes moving along."""
    k = reach.size_of(rig)
    local = t - a.start_s
    scan = math.sin(2 * math.pi * 0.4 * local)
    pose = _pose(body, {"neck": V([24.0, 5.0 * scan, 0.0])})
    book = reach.chest_point(rig, pose, forward=0.32 * k, up=-0.12 * k)
    return _done(rig, reach.arms_to(rig, pose, book + V([0.12 * k, 0.0, 0.0]), book - V([0.12 * k, 0.0, 0.0])))


def write(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The notepad held up in the left hand, the right hand writing across it in small strokes, head bent."""
    k = reach.size_of(rig)
    local = t - a.start_s
    line = (local % 2.5) / 2.5
    pose = _pose(body, {"spine": V([6.0, 0.0, 0.0]), "neck": V([30.0, 0.0, 0.0])})
    paper = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.16 * k)  # a notepad held up, tilted to the eyes
    pen = paper + V([0.08 * k - 0.16 * k * line, 0.03 * k + 0.01 * k * math.sin(2 * math.pi * 5 * local),
                     0.02 * k * math.sin(2 * math.pi * 2.0 * local)])
    return _done(rig, reach.arms_to(rig, pose, paper + V([0.08 * k, -0.02 * k, 0.0]), pen))


def carry(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """An animal or an armful carried: both forearms under it in front of the chest, the elbows bent, whatever
    the legs do (``autark.motion.holding`` puts the thing between the palms)."""
    k = reach.size_of(rig)
    pose = _pose(body, {"spine": V([-4.0, 0.0, 0.0]), "neck": V([10.0, 0.0, 0.0])})
    cradle = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.22 * k)
    return _done(rig, reach.arms_to(rig, pose, cradle + V([0.11 * k, 0.0, 0.0]), cradle - V([0.11 * k, 0.0, 0.0])))


def hold_up(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
            objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """A thing held upright by its low end (an umbrella over the head, a flag, a torch): the right forearm up
    in front of the chest, the fist a little above the breastbone, whatever the legs do (``autark.motion.
    holding`` stands the thing on the fist)."""
    k = reach.size_of(rig)
    pose = _pose(body, {})
    fist = reach.chest_point(rig, pose, forward=0.26 * k, up=0.08 * k) + V([-0.14 * k, 0.0, 0.0])
    return _done(rig, reach.arms_to(rig, pose, None, fist, elbow_out=0.6))

