"""The themed props and sets (``autark.assets.catalog.themed``): enough kinds, each with words in both
languages that the command engine reads, real sizes, a sketch the declared size does not squash, and setting
templates furnished with them. The all-kinds mesh checks (bounds, faces, outward pieces) live in
test_asset_catalog.py and run over these kinds too."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library
from autark.assets.catalog import _kit, builtin_specs
from autark.assets.templates import layout_objects, load_setting

SPECS = {s.type: s for s in builtin_specs()}  # declares the themed kinds (and their sketches) first
MINE = sorted(_kit.SKETCHES)


def test_at_least_180_themed_kinds_and_250_in_all_once_people_and_animals_land() -> None:
    assert len(MINE) >= 180
    assert set(MINE) <= set(library.all_types())
    people = [t for t in library.all_types() if library.get(t).age]
    if len(people) >= 20:  # the cast has landed: the total
        assert len(library.all_types()) >= 250


@pytest.mark.parametrize("kind", MINE)
def test_every_kind_has_english_and_german_words_and_a_gender(kind: str) -> None:
    spec = SPECS[kind]
    for code in ("en", "de"):
        words = spec.words[code].split()
        assert words, f"{kind}: no {code} words"
        assert all(w == w.lower() for w in words)
    assert spec.gender_de in ("m", "f", "n")


def test_every_word_reads_back_as_its_kind() -> None:
    from autark.language import lexicon

    wrong = [(w, kind, lexicon.NOUNS.get(w)) for kind in MINE for code in ("en", "de")
             for w in SPECS[kind].words[code].split() if "_" not in w and lexicon.NOUNS.get(w) != kind]
    assert not wrong


@pytest.mark.parametrize("kind", MINE)
def test_declared_size_keeps_the_sketch_proportions(kind: str) -> None:
    # the builder's sketch is in metres and is fitted onto the declared size: scaling it evenly (a wall map made
    # smaller) is fine, stretching one axis more than 10% against the others would squash the shape
    sketch = np.array(_kit.size_of(_kit.SKETCHES[kind]))
    declared = np.array(SPECS[kind].size)
    ratios = [d / s for d, s in zip(declared, sketch, strict=True) if s > 0.02]  # thin axes (a flat letter) vary
    assert max(ratios) / min(ratios) <= 1.1, (sketch, declared)


@pytest.mark.parametrize(("kind", "axis", "lo", "hi"), [
    ("guitar", 1, 0.9, 1.3), ("piano", 0, 1.3, 1.8), ("apple", 1, 0.06, 0.12), ("fridge", 1, 1.5, 2.0),
    ("stove", 1, 0.85, 0.95), ("ladder", 1, 2.0, 4.0), ("football_goal", 0, 7.0, 7.7), ("traffic_light", 1, 2.8, 4.5),
    ("bus", 2, 9.0, 13.0), ("rocket", 1, 8.0, 40.0), ("throne", 1, 1.5, 2.5), ("snowman", 1, 1.4, 2.2),
    ("sword", 1, 0.8, 1.3), ("basketball_hoop", 1, 3.5, 4.2), ("fork", 0, 0.15, 0.23), ("igloo", 1, 1.3, 2.5),
    ("school_desk", 1, 0.7, 0.95), ("tractor", 2, 2.5, 4.5), ("castle", 1, 8.0, 20.0), ("coin" + "s", 1, 0.05, 0.4),
])
def test_real_world_sizes(kind: str, axis: int, lo: float, hi: float) -> None:
    assert lo <= SPECS[kind].size[axis] <= hi


@pytest.mark.parametrize("kind", ["stove", "counter", "workbench", "dining_set", "school_desk"])
def test_tops_are_where_the_mesh_is(kind: str) -> None:
    import trimesh
    from test_asset_catalog import _height_below

    spec = library.get(kind)
    mesh = trimesh.util.concatenate([p.mesh for p in library.build_parts(kind)])
    top = spec.supports[0]
    x, z = (top.min_xz[0] + top.max_xz[0]) / 2, (top.min_xz[1] + top.max_xz[1]) / 2
    assert _height_below(mesh, x, z, 10.0) == pytest.approx(top.height, abs=0.03)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("add a guitar", "guitar"), ("stell eine Gitarre auf den Tisch", "guitar"), ("add a fire hydrant", "fire_hydrant"),
    ("add a palm tree", "palm_tree"), ("füge einen Schneemann hinzu", "snowman"), ("add a treasure chest", "treasure_chest"),
    ("add two swords", "sword"), ("stelle eine Ampel auf", "traffic_light"), ("add a castle", "castle"),
])
def test_commands_add_the_new_kinds(sentence: str, kind: str) -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene import Scene

    scene = Scene()
    if "Tisch" in sentence:
        scene = apply_ops(scene, interpret("add a table", scene))
    scene = apply_ops(scene, interpret(sentence, scene))
    added = [o for o in scene.objects if o.type == kind]
    assert len(added) == (2 if "two" in sentence else 1)
    if "Tisch" in sentence:
        assert added[0].transform.position[1] == pytest.approx(0.75, abs=0.01)  # on the table top


NEW_SETTINGS = ["restaurant", "throne_room", "classroom", "moon", "snow_field", "underwater", "farm", "concert_hall",
                "sports_field", "outer_space", "castle_courtyard", "workshop"]


@pytest.mark.parametrize("name", NEW_SETTINGS)
def test_new_settings_are_furnished_with_the_props(name: str) -> None:
    tpl = load_setting(name)
    objects = layout_objects(tpl, 1)
    assert sum(o.type in MINE for o in objects) >= 3
    assert tpl.names["en"] and tpl.names["de"]
    for o in objects:  # the acting area in the middle stays free for the characters (a rug, a line or a
        # chandelier above their heads aside)
        lo_y = o.transform.position[1]
        height = (o.bounds_max[1] - o.bounds_min[1]) * o.transform.scale[1]
        if o.type in ("floor", "ceiling", "fourth_wall", "wall") or height < 0.05 or lo_y > 2.5:
            continue
        x, _, z = o.transform.position
        assert not (abs(x) < 2.5 and abs(z) < 2.5), f"{name}: {o.type} stands in the acting area"


@pytest.mark.parametrize(("name", "word"), [("beach", "beach_umbrella"), ("city_street", "traffic_light"),
                                            ("moon", "lunar_lander")])
def test_existing_settings_get_the_new_props(name: str, word: str) -> None:
    assert word in {o.type for o in layout_objects(load_setting(name), 1)}


@pytest.mark.parametrize(("said", "name"), [("Restaurant", "restaurant"), ("Thronsaal", "throne_room"),
                                            ("classroom", "classroom"), ("Winterwald", "snow_field"),
                                            ("Meeresgrund", "underwater"), ("Bauernhof", "farm"),
                                            ("concert", "concert_hall"), ("Fußballplatz", "sports_field"),
                                            ("outer space", "outer_space"), ("Burghof", "castle_courtyard"),
                                            ("Werkstatt", "workshop")])
def test_settings_are_named_in_both_languages(said: str, name: str) -> None:
    assert load_setting(said).name == name


def test_plural_words_mean_every_thing_of_the_kind() -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene import Scene

    scene = Scene()
    for said in ("add three guitars", "make the guitars red"):
        scene = apply_ops(scene, interpret(said, scene))
    assert [o.material.color for o in scene.objects] == [(0.8, 0.1, 0.1)] * 3
    scene = apply_ops(scene, interpret("entferne die Gitarren", scene))
    assert not scene.objects
