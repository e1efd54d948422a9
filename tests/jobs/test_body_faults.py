"""Bodies and things that pass through each other (``autark.jobs.body_faults``): the measure finds two bodies put
on one spot and a body inside a big thing, leaves a hug and a sitter on a chair alone; and a climber goes up the
outside of a tree's trunk, never inside it (``motion.approach.climb_end``), whoever climbs which tree."""

from __future__ import annotations

import pytest

from autark.jobs.body_faults import body_faults
from autark.language import apply_sentences


def _codes(commands: list[str]) -> list[tuple[str, str, str | None]]:
    scene = apply_sentences(commands)
    names = {o.id: o.name or o.type for o in scene.objects}
    return [(f.code, names[f.body], names.get(f.other or "")) for f in body_faults(scene, step_s=0.5)]


def test_two_bodies_on_one_spot_are_found() -> None:
    found = _codes(["add a man named Tom", "add a woman named Anna", "Anna walks 2 meters forward",
                    "Tom walks 2 meters forward"])
    assert not [f for f in found if f[0] == "bodies_inside"]  # side by side: apart
    scene = apply_sentences(["add a man named Tom", "add a woman named Anna 3 meters right of Tom"])
    anna = next(o for o in scene.objects if o.name == "Anna")
    tom = next(o for o in scene.objects if o.name == "Tom")
    moved = scene.model_copy(deep=True)
    moved.object(anna.id).transform.position = (tom.transform.position[0] + 0.1, 0.0, tom.transform.position[2])
    faults = body_faults(moved, step_s=0.5)
    assert {(f.code, frozenset((f.body, f.other))) for f in faults} == {("bodies_inside", frozenset((tom.id, anna.id)))}


def test_a_body_inside_a_car_is_found_and_a_sitter_on_a_chair_is_not() -> None:
    scene = apply_sentences(["add a man named Tom", "add a car 4 meters behind Tom"])
    car = next(o for o in scene.objects if o.type == "car")
    inside = scene.model_copy(deep=True)
    inside.object(car.id).transform.position = next(o for o in scene.objects if o.name == "Tom").transform.position
    assert any(f.code == "inside_thing" and f.other == car.id for f in body_faults(inside, step_s=0.5))
    assert not [f for f in _codes(["add a man named Tom", "add a chair 2 meters in front of Tom", "Tom sits on the chair"]) if f[0] == "inside_thing"]


def test_a_hug_is_no_fault() -> None:
    assert not _codes(["add a man named Tom", "add a woman named Anna 2 meters right of Tom", "Tom hugs Anna"])


CLIMBS = [
    ["add a man named Tom", "add a tree 3 meters behind Tom", "Tom climbs the tree"],
    ["add a firefighter named Ben", "add a tree 4 meters left of Ben", "Ben climbs the tree"],
    ["add a girl named Mia", "add a pine tree 3 meters behind Mia", "Mia climbs the pine tree"],
    ["füge einen Jungen namens Tim hinzu", "füge einen Baum 3 Meter hinter Tim hinzu", "Tim klettert auf den Baum"],
    ["füge eine Frau namens Eva hinzu", "füge eine Tanne 4 Meter rechts von Eva hinzu", "Eva klettert auf die Tanne"],
]


@pytest.mark.parametrize("commands", CLIMBS, ids=lambda c: c[-1])
def test_a_climber_stays_outside_the_trunk(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    (climb,) = [a for a in scene.timeline.actions if a.kind == "climb"]
    faults = [f for f in body_faults(scene, step_s=0.25) if f.code == "inside_thing" and f.other == climb.target_object]
    assert not faults, [f.describe() for f in faults]


ANIMAL_CLIMBS = [
    ["add a cat named Tiger", "add a tree 3 meters behind Tiger", "Tiger climbs the tree"],
    ["füge ein Eichhörnchen namens Flink hinzu", "füge einen Baum 3 Meter links von Flink hinzu",
     "Flink klettert auf den Baum"],
]


@pytest.mark.parametrize("commands", ANIMAL_CLIMBS, ids=lambda c: c[-1])
def test_an_animal_climbs_with_its_head_at_the_bark(commands: list[str]) -> None:
    test_a_climber_stays_outside_the_trunk(commands)


@pytest.mark.parametrize("climber", ["add a man named Tom", "add a cat named Tom"])
def test_a_climber_goes_round_a_bush_at_the_foot_of_the_tree(climber: str) -> None:
    scene = apply_sentences([climber, "add a tree 4 meters behind Tom", "add a bush 3 meters right of Tom"])
    tree = next(o for o in scene.objects if o.type == "tree")
    bush = next(o for o in scene.objects if o.type == "bush")
    x, y, z = tree.transform.position
    scene.object(bush.id).transform.position = (x, y, z + 0.6)  # on the near side, where the climb would start
    scene = apply_sentences(["Tom climbs the tree"], scene)
    assert not [f.describe() for f in body_faults(scene, step_s=0.25) if f.code == "inside_thing"
                and f.end_s - f.start_s > 0.3]
