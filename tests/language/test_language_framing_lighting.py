"""Framing maths (exact NDC fill) and lighting presets as data."""

from __future__ import annotations

import math

import pytest

from autark.assets import framing, lighting
from autark.scene import Camera


@pytest.mark.parametrize("view", sorted(framing.VIEW_DIRECTIONS))
@pytest.mark.parametrize("fill", [0.5, 0.85, 0.95])
def test_frame_box_is_tight_on_at_least_one_corner(view: str, fill: float) -> None:
    lo, hi = (-0.4, 0.0, -0.3), (0.6, 1.8, 0.2)
    pos, target = framing.frame_box(lo, hi, direction=framing.VIEW_DIRECTIONS[view], fov_deg=40.0, aspect=1.5,
                                    fill=fill)
    cam = Camera(name="t", position=pos, target=target, fov=40.0)
    pts = [framing.project(cam, (x, y, z), 1.5) for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
    extent = max(max(abs(p[0]), abs(p[1])) for p in pts)
    # every corner inside the requested share of the frame, and the closest such camera (one corner touches)
    assert extent == pytest.approx(fill, abs=1e-6)
    assert all(p[2] > 0 for p in pts)


def test_dolly_moves_along_the_view_axis_and_stops_short_of_the_target() -> None:
    cam = Camera(name="t", position=(0.0, 1.0, 5.0), target=(0.0, 1.0, 0.0))
    back = framing.dolly(cam, -2.0)
    assert back.position == pytest.approx((0.0, 1.0, 7.0))
    close = framing.dolly(cam, 100.0)
    assert math.dist(close.position, close.target) == pytest.approx(0.2)


def test_presets_are_valid_and_distinct() -> None:
    names = lighting.preset_names()
    assert {"daylight", "overcast", "sunset", "night", "studio", "noir", "candlelight"} <= set(names)
    for name in names:
        p = lighting.preset(name)
        lights = p.build()
        assert lights and p.exposure > 0
        assert len({lt.name for lt in lights}) == len(lights)
    sunset_sun = next(lt for lt in lighting.preset("sunset").build() if lt.type == "sun")
    day_sun = next(lt for lt in lighting.preset("daylight").build() if lt.type == "sun")
    assert -sunset_sun.direction[1] < -day_sun.direction[1]  # the sunset sun stands lower
    assert sunset_sun.color[0] > sunset_sun.color[2]


def test_sun_direction_points_down_from_the_named_elevation() -> None:
    d = lighting.sun_direction(30.0, 0.0)
    assert math.degrees(math.asin(-d[1])) == pytest.approx(30.0)
    assert d[2] < 0  # a sun standing at +Z shines toward -Z
