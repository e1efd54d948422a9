"""Rigged characters: skeleton layout, bind pose, and posing through autark.assets.rig."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.errors import NotFound

BONES = ["root", "spine", "neck", "head", "jaw", "upper_arm_l", "lower_arm_l", "hand_l", "upper_arm_r",
         "lower_arm_r", "hand_r", "upper_leg_l", "lower_leg_l", "foot_l", "upper_leg_r", "lower_leg_r",
         "foot_r"]
RIGGED = ["humanoid", "robot"]


@pytest.mark.parametrize("asset_type", RIGGED)
def test_skeleton_has_the_agreed_bones_parents_first(asset_type: str) -> None:
    bones = rig.skeleton(asset_type)
    assert sorted(b.name for b in bones) == sorted(BONES)
    seen: set[str] = set()
    for b in bones:
        assert b.parent is None or b.parent in seen, f"{b.name} listed before its parent {b.parent}"
        seen.add(b.name)
    assert bones[0].name == "root" and bones[0].parent is None
    assert library.get(asset_type).character


@pytest.mark.parametrize("asset_type", RIGGED)
def test_every_part_moves_with_a_known_bone(asset_type: str) -> None:
    parts = library.build_parts(asset_type)
    names = rig.bone_names(asset_type)
    assert all(p.bone in names for p in parts)
    # every bone carries some geometry, so any joint the animator turns shows
    assert {p.bone for p in parts} == set(names)


@pytest.mark.parametrize("asset_type", RIGGED)
def test_joints_are_where_a_body_has_them(asset_type: str) -> None:
    piv = {b.name: np.array(b.pivot) for b in rig.skeleton(asset_type)}
    height = library.get(asset_type).bounds_max[1]
    # left is +X for a character facing +Z
    for limb in ("upper_arm", "lower_arm", "hand", "upper_leg", "lower_leg", "foot"):
        assert piv[f"{limb}_l"][0] > 0 > piv[f"{limb}_r"][0]
        np.testing.assert_allclose(piv[f"{limb}_l"] * [-1, 1, 1], piv[f"{limb}_r"], atol=1e-9)
    for side in "lr":
        chain = [piv[f"upper_leg_{side}"], piv[f"lower_leg_{side}"], piv[f"foot_{side}"]]
        assert chain[0][1] > chain[1][1] > chain[2][1] > 0  # hip above knee above ankle
        assert piv[f"upper_arm_{side}"][1] > piv[f"lower_arm_{side}"][1] > piv[f"hand_{side}"][1]
    assert piv["head"][1] > piv["neck"][1] > piv["spine"][1] > piv["root"][1]
    assert 0.4 * height < piv["root"][1] < 0.6 * height


@pytest.mark.parametrize("asset_type", RIGGED)
def test_feet_soles_are_on_the_floor_in_the_bind_pose(asset_type: str) -> None:
    for side in "lr":
        foot = next(p for p in library.build_parts(asset_type) if p.bone == f"foot_{side}")
        assert foot.mesh.bounds[0][1] == pytest.approx(0.0, abs=1e-9)
    others = [p for p in library.build_parts(asset_type) if not (p.bone or "").startswith("foot")]
    assert min(p.mesh.bounds[0][1] for p in others) > 0.0


@pytest.mark.parametrize("asset_type", RIGGED)
def test_bind_pose_is_identity(asset_type: str) -> None:
    mats = rig.bone_matrices(asset_type, {})
    assert set(mats) == set(BONES)
    for m in mats.values():
        np.testing.assert_allclose(m, np.eye(4), atol=1e-12)
    # explicit zero rotations are the bind pose too
    zero = rig.bone_matrices(asset_type, dict.fromkeys(BONES, (0.0, 0.0, 0.0)))
    for m in zero.values():
        np.testing.assert_allclose(m, np.eye(4), atol=1e-12)


@pytest.mark.parametrize("asset_type", RIGGED)
def test_bending_the_knee_moves_the_foot_not_the_hip(asset_type: str) -> None:
    toe = next(p for p in library.build_parts(asset_type) if p.bone == "foot_l").mesh.bounds[1]
    pose = {"lower_leg_l": (90.0, 0.0, 0.0)}
    hip0 = rig.bone_world_position(asset_type, {}, "upper_leg_l")
    hip1 = rig.bone_world_position(asset_type, pose, "upper_leg_l")
    knee = rig.bone_world_position(asset_type, pose, "lower_leg_l")
    ankle0 = rig.bone_world_position(asset_type, {}, "foot_l")
    ankle1 = rig.bone_world_position(asset_type, pose, "foot_l")
    np.testing.assert_allclose(hip0, hip1, atol=1e-12)
    shin = np.linalg.norm(ankle0 - knee)
    # a 90 degree knee bend swings the ankle backward (-Z) to knee height, the shin length behind it
    np.testing.assert_allclose(ankle1, knee + [0.0, 0.0, -shin], atol=1e-9)
    # the other leg does not move
    np.testing.assert_allclose(rig.bone_world_position(asset_type, pose, "foot_r"),
                               rig.bone_world_position(asset_type, {}, "foot_r"), atol=1e-12)
    # the toe tip, a point on the foot mesh, rides along: the sole now faces backward, so the toe points
    # down from the ankle by its distance in front of the ankle
    toe_local = np.array([toe[0], 0.0, toe[2]])
    toe1 = rig.bone_world_position(asset_type, pose, "foot_l", tuple(toe_local))
    d = toe_local - ankle0
    np.testing.assert_allclose(toe1, ankle1 + [d[0], -d[2], d[1]], atol=1e-9)
    assert toe1[1] > 0.1


def test_hierarchy_composes_hip_and_knee() -> None:
    # raising the thigh 90 degrees forward then bending the knee 90 degrees leaves the shin hanging down
    pose = {"upper_leg_l": (-90.0, 0.0, 0.0), "lower_leg_l": (90.0, 0.0, 0.0)}
    hip = rig.bone_world_position("humanoid", pose, "upper_leg_l")
    knee = rig.bone_world_position("humanoid", pose, "lower_leg_l")
    ankle = rig.bone_world_position("humanoid", pose, "foot_l")
    thigh, shin = 0.92 - 0.5, 0.5 - 0.08
    np.testing.assert_allclose(knee, hip + [0.0, 0.0, thigh], atol=1e-9)
    np.testing.assert_allclose(ankle, knee + [0.0, -shin, 0.0], atol=1e-9)


def test_raising_the_left_arm_sideways_lifts_the_hand_on_plus_x() -> None:
    hand0 = rig.bone_world_position("humanoid", {}, "hand_l")
    hand1 = rig.bone_world_position("humanoid", {"upper_arm_l": (0.0, 0.0, 90.0)}, "hand_l")
    shoulder = rig.bone_world_position("humanoid", {}, "upper_arm_l")
    assert hand1[0] > hand0[0] + 0.4
    assert hand1[1] == pytest.approx(shoulder[1], abs=1e-9)


def test_posed_parts_apply_the_bone_matrix_to_its_parts() -> None:
    pose = {"head": (0.0, 45.0, 0.0), "jaw": (20.0, 0.0, 0.0)}
    posed = rig.posed_parts("humanoid", pose)
    assert len(posed) == len(library.build_parts("humanoid"))
    mats = rig.bone_matrices("humanoid", pose)
    for part, m in posed:
        np.testing.assert_allclose(m, mats[part.bone])
    jaw_part, jaw_m = next((p, m) for p, m in posed if p.bone == "jaw")
    chin = jaw_part.mesh.vertices[np.argmin(jaw_part.mesh.vertices[:, 1])]
    moved = jaw_m[:3, :3] @ chin + jaw_m[:3, 3]
    assert moved[1] < chin[1] - 0.005  # the mouth opens downward
    # feet stay put when only the head moves
    for part, m in posed:
        if part.bone.startswith("foot"):
            np.testing.assert_allclose(m, np.eye(4))


def test_unrigged_assets_pose_to_identity() -> None:
    posed = rig.posed_parts("chair")
    assert posed and all(np.array_equal(m, np.eye(4)) for _, m in posed)


def test_unknown_bone_is_a_clear_error() -> None:
    with pytest.raises(NotFound) as err:
        rig.bone_matrices("humanoid", {"tail": (10.0, 0.0, 0.0)})
    assert "tail" in str(err.value) and "upper_arm_l" in str(err.value)
    with pytest.raises(NotFound):
        rig.posed_parts("chair", {"knee": (1.0, 0.0, 0.0)})
    with pytest.raises(NotFound):
        rig.bone_world_position("robot", {}, "wing")
