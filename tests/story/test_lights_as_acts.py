"""A lighting or weather word right after who does it, with an article after it, is their act ("a girl lights a
candle", "the old keeper lights the lamp"): it had been read as the set's lights and the act was lost."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "thing"), [
    ("A girl lights a candle.", "candle"),
    ("The old man lights the fire.", "campfire"),
    ("The old keeper lights the lamp in the lighthouse.", "lamp"),
])
def test_someone_lights_a_thing(idea: str, thing: str) -> None:
    lit = [e for e in analyze(idea).events if e.verb == "light"]
    assert lit and lit[0].agents and lit[0].patient == thing


def test_lights_as_a_thing_stay_a_thing() -> None:
    assert "light" not in {e.verb for e in analyze("The girl loves the lights of the city.").events}
