"""The kinds of everyday categories that had none (``autark.assets.catalog.appliances``, ``workplace``,
``transit``) and the sets of places that had none (cellar, attic, factory, prison): each kind is the size of the
real thing, stands on the floor, is built of several coloured parts, and is read back from its words in both
languages; each set is a closed room furnished with what makes it that place."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library
from autark.assets.catalog import builtin_specs
from autark.assets.templates import layout_objects, load_setting

SPECS = {s.type: s for s in builtin_specs()}

# kind -> (axis, lo, hi): a real measure of the thing in metres (0 width, 1 height, 2 depth)
REAL_SIZES = {
    "washing_machine": (1, 0.8, 0.9), "dishwasher": (1, 0.8, 0.9), "vacuum_cleaner": (1, 0.9, 1.3),
    "coffee_machine": (1, 0.3, 0.5), "sewing_machine": (0, 0.35, 0.55), "chest_freezer": (0, 0.9, 1.5),
    "household_appliance": (1, 0.8, 1.0), "machine": (1, 1.2, 2.2), "conveyor_belt": (0, 2.0, 6.0),
    "printer": (0, 0.35, 0.6), "photocopier": (1, 0.9, 1.3), "typewriter": (0, 0.3, 0.5),
    "filing_cabinet": (1, 1.0, 1.5), "cash_register": (0, 0.3, 0.5), "scales": (0, 0.2, 0.45),
    "wheelchair": (1, 0.85, 1.1), "stretcher": (2, 1.8, 2.3), "first_aid_kit": (0, 0.2, 0.45),
    "power_drill": (0, 0.2, 0.4), "chainsaw": (0, 0.6, 1.0), "jar": (1, 0.08, 0.25), "tin_can": (1, 0.08, 0.15),
    "tram": (2, 10.0, 40.0), "rail_wagon": (2, 10.0, 20.0), "elevator": (1, 2.1, 2.7), "hair_dryer": (0, 0.18, 0.32),
    "clothes_iron": (0, 0.2, 0.35), "electric_fan": (1, 0.9, 1.5), "radiator": (0, 0.5, 1.5),
    "crutch": (1, 1.0, 1.5), "blender": (1, 0.3, 0.5), "lawnmower": (1, 0.9, 1.2),
    "fire_extinguisher": (1, 0.4, 0.8), "coat_stand": (1, 1.6, 2.0),
}


def test_there_are_over_25_new_kinds_across_categories() -> None:
    assert len(REAL_SIZES) >= 25 and set(REAL_SIZES) <= set(library.all_types())
    assert len({SPECS[k].category for k in REAL_SIZES}) >= 4  # furniture, props, vehicles, architecture


@pytest.mark.parametrize("kind", sorted(REAL_SIZES))
def test_a_new_kind_is_real_size_on_the_floor_and_not_empty(kind: str) -> None:
    axis, lo, hi = REAL_SIZES[kind]
    assert lo <= SPECS[kind].size[axis] <= hi
    parts = library.build_parts(kind)
    vertices = np.concatenate([np.asarray(p.mesh.vertices) for p in parts])
    assert vertices[:, 1].min() == pytest.approx(0.0, abs=1e-3)  # it stands on the floor
    assert sum(len(p.mesh.faces) for p in parts) >= 60  # a shape of its own, not a box
    colours = {p.color for p in parts if p.color is not None}
    assert len(parts) >= 2 and len(colours) >= 1  # more than one part, each in a colour of its own


@pytest.mark.parametrize(("word", "lang", "kind"), [
    ("washing_machine", "en", "washing_machine"), ("waschmaschine", "de", "washing_machine"),
    ("spülmaschine", "de", "dishwasher"), ("staubsauger", "de", "vacuum_cleaner"), ("tram", "en", "tram"),
    ("straßenbahn", "de", "tram"), ("elevator", "en", "elevator"), ("fahrstuhl", "de", "elevator"),
    ("rollstuhl", "de", "wheelchair"), ("drucker", "de", "printer"), ("maschine", "de", "machine"),
    ("machine", "en", "machine"), ("güterzug", "de", "rail_wagon"), ("bügeleisen", "de", "clothes_iron"),
])
def test_the_words_of_both_languages_name_the_new_kinds(word: str, lang: str, kind: str) -> None:
    assert word in SPECS[kind].words[lang].split()


def test_a_machine_is_no_robot_any_more() -> None:
    from autark.language import lexicon

    assert lexicon.NOUNS.get("machine") == "machine" and lexicon.NOUNS.get("maschine") == "machine"
    assert lexicon.NOUNS.get("robot") == "robot"


@pytest.mark.parametrize(("name", "alias", "props"), [
    ("cellar", "Keller", {"barrel", "stairs", "shelf", "chest_freezer"}),
    ("attic", "Dachboden", {"treasure_chest", "rocking_horse", "box"}),
    ("factory", "Fabrik", {"conveyor_belt", "machine", "box"}),
    ("prison", "Gefängnis", {"enclosure_fence", "bench", "door"}),
])
def test_the_new_sets_are_closed_rooms_furnished_as_their_place(name: str, alias: str, props: set[str]) -> None:
    tpl = load_setting(alias)
    assert tpl.name == name and tpl.indoor
    types = {o.type for o in layout_objects(tpl, 1)}
    assert props <= types
    assert {"ceiling", "fourth_wall", "wall", "floor"} <= types
