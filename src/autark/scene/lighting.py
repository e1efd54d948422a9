"""Default lighting, a rule of the scene: a scene nobody has lit yet (a fresh project) is seen in daylight.

``evaluate`` hands these lights to whatever renders the evaluated state when the scene has none of its own;
the daylight preset of ``autark.assets.lighting`` is the same two lights, so lighting a scene "daylight" looks
the way the unlit scene did.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from autark.scene.model import Light, Vec3

__all__ = ["sun_direction", "DAYLIGHT", "default_lights"]


def sun_direction(elevation_deg: float, azimuth_deg: float) -> Vec3:
    """Travel direction of sunlight for a sun at this elevation above the horizon and this azimuth
    (0 = the sun stands in front of the scene at +Z, 90 = at +X)."""
    el, az = math.radians(elevation_deg), math.radians(azimuth_deg)
    # the sun sits at (sin az cos el, sin el, cos az cos el); light travels the opposite way
    return (-math.sin(az) * math.cos(el), -math.sin(el), -math.cos(az) * math.cos(el))


# a sun high in the south-west and a sky fill: the "daylight" lighting preset
DAYLIGHT: tuple[dict[str, Any], ...] = (
    {"name": "sun", "type": "sun", "direction": sun_direction(55, 35), "color": (1.0, 0.97, 0.92),
     "intensity": 1.0},
    {"name": "sky", "type": "hemisphere", "color": (0.6, 0.7, 0.9), "ground_color": (0.35, 0.3, 0.25),
     "intensity": 0.35, "cast_shadows": False},
)


@cache
def _daylight() -> tuple[Light, ...]:
    return tuple(Light(**spec) for spec in DAYLIGHT)


def default_lights() -> list[Light]:
    """The lights an unlit scene is seen in (built once; the models are shared, so treat them as read-only)."""
    return list(_daylight())
