"""People named by a role of life rather than a job are cast in the nearest look (a bride in a gown, a groom in
a dark suit, a newborn as a baby, a widow as a woman), never left out or made a man by default. Sentences are
written for this test (no reviewed idea)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze

ROLES = [
    ("The bride waves from the carriage", "bride", "princess"),
    ("A nervous bridegroom practises his speech", "bridegroom", "businessman"),
    ("Der Bräutigam sucht die Ringe in der Kirche", "Bräutigam", "businessman"),
    ("Ein Säugling schläft in der Wiege", "Säugling", "baby"),
    ("Die Witwe gießt die Blumen auf dem Balkon", "Witwe", "woman"),
    ("Der Witwer kocht allein Suppe", "Witwer", "man"),
    ("Der Kollege bringt der Chefin einen Kaffee", "Kollege", "man"),
    ("Ein Jugendlicher skatet durch den Park", "Jugendlicher", "boy"),  # young people, not the student's backpack
    ("My coworker spills coffee on the keyboard", "coworker", "man"),
    ("Ein Schornsteinfeger klettert auf das Dach", "Schornsteinfeger", "builder"),
]


@pytest.mark.parametrize(("idea", "word", "body"), ROLES)
def test_a_role_of_life_is_cast_in_the_nearest_look(idea: str, word: str, body: str) -> None:
    concept = analyze(idea)
    cast = {c.word: c.type for c in concept.characters}
    assert cast.get(word) == body, (cast, concept.unknown_words)


@pytest.mark.parametrize(("idea", "name", "colour"), [
    ("The bride throws her bouquet over the fence", "Bride", "white"),
    ("Der Bräutigam wartet vor der Kirche", "Bräutigam", "black"),
    ("A bridegroom waits at the altar", "Bridegroom", "black"),
])
def test_a_role_wears_its_known_colour(idea: str, name: str, colour: str) -> None:
    from autark.story.casting import cast_of

    colours = {m.name: m.color for m in cast_of(analyze(idea))}
    assert colours.get(name) == colour, colours
