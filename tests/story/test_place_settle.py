"""The set is the place the idea names, peopled as it says: a roof the cast is up on is the rooftop, a fixture the
idea names says its place, a fixture of a journey's later place is not on the way there, a full place has a
crowd (``story.place_settle``, ``story.place_fixtures``, ``story.crowds``)."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.crowds import is_extra, read_crowd
from autark.story.narrative import plan
from autark.story.place_fixtures import foreign_fixtures, home_of
from autark.story.place_settle import settle_place


@pytest.mark.parametrize("idea", [
    "Two brothers stand on the roof of their house and watch the fireworks",
    "Zwei Jungen streiten sich auf dem Dach um einen Ball",
    "An old man feeds pigeons on the roof",
])
def test_a_roof_the_whole_story_is_up_on_is_the_rooftop(idea: str) -> None:
    concept = settle_place(analyze(idea))
    assert concept.settings == ["rooftop"]
    assert not any(o.type == "house" for o in concept.objects)  # the roof is the floor, no house on it


@pytest.mark.parametrize("idea", [
    "A firefighter rescues a cat from the roof",
    "A boy climbs onto the roof",
    "A cat sits on the roof and a dog barks at it",
    "Zwei Katzen streiten sich auf dem Dach um einen Fisch",  # cats are sat up on the house's roof (perches)
])
def test_a_roof_someone_gets_up_or_down_from_stays_a_house(idea: str) -> None:
    concept = settle_place(analyze(idea))
    assert concept.settings != ["rooftop"]
    assert any(o.type == "house" for o in concept.objects)


@pytest.mark.parametrize(("idea", "setting"), [
    ("Eine Lehrerin schreibt eine Aufgabe an die Tafel und die Schüler stöhnen", "classroom"),
    ("A knight sits on a throne and sighs", "throne_room"),
])
def test_a_fixture_the_idea_names_says_its_place(idea: str, setting: str) -> None:
    concept = settle_place(analyze(idea))
    assert concept.settings == [setting]
    assert not foreign_fixtures(concept.settings[0], [o.type for o in concept.objects])


@pytest.mark.parametrize("idea", ["A girl draws on the blackboard at home",
                                  "A nurse pushes a hospital bed down the street"])
def test_a_named_place_keeps_the_fixture_the_idea_brings_to_it(idea: str) -> None:
    before = analyze(idea)
    assert settle_place(before).settings == before.settings
    assert foreign_fixtures(before.settings[0], [o.type for o in before.objects])  # named there on purpose


def test_a_fixture_of_the_journeys_goal_stands_only_there() -> None:
    sp = plan("A boy brings his hamster to class and the whole class laughs", 30.0)
    assert len(sp.scenes) >= 2
    for scene in sp.scenes:
        assert not foreign_fixtures(scene.setting, [o.type for o in scene.objects]), scene.setting
    street = [s for s in sp.scenes if s.setting != "classroom"]
    assert street and not any(is_extra(c) for s in street for c in s.characters)  # the class is in class


@pytest.mark.parametrize("idea", [
    "At a busy train station a girl loses her suitcase",
    "The whole stadium cheers when the goalkeeper catches the penalty",
    "Das ganze Stadion jubelt, als die Stürmerin ein Tor schießt",
    "Auf dem Wochenmarkt streiten sich zwei Händler um eine Melone",
])
def test_a_full_place_has_a_crowd_of_extras(idea: str) -> None:
    assert read_crowd(analyze(idea)) is not None
    sp = plan(idea, 30.0)
    assert sum(is_extra(c) for c in sp.scenes[0].characters) >= 3


def test_the_whole_forest_is_no_crowd_of_people() -> None:
    assert read_crowd(analyze("The whole forest trembles when the giant walks")) is None


def test_a_station_hall_is_the_station() -> None:
    concept = analyze("In der Bahnhofshalle sucht ein Kind seine Mutter")
    assert concept.settings == ["train_station"]
    assert not foreign_fixtures("train_station", [o.type for o in concept.objects])


def test_every_fixture_is_a_kind_of_the_catalog_and_a_set() -> None:
    from autark.assets import library
    from autark.assets.templates import list_settings
    from autark.story.place_fixtures import FIXTURES

    assert set(FIXTURES) <= set(library.all_types())
    assert {s for k in FIXTURES for s in home_of(k)} <= set(list_settings())


@pytest.mark.parametrize(("idea", "setting"), [
    ("Two sisters bake cookies at home while the dog steals one", "kitchen"),
    ("Zuhause backt Oma einen Kuchen", "kitchen"),
    ("A boy reads a comic at home", "living_room"),
    ("In the living room grandpa bakes bread", "living_room"),  # the room the idea names stays
])
def test_at_home_is_the_room_the_activity_needs(idea: str, setting: str) -> None:
    assert settle_place(analyze(idea)).settings == [setting]


@pytest.mark.parametrize("idea", ["In der Pause tauscht ein Junge sein Pausenbrot gegen eine Murmel",
                                  "At recess a boy trades his sandwich for a marble"])
def test_a_school_break_is_the_schoolyard(idea: str) -> None:
    assert analyze(idea).settings == ["playground"]


def test_a_named_group_is_the_crowd_of_a_busy_place_and_acts() -> None:
    crowd = read_crowd(analyze("At a crowded market a juggler drops his balls and everyone laughs"))
    assert crowd is not None and not crowd.bystanders
    sp = plan("At a crowded market a juggler drops his balls and everyone laughs", 30.0)
    extras = {c.name for c in sp.scenes[0].characters if is_extra(c)}
    assert any(a.split(" ", 1)[0] in extras and "laugh" in a for s in sp.scenes for sh in s.shots for a in sh.actions)


@pytest.mark.parametrize("idea", ["A dog runs across the pitch while the fans in the stands laugh",
                                  "Ein Hund rennt über das Spielfeld und die Fans auf der Tribüne lachen"])
def test_the_pitch_and_the_stands_are_one_stadium(idea: str) -> None:
    sp = plan(idea, 30.0)
    assert [s.setting for s in sp.scenes] == ["stadium"]  # no journey from the pitch to its own stands


def test_a_sets_own_name_brings_no_other_places_things() -> None:
    from autark.story.places import props_for

    assert props_for("turnhalle") == ()  # the gym's own name, though it ends in a hall's word
    assert props_for("dorfkino")  # a compound of no set's name is still read by its place head
