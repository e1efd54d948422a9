"""The set's lamps come on at night and on a grey evening or morning (``assets.lighting.lamps_wanted``)."""

from __future__ import annotations

import pytest

from autark.assets.lighting import lamps_wanted


@pytest.mark.parametrize(("preset", "weather", "on"), [
    ("night", "clear", True), ("night", "rain", True), ("sunset", "rain", True), ("dawn", "fog", True),
    ("sunset", "storm", True), ("sunset", "clear", False), ("sunset", "wind", False), ("daylight", "rain", False),
    ("overcast", "rain", False), ("candlelight", "clear", False), ("no such preset", "rain", False),
])
def test_lamps_wanted(preset: str, weather: str, on: bool) -> None:
    assert lamps_wanted(preset, weather) is on


def test_a_room_at_night_is_exposed_for_its_lamps() -> None:
    from autark.assets.lighting import PRESETS

    night = PRESETS["night"]
    assert night.exposure_for(indoor=True) < night.exposure_for(indoor=False) == night.exposure
    assert all(p.exposure_for(True) == p.exposure for p in PRESETS.values() if p.indoor_exposure is None)
