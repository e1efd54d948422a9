"""A snowman is built in the snow: the weather an idea's things imply where it names none (story.implied_weather)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.implied_weather import with_implied_weather


@pytest.mark.parametrize(("idea", "weather"), [
    ("Two children build a snowman in the garden", "snow"),
    ("Zwei Kinder bauen im Garten einen Riesenschneemann", "snow"),
    ("Kinder machen eine Schneeballschlacht im Park", "snow"),
    ("A boy goes sledging down the hill", "snow"),
    ("The snowman melts in the sun", "clear"),  # the sun is out, the snow goes
    ("Im Frühling schmilzt der Schneemann im Garten", "clear"),
    ("A boy plays football in the park", "clear"),
    ("On a rainy day a girl builds a snowman", "rain"),  # the weather the idea names stays
])
def test_implied_weather(idea: str, weather: str) -> None:
    assert with_implied_weather(analyze(idea)).weather == weather


def test_the_snowmans_film_is_snowy_until_night_falls() -> None:
    scenes = plan("Two children build a snowman in the garden until night falls", 30.0, seed=0).scenes
    assert [s.weather for s in scenes] == ["snow"] * len(scenes)
    assert scenes[0].time_of_day == "day" and scenes[-1].time_of_day == "night"
