"""Acts done where they belong (autark.language.act_places): an angler walks to the water's edge and casts into
the water; one who picks up a cat sitting up a tree climbs the tree first and comes down with it."""

from __future__ import annotations

import pytest

from autark.language import apply_sentences
from autark.language.placement import world_box
from autark.language.water_surfaces import distance_to_water
from autark.motion import evaluate_scene


@pytest.mark.parametrize("say", ["Sam angles with a fishing rod", "Sam angelt mit einer Angel"])
def test_an_angler_fishes_at_the_waters_edge(say: str) -> None:
    scene = apply_sentences(["add a man named Sam", "add a pond 9 m behind Sam", say])
    fish = next(a for a in scene.timeline.actions if a.kind == "fish")
    assert fish.target_object == "obj2"
    state = evaluate_scene(scene, (fish.start_s + fish.end_s) / 2)
    assert distance_to_water(state.object("obj2"), state.object("obj1").transform.position) < 1.0


def test_an_angler_without_water_fishes_where_he_stands() -> None:
    scene = apply_sentences(["add a man named Sam", "Sam angles with a fishing rod"])
    assert [a.kind for a in scene.timeline.actions] == ["fish"]


def test_a_cat_up_a_tree_is_picked_up_from_the_tree() -> None:
    scene = apply_sentences(["add a man named Sam", "add a tree 4 m right of Sam", "add a cat named Tom 2 m left of Sam",
                             "Tom sits on the tree", "Sam picks up Tom"])
    kinds = [a.kind for a in scene.timeline.actions if a.object_id == "obj1"]
    assert kinds == ["climb", "pick_up", "land"]
    pick = next(a for a in scene.timeline.actions if a.kind == "pick_up")
    up = evaluate_scene(scene, pick.start_s + 0.1).object("obj1").transform.position
    assert up[1] > 0.2  # off the ground, up the trunk
    end = evaluate_scene(scene, scene.timeline.actions[-1].end_s + 0.1)
    assert abs(end.object("obj1").transform.position[1]) < 0.05  # down again
    assert world_box(end.object("obj3"))[4] < 2.5  # with the cat, out of the crown


def test_a_cat_on_the_ground_is_picked_up_without_climbing() -> None:
    scene = apply_sentences(["add a man named Sam", "add a tree 4 m right of Sam", "add a cat named Tom 2 m left of Sam",
                             "Sam picks up Tom"])
    assert "climb" not in [a.kind for a in scene.timeline.actions]


def test_far_water_is_run_to_so_the_cast_is_seen_within_its_shot() -> None:
    near = apply_sentences(["add a man named Sam", "add a pond 2 m behind Sam", "Sam angles with a fishing rod"])
    far = apply_sentences(["add a man named Sam", "add a pond 14 m behind Sam", "Sam angles with a fishing rod"])
    assert near.timeline.actions[0].kind == "walk" and far.timeline.actions[0].kind == "run"


def test_one_kneels_by_a_thing_within_reach_of_it() -> None:
    scene = apply_sentences(["add a man named Sam", "add a dog named Rex 5 m right of Sam", "Sam kneels by Rex"])
    assert [a.kind for a in scene.timeline.actions] == ["walk", "kneel"]
    kneel = scene.timeline.actions[-1]
    state = evaluate_scene(scene, (kneel.start_s + kneel.end_s) / 2)
    box = world_box(state.object("obj2"))
    x = state.object("obj1").transform.position[0]
    assert box[0] - x < 1.3  # at the dog's side, not 5 m from it
