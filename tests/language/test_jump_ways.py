"""A jump over a thing crosses it from its near side to its far side, and a jump off a thing jumps up onto it
first (autark.language.jump_ways): read as a hop on the spot, the penguin jumped metres from the ice block."""

from __future__ import annotations

import pytest

from autark.language import apply_sentences
from autark.motion import evaluate_scene

SET = ["add a man named Sam", "add an ice block 4 m in front of Sam"]


@pytest.mark.parametrize("say", ["Sam jumps over the ice block", "Sam springt über den Eisblock"])
def test_a_jump_over_a_thing_lands_beyond_it(say: str) -> None:
    scene = apply_sentences([*SET, say])
    block_z = scene.object("obj2").transform.position[2]
    jump = next(a for a in scene.timeline.actions if a.kind == "jump")
    before = evaluate_scene(scene, jump.start_s).object("obj1").transform.position
    after = evaluate_scene(scene, jump.end_s + 0.2).object("obj1").transform.position
    assert before[2] < block_z < after[2]
    assert block_z - before[2] < 1.5  # taken off from its near side, not from where Sam stood


def test_a_jump_off_a_thing_goes_up_onto_it_and_down_beyond_it() -> None:
    scene = apply_sentences([*SET, "Sam jumps off the ice block"])
    jumps = [a for a in scene.timeline.actions if a.kind == "jump"]
    assert len(jumps) == 2 and jumps[0].target_object == "obj2" and jumps[1].target is not None


def test_a_plain_jump_stays_a_hop_on_the_spot() -> None:
    scene = apply_sentences([*SET, "Sam jumps"])
    assert [a.kind for a in scene.timeline.actions] == ["jump"]
