"""Operators: concrete, validated changes to a scene.

The command engine turns a sentence into a list of operators whose every reference is already resolved to
ids and whose every position is already computed, so replaying an operator is deterministic. ``apply_ops``
runs them on a copy: either all apply, or an error is raised and the caller's scene is untouched.
Undo does not need a hand-written inverse per operator: ``diff`` records what changed between the scene
before and after a command as a ``Patch``, and ``apply_patch`` with ``patch.inverse()`` takes it back.
"""

from autark.ops.operators import (
    AddKeyframes,
    AddObject,
    ApplyLighting,
    ClearScene,
    Operator,
    RemoveObjects,
    SetCamera,
    SetCharacter,
    SetFocus,
    SetLight,
    SetMaterial,
    SetName,
    SetParent,
    SetSettings,
    SetTimeline,
    SetTransform,
    SetVisible,
    apply_ops,
    operator_adapter,
)
from autark.ops.patch import Patch, apply_patch, diff
from autark.ops.validity import check_patch, describe_invalid, field_adapter

__all__ = [
    "AddKeyframes",
    "AddObject",
    "ApplyLighting",
    "ClearScene",
    "Operator",
    "Patch",
    "RemoveObjects",
    "SetCamera",
    "SetCharacter",
    "SetFocus",
    "SetLight",
    "SetMaterial",
    "SetName",
    "SetParent",
    "SetSettings",
    "SetTimeline",
    "SetTransform",
    "SetVisible",
    "apply_ops",
    "apply_patch",
    "check_patch",
    "describe_invalid",
    "diff",
    "field_adapter",
    "operator_adapter",
]
