"""The kinds ideas name often that had been played by another animal or the one small flower: each is read from
its own words in both languages, and has the silhouette that tells it from its old stand-in."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "word", "kind"), [
    ("A crab pinches the fisherman", "crab", "crab"), ("Der Krebs versteckt sich unter dem Stein", "Krebs", "crab"),
    ("An octopus plays the drums", "octopus", "octopus"), ("Eine Krake klaut die Brille", "Krake", "octopus"),
    ("A jellyfish glows in the water", "jellyfish", "jellyfish"), ("Die Qualle tanzt im Meer", "Qualle", "jellyfish"),
    ("A snail wins the race", "snail", "snail"), ("Die Schnecke gewinnt das Rennen", "Schnecke", "snail"),
    ("The lobster waves at the cook", "lobster", "lobster"), ("Der Hummer winkt dem Koch", "Hummer", "lobster"),
    ("A seal plays with a ball", "seal", "seal"), ("Eine Robbe sonnt sich am Strand", "Robbe", "seal"),
    ("A walrus sleeps on the ice", "walrus", "seal"), ("Ein Seestern liegt am Strand", "Seestern", "starfish"),
])
def test_a_shore_animal_is_its_own_kind(idea: str, word: str, kind: str) -> None:
    assert {c.word: c.type for c in analyze(idea).characters}.get(word) == kind


@pytest.mark.parametrize(("idea", "word", "kind"), [
    ("A girl waters a sunflower", "sunflower", "sunflower"), ("Die Oma gießt die Sonnenblume", "Sonnenblume",
                                                               "sunflower"),
    ("A boy plants a tulip", "tulip", "tulip"), ("Ein Junge pflanzt eine Tulpe", "Tulpe", "tulip"),
    ("The prince gives her a rose", "rose", "rose"), ("Der Prinz schenkt ihr eine Rose", "Rose", "rose"),
    ("A diver with a snorkel finds a shell", "snorkel", "snorkel"),  # (worn_gear; not a flower, a thing all the same)
    ("Ein Mädchen mit Schnorchel taucht im Meer", "Schnorchel", "snorkel"),  # had cast a man named Schnorchel
])
def test_a_flower_is_its_own_kind(idea: str, word: str, kind: str) -> None:
    assert {o.word: o.type for o in analyze(idea).objects}.get(word) == kind


def _extent(kind: str) -> np.ndarray:
    v = np.concatenate([p.mesh.vertices for p in library.build_parts(kind)])
    return v.max(0) - v.min(0)


def test_the_silhouettes_tell_them_apart() -> None:
    assert _extent("sunflower")[1] > library.get("man").size[1]  # taller than a person, the small flower is not
    assert _extent("flower")[1] < 0.5
    crab = _extent("crab")
    assert crab[0] > 2.5 * crab[1]  # a crab is flat and wide (a fish is long)
    assert _extent("lobster")[2] > 1.5 * _extent("lobster")[0]  # the lobster's long tail
    octo = _extent("octopus")
    assert octo[0] > 1.4 * octo[1]  # arms spread wider than the head is tall
    assert library.get("jellyfish").floating and not library.get("crab").floating


def test_the_crab_waves_its_claws() -> None:
    """The claws hang on the bones the insect's wing beat turns: raised, the claw's tip is higher."""
    def tip_height(angle: float) -> float:
        parts = rig.posed_parts("crab", {"wing_l": np.array([0.0, 0.0, angle])})
        return max(float((p.mesh.vertices @ m[:3, :3].T + m[:3, 3])[:, 1].max()) for p, m in parts
                   if p.bone == "wing_l")
    assert tip_height(45.0) > tip_height(0.0) + 0.03
