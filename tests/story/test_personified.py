"""A season is the film's time unless the idea makes it someone; then a figure in its colour plays it
(story.personified)."""

import pytest

from autark.assets.templates import fold
from autark.story import analyze

CAST = [
    ("Spring and Autumn argue about whose colours are prettier", {"spring": "green", "autumn": "orange"}),
    ("Winter tells Summer to leave the mountain", {"winter": "white", "summer": "yellow"}),
    ("Frühling und Herbst streiten, wessen Farben schöner sind", {"fruehling": "green", "herbst": "orange"}),
    ("Der Winter klopft an die Tür und bittet um Einlass", {"winter": "white"}),
]


@pytest.mark.parametrize(("idea", "seasons"), CAST)
def test_a_season_that_acts_is_a_figure_in_its_colour(idea: str, seasons: dict[str, str]) -> None:
    c = analyze(idea)
    played = {fold(x.word): x for x in c.characters}
    for season, colour in seasons.items():
        assert played[season].type in ("fairy", "wizard")  # never a plain man or woman by its name
        assert played[season].color == colour
    assert any(set(e.agents) & {x.name for x in c.characters if fold(x.word) in seasons} for e in c.events)


@pytest.mark.parametrize("idea", [
    "In autumn a boy rakes leaves in the garden",
    "A girl waits all spring for her letter",
    "Im Herbst sammelt ein Junge Kastanien im Park",
    "Vorsicht, Herbst, sagt der Igel und versteckt sich im Laub",
    "Jeden Winter baut ein Mädchen einen Schneemann",
])
def test_a_season_as_a_time_is_no_one(idea: str) -> None:
    c = analyze(idea)
    words = {"autumn", "spring", "herbst", "winter"}
    assert not [x for x in c.characters if fold(x.word) in words]
    assert not [e for e in c.events if fold(e.word) in words]  # "all spring" is no jump
