"""A lie or a trick is told, believed and found out (story.tricks): the trickster talks to the one tricked,
who nods; a thing the trick was for goes from them to the trickster; the truth comes out where the idea says
so, else after the trick (or after what the idea tells next in a turn)."""

from __future__ import annotations

import pytest

from autark.story.narrative import analyze
from autark.story.tricks import is_trick_word


def _steps(idea: str) -> list[tuple[str, str, str]]:
    c = analyze(idea)
    word = {ch.name: ch.word.lower() for ch in c.characters}
    return [(e.kind, word[e.agents[0]], e.patient if e.patient_is_thing else word.get(e.patient, ""))
            for e in c.events if e.agents]


@pytest.mark.parametrize(("idea", "liar", "victim", "thing", "found_out"), [
    ("A fox tricks a crow into dropping its cheese", "fox", "crow", "cheese", True),
    ("Ein schlauer Fuchs luchst dem Raben den Käse ab", "fuchs", "raben", "cheese", True),
    ("Der Wolf belügt die Ziege, bis sie die Wahrheit merkt", "wolf", "ziege", "", True),
    ("Die Hexe täuscht den Prinzen, aber der Prinz durchschaut sie", "hexe", "prinzen", "", True),
    ("A wizard cheats a knight at cards", "wizard", "knight", "", True),
    ("A boy lies to his teacher about his homework", "boy", "teacher", "", True),
    ("Weil er hungrig ist, legt der Fuchs den Bauern herein", "fuchs", "bauern", "", True),
    ("The clever girl fools the troll and takes his key", "girl", "troll", "key", True),
    ("Nachdem der Fuchs den Raben belogen hat, frisst er den Käse", "fuchs", "raben", "", True),
])
def test_told_believed_taken_and_found_out(idea: str, liar: str, victim: str, thing: str, found_out: bool) -> None:
    steps = _steps(idea)
    told = steps.index(("talk", liar, victim))
    assert steps[told + 1][:2] == ("nod", victim), steps
    if thing:
        assert ("take", liar, thing) in steps[told:], steps
    assert (("point", victim, liar) in steps[told:]) == found_out, steps


def test_lying_down_is_no_lie() -> None:
    assert not is_trick_word("lies", ["down", "on", "the", "sofa"])
    assert is_trick_word("lies", ["to", "his", "mother"])
    assert not is_trick_word("legt", ["den", "ball", "hin"])
    assert is_trick_word("legt", ["den", "bauern", "herein"])
    assert not is_trick_word("contest", []) and not is_trick_word("kidnaps", ["the", "princess"])
    assert is_trick_word("conned", ["the", "king"])


def test_the_truth_comes_out_after_what_the_idea_tells_next() -> None:
    steps = _steps("A boy lies to his teacher about his homework until the dog brings it back")
    kinds = [k for k, _, _ in steps]
    assert kinds.index("serve") < kinds.index("point"), steps
