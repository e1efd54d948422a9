"""Set pieces in pixels: a room's ceiling (``casts_shadow=False, one_sided=True``) hides the backdrop from a camera
under it, is not there for a camera above it, and lets the sun and a spot above it light the floor as before."""

from __future__ import annotations

import numpy as np
from render_scenes import cam, daylight, obj

from autark.scene import Light, Scene

W, H = 320, 180


def room(with_ceiling: bool, lights: list[Light], eye: tuple[float, float, float],
         target: tuple[float, float, float]) -> Scene:
    objects = [obj("floor", "floor", (0, 0, 0), (0.7, 0.7, 0.7), scale=(2.0, 1.0, 2.0)),
               obj("box", "cube", (0.8, 0.05, -0.5), (0.8, 0.2, 0.1))]
    if with_ceiling:
        objects.append(obj("ceiling", "ceiling", (0, 3.0, 0), (0.9, 0.9, 0.9), scale=(8.0, 1.0, 8.0)))
    return Scene(objects=objects, lights=lights, cameras=cam(eye, target, fov=60.0))


SPOT = Light(name="key", type="spot", position=(0.0, 4.5, 1.0), direction=(0.0, -4.5, -1.0), intensity=40.0,
             cone_angle=35.0, range=20.0)
AMBIENT = Light(name="ambient", type="ambient", intensity=0.05, cast_shadows=False)


def _diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(int) - b.astype(int)).mean())


def test_lights_above_the_ceiling_still_light_the_floor(renderer) -> None:
    for lights in (daylight(), [SPOT, AMBIENT]):
        under = ((0.0, 2.0, 3.5), (0.0, 0.0, 0.0))  # below the ceiling, looking down at the floor only
        with_it = renderer.render(room(True, lights, *under), width=W, height=H)
        without = renderer.render(room(False, lights, *under), width=W, height=H)
        assert _diff(with_it, without) < 0.5, [lt.type for lt in lights]
        assert with_it[H // 2].astype(float).mean() > 60  # and the floor is lit, not in the ceiling's shadow


def test_the_ceiling_covers_the_sky_from_below_and_vanishes_from_above(renderer) -> None:
    up = ((0.0, 1.5, 2.0), (0.0, 3.0, -2.0))  # under the ceiling, looking up
    scene = room(True, daylight(), *up)
    img = renderer.render(scene, width=W, height=H)
    sky = renderer.render(room(False, daylight(), *up), width=W, height=H)
    assert _diff(img[: H // 3], sky[: H // 3]) > 20  # the top of the frame is ceiling, not sky
    above = ((0.0, 6.0, 4.0), (0.0, 0.0, 0.0))  # over the ceiling, looking down through it
    seen = renderer.render(room(True, daylight(), *above), width=W, height=H)
    bare = renderer.render(room(False, daylight(), *above), width=W, height=H)
    assert _diff(seen, bare) < 1.0  # the floor and the box, as if there were no ceiling
