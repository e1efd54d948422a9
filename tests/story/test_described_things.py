"""A verb-word after an article and words that only describe it is a thing ("the stolen watch", "a golden watch"),
while an article before someone or something else leaves it a verb ("the boats race", "the giant can fly")."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize("idea", [
    "A detective finds the stolen watch under the bed",
    "The girl wears a golden watch",
    "A boy finds the lost watch in the sand",
])
def test_a_described_verb_word_is_the_thing(idea: str) -> None:
    concept = analyze(idea)
    assert "clock" in [o.type for o in concept.objects]
    assert not {"watch", "steal"} & {e.verb for e in concept.events}  # no act of watching, none of stealing


@pytest.mark.parametrize(("idea", "verb"), [
    ("The children watch the boats race on the lake", "race"),
    ("A cat and a dog watch the fireworks", "watch"),
])
def test_an_article_before_another_noun_leaves_the_verb(idea: str, verb: str) -> None:
    assert verb in {e.verb for e in analyze(idea).events}


@pytest.mark.parametrize("idea", [
    "A girl sews a red button on her coat",
    "Am nächsten Morgen liegen hundert goldene Knöpfe vor der Werkstatt.",
])
def test_buttons_are_buttons(idea: str) -> None:
    assert "buttons" in [o.type for o in analyze(idea).objects]  # the German plural had been left out unknown
