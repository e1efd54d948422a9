"""Lighting presets as data: each is a set of lights, sky colours and an exposure.

``preset(name)`` returns ready ``Light`` models; ``ApplyLighting`` installs them in one step. Suns are given
by the direction the light travels (downward = negative Y), so a low sun has a small |y| component.
Colours are warm (red > blue) for sunset and candle light, cool (blue > red) for night.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from autark.scene.lighting import DAYLIGHT, sun_direction
from autark.scene.model import Color, Light, SceneObject, Vec3

__all__ = ["CharacterKey", "LightingPreset", "PRESETS", "preset", "preset_names", "character_keys", "room_bounce",
           "SUBJECT_LUMA_FLOOR", "FRAME_LUMA_FLOOR", "sun_direction", "SKIES", "sky", "LAMP_LIGHTS", "LAMP_GLOW",
           "bulb_local", "lamp_light", "lamps_wanted"]

# How bright a film must stay to be read, in 8-bit sRGB luma (Rec. 709 weights on the encoded values, 0..255),
# set by looking at frames of every preset: in daylight a character's pixels average 80-110, at sunset 56-66
# (dim, and still easy to read), under the old night preset 1-9 (silhouettes; whole frames 11-14, the issue's
# night film). Faces begin to read from about 35 and read comfortably from about 50, whatever the character's
# colours, so a shot fails when the mean of its subject's pixels is below SUBJECT_LUMA_FLOOR. A night frame whose
# subject reads and whose set is dark (a forest at night) averages 22-30, so a frame below FRAME_LUMA_FLOOR is
# too dark to be a picture at all.
SUBJECT_LUMA_FLOOR = 50.0
FRAME_LUMA_FLOOR = 20.0


@dataclass(frozen=True)
class CharacterKey:
    """A key light on each character, for presets too dark to read a face by: a spot aimed at the character
    (``Light.target``, so it follows them as they move) from ``distance_m`` in front of them, turned
    ``side_deg`` toward their outer side and ``height_m`` above the ground, the way films light faces at night.
    It casts no shadow (the preset's own lights do), so it costs no shadow map."""

    color: Color
    intensity: float
    side_deg: float = 35.0
    distance_m: float = 2.8
    height_m: float = 2.6
    cone_deg: float = 22.0  # wide enough to reach the head of a grown-up from the body's centre it aims at
    range_m: float = 14.0

    def light(self, name: str, body: SceneObject) -> Light:
        """The key for ``body`` where it stands now (its position and heading; heading 0 faces +Z)."""
        x, _y, z = body.transform.position
        side = -self.side_deg if x < -0.05 else self.side_deg  # the outer cheek: left of centre, from the left
        heading = math.radians(body.transform.rotation[1] + side)
        pos = (x + self.distance_m * math.sin(heading), self.height_m, z + self.distance_m * math.cos(heading))
        chest = (x, body.transform.position[1] + 0.6 * (body.bounds_max[1] - body.bounds_min[1]), z)
        direction = tuple(c - p for c, p in zip(chest, pos, strict=True))
        return Light(name=name, type="spot", position=tuple(round(v, 3) for v in pos),  # type: ignore[arg-type]
                     direction=tuple(round(v, 3) for v in direction), color=self.color,  # type: ignore[arg-type]
                     intensity=self.intensity, cone_angle=self.cone_deg, range=self.range_m, cast_shadows=False,
                     target=body.id)


@dataclass(frozen=True)
class LightingPreset:
    name: str
    lights: tuple[dict[str, Any], ...]
    sky_top: Color
    sky_horizon: Color
    background: str
    exposure: float
    key: CharacterKey | None = None  # the production lights each character with it (``character_keys``)
    lamps_on: bool = False  # the production switches the set's lamps on (street lamps at night)
    bounce: float = 0.0  # indoors, the light the floor throws back up at the ceiling (``room_bounce``)
    indoor_share: float = 1.0  # the share of its sun and sky a room lets in (a set's ceiling throws no shadow)
    # a room's exposure where it differs: a room at night is lit by its lamps, and the night's exposure, which lets
    # a moonlit street read, burnt a lamp-lit room to the brightness of a day (luma 78 against the day's 116)
    indoor_exposure: float | None = None

    def exposure_for(self, indoor: bool) -> float:
        """The preset's exposure outdoors, or in a room."""
        return self.indoor_exposure if indoor and self.indoor_exposure is not None else self.exposure

    def build(self, indoor: bool = False) -> list[Light]:
        """The preset's lights; ``indoor``: for a room, its suns and sky at ``indoor_share``."""
        share = self.indoor_share if indoor else 1.0
        return [Light(**{**spec, "intensity": spec["intensity"] * share})
                if share != 1.0 and spec.get("type") in ("sun", "hemisphere") else Light(**spec)
                for spec in self.lights]

    def sky(self) -> dict[str, Any]:
        return {"sky_top": self.sky_top, "sky_horizon": self.sky_horizon, "background": self.background}


PRESETS: dict[str, LightingPreset] = {
    p.name: p
    for p in (
        LightingPreset(
            "daylight",
            DAYLIGHT,  # what an unlit scene is seen in (autark.scene.lighting)
            (0.35, 0.55, 0.85), (0.75, 0.85, 0.95), "day sky", 1.0, bounce=0.5,
        ),
        LightingPreset(
            "overcast",
            (
                {"name": "sun", "type": "sun", "direction": sun_direction(70, 20), "color": (0.9, 0.92, 0.95),
                 "intensity": 0.25, "cast_shadows": False},
                {"name": "sky", "type": "hemisphere", "color": (0.75, 0.78, 0.82), "ground_color": (0.35, 0.35, 0.33),
                 "intensity": 0.8, "cast_shadows": False},
            ),
            (0.6, 0.63, 0.67), (0.78, 0.8, 0.82), "overcast sky", 1.0, bounce=0.45,
        ),
        LightingPreset(
            "sunset",
            (
                # a low sun lights the ground at a grazing angle: brighter than its colour suggests, or
                # the ground goes black (looked at in renders)
                {"name": "sun", "type": "sun", "direction": sun_direction(8, -60), "color": (1.0, 0.55, 0.25),
                 "intensity": 1.6},
                {"name": "sky", "type": "hemisphere", "color": (0.6, 0.48, 0.58), "ground_color": (0.34, 0.26, 0.18),
                 "intensity": 0.6, "cast_shadows": False},
            ),
            (0.25, 0.25, 0.5), (1.0, 0.55, 0.3), "sunset sky", 1.2, bounce=0.3,
            # a warm key on each face: whoever turns from the low sun was a silhouette (a fishing film at sunrise)
            key=CharacterKey(color=(1.0, 0.78, 0.6), intensity=3.0),
        ),
        LightingPreset(
            "dawn",
            (
                # the sun just up in the east (the other side of the sky from the sunset's), paler and cooler than
                # an evening sun, under a blue-grey sky that is still half night: dawn was lit as a sunset
                {"name": "sun", "type": "sun", "direction": sun_direction(10, 60), "color": (1.0, 0.78, 0.6),
                 "intensity": 1.4},
                {"name": "sky", "type": "hemisphere", "color": (0.52, 0.58, 0.78), "ground_color": (0.25, 0.25, 0.26),
                 "intensity": 0.7, "cast_shadows": False},
            ),
            (0.38, 0.48, 0.75), (1.0, 0.72, 0.52), "sunrise sky", 1.2, bounce=0.3,
            key=CharacterKey(color=(0.95, 0.88, 0.85), intensity=3.0),
        ),
        LightingPreset(
            "night",
            (
                # moonlight from behind (a rim and long shadows) and a cool sky fill: the set reads, the sky
                # stays dark; the characters get a key of their own (looked at in renders: with the moon and
                # sky a third as bright, a night film was a row of silhouettes)
                {"name": "moon", "type": "sun", "direction": sun_direction(40, 150), "color": (0.6, 0.7, 1.0),
                 "intensity": 0.45},
                {"name": "sky", "type": "hemisphere", "color": (0.22, 0.3, 0.58), "ground_color": (0.03, 0.03, 0.05),
                 "intensity": 0.8, "cast_shadows": False},
            ),
            (0.01, 0.02, 0.06), (0.05, 0.07, 0.15), "night sky", 1.6,
            key=CharacterKey(color=(0.75, 0.82, 1.0), intensity=7.0),
            # indoors the moon comes in through the windows only: at full strength it flooded rooms blue
            lamps_on=True, bounce=0.12, indoor_share=0.3, indoor_exposure=1.1,
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
            (0.18, 0.18, 0.2), (0.3, 0.3, 0.32), "studio grey", 1.0, bounce=0.35,
        ),
        LightingPreset(
            "noir",
            (
                {"name": "key", "type": "spot", "position": (-3.0, 5.0, 2.0), "direction": (3.0, -4.2, -2.0),
                 "color": (1.0, 1.0, 1.0), "intensity": 60.0, "cone_angle": 22.0, "range": 25.0},
                # a little more than none: at 0.03 a street outside the key's one pool was a black frame (16/255)
                {"name": "ambient", "type": "ambient", "color": (0.8, 0.85, 1.0), "intensity": 0.1,
                 "cast_shadows": False},
            ),
            (0.02, 0.02, 0.02), (0.06, 0.06, 0.06), "black", 0.9,
            key=CharacterKey(color=(1.0, 1.0, 1.0), intensity=8.0),  # off the preset's one pool, faces went black
        ),
        LightingPreset(
            "candlelight",
            (
                # in front of the acting area, not in it: at (0, 1.2, 0.5) it stood in the head of a character
                # at the centre and burnt the face white (mean 206 of 255)
                {"name": "candle", "type": "point", "position": (0.0, 0.9, 2.2), "color": (1.0, 0.6, 0.25),
                 "intensity": 6.0, "range": 8.0},
                {"name": "ambient", "type": "ambient", "color": (1.0, 0.7, 0.45), "intensity": 0.05,
                 "cast_shadows": False},
            ),
            (0.02, 0.015, 0.01), (0.08, 0.05, 0.03), "dark room", 1.4,
            key=CharacterKey(color=(1.0, 0.62, 0.3), intensity=0.8, side_deg=25.0, distance_m=1.8, height_m=1.5,
                             cone_deg=35.0),  # a warm glow from below the face, as from a candle on a table
        ),
    )
}


def preset_names() -> list[str]:
    return sorted(PRESETS)


def preset(name: str) -> LightingPreset:
    """The preset with this name; raises ``KeyError`` for an unknown one (the command engine checks first)."""
    return PRESETS[name]


# the hours whose light is low enough that a wet or grey sky makes it dusk: the lamps come on
_DIM_HOURS = frozenset({"sunset", "dawn"})
_GREY_WEATHER = frozenset({"rain", "storm", "snow", "fog", "overcast"})


def lamps_wanted(preset_name: str, weather: str) -> bool:
    """Whether the production switches the set's lamps on: at night (the preset's ``lamps_on``), and on a rainy,
    stormy, snowy or foggy evening or morning, when the clouds take what light the low sun gave (a detective under a
    dark street lamp on a rainy evening)."""
    found = PRESETS.get(preset_name)
    return found is not None and (found.lamps_on or found.name in _DIM_HOURS and weather in _GREY_WEATHER)


def room_bounce(preset_name: str, floor_color: Color) -> Light | None:
    """Indoors, the light the floor throws back up (a hemisphere light from below in the floor's colour, at the
    preset's ``bounce``): without it a room's ceiling, lit by nothing below it, showed black or dark brown."""
    found = PRESETS.get(preset_name)
    if found is None or found.bounce <= 0:
        return None
    # the walls throw light back too: the floor's colour half mixed with a light grey, or a wooden floor
    # painted the ceiling orange
    colour = tuple(round(0.5 * c + 0.4, 4) for c in floor_color)
    return Light(name="bounce", type="hemisphere", color=(0.0, 0.0, 0.0), ground_color=colour,  # type: ignore[arg-type]
                 intensity=found.bounce, cast_shadows=False)


def character_keys(preset_name: str, bodies: Sequence[SceneObject], slots: int) -> list[Light]:
    """The preset's key light (``LightingPreset.key``) on each of ``bodies``, named "key <name>", for at most
    ``slots`` of them (the lights the renderer has left); none for a preset bright enough without one."""
    found = PRESETS.get(preset_name)
    if found is None or found.key is None:
        return []
    return [found.key.light(f"key {body.name}", body) for body in list(bodies)[:max(slots, 0)]]


# Backgrounds the user can ask for by name: (sky_top, sky_horizon).
SKIES: dict[str, tuple[Color, Color]] = {
    "day sky": ((0.35, 0.55, 0.85), (0.75, 0.85, 0.95)),
    "night sky": ((0.01, 0.02, 0.06), (0.05, 0.07, 0.15)),
    "sunset sky": ((0.25, 0.25, 0.5), (1.0, 0.55, 0.3)),
    "sunrise sky": ((0.38, 0.48, 0.75), (1.0, 0.72, 0.52)),  # the render draws the low sun (and stars in space)
    "space": ((0.0, 0.0, 0.01), (0.01, 0.01, 0.03)),
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
