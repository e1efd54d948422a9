"""A hyphenated word is read as the compound it writes: German "Geister-Pirat" as "Geisterpirat" (a ghost pirate),
English "space-pirate" by its last part; a robot's part makes a robot ("Roboter-Kellner", as "a robot waiter"
is). Hyphenated words had been unknown, and an idea whose only character was one got a nameless "Person".
Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "body"), [
    ("Ein Geister-Pirat sucht seinen Schatz im Nebel", "ghost"),  # a ghost pirate is the ghost (story.creature_bodies)
    ("Der Roboter-Kellner verschüttet Kaffee über den Bürgermeister", "robot"),
    ("A space-pirate steals a star from the sky", "pirate"),
    ("Ein Roboter-Hund spielt mit einem Ball im Park", "robot"),
])
def test_a_hyphenated_character_is_cast(idea: str, body: str) -> None:
    concept = analyze(idea)
    first = concept.characters[0]
    assert first.type == body and first.word == idea.split()[1], [(c.name, c.type) for c in concept.characters]
    assert not any("does not know" in w for w in concept.warnings), concept.warnings


def test_a_hyphenated_given_name_stays_a_person() -> None:
    concept = analyze("Hans-Peter backt einen Kuchen für seine Oma")
    assert concept.characters[0].name == "Hans-Peter" and concept.characters[0].type in ("man", "boy"), \
        [(c.name, c.type) for c in concept.characters]
