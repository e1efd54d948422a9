"""No action of a plan is left out (autark.jobs.stand_in_acts): a verb the command engine does not know is done by
the nearest act it knows by meaning, at the thing, and noted as a stand-in; a sentence naming one of several
things of a kind means the cast's own; a hands-on act after a walk waits for the walk to arrive."""

from __future__ import annotations

import math

import pytest

from autark.jobs.shot_actions import Cast, lay_actions
from autark.jobs.stand_in_acts import REACH_M, meaning_of, stand_in_actions
from autark.language import apply_sentences
from autark.motion import evaluate_scene, validate_actions
from autark.ops import SetTimeline, apply_ops
from autark.scene.geometry import world_bbox
from autark.story.screenplay import Shot


def _scene_and_cast(things: list[tuple[str, str]]) -> tuple:
    scene = apply_sentences(["add a man named Sam", "add a woman named Mia 2 m left of Sam",
                             *(f"add a {t} {where}" for t, where in things)])
    names = Cast(characters={"sam": "obj1", "mia": "obj2"}, types={"sam": "man", "mia": "woman"})
    for o in scene.objects[2:]:
        names.props.append((o.type, o.id, {o.type.replace("_", " ")}))
    return scene, names


def _gap(scene, actor: str, thing: str, t: float) -> float:
    state = evaluate_scene(scene, t)
    p = state.object(actor).transform.position
    box = world_bbox(state.object(thing))
    return math.hypot(max(box.min[0] - p[0], 0.0, p[0] - box.max[0]), max(box.min[2] - p[2], 0.0, p[2] - box.max[2]))


@pytest.mark.parametrize(("sentence", "meaning"), [
    ("Sam washes the car", "work"), ("Junge wäscht den Hund", "work"), ("Sam digs by the tree", "work"),
    ("Bear carries the cube", "take"), ("Sam rescues the cat", "take"), ("Opa zieht die Rübe", "push"),
    ("Detektivin sucht die Krone", "search"), ("Sam slips", "fall"), ("Ballerina rutscht aus", "fall"),
    ("Sam comforts Mia", "talk")])
def test_a_verb_has_the_meaning_of_its_nearest_act(sentence: str, meaning: str) -> None:
    assert meaning_of(sentence, {sentence.split()[0].lower()}) == meaning


def test_an_unknown_hands_on_verb_is_worked_at_the_thing_after_a_walk_to_it() -> None:
    scene, names = _scene_and_cast([("car", "6 m right of Sam")])
    done = stand_in_actions("Sam washes the car", scene, names, 0.5, 2.5, 8.0)
    assert done is not None and done.act.startswith("kneel")
    kinds = [a.kind for a in done.actions]
    assert kinds == ["walk", "kneel"]
    after = apply_ops(scene, [SetTimeline(actions=done.actions)])
    validate_actions(after)
    kneel = done.actions[-1]
    assert _gap(after, "obj1", "obj3", (kneel.start_s + kneel.end_s) / 2) <= REACH_M + 0.3


def test_a_thing_too_big_to_lift_is_pushed_not_left_out() -> None:
    scene, names = _scene_and_cast([("car", "3 m right of Sam")])
    done = stand_in_actions("Sam carries the car", scene, names, 0.5, 2.5, 8.0)
    assert done is not None and done.actions[-1].kind == "push"


def test_a_shot_never_leaves_out_an_action_it_can_give_a_doer() -> None:
    scene, names = _scene_and_cast([("car", "5 m right of Sam")])
    warnings: list[str] = []
    shot = Shot(duration_s=5.0, actions=["Sam scrubs the car", "Mia strokes the car"])
    after = lay_actions(scene, shot, 0.0, 5.0, names, warnings, "scene 1, shot 1")
    assert not [w for w in warnings if "left out" in w]
    assert sum("stand-in act" in w for w in warnings) == 2
    assert {(a.object_id, a.kind) for a in after.timeline.actions} >= {("obj1", "kneel"), ("obj2", "kneel")}


def test_one_of_several_things_of_a_kind_is_the_casts_own() -> None:
    scene, names = _scene_and_cast([("ice block", "3 m in front of Sam"), ("ice block", "6 m left of Sam"),
                                    ("ice block", "6 m right of Sam")])
    names.props = names.props[:1]  # the set's other ice blocks are no part of the cast
    warnings: list[str] = []
    shot = Shot(duration_s=5.0, actions=["Sam jumps over the ice block"])
    after = lay_actions(scene, shot, 0.0, 5.0, names, warnings, "scene 1, shot 1")
    assert not [w for w in warnings if "left out" in w or "stand-in" in w]
    assert [a.kind for a in after.timeline.actions if a.object_id == "obj1"][-1] == "jump"


def test_work_after_a_walk_waits_for_the_walk_to_arrive() -> None:
    scene, names = _scene_and_cast([("box", "7 m right of Sam")])
    warnings: list[str] = []
    shot = Shot(duration_s=9.0, actions=["Sam builds the box with a hammer", "Sam looks at the box"])
    after = lay_actions(scene, shot, 0.0, 9.0, names, warnings, "scene 1, shot 1")
    walk = next(a for a in after.timeline.actions if a.kind == "walk")
    hammer = next(a for a in after.timeline.actions if a.kind == "hammer")
    assert hammer.start_s >= walk.end_s - 1e-6
    assert _gap(after, "obj1", "obj3", (hammer.start_s + hammer.end_s) / 2) <= 1.0
