"""World positions of a rigged figure's joints, shared by the animation tests (a uniquely named module, not
conftest)."""

from __future__ import annotations

import numpy as np

from autark.assets import rig
from autark.scene.geometry import model_matrix
from autark.scene.model import SceneObject


def world_joints(obj: SceneObject) -> dict[str, np.ndarray]:
    """World position of every joint, from the rig's forward kinematics."""
    m = model_matrix(obj.transform)
    mats = rig.bone_matrices(obj.type, obj.pose)
    out = {}
    for b in rig.skeleton(obj.type):
        local = mats[b.name][:3, :3] @ np.array(b.pivot) + mats[b.name][:3, 3]
        out[b.name] = m[:3, :3] @ local + m[:3, 3]
    return out
