"""Weather commands: the weather words of both languages set ``Settings.weather``, clouds come with it, it stops
when told, and a thing named in the same sentence is still added."""

from __future__ import annotations

import pytest

from autark.language import interpret
from autark.ops import ApplyLighting, SetSettings
from autark.scene.model import Scene


def weather_of(text: str, scene: Scene | None = None) -> str:
    ops = interpret(text, scene or Scene())
    changes = [op.changes["weather"] for op in ops if isinstance(op, SetSettings) and "weather" in op.changes]
    assert len(changes) == 1, ops
    return changes[0]


@pytest.mark.parametrize(("text", "weather"), [
    ("make it rain", "rain"), ("let it snow", "snow"), ("fog rolls in", "fog"), ("a thunderstorm", "storm"),
    ("it is windy", "wind"), ("es regnet", "rain"), ("Gewitter", "storm"), ("es schneit", "snow"),
    ("Nebel zieht auf", "fog"), ("the rain stops", "clear"), ("kein Regen mehr", "clear"),
    ("der Regen hört auf", "clear"),
])
def test_weather_words_set_the_weather(text: str, weather: str) -> None:
    assert weather_of(text) == weather


def test_rain_clouds_over_a_daylit_scene() -> None:
    ops = interpret("make it rain", Scene())
    (light,) = [op for op in ops if isinstance(op, ApplyLighting)]
    assert light.preset == "overcast"
    night = Scene()
    night.settings.lighting = "night"
    assert not [op for op in interpret("make it rain", night) if isinstance(op, ApplyLighting)]  # night stays


def test_a_thing_in_the_rain_is_added_too() -> None:
    ops = interpret("add a bench in the rain", Scene())
    assert [op.op for op in ops].count("add_object") == 1
    assert weather_of("add a bench in the rain") == "rain"


@pytest.mark.parametrize(("text", "background"), [
    ("night sky with stars", "night sky"), ("a sky full of stars", "night sky"),
    ("make the sky a sunrise", "sunrise sky"), ("a starfield background", "space"),
])
def test_named_skies(text: str, background: str) -> None:
    (op,) = interpret(text, Scene())
    assert isinstance(op, SetSettings) and op.changes["background"] == background
