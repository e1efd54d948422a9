"""Walks and rolls go around what stands in their way (``autark.motion.route``), or are refused naming it."""

from __future__ import annotations

import numpy as np
import pytest

from autark import errors
from autark.language import interpret
from autark.language.placement import world_box
from autark.motion import evaluate_scene
from autark.motion.route import Blocked, route
from autark.ops import apply_ops
from autark.scene import Scene
from autark.scene.geometry import AABB


def run(sentences: list[str]) -> Scene:
    scene = Scene()
    for s in sentences:
        scene = apply_ops(scene, interpret(s, scene))
    return scene


def _overlap_xz(a: AABB, b: AABB) -> bool:
    return a[0] < b[3] and b[0] < a[3] and a[2] < b[5] and b[2] < a[5]


def _never_through(scene: Scene, mover: str, blocker: str, t0: float, t1: float) -> None:
    for t in np.linspace(t0, t1, 61):
        state = evaluate_scene(scene, float(t))
        m, b = state.object(mover), state.object(blocker)
        assert not _overlap_xz(world_box(m), world_box(b)), f"{m.name} is inside {b.name} at {t:.2f} s"


def test_a_straight_free_way_stays_straight() -> None:
    pts = route((0, 0, 0), (4, 0, 0), 0.2, (0.0, 1.7), [("far", AABB.of(0, 0, 3, 1, 1, 4))])
    assert pts == [(0, 0, 0), (4, 0, 0)]


def test_the_way_goes_round_a_box_and_keeps_clear_of_it() -> None:
    box = AABB.of(1.5, 0.0, -0.5, 2.5, 1.0, 0.5)
    pts = route((0, 0, 0), (4, 0, 0), 0.2, (0.0, 1.7), [("crate", box)])
    assert len(pts) > 2 and pts[0] == (0, 0, 0) and pts[-1] == (4, 0, 0)
    for a, b in zip(pts, pts[1:], strict=False):  # no sample of any leg comes inside the box plus the body
        for u in np.linspace(0, 1, 50):
            x, z = a[0] + (b[0] - a[0]) * u, a[2] + (b[2] - a[2]) * u
            assert not (1.5 - 0.2 < x < 2.5 + 0.2 and -0.5 - 0.2 < z < 0.5 + 0.2)
    assert sum(np.hypot(b[0] - a[0], b[2] - a[2]) for a, b in zip(pts, pts[1:], strict=False)) < 6.0  # short


def test_flat_and_overhead_things_are_no_obstacles() -> None:
    rug = AABB.of(1, 0, -1, 3, 0.02, 1)
    lamp = AABB.of(1, 2.2, -1, 3, 2.6, 1)
    assert route((0, 0, 0), (4, 0, 0), 0.2, (0.0, 1.8), [("rug", rug), ("lamp", lamp)]) == [(0, 0, 0), (4, 0, 0)]


def test_a_closed_way_names_what_closes_it() -> None:
    wall = AABB.of(-0.1, 0, -50, 0.1, 2, 50)
    with pytest.raises(Blocked) as err:
        route((-2, 0, 0), (2, 0, 0), 0.2, (0.0, 1.7), [("wall", wall)])
    assert err.value.ids == ["wall"]


def test_a_rolling_ball_goes_round_a_robot_in_its_way() -> None:
    scene = run(["add a robot", "add a ball 3 m left of the robot", "add a tree 3 m right of the robot",
                 "the ball rolls to the tree"])
    ball = next(o for o in scene.objects if o.type == "ball")
    robot = next(o for o in scene.objects if o.type == "robot")
    end = max(k.time_s for t in scene.timeline.tracks for k in t.keyframes)
    _never_through(scene, ball.id, robot.id, 0.0, end)
    assert evaluate_scene(scene, end).object(ball.id).transform.position[0] > 2.0  # it got there


def test_a_walker_goes_round_a_table_in_its_way() -> None:
    scene = run(["add a table", "add a man named Tom 3 m left of the table", "add a lamp 3 m right of the table",
                 "Tom walks to the lamp"])
    tom = next(o for o in scene.objects if o.name == "Tom")
    table = next(o for o in scene.objects if o.type == "table")
    walks = [a for a in scene.timeline.actions if a.object_id == tom.id]
    assert len(walks) >= 2  # a leg round the corner
    _never_through(scene, tom.id, table.id, walks[0].start_s, walks[-1].end_s)
    assert evaluate_scene(scene, walks[-1].end_s).object(tom.id).transform.position[0] > 2.0


def test_a_walk_through_a_closed_fence_is_refused_and_changes_nothing() -> None:
    scene = run(["add a wall", "make the wall 40 m wide", "add a man named Tom 2 m in front of the wall",
                 "add a lamp 2 m behind the wall"])
    with pytest.raises(errors.UserInputError, match="blocked by 'wall'"):
        interpret("Tom walks to the lamp", scene)
