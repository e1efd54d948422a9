"""A thing put on (or thrown at) one of several alike ("legt die Katze auf das Sofa" in a room with two sofas) goes
onto the one nearest the middle of the set, instead of the sentence being refused as ambiguous; a person meant
among several alike is still asked about."""

from __future__ import annotations

import pytest

from autark import errors
from autark.language import apply_sentences, interpret
from autark.ops import apply_ops
from autark.scene import Scene


@pytest.mark.parametrize(("setup", "say"), [
    (["füge einen Mann namens Opa hinzu", "füge eine Katze namens Mimi 1 m rechts von Opa hinzu",
      "füge ein Sofa 5 m links von Opa hinzu", "füge ein Sofa 2 m rechts von Opa hinzu", "Opa hebt Mimi auf"],
     "Opa legt Mimi auf das Sofa"),
    (["add a girl named Ana", "add a box 1 m right of Ana", "add a table 6 m left of Ana",
      "add a table 2 m right of Ana", "Ana picks up the box"], "Ana puts down the box on the table"),
])
def test_put_on_one_of_two_goes_to_the_one_in_the_middle(setup: list[str], say: str) -> None:
    scene = apply_sentences([*setup, say])
    (put,) = [a for a in scene.timeline.actions if a.kind == "put_down"]
    goal = scene.find_object(put.target_object)
    others = [o for o in scene.objects if o.type == goal.type and o.id != goal.id]
    assert others and abs(goal.transform.position[0]) < min(abs(o.transform.position[0]) for o in others)


def test_a_person_among_several_is_still_asked_about() -> None:
    scene = apply_sentences(["add a man named Tom", "add a dragon 3 m right of Tom", "add a dragon 3 m left of Tom",
                  "add an apple"])
    with pytest.raises(errors.Ambiguous):
        _run_on(scene, "Tom gives the apple to the dragon")


def _run_on(scene: Scene, say: str) -> Scene:
    return apply_ops(scene, interpret(say, scene))
