"""An infinitive's clause told on its own has its verb said of its one doer: "the old fox sneaks into the barn to
steal an egg" is told "The old fox steals the egg", never "The old fox steal the egg"."""

from __future__ import annotations

import re

import pytest

from autark.story.narrative import plan
from autark.story.verb_number import singular_en


@pytest.mark.parametrize(("base", "said"), [("bring", "brings"), ("catch", "catches"), ("carry", "carries"),
                                            ("go", "goes"), ("fix", "fixes"), ("play", "plays"), ("wash", "washes")])
def test_a_base_form_said_of_one(base: str, said: str) -> None:
    assert singular_en(base) == said


@pytest.mark.parametrize(("idea", "base"), [
    ("The old fox sneaks into the barn to steal an egg.", "steal"),
    ("A clever crow flies to the market to grab a shiny ring.", "grab"),
    ("A hungry bear walks into the village to find some honey.", "find"),
])
def test_the_narrator_tells_the_infinitives_act_of_its_one_doer(idea: str, base: str) -> None:
    """Told in its own sentence, said of the one who does it (the narration check had dropped "The old fox
    steal the egg", so the act was never told)."""
    narration = " ".join(s.narration or "" for s in plan(idea, 30.0).shots)
    assert not re.search(rf"\b(fox|crow|bear) {base}\b", narration), narration
    assert re.search(rf"\b(fox|crow|bear) {singular_en(base)}\b", narration), narration
