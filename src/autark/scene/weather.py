"""Weather as rules of time: when a storm's lightning flashes, how strong the flash is at time t, which way the
wind blows. Pure functions of (weather, t), so the picture (``autark.render.weather``) and the sound
(``autark.audio.ambient``) agree on every flash, and a frame rendered twice is the same frame.
"""

from __future__ import annotations

import math

from autark.scene.model import Weather

__all__ = ["FLASH_PERIOD_S", "lightning_strikes", "flash_strength", "wind_mps", "covered", "WET", "FALLING"]

# One strike in every window of this length, at a seeded moment inside it: a storm flashes every 5-11 s.
FLASH_PERIOD_S = 8.0
_FLASH_SPAN_S = 0.6  # a strike's pulses are over after this long
# a strike is a bright first pulse and a weaker return stroke: (offset s, peak, decay s)
_PULSES = ((0.0, 1.0, 0.07), (0.16, 0.7, 0.12), (0.3, 0.35, 0.1))

WET = frozenset({"rain", "storm"})  # what darkens the ground and drops rain
FALLING = frozenset({"rain", "storm", "snow"})  # what falls through the frame


def covered(weather: Weather) -> float:
    """How much of the sky clouds hide, 0 (clear: stars, moon and sun show) to 1 (a storm)."""
    return {"clear": 0.0, "wind": 0.15, "overcast": 0.8, "fog": 0.9, "rain": 0.85, "snow": 0.8,
            "storm": 1.0}[weather]


def _unit(k: int, salt: int) -> float:
    """A seeded number in [0, 1) for window ``k`` (integer hash, the same on every machine)."""
    h = (k * 0x9E3779B1 + salt * 0x85EBCA77 + 0x165667B1) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 0x2C1B3C6D) & 0xFFFFFFFF
    h ^= h >> 12
    h = (h * 0x297A2D39) & 0xFFFFFFFF
    h ^= h >> 15
    return h / 2.0 ** 32


def lightning_strikes(weather: Weather, start_s: float, end_s: float) -> list[float]:
    """The times (s) lightning strikes in [start_s, end_s): one per ``FLASH_PERIOD_S`` window in a storm,
    none in any other weather. The first comes 1.5 s or more into a scene, after its first frames."""
    if weather != "storm" or end_s <= start_s:
        return []
    out = []
    for k in range(max(0, math.floor(start_s / FLASH_PERIOD_S)), math.floor(end_s / FLASH_PERIOD_S) + 1):
        t = k * FLASH_PERIOD_S + 1.5 + _unit(k, 1) * (FLASH_PERIOD_S - 1.5 - _FLASH_SPAN_S)
        if start_s <= t < end_s:
            out.append(t)
    return out


def flash_strength(weather: Weather, t: float) -> float:
    """How bright the lightning is at time ``t``, 0 (none) to about 1.2: a few pulses over half a second, so
    a flash is seen over several frames, then nothing until the next strike."""
    total = 0.0
    for strike in lightning_strikes(weather, t - _FLASH_SPAN_S, t + 1e-9):
        scale = 0.7 + 0.3 * _unit(math.floor(strike / FLASH_PERIOD_S), 2)
        for offset, peak, decay in _PULSES:
            dt = t - strike - offset
            if dt >= 0.0:
                total += scale * peak * math.exp(-dt / decay)
    return total


def wind_mps(weather: Weather) -> tuple[float, float, float]:
    """The wind (m/s, world axes) that slants the rain and drives leaves and flakes: a gust from the left."""
    return {"wind": (6.0, 0.0, 1.0), "storm": (3.5, 0.0, 0.5), "snow": (0.6, 0.0, 0.1)}.get(
        weather, (0.0, 0.0, 0.0))
