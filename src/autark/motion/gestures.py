"""Gestures: wave, point and talk, layered over whatever the body is doing.

A gesture gives target angles for the bones it drives; ``autark.motion.animate`` blends them in and out over
the clip's ramp (``envelope_weight``). Each takes (rig, action, t, body, world, objects), where ``world`` is
the object's (position, rotation matrix, scale) at t.
"""

from __future__ import annotations

import math

import numpy as np

from autark.assets import rig as rigmod
from autark.motion.chain import object_center
from autark.motion.kinematics import BLEND_S, BodyState, RigInfo, Vec, euler_of, rotation_between
from autark.scene.easing import smoothstep
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["World", "envelope_weight", "wave", "talk", "point"]

World = tuple[Vec, Vec, Vec]  # position, rotation matrix, scale of the object at t


def envelope_weight(a: Action, t: float, ramp: float = BLEND_S) -> float:
    if t < a.start_s or t > a.end_s:
        return 0.0
    r = min(ramp, (a.end_s - a.start_s) / 2)
    if r <= 0:
        return 1.0
    return smoothstep(min((t - a.start_s) / r, (a.end_s - t) / r, 1.0))


def _mouth_open(a: Action, t: float) -> float:
    """How far the mouth is open at t: from the action's per-frame envelope when the voice gave one, else a
    syllable-like default (about four syllables a second, in phrases)."""
    local = t - a.start_s
    env = a.mouth_open
    if env:
        fps = a.mouth_fps
        x = local * fps
        i = int(math.floor(x))
        if i < 0:
            return float(env[0])
        if i >= len(env) - 1:
            return float(env[-1])
        f = x - i
        return float(env[i]) * (1 - f) + float(env[i + 1]) * f
    syllable = max(0.0, math.sin(2 * math.pi * 4.1 * local)) ** 0.7
    phrase = 0.55 + 0.45 * math.sin(2 * math.pi * 0.37 * local + 1.0)
    return syllable * phrase


def wave(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right arm raised, the forearm and hand wagging."""
    wag = math.sin(2 * math.pi * 1.6 * (t - a.start_s))
    return {"upper_arm_r": np.array([-12.0, 0.0, -128.0]), "lower_arm_r": np.array([0.0, 0.0, -32.0 + 26.0 * wag]),
            "hand_r": np.array([0.0, 0.0, 8.0 * wag])}


def talk(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The jaw follows the mouth envelope; the head nods a little with it."""
    local = t - a.start_s
    m = _mouth_open(a, t)
    nod = math.sin(2 * math.pi * 0.9 * local)
    return {"jaw": np.array([20.0 * m, 0.0, 0.0]), "neck": body.pose.get("neck", np.zeros(3))
            + np.array([3.0 * nod * (0.4 + 0.6 * m), 2.0 * math.sin(2 * math.pi * 0.3 * local), 0.0])}


def point(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Aim the right arm (straight) at the target, and turn the head toward it."""
    pos, rot, scale = world
    if a.target is not None:
        target = np.array(a.target, float)
    elif a.target_object is not None:
        target = object_center(objects, a.target_object, "point at it")
    else:
        target = pos + rot @ np.array([0.0, 1.4, 3.0])
    pose = {k: tuple(v) for k, v in body.pose.items() if k in ("root", "spine")}
    mats = rigmod.bone_matrices(rig.asset_type, pose)
    spine = mats["spine"]
    shoulder_obj = spine[:3, :3] @ np.array(rig.pivots["upper_arm_r"]) + spine[:3, 3]
    target_obj = rot.T @ (target - pos) / scale
    aim = spine[:3, :3].T @ (target_obj - shoulder_obj)
    rest = np.array(rig.pivots["lower_arm_r"]) - np.array(rig.pivots["upper_arm_r"])
    out = {"upper_arm_r": euler_of(rotation_between(rest, aim)), "lower_arm_r": np.zeros(3),
           "hand_r": np.zeros(3)}
    if "neck" in rig.bones:
        look = target_obj - np.array(rig.pivots["neck"])
        yaw = math.degrees(math.atan2(look[0], look[2]))
        out["neck"] = np.array([0.0, max(-60.0, min(60.0, yaw)), 0.0])
    return out
