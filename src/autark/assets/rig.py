"""Posing rigged assets: the ONE place that turns a pose into per-bone matrices.

A rigged asset (``AssetSpec.skeleton``) lists bones, parents before children, each with a ``pivot``: the
joint position in the asset's local space in the bind pose. A pose maps bone names to Euler XYZ rotations in
degrees (the same convention as ``Transform.rotation``: R = Rz @ Ry @ Rx) about that bone's pivot, relative to
its parent. A bone's matrix is

    M_bone = M_parent @ T(pivot) @ R(pose[bone]) @ T(-pivot)

so the bind pose (an empty pose) gives identity everywhere, and a bone's parts are drawn with ``M_bone``
(then the object's model matrix). The renderer, the animation engine and the glTF export all call this.

Conventions for the built-in characters (they face +Z; their left side is +X):
    * X rotation: something hanging below its pivot swings backward (-Z) with +X. A knee bends with +X,
      a leg kicks forward with -X at the hip, the jaw opens with +X, an arm swings forward with -X at the
      shoulder. Something above its pivot tips forward with +X: the head nods down with +X at the neck.
    * Z rotation turns +X toward +Y: +Z lifts the left arm (+X side) sideways, -Z lifts the right arm.
    * Y rotation turns +Z toward +X: +Y at the neck turns the face to the character's left.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np

from autark.assets.library import Bone, MeshPart, build_parts, get
from autark.errors import NotFound
from autark.scene.geometry import rotation_matrix

__all__ = ["Pose", "skeleton", "bone_names", "bone_matrices", "posed_parts", "bone_world_position"]

Pose = Mapping[str, tuple[float, float, float]]


def skeleton(asset_type: str) -> tuple[Bone, ...]:
    """The bones of ``asset_type`` (empty for an unrigged asset)."""
    return get(asset_type).skeleton


@cache
def bone_names(asset_type: str) -> frozenset[str]:
    return frozenset(b.name for b in skeleton(asset_type))


def _check_pose(asset_type: str, pose: Pose) -> None:
    unknown = set(pose) - bone_names(asset_type)
    if unknown:
        known = ", ".join(b.name for b in skeleton(asset_type)) or "none: it is not rigged"
        raise NotFound(f"{asset_type!r} has no bone named {', '.join(sorted(unknown))}",
                       hint=f"its bones are: {known}")


# the matrices by (type, pose), read-only: one moment's body is posed for its boxes, its key points, its hands and
# what it holds, and a body holding still has the same pose moment after moment (a tenth of a shot search)
_POSED: dict[tuple[Any, ...], dict[str, np.ndarray]] = {}
_POSED_KEPT = 4096


def bone_matrices(asset_type: str, pose: Pose | None = None) -> dict[str, np.ndarray]:
    """4x4 matrix per bone (asset local space, column vectors) for ``pose``; missing bones stay unrotated. The
    matrices are read-only (kept for the next ask of the same pose); the dict is the caller's own."""
    pose = pose or {}
    key = (asset_type, *((name, *(float(a) for a in rot)) for name, rot in pose.items()))
    hit = _POSED.get(key)
    if hit is None:
        hit = _pose_matrices(asset_type, pose)
        for m in hit.values():
            m.flags.writeable = False
        if len(_POSED) >= _POSED_KEPT:
            _POSED.clear()
        _POSED[key] = hit
    return dict(hit)


def _pose_matrices(asset_type: str, pose: Pose) -> dict[str, np.ndarray]:
    _check_pose(asset_type, pose)
    out: dict[str, np.ndarray] = {}
    for bone in skeleton(asset_type):
        parent = out[bone.parent] if bone.parent is not None else np.eye(4)
        rot = pose.get(bone.name)
        if rot is None or not any(rot):
            out[bone.name] = parent  # matrices are never mutated in place, so sharing is safe
            continue
        p = np.asarray(bone.pivot, float)
        local = np.eye(4)
        r = rotation_matrix(tuple(float(a) for a in rot))  # type: ignore[arg-type]
        local[:3, :3] = r
        local[:3, 3] = p - r @ p  # T(p) @ R @ T(-p)
        out[bone.name] = parent @ local
    return out


def posed_parts(asset_type: str, pose: Pose | None = None) -> list[tuple[MeshPart, np.ndarray]]:
    """Every mesh part of ``asset_type`` with the 4x4 matrix that poses it (identity for unrigged parts)."""
    parts = build_parts(asset_type)
    if not skeleton(asset_type):
        if pose:
            _check_pose(asset_type, pose)
        return [(p, np.eye(4)) for p in parts]
    mats = bone_matrices(asset_type, pose)
    return [(p, mats[p.bone] if p.bone is not None else np.eye(4)) for p in parts]


def bone_world_position(asset_type: str, pose: Pose | None, bone: str,
                        point_local: tuple[float, float, float] | None = None) -> np.ndarray:
    """Where a point that moves with ``bone`` ends up under ``pose`` (asset local space).

    ``point_local`` is given in the bind pose; it defaults to the bone's own pivot (its joint).
    """
    if bone not in bone_names(asset_type):
        _check_pose(asset_type, {bone: (0.0, 0.0, 0.0)})
    if point_local is None:
        point_local = next(b.pivot for b in skeleton(asset_type) if b.name == bone)
    m = bone_matrices(asset_type, pose)[bone]
    return m[:3, :3] @ np.asarray(point_local, float) + m[:3, 3]
