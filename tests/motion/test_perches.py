"""Sitting on or by things made with no seat (issue 17): round a campfire on the ground facing it, on a picnic
blanket, an animal up in a tree or on a roof (and rescued from there into someone's arms); a lamp or a ball is
still refused."""

from __future__ import annotations

import math

import numpy as np
import pytest

from autark import errors
from autark.assets.rig import bone_world_position
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.holding import _palm
from autark.scene import Scene
from autark.scene.geometry import model_matrix, world_bbox


def _named(scene: Scene, name: str):  # noqa: ANN202
    return next(o for o in scene.objects if o.name == name)


def _pelvis(o) -> np.ndarray:  # noqa: ANN001
    m = model_matrix(o.transform)
    return m[:3, :3] @ bone_world_position(o.type, o.pose, "root") + m[:3, 3]


def test_three_friends_sit_round_the_campfire_on_the_ground_facing_it() -> None:
    scene = apply_sentences(["add a campfire", "add a man named Sam 2 metres left of the campfire",
                  "add a woman named Kim 2 metres right of the campfire", "add a boy named Finn 2 metres in front of "
                  "the campfire", "Sam sits by the campfire", "meanwhile Kim sits around the campfire",
                  "meanwhile Finn sits at the campfire"])
    end = max(a.end_s for a in scene.timeline.actions) + 0.5
    s = evaluate_scene(scene, end)
    fire = np.array(world_bbox(next(o for o in s.objects if o.type == "campfire")).center)
    spots = []
    for name in ("Sam", "Kim", "Finn"):
        o = _named(s, name)
        pelvis = _pelvis(o)
        assert pelvis[1] < 0.25, (name, pelvis)  # on the ground, not standing (a standing pelvis is ~0.9 m up)
        h = math.radians(o.transform.rotation[1])
        to_fire = fire - pelvis
        cos = (math.sin(h) * to_fire[0] + math.cos(h) * to_fire[2]) / math.hypot(to_fire[0], to_fire[2])
        facing = math.degrees(math.acos(min(max(cos, -1.0), 1.0)))
        assert facing < 30.0, (name, facing)
        assert 0.5 < math.hypot(to_fire[0], to_fire[2]) < 1.4  # by it, not in it
        spots.append(pelvis)
    assert min(math.dist(a, b) for a, b in [(spots[0], spots[1]), (spots[0], spots[2]), (spots[1], spots[2])]) > 0.7


def test_a_cat_sits_up_in_the_tree_and_is_rescued_into_the_firefighters_arms() -> None:
    scene = apply_sentences(["add a tree", "add a cat named Tom 2 metres in front of the tree",
                  "add a firefighter named Sam 3 metres right of Tom", "Tom sits in the tree", "Sam picks up Tom",
                  "Sam walks 3 metres to the right"])
    pick = next(a for a in scene.timeline.actions if a.kind == "pick_up")
    up = evaluate_scene(scene, pick.start_s)
    tree = world_bbox(next(o for o in up.objects if o.type == "tree"))
    cat = world_bbox(_named(up, "Tom"))
    assert cat.min[1] > 1.5 and tree.min[0] < cat.center[0] < tree.max[0]  # up in it, not at its foot
    walk = next(a for a in scene.timeline.actions if a.kind == "walk")
    for t in np.linspace(walk.start_s + 0.2, walk.end_s, 3):
        s = evaluate_scene(scene, float(t))
        sam = _named(s, "Sam")
        hands = (_palm(sam, "r") + _palm(sam, "l")) / 2
        assert np.linalg.norm(np.array(world_bbox(_named(s, "Tom")).center) - hands) < 0.4
    # it came down over a moment, not in one frame
    heights = [world_bbox(_named(evaluate_scene(scene, float(t)), "Tom")).center[1]
               for t in np.arange(pick.start_s, pick.end_s, 1 / 12)]
    assert max(abs(b - a) for a, b in zip(heights, heights[1:], strict=False)) < 0.6


def test_a_cat_on_the_roof_sits_on_its_ridge() -> None:
    scene = apply_sentences(["add a house", "add a cat named Tom 3 metres in front of the house", "Tom sits on the house"])
    s = evaluate_scene(scene, max(a.end_s for a in scene.timeline.actions) + 0.5 if scene.timeline.actions else 5.0)
    house = world_bbox(next(o for o in s.objects if o.type == "house"))
    assert world_bbox(_named(s, "Tom")).min[1] == pytest.approx(house.max[1], abs=0.1)


def test_sitting_on_a_beach_towel_is_on_it_and_a_lamp_is_refused() -> None:
    scene = apply_sentences(["add a beach towel", "add a woman named Ann 2 metres left of the beach towel",
                  "Ann sits on the beach towel"])
    s = evaluate_scene(scene, max(a.end_s for a in scene.timeline.actions) + 0.5)
    towel = world_bbox(next(o for o in s.objects if o.type == "beach_towel"))
    pelvis = _pelvis(_named(s, "Ann"))
    assert towel.min[0] <= pelvis[0] <= towel.max[0] and towel.min[2] <= pelvis[2] <= towel.max[2]
    assert pelvis[1] < 0.25
    with pytest.raises(errors.UserInputError, match="seat"):
        apply_sentences(["add a robot", "add a lamp", "the robot sits on the lamp"])


