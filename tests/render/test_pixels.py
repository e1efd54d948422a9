"""Geometry and lighting checked in pixels: where things land, which side shadows fall, what glows."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from render_scenes import cam, candle_dark, crowd, daylight, glass, humanoid, obj, spot_cone

from autark.errors import RenderError
from autark.render import project_points, render_still
from autark.scene import Camera, Light, Scene, Settings
from autark.scene.geometry import world_bbox

W, H = 320, 180


def red_mask(img: np.ndarray) -> np.ndarray:
    r, g, b = (img[..., i].astype(int) for i in range(3))
    return (r > 90) & (r > 2 * g) & (r > 2 * b)


def luminance(img: np.ndarray) -> np.ndarray:
    return img.astype(float) @ np.array([0.2126, 0.7152, 0.0722])


def pixel_of(renderer, scene: Scene, point: tuple[float, float, float]) -> tuple[int, int]:
    x, y, depth = project_points(renderer.camera_matrices(scene, width=W, height=H), np.array([point]), W, H)[0]
    assert depth > 0
    return int(y), int(x)


def cube_scene(x: float = 0.0, lights: list[Light] | None = None) -> Scene:
    return Scene(objects=[obj("c", "cube", (x, 0, 0), (0.8, 0.1, 0.1))], lights=lights or daylight(),
                 cameras=cam((0, 2.0, 6.0), (0, 0.5, 0)))


def test_red_cube_is_red_inside_its_projected_bbox_and_nowhere_else(renderer) -> None:
    scene = cube_scene()
    img = renderer.render(scene, width=W, height=H)
    box = world_bbox(scene.objects[0])
    corners = np.array([[x, y, z] for x in (box.min[0], box.max[0]) for y in (box.min[1], box.max[1])
                        for z in (box.min[2], box.max[2])])
    px = project_points(renderer.camera_matrices(scene, width=W, height=H), corners, W, H)
    x0, x1 = int(px[:, 0].min()), int(np.ceil(px[:, 0].max()))
    y0, y1 = int(px[:, 1].min()), int(np.ceil(px[:, 1].max()))
    red = red_mask(img)
    inside = red[y0:y1, x0:x1]
    assert inside.mean() > 0.6  # a cube seen from above-front fills most of its projected box
    outside = red.copy()
    outside[max(y0 - 1, 0):y1 + 1, max(x0 - 1, 0):x1 + 1] = False
    assert outside.sum() == 0
    # The centre of the box, projected, is red.
    cy, cx = pixel_of(renderer, scene, box.center)
    assert red[cy, cx]


def test_object_moved_left_appears_left(renderer) -> None:
    cols = []
    for x in (-1.5, 1.5):
        red = red_mask(renderer.render(cube_scene(x), width=W, height=H))
        assert red.sum() > 200
        cols.append(np.nonzero(red)[1].mean())
    assert cols[0] < W / 2 < cols[1]
    assert cols[1] - cols[0] > 60


def test_shadow_falls_away_from_the_sun(renderer) -> None:
    # The sun stands at +X, 45 degrees up: the cube's 1 m shadow lies on its -X side.
    sun = Light(name="sun", type="sun", direction=(-1.0, -1.0, 0.0), intensity=1.0)
    sky = Light(name="sky", type="hemisphere", intensity=0.3, cast_shadows=False)
    scene = cube_scene(0.0, [sun, sky])
    img = luminance(renderer.render(scene, width=W, height=H))
    shadow_side = img[pixel_of(renderer, scene, (-1.0, 0.0, 0.0))]
    sunny_side = img[pixel_of(renderer, scene, (1.0, 0.0, 0.0))]
    assert shadow_side < 0.7 * sunny_side
    # Beyond the shadow's end (1.5 m from the centre) the ground is lit again: no peter-panning or streaks.
    beyond = img[pixel_of(renderer, scene, (-2.2, 0.0, 0.0))]
    assert beyond > 0.9 * sunny_side
    # Without shadows the two sides match.
    flat = luminance(renderer.render(cube_scene(0.0, [sun.model_copy(update={"cast_shadows": False}), sky]),
                                     width=W, height=H))
    left, right = flat[pixel_of(renderer, scene, (-1.0, 0, 0))], flat[pixel_of(renderer, scene, (1.0, 0, 0))]
    assert abs(left - right) < 0.05 * right


def test_lit_faces_have_no_shadow_acne(renderer) -> None:
    # The top face of the cube faces the sun: it must be evenly lit, not speckled by self-shadowing.
    sun = Light(name="sun", type="sun", direction=(-0.3, -1.0, -0.2))
    scene = Scene(objects=[obj("c", "cube", (0, 0, 0), (0.7, 0.7, 0.7), scale=(3, 0.2, 3))], lights=[sun],
                  cameras=cam((0, 3.0, 3.0), (0, 0, 0)), settings=Settings(ground_visible=False))
    img = luminance(renderer.render(scene, width=W, height=H))
    y, x = pixel_of(renderer, scene, (0.0, 0.2, 0.0))
    patch = img[y - 10:y + 10, x - 20:x + 20]
    assert patch.std() < 2.0


def test_close_up_fills_the_frame(renderer) -> None:
    scene = Scene(objects=[obj("c", "cube", (0, 0, 0), (0.8, 0.1, 0.1))], lights=daylight(),
                  cameras=[Camera(name="main", position=(0, 0.5, 1.3), target=(0, 0.5, 0), fov=40)])
    assert red_mask(renderer.render(scene, width=W, height=H)).mean() > 0.8


def test_spot_light_lights_only_its_cone(renderer) -> None:
    scene = spot_cone()
    img = luminance(renderer.render(scene, width=W, height=H))
    under = img[pixel_of(renderer, scene, (1.2, 0.0, 0.3))]
    outside = img[pixel_of(renderer, scene, (3.5, 0.0, 0.3))]
    assert under > 4 * outside + 20


def test_glass_shows_what_is_behind_it(renderer) -> None:
    with_glass = glass()
    img = renderer.render(with_glass, width=W, height=H)
    without = with_glass.model_copy(update={"objects": with_glass.objects[:1]})
    bare = renderer.render(without, width=W, height=H)
    # A point on the orange box seen through the glass: still orange-ish, but changed by the glass.
    y, x = pixel_of(renderer, with_glass, (0.0, 0.5, -0.5))
    r, g, b = img[y, x].astype(int)
    assert r > b + 30
    assert np.abs(img[y, x].astype(int) - bare[y, x].astype(int)).max() > 8


def test_emissive_flame_glows_in_the_dark(renderer) -> None:
    scene = candle_dark()
    img = renderer.render(scene, width=W, height=H)
    y, x = pixel_of(renderer, scene, (0.0, 0.75 + 0.19, 0.0))  # the flame near the candle's top
    flame = luminance(img[y - 2:y + 3, x - 2:x + 3]).max()
    assert flame > 200
    assert luminance(img[:20]).mean() < 20  # the dark room stays dark


def test_pose_moves_the_arm(renderer) -> None:
    from autark.assets import rig

    scene = humanoid()
    pose = {"upper_arm_l": (0.0, 0.0, 160.0)}  # the left arm straight up
    raised = scene.model_copy(update={"objects": [scene.objects[0].model_copy(update={"pose": pose})]})
    rest = scene.model_copy(update={"objects": [scene.objects[0].model_copy(update={"pose": {}})]})
    hand = rig.bone_world_position("humanoid", pose, "hand_l")
    y, x = pixel_of(renderer, raised, tuple(hand))
    a = renderer.render(raised, width=W, height=H)[y, x].astype(int)
    b = renderer.render(rest, width=W, height=H)[y, x].astype(int)
    assert b[2] > b[0] + 40  # sky where the hand would be at rest
    assert np.abs(a - b).max() > 40  # the raised hand covers it


def test_unknown_asset_type_draws_its_bounds(renderer) -> None:
    thing = obj("c", "cube", (0, 0, 0), (0.8, 0.1, 0.1)).model_copy(update={"type": "plugin_statue"})
    scene = cube_scene().model_copy(update={"objects": [thing]})
    assert red_mask(renderer.render(scene, width=W, height=H)).sum() > 300


def test_render_is_deterministic_and_stateless(renderer) -> None:
    a = renderer.render(glass(), width=W, height=H)
    renderer.render(spot_cone(), width=160, height=90)  # other lights, shadows and size in between
    b = renderer.render(glass(), width=W, height=H)
    assert np.array_equal(a, b)


def test_two_thousand_objects_render(renderer) -> None:
    scene = crowd(2000)
    img = renderer.render(scene, width=W, height=H)
    # Many small coloured objects: lots of distinct saturated pixels.
    sat = img.max(axis=2).astype(int) - img.min(axis=2)
    assert (sat > 80).mean() > 0.05


def test_level_of_detail_keeps_the_picture(renderer) -> None:
    scene = crowd(400, types=("sphere",))
    far = renderer.render(scene, width=W, height=H)
    lod_pixels = renderer.lod_pixels
    renderer.lod_pixels = 0.0  # every object in full detail
    try:
        full = renderer.render(scene, width=W, height=H)
    finally:
        renderer.lod_pixels = lod_pixels
    assert not np.array_equal(far, full)  # the low-detail meshes were used
    # Edges of small spheres move by a pixel here and there; the picture at 4x4-block scale stays the same.
    blocks = [img.astype(float).reshape(H // 4, 4, W // 4, 4, 3).mean(axis=(1, 3)) for img in (far, full)]
    assert np.abs(blocks[0] - blocks[1]).mean() < 2.5
    assert np.abs(far.astype(int) - full.astype(int)).mean() < 4.0


def test_two_renderers_in_one_process() -> None:
    from autark.render import Renderer

    a, b = Renderer(width=64, height=36, samples=0), Renderer(width=64, height=36, samples=0)
    try:
        first = a.render(cube_scene())
        assert np.array_equal(b.render(cube_scene()), first)
        b.release()
        assert np.array_equal(a.render(cube_scene()), first)  # a's context is still usable
    finally:
        a.release()


def test_render_still_writes_the_png(renderer, tmp_path) -> None:
    scene = cube_scene()
    path = render_still(scene, tmp_path / "out" / "still.png", width=W, height=H, renderer=renderer)
    decoded = np.asarray(Image.open(path).convert("RGB"))
    assert np.array_equal(decoded, renderer.render(scene, width=W, height=H))


def test_render_still_unknown_camera(renderer, tmp_path) -> None:
    with pytest.raises(RenderError, match="no camera called 'side'") as info:
        render_still(cube_scene(), tmp_path / "x.png", camera_name="side", renderer=renderer)
    assert "main" in str(info.value)


def test_size_out_of_range(renderer) -> None:
    with pytest.raises(RenderError, match="out of range"):
        renderer.render(cube_scene(), width=8, height=8)


def test_transparent_objects_blend_back_to_front(renderer) -> None:
    # Two see-through panels on the view axis: whichever is nearer must tint the overlap more, in either
    # scene order (so the draw order comes from depth sorting, not from the list).
    def scene(red_near: bool, reverse: bool) -> Scene:
        z_red, z_blue = (1.0, -1.0) if red_near else (-1.0, 1.0)
        panels = [obj("red", "cube", (0, 0, z_red), (0.9, 0.05, 0.05), scale=(1.5, 1.5, 0.1), opacity=0.6),
                  obj("blue", "cube", (0, 0, z_blue), (0.05, 0.05, 0.9), scale=(1.5, 1.5, 0.1), opacity=0.6)]
        return Scene(objects=panels[::-1] if reverse else panels, lights=daylight(),
                     cameras=cam((0, 0.75, 6.0), (0, 0.75, 0)))

    for reverse in (False, True):
        near_red = scene(True, reverse)
        y, x = pixel_of(renderer, near_red, (0.0, 0.75, 1.0))
        r1, _, b1 = renderer.render(near_red, width=W, height=H)[y, x].astype(int)
        r2, _, b2 = renderer.render(scene(False, reverse), width=W, height=H)[y, x].astype(int)
        assert r1 > b1 and b2 > r2


def test_anti_aliasing_softens_edges_only(renderer) -> None:
    scene = cube_scene().model_copy(update={"settings": Settings(ground_visible=False)})
    scene.objects[0].transform.rotation = (0.0, 30.0, 0.0)  # slanted edges
    samples, fxaa = renderer.samples, renderer.fxaa
    images = {}
    try:
        for mode, (s, f) in {"none": (0, False), "fxaa": (0, True), "msaa": (samples, False)}.items():
            renderer.samples, renderer.fxaa = s, f
            images[mode] = renderer.render(scene, width=W, height=H).astype(int)
    finally:
        renderer.samples, renderer.fxaa = samples, fxaa
    hard = images["none"]
    # Edge pixels: where the aliased image jumps between neighbours, across or down.
    edges = np.zeros(hard.shape[:2], bool)
    across = np.abs(np.diff(hard, axis=1)).max(axis=2) > 40
    down = np.abs(np.diff(hard, axis=0)).max(axis=2) > 40
    edges[:, 1:] |= across
    edges[:, :-1] |= across
    edges[1:] |= down
    edges[:-1] |= down
    assert edges.sum() > 50
    grown = edges.copy()
    for dy in (-2, -1, 1, 2):
        grown |= np.roll(edges, dy, axis=0)
    for dx in (-2, -1, 1, 2):
        grown |= np.roll(edges, dx, axis=1)
    def blends(img: np.ndarray) -> int:
        return len(np.unique(img[grown], axis=0))

    for mode in ("fxaa", "msaa"):
        smooth = images[mode]
        # Along the edges, staircase steps turn into blends (many more distinct colours); away from them
        # nothing changes.
        assert blends(smooth) > 1.5 * blends(hard)
        assert np.abs(smooth - hard)[~grown].max() <= 2


def test_spot_light_casts_a_shadow(renderer) -> None:
    # A spot up and to the right aims at the ball (by target id): the ball's shadow falls on its left.
    ball = obj("ball", "sphere", (0, 0, 0), (0.9, 0.9, 0.9))
    spot = Light(name="key", type="spot", position=(3.0, 3.0, 0.0), target="ball", intensity=20.0,
                 cone_angle=40.0, range=15.0)
    scene = Scene(objects=[ball], lights=[spot, Light(name="amb", type="ambient", intensity=0.05)],
                  cameras=cam((0, 3, 6), (0, 0.3, 0)))
    img = luminance(renderer.render(scene, width=W, height=H))
    shadowed = img[pixel_of(renderer, scene, (-1.0, 0.0, 0.0))]
    lit = img[pixel_of(renderer, scene, (-1.0, 0.0, 1.2))]  # as far from the light, outside the shadow
    assert shadowed < 0.5 * lit
    flat = scene.model_copy(update={"lights": [li.model_copy(update={"cast_shadows": False})
                                               for li in scene.lights]})
    unshadowed = luminance(renderer.render(flat, width=W, height=H))
    assert unshadowed[pixel_of(renderer, scene, (-1.0, 0.0, 0.0))] > 0.8 * lit
