"""A German compound of a place and a part of it is that place with the part to be seen
(``autark.story.places.compound_place``): a castle's gate is the courtyard with its wall, a school's yard the
playground, a forest's path the forest with a path; never a lone door or window frame on open ground."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze
from autark.story.places import compound_place


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "setting", "part"), [
    ("Der Prinz wartet am Schlosstor", "castle_courtyard", "castle_wall"),
    ("Ein Hase hüpft über den Gartenzaun", "garden", "fence"),
    ("Zwei Jungen streiten auf dem Schulhof", "playground", None),
    ("Die Oma füttert Enten am Dorfbrunnen", "village", "well"),
    ("Ein Pferd steht an der Stalltür", "farm", "barn"),
    ("Ein Fuchs schleicht durch das Scheunentor", "farm", "barn"),
    ("Ein Wanderer verirrt sich auf dem Waldweg", "forest", "footpath"),
    ("Ein Vogel landet auf dem Kirchturm", "city_street", "castle_tower"),
    ("Der Dieb versteckt sich im Hauseingang", "city_street", "door"),
    ("Die Kinder tanzen auf dem Marktplatz", "town_square", None),
    ("Eine Katze döst auf dem Fensterbrett", "living_room", "window"),
    ("Zwei Kinder rennen durch das Treppenhaus", "living_room", "stairs"),
])
def test_a_compound_place_is_its_set_with_its_part(idea: str, setting: str, part: str | None) -> None:
    concept = analyze(idea)
    assert concept.setting == setting, (idea, concept.settings)
    things = [o.type for o in concept.objects]
    if part is not None:
        assert part in things, things
    if setting != "living_room":  # outdoors never a lone door or window frame
        assert not (things and set(things) <= {"door", "window"}), things


@pytest.mark.parametrize("word", ["katzenfutter", "spielzeug", "torwart", "hausaufgaben", "schultasche",
                                  "wasserflasche", "regenschirm"])
def test_words_that_are_no_place_and_part_are_left_alone(word: str) -> None:
    assert compound_place(word) is None
