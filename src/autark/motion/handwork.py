"""Hands at work on a thing: rub, handle, wrap, chop and pour_over (the motions of ``autark.story.hand_acts``).

Each is a gesture layered over whatever the body does (standing at a table, kneeling by a thing on the ground) and
puts the palms on the thing's nearest side (``work_point``: the point of its box nearest the chest, so the top of a
low thing and the side of a tall one, a person's head), bending the back toward a low one as cooking does. Each
is built so that a still frame from its middle reads as the act and two frames a second apart differ:

- ``rub``: the right hand sweeps back and forth across the thing, about twice a second; the left steadies it
  (polishing, washing, shaving, scrubbing, sweeping);
- ``handle``: both hands at the thing, the right drawing up and back as a needle or a knot is pulled, the left
  holding (sewing, tying, planting, unpacking);
- ``wrap``: both hands go round the thing, one over it and one under, turning about it (wrapping, bandaging);
- ``chop``: the right hand rises a forearm's length and comes down on the thing, the left holds it (cutting,
  chopping, stamping, ringing a bell);
- ``pour_over``: the right hand held a hand's height over the thing, tipped over and swaying a little as it
  pours, the left under it (watering flowers, filling a bottle); ``motion.skills``' pour reaches out at chest
  height, too high for a flower bed;
- ``hang_up``: the thing in the hands (``Action.item``) lifted from the chest to over the head and a little
  ahead, pressed there onto its hook, and let go (hanging up a lantern, a picture).

The thing is ``Action.target_object`` (never ``item``: it is worked on, not lifted); without one, ``Action.target``
(a point on the ground in front) or the ground before the feet.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import reach
from autark.motion.gestures import World
from autark.motion.handling import _done, _pose, aim_local
from autark.motion.kinematics import BodyState, RigInfo, Vec
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["HANDWORK_GESTURES", "HUNG_AT", "work_point", "rub", "handle", "wrap", "chop", "pour_over", "hang_up"]

V = np.array
HANDWORK_GESTURES = ("rub", "handle", "wrap", "chop", "pour_over", "hang_up")
HUNG_AT = 0.7  # share of a hang_up at which the thing is on its hook and the hands let go
_ARM_M = 0.68  # how far from the chest (a grown body's share) the hands reach


def work_point(rig: RigInfo, a: Action, world: World, objects: dict[str, SceneObject], pose: dict[str, Vec]
               ) -> Vec:
    """Where the hands work (asset space): the point of the thing's box nearest the chest, drawn in to arm's
    length; the ground before the feet when no thing is named."""
    k = reach.size_of(rig)
    chest = reach.chest_point(rig, pose, forward=0.0)
    if a.target_object is not None and a.target_object in objects:
        box = world_bbox(objects[a.target_object])
        chest_world = world[0] + world[1] @ (chest * world[2])
        nearest = np.clip(chest_world, np.array(box.min, float), np.array(box.max, float))
        nearest[1] = min(nearest[1] + 0.02, float(box.max[1]) + 0.02)  # on its surface, not inside it
        point = aim_local(world, nearest)
    elif a.target is not None:
        point = aim_local(world, np.array(a.target, float))
    else:
        point = V([0.0, 0.05 * k, 0.45 * k])
    d = point - chest
    n = float(np.linalg.norm(d))
    if n > _ARM_M * k:  # out of reach: the hands go as far toward it as the arms allow
        point = chest + d / n * _ARM_M * k
    point[2] = max(point[2], 0.18 * k)  # always in front of the body, never through it
    return point


def _bent(rig: RigInfo, body: BodyState, a: Action, world: World, objects: dict[str, SceneObject]
          ) -> tuple[dict[str, Vec], Vec, float]:
    """The pose bent toward the work (more the lower it is), the work point under that pose, and the body's size."""
    k = reach.size_of(rig)
    upright = _pose(body, {})
    low_point = work_point(rig, a, world, objects, upright)
    chest = reach.chest_point(rig, upright, forward=0.0)
    low = min(max((chest[1] - low_point[1] - 0.2 * k) / (0.6 * k), 0.0), 1.0)
    pose = _pose(body, {"spine": V([12.0 + 50.0 * low, 0.0, 0.0]), "neck": V([20.0 - 10.0 * low, 0.0, 0.0])})
    return pose, work_point(rig, a, world, objects, pose), k


