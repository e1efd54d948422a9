"""A family of animals is that animal, three of them, never a father, a mother and a child beside one animal:
"a penguin family", "the rabbit family", "eine Entenfamilie", "eine Bärenfamilie"; a family with no animal
named stays a family of people."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "kind"), [
    ("A penguin family slides down an icy hill.", "penguin"),
    ("The rabbit family digs a new burrow in the meadow.", "rabbit"),
    ("Eine Entenfamilie überquert die Straße.", "duck"),
    ("Eine Bärenfamilie fängt Fische im Fluss.", "bear"),
    ("A duck family waddles to the pond.", "duck"),
])
def test_an_animal_family_is_that_animal(idea: str, kind: str) -> None:
    cast = [c.type for c in analyze(idea).characters]
    assert cast.count(kind) == 3 and len(cast) == 3, cast


@pytest.mark.parametrize("idea", ["A family has a picnic in the park.", "Eine Familie macht Urlaub am Meer."])
def test_a_family_of_people_stays_people(idea: str) -> None:
    cast = analyze(idea).characters
    assert len(cast) == 3 and all(c.group in ("man", "woman", "child") for c in cast), cast
