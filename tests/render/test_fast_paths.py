"""The renderer's shortcuts keep the picture: back faces are culled only where they cannot be seen, and the
frame read back is the caller's own array."""

from __future__ import annotations

import numpy as np
from render_scenes import cam, daylight, obj

from autark.render.meshes import box_mesh, is_closed
from autark.scene import Scene, Transform

W, H = 320, 180


def box_faces() -> tuple[np.ndarray, np.ndarray]:
    mesh = box_mesh((0, 0, 0), (1, 1, 1))
    return mesh.vertices[:, :3], mesh.indices.reshape(-1, 3)


def test_closed_meshes_are_told_apart_from_open_or_inside_out_ones() -> None:
    v, f = box_faces()
    assert is_closed(v, f)
    assert not is_closed(v, f[2:])  # one side missing: its inside shows through the hole
    assert not is_closed(v, f[:, ::-1])  # wound inward: the faces seen from outside are back faces
    # Two boxes touching along an edge (chairs are built like this) are still closed, piece by piece.
    assert is_closed(np.concatenate([v, v + 1.0]), np.concatenate([f, f + len(v)]))
    # ... but not when one of them is inside out.
    assert not is_closed(np.concatenate([v, v + 2.0]), np.concatenate([f, f[:, ::-1] + len(v)]))


def test_library_meshes_are_closed_so_they_get_culled() -> None:
    from autark.render.meshes import asset_parts

    for asset_type in ("cube", "sphere", "chair", "table", "tree"):
        assert all(part.mesh.closed for part in asset_parts(asset_type)), asset_type


def test_camera_inside_a_closed_object_sees_its_inner_walls(renderer) -> None:
    """Culling back faces would leave only the sky and ground; the renderer draws this object two-sided."""
    room = obj("room", "cube", (0, 0, 0), (0.8, 0.1, 0.1)).model_copy(
        update={"transform": Transform(position=(0, 0, 0), scale=(8.0, 4.0, 8.0))})
    scene = Scene(objects=[room], lights=daylight(), cameras=cam((0, 1.5, 1.0), (0, 1.5, -3.0)))
    img = renderer.render(scene, width=W, height=H).astype(int)
    # Red walls, dim in their own shadow; culled, the frame would be blue sky over the grey ground.
    assert ((img[..., 0] > img[..., 1]) & (img[..., 0] > img[..., 2])).mean() > 0.95


def test_frames_are_the_callers_own_arrays(renderer) -> None:
    """The read-back buffer is reused between frames; what render returns must not change with it."""
    red = Scene(objects=[obj("c", "cube", (0, 0, 0), (0.8, 0.1, 0.1))], lights=daylight(),
                cameras=cam((0, 2.0, 6.0), (0, 0.5, 0)))
    first = renderer.render(red, width=W, height=H)
    kept = first.copy()
    renderer.render(red.model_copy(update={"objects": []}), width=W, height=H)
    assert np.array_equal(first, kept)
    assert first.flags.c_contiguous and first.flags.writeable and first.shape == (H, W, 3)


def test_shadow_maps_are_reused_only_while_nothing_casting_changed(renderer) -> None:
    """Frames after a caster moved match a fresh renderer's; frames with nothing changed match themselves."""
    from autark.render import Renderer

    def scene(x: float) -> Scene:
        return Scene(objects=[obj("c", "cube", (x, 0, 0), (0.8, 0.1, 0.1)), obj("s", "sphere", (1.5, 0, 0.5))],
                     lights=daylight(), cameras=cam((0, 2.5, 6.0), (0, 0.5, 0)))

    first = renderer.render(scene(0.0), width=W, height=H)
    again = renderer.render(scene(0.0), width=W, height=H)  # shadow maps reused
    moved = renderer.render(scene(-1.0), width=W, height=H)  # redrawn: the cube moved
    fresh = Renderer(width=W, height=H)
    try:
        assert np.array_equal(moved, fresh.render(scene(-1.0)))
        assert np.array_equal(first, fresh.render(scene(0.0)))
    finally:
        fresh.release()
    assert np.array_equal(first, again)
    assert not np.array_equal(first, moved)


