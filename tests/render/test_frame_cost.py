"""The savings in a frame's shading keep the picture: the depth pre-pass shades the same surfaces, a frame
without fog is drawn by programs that leave the fog's arithmetic out, and which lights reach a still set is
worked out again when a light moves."""

from __future__ import annotations

import numpy as np
from render_scenes import crowd, humanoid, night_point, table_chairs

from autark.render import Renderer, shaders

W, H = 320, 180


def test_depth_prepass_shows_the_same_surfaces(renderer) -> None:
    """Overlapping objects (a crowd drawn near to far, a body's limbs before its torso, chairs under a table)
    look the same with the pre-pass; only coincident surfaces may pick the other one of the pair."""
    for scene in (crowd(60), humanoid(), table_chairs()):
        renderer.depth_prepass = False
        try:
            without = renderer.render(scene, width=W, height=H).astype(int)
        finally:
            renderer.depth_prepass = True
        with_prepass = renderer.render(scene, width=W, height=H).astype(int)
        diff = np.abs(with_prepass - without).max(axis=-1)
        assert (diff > 8).mean() < 0.002, scene.name
        assert without.std() > 10  # a real picture, not an empty frame


def test_frames_without_fog_use_programs_without_it() -> None:
    lights = (("sun", 0), ("point", -1))
    for ground in (False, True):
        fogged, clear = (shaders.lit_fragment(lights, ground, fog=f) for f in (True, False))
        assert "#define FOG 1" in fogged and "#define FOG 0" in clear
    sunlit = shaders.ground_sunlit_fragment(lights[:1], fog=False)
    assert "#define FOG 0" in sunlit and "u_fog.w" in sunlit  # compiled out by the preprocessor


def test_a_light_moved_into_reach_is_seen_by_a_renderer_that_kept_the_set(renderer) -> None:
    """Which lights each still object is out of is kept between frames; moving a light must renew it."""
    scene = night_point()

    def bulb_at(x: float):
        bulb = scene.lights[0].model_copy(update={"position": (x, 4.2, 0.8)})
        return scene.model_copy(update={"lights": [bulb, *scene.lights[1:]]})

    for x in (30.0, 0.0, 30.0):  # far out of every object's reach (each is drawn without it), back, away again
        kept = renderer.render(bulb_at(x), width=W, height=H)
        fresh_renderer = Renderer(width=W, height=H)
        try:
            fresh = fresh_renderer.render(bulb_at(x), width=W, height=H)
        finally:
            fresh_renderer.release()
        assert np.array_equal(kept, fresh), x
