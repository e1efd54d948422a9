"""Lighting presets as data: each is a set of lights, sky colours and an exposure.

``preset(name)`` returns ready ``Light`` models; ``ApplyLighting`` installs them in one step. Suns are given
by the direction the light travels (downward = negative Y), so a low sun has a small |y| component.
Colours are warm (red > blue) for sunset and candle light, cool (blue > red) for night.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autark.scene.lighting import DAYLIGHT, sun_direction
from autark.scene.model import Color, Light, Vec3

__all__ = ["LightingPreset", "PRESETS", "preset", "preset_names", "sun_direction", "SKIES", "sky", "LAMP_LIGHTS",
           "LAMP_GLOW", "bulb_local", "lamp_light"]


@dataclass(frozen=True)
class LightingPreset:
    name: str
    lights: tuple[dict[str, Any], ...]
    sky_top: Color
    sky_horizon: Color
    background: str
    exposure: float

    def build(self) -> list[Light]:
        return [Light(**spec) for spec in self.lights]

    def sky(self) -> dict[str, Any]:
        return {"sky_top": self.sky_top, "sky_horizon": self.sky_horizon, "background": self.background}


PRESETS: dict[str, LightingPreset] = {
    p.name: p
    for p in (
        LightingPreset(
            "daylight",
            DAYLIGHT,  # what an unlit scene is seen in (autark.scene.lighting)
            (0.35, 0.55, 0.85), (0.75, 0.85, 0.95), "day sky", 1.0,
        ),
        LightingPreset(
            "overcast",
            (
                {"name": "sun", "type": "sun", "direction": sun_direction(70, 20), "color": (0.9, 0.92, 0.95),
                 "intensity": 0.25, "cast_shadows": False},
                {"name": "sky", "type": "hemisphere", "color": (0.75, 0.78, 0.82), "ground_color": (0.35, 0.35, 0.33),
                 "intensity": 0.8, "cast_shadows": False},
            ),
            (0.6, 0.63, 0.67), (0.78, 0.8, 0.82), "overcast sky", 1.0,
        ),
        LightingPreset(
            "sunset",
            (
                # a low sun lights the ground at a grazing angle: brighter than its colour suggests, or
                # the ground goes black (looked at in renders)
                {"name": "sun", "type": "sun", "direction": sun_direction(8, -60), "color": (1.0, 0.55, 0.25),
                 "intensity": 1.6},
                {"name": "sky", "type": "hemisphere", "color": (0.55, 0.4, 0.55), "ground_color": (0.3, 0.2, 0.15),
                 "intensity": 0.45, "cast_shadows": False},
            ),
            (0.25, 0.25, 0.5), (1.0, 0.55, 0.3), "sunset sky", 1.2,
        ),
        LightingPreset(
            "night",
            (
                {"name": "moon", "type": "sun", "direction": sun_direction(40, 150), "color": (0.6, 0.7, 1.0),
                 "intensity": 0.15},
                {"name": "sky", "type": "hemisphere", "color": (0.1, 0.13, 0.25), "ground_color": (0.03, 0.03, 0.05),
                 "intensity": 0.15, "cast_shadows": False},
            ),
            (0.01, 0.02, 0.06), (0.05, 0.07, 0.15), "night sky", 1.6,
        ),
        LightingPreset(
            "studio",
            (
                {"name": "key", "type": "spot", "position": (3.0, 4.0, 4.0), "direction": (-3.0, -3.2, -4.0),
                 "color": (1.0, 0.98, 0.95), "intensity": 40.0, "cone_angle": 35.0, "range": 20.0},
                {"name": "fill", "type": "point", "position": (-4.0, 2.5, 3.0), "color": (0.9, 0.93, 1.0),
                 "intensity": 8.0, "cast_shadows": False, "range": 20.0},
                {"name": "rim", "type": "spot", "position": (0.0, 4.0, -4.0), "direction": (0.0, -3.2, 4.0),
                 "color": (1.0, 1.0, 1.0), "intensity": 25.0, "cone_angle": 40.0, "range": 20.0},
                {"name": "ambient", "type": "ambient", "color": (1.0, 1.0, 1.0), "intensity": 0.1,
                 "cast_shadows": False},
            ),
            (0.18, 0.18, 0.2), (0.3, 0.3, 0.32), "studio grey", 1.0,
        ),
        LightingPreset(
            "noir",
            (
                {"name": "key", "type": "spot", "position": (-3.0, 5.0, 2.0), "direction": (3.0, -4.2, -2.0),
                 "color": (1.0, 1.0, 1.0), "intensity": 60.0, "cone_angle": 22.0, "range": 25.0},
                {"name": "ambient", "type": "ambient", "color": (0.8, 0.85, 1.0), "intensity": 0.03,
                 "cast_shadows": False},
            ),
            (0.02, 0.02, 0.02), (0.06, 0.06, 0.06), "black", 0.9,
        ),
        LightingPreset(
            "candlelight",
            (
                {"name": "candle", "type": "point", "position": (0.0, 1.2, 0.5), "color": (1.0, 0.6, 0.25),
                 "intensity": 6.0, "range": 8.0},
                {"name": "ambient", "type": "ambient", "color": (1.0, 0.7, 0.45), "intensity": 0.05,
                 "cast_shadows": False},
            ),
            (0.02, 0.015, 0.01), (0.08, 0.05, 0.03), "dark room", 1.4,
        ),
    )
}


def preset_names() -> list[str]:
    return sorted(PRESETS)


def preset(name: str) -> LightingPreset:
    """The preset with this name; raises ``KeyError`` for an unknown one (the command engine checks first)."""
    return PRESETS[name]


# Backgrounds the user can ask for by name: (sky_top, sky_horizon).
SKIES: dict[str, tuple[Color, Color]] = {
    "day sky": ((0.35, 0.55, 0.85), (0.75, 0.85, 0.95)),
    "night sky": ((0.01, 0.02, 0.06), (0.05, 0.07, 0.15)),
    "sunset sky": ((0.25, 0.25, 0.5), (1.0, 0.55, 0.3)),
    "overcast sky": ((0.6, 0.63, 0.67), (0.78, 0.8, 0.82)),
    "black": ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
    "white": ((1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "studio grey": ((0.18, 0.18, 0.2), (0.3, 0.3, 0.32)),
}


def sky(name: str) -> dict[str, Any]:
    """Settings changes for a named background."""
    top, horizon = SKIES[name]
    return {"sky_top": top, "sky_horizon": horizon, "background": name}


# Things that can be switched on: asset type -> (point light intensity, range m, colour). A lit floor lamp
# throws about as much light as the candlelight preset's candle; a table lamp half of it.
LAMP_LIGHTS: dict[str, tuple[float, float, Color]] = {
    "lamp": (8.0, 10.0, (1.0, 0.85, 0.6)),
    "table_lamp": (4.0, 6.0, (1.0, 0.85, 0.6)),
    "street_lamp": (20.0, 16.0, (1.0, 0.85, 0.6)),
    "candle": (2.0, 4.0, (1.0, 0.6, 0.25)),
}
# a switched-on lamp's material glow (emissive colour, strength): the shade lights up warm
LAMP_GLOW: tuple[Color, float] = ((1.0, 0.85, 0.55), 0.8)


def bulb_local(asset_type: str) -> Vec3:
    """The centre of an asset's glowing parts (its bulb, flame or head) in its own space; built once per type."""
    return _bulb_local(asset_type)


def _bulb_local(asset_type: str) -> Vec3:
    cached = _BULBS.get(asset_type)
    if cached is not None:
        return cached
    from autark.assets import library

    spec = library.get(asset_type)
    glowing = [p.mesh.bounds for p in spec.build() if p.emissive > 0]
    if glowing:
        lo = [min(b[0][i] for b in glowing) for i in range(3)]
        hi = [max(b[1][i] for b in glowing) for i in range(3)]
        centre = tuple(round(float((a + b) / 2), 4) for a, b in zip(lo, hi, strict=True))
    else:  # nothing glows: the top centre of its bounds
        centre = (0.0, spec.bounds_max[1], 0.0)
    _BULBS[asset_type] = centre  # type: ignore[assignment]
    return centre  # type: ignore[return-value]


_BULBS: dict[str, Vec3] = {}


def lamp_light(name: str, asset_type: str, bulb_world: Vec3, object_id: str) -> Light:
    """The point light a switched-on lamp gives, at its bulb; ``target`` records the lamp it belongs to."""
    intensity, reach, color = LAMP_LIGHTS.get(asset_type, LAMP_LIGHTS["lamp"])
    return Light(name=name, type="point", position=bulb_world, color=color, intensity=intensity, range=reach,
                 target=object_id)
