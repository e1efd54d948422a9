"""Weather and sky in pixels: rain streaks, snow, fog, lightning, stars and moon, the low sun, the Earth above
the Moon; frames are a pure function of (scene, camera, size, time)."""

from __future__ import annotations

import numpy as np
import pytest
from render_scenes import daylight, obj

from autark.render.sky import EARTH_DIR, MOON_DIR, SUN_DIR
from autark.scene import Camera, Light, Scene, Settings
from autark.scene.weather import flash_strength, lightning_strikes

LUMA = np.array([0.2126, 0.7152, 0.0722])


def outdoors(weather: str = "clear", **settings: object) -> Scene:
    """A cube and a tree on grass, seen by a camera at eye height looking level, so half the frame is sky."""
    return Scene(objects=[obj("cube", "cube", (0.0, 0.0, 0.0), (0.7, 0.2, 0.15)), obj("tree", "tree", (4, 0, -8))],
                 lights=daylight(),
                 cameras=[Camera(name="main", position=(0.0, 1.6, 8.0), target=(0.0, 1.6, 0.0))],
                 settings=Settings(**{"ground_color": (0.3, 0.45, 0.2), "weather": weather, **settings}))


def night(**settings: object) -> Scene:
    scene = outdoors(sky_top=(0.01, 0.02, 0.06), sky_horizon=(0.05, 0.07, 0.15), background="night sky",
                     lighting="night", **settings)
    scene.lights = [Light(name="moon", type="sun", direction=(0.3, -0.6, 0.7), color=(0.6, 0.7, 1.0),
                          intensity=0.45)]
    return scene


def luma(px: np.ndarray) -> np.ndarray:
    return px.astype(np.float64) @ LUMA


def pixel_of(renderer, scene: Scene, direction: tuple[float, float, float]) -> tuple[int, int]:  # noqa: ANN001
    """Where a sky direction lands in a 320x180 frame (column, row from the top)."""
    cam = renderer.camera_matrices(scene)
    p = cam.view_proj @ np.array([*(cam.eye + 100.0 * np.asarray(direction)), 1.0])
    ndc = p[:2] / p[3]
    return int((ndc[0] * 0.5 + 0.5) * 320), int((0.5 - ndc[1] * 0.5) * 180)


def test_rain_draws_falling_streaks(renderer) -> None:  # noqa: ANN001
    dry = renderer.render(outdoors("overcast"), time_s=2.0).astype(np.float64)
    wet = renderer.render(outdoors("rain"), time_s=2.0).astype(np.float64)
    assert not np.array_equal(dry, wet)
    # the ground darkens in the rain (wet), which shows as a flat change; the streaks are what is left
    diff = luma(wet) - luma(dry)
    streaks = diff[:80]  # the sky and the far set, above the horizon: only rain changes it there
    across = np.abs(np.diff(streaks, axis=1)).mean()  # brightness changing from column to column: vertical lines
    along = np.abs(np.diff(streaks, axis=0)).mean()
    assert across > 1.8 * along, (across, along)
    assert (streaks > 8).mean() > 0.01  # and there are enough of them to see
    later = renderer.render(outdoors("rain"), time_s=2.1)
    assert np.abs(later.astype(np.float64) - wet).mean() > 0.3  # they fall


def test_snow_whitens_the_ground_and_the_air(renderer) -> None:  # noqa: ANN001
    clear = luma(renderer.render(outdoors("clear"), time_s=1.0))
    snow = luma(renderer.render(outdoors("snow"), time_s=1.0))
    assert (snow > 200).mean() > (clear > 200).mean() + 0.25
    ground = snow[130:]
    flakes = renderer.render(outdoors("snow"), time_s=1.0).astype(np.float64)[:80]
    calm = renderer.render(outdoors("overcast"), time_s=1.0).astype(np.float64)[:80]
    assert ground.mean() > 180
    assert (np.abs(flakes - calm).max(axis=2) > 25).sum() > 40  # flakes against the sky


def test_fog_hides_the_far_tree(renderer) -> None:  # noqa: ANN001
    clear = renderer.render(outdoors("overcast"))
    fog = renderer.render(outdoors("fog"))
    tree = (slice(40, 95), slice(180, 240))  # the tree 16 m off, right of the centre
    assert luma(fog[tree]).std() < 0.5 * luma(clear[tree]).std()


