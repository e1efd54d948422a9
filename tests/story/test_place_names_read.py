"""A place's proper name (a city, a country, a region, a landmark; English or German) chooses the set of the
class of place it is, says so in a note, and is never cast as a person, unless it is someone who acts."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.place_names import PLACE_NAME_REASONS, PLACE_NAMES


@pytest.mark.parametrize(("idea", "setting", "name"), [
    ("A street musician plays the violin in Vienna", "city_street", "Vienna"),
    ("Two cats chase each other through the streets of London", "city_street", "London"),
    ("An old senator gives a speech in Athens", "town_square", "Athens"),
    ("A caravan of camels crosses the Sahara", "desert", "Sahara"),
    ("Three penguins slide across the ice at the South Pole", "snow_field", "South Pole"),
    ("A parrot talks to a sailor in Jamaica", "island", "Jamaica"),
    ("A jaguar hunts in the Amazon at night", "jungle", "Amazon"),
    ("A lion sleeps in the Serengeti", "meadow", "Serengeti"),
    ("Ein Bäcker verkauft Brezeln in München", "city_street", "München"),
    ("Zwei Mönche wandern durch Tibet", "mountain_top", "Tibet"),
    ("Ein Hund sucht seinen Knochen in Sibirien", "snow_field", "Sibirien"),
    ("Die Prinzessin reist nach Ägypten", "desert", "Ägypten"),
    ("Ein Pirat vergräbt einen Schatz in der Karibik", "island", "Karibik"),
    ("Eine Katze schläft auf einer Gondel in Venedig", "harbour", "Venedig"),
    ("Zwei Löwen warten im Kolosseum", "castle_courtyard", "Kolosseum"),
])
def test_a_named_place_plays_the_set_of_its_class(idea: str, setting: str, name: str) -> None:
    concept = analyze(idea)
    assert setting in concept.settings, (concept.settings, concept.warnings)
    assert name not in [c.name for c in concept.characters]
    assert any(w.startswith(f"'{name}' is played by the set") for w in concept.warnings), concept.warnings


@pytest.mark.parametrize(("idea", "name"), [
    ("Paris walks her dog along the river", "Paris"),
    ("Jamaica sings a song on the stage", "Jamaica"),
])
def test_a_place_name_that_acts_is_a_person(idea: str, name: str) -> None:
    concept = analyze(idea)
    assert name in [c.name for c in concept.characters], concept.characters


def test_every_place_name_has_a_set_and_a_reason() -> None:
    from autark.assets.templates import TEMPLATES

    sets = {t.name for t in TEMPLATES.values()}
    assert len(PLACE_NAMES) > 150
    for name, setting in PLACE_NAMES.items():
        assert setting in sets, (name, setting)
        assert PLACE_NAME_REASONS[name], name


@pytest.mark.parametrize("idea", ["The grandchildren visit their grandmother on Sunday",
                                  "On a cold Monday in January a bear wakes up",
                                  "Am Sonntag backt die Oma einen Kuchen",
                                  "Im Dezember fällt Schnee auf das Dorf"])
def test_a_day_or_a_month_is_nobody(idea: str) -> None:
    names = {c.name for c in analyze(idea).characters}
    assert not names & {"Sunday", "Monday", "January", "Sonntag", "Dezember"}, names
