"""An idea's words are read in the idea's language: a word another language spells alike as a noun is that
language's thing only there ("wand" is a magic wand in English, "Wand" a wall in German; "Gift" is poison in
German, a present in English; "der Rat" is a council, no rat)."""

from __future__ import annotations

import pytest

from autark.story import analyze


def _things(idea: str) -> tuple[list[str], list[str]]:
    concept = analyze(idea)
    return [o.type for o in concept.objects], [c.type for c in concept.characters]


@pytest.mark.parametrize(("idea", "wanted", "unwanted"), [
    ("A fairy points her wand at a pumpkin in the garden", "wand", "wall"),
    ("The knight raises his wand and the dragon flees", "wand", "wall"),
    ("A tired cowboy pulls off his boot by the campfire", "boot", "boat"),
    ("A kind witch gives a gift to a lonely troll", "gift", "bottle"),
    ("Two climbers sit on a rock above the valley", "rock", ""),
    ("The farmer sees a hut at the edge of the forest", "house", "hat"),
    ("A girl paints art on a wall in the city", "painting", ""),
    ("A rat runs across the bank of the river at dawn", "", "bench"),
])
def test_english_words_are_read_in_english(idea: str, wanted: str, unwanted: str) -> None:
    things, cast = _things(idea)
    assert not wanted or wanted in things, things
    assert not unwanted or unwanted not in things, things
    assert "child" not in cast  # "kind" is no German Kind


@pytest.mark.parametrize(("idea", "wanted", "unwanted"), [
    ("Am nächsten Tag hängt die Oma ein Bild an die Wand", "wall", "wand"),
    ("Das Kind findet ein Boot am See", "boat", "boot"),
    ("Im Nebel rudert ein Fischer sein Boot über den See", "boat", "boot"),
    ("Der Zauberer trinkt das Gift und fällt um", "bottle", "gift"),
    ("Die Hexe mischt ein Gift im Kessel", "bottle", "gift"),
    ("Ein Mann mit Hut steht vor dem Spiegel", "hat", "house"),
    ("Eine Frau im roten Rock tanzt auf der Bank im Park", "bench", "rock"),
    ("Die Kinder setzen sich auf eine Bank am Fluss", "bench", ""),
])
def test_german_words_are_read_in_german(idea: str, wanted: str, unwanted: str) -> None:
    things, _cast = _things(idea)
    assert wanted in things, things
    assert not unwanted or unwanted not in things, things


def test_a_german_council_is_no_rat() -> None:
    _things_, cast = _things("Der Rat der Stadt trifft sich im Rathaus")
    assert "mouse" not in cast
