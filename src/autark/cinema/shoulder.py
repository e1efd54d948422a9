"""Over the shoulder of two people of any height: where the camera stands and what it aims at.

The camera's height comes from both people's eyes as their poses put them (halfway between the near and the far
person's eye lines), not from the near person's shoulder: over an adult's shoulder onto a child the camera had
looked down from 1.6 m, and the top of a chef's hat or the back of a child's head filled the frame. It stands
behind and beside the near person's head, far enough aside that the near head and shoulder stay at the frame's
edge, and aims a little under the far person's eyes (their eyes near the upper third). Whether the near body
still covers too much is for ``measure_shot`` to say (``rules.MAX_FOREGROUND_PCT``); the planner then tries
further back, or a clean single.
"""

from __future__ import annotations

import numpy as np

from autark.cinema.figures import subject_points
from autark.errors import UserInputError
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject, Vec3

__all__ = ["facing", "over_shoulder"]

_BACK_M = 1.2  # behind the near person's eyes, along the line between the two
_ASIDE_M = 0.6  # beside the near body's side, toward the shoulder looked over
_AIM_BELOW_M = 0.15  # the aim under the far person's eyes (the eyes then sit above the middle)


def facing(near: np.ndarray, far: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(forward, right): the level unit direction from ``near`` toward ``far``, and the right hand of someone at
    ``near`` who faces ``far``; a UserInputError when the two stand in the same place."""
    look = np.array(far, float) - np.array(near, float)
    look[1] = 0.0
    n = float(np.linalg.norm(look))
    if n < 1e-6:
        raise UserInputError("the two people stand in the same place; cannot look over a shoulder")
    fwd = look / n
    return fwd, np.array([-fwd[2], 0.0, fwd[0]])


def over_shoulder(near: SceneObject, far: SceneObject, *, side: str = "right", back: float = 1.0) -> tuple[Vec3, Vec3]:
    """(position, target) of a camera over ``near``'s ``side`` shoulder onto ``far`` (both as posed at the
    moment, e.g. from ``evaluate_scene``); ``back`` scales the distance behind and beside the near head."""
    _fig, near_pts, _c = subject_points(near)
    _fig, far_pts, _c = subject_points(far)
    # a body without a rig (a shark, a fish, a robot made of parts) has no eyes of its own: its head's height
    near_eyes, far_eyes = near_pts.get("eyes", near_pts["head"]), far_pts.get("eyes", far_pts["head"])
    fwd, right = facing(near_eyes, far_eyes)
    box = world_bbox(near)
    half_width = 0.5 * min(box.size[0], box.size[2], 0.8)
    sign = 1.0 if side == "right" else -1.0
    height = 0.5 * (float(near_eyes[1]) + float(far_eyes[1]))
    pos = near_eyes - fwd * _BACK_M * back + right * sign * (half_width + _ASIDE_M) * back
    pos[1] = height
    target = far_eyes - np.array([0.0, _AIM_BELOW_M, 0.0])
    return (float(pos[0]), float(pos[1]), float(pos[2])), (float(target[0]), float(target[1]), float(target[2]))
