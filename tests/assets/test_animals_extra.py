"""The animals that had only a stand-in body (a goat played by the sheep, a zebra by the horse, bees by the
butterfly): each builds a rigged body a gait can move, at a real size, named by its own words in English and
German, and an idea naming it casts it with no stand-in note."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.motion.creatures import creature_rig

QUADRUPEDS = ["goat", "donkey", "zebra", "camel", "panda", "squirrel", "hedgehog", "crocodile", "beaver"]
BIRDS = ["parrot", "swan", "eagle", "flamingo", "seagull"]
FLYERS = ["bee", "bat"]
NEW = [*QUADRUPEDS, *BIRDS, "dolphin", *FLYERS]


@pytest.mark.parametrize("asset_type", NEW)
def test_each_new_animal_is_a_rigged_character_a_gait_moves(asset_type: str) -> None:
    spec = library.get(asset_type)
    assert spec.character and spec.skeleton and not spec.age
    names = [b.name for b in rig.skeleton(asset_type)]
    assert names[0] == "root"
    parts = library.build_parts(asset_type)
    assert {p.bone for p in parts} <= set(names) and any(p.color is None for p in parts)
    plan = creature_rig(asset_type).plan  # type: ignore[union-attr]
    want = ("quadruped" if asset_type in QUADRUPEDS else "bird" if asset_type in BIRDS else
            "fish" if asset_type == "dolphin" else "insect")
    assert plan == want
    assert spec.words["en"].split() and spec.words["de"].split() and spec.gender_de in ("m", "f", "n")
    v = np.concatenate([p.mesh.vertices for p in parts])
    assert v[:, 1].min() > -1e-3  # nothing sinks below the floor


def test_sizes_are_real_and_in_order() -> None:
    height = {a: library.get(a).size[1] for a in [*NEW, "horse", "man", "sheep"]}
    length = {a: library.get(a).size[2] for a in [*NEW, "horse"]}
    assert height["camel"] > height["zebra"] > height["donkey"] > height["goat"] > height["squirrel"]
    assert height["horse"] > height["donkey"] and height["camel"] > height["man"]
    assert length["crocodile"] > 3.0 and 1.8 < length["dolphin"] < 3.0
    assert height["hedgehog"] < 0.3 and height["squirrel"] < 0.5 and height["flamingo"] > 1.2
    assert 0.015 < length["bee"] < 0.06 and 0.2 < library.get("bat").size[0] < 0.5


@pytest.mark.parametrize(("sentence", "asset_type"), [
    ("add a goat", "goat"), ("füge eine Ziege hinzu", "goat"), ("add a donkey", "donkey"),
    ("füge einen Esel hinzu", "donkey"), ("add a zebra", "zebra"), ("füge ein Kamel hinzu", "camel"),
    ("add a panda", "panda"), ("füge ein Eichhörnchen hinzu", "squirrel"), ("add a hedgehog", "hedgehog"),
    ("füge ein Krokodil hinzu", "crocodile"), ("add a beaver", "beaver"), ("füge einen Papagei hinzu", "parrot"),
    ("add a swan", "swan"), ("füge einen Adler hinzu", "eagle"), ("add a flamingo", "flamingo"),
    ("füge eine Möwe hinzu", "seagull"), ("add a dolphin", "dolphin"), ("füge eine Biene hinzu", "bee"),
    ("add a bat", "bat"), ("füge eine Fledermaus hinzu", "bat"),
])
def test_words_name_the_animal_in_english_and_german(sentence: str, asset_type: str) -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene import Scene

    scene = apply_ops(Scene(), interpret(sentence, Scene()))
    assert [o.type for o in scene.objects] == [asset_type]
