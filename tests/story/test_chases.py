"""A flight from someone is staged as their chase (``autark.story.chases``), in English and German; a flight from a
thing stays a flight."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan

FLIGHTS = [
    ("en", "A mouse flees through the kitchen from the cat", "Mouse", "Cat"),
    ("en", "The deer flees from the hunter across the meadow", "Deer", "Hunter"),
    ("de", "Die Maus flieht vor der Katze durch die Küche", "Maus", "Katze"),
    ("de", "Der Hase flüchtet vor dem Jäger über die Wiese", "Hase", "Jäger"),
]


@pytest.mark.parametrize(("lang", "idea", "quarry", "chaser"), FLIGHTS, ids=lambda v: str(v))
def test_one_fled_from_chases_the_one_who_flees(lang: str, idea: str, quarry: str, chaser: str) -> None:
    shots = [s.actions for s in plan(idea, 30.0, seed=2, language=lang).shots]
    both = [acts for acts in shots if any(a.startswith(f"{quarry} ") and (" flees " in a or " flieht " in a)
                                          for a in acts)]
    assert both, shots
    assert any(a.startswith(f"{chaser} ") and (" chases " in a or " jagt " in a) for a in both[0]), both[0]


def test_a_flight_from_a_thing_is_no_chase() -> None:
    shots = [a for s in plan("The villagers flee from the fire", 30.0, seed=2).shots for a in s.actions]
    assert any(" flees " in a for a in shots) and not any(" chases " in a for a in shots), shots
