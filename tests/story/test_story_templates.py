"""Setting templates: every one loads, names its place in two languages, keeps the acting area clear."""

from __future__ import annotations

import itertools

import pytest

from autark.assets import library
from autark.assets.templates import (
    ACTING_AREA_HALF_M,
    LayoutItem,
    SettingTemplate,
    layout_objects,
    list_settings,
    load_setting,
)
from autark.errors import NotUnderstood
from autark.ops import apply_ops
from autark.ops.templates import setting_ops
from autark.scene.geometry import AABB, world_bbox
from autark.scene.model import Scene

REQUIRED = ["desert", "forest", "beach", "city_street", "living_room", "office", "kitchen", "space_station",
            "mountain_lake", "stage"]
# the acting area as a box: flat floors below 5 cm may lie under it, nothing may stand in it
ACTING = AABB((-ACTING_AREA_HALF_M, 0.05, -ACTING_AREA_HALF_M), (ACTING_AREA_HALF_M, 3.0, ACTING_AREA_HALF_M))


def _registered(template: SettingTemplate) -> SettingTemplate:
    """The template without the types the asset library does not have yet (they are reported separately)."""
    known = set(library.all_types())
    return template.model_copy(update={"layout": [i for i in template.layout if i.type in known]})


def test_at_least_ten_templates_with_required_places() -> None:
    names = list_settings()
    assert len(names) >= 10
    assert set(REQUIRED) <= set(names)


@pytest.mark.parametrize(("alias", "name"), [
    ("Wüste", "desert"), ("wueste", "desert"), ("Wald", "forest"), ("Strand", "beach"), ("Wohnzimmer", "living_room"),
    ("living room", "living_room"), ("Raumstation", "space_station"), ("Bühne", "stage"), ("Küche", "kitchen"),
    ("Büro", "office"), ("Bergsee", "mountain_lake"), ("Straße", "city_street"), ("WOODS", "forest"),
])
def test_english_and_german_names_resolve(alias: str, name: str) -> None:
    assert load_setting(alias).name == name


def test_unknown_setting_suggests_the_closest() -> None:
    with pytest.raises(NotUnderstood) as err:
        load_setting("desrt")
    assert err.value.suggestions[0] == "desert"
    assert "did you mean 'desert'" in str(err.value)


@pytest.mark.parametrize("name", REQUIRED + ["meadow"])
def test_every_layout_type_is_in_the_asset_catalogue(name: str) -> None:
    tpl = load_setting(name)
    assert len(tpl.layout) >= 8, "a template should look like its place, not like an empty plane"
    from autark.story.lexicon import lexicon

    planned = set(lexicon().data["objects"])  # the catalogue's announced types
    missing = sorted({i.type for i in tpl.layout} - set(library.all_types()))
    assert not set(missing) - planned, f"{name} uses types nobody plans to build: {set(missing) - planned}"
    if missing:
        pytest.skip(f"asset types not registered yet by the asset library: {', '.join(missing)}")


@pytest.mark.parametrize("name", REQUIRED + ["meadow"])
def test_layout_keeps_the_acting_area_clear_and_nothing_overlaps(name: str) -> None:
    objs = layout_objects(_registered(load_setting(name)), 1)
    boxes = [(o, world_bbox(o)) for o in objs]
    for o, box in boxes:
        assert not box.overlaps(ACTING), f"{name}: {o.type} at {o.transform.position} stands in the acting area"
    for (a, ba), (b, bb) in itertools.combinations(boxes, 2):
        assert not ba.overlaps(bb), f"{name}: {a.type} at {a.transform.position} overlaps {b.type} at " \
                                    f"{b.transform.position}"


def test_setting_ops_build_size_stacking_and_sky() -> None:
    tpl = SettingTemplate(
        name="test", ground_color=(0.8, 0.7, 0.5), sky_top=(0.1, 0.2, 0.9), sky_horizon=(0.9, 0.8, 0.6),
        background="test sky", lighting="daylight", layout=[
            LayoutItem(type="table", name="t", position=(4.0, 0.0, -4.0), size=(3.2, 0.75, 0.9)),
            LayoutItem(type="cube", position=(4.0, 0.0, -4.0), size=(0.2, 0.2, 0.2), stands_on="t",
                       color=(1.0, 0.0, 0.0)),
            LayoutItem(type="sphere", position=(-5.0, -0.5, -6.0), size=(6.0, 2.0, 3.0)),
        ])
    scene = Scene(next_id=7)
    out = apply_ops(scene, setting_ops(tpl, scene))
    assert [o.id for o in out.objects] == ["obj7", "obj8", "obj9"]
    table, cube, dune = out.objects
    assert world_bbox(table).size == pytest.approx((3.2, 0.75, 0.9))  # 2x the table's own 1.6 m width
    top = library.get("table").supports[0].height
    assert world_bbox(cube).min[1] == pytest.approx(top)  # stands on the table top
    assert cube.material.color == (1.0, 0.0, 0.0)
    assert world_bbox(dune).size == pytest.approx((6.0, 2.0, 3.0))
    assert out.settings.ground_color == (0.8, 0.7, 0.5)
    assert out.settings.sky_top == (0.1, 0.2, 0.9)
    assert out.settings.setting == "test"
    assert all(o.tag == "setting" for o in out.objects)
    assert out.next_id == 10


@pytest.mark.parametrize("name", REQUIRED + ["meadow"])
def test_real_templates_apply_to_a_scene(name: str) -> None:
    tpl = load_setting(name)
    missing = sorted({i.type for i in tpl.layout} - set(library.all_types()))
    if missing:
        pytest.skip(f"asset types not registered yet: {', '.join(missing)}")
    out = apply_ops(Scene(), setting_ops(tpl, Scene()))
    assert len(out.objects) == len(tpl.layout)
    assert out.settings.setting == name
    assert out.settings.ground_visible is (not tpl.indoor)


def test_screenplay_lighting_names_are_real_presets() -> None:
    from autark.assets import lighting
    from autark.story.screenplay import LIGHTING_PRESETS

    assert set(LIGHTING_PRESETS) == set(lighting.preset_names())
    for name in list_settings():
        assert load_setting(name).lighting in LIGHTING_PRESETS


def test_setting_ops_apply_the_templates_lighting_but_keep_its_sky() -> None:
    tpl = load_setting("space_station")
    out = apply_ops(Scene(), setting_ops(tpl, Scene()))
    assert out.settings.lighting == tpl.lighting and out.lights
    assert out.settings.sky_top == tpl.sky_top


def test_screenplay_camera_moves_are_the_animation_moves() -> None:
    from autark.ops import camera_moves
    from autark.story.screenplay import CAMERA_MOVES

    assert set(CAMERA_MOVES) == set(camera_moves.MOVES)
