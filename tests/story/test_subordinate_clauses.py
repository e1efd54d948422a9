"""story.subordinate_clauses and story.subordinate_told: events in the order they happen, a relative clause's
noun its subject, a told line of its own for each clause, a wish no act (story.catenatives)."""

from __future__ import annotations

import pytest

from autark.story import analyze


def _events(idea: str) -> list[tuple[str, list[str], str]]:
    return [(e.verb, e.agents, e.patient) for e in analyze(idea).events]


def _said(idea: str) -> list[str]:
    return [e.told for e in analyze(idea).events]


@pytest.mark.parametrize(("idea", "first", "then"), [
    ("The queen punishes the cook because he stole the cake", "steal", "stand_in"),  # a reason first
    ("The firefighter climbs the tree after the cat jumps onto the roof", "jump", "climb"),  # "after Y": Y first
    ("Before the guests arrive, the chef bakes a huge cake", "cook", "arrive"),  # "before Y": Y after
    ("The farmer laughs when the pig falls into the mud", "fall", "laugh"),  # the trigger first
    ("A detective finds the thief who stole the diamond", "steal", "find"),  # a relative clause in the past
    ("Der Junge weint, weil sein Ballon davonfliegt", "fly", "cry"),
    ("Die Soldaten feiern, nachdem sie die Brücke repariert haben", "repair", "celebrate"),
    ("Bevor die Gäste kommen, backt der Koch einen riesigen Kuchen", "cook", "walk"),
])
def test_events_come_in_the_order_they_happen(idea: str, first: str, then: str) -> None:
    verbs = [v for v, _a, _p in _events(idea)]
    assert first in verbs and then in verbs and verbs.index(first) < verbs.index(then), verbs


def test_a_told_order_stays_where_no_clause_word_moves_it() -> None:
    events = _events("Two sisters build a sandcastle until a big wave washes it away")
    assert events[0][1] == ["Anna", "Mia"] and events[-1][1] == []  # "until": the wave after the building


def test_a_german_relative_clause_keeps_its_noun_as_the_subject() -> None:
    concept = analyze("Ein alter Fischer fängt einen goldenen Fisch, der ihm drei Wünsche erfüllt")
    assert {c.type for c in concept.characters} >= {"sailor", "fish"}  # "Fisch" is no second "Fischer"
    catch, grant = concept.events
    assert catch.agents == ["Fischer"] and catch.patient == "Fisch"
    assert grant.agents == ["Fisch"] and grant.recipient == "Fischer"
    assert grant.told == "Der Fisch erfüllt ihm drei Wünsche."


def test_the_main_clause_goes_on_after_a_relative_clause() -> None:
    events = _events("Der Ritter, der sein Schwert verloren hat, kämpft mit einem Besen gegen den Drachen")
    assert events[-1][1] == ["Ritter"] and events[-1][2] == "Drache"
    events = _events("Ein schüchterner Junge schenkt dem Mädchen, das neben ihm sitzt, eine Blume")
    assert any(p == "flower" for _v, _a, p in events), events


def test_a_pronoun_after_an_answering_verb_is_its_object() -> None:
    assert _events("Der Prinz bestraft den Koch, weil er den Kuchen gestohlen hat")[0][1] == ["Koch"]
    assert _events("The boy visits his grandmother because he misses her")[0][1] == ["Boy"]


@pytest.mark.parametrize(("idea", "said"), [
    ("Der Prinz bestraft den Koch, weil er den Kuchen gestohlen hat",
     ["Der Koch hat den Kuchen gestohlen.", "Der Prinz bestraft den Koch."]),
    ("A clumsy wizard cleans the castle before the queen arrives",
     ["A clumsy wizard cleans the castle.", "The queen arrives."]),
    ("The old knight who lost his sword fights the dragon",
     ["The old knight lost his sword.", "The old knight fights the dragon."]),
    ("Der Hund bellt, bis der Briefträger wegrennt", ["Der Hund bellt.", "Der Briefträger rennt weg."]),
])
def test_each_clause_is_told_as_a_sentence_of_its_own(idea: str, said: list[str]) -> None:
    assert _said(idea) == said


@pytest.mark.parametrize(("idea", "wished"), [
    ("A penguin wants to fly, so he builds wings from old umbrellas", "fly"),
    ("Der König möchte die Prinzessin heiraten, aber sie läuft davon", "heiraten"),
    ("A young witch hopes to win the broom race", "win"),
])
def test_a_wish_is_no_act(idea: str, wished: str) -> None:
    events = analyze(idea).events
    assert events[0].verb == "wish"
    assert not any(e.word == wished for e in events)


def test_a_place_that_does_a_clause_s_verb_is_nobody_of_the_cast() -> None:
    opens = analyze("The farmer laughs because his pig falls into the mud before the market opens").events[-1]
    assert opens.agents == [] and opens.subject == "market"
