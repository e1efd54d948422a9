"""Relations and ages are cast by meaning: siblings and grandchildren are children of both sexes (never two grown
men), twins two of one kind, teenagers young people (a child's body grown to a teenager's height, never the
student's backpack), and a driver or a postman a plain person with the job's vehicle or bag, never a pilot."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.roles import TEEN_SCALE


@pytest.mark.parametrize("idea", [
    "The siblings build a snowman in the garden",
    "Siblings fight over the last cookie",
    "My siblings argue about a book in the living room",
    "Die Geschwister bauen einen Schneemann im Garten",
    "Geschwister teilen sich ein Eis am Strand",
    "The grandchildren visit their grandfather at the farm",
    "Die Enkelkinder backen mit der Oma Kekse",
    "Grandkids feed the ducks at the lake",
])
def test_siblings_and_grandchildren_are_a_boy_and_a_girl(idea: str) -> None:
    concept = analyze(idea)
    kinds = sorted(c.type for c in concept.characters if c.group == "child")
    assert kinds == ["boy", "girl"], concept.characters
    assert not any(c.type in ("man", "woman") for c in concept.characters), concept.characters


@pytest.mark.parametrize("idea", [
    "Twins race each other to the old oak tree",
    "The twins paint a fence in the garden",
    "Die Zwillinge streiten sich um einen Ball",
    "Zwillinge spielen Verstecken im Wald",
])
def test_twins_are_two_of_one_kind(idea: str) -> None:
    concept = analyze(idea)
    kids = [c for c in concept.characters if c.group == "child"]
    assert len(kids) == 2 and kids[0].type == kids[1].type, concept.characters
    assert "Twins" not in [c.name for c in concept.characters]


@pytest.mark.parametrize("idea", [
    "A teenager eats a burger in the kitchen",
    "Two teenagers skateboard in the park after school",
    "The teenagers dance at the party",
    "Eine Jugendliche fährt mit dem Fahrrad zur Schule",
    "Die Jugendlichen spielen Fußball auf dem Platz",
    "An adolescent reads a comic on the bus",
])
def test_teenagers_are_young_people_at_a_teenagers_height(idea: str) -> None:
    concept = analyze(idea)
    young = [c for c in concept.characters if c.type in ("boy", "girl")]
    assert young and not any(c.type == "student" for c in concept.characters), concept.characters
    assert all(concept.sizes.get(c.name) == TEEN_SCALE for c in young), concept.sizes


@pytest.mark.parametrize("idea", [
    "A bus driver sings while the passengers sleep",
    "The taxi driver honks in the traffic jam",
    "A truck driver eats a sandwich at the gas station",
    "A postman brings a letter to the old lady",
    "Der Busfahrer wartet an der Haltestelle im Regen",
    "Die Busfahrerin trinkt Kaffee im Bus",
    "Der Taxifahrer hupt vor dem Hotel",
    "Der Briefträger bringt ein Paket",
])
def test_drivers_and_postmen_are_no_pilots(idea: str) -> None:
    concept = analyze(idea)
    assert concept.characters and not any("pilot" in c.type for c in concept.characters), concept.characters


@pytest.mark.parametrize(("idea", "word", "kind"), [
    ("A stepmother locks the princess in the tower", "Stepmother", "woman"),
    ("The stepfather cooks soup for the twins", "Stepfather", "man"),
    ("Die Stiefmutter versteckt den Apfel", "Stiefmutter", "woman"),
    ("Der Stiefvater repariert das Fahrrad", "Stiefvater", "man"),
])
def test_a_step_relation_keeps_its_sex(idea: str, word: str, kind: str) -> None:
    cast = {c.name: c.type for c in analyze(idea).characters}
    assert cast.get(word) == kind, cast


@pytest.mark.parametrize(("idea", "kind"), [("Eine Jugendliche fährt mit dem Fahrrad zur Schule", "girl"),
                                            ("Ein Jugendlicher skatet durch den Park", "boy")])
def test_a_german_adjective_noun_takes_its_sex_from_the_article(idea: str, kind: str) -> None:
    assert [c.type for c in analyze(idea).characters][:1] == [kind]
