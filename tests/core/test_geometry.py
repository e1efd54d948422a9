"""World-space boxes and view matrices follow the axis conventions: Y up, +X right, camera at +Z."""

from __future__ import annotations

import numpy as np
import pytest

from autark.scene import SceneObject
from autark.scene.geometry import AABB, look_at, rotation_matrix, world_bbox


def test_rotation_about_y_turns_front_toward_plus_x() -> None:
    front = np.array([0.0, 0.0, 1.0])
    assert np.allclose(rotation_matrix((0, 90, 0)) @ front, [1.0, 0.0, 0.0])


def test_world_bbox_of_rotated_scaled_object() -> None:
    obj = SceneObject(id="obj1", name="bar", type="cube", bounds_min=(-1.0, 0.0, -0.25), bounds_max=(1.0, 0.5, 0.25),
                      transform={"position": (3.0, 0.0, 0.0), "rotation": (0, 90, 0), "scale": (2.0, 1.0, 1.0)})
    box = world_bbox(obj)
    assert box.min == pytest.approx((2.75, 0.0, -2.0))
    assert box.max == pytest.approx((3.25, 0.5, 2.0))


def test_overlap_ignores_touching_faces() -> None:
    a = AABB((0, 0, 0), (1, 1, 1))
    assert not a.overlaps(AABB((1, 0, 0), (2, 1, 1)))
    assert a.overlaps(AABB((0.9, 0, 0), (2, 1, 1)))
    assert a.union(AABB((-1, 0, 0), (0, 2, 0))) == AABB((-1, 0, 0), (1, 2, 1))


def test_look_at_maps_target_onto_negative_z_axis() -> None:
    view = look_at((0.0, 1.6, 8.0), (0.0, 0.8, 0.0))
    target = view @ np.array([0.0, 0.8, 0.0, 1.0])
    assert target[0] == pytest.approx(0.0, abs=1e-9)
    assert target[1] == pytest.approx(0.0, abs=1e-9)
    assert target[2] < 0
    right = view @ np.array([1.0, 0.8, 0.0, 1.0])
    assert right[0] > 0  # +X world is to the viewer's right
