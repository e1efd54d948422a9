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


@pytest.mark.parametrize(("idea", "verb", "doer"), [
    ("a nervous magician loses his rabbit backstage and finds it sleeping in a drum", "sleep", "Rabbit"),
    ("the farmer loses his goat and finds it eating the flowers", "eat", "Goat"),
])
def test_an_ing_word_after_it_is_done_by_the_thing_found(idea: str, verb: str | None, doer: str) -> None:
    concept = analyze(idea)
    last = concept.events[-1]
    assert verb is None or last.verb == verb
    assert last.agents == [doer] or last.patient == doer.lower(), [(e.verb, e.agents, e.patient) for e in concept.events]
