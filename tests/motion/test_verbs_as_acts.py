"""Verbs as visible acts (issue 17), measured by geometry: a chase closes on a fleer who runs across the set, a
thief takes the thing and ends farther away with it, an animal asked to clap hops, and the acts with a tool
(fish, magic, pour, hammer) and the slide read in a still frame from their middle."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import interpret
from autark.motion import evaluate_scene, validate_actions
from autark.motion.kinematics import rig_info
from autark.motion.reach import palm_point
from autark.motion.skills import kind_for_body
from autark.ops import apply_ops
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import Scene

RIG = rig_info("humanoid")


def _scene(*commands: str) -> Scene:
    scene = Scene()
    for c in ("add a man named Tom", "add a man named Max 3 metres to the right of Tom", *commands):
        scene = apply_ops(scene, interpret(c, scene))
    return scene


def _from(scene: Scene, t: float, sentence: str) -> Scene:
    """``sentence`` staged from time ``t`` (as a screenplay shot lays each actor's act at the shot's start)."""
    at = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"cursor_s": t})})
    return apply_ops(at, interpret(sentence, at))


def _id(scene: Scene, name: str) -> str:
    return next(o.id for o in scene.objects if o.name == name)


def _xz(scene: Scene, oid: str, t: float) -> np.ndarray:
    p = evaluate_scene(scene, t).object(oid).transform.position
    return np.array([p[0], p[2]])


def _palm(scene: Scene, oid: str, t: float, side: str = "r") -> np.ndarray:
    obj = evaluate_scene(scene, t).object(oid)
    local = palm_point(RIG, {k: np.array(v) for k, v in obj.pose.items()}, side)
    m = model_matrix(obj.transform)
    return m[:3, :3] @ local + m[:3, 3]


def _act(scene: Scene, oid: str, kind: str):
    return next(a for a in scene.timeline.actions if a.object_id == oid and a.kind == kind)


def test_a_chase_closes_on_the_one_who_flees_across_the_set() -> None:
    scene = _from(_from(_scene(), 0.0, "Max flees from Tom"), 0.0, "Tom chases Max")
    validate_actions(scene)
    tom, max_ = _id(scene, "Tom"), _id(scene, "Max")
    run, chase = _act(scene, max_, "run"), _act(scene, tom, "chase")
    assert run.start_s == chase.start_s == 0.0  # at the same time
    gap = [float(np.linalg.norm(_xz(scene, tom, t) - _xz(scene, max_, t))) for t in (0.0, 1.0, chase.end_s)]
    assert gap[0] > gap[1] > gap[2] and gap[2] < 1.2, gap
    fled = _xz(scene, max_, run.end_s) - _xz(scene, max_, 0.0)
    assert fled[0] > 1.5 and abs(fled[0]) > 2 * abs(fled[1])  # away from Tom, across the picture
    mid = (chase.start_s + chase.end_s) / 2
    speed = float(np.linalg.norm(_xz(scene, tom, mid + 0.1) - _xz(scene, tom, mid - 0.1))) / 0.2
    assert speed > 2.0  # running, not walking
    assert speed > float(np.linalg.norm(_xz(scene, max_, mid + 0.1) - _xz(scene, max_, mid - 0.1))) / 0.2


def test_a_fleer_at_the_edge_of_the_set_runs_on_into_the_depth_not_through_the_chaser() -> None:
    scene = _from(_scene("move Max 2 metres to the right"), 0.0, "Max flees from Tom")
    max_ = _id(scene, "Max")
    run = _act(scene, max_, "run")
    here = evaluate_scene(scene, 0.0).object(max_).transform.position
    assert run.target is not None and here[0] - 0.5 <= run.target[0] <= max(5.5, here[0]) + 1e-6
    assert run.target[2] < here[2] - 2.0


def test_a_thief_ends_with_the_thing_and_farther_away() -> None:
    scene = _scene("add an apple 1 metre in front of Tom")
    scene = _from(scene, 0.0, "Tom takes the apple")
    scene = _from(scene, 2.2, "Tom flees from Max")
    validate_actions(scene)
    tom, max_, apple = _id(scene, "Tom"), _id(scene, "Max"), _id(scene, "apple")
    end = _act(scene, tom, "run").end_s + 0.5
    assert np.linalg.norm(_xz(scene, tom, end) - _xz(scene, max_, end)) > \
        np.linalg.norm(_xz(scene, tom, 0.0) - _xz(scene, max_, 0.0)) + 2.0
    held = np.array(world_bbox(evaluate_scene(scene, end).object(apple)).center)
    assert np.linalg.norm(held - _palm(scene, tom, end)) < 0.15  # the apple went with him


@pytest.mark.parametrize("kind", ["clap", "celebrate", "dance"])
def test_an_animal_does_its_own_equivalent_of_a_hand_act(kind: str) -> None:
    assert kind_for_body("dog", kind) == "jump"
    assert kind_for_body("humanoid", kind) == kind
    scene = Scene()
    scene = apply_ops(scene, interpret("add a dog named Rex", scene))
    scene = _from(scene, 0.0, f"Rex {'dances' if kind == 'dance' else kind + 's'}")
    rex = _id(scene, "Rex")
    jump = _act(scene, rex, "jump")
    heights = [evaluate_scene(scene, t).object(rex).transform.position[1] for t in np.linspace(0, jump.end_s, 9)]
    assert max(heights) > 0.1  # off the ground: a hop for joy
    assert len([a for a in scene.timeline.actions if a.object_id == rex and a.kind == "jump"]) >= 2  # hop after hop


def test_a_fish_asked_to_walk_swims() -> None:
    assert kind_for_body("fish", "walk") == "swim"


def test_fishing_casts_the_rod_holds_it_out_and_hauls_it_up() -> None:
    scene = _from(_scene(), 0.0, "Tom angles with a fishing rod")
    tom = _id(scene, "Tom")
    act = _act(scene, tom, "fish")
    rod = next(o.id for o in scene.objects if o.type == "fishing_rod")
    assert act.item == rod
    d = act.end_s - act.start_s
    at = act.start_s + 0.5 * d  # waiting with the rod held out over the water
    box = world_bbox(evaluate_scene(scene, at).object(rod))
    assert box.min[1] < _palm(scene, tom, at)[1] < box.max[1]  # held at its butt, in the hand ...
    assert box.max[2] - _palm(scene, tom, at)[2] > 1.0  # ... leaning out ahead over the water
    here = evaluate_scene(scene, at).object(tom).transform.position
    assert _palm(scene, tom, at)[2] - here[2] > 0.3  # out in front
    up = _palm(scene, tom, act.start_s + 0.9 * d)
    assert up[1] > _palm(scene, tom, at)[1] + 0.2  # hauled up


def test_a_spell_thrusts_both_hands_up_toward_the_one_enchanted() -> None:
    scene = _from(_scene(), 0.0, "Tom enchants Max with a magic wand")
    tom, max_ = _id(scene, "Tom"), _id(scene, "Max")
    act = _act(scene, tom, "magic")
    assert act.target_object == max_ and act.item is not None
    at = (act.start_s + act.end_s) / 2
    here = np.array(evaluate_scene(scene, at).object(tom).transform.position)
    for side in "lr":
        palm = _palm(scene, tom, at, side)
        assert palm[1] > here[1] + 1.3  # raised to shoulder height or above
        assert palm[0] - here[0] > 0.35  # reaching toward Max (to the right)


def test_pouring_tips_the_hand_over_the_one_it_is_poured_on() -> None:
    scene = _from(_scene("add an apple 1 metre in front of Tom"), 0.0, "Tom spills the apple over Max")
    tom = _id(scene, "Tom")
    act = _act(scene, tom, "pour")
    assert act.target_object == _id(scene, "Max")
    at = act.start_s + 0.7 * (act.end_s - act.start_s)
    assert abs(evaluate_scene(scene, at).object(tom).pose["hand_r"][2]) > 60.0  # tipped over


def test_hammering_swings_the_hand_up_and_down() -> None:
    scene = _from(_scene("add a table 1 metre in front of Tom"), 0.0, "Tom builds the table with a hammer")
    tom = _id(scene, "Tom")
    act = _act(scene, tom, "hammer")
    heights = [_palm(scene, tom, t)[1] for t in np.arange(act.start_s + 0.5, act.end_s - 0.5, 0.05)]
    assert np.ptp(heights) > 0.35


def test_a_slide_glides_crouched_with_arms_spread_and_no_stride() -> None:
    scene = _from(_scene(), 0.0, "Tom slides")
    tom = _id(scene, "Tom")
    act = _act(scene, tom, "slide")
    at = act.start_s + 0.6 * (act.end_s - act.start_s)
    moved = np.linalg.norm(_xz(scene, tom, act.end_s) - _xz(scene, tom, 0.0))
    assert moved > 2.0
    standing = _palm(scene, tom, 0.0, "l")
    left, right = _palm(scene, tom, at, "l"), _palm(scene, tom, at, "r")
    assert np.linalg.norm(left - right) > 1.0  # arms spread wide
    sunk = evaluate_scene(scene, at).object(tom).transform.position[1] - evaluate_scene(scene, 0.0).object(tom).transform.position[1]
    assert left[1] - sunk > standing[1] + 0.3  # lifted from hanging at the side
    for t in (at, at + 0.2):  # no stride: both legs alike, knees bent in a crouch
        pose = evaluate_scene(scene, t).object(tom).pose
        assert np.allclose(pose["upper_leg_l"], pose["upper_leg_r"], atol=3.0)
        assert pose["lower_leg_l"][0] > 30.0
    assert evaluate_scene(scene, at).object(tom).transform.position[1] < -0.1  # sunk into the knees


def test_new_act_sentences_read_in_german_too() -> None:
    scene = _from(_scene(), 0.0, "Max flieht vor Tom")
    assert _act(scene, _id(scene, "Max"), "run").target is not None
    for sentence, kind in (("Tom angelt mit einer Angel", "fish"), ("Tom verzaubert Max mit einem Zauberstab", "magic"),
                           ("Tom rutscht", "slide"), ("Tom hämmert", "hammer")):
        staged = _from(_scene(), 0.0, sentence)
        assert _act(staged, _id(staged, "Tom"), kind)


def test_every_new_kind_has_a_default_length_and_a_clip() -> None:
    from autark.language.acting import ACT_S
    from autark.motion import CLIPS

    for kind in ("fish", "magic", "pour", "hammer", "slide"):
        assert kind in CLIPS and ACT_S[kind] > 0


def test_a_cast_named_after_its_kind_is_told_apart_by_name() -> None:
    """A film calls two penguins "Penguin" and "Penguin2": each name is that one, not "which penguin?"."""
    from autark.language.objects import new_object
    from autark.ops import AddObject

    scene = Scene()
    for i, name in enumerate(("Penguin", "Penguin2")):
        obj = new_object(scene, "penguin", position=(1.5 * i, 0.0, 0.0)).model_copy(update={"name": name})
        scene = apply_ops(scene, [AddObject(object=obj)])
    staged = _from(scene, 0.0, "Penguin2 slides to Penguin")
    act = _act(staged, _id(staged, "Penguin2"), "slide")
    assert act.target_object == _id(staged, "Penguin")
    assert _act(_from(scene, 0.0, "Penguin walks to the right"), _id(scene, "Penguin"), "walk")