@pytest.mark.parametrize(("idea", "want"), [
    ("a firefighter rescues a cat from a tree", "Cat sits on the tree"),
    ("Ein Feuerwehrmann rettet eine Katze vom Baum", "Katze setzt sich auf den Baum"),
])
def test_an_animal_rescued_from_a_tree_is_up_in_it_when_the_story_begins(idea: str, want: str) -> None:
    from autark.story import plan

    sp = plan(idea, duration_s=30, seed=0)
    first = sp.scenes[0].shots[0].actions
    assert want in first, first
    later = [a for s in sp.scenes for shot in s.shots[1:] for a in shot.actions]
    assert not any(want in a for a in later)


def test_a_family_that_sits_down_by_a_picnic_towel_sits_round_it_each_in_a_place_of_their_own() -> None:
    scene = apply_sentences(["add a beach towel", "add a man named Tom 2 metres left of the beach towel",
                  "add a woman named Eva 2 metres right of the beach towel",
                  "add a girl named Lia 2 metres in front of the beach towel",
                  "Tom sits down", "meanwhile Eva sits down", "meanwhile Lia sits down"])
    s = evaluate_scene(scene, max(a.end_s for a in scene.timeline.actions) + 0.5)
    towel = world_bbox(next(o for o in s.objects if o.type == "beach_towel"))
    spots = [_pelvis(_named(s, n)) for n in ("Tom", "Eva", "Lia")]
    for p in spots:
        assert towel.min[0] - 0.1 <= p[0] <= towel.max[0] + 0.1 and towel.min[2] - 0.1 <= p[2] <= towel.max[2] + 0.1
        assert p[1] < 0.25
    assert min(math.dist(a, b) for k, a in enumerate(spots) for b in spots[k + 1:]) > 0.55


def test_a_family_eating_at_the_table_sits_round_it_on_chairs() -> None:
    scene = apply_sentences(["add a table", "add a man named Dad 2 metres left of the table",
                  "add a woman named Mum 2 metres right of the table", "Dad eats at the table",
                  "Mum eats the table"])  # the screenplay's words for "eats dinner at the table"
    chairs = [o for o in scene.objects if o.type == "chair"]
    assert len(chairs) == 2  # one brought for each, the table had none
    s = evaluate_scene(scene, max(a.end_s for a in scene.timeline.actions) - 0.5)
    table = world_bbox(next(o for o in s.objects if o.type == "table"))
    for name in ("Dad", "Mum"):
        o = _named(s, name)
        pelvis = _pelvis(o)
        assert abs(pelvis[1] - 0.55) < 0.2, name  # on a chair's seat
        assert math.dist((pelvis[0], pelvis[2]), (table.center[0], table.center[2])) < 1.4
        eats = [a for a in scene.timeline.actions if a.object_id == o.id and a.kind == "eat"]
        sits = [a for a in scene.timeline.actions if a.object_id == o.id and a.kind == "sit"]
        assert eats and sits and eats[0].start_s >= sits[0].end_s - 1e-6


@pytest.mark.parametrize("idea", ["a cat is stuck in a tree", "Eine Katze sitzt auf dem Baum fest"])
def test_a_cat_stuck_in_a_tree_stays_up_there(idea: str) -> None:
    from autark.story import plan

    sp = plan(idea, duration_s=30, seed=0)
    shots = [shot.actions for s in sp.scenes for shot in s.shots]
    assert any(a.startswith(("Cat sits on", "Katze setzt sich auf")) for a in shots[0])
    moves = (" walks", " geht", " jumps", " springt")
    assert not [a for acts in shots[1:] for a in acts if a.startswith(("Cat ", "Katze ")) and any(m in a for m in moves)]


def test_one_told_to_sit_on_the_picnic_plate_sits_on_the_towel_by_it() -> None:
    scene = apply_sentences(["add a beach towel", "add a plate 1 metre right of the beach towel",
                  "add a girl named Lia 1 metre in front of the plate", "Lia sits on the plate"])
    (sit,) = [a for a in scene.timeline.actions if a.kind == "sit"]
    assert scene.object(sit.target_object).type == "beach_towel"


def test_a_horse_named_after_the_orchard_is_not_put_up_a_tree() -> None:
    from autark.story import analyze
    from autark.story import plan as story_plan
    from autark.story.perches import perches

    idea = "a farmer picks apples in the orchard and gives one to his horse"
    sp = story_plan(idea, duration_s=30, seed=0)
    assert perches(analyze(idea), sp.scenes[0].characters) == []
    assert not any(" sits on " in a for s in sp.scenes for shot in s.shots for a in shot.actions)