def test_a_storm_flashes_for_a_few_frames_every_few_seconds(renderer) -> None:  # noqa: ANN001
    strikes = lightning_strikes("storm", 0.0, 30.0)
    assert 3 <= len(strikes) <= 6 and min(np.diff(strikes)) > 2.0
    t = strikes[0]
    lit_frames = sum(flash_strength("storm", t + k / 30) > 0.1 for k in range(30))
    assert 5 <= lit_frames <= 20  # seen over several frames, and over in well under a second
    assert flash_strength("storm", t - 0.5) == 0.0 and flash_strength("rain", t) == 0.0
    dark = luma(renderer.render(outdoors("storm"), time_s=t - 0.5)).mean()
    bright = luma(renderer.render(outdoors("storm"), time_s=t + 0.02)).mean()
    assert bright > dark + 25, (dark, bright)


def test_night_sky_has_stars_and_a_moon(renderer) -> None:  # noqa: ANN001
    scene = night()
    px = renderer.render(scene)
    y = luma(px)
    x, row = pixel_of(renderer, scene, MOON_DIR)
    assert 0 < x < 320 and 0 < row < 90
    moon = y[row - 3:row + 4, x - 3:x + 4]
    assert moon.min() > 150  # a bright disc, several pixels across
    sky = y[:70].copy()
    sky[max(0, row - 25):row + 25, max(0, x - 25):x + 25] = 0  # the moon and its halo aside
    assert np.median(sky) < 40  # a dark sky ...
    stars = (sky > 90).sum()
    assert 15 < stars < 1500, stars  # ... sprinkled with stars
    assert luma(renderer.render(night(weather="rain")))[:70].max() < 200  # clouds hide stars and moon


def test_sunset_puts_the_sun_on_the_horizon(renderer) -> None:  # noqa: ANN001
    scene = outdoors(sky_top=(0.25, 0.25, 0.5), sky_horizon=(1.0, 0.55, 0.3), background="sunset sky")
    scene.objects = scene.objects[:1]  # the tree would stand in front of it
    px = renderer.render(scene).astype(np.float64)
    x, row = pixel_of(renderer, scene, SUN_DIR)
    sun = px[row - 2:row + 1, x - 2:x + 3].mean(axis=(0, 1))
    assert sun[0] > 240 and sun[1] > 170 and sun[0] > sun[2] + 60  # a warm, bright disc
    assert px[5, 5, 0] < sun[0] - 80  # the sky away from it is darker


def test_the_moon_setting_shows_the_earth(renderer) -> None:  # noqa: ANN001
    from autark.assets.templates import load_setting

    tpl = load_setting("Mond")
    scene = outdoors(sky_top=tpl.sky_top, sky_horizon=tpl.sky_horizon, background=tpl.background,
                     setting="moon", ground_color=tpl.ground_color)
    px = renderer.render(scene).astype(np.float64)
    x, row = pixel_of(renderer, scene, EARTH_DIR)
    earth = px[row - 4:row + 5, x - 1:x + 8]  # its lit, right-hand side
    assert earth.mean(axis=(0, 1))[2] > earth.mean(axis=(0, 1))[0] + 20  # blue oceans
    assert luma(earth).mean() > 60
    assert np.median(luma(px[:40, :100])) < 15  # a black sky around it
    assert np.median(luma(px[150:])) > 90  # over grey dust


def test_a_weather_frame_is_the_same_frame_when_drawn_again(renderer) -> None:  # noqa: ANN001
    for weather in ("rain", "snow", "storm", "wind"):
        a = renderer.render(outdoors(weather), time_s=3.3)
        b = renderer.render(outdoors(weather), time_s=3.3)
        assert np.array_equal(a, b), weather


@pytest.mark.parametrize("weather", ["clear", "overcast"])
def test_calm_weather_draws_no_particles(renderer, weather: str) -> None:  # noqa: ANN001
    assert np.array_equal(renderer.render(outdoors(weather), time_s=0.0),
                          renderer.render(outdoors(weather), time_s=5.0))


def test_indoors_nothing_falls(renderer) -> None:  # noqa: ANN001
    wet = outdoors("rain", ground_visible=False)  # a set without its ground plane is a room
    assert np.array_equal(renderer.render(wet, time_s=2.0), renderer.render(wet, time_s=2.5))
    assert not np.array_equal(renderer.render(outdoors("rain"), time_s=2.0),
                              renderer.render(outdoors("rain"), time_s=2.5))
