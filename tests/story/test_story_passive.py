"""The passive voice is turned round (autark.story.passive), and German regular participles are read as their
verbs (autark.story.verbs)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.verbs import verb


@pytest.mark.parametrize(("idea", "verb_key", "doer", "done_to"), [
    ("a tired mail carrier is chased by an angry goose across the village square", "chase", "Goose", "Carrier"),
    ("the mouse is caught by the cat in the kitchen", "catch", "Cat", "Mouse"),
    ("the old man is helped by a kind nurse", "help", "Nurse", "Man"),
    ("the little robot was repaired by a girl in the workshop", "repair", "Girl", "Robot"),
    ("the cake is eaten by the dog", "eat", "Dog", "cake"),
    ("Der Postbote wird von einer Gans über den Platz gejagt", "chase", "Gans", "Postbote"),
    ("Die Maus wurde von der Katze gefangen", "catch", "Katze", "Maus"),
    ("Der Kuchen wird vom Hund gefressen", "eat", "Hund", "cake"),
    ("Der Ritter wird von einem Drachen gerettet", "rescue", "Drache", "Ritter"),
])
def test_the_by_person_does_it(idea: str, verb_key: str, doer: str, done_to: str) -> None:
    (ev,) = [e for e in analyze(idea).events if e.verb == verb_key]
    assert ev.agents and ev.agents[0].startswith(doer[:5]), (ev.agents, ev.patient)
    assert ev.patient == done_to, (ev.agents, ev.patient)


@pytest.mark.parametrize(("idea", "doer", "done_to"), [
    ("the dog chases the cat", "Dog", "Cat"),
    ("the cat is sitting by the dog", "Cat", "Dog"),
    ("Der Hund jagt die Katze", "Hund", "Katze"),
])
def test_active_clauses_stay_as_they_are(idea: str, doer: str, done_to: str) -> None:
    ev = analyze(idea).events[0]
    assert ev.agents == [doer] and ev.patient == done_to


@pytest.mark.parametrize(("word", "key"), [("gejagt", "chase"), ("gerettet", "rescue"), ("getanzt", "dance"),
                                           ("gesucht", "search"), ("weggelaufen", "flee"), ("gespielt", "play")])
def test_a_german_participle_is_its_verb(word: str, key: str) -> None:
    found = verb(word, "de")
    assert found is not None and found.key == key


@pytest.mark.parametrize("noun", ["geschenk", "gesang", "geschrei", "gesicht", "gebaeude", "gemuese"])
def test_nouns_with_ge_are_no_participles(noun: str) -> None:
    assert verb(noun, "de") is None
