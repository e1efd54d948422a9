"""An English capital after "the" is a thing (a planet, a ship, a river), never a character's name."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize("idea", [
    "two astronauts play chess on the moon while the Earth rises behind them",
    "a sailor waves at the Moon from his boat",
    "a lonely robot watches the Sun go down over the desert",
    "a girl and her dog sit by the Thames and eat sandwiches",
])
def test_no_one_is_called_after_a_thing_with_the(idea: str) -> None:
    words = {c.word for c in analyze(idea).characters}
    assert not words & {"Earth", "Moon", "Sun", "Thames"}, words


@pytest.mark.parametrize(("idea", "name"), [("Tom and Anna dance in the kitchen", "Anna"),
                                            ("a boy named Tim waves at the Moon", "Tim"),
                                            ("Max feeds the ducks", "Max")])
def test_names_without_the_are_still_names(idea: str, name: str) -> None:
    assert name in {c.name for c in analyze(idea).characters}
