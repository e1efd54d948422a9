"""A held thing is set down before its holder lies down, falls asleep, sits or hugs (issue 17: a character fell
asleep still holding a bucket): on the ground in front, out of the hands, and it stays there."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.holding import _palm
from autark.scene import Scene
from autark.scene.geometry import world_bbox


def _id(scene: Scene, name: str) -> str:
    return next(o.id for o in scene.objects if o.name == name)


@pytest.mark.parametrize(("sentences", "thing", "rest"), [
    (["add a man named Tom", "add a bucket 0.6 metres in front of Tom", "Tom picks up the bucket",
      "Tom sleeps"], "bucket", "sleep"),
    (["füge einen Jungen namens Ben hinzu", "füge einen Apfel 0,6 Meter vor Ben hinzu", "Ben hebt den Apfel auf",
      "Ben legt sich hin"], "apple", "lie"),
    (["add a girl named Mia", "add a cat named Kit 1 metre right of Mia", "Mia picks up Kit",
      "Mia walks 2 metres to the left", "Mia lies down"], "cat", "lie"),
    (["add a woman named Ada", "add a man named Max 3 metres right of Ada", "add a book 0.6 metres in front of Ada",
      "Ada picks up the book", "Ada hugs Max"], "book", "hug"),
    (["füge eine Frau namens Eva hinzu", "füge einen Eimer 0,6 Meter vor Eva hinzu", "Eva hebt den Eimer auf",
      "Eva schläft"], "bucket", "sleep"),
])
def test_the_held_thing_is_on_the_ground_once_the_holder_rests(sentences: list[str], thing: str, rest: str) -> None:
    scene = apply_sentences(sentences)
    who = next(a.object_id for a in scene.timeline.actions if a.kind == rest)
    act = next(a for a in scene.timeline.actions if a.kind == rest)
    item = next(o.id for o in scene.objects if o.type == thing or o.name.lower() == "kit" and thing == "cat")
    before = evaluate_scene(scene, act.start_s - 0.05)
    assert np.linalg.norm(np.array(world_bbox(before.object(item)).center) - _palm(before.object(who), "r")) < 0.45
    for t in (act.end_s - 0.1, act.end_s + 2.0):
        s = evaluate_scene(scene, t)
        box = world_bbox(s.object(item))
        assert box.min[1] < 0.05, (t, box.min)  # down on the ground
        if rest != "hug":
            assert np.linalg.norm(np.array(box.center) - _palm(s.object(who), "r")) > 0.2
    assert not [a for a in scene.timeline.actions if a.kind == "carry" and a.start_s > act.start_s]


def test_a_book_read_seated_stays_in_the_hands() -> None:
    from autark.motion.holding import set_down_before_rest
    from autark.scene.timeline import Action

    acts = [Action(object_id="a", kind="pick_up", start_s=0.0, end_s=1.0, item="book"),
            Action(object_id="a", kind="sit", start_s=1.0, end_s=2.0, target_object="chair"),
            Action(object_id="a", kind="read", start_s=2.0, end_s=4.0, item="book")]
    assert set_down_before_rest(acts) == []
    assert [a.kind for a in set_down_before_rest(acts[:2])] == ["put_down"]


@pytest.mark.parametrize(("sentences", "thing", "rest"), [
    (["add a man named Tom", "add a key 0.6 metres in front of Tom", "Tom picks up the key", "Tom sleeps"],
     "key", "sleep"),
    (["füge eine Frau namens Eva hinzu", "füge einen Ring 0,6 Meter vor Eva hinzu", "Eva hebt den Ring auf",
      "Eva legt sich hin"], "ring", "lie"),
])
def test_a_small_thing_is_pocketed_not_dropped(sentences: list[str], thing: str, rest: str) -> None:
    scene = apply_sentences(sentences)
    act = next(a for a in scene.timeline.actions if a.kind == rest)
    item = next(o.id for o in scene.objects if o.type == thing)
    assert evaluate_scene(scene, act.start_s - 0.05).object(item).visible
    for t in (act.start_s + 0.7, act.end_s + 1.0):
        assert not evaluate_scene(scene, t).object(item).visible  # in the pocket, out of sight
