"""A room shows no void, checked by pixels: rendered again under a pure red and a pure blue sky, not one pixel of
an indoor setting turns into the sky's colour, from the production's wide shot, the default camera, a reverse
shot toward the fourth wall and a look up at the ceiling, by day and by night."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from pixel_scenes import H, W, built, sky_pixels  # noqa: E402

from autark.assets.templates import list_settings, load_setting  # noqa: E402
from autark.scene.model import Camera, Scene  # noqa: E402

INDOOR = [name for name in list_settings() if load_setting(name).indoor]
CAST = [("Ann", "humanoid", (-2.5, 0.0, 0.0)), ("Bob", "humanoid", (0.0, 0.0, 1.0)), ("Rex", "dog", (2.5, 0.0, 0.5))]


@pytest.fixture(scope="module")
def renderer() -> Iterator[object]:
    from autark.render import Renderer

    r = Renderer(width=W, height=H)
    yield r
    r.release()


def _views(state: Scene) -> dict[str, Camera]:
    return {
        "wide shot": state.camera(state.active_camera),
        "default camera": Camera(name="main"),
        "reverse shot": Camera(name="reverse", position=(0.5, 1.6, -3.0), target=(0.0, 1.5, 6.0), fov=50.0),
        "looking up": Camera(name="up", position=(1.0, 1.5, 4.0), target=(0.0, 3.5, -3.0), fov=60.0),
    }


@pytest.mark.parametrize("setting", INDOOR)
@pytest.mark.parametrize("lighting", ["daylight", "night"])
def test_a_room_shows_no_void(renderer, setting: str, lighting: str) -> None:
    state = built(setting, lighting, "wide", CAST)
    for view, camera in _views(state).items():
        _, sky = sky_pixels(renderer, state, camera)
        rows = np.nonzero(sky.any(axis=1))[0]
        assert not sky.any(), f"{setting}, {view}: {sky.sum()} pixels show the void (rows {rows.min()}-{rows.max()})"


def test_the_void_check_sees_the_void(renderer) -> None:
    """Without its ceiling, the kitchen's default view shows the backdrop above the back wall again."""
    state = built("kitchen", "daylight", "wide", CAST[:1])
    open_top = state.model_copy(update={"objects": [o for o in state.objects if o.type != "ceiling"]})
    _, sky = sky_pixels(renderer, open_top, Camera(name="main"))
    assert sky[: H // 4].mean() > 0.5  # most of the top quarter
