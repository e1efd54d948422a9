"""Dishes stand on a table, not on the floor (story.laid_tables), and the set, its dressing and its vehicles fit
what the idea says (story.implied, story.place_words, the snow field's layout)."""

import pytest

from autark.assets.templates import load_setting
from autark.story import analyze, plan
from autark.story.laid_tables import on_tables, table_spot
from autark.story.screenplay import CastMember, Prop


def _cast() -> list[CastMember]:
    return [CastMember(name="Waiter", type="waiter", voice="man", position=(-1.5, 0.0, 0.5)),
            CastMember(name="Customer", type="man", voice="man", position=(1.5, 0.0, 0.5))]


def test_soup_on_the_floor_of_a_room_goes_on_a_table_set_behind_the_cast() -> None:
    out = on_tables([Prop(type="soup", position=(0.0, 0.0, 0.9)), Prop(type="ball", position=(2.2, 0.0, -1.8))],
                    _cast(), "restaurant")
    table = out[0]
    assert table.type == "table" and table.position[2] < 0.5 - 0.45  # behind the cast, clear of them
    soup = next(p for p in out if p.type == "soup")
    assert soup.position is None and soup.placement == "on the table"
    assert next(p for p in out if p.type == "ball").position == (2.2, 0.0, -1.8)  # a ball stays on the floor


def test_the_ideas_own_desk_holds_the_dishes_and_no_table_is_added() -> None:
    out = on_tables([Prop(type="desk", position=(0.0, 0.0, -1.0)), Prop(type="cup", position=(2.2, 0.0, -1.8))],
                    _cast(), "office")
    assert [p.type for p in out] == ["desk", "cup"] and out[1].placement == "on the desk"


@pytest.mark.parametrize("setting, props, moved", [
    ("meadow", [Prop(type="apple", position=(2.2, 0.0, -1.8))], False),  # an apple may lie in the grass
    ("meadow", [Prop(type="cake", position=(2.2, 0.0, -1.8))], True),  # a cake is served
    ("underwater", [Prop(type="cake", position=(2.2, 0.0, -1.8))], False),  # no table stands there
    ("meadow", [Prop(type="beach_towel", position=(0.0, 0.0, 0.9)), Prop(type="cake", position=(2.2, 0.0, -1.8))],
     False),  # a picnic spreads its food on the towel
])
def test_out_of_doors_only_what_is_served_goes_on_a_table(setting: str, props: list[Prop], moved: bool) -> None:
    out = on_tables(props, _cast(), setting)
    assert any(p.type == "table" for p in out) is moved


def test_a_table_stands_clear_of_a_large_body() -> None:
    x, _y, z = table_spot([(-1.5, 0.0, 0.5), (5.7, 0.0, 0.5)], (1.6, 0.75, 0.9), [0.0, 3.0])
    assert abs(x - 5.7) - 0.8 >= 3.0 + 0.35 or abs(z - 0.5) - 0.45 >= 3.0 + 0.35


def test_the_soup_a_waiter_spills_stands_on_a_table_in_the_plan() -> None:
    scene = plan("A robot waiter spills soup on a grumpy customer", duration_s=20, seed=0).scenes[0]
    assert scene.setting == "restaurant"
    assert next(p for p in scene.objects if p.type == "soup").placement == "on the table"
    assert any(p.type == "table" for p in scene.objects)


@pytest.mark.parametrize("idea, setting", [
    ("A clumsy wizard turns his cat into a teapot before the queen arrives for tea", "throne_room"),
    ("Ein Zauberer verwandelt seine Katze in eine Teekanne und die Königin kommt zum Tee", "throne_room"),
    ("Ein Schüler schläft im Unterricht ein", "classroom"),
    ("Eine Familie feiert Weihnachten und der Hund frisst die Plätzchen", "living_room"),
    ("Ein Ritter kämpft gegen einen Drachen vor der Burg", "castle_courtyard"),
    ("A princess waits in front of the castle for her prince", "castle_courtyard"),
])
def test_the_set_fits_what_the_idea_does_and_who_is_there(idea: str, setting: str) -> None:
    assert analyze(idea).settings[0] == setting


@pytest.mark.parametrize("idea, vehicle", [
    ("A penguin wants to fly and jumps off an iceberg", None),  # a wish to fly brings no plane
    ("Ein Pinguin will fliegen und springt von einem Eisberg", None),
    ("A pilot flies to the island", "airplane"),
    ("A boy dreams of flying to the moon", "rocket"),  # a wished journey that goes somewhere still travels
])
def test_a_wish_to_fly_brings_no_plane(idea: str, vehicle: str | None) -> None:
    kinds = {o.type for o in analyze(idea).objects}
    found = kinds & {"airplane", "rocket", "hot_air_balloon"}
    assert found == ({vehicle} if vehicle else set())


def test_the_snow_field_has_no_holiday_dressing_of_its_own() -> None:
    kinds = {item.type for item in load_setting("snow_field").layout}
    assert not kinds & {"christmas_tree", "snowman"}
    assert "christmas_tree" in {o.type for o in analyze("Two children decorate a Christmas tree in the snow").objects}
