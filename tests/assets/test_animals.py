"""The rigged animals: real sizes in the right order, skeletons the gaits can read, parts on known bones, feet
on the floor, and their own words in English and German."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.language import interpret
from autark.ops import apply_ops
from autark.scene import Scene

QUADRUPEDS = ["cat", "dog", "horse", "unicorn", "cow", "sheep", "pig", "bear", "elephant", "rabbit", "mouse",
              "fox", "wolf", "lion", "tiger", "giraffe", "deer", "dragon", "frog", "turtle"]
BIRDS = ["bird", "chicken", "duck", "owl", "penguin"]
SWIMMERS = ["fish", "shark", "whale"]
ANIMALS = [*QUADRUPEDS, *BIRDS, *SWIMMERS, "dinosaur", "snake", "monkey", "butterfly"]


def test_sizes_are_real_and_in_order() -> None:
    height = {a: library.get(a).size[1] for a in ANIMALS}
    length = {a: library.get(a).size[2] for a in ANIMALS}
    assert height["elephant"] > height["horse"] > height["dog"] > height["cat"] > height["mouse"]
    assert length["elephant"] > length["horse"] > length["dog"] > length["cat"] > length["mouse"]
    assert 1.4 < height["horse"] < 2.6 and 3.0 < height["elephant"] < 4.5 and 0.04 < height["mouse"] < 0.12
    assert height["giraffe"] > 4.5  # the tallest
    assert length["whale"] > 10.0 and length["dragon"] > 8.0 and length["dinosaur"] > 9.0


@pytest.mark.parametrize("asset_type", ANIMALS)
def test_every_animal_is_a_rigged_character_with_its_parts_on_its_bones(asset_type: str) -> None:
    spec = library.get(asset_type)
    assert spec.character and spec.is_character and spec.skeleton
    bones = rig.skeleton(asset_type)
    seen: set[str] = set()
    for b in bones:  # parents before children
        assert b.parent is None or b.parent in seen, b.name
        seen.add(b.name)
    assert bones[0].name == "root"
    parts = library.build_parts(asset_type)
    assert {p.bone for p in parts} <= seen
    assert {"root", "jaw"} <= {p.bone for p in parts}  # a body, and a mouth that opens
    assert spec.words["en"].split()[0] and spec.words["de"].split()[0] and spec.gender_de in ("m", "f", "n")


@pytest.mark.parametrize("asset_type", QUADRUPEDS)
def test_quadrupeds_stand_on_four_legs_left_at_plus_x(asset_type: str) -> None:
    piv = {b.name: np.array(b.pivot) for b in rig.skeleton(asset_type)}
    for end in "fb":
        assert piv[f"leg_{end}l"][0] > 0 > piv[f"leg_{end}r"][0]
        np.testing.assert_allclose(piv[f"leg_{end}l"] * [-1, 1, 1], piv[f"leg_{end}r"], atol=1e-9)
        assert piv[f"leg_{end}l"][1] > piv[f"shin_{end}l"][1] > 0
    assert piv["leg_fl"][2] > 0 > piv["leg_bl"][2]  # front legs toward +Z
    assert piv["head"][2] > piv["leg_fl"][2] and piv["tail_1"][2] < piv["leg_bl"][2]
    # the lowest part of every leg touches the floor in the bind pose; nothing else goes below it
    lowest: dict[str, float] = {}
    for p in library.build_parts(asset_type):
        lowest[p.bone or ""] = min(lowest.get(p.bone or "", np.inf), p.mesh.bounds[0][1])
    assert min(lowest.values()) >= -1e-9
    for bone, lo in lowest.items():
        if bone.startswith("shin_"):
            assert lo == pytest.approx(0.0, abs=1e-6), bone


def test_opening_the_jaw_moves_the_mouth_down() -> None:
    for a in ("dog", "horse", "dragon", "dinosaur", "bird", "fish"):
        jaw = next(b for b in rig.skeleton(a) if b.name == "jaw")
        tip = np.array(jaw.pivot) + [0.0, 0.0, 0.1 * library.get(a).size[2]]
        shut = rig.bone_world_position(a, {}, "jaw", tuple(tip))
        open_ = rig.bone_world_position(a, {"jaw": (25.0, 0.0, 0.0)}, "jaw", tuple(tip))
        assert open_[1] < shut[1] - 0.01 * library.get(a).size[2], a


def test_dragon_has_wings_horns_and_is_big() -> None:
    names = rig.bone_names("dragon")
    assert {"wing_l", "wing_r", "tail_1", "tail_2", "jaw"} <= names
    lo, hi = library.get("dragon").bounds_min, library.get("dragon").bounds_max
    assert hi[1] > 4.0 and hi[0] - lo[0] > 3.0  # raised wings, wide


def _added(sentence: str) -> str:
    scene = apply_ops(Scene(), interpret(sentence, Scene()))
    (obj,) = scene.objects
    return obj.type


@pytest.mark.parametrize(("sentence", "asset_type"), [
    ("add a horse", "horse"), ("füge ein Pferd hinzu", "horse"), ("add a dragon", "dragon"),
    ("füge einen Drachen hinzu", "dragon"), ("add a cat", "cat"), ("füge eine Katze hinzu", "cat"),
    ("add an elephant", "elephant"), ("füge einen Vogel hinzu", "bird"), ("add a fish", "fish"),
    ("füge eine Kuh hinzu", "cow"), ("add a dinosaur", "dinosaur"), ("füge einen Hund hinzu", "dog"),
    ("add a monkey", "monkey"), ("füge einen Schmetterling hinzu", "butterfly"), ("add a turtle", "turtle"),
])
def test_words_name_the_animal_in_english_and_german(sentence: str, asset_type: str) -> None:
    assert _added(sentence) == asset_type


def test_animals_are_no_longer_played_by_stand_ins() -> None:
    from autark.language import lang

    for w in ("horse", "dragon", "bird", "pferd", "drache", "vogel", "lion", "löwe", "monkey", "affe"):
        assert w not in lang.STAND_INS
        assert w in lang.NOUNS


def test_the_monkey_moves_as_people_do() -> None:
    # the people's skeleton: every walking, sitting and waving clip plays on it unchanged
    from autark.motion import rig_info

    info = rig_info("monkey")
    assert info is not None and info.has_legs and "hand_l" in info.bones
