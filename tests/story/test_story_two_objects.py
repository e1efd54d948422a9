"""A verb of giving with two objects ("gives his teacher an apple", "schenkt seiner Lehrerin einen Apfel"): the
person named first gets the thing; the thing is what is handed over."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "thing", "getter"), [
    ("the boy gives his teacher an apple", "apple", "Teacher"),
    ("the waiter serves the king a hot soup", "soup", "King"),
    ("the old pirate shows the parrot a map", "map", "Parrot"),
    ("Ein Junge schenkt seiner Lehrerin einen Apfel", "apple", "Lehrerin"),
    ("Die Oma gibt ihrer Enkelin einen Kuchen", "cake", "Enkelin"),
    ("the girl gives the flower to her mother", "flower", "Mum"),
])
def test_the_first_person_gets_the_thing(idea: str, thing: str, getter: str) -> None:
    ev = analyze(idea).events[0]
    assert (ev.patient, ev.recipient) == (thing, getter), (ev.verb, ev.patient, ev.recipient)


def test_the_plan_hands_the_thing_over() -> None:
    actions = [a for s in plan("the boy gives his teacher an apple", duration_s=30, seed=0).scenes
               for sh in s.shots for a in sh.actions]
    assert any("gives" in a and "apple" in a and "Teacher" in a for a in actions), actions


@pytest.mark.parametrize(("idea", "act", "learner"), [
    ("an old boxer teaches his granddaughter to ride a bicycle in the park", "ride", "Granddaughter"),
    ("A little girl teaches her grandfather to dance in the kitchen", "dance", "Grandpa"),
    ("an old walrus shows the penguin how to swim", "swim", "Penguin"),
])
def test_the_one_taught_does_it_first(idea: str, act: str, learner: str) -> None:
    # shown by the teacher alone, then tried by the one taught and done (story.lessons)
    doers = [e.agents for e in analyze(idea).events if e.verb == act]
    assert len(doers) == 3 and learner not in doers[0] and doers[1] == doers[2] == [learner], doers
