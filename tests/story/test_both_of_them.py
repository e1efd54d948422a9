""""Both" / "beide" as a subject is the last two the idea named, not nobody. Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "verb", "two"), [
    ("Die Oma liest ihrer Enkelin ein Buch vor, bis beide einschlafen", "sleep", 2),
    ("A fox and a crow quarrel over a piece of cheese until both laugh", "laugh", 2),
    ("Der Bäcker und der Müller streiten, aber dann tanzen beide", "dance", 2),
    ("A boy and his grandfather go fishing, and both fall asleep in the boat", "sleep", 2),
])
def test_both_does_it_together(idea: str, verb: str, two: int) -> None:
    concept = analyze(idea)
    ev = next(e for e in concept.events if e.kind == verb)
    assert len(ev.agents) == two, (idea, [(e.kind, e.agents) for e in concept.events])
