"""An adverb that can also turn a story ("finally", "suddenly", "schließlich", "plötzlich") inside a clause another
turn opened is part of that clause: "bis eine Prinzessin ihm schließlich einen Trank gibt" had been cut into
"bis eine Prinzessin ihm." and "Einen Trank gibt.". Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "verb", "doer"), [
    ("Ein Bauer sucht seine Kuh, bis ihm schließlich ein Junge den Weg zeigt", "teach", "Junge"),
    ("Der Koch rührt die Suppe, bis ihm plötzlich eine Katze den Löffel stiehlt", "steal", "Katze"),
    ("Two knights argue about the last apple, until a dragon finally eats it", "eat", "Dragon"),
    ("A girl looks for her kite, until a boy finally finds it in a tree", "find", "Boy"),
])
def test_the_adverb_stays_in_its_clause(idea: str, verb: str, doer: str) -> None:
    concept = analyze(idea)
    ev = next((e for e in concept.events if e.verb == verb), None)
    assert ev is not None and doer in ev.agents, [(e.verb, e.agents) for e in concept.events]
    told = ev.told.rstrip(".")
    assert len(told.split()) >= 4 and not told.endswith(("ihm", "ihr", "him", "her")), ev.told
    assert not any(e.verb == "stand_in" for e in concept.events), [(e.verb, e.agents) for e in concept.events]


@pytest.mark.parametrize(("idea", "doer", "told"), [
    ("Die Hühner picken Körner, aber dann kommt plötzlich ein Fuchs", "Fuchs", "Dann kommt plötzlich ein Fuchs."),
    ("Der Opa liest die Zeitung, dann klingelt plötzlich der Postbote", "Postbote",
     "Dann klingelt plötzlich der Postbote."),
])
def test_an_adverb_after_a_german_verb_keeps_the_subject_after_it(idea: str, doer: str, told: str) -> None:
    concept = analyze(idea, language="de")
    ev = concept.events[-1]
    assert doer in ev.agents and ev.told == told, (ev.agents, ev.told)
