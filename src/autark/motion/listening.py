"""Listening to a sound from off screen (the ``listen`` action, ``autark.scene.sounds``): the sound comes first
(``autark.audio.foley_heard`` plays it as the action begins), then the listener reacts: the head turns toward
where it came from and tilts an ear to it, the brows go up, the hand on that side is cupped behind the ear.
A still frame reads as someone who heard something over there, not as someone looking about.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion.gestures import World, look
from autark.motion.kinematics import BodyState, RigInfo, Vec
from autark.scene.easing import smoothstep
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["listen", "REACT_S"]

REACT_S = 0.35  # the sound is heard this long before the head starts to turn
_TURN_S = 0.45  # how long the turn toward it takes


def listen(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
           objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Head turned and tilted toward the sound, brows up, the hand on its side cupped behind the ear."""
    from autark.motion import reach
    from autark.motion.gestures import _with_hands

    u = smoothstep(min(1.0, max(0.0, (t - a.start_s - REACT_S) / _TURN_S)))
    turned = look(rig, a, t, body, world, objects) if (a.target or a.target_object) else {
        "neck": np.zeros(3), "spine": body.pose.get("spine", np.zeros(3))}
    yaw = float(turned["neck"][1]) / 0.7 if (a.target or a.target_object) else 0.0
    side = "l" if yaw >= 0.0 else "r"  # the ear toward the sound
    tilt = 14.0 if side == "l" else -14.0
    neck = turned["neck"] * u + np.array([4.0, 0.0, tilt]) * u
    spine = body.pose.get("spine", np.zeros(3)) + (turned["spine"] - body.pose.get("spine", np.zeros(3))) * u
    extra = {"neck": neck, "spine": spine, "brow_l": np.array([0.0, 0.0, -14.0 * u]),
             "brow_r": np.array([0.0, 0.0, 14.0 * u])}
    pose = {k: v for k, v in body.pose.items() if k == "root"} | extra
    cup = reach.ear_point(rig, pose, side, out=0.04 + 0.01 * math.sin(2 * math.pi * 0.5 * (t - a.start_s)))
    if u < 1.0:  # the hand rises with the turn, from where it hangs
        rest = reach.palm_point(rig, pose, side)
        cup = rest + (cup - rest) * u
    return _with_hands(rig, body, extra, cup if side == "l" else None, cup if side == "r" else None,
                       elbow_out=0.9)
