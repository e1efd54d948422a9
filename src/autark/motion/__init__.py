"""Character motion: clips by action kind (a registry), footsteps, leg IK, gestures, and the evaluation of a
scene with its actions applied (``evaluate_scene``).

Above the assets (it reads rigs and seats) and below the operators; the scene package knows nothing of it.
"""

from autark.motion.animate import animate_objects, chain_actions, evaluate_scene, validate_actions
from autark.motion.clips import CLIPS, GESTURE_KINDS, MOVEMENT_KINDS, Clip
from autark.motion.footsteps import walk_step_length
from autark.motion.kinematics import BLEND_S, RigInfo, is_rigged, rig_info

__all__ = [
    "BLEND_S",
    "CLIPS",
    "Clip",
    "GESTURE_KINDS",
    "MOVEMENT_KINDS",
    "RigInfo",
    "animate_objects",
    "chain_actions",
    "evaluate_scene",
    "is_rigged",
    "rig_info",
    "validate_actions",
    "walk_step_length",
]
