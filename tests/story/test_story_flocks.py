"""A bare plural of small animals is a flock ("feeds the pigeons", "füttert Tauben", "die Enten"): several of
them are cast, not one; larger animals in a plural are two, "a couple of" is two, and one with an article is
one."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.cast import FLOCK

FLOCKS = {  # idea -> the animal kind cast as a flock
    "an old man feeds the pigeons in the park": "bird",
    "Ein alter Mann füttert Tauben auf dem Marktplatz": "bird",
    "Die Kinder füttern die Enten am See": "duck",
    "a girl chases the chickens around the farm": "chicken",
    "Ein Fuchs schleicht sich an die Hühner heran": "chicken",
    "a cat watches the mice in the kitchen": "mouse",
    "Der Bauer zählt seine Schafe": "sheep",
}
PAIRS = {"the horses run across the meadow": "horse", "Die Kühe stehen auf der Weide": "cow",
         "a couple of birds sing in the garden": "bird"}
ONE = {"a boy feeds a duck": "duck", "Ein Fuchs jagt eine Gans": "duck", "the pigeon sits on the roof": "bird",
       "Die Taube sitzt auf dem Dach": "bird"}


def _count(idea: str, kind: str) -> int:
    return sum(c.type == kind for c in analyze(idea).characters)


@pytest.mark.parametrize("idea", list(FLOCKS))
def test_a_bare_plural_of_small_animals_is_a_flock(idea: str) -> None:
    assert 3 <= _count(idea, FLOCKS[idea]) <= 6
    assert _count(idea, FLOCKS[idea]) == FLOCK


@pytest.mark.parametrize("idea", list(PAIRS))
def test_larger_animals_and_a_couple_are_two(idea: str) -> None:
    assert _count(idea, PAIRS[idea]) == 2


@pytest.mark.parametrize("idea", list(ONE))
def test_one_animal_is_one(idea: str) -> None:
    assert _count(idea, ONE[idea]) == 1


def test_a_number_says_how_many_up_to_six() -> None:
    assert _count("a wolf watches five sheep", "sheep") == 5
    assert _count("Sechs Enten schwimmen im Teich", "duck") == 6


@pytest.mark.parametrize("idea", ["an old man feeds the pigeons until a dog chases them away",
                                  "Ein Mädchen füttert am See die Enten, bis ein Fuchs sie verscheucht",
                                  "Der Bauer zählt seine Schafe, während ein Wolf zuschaut"])
def test_a_flock_leaves_room_for_the_others_and_stands_apart(idea: str) -> None:
    from itertools import combinations

    from autark.story import plan
    from autark.story.set_pieces import footprint

    c = analyze(idea)
    scene = plan(idea, duration_s=30, seed=0).scenes[0]
    names = {m.name for m in scene.characters}
    assert {ch.name for ch in c.characters if not ch.name[-1].isdigit()} <= names  # the dog, the fox, the wolf
    assert sum(1 for m in scene.characters if m.name[-1].isdigit()) >= 2  # ...and the flock
    for a, b in combinations(scene.characters, 2):
        gap = ((a.position[0] - b.position[0]) ** 2 + (a.position[2] - b.position[2]) ** 2) ** 0.5
        if a.type == b.type:
            assert gap >= 0.8 * max(footprint(a.type)), (a.name, b.name, gap)


@pytest.mark.parametrize(("idea", "many"), [("a shepherd counts his sheep", True),
                                            ("the sheep graze on the hill", True),
                                            ("the sheep jumps over the fence", False), ("a sheep sleeps", False)])
def test_english_sheep_are_a_flock_unless_a_verb_says_one(idea: str, many: bool) -> None:
    assert (_count(idea, "sheep") == FLOCK) == many
