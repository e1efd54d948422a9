"""Weather sets the light whatever preset lit the scene: under rain, storm, snow, fog or cloud a sun's direct light
is mostly taken (its shadows go faint) and part of it comes back from the whole sky, grey and cool; lamps and
characters' keys are left alone (``render.weather.clouded_lights``)."""

from __future__ import annotations

import numpy as np
import pytest
from render_scenes import obj

from autark.assets.lighting import preset
from autark.render.weather import CLOUDED, clouded_lights
from autark.scene import Camera, Light, Scene, Settings

LUMA = np.array([0.2126, 0.7152, 0.0722])


def lit_set(lighting: str, weather: str) -> Scene:
    """A figure-sized box and a tree on grass under a lighting preset, seen from eye height."""
    p = preset(lighting)
    return Scene(objects=[obj("box", "cube", (0.0, 0.0, 0.0), (0.7, 0.2, 0.15), scale=(0.5, 1.8, 0.5)),
                          obj("tree", "tree", (3.0, 0.0, -5.0))],
                 lights=p.build(), cameras=[Camera(name="main", position=(0.0, 2.2, 7.0), target=(0.0, 0.8, 0.0))],
                 settings=Settings(ground_color=(0.3, 0.45, 0.2), weather=weather, lighting=lighting,
                                   exposure=p.exposure, **p.sky()))


def frame_and_shadow(renderer, scene: Scene) -> tuple[float, float]:  # noqa: ANN001
    """The frame's mean luma and how deep its shadows are (the share of light the shadowed pixels lose)."""
    y = renderer.render(scene, time_s=1.0).astype(np.float64) @ LUMA
    flat = scene.model_copy(update={"lights": [lt.model_copy(update={"cast_shadows": False}) for lt in scene.lights]})
    y0 = renderer.render(flat, time_s=1.0).astype(np.float64) @ LUMA
    shaded = (y0 - y) > 2.0
    depth = float(np.mean(1.0 - y[shaded] / np.maximum(y0[shaded], 1.0))) if shaded.sum() > 30 else 0.0
    return float(y.mean()), depth


@pytest.mark.parametrize("lighting", ["daylight", "sunset", "dawn"])
@pytest.mark.parametrize("weather", ["rain", "storm"])
def test_rain_is_never_sunshine(renderer, lighting: str, weather: str) -> None:  # noqa: ANN001
    clear_luma, clear_shadow = frame_and_shadow(renderer, lit_set(lighting, "clear"))
    wet_luma, wet_shadow = frame_and_shadow(renderer, lit_set(lighting, weather))
    assert clear_shadow > 0.2, clear_shadow  # the clear sun casts a real shadow
    assert wet_shadow < 0.5 * clear_shadow, (wet_shadow, clear_shadow)
    assert wet_luma < 0.9 * clear_luma, (wet_luma, clear_luma)


def test_clouds_dim_suns_and_give_it_back_from_the_sky() -> None:
    lights = [*preset("sunset").build(),
              Light(name="lamp", type="point", position=(0.0, 2.0, 0.0), color=(1.0, 0.85, 0.6), intensity=8.0),
              Light(name="key hero", type="spot", position=(0.0, 2.0, 3.0), color=(1.0, 0.8, 0.6), intensity=3.0)]
    assert clouded_lights(lights, "clear") is lights and clouded_lights(lights, "wind") is lights
    for weather, (keep, _give) in CLOUDED.items():
        out = {lt.name: lt for lt in clouded_lights(lights, weather)}
        before = {lt.name: lt for lt in lights}
        assert out["sun"].intensity == pytest.approx(before["sun"].intensity * keep)
        assert out["sky"].intensity > before["sky"].intensity
        sun = np.asarray(out["sun"].color)
        assert sun[0] - sun[2] < 0.5 * (before["sun"].color[0] - before["sun"].color[2])  # the warm sun greys
        assert out["lamp"] == before["lamp"] and out["key hero"] == before["key hero"]


def test_a_clouded_night_stays_dark() -> None:
    night = preset("night").build()
    sky = next(lt for lt in night if lt.type == "hemisphere")
    clouded = next(lt for lt in clouded_lights(night, "rain") if lt.type == "hemisphere")
    # greyed at the same luma: the deep blue sky light turns grey without brightening
    assert float(np.asarray(clouded.color) @ LUMA) == pytest.approx(float(np.asarray(sky.color) @ LUMA), abs=0.01)


def test_a_storms_sea_mirrors_its_grey_sky(renderer) -> None:  # noqa: ANN001
    def sea(weather: str) -> np.ndarray:
        scene = lit_set("daylight", weather)
        water = obj("sea", "cube", (0.0, -0.03, -30.0), (0.1, 0.38, 0.6), scale=(80.0, 0.05, 40.0)).model_copy(
            update={"name": "sea"})
        scene = scene.model_copy(update={"objects": [water], "cameras": [
            Camera(name="main", position=(0.0, 4.0, 6.0), target=(0.0, 0.0, -20.0))]})
        return renderer.render(scene, time_s=1.0)[95:105].reshape(-1, 3).astype(np.float64)  # just below the horizon

    def saturation(px: np.ndarray) -> float:
        return float(np.mean((px.max(axis=1) - px.min(axis=1)) / np.maximum(px.max(axis=1), 1.0)))

    clear, storm = sea("clear"), sea("storm")
    assert saturation(storm) < 0.75 * saturation(clear), (saturation(storm), saturation(clear))
    assert (storm @ LUMA).mean() < 0.75 * (clear @ LUMA).mean()
