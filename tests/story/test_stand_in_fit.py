"""Stand-ins of the nearest shape and the real size: a koala is a bear cub, a moose a deer at a moose's size, a
ridden kick scooter the bicycle and one pushed itself (story.hypernyms, story.animal_sizes,
story.ridden_scooters)."""

import pytest

from autark.assets import library
from autark.story import analyze
from autark.story.animal_sizes import role_scale


@pytest.mark.parametrize("idea", ["A koala climbs a tree to eat leaves", "Ein Koala schläft auf einem Ast"])
def test_a_koala_is_a_small_bear(idea: str) -> None:
    c = analyze(idea)
    koala = c.characters[0]
    assert koala.type == "bear"
    assert any("koala" in w.lower() and "bear" in w for w in c.warnings)  # the stand-in is said
    height = library.get("bear").size[1] * role_scale(koala.word, "bear")
    assert 0.3 < height < 0.9  # knee-high, not a grown bear


@pytest.mark.parametrize("idea", ["A moose walks across a frozen lake", "Ein Elch steht im Schnee"])
def test_a_moose_is_a_deer_at_a_moose_size(idea: str) -> None:
    c = analyze(idea)
    moose = c.characters[0]
    assert moose.type == "deer"
    assert any("deer" in w for w in c.warnings)  # said, not silently a deer
    height = library.get("deer").size[1] * role_scale(moose.word, "deer")
    assert 2.0 < height <= 2.6  # antlers and raised head; the withers about 1.8 m


@pytest.mark.parametrize(("idea", "kind"), [
    ("A boy rides his scooter to school", "bicycle"),
    ("Ein Junge fährt mit seinem Roller zum Bäcker", "bicycle"),
    ("A girl pushes her scooter up the hill", "kick_scooter"),
    ("Opa fährt mit seinem Motorroller in die Stadt", "motorcycle"),
])
def test_a_scooter_is_never_a_motorcycle_or_a_horse(idea: str, kind: str) -> None:
    c = analyze(idea)
    assert kind in [o.type for o in c.objects]
    assert "horse" not in [x.type for x in c.characters]
