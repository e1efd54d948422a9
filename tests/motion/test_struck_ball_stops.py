"""A kicked ball stops at the first body or solid thing on its way (``autark.motion.strikes.first_in_way``):
it never ends inside or behind the robot, the tree or the person standing in its path, and it flies on as
before when the way is free or the thing is low (a rug)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox

# (sentences; the type of what stands in the way, None when nothing does)
_KICKS = [
    (["add a man named Tom", "add a ball 1 m in front of Tom", "add a robot 4 m in front of Tom",
      "Tom kicks the ball"], "robot"),
    (["add a girl named Lina", "add a ball 1 m right of Lina", "add a tree 5 m right of Lina",
      "Lina kicks the ball"], "tree"),
    (["add a boy named Sam", "add a ball 1 m behind Sam", "add a woman named Ada 4 m behind Sam",
      "Sam kicks the ball"], "woman"),
    (["add a woman named Eva", "add a ball 1 m left of Eva", "add a barrel 3 m left of Eva",
      "Eva kicks the ball"], "barrel"),
    (["füge einen Mann namens Udo hinzu", "füge einen Ball 1 m vor Udo hinzu", "füge einen Roboter 4 m vor Udo hinzu",
      "Udo schießt den Ball"], "robot"),
    (["füge ein Mädchen namens Pia hinzu", "füge einen Ball 1 m rechts von Pia hinzu",
      "füge einen Baum 5 m rechts von Pia hinzu", "Pia tritt den Ball"], "tree"),
    (["füge einen Jungen namens Ben hinzu", "füge einen Ball 1 m vor Ben hinzu",
      "füge einen Teppich 3 m vor Ben hinzu", "Ben kickt den Ball"], None),
    (["add a man named Leo", "add a ball 1 m in front of Leo", "add a rug 3 m in front of Leo",
      "Leo kicks the ball"], None),
]


@pytest.mark.parametrize(("sentences", "blocker"), _KICKS, ids=[k[0][-1] for k in _KICKS])
def test_a_kicked_ball_stops_at_what_stands_in_its_way(sentences: list[str], blocker: str | None) -> None:
    scene = apply_sentences(sentences)
    ball = next(o.id for o in scene.objects if o.type == "ball")
    (kick,) = [a for a in scene.timeline.actions if a.kind == "kick"]
    kicker = kick.object_id
    start = np.array(world_bbox(evaluate_scene(scene, 0.0).object(ball)).center)
    end = np.array(world_bbox(evaluate_scene(scene, kick.end_s + 0.5).object(ball)).center)
    flown = float(np.hypot(*(end - start)[[0, 2]]))
    assert flown > 1.0  # it was kicked
    if blocker is None:
        assert flown > 5.0  # over a rug, on as far as a free kick goes
        return
    wall = next(o for o in scene.objects if o.type == blocker and o.id != kicker)
    box = world_bbox(evaluate_scene(scene, kick.end_s + 0.5).object(wall.id))
    near = float(np.hypot(*(np.array(box.center) - start)[[0, 2]]))
    assert flown < near  # short of the middle of the thing in its way, not behind it
    for t in np.linspace(kick.start_s, kick.end_s + 0.5, 30):  # and never inside it on the way
        c = world_bbox(evaluate_scene(scene, float(t)).object(ball)).center
        inside = all(box.min[k] + 0.05 < c[k] < box.max[k] - 0.05 for k in (0, 2)) and c[1] < box.max[1]
        assert not inside, t
