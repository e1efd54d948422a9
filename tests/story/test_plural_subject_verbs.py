"""A word the tables know as a thing or creature, standing where a plural subject's verb does, is that verb
(``story.plural_verbs``): the lights flicker (no bird), teenagers skateboard (no board), the candles glow."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.lexicon import Hit
from autark.story.plural_verbs import verb_after_plural


@pytest.mark.parametrize(("idea", "word"), [
    ("The lights flicker while the detective reads a letter", "flicker"),
    ("The old lamps flicker and the children scream", "flicker"),
    ("Two teenagers skateboard in the park", "skateboard"),
    ("The stars sparkle above the sleeping village", "sparkle"),
    ("The pirates ship the treasure to the island", "ship"),
    ("The sailors anchor their boat in the bay", "anchor"),
    ("They fish in the river all afternoon", "fish"),
    ("Two robots box in the ring", "box"),
    ("The bells ring and the villagers dance", "ring"),
])
def test_the_verb_of_a_plural_subject_is_no_thing(idea: str, word: str) -> None:
    concept = analyze(idea)
    assert word.title() not in [c.name for c in concept.characters], concept.characters
    assert not any(c.word.lower() == word for c in concept.characters)
    assert any(e.verb for e in concept.events), concept.events
    assert word != "ring" or "ring" not in [o.type for o in concept.objects]


def _reads(words: str, meanings: dict[int, list[Hit]], verbs_at: set[int]) -> list[int]:
    folded = words.split()
    m = [meanings.get(k, []) for k in range(len(folded))]
    v = ["verb" if k in verbs_at else None for k in range(len(folded))]
    return [k for k in range(len(folded)) if v[k] is None and verb_after_plural(k, folded, m, v, set())]


def test_a_noun_stays_a_noun_where_no_verb_slot_is() -> None:
    thing = [Hit("object", "ball", "en")]
    kids = [Hit("character", "child", "en")]
    # "the kids ball rolls": a verb follows, so "ball" is the noun
    assert _reads("the kids ball rolls away", {1: kids, 2: thing}, {3}) == []
    # "two dogs chase the ball": the clause has its verb already
    assert _reads("two dogs chase the ball", {1: kids, 4: thing}, {2}) == []
    # a singular subject takes a verb in -s; its plain form is no verb slot
    assert _reads("the dog ball", {1: kids, 2: thing}, set()) == []
    assert _reads("the lights flicker", {1: [Hit("light", "", "en")]}, set()) == [2]


@pytest.mark.parametrize("idea", ["Die Lichter flackern, während die Katze schläft",
                                  "The candles flicker as the vampire opens his coffin"])
def test_a_things_own_unknown_verb_is_not_read_as_a_persons_near_verb(idea: str) -> None:
    concept = analyze(idea)
    assert not any(w.startswith(("understood 'flackern'", "understood 'flicker'")) for w in concept.warnings)
    assert not any(c.type == "bird" for c in concept.characters)
