"""A part whose action carries two or more bodies across the set (a race, a chase) gets framings of all of them
over their path: a static wide that holds every runner from start to goal, and a wide gliding beside them; both
keep every mover in frame for the whole part, where a follow of one of them loses the other."""

from __future__ import annotations

import pytest

from autark.cinema import SceneStates, measure_shot
from autark.jobs.framings import Framing, SceneShots, build
from autark.jobs.pair_views import path_framings as _path_framings
from autark.jobs.path_shots import movers, path_direction
from autark.jobs.shots import _Part
from autark.language import interpret
from autark.ops.operators import apply_ops
from autark.scene.model import Scene

_SETUPS = [
    ["add a man named Tom", "add a woman named Ann 1 meter right of Tom", "add a tree 9 meters left of Tom",
     "Tom walks to the tree", "Ann walks to the tree"],
    ["add a boy named Ben", "add a girl named Mia 1 meter behind Ben", "add a rock 8 meters right of Ben",
     "Ben runs to the rock", "Mia runs to the rock"],
]


def _scene(said: list[str]) -> tuple[Scene, list[str], float, float]:
    scene = Scene()
    for s in said:
        scene = apply_ops(scene, interpret(s, scene))
    names = {o.name: o.id for o in scene.objects}
    cast = [names[n] for n in ("Tom", "Ann", "Ben", "Mia") if n in names]
    moves = [a for a in scene.timeline.actions if a.object_id in cast]
    return scene, cast, min(a.start_s for a in moves), max(a.end_s for a in moves)


@pytest.mark.parametrize("said", _SETUPS)
def test_both_movers_are_framed_over_their_whole_path(said: list[str]) -> None:
    scene, cast, t0, t1 = _scene(said)
    states = SceneStates(scene)
    assert sorted(movers(states, cast, t0, t1)) == sorted(cast)
    view = path_direction(states, cast, t0, t1)
    assert view is not None and view[2] > 0  # from the set's front side
    ctx = SceneShots(characters=cast, props=[], names={c: c for c in cast}, fps=30)
    shots = _path_framings(ctx, _Part(t0, t1, "wide", "static", None, None), states)
    assert [fr.path for fr in shots] == ["wide", "track", "track"]
    seen = []
    for fr in shots:  # the planner keeps the first that passes: one does, and it holds both all along
        cand = build(scene, ctx, fr, "p", t0, t1, states)
        m = measure_shot(cand, "p", t0, t1, cast, width=320, height=180, states=states, across=True)
        seen.append(m.subjects_visible_pct)
        if m.ok:
            assert m.subjects_visible_pct >= 95.0 and m.back_pct <= 50.0
            break
    else:
        raise AssertionError(f"no path framing passes: {seen}")
    follow = Framing("medium", cast[0], "follow")
    cand = build(scene, ctx, follow, "f", t0, t1, states)
    assert measure_shot(cand, "f", t0, t1, cast, width=320, height=180, states=states).subjects_visible_pct < 95.0


def test_one_who_stands_is_no_mover() -> None:
    scene, cast, t0, t1 = _scene(["add a man named Tom", "add a woman named Ann 1 meter right of Tom",
                                  "add a tree 9 meters left of Tom", "Tom walks to the tree"])
    assert movers(SceneStates(scene), cast, t0, t1) == [cast[0]]
