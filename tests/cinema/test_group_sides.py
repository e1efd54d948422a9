"""A wide of the whole cast is tried from either side too (a girl standing behind the robot on its bench, seen from
the front, was hidden in every wide the planner had), and a cast of one is not."""

from __future__ import annotations

from autark.jobs.framings import SceneShots, candidates


def test_a_wide_of_two_is_tried_from_either_side() -> None:
    ctx = SceneShots(characters=["robot", "girl"], props=[], names={}, fps=24)
    tries = candidates(ctx, "wide", "static", "robot", None, [], ["girl", "robot"])
    sides = {f.view for f in tries if f.group == ("robot", "girl") and f.size == "wide"}
    assert {"left", "right", "front"} <= sides


def test_a_wide_of_one_is_not() -> None:
    ctx = SceneShots(characters=["robot"], props=[], names={}, fps=24)
    tries = candidates(ctx, "wide", "static", "robot", None, [])
    assert not [f for f in tries if f.group and f.view in ("left", "right")]
