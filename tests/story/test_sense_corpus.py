"""The key words of ideas rich in words of several senses (tests/story/sense_corpus.py) are read in the sense
their context chooses: the counts may only get better. Measured without the semantic extra (the default install)."""

from __future__ import annotations

import pytest
from tests.story.sense_corpus import CORPUS, HELD_OUT, MORE, check, tally

from autark.language import wordnet
from autark.story import analyze, semantic

pytestmark = pytest.mark.skipif(not wordnet.available(), reason="wordnet-base is not installed")


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def test_the_sense_corpus_reads_its_key_words() -> None:
    t = tally(CORPUS)
    assert len(CORPUS) >= 60 and t.checks >= 130
    assert t.right >= 135, "\n".join(t.misses)  # 104 of 138 before story.word_senses (137 after)


def test_the_ideas_written_during_the_work_read_their_key_words() -> None:
    t = tally(MORE)
    assert t.right >= 38, "\n".join(t.misses)  # 16 of 40 before story.verb_senses and clause_things (40 after)


def test_the_held_out_ideas_read_their_key_words() -> None:
    t = tally(HELD_OUT)
    assert t.right >= 14, "\n".join(t.misses)  # 14 of 24 before


@pytest.mark.parametrize(("idea", "right", "wrong"), [
    ("Die Großmutter sitzt unter einer alten Kiefer", "Kiefer=pine_tree|tree", "Kiefer=<none>"),
    ("Der Zahnarzt untersucht den Kiefer des Jungen", "Kiefer!=pine_tree|tree", "Kiefer=pine_tree"),
    ("Die Köchin schneidet eine Birne in Stücke", "Birne=pear", "Birne=light_bulb"),
    ("Im dunklen Keller schraubt Opa eine Birne in die Fassung", "Birne=light_bulb", "Birne=pear"),
    ("The boy runs into the old barn", "runs!=find|meet", "runs=find"),
    ("The boy runs into his teacher at the station", "runs=meet", "runs=run"),
    ("The radio crackles and the old dog barks", "barks>dog", "barks/radio"),
    ("Der Schmied legt das Eisen ins Feuer", "-ice_cream", "+ice_cream"),
    ("A dragon sleeps on a pile of gold", "gold=gold_bars|coins|treasure_chest", "gold=<none>"),
])
def test_a_word_takes_the_sense_its_idea_chooses(idea: str, right: str, wrong: str) -> None:
    concept = analyze(idea)
    assert check(concept, right) is None
    assert check(concept, wrong) is not None
