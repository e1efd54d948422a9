"""Carrying (issue 17): an animal or an armful picked up is carried in both arms against the chest and goes
where the carrier goes; putting it down lets go of it, and it stays where it was put."""

from __future__ import annotations

import numpy as np

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.holding import _palm
from autark.scene import Scene
from autark.scene.geometry import world_bbox


def _hands(scene: Scene, oid: str) -> np.ndarray:
    o = scene.object(oid)
    return (_palm(o, "r") + _palm(o, "l")) / 2  # type: ignore[operator]


def test_a_picked_up_cat_is_carried_in_both_arms_and_put_down_again() -> None:
    scene = apply_sentences(["add a girl named Mia", "add a cat named Tom 1 metre right of Mia", "Mia picks up Tom",
                  "Mia walks 4 metres to the left", "Mia puts down Tom", "Mia walks 3 metres to the right"])
    mia, tom = (next(o.id for o in scene.objects if o.name == n) for n in ("Mia", "Tom"))
    walk, _put, away = (a for a in scene.timeline.actions if a.kind in ("walk", "put_down") and a.object_id == mia)
    gone = []
    for t in np.linspace(walk.start_s + 0.2, walk.end_s - 0.2, 3):
        s = evaluate_scene(scene, float(t))
        cat = np.array(world_bbox(s.object(tom)).center)
        assert np.linalg.norm(cat - _hands(s, mia)) < 0.4, t  # in her arms all the way
        o = s.object(mia)
        r, left = _palm(o, "r"), _palm(o, "l")
        assert np.linalg.norm(r - left) < 0.45 and min(r[1], left[1]) > 0.5  # both hands up under it
        gone.append(cat)
    assert np.linalg.norm(gone[-1] - gone[0]) > 2.0  # it went with her
    s0, s1 = evaluate_scene(scene, away.start_s + 0.3), evaluate_scene(scene, away.end_s)
    put = [np.array(world_bbox(s.object(tom)).center) for s in (s0, s1)]
    assert np.linalg.norm(put[1] - put[0]) < 0.05 and world_bbox(s1.object(tom)).min[1] < 0.05  # on the ground
    assert np.linalg.norm(put[1] - _hands(s1, mia)) > 2.0  # she walked away without it


def test_an_apple_stays_in_one_hand() -> None:
    scene = apply_sentences(["add a boy named Ben", "add an apple 0.6 metres in front of Ben", "Ben picks up the apple",
                  "Ben walks 3 metres to the right"])
    assert not [a for a in scene.timeline.actions if a.kind == "carry"]
    walk = next(a for a in scene.timeline.actions if a.kind == "walk")
    s = evaluate_scene(scene, (walk.start_s + walk.end_s) / 2)
    ben = next(o for o in s.objects if o.name == "Ben")
    apple = next(o for o in s.objects if o.type == "apple")
    assert np.linalg.norm(np.array(world_bbox(apple).center) - _palm(ben, "r")) < 0.15


def test_an_apple_picked_near_its_tree_hangs_in_it_and_comes_down_in_the_hand() -> None:
    scene = apply_sentences(["add an apple tree", "add an apple 1 metre in front of the apple tree",
                  "add a farmer named Bo 3 metres right of the apple", "Bo picks up the apple",
                  "Bo walks 2 metres to the right"])
    pick = next(a for a in scene.timeline.actions if a.kind == "pick_up")
    s0 = evaluate_scene(scene, pick.start_s)
    tree = world_bbox(next(o for o in s0.objects if o.type == "apple_tree"))
    apple = world_bbox(next(o for o in s0.objects if o.type == "apple"))
    assert apple.min[1] > 1.3 and tree.min[0] < apple.center[0] < tree.max[0]  # in the crown, not on the grass
    s1 = evaluate_scene(scene, pick.end_s + 0.5)
    bo = next(o for o in s1.objects if o.name == "Bo")
    held = np.array(world_bbox(next(o for o in s1.objects if o.type == "apple")).center)
    assert np.linalg.norm(held - _palm(bo, "r")) < 0.15


def test_something_too_big_to_lift_is_refused_with_a_reason() -> None:
    import pytest

    from autark import errors

    with pytest.raises(errors.UserInputError, match="too big to pick up"):
        apply_sentences(["add a desk", "add a man named Tom 1 metre right of the desk", "Tom picks up the desk"])


def test_a_cat_given_to_dad_is_carried_in_his_arms() -> None:
    scene = apply_sentences(["add a girl named Mia", "add a cat named Tom 1 metre right of Mia", "add a man named Dad 2 metres "
                  "left of Mia", "Mia picks up Tom", "Mia gives Tom to Dad", "Dad walks 3 metres to the left"])
    walk = next(a for a in scene.timeline.actions if a.kind == "walk" and a.object_id != "obj1")
    for t in np.linspace(walk.start_s + 0.3, walk.end_s, 3):
        s = evaluate_scene(scene, float(t))
        dad = next(o for o in s.objects if o.name == "Dad")
        cat = np.array(world_bbox(next(o for o in s.objects if o.name == "Tom")).center)
        assert np.linalg.norm(cat - _hands(s, dad.id)) < 0.3
        assert min(_palm(dad, "r")[1], _palm(dad, "l")[1]) > 0.85  # both hands up under it
