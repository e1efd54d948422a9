"""Reaching: where a body's mouth, chest and palms are, and the arm angles that put a palm on a point.

Most handling and feeling clips are easiest to say as "the right palm at the mouth" or "both palms in front of
the chest" rather than as angles; ``reach_arm`` is the two-bone IK of an arm (shoulder, elbow) that turns
such a place into ``upper_arm``/``lower_arm`` angles, the way ``kinematics.solve_leg`` does for legs. Places
are in the asset's local space (before the object's transform), measured on the rig's own pivots, so a
child or a robot reaches its own mouth.
"""

from __future__ import annotations

import math

import numpy as np

from autark.assets import rig as rigmod
from autark.motion.kinematics import RigInfo, Vec, basis_frame, euler_of, norm, rot_x, unit

__all__ = ["size_of", "palm_bind", "mouth_point", "ear_point", "chest_point", "palm_point", "reach_arm", "arms_to",
           "HAND_BONES"]

HAND_BONES = ("upper_arm_l", "lower_arm_l", "hand_l", "upper_arm_r", "lower_arm_r", "hand_r")
_BIND_HEAD_Y = 1.56  # the built-in humanoid's head joint height: the unit the offsets below are given in


def size_of(rig: RigInfo) -> float:
    """How big this body is next to the built-in adult (1.0), from its head joint's height."""
    return rig.pivots["head"][1] / _BIND_HEAD_Y if "head" in rig.pivots else 1.0


def palm_bind(rig: RigInfo, side: str) -> Vec:
    """The palm's centre in the bind pose: below the wrist, on the forearm's line (what a hand holds)."""
    wrist = np.array(rig.pivots[f"hand_{side}"])
    elbow = np.array(rig.pivots[f"lower_arm_{side}"])
    return wrist + unit(wrist - elbow, (0.0, -1.0, 0.0)) * 0.08 * size_of(rig)


def _at(rig: RigInfo, pose: dict[str, Vec], bone: str, point: Vec) -> Vec:
    clean = {k: tuple(float(c) for c in v) for k, v in pose.items() if k in rig.bones}
    return rigmod.bone_world_position(rig.asset_type, clean, bone, tuple(float(c) for c in point))


def mouth_point(rig: RigInfo, pose: dict[str, Vec]) -> Vec:
    """The front of the mouth (asset local space) under ``pose`` (the head moves with the spine and neck)."""
    k = size_of(rig)
    jaw = np.array(rig.pivots.get("jaw", rig.pivots["head"]))
    return _at(rig, pose, "head", jaw + np.array([0.0, -0.015, 0.08]) * k)


def ear_point(rig: RigInfo, pose: dict[str, Vec], side: str, out: float = 0.0) -> Vec:
    """Just outside the ear of ``side`` ("l" or "r") under ``pose``, ``out`` metres farther to that side."""
    k = size_of(rig)
    head = np.array(rig.pivots["head"])
    sign = 1.0 if side == "l" else -1.0  # the built-in bodies face +Z: their left is +X
    return _at(rig, pose, "head", head + np.array([sign * (0.1 + out), 0.03, -0.05]) * k)


def chest_point(rig: RigInfo, pose: dict[str, Vec], forward: float = 0.3, up: float = 0.0) -> Vec:
    """A point ``forward`` metres in front of the breastbone (``up`` above it), carried by the spine."""
    k = size_of(rig)
    neck = np.array(rig.pivots["neck"])
    return _at(rig, pose, "spine", neck + np.array([0.0, -0.2 * k + up, forward]))


def palm_point(rig: RigInfo, pose: dict[str, Vec], side: str) -> Vec:
    """Where the palm of ``side`` is under ``pose`` (asset local space)."""
    return _at(rig, pose, f"hand_{side}", palm_bind(rig, side))


def reach_arm(rig: RigInfo, side: str, pose: dict[str, Vec], target: Vec, elbow_out: float = 0.5
              ) -> dict[str, Vec]:
    """Upper and lower arm angles that put the palm of ``side`` on ``target`` (asset local space), as near as
    the arm reaches, the elbow pointing down, back and ``elbow_out`` outward. ``pose`` gives the spine it
    hangs from."""
    sx = 1.0 if side == "l" else -1.0
    parent = {k: tuple(float(c) for c in v) for k, v in pose.items() if k in ("root", "spine")}
    m_spine = rigmod.bone_matrices(rig.asset_type, parent)["spine"]
    target_s = m_spine[:3, :3].T @ (np.asarray(target, float) - m_spine[:3, 3])  # in the spine's bind frame
    s = np.array(rig.pivots[f"upper_arm_{side}"])
    e = np.array(rig.pivots[f"lower_arm_{side}"])
    g = palm_bind(rig, side)
    a, b = norm(e - s), norm(g - e)
    d = min(max(norm(target_s - s), abs(a - b) + 1e-3), (a + b) * 0.999)
    inner = math.acos(max(-1.0, min(1.0, (a * a + b * b - d * d) / (2 * a * b))))
    flex = math.pi - inner  # the forearm swings forward (-X) by this much
    bent = e + rot_x(-flex) @ (g - e)
    v_local = bent - s
    pole_local = (e - s) - float((e - s) @ unit(v_local)) * unit(v_local)
    pole_want = np.array([sx * elbow_out, -0.6, -0.45])
    r = basis_frame(target_s - s, pole_want) @ basis_frame(v_local, pole_local).T
    return {f"upper_arm_{side}": euler_of(r), f"lower_arm_{side}": np.array([-math.degrees(flex), 0.0, 0.0]),
            f"hand_{side}": np.zeros(3)}


def arms_to(rig: RigInfo, pose: dict[str, Vec], left: Vec | None, right: Vec | None, elbow_out: float = 0.5
            ) -> dict[str, Vec]:
    """``pose`` with either palm put on its target (None leaves that arm as it is)."""
    out = dict(pose)
    for side, target in (("l", left), ("r", right)):
        if target is not None and f"upper_arm_{side}" in rig.bones:
            out.update(reach_arm(rig, side, out, target, elbow_out))
    return out
