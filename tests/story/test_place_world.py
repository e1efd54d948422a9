"""A place no table names is played by the nearest set by its meaning (a German word through its English words,
an English one through its WordNet class, two English words as one place), dressed with its class's fixtures;
a stadium's extras stand at its stands, never on the pitch; the lobby set reads as a lobby."""

from __future__ import annotations

import math

import pytest

from autark.assets.templates import load_setting
from autark.language import wordnet
from autark.story import translations
from autark.story.crowds import crowd_fixture_spots, is_extra
from autark.story.footprints import footprint
from autark.story.narrative import plan
from autark.story.places import place_by_meaning, props_for

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet is not installed")
needs_dictionary = pytest.mark.skipif(not translations.available(), reason="trans-de-en is not installed")


@needs_wordnet
@needs_dictionary
@pytest.mark.parametrize(("word", "setting"), [
    ("kloster", "church"), ("umkleide", "gym"), ("klinik", "hospital"), ("konzertsaal", "concert_hall"),
    ("gaststaette", "restaurant"), ("schwimmhalle", "swimming_pool"),
])
def test_a_german_place_word_no_table_has_is_read_through_its_english_words(word: str, setting: str) -> None:
    found = place_by_meaning(word)
    assert found is not None and found[0] == setting, found


@needs_wordnet
@pytest.mark.parametrize(("word", "setting"), [("motel", "lobby"), ("monastery", "church"), ("velodrome", "stadium"),
                                               ("barbershop", "shop"), ("infirmary", "hospital")])
def test_an_english_building_or_room_reaches_its_class(word: str, setting: str) -> None:
    found = place_by_meaning(word)
    assert found is not None and found[0] == setting, found


@needs_wordnet
def test_a_place_read_by_meaning_brings_its_class_fixtures_and_no_head_of_another_place() -> None:
    assert "bench" in props_for("umkleide")  # a locker room's bench
    assert "long_table" not in props_for("wartesaal")  # a waiting room, no banquet hall by its head "Saal"


@needs_wordnet
@pytest.mark.parametrize(("idea", "setting"), [
    ("A boy loses his sock in the locker room", "gym"),
    ("Two friends share a cake in the coffee shop", "restaurant"),
])
def test_two_english_words_that_name_one_place_are_that_place(idea: str, setting: str) -> None:
    assert [s.setting for s in plan(idea, 20.0).scenes] == [setting]


def _at_a_stand(setting: str, x: float, z: float) -> bool:
    w, _h, d = footprint("grandstand") or (0.0, 0.0, 0.0)
    for item in load_setting(setting).layout:
        if item.type != "grandstand":
            continue
        turn = math.radians(item.rotation[1])
        dx, dz = x - item.position[0], z - item.position[2]
        lx, lz = dx * math.cos(turn) - dz * math.sin(turn), dx * math.sin(turn) + dz * math.cos(turn)
        if abs(lx) <= w / 2 and -d <= lz <= 1.0:
            return True
    return False


def test_a_stadiums_crowd_stands_at_its_stands_not_on_the_pitch() -> None:
    assert crowd_fixture_spots("stadium") and not crowd_fixture_spots("meadow")
    sp = plan("The whole stadium cheers when the goalkeeper catches the ball", 20.0)
    extras = [(s.setting, c) for s in sp.scenes for c in s.characters if is_extra(c)]
    assert extras
    for setting, c in extras:
        assert _at_a_stand(setting, c.position[0], c.position[2]), (c.name, c.position)


def test_the_lobby_reads_as_a_lobby() -> None:
    tpl = load_setting("lobby")
    kinds = [i.type for i in tpl.layout]
    assert tpl.indoor
    assert "counter" in kinds and kinds.count("sofa") >= 2 and "elevator" in kinds
    assert load_setting("Foyer").name == "lobby"


@needs_wordnet
@pytest.mark.parametrize(("idea", "setting"), [
    ("A girl reads in the waiting room of the airport", "airport"),  # the airport's own waiting hall
    ("Two backpackers count their coins at the desk of a motel", "lobby"),  # a lodging after "of": its class
    ("A boy hides from his sister in the broom closet", "cellar"),  # a closet is a room: indoors, no meadow
])
def test_a_room_of_a_named_place_and_an_indoor_room_stay_where_they_are(idea: str, setting: str) -> None:
    sp = plan(idea, 20.0)
    assert [s.setting for s in sp.scenes] == [setting]
    assert load_setting(setting).indoor or setting == "airport"


@pytest.mark.parametrize(("idea", "setting"), [
    ("A nurse runs down the hospital corridor", "hospital"),  # a corridor of a place is in it
    ("A boy waits in the station hall", "train_station"),  # ... and so is its hall (no banquet's throne room)
    ("The king feasts in the castle hall", "throne_room"),  # a hall of no other set's place stays the hall
])
def test_a_hall_or_corridor_of_a_place_is_in_that_place(idea: str, setting: str) -> None:
    assert [s.setting for s in plan(idea, 20.0).scenes] == [setting]


@needs_wordnet
def test_a_place_word_after_describing_words_is_still_read_as_a_place() -> None:
    # "in the abandoned sacristy": the describing word between the article and the place hid its preposition
    assert [s.setting for s in plan("In the abandoned sacristy a thief hides", 20.0).scenes] == ["church"]
