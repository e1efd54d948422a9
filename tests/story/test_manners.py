"""Manners and idioms are how something is done, never a thing, a person or an act (story.manners)."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.manners import MANNERS, manner_words


@pytest.mark.parametrize(("idea", "word"), [
    ("A clumsy waiter spills soup on a duchess by mistake", "mistake"),
    ("A pirate buries a chest on purpose", "purpose"),
    ("A knight waits in vain with great sorrow", "sorrow"),
    ("Der Bäcker verbrennt aus Versehen die Brezeln", "Versehen"),
    ("Der Torwart hält den Ball in letzter Sekunde", "Sekunde"),
    ("Ein Koch schneidet zum Glück nur die Zwiebel", "Glück"),
])
def test_a_manner_is_no_thing_no_act_and_not_unknown(idea: str, word: str) -> None:
    concept = analyze(idea)
    assert word not in concept.unknown_words
    assert all(e.word != word for e in concept.events)
    assert all(o.word != word for o in concept.objects) and all(c.word != word for c in concept.characters)


def test_a_noun_with_a_sense_of_a_thing_is_left_to_the_reader_of_things() -> None:
    folded = ["a", "cowboy", "lassos", "a", "bull", "at", "the", "rodeo"]
    assert manner_words(folded, "en", lambda k: True) == {}


def test_phrases_are_of_several_words_and_no_turns() -> None:
    from autark.story import verbs

    assert all(len(p) > 1 and verbs.turn("_".join(p)) is None for p in MANNERS)