def rub(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
        objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand sweeps across the thing and back, twice a second; the left steadies it."""
    pose, at, k = _bent(rig, body, a, world, objects)
    stroke = math.sin(2 * math.pi * 2.0 * (t - a.start_s))
    right = at + V([-0.06 * k + 0.13 * k * stroke, 0.02 * k * abs(stroke), 0.03 * k * stroke])
    left = at + V([0.16 * k, 0.0, -0.02 * k])
    return _done(rig, reach.arms_to(rig, pose, left, right, elbow_out=0.6))


def handle(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
           objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Both hands at the thing; every 0.8 s the right draws up and back (a stitch, a knot pulled) and returns."""
    pose, at, k = _bent(rig, body, a, world, objects)
    u = ((t - a.start_s) % 0.8) / 0.8
    pull = math.sin(math.pi * u) ** 2
    right = at + V([-0.07 * k, 0.02 * k + 0.2 * k * pull, -0.12 * k * pull])
    left = at + V([0.09 * k, 0.01 * k, 0.0]) + V([0.0, 0.03 * k, 0.0]) * math.sin(2 * math.pi * 1.25 * (t - a.start_s))
    return _done(rig, reach.arms_to(rig, pose, left, right, elbow_out=0.5))


def wrap(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Both hands circle round the thing, half a turn apart, one over it while the other is at its side."""
    pose, at, k = _bent(rig, body, a, world, objects)
    ang = 2 * math.pi * 0.9 * (t - a.start_s)
    r = 0.14 * k
    right = at + V([-r * math.cos(ang), r * math.sin(ang), 0.05 * k * math.cos(ang)])
    left = at + V([r * math.cos(ang), -r * math.sin(ang), -0.05 * k * math.cos(ang)])
    return _done(rig, reach.arms_to(rig, pose, left, right, elbow_out=0.7))


def chop(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand rises over the thing and comes down on it, about one and a half times a second (fast down,
    slow up); the left holds the thing to one side."""
    pose, at, k = _bent(rig, body, a, world, objects)
    u = ((t - a.start_s) * 1.5) % 1.0
    up = u / 0.75 if u < 0.75 else 1.0 - (u - 0.75) / 0.25  # slow up, fast down
    right = at + V([-0.05 * k, 0.02 * k + 0.32 * k * up, -0.04 * k * up])
    left = at + V([0.15 * k, 0.0, 0.02 * k])
    return _done(rig, reach.arms_to(rig, pose, left, right, elbow_out=0.6))


def pour_over(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
              objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand over the thing, tipped over after the first quarter second and swaying as it pours; the
    left under it."""
    pose, at, k = _bent(rig, body, a, world, objects)
    local = t - a.start_s
    sway = math.sin(2 * math.pi * 0.8 * local)
    right = at + V([0.06 * k * sway, 0.14 * k, -0.02 * k])
    left = right + V([0.12 * k, -0.08 * k, -0.04 * k])
    arms = reach.arms_to(rig, pose, left, right, elbow_out=0.6)
    if "hand_r" in rig.bones:
        arms["hand_r"] = V([0.0, 0.0, -100.0 * min(local / 0.25, 1.0)])
    return _done(rig, arms)


def hang_up(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
            objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Both hands lift the thing from the chest to over the head and a little ahead, press it onto its hook
    until ``HUNG_AT``, then come down a little, open."""
    k = reach.size_of(rig)
    u = min(max((t - a.start_s) / max(a.end_s - a.start_s, 1e-3), 0.0), 1.0)
    pose = _pose(body, {"spine": V([-6.0, 0.0, 0.0]), "neck": V([-18.0, 0.0, 0.0])})
    low = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.05 * k)
    high = reach.chest_point(rig, pose, forward=0.42 * k, up=0.55 * k)
    lift = min(u / 0.45, 1.0)
    hands = low + (high - low) * (3 * lift ** 2 - 2 * lift ** 3)
    if u > HUNG_AT:  # let go: the hands drop away from it
        hands = high + V([0.0, -0.18 * k, -0.08 * k]) * min((u - HUNG_AT) / 0.2, 1.0)
    elif u > 0.45:  # pressed onto the hook
        hands = hands + V([0.0, 0.0, 0.04 * k]) * math.sin(math.pi * (u - 0.45) / (HUNG_AT - 0.45))
    return _done(rig, reach.arms_to(rig, pose, hands + V([0.1 * k, 0.0, 0.0]), hands - V([0.1 * k, 0.0, 0.0]),
                                    elbow_out=0.5))
