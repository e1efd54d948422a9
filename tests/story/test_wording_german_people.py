"""The German words for a character: a woman's role in its feminine form ("eine Astronautin", not "ein
Astronaut") where the cast has no body of its own for her, and an animal is not named after its own kind
("Igel, ein kleiner Igel"). Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.wording import _feminine_of


@pytest.mark.parametrize(("word", "noun", "ok"), [
    ("Astronautin", "Astronaut", True), ("Ärztin", "Arzt", True), ("Köchin", "Koch", True),
    ("Astronautinnen", "Astronaut", True), ("Astronaut", "Astronaut", False), ("Ritterin", "Reiter", False),
])
def test_a_feminine_role_word_is_read_as_such(word: str, noun: str, ok: bool) -> None:
    assert _feminine_of(word, noun) is ok


@pytest.mark.parametrize(("idea", "said", "unsaid"), [
    ("Eine Astronautin repariert ihre Rakete auf dem Mars", "Astronautin", "ein Astronaut"),
    ("Die Astronautin schwebt durch die Raumstation", "Astronautin", "ein Astronaut"),
    ("Ein kleiner Igel sucht im Herbstwald nach Pilzen", "ein kleiner Igel", "Igel, ein"),
    ("Eine alte Gans watschelt über den Hof", "eine alte Gans", "Gans, eine"),
])
def test_the_narrator_names_a_character_in_good_german(idea: str, said: str, unsaid: str) -> None:
    told = " ".join(sh.narration for sh in plan(idea, duration_s=30, seed=0).shots)
    assert said in told and unsaid not in told, told
