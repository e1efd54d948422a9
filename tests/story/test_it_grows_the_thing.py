""""...until it blooms", "until it melts": "it" after a thing that changes is the thing, whoever was named
before it (a robot is no "it" that blooms). Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "verb", "thing"), [
    ("A robot plants a small tree on the roof and waters it until it blooms", "grow", "tree"),
    ("A girl plants a sunflower and sings to it until it grows", "grow", "sunflower"),
    ("A robot builds a snowman in the garden until it melts", "melt", "snowman"),
    ("Two penguins carve an ice sculpture, but it melts in the sun", "melt", ""),
])
def test_it_is_the_thing_that_changes(idea: str, verb: str, thing: str) -> None:
    concept = analyze(idea)
    ev = next(e for e in concept.events if e.verb == verb)
    assert not ev.agents and ev.thing_does_it, (idea, [(e.verb, e.agents, e.patient) for e in concept.events])
    if thing:
        assert ev.patient == thing
