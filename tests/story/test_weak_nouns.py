"""A German weak masculine noun after a determiner of one is one ("einen Meteoriten": der Meteorit), in the
title and in the lines; after "viele" it stays several (story.german_nouns.weak_singular)."""

import pytest

from autark.story.german_nouns import weak_singular
from autark.story.narrative import plan


@pytest.mark.parametrize(("word", "one"), [("Meteoriten", "Meteorit"), ("Planeten", "Planet"),
                                           ("Kometen", "Komet"), ("Bären", "Bär"), ("Soldaten", "Soldat"),
                                           ("Riesenmeteoriten", "Riesenmeteorit")])
def test_a_weak_nouns_other_case_has_its_one(word: str, one: str) -> None:
    assert weak_singular(word) == one


@pytest.mark.parametrize("word", ["Äpfeln", "Tomaten", "Drachen", "Kuchen"])
def test_a_plural_or_a_noun_in_en_is_no_weak_form(word: str) -> None:
    assert weak_singular(word) == ""


@pytest.mark.parametrize(("idea", "one", "several"), [
    ("Ein Junge sieht einen Meteoriten am Himmel", "Meteorit", "Meteoriten"),
    ("Der Astronaut fliegt zu einem Planeten", "Planet", "Planeten"),
])
def test_one_weak_thing_is_said_as_one(idea: str, one: str, several: str) -> None:
    sp = plan(idea, 20.0)
    assert sp.title == f"Der {one}"
    lines = [d.text for scene in sp.scenes for shot in scene.shots for d in shot.dialogue]
    assert not any(f"die {several}" in t.lower() or f"{several}!" in t for t in lines), lines


def test_many_weak_things_stay_many() -> None:
    assert plan("Zwei Kinder sehen viele Meteoriten am Himmel", 20.0).title == "Die Meteoriten"
