"""One the idea names asleep lies asleep until an event of theirs, and neither acts nor speaks before it."""
from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.sleepers import sleepers


@pytest.mark.parametrize(("idea", "sleeper", "sleeps"), [
    ("A tiny mouse steals cheese from a sleeping cat, but the cat wakes up and chases it.", "Cat", "Cat sleeps"),
    ("Ein Dieb schleicht an einem schlafenden Hund vorbei.", "Hund", "Hund schläft"),
    ("A thief tiptoes past a sleeping dog.", "Dog", "Dog sleeps"),
])
def test_a_sleeper_sleeps_until_it_acts(idea: str, sleeper: str, sleeps: str) -> None:
    assert sleepers(analyze(idea)) == [sleeper]
    shots = plan(idea, 30.0).shots
    asleep = [s for s in shots if sleeps in s.actions]
    assert asleep and shots[0] in asleep
    for s in asleep:  # asleep: no act of their own, no line
        assert not [a for a in s.actions if a.startswith(f"{sleeper} ") and a != sleeps], s.actions
        assert not [d for d in s.dialogue if d.speaker == sleeper], s.dialogue
    woke = [s for s in shots if s not in asleep and any(a.startswith(f"{sleeper} ") for a in s.actions)]
    assert bool(woke) == ("wakes" in idea), [s.actions for s in shots]


def test_an_awake_one_is_no_sleeper() -> None:
    assert not sleepers(analyze("A cat sleeps on the sofa until the dog jumps on it."))
    assert not sleepers(analyze("The sleeping bag lies next to the dog."))
