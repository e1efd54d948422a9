"""A boat that sinks (story.told_changes: 'the sinking boat', 'bis es untergeht') goes down where it lies: it lists,
settles by its own height and fades out as it goes under (jobs.effects), never thrown in an arc into the
set's nearest lake; a ring dropped into water still flies into it."""

from __future__ import annotations

import pytest

from autark.jobs.carried_off import away_ops
from autark.language import interpret
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.scene import Scene


def _scene(thing: str) -> tuple[Scene, str]:
    scene = Scene()
    for s in ("add a man named Tom", f"add a {thing} 3 metres right of Tom"):
        scene = apply_ops(scene, interpret(s, scene))
    return scene, next(o.id for o in scene.objects if o.type == thing)


@pytest.mark.parametrize("vessel", ["boat", "raft"])
def test_a_sinking_boat_lists_and_goes_down_where_it_lies(vessel: str) -> None:
    scene, oid = _scene(vessel)
    x0, y0, z0 = evaluate_scene(scene, 0.0).object(oid).transform.position
    scene = apply_ops(scene, away_ops(scene, oid, "sink", 2.0, 4.0))
    away = f"{oid}_away"
    mid, late = evaluate_scene(scene, 4.0).object(away), evaluate_scene(scene, 5.8).object(away)
    assert not evaluate_scene(scene, 2.5).object(oid).visible and mid.visible
    assert abs(mid.transform.position[0] - x0) < 1e-6 and abs(mid.transform.position[2] - z0) < 1e-6  # in place
    assert y0 > mid.transform.position[1] > late.transform.position[1]  # settles, then goes under
    assert abs(mid.transform.rotation[2]) > 10.0  # listing
    assert float(late.material.opacity) < 0.5 < float(mid.material.opacity)  # fading as it goes under
    assert not evaluate_scene(scene, 6.5).object(away).visible


def test_before_it_goes_down_it_lists_and_settles_with_those_aboard() -> None:
    scene, oid = _scene("boat")
    scene = apply_ops(scene, interpret("Tom climbs into the boat", scene))
    tom = next(o.id for o in scene.objects if o.name == "Tom")
    scene = apply_ops(scene, away_ops(scene, oid, "sink", 12.0, 4.0))
    early, late = evaluate_scene(scene, 4.5), evaluate_scene(scene, 11.9)
    assert abs(late.object(oid).transform.rotation[2]) > 5.0 > abs(early.object(oid).transform.rotation[2])
    assert late.object(tom).transform.position[1] < early.object(tom).transform.position[1] - 0.05  # he settles too


def test_one_still_aboard_goes_down_with_it_into_the_water() -> None:
    # the boat fades out under the water; he had stayed seated in the air where it had been
    scene, oid = _scene("boat")
    scene = apply_ops(scene, interpret("Tom climbs into the boat", scene))
    tom = next(o.id for o in scene.objects if o.name == "Tom")
    scene = apply_ops(scene, away_ops(scene, oid, "sink", 12.0, 4.0))
    aboard, after = evaluate_scene(scene, 11.9).object(tom), evaluate_scene(scene, 17.0).object(tom)
    drop = aboard.transform.position[1] - after.transform.position[1]
    assert 0.3 < drop < 0.65, drop  # to the chest, not under
    assert not evaluate_scene(scene, 17.0).object(f"{oid}_away").visible and after.visible


def test_a_sinking_boat_goes_all_the_way_under() -> None:
    # it settled by its own height (a rowing boat 0.7 m), which a viewer did not read as sunk
    scene, oid = _scene("boat")
    y0 = evaluate_scene(scene, 0.0).object(oid).transform.position[1]
    scene = apply_ops(scene, away_ops(scene, oid, "sink", 2.0, 4.0))
    last = evaluate_scene(scene, 5.95).object(f"{oid}_away").transform.position[1]
    assert y0 - last > 1.5
