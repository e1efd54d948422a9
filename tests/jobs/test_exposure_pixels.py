"""Dark scenes stay readable, checked by pixels: a character under a dark preset (night, candlelight, noir), built
the way the production builds it, keeps the mean luma of its own pixels at ``SUBJECT_LUMA_FLOOR`` or more and the
frame's at ``FRAME_LUMA_FLOOR`` or more, is not burnt white, and a night sky stays dark and cool."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from pixel_scenes import LUMA, H, W, built, sky_pixels, subject_mask  # noqa: E402

from autark.assets.lighting import FRAME_LUMA_FLOOR, SUBJECT_LUMA_FLOOR  # noqa: E402

ORIGIN = (0.0, 0.0, 0.0)
DARK = {
    "night meadow, medium": ("meadow", "night", "medium", [("Ann", "humanoid", ORIGIN)], "Ann"),
    "night forest, wide, two": ("forest", "night", "wide", [("Ann", "humanoid", (-1.0, 0.0, 0.0)),
                                                             ("Rex", "dog", (1.0, 0.0, 0.5))], ""),
    "night street, robot": ("city_street", "night", "medium", [("Robo", "robot", ORIGIN)], "Robo"),
    "night desert, wide": ("desert", "night", "wide", [("Ann", "humanoid", (-1.5, 0.0, 0.0)),
                                                        ("Tom", "cat", (1.5, 0.0, 0.5))], ""),
    "night living room": ("living_room", "night", "medium", [("Ann", "humanoid", ORIGIN)], "Ann"),
    "night kitchen, wide": ("kitchen", "night", "wide", [("Ann", "humanoid", (-1.5, 0.0, 0.0)),
                                                          ("Bob", "humanoid", (1.5, 0.0, 0.0))], ""),
    "candlelight kitchen, centre": ("kitchen", "candlelight", "medium", [("Ann", "humanoid", ORIGIN)], "Ann"),
    "candlelight living room, wide": ("living_room", "candlelight", "wide",
                                      [("Ann", "humanoid", (-1.5, 0.0, 0.0)), ("Bob", "humanoid", (1.5, 0.0, 0.0))],
                                      ""),
    "noir office": ("office", "noir", "medium", [("Ann", "humanoid", ORIGIN)], "Ann"),
    "noir street, far apart": ("city_street", "noir", "wide", [("Ann", "humanoid", (-3.0, 0.0, 0.0)),
                                                                ("Robo", "robot", (3.0, 0.0, 1.0))], ""),
}


@pytest.fixture(scope="module")
def renderer() -> Iterator[object]:
    from autark.render import Renderer

    r = Renderer(width=W, height=H)
    yield r
    r.release()


@pytest.mark.parametrize("case", sorted(DARK))
def test_a_character_under_a_dark_preset_stays_readable(renderer, case: str) -> None:
    setting, lighting, size, cast, subject = DARK[case]
    state = built(setting, lighting, size, cast, subject)
    camera = state.camera(state.active_camera)
    image, sky = sky_pixels(renderer, state, camera)
    luma = image.astype(float) @ LUMA
    mask = subject_mask(renderer, state, camera, image)
    assert mask.sum() > 150, f"{case}: the characters cover only {mask.sum()} pixels"
    subject_luma, frame_luma = float(luma[mask].mean()), float(luma.mean())
    where = f"{case}: subject {subject_luma:.1f}, frame {frame_luma:.1f}"
    assert subject_luma >= SUBJECT_LUMA_FLOOR, where
    assert frame_luma >= FRAME_LUMA_FLOOR, where
    assert subject_luma <= 170, f"{where}: burnt (the candle once stood in the face: 206)"
    if lighting == "night" and sky.sum() > 200:  # the night look stays: a dark, cool sky
        colour = image[sky].astype(float).mean(axis=0)
        assert float(colour @ LUMA) < 40 and colour[2] > colour[0], f"{case}: the sky is {colour.round()}"


def test_the_old_night_would_fail(renderer) -> None:
    """The floor catches the issue's night film: the same shot under the old night preset (a moon and a sky a
    third as bright, no key light) has its character far below it."""
    from autark.assets import lighting
    from autark.scene.model import Light

    state = built("meadow", "night", "medium", [("Ann", "humanoid", ORIGIN)], "Ann")
    old = [Light(name="moon", type="sun", direction=lighting.sun_direction(40, 150), color=(0.6, 0.7, 1.0),
                 intensity=0.15),
           Light(name="sky", type="hemisphere", color=(0.1, 0.13, 0.25), ground_color=(0.03, 0.03, 0.05),
                 intensity=0.15, cast_shadows=False)]
    state = state.model_copy(update={"lights": old})
    camera = state.camera(state.active_camera)
    image = renderer.render(state, camera, W, H)
    luma = image.astype(float) @ LUMA
    assert float(luma[subject_mask(renderer, state, camera, image)].mean()) < SUBJECT_LUMA_FLOOR / 4
    assert float(luma.mean()) < FRAME_LUMA_FLOOR
