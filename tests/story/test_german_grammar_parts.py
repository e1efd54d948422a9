"""The German grammar readers one by one: a separable verb with its particle (story.separable_verbs), an
adjective as a person (story.adjective_people), a compound's first part (story.compound_parts), a time phrase
(story.time_phrases). Words written for this test."""

from __future__ import annotations

import pytest

from autark.assets.templates import fold
from autark.story.adjective_people import adjective_person_at, person_key
from autark.story.compound_parts import brought_by_compounds
from autark.story.lexicon import lexicon
from autark.story.separable_verbs import present_stems
from autark.story.time_phrases import time_not_place
from autark.story.verbs import verb


@pytest.mark.parametrize(("word", "key"), [
    ("einreisst", "break"), ("niedertrampelt", "break"), ("zertrampelt", "break"), ("umwirft", "break"),
    ("ausblaest", "extinguish"), ("auffaengt", "catch"), ("zerhackt", "break"), ("reisst", "take"),
])
def test_a_german_verb_is_read_with_its_particle(word: str, key: str) -> None:
    found = verb(word, "de")
    assert found is not None and found.key == key, (word, found)


def test_a_strong_verbs_changed_vowel_is_put_back_but_no_diphthong() -> None:
    assert present_stems("wirf")[-1] == "werf" and present_stems("faeng")[-1] == "fang"
    assert present_stems("sein") == ["sein"] and present_stems("reiss") == ["reiss"]


@pytest.mark.parametrize(("text", "k", "key"), [
    ("Zwei Verliebte tanzen", 1, "person"), ("Der Verletzte liegt", 1, "man"), ("Die Verlorene irrt", 1, "woman"),
    ("Ein Alter füttert", 1, "man"), ("Eine Fremde kommt", 1, "woman"), ("Der alte Kranke schläft", 2, "man"),
])
def test_an_adjective_written_as_a_noun_is_a_person(text: str, k: int, key: str) -> None:
    tokens = text.split()
    folded = [fold(t) for t in tokens]
    assert adjective_person_at(tokens, folded, k)
    assert person_key(folded, k) == key


@pytest.mark.parametrize("text", ["Die Kinder sammeln die Blätter", "Das Gute siegt", "die alte Mauer",
                                  "Die Katze schläft"])
def test_a_noun_or_a_neuter_idea_is_no_adjective_person(text: str) -> None:
    tokens = text.split()
    folded = [fold(t) for t in tokens]
    assert not any(adjective_person_at(tokens, folded, k) for k in range(len(tokens)))


def test_a_compound_brings_what_its_first_part_names() -> None:
    lookup = lexicon().lookup
    assert brought_by_compounds(["Leuchtturmwärter"], [], lookup)[0] == ["lighthouse"]
    assert brought_by_compounds([], ["Kirchenglocke"], lookup)[1] == ["church"]
    assert brought_by_compounds(["Feuerwehrmann", "Hausmeister"], [], lookup) == ([], [])


def test_nach_der_party_is_a_time() -> None:
    assert time_not_place(["raeumen", "nach", "der", "party"], 3)
    assert not time_not_place(["nach", "der", "party", "das", "klassenzimmer"], 4)
    assert not time_not_place(["vor", "dem", "haus"], 2)


def test_a_genitive_is_whose_the_thing_is_not_who_does_it() -> None:
    from autark.story import analyze
    from autark.story.german_nouns import genitive_at

    nouns = {1, 3}
    assert genitive_at(["die", "krone", "des", "koenigs", "faellt"], 3, nouns.__contains__)
    assert genitive_at(["die", "puppe", "der", "kleinen", "schwester"], 4, {1, 4}.__contains__)
    assert not genitive_at(["der", "koenig", "ruft"], 1, {1}.__contains__)
    falls = next(e for e in analyze("Die Krone des Königs fällt in den Brunnen.").events if e.verb == "fall")
    assert "König" not in falls.agents


@pytest.mark.parametrize(("idea", "acts"), [
    ("Die Katze schleicht sich an die Maus heran und springt.", ["hide", "jump"]),
    ("Die Seiltänzerin hält sich am Seil fest.", ["hold"]),
    ("Der Prinz küsst die Prinzessin wach.", ["kiss"]),
])
def test_a_particle_that_closes_its_verbs_clause_is_no_act_of_its_own(idea: str, acts: list[str]) -> None:
    from autark.story import analyze

    assert [e.verb for e in analyze(idea).events] == acts


def test_a_german_conjunction_that_opens_the_idea_is_known() -> None:
    from autark.story import analyze

    assert not analyze("Bevor die Gäste kommen, deckt der Vater den Tisch.").unknown_words


def test_an_adjective_person_is_declined_as_an_adjective() -> None:
    from autark.story.wording import noun_phrase

    assert noun_phrase("Verletzte", "de", "m", definite=False) == "ein Verletzter"
    assert noun_phrase("Verletzte", "de", "m", case="acc") == "den Verletzten"
    assert noun_phrase("Junge", "de", "m", definite=False) == "ein Junge"  # a noun of its own, no adjective
