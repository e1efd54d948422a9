"""Two things at once (issue 17): an event its clause joins with "while", "während", "as" or "als" happens in the
same shot as the one before it, is not the story's turn, and whoever does it is there from the start."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.simultaneous import together_events

# idea -> (the two acts that share a shot, the one who would otherwise enter late)
IDEAS = {
    "a boy reads a book while his cat sleeps": (("Boy reads the book", "Cat sleeps"), "Cat"),
    "Der Junge liest ein Buch, während die Katze schläft": (("Junge liest das Buch", "Katze schläft"), "Katze"),
    "Alle klatschen, als der Clown jongliert": (("klatscht", "Clown spielt"), "Clown"),
}


@pytest.mark.parametrize("idea", list(IDEAS))
def test_two_things_at_once_share_a_shot(idea: str) -> None:
    (first, second), late = IDEAS[idea]
    assert together_events(analyze(idea)) == {1}
    scene = plan(idea, duration_s=30, seed=1).scenes[0]
    assert any(any(first in a for a in s.actions) and any(second in a for a in s.actions) for s in scene.shots)
    who = next(c for c in scene.characters if c.name == late)
    assert who.position[2] > -2.0, "there from the start, not waiting at the back to enter"


@pytest.mark.parametrize("idea", ["two knights argue about the last apple until a dragon eats it",
                                  "Als der Drache kommt, rennen alle weg", "a cat sleeps and then a dog barks",
                                  "a girl dresses as a witch and scares her brother"])
def test_one_after_the_other_is_not_at_once(idea: str) -> None:
    assert together_events(analyze(idea)) == set()
