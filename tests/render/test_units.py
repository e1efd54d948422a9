"""The renderer's pure parts: vectorised transforms agree with scene.geometry, culling is conservative,
simplification shrinks meshes, and a missing OpenGL gives one clear error."""

from __future__ import annotations

import numpy as np
import pytest
from render_scenes import obj

from autark.errors import RenderError
from autark.render.math3d import (
    boxes_in_frustum,
    camera_matrices,
    frustum_planes,
    model_matrices,
    project_points,
    world_bboxes,
)
from autark.render.meshes import asset_parts, cluster_simplify
from autark.scene import Camera, Scene, Transform
from autark.scene.geometry import model_matrix, world_bbox


def random_objects(n: int, seed: int = 7) -> list:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        t = Transform(position=tuple(rng.uniform(-20, 20, 3)), rotation=tuple(rng.uniform(-180, 180, 3)),
                      scale=tuple(rng.uniform(0.2, 3, 3)))
        out.append(obj(f"o{i}", "chair").model_copy(update={"transform": t}))
    return out


def test_vectorised_transforms_match_scene_geometry() -> None:
    objects = random_objects(50)
    pos = np.array([o.transform.position for o in objects])
    rot = np.array([o.transform.rotation for o in objects])
    scl = np.array([o.transform.scale for o in objects])
    mats = model_matrices(pos, rot, scl)
    lo, hi = world_bboxes(objects, mats)
    for i, o in enumerate(objects):
        np.testing.assert_allclose(mats[i], model_matrix(o.transform), atol=1e-12)
        box = world_bbox(o)
        np.testing.assert_allclose(lo[i], box.min, atol=1e-9)
        np.testing.assert_allclose(hi[i], box.max, atol=1e-9)


def test_posed_bounds_grow_to_hold_a_raised_arm() -> None:
    rest = obj("h", "humanoid")
    posed = rest.model_copy(update={"pose": {"upper_arm_l": (0.0, 0.0, 90.0)}})
    (lo_r, hi_r), (lo_p, hi_p) = world_bboxes([rest]), world_bboxes([posed])
    assert np.all(lo_p <= lo_r) and np.all(hi_p >= hi_r)
    assert hi_p[0, 0] >= 0.8  # an arm held out sideways reaches ~0.8 m from the centre


def test_projection_centre_and_orientation() -> None:
    scene = Scene(cameras=[Camera(name="main", position=(0, 0, 5), target=(0, 0, 0))])
    m = camera_matrices(scene, scene.camera(), 16 / 9)
    px = project_points(m, np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 6]]), 320, 180)
    np.testing.assert_allclose(px[0, :2], (160, 90), atol=1e-9)
    assert px[1, 0] > 160  # +X is right
    assert px[2, 1] < 90  # +Y is up (smaller row)
    assert px[0, 2] == pytest.approx(5.0)
    assert px[3, 2] < 0  # behind the camera


def test_frustum_culling_is_conservative() -> None:
    scene = Scene(cameras=[Camera(name="main", position=(0, 2, 10), target=(0, 0, 0), fov=50)])
    m = camera_matrices(scene, scene.camera(), 16 / 9)
    rng = np.random.default_rng(3)
    centers = rng.uniform(-40, 40, (4000, 3))
    half = rng.uniform(0.05, 2.0, (4000, 3))
    lo, hi = centers - half, centers + half
    keep = boxes_in_frustum(frustum_planes(m.view_proj), lo, hi)
    # Any box with a corner on screen in front of the camera must be kept.
    corners = np.stack([np.where([(i >> k) & 1 for k in range(3)], hi, lo) for i in range(8)], axis=1)
    px = project_points(m, corners.reshape(-1, 3), 320, 180).reshape(-1, 8, 3)
    on_screen = ((px[..., 0] >= 0) & (px[..., 0] <= 320) & (px[..., 1] >= 0) & (px[..., 1] <= 180)
                 & (px[..., 2] > m.near) & (px[..., 2] < m.far)).any(axis=1)
    assert on_screen.sum() > 100
    assert np.all(keep[on_screen])
    assert keep.mean() < 0.5  # and it does cull: most random boxes are off screen


def test_cluster_simplify_shrinks_and_keeps_the_shape() -> None:
    sphere = asset_parts("sphere")[0]
    counts = [sphere.mesh.triangle_count] + [lod.triangle_count for lod in sphere.lods]
    assert sphere.lod_ranks == (1, 2, 3)  # mid, low, bounding box
    assert all(counts[i + 1] < 0.6 * counts[i] for i in range(3))  # each level clearly coarser than the last
    assert counts[-1] == 12
    lowest = sphere.lods[-2]  # the coarsest clustered mesh
    full, low = sphere.mesh.vertices[:, :3], lowest.vertices[:, :3]
    np.testing.assert_allclose(low.min(axis=0), full.min(axis=0), atol=0.15)
    np.testing.assert_allclose(low.max(axis=0), full.max(axis=0), atol=0.15)
    # Normals are unit length and point outward from the sphere's centre (0, 0.5, 0).
    normals = lowest.vertices[:, 3:]
    np.testing.assert_allclose(np.linalg.norm(normals, axis=1), 1.0, atol=1e-5)
    assert (np.einsum("ij,ij->i", normals, low - (0, 0.5, 0)) > 0).mean() > 0.95


def test_cluster_simplify_drops_collapsed_triangles() -> None:
    verts = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0.01, 0.01, 0]], float)
    faces = np.array([[0, 1, 2], [0, 3, 1], [0, 2, 3]])
    v, f = cluster_simplify(verts, faces, cells=4)
    assert len(v) == 3 and len(f) == 1


def test_small_meshes_get_no_low_detail_level() -> None:
    assert asset_parts("cube")[0].lods == ()  # 12 triangles: nothing to gain
    assert asset_parts("no_such_type") is None


def test_no_opengl_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import moderngl

    from autark.render import Renderer

    def broken(*args: object, **kwargs: object) -> None:
        raise Exception("eglGetDisplay failed: libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(moderngl, "create_standalone_context", broken)
    with pytest.raises(RenderError) as info:
        Renderer(width=64, height=36)
    text = str(info.value)
    for package in ("libegl1", "libgl1-mesa-dri", "libegl-mesa0"):
        assert package in text
    assert "no usable OpenGL" in text
    assert info.value.__cause__ is not None  # the driver's own words stay available for a bug report


def test_small_matrix_inverses_match_lapack() -> None:
    from autark.render.math3d import det3, euler_matrices, inverse3

    rng = np.random.default_rng(3)
    # Rotations times non-uniform (some mirrored) scales, as model matrices are.
    rot = euler_matrices(rng.uniform(-180, 180, (40, 3)))[:, :3, :3]
    m = rot * rng.uniform(0.1, 5.0, (40, 1, 3)) * rng.choice([-1.0, 1.0], (40, 1, 3))
    assert np.allclose(det3(m), np.linalg.det(m))
    assert np.allclose(inverse3(m), np.linalg.inv(m))
    assert np.array_equal(det3(m) < 0, np.linalg.det(m) < 0)