def test_sky_is_a_gradient_above_the_horizon_and_flat_below(renderer) -> None:
    """The sky pass covers only the screen above the horizon; below it the cleared colour must be exactly
    the horizon colour the gradient would have drawn there, with no seam at the horizon line."""
    from autark.scene import Settings

    settings = Settings(ground_visible=False, sky_top=(0.2, 0.4, 0.9), sky_horizon=(0.9, 0.8, 0.7))
    # Level camera tilted up a little: the horizon runs across the lower part of the frame.
    scene = Scene(objects=[], lights=daylight(), cameras=cam((0, 1.0, 0), (0, 2.0, -10.0)), settings=settings)
    img = renderer.render(scene, width=W, height=H).astype(int)
    column = img[:, W // 2]
    horizon, top = np.array(settings.sky_horizon), np.array(settings.sky_top)
    # The gradient the sky shows, per pixel row, from the ray through each pixel centre.
    inv = np.linalg.inv(renderer.camera_matrices(scene, width=W, height=H).view_proj)
    ndc_y = 1.0 - (np.arange(H) + 0.5) * 2.0 / H
    far = np.stack([np.full(H, (W // 2 + 0.5) * 2.0 / W - 1.0), ndc_y, np.ones(H), np.ones(H)], 1) @ inv.T
    rays = far[:, :3] / far[:, 3:4] - np.array([0.0, 1.0, 0.0])
    t = np.sqrt(np.clip(rays[:, 1] / np.linalg.norm(rays, axis=1), 0.0, 1.0))
    expected = (horizon + (top - horizon) * t[:, None]) * 255
    assert 0.1 < (t == 0).mean() < 0.6  # the horizon crosses the frame
    assert np.abs(column - expected).max() <= 2.0
    looking_down = scene.model_copy(update={"cameras": cam((0, 5.0, 0), (0, 0.0, -0.5))})
    assert np.abs(renderer.render(looking_down, width=W, height=H) - horizon * 255).max() <= 1


def test_sunlit_ground_shader_matches_the_general_one(renderer) -> None:
    """Under suns only the ground is shaded from two CPU-side colours; a point light too far away to light
    anything switches the frame to the general ground shader, which must agree: exactly where fully lit or
    shadowed, within a few steps inside soft shadow edges."""
    from autark.scene import Light

    objects = [obj("t", "table", (0, 0, 0)), obj("c", "chair", (0.9, 0, 0.2)), obj("s", "sphere", (-1.2, 0, 0.8))]
    suns = Scene(objects=objects, lights=daylight(), cameras=cam((1.5, 3.0, 5.0), (0, 0.3, 0)))
    idle = Light(name="idle", type="point", position=(0.0, 30.0, -80.0), range=0.5)
    general = suns.model_copy(update={"lights": [*suns.lights, idle]})
    a = renderer.render(suns, width=W, height=H).astype(int)
    b = renderer.render(general, width=W, height=H).astype(int)
    diff = np.abs(a - b).max(axis=2)
    assert diff.max() <= 8
    assert (diff > 2).mean() < 0.01
    # The scene does have shadow on the ground (so both shaders were really compared on it).
    lum = b.mean(axis=2)
    assert lum[H // 2:].max() - lum[H // 2:].min() > 60


def test_shadow_map_redrawn_only_where_a_caster_moved(renderer, monkeypatch) -> None:
    """One of many casters steps aside: the sun's map is redrawn inside a small rectangle only, and every
    frame still equals a fresh renderer's."""
    from autark.render import Renderer
    from autark.render import shadows as shadows_module

    def scene(x: float) -> Scene:
        props = [obj(f"p{i}", ("cube", "chair", "sphere")[i % 3], (-4.0 + 2.0 * (i % 5), 0, -2.0 * (i // 5)))
                 for i in range(15)]
        return Scene(objects=[*props, obj("walker", "cube", (x, 0, 1.5), (0.8, 0.1, 0.1))], lights=daylight(),
                     cameras=cam((0, 4.0, 9.0), (0, 0.5, -2.0)))

    rects: list = []
    dirty_rects = shadows_module._dirty_rects
    monkeypatch.setattr(shadows_module, "_dirty_rects", lambda *a: rects.extend(dirty_rects(*a)) or dirty_rects(*a))
    frames = [renderer.render(scene(0.05 * i), width=W, height=H) for i in range(4)]
    size = renderer._shadows.maps[0][0].width
    partial = [r for r in rects if r[2] * r[3] < 0.1 * size * size]
    assert len(partial) >= 3, rects
    fresh = Renderer(width=W, height=H)
    try:
        for i, frame in enumerate(frames):
            fresh._shadows.keys.clear()  # forget what its maps hold: each frame's drawn whole
            assert np.array_equal(frame, fresh.render(scene(0.05 * i))), i
    finally:
        fresh.release()


def test_fxaa_filters_exactly_the_pixels_its_edge_test_picks(renderer) -> None:
    """FXAA runs as an edge pass that marks pixels in the depth buffer and a filter pass limited to them by the
    depth test; the result must be the one-pass filter's: pixels under the contrast thresholds unchanged,
    stair-steps over them blended."""
    from autark.scene import Settings

    tilted = obj("c", "cube", (0, 0, 0), (0.8, 0.1, 0.1)).model_copy(
        update={"transform": Transform(position=(0, 0, 0), rotation=(0.0, 30.0, 0.0))})
    scene = Scene(objects=[tilted], lights=daylight(), cameras=cam((0, 2.0, 4.0), (0, 0.5, 0)),
                  settings=Settings(ground_visible=True))
    samples, fxaa = renderer.samples, renderer.fxaa
    try:
        renderer.samples, renderer.fxaa = 0, False
        hard = renderer.render(scene, width=W, height=H).astype(float)
        renderer.fxaa = True
        smooth = renderer.render(scene, width=W, height=H).astype(float)
    finally:
        renderer.samples, renderer.fxaa = samples, fxaa
    # The edge test of ``shaders.FXAA_EDGE_FRAGMENT`` on the CPU: luma of the pixel and its diagonal
    # neighbours (image rows run top-down here, GL's bottom-up: the diagonals are the same set).
    luma = (hard / 255.0) @ np.array([0.299, 0.587, 0.114])
    inner = luma[1:-1, 1:-1]
    taps = [inner] + [luma[1 + dy:H - 1 + dy, 1 + dx:W - 1 + dx] for dy in (-1, 1) for dx in (-1, 1)]
    lmax, lmin = np.max(taps, axis=0), np.min(taps, axis=0)
    contrast = lmax - lmin
    threshold = np.maximum(1.0 / 32.0, lmax * 0.125)
    # Stay clear of the threshold itself: the GPU's float luma may round the other way there.
    flat, edge = contrast < threshold - 2e-3, contrast > threshold + 2e-3
    changed = np.abs(smooth - hard).max(axis=2)[1:-1, 1:-1] > 0
    assert edge.sum() > 100 and flat.sum() > 0.5 * inner.size
    assert not changed[flat].any()
    # Some edge pixels keep their colour (the blend along the edge lands on it); most step pixels blend.
    assert changed[edge].mean() > 0.25


def test_shadow_cells_hold_every_shadow_on_the_ground() -> None:
    """The ground outside the cells is shaded without a shadow lookup, so the cells must contain the shadow
    of every point of every caster, for any sun above the horizon."""
    from autark.render.renderer import shadow_cells

    rng = np.random.default_rng(7)
    for _ in range(20):
        n = int(rng.integers(1, 30))
        lo = np.column_stack([rng.uniform(-15, 15, n), rng.uniform(0, 1.0, n), rng.uniform(-15, 15, n)])
        hi = lo + rng.uniform(0.1, 4.0, (n, 3))
        sun = np.array([rng.uniform(-1, 1), -rng.uniform(0.15, 1.0), rng.uniform(-1, 1)])
        sun /= np.linalg.norm(sun)
        cells = shadow_cells(lo, hi, sun, 0.04, 40.0)
        if cells is None:
            continue  # most of the ground: the renderer shades all of it with shadows
        points = lo[:, None, :] + rng.uniform(0, 1, (n, 200, 3)) * (hi - lo)[:, None, :]
        points = points.reshape(-1, 3)
        ground = points + sun * ((points[:, 1] + 0.002) / -sun[1])[:, None]
        on = np.all(np.abs(ground[:, [0, 2]]) < 20.0, axis=1)  # shadows beyond the ground fall on nothing
        gx, gz = ground[on, 0][:, None], ground[on, 2][:, None]
        inside = (cells[:, 0] <= gx) & (gx <= cells[:, 2]) & (cells[:, 1] <= gz) & (gz <= cells[:, 3])
        assert inside.any(axis=1).all()
        # ... and they are not the whole ground: the cheap shader gets the rest.
        assert ((cells[:, 2] - cells[:, 0]) * (cells[:, 3] - cells[:, 1])).sum() < 0.7 * 40.0**2


def test_ground_split_into_shadow_cells_looks_the_same(renderer, monkeypatch) -> None:
    """Shading the ground outside the shadow cells without shadows changes no pixel visibly."""
    from autark.render import renderer as module

    objects = [obj(f"o{i}", kind, pos, (0.7, 0.5, 0.3)) for i, (kind, pos) in
               enumerate([("tree", (-2.0, 0, -1.0)), ("chair", (1.0, 0, 0.5)), ("cube", (2.5, 0, -2.0))])]
    scene = Scene(objects=objects, lights=daylight(), cameras=cam((0, 3.0, 8.0), (0, 0.5, 0)))
    made = []
    real = module.shadow_cells
    monkeypatch.setattr(module, "shadow_cells", lambda *args, **kwargs: made.append(real(*args, **kwargs)) or made[-1])
    split = renderer.render(scene, width=W, height=H).astype(int)
    assert made and made[0] is not None and len(made[0]) > 0  # the split was made
    monkeypatch.setattr(module, "shadow_cells", lambda *args, **kwargs: None)
    monkeypatch.setattr(renderer, "_cells_key", None)  # the renderer keeps the cells while nothing moves
    whole = renderer.render(scene, width=W, height=H).astype(int)
    diff = np.abs(split - whole).max(axis=2)
    assert (diff > 1).sum() <= 2  # a pixel where an object's foot meets the ground may flip
    assert renderer._cells is None  # ... and this frame was shaded whole
    # The scene has shadows on the ground for the cells to hold.
    assert (whole.sum(axis=2) < 0.6 * np.median(whole.sum(axis=2))).sum() > 200
