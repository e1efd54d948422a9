"""Making and unmaking drawn on a scene: a thing made rises in held stages (a picture on an easel), a big thing
that breaks falls in to a ruin with pieces that stay, a thing dug up comes out of a hole beside a heap of
earth. Checked on the keyframes and particles the effects lay, read at times before, during and after."""

from __future__ import annotations

import pytest

from autark.jobs.changes import change_ops
from autark.jobs.making import MAKING_BASE, MAKING_STAGES
from autark.jobs.shot_actions import with_ops
from autark.language import new_object
from autark.motion import evaluate_scene
from autark.ops import AddObject, SetSettings
from autark.scene.model import Scene


def _scene(kind: str, duration_s: float = 12.0) -> tuple[Scene, str]:
    scene = with_ops(Scene(name="t"), [SetSettings(changes={"duration_s": duration_s})])
    obj = new_object(scene, kind, position=(0.0, 0.0, 0.0))
    return with_ops(scene, [AddObject(object=obj)]), obj.id


def _changed(kind: str, change: str, t0: float = 2.0, t1: float = 8.0) -> tuple[Scene, str]:
    scene, oid = _scene(kind)
    ops = change_ops(scene, evaluate_scene(scene, t0), change, oid, t0, t1, scene.settings.duration_s)
    return with_ops(scene, ops), oid


def _height_share(scene: Scene, oid: str, t: float) -> float:
    return evaluate_scene(scene, t).object(oid).transform.scale[1] / scene.object(oid).transform.scale[1]


@pytest.mark.parametrize("kind", ["raft", "cake", "snowman", "statue"])
def test_a_made_thing_rises_in_held_stages_while_they_work(kind: str) -> None:
    scene, oid = _changed(kind, "make")
    assert _height_share(scene, oid, 1.0) == pytest.approx(MAKING_BASE, abs=0.01)  # a base before the work
    samples = [round(_height_share(scene, oid, t), 2) for t in (2.0 + k * 6.0 / MAKING_STAGES + 1.2
                                                                for k in range(MAKING_STAGES))]
    assert samples == sorted(samples) and len(set(samples)) == MAKING_STAGES  # each stage held, one higher
    assert 0.2 < samples[1] < 0.8  # half made is seen
    assert _height_share(scene, oid, 11.0) == pytest.approx(1.0, abs=0.01)
    pieces = [o for o in scene.objects if o.id.startswith(f"{oid}_making")]
    assert len(pieces) >= MAKING_STAGES  # its pieces, flying in from a heap


def test_a_flat_thing_spreads_rather_than_rises() -> None:
    scene, oid = _changed("letter", "make")
    before, after = evaluate_scene(scene, 1.0).object(oid).transform.scale, scene.object(oid).transform.scale
    assert before[0] < 0.5 * after[0] and before[1] == pytest.approx(after[1])


def test_a_picture_is_painted_on_an_easel_facing_the_front() -> None:
    scene, oid = _changed("painting", "make")
    easels = [o for o in scene.objects if o.type == "easel"]
    assert len(easels) == 1
    end = evaluate_scene(scene, 11.0)
    picture, easel = end.object(oid), end.object(easels[0].id)
    assert easel.visible and picture.transform.position[1] > 0.6  # up on the ledge
    assert picture.transform.position[2] > easel.transform.position[2]  # in front of it
    assert end.object(oid).transform.rotation[1] == 0.0


def test_a_big_thing_that_breaks_falls_in_and_its_ruin_and_pieces_stay() -> None:
    scene, oid = _changed("house", "break", 2.0, 2.3)
    assert _height_share(scene, oid, 1.9) == pytest.approx(1.0)
    shaking = {round(evaluate_scene(scene, t).object(oid).transform.position[0], 3) for t in (2.3, 2.4, 2.5, 2.6)}
    assert len(shaking) > 1  # it shakes before it gives way
    end = evaluate_scene(scene, 11.9)
    assert end.object(oid).visible and _height_share(scene, oid, 11.9) < 0.4  # a low ruin, tipped
    assert abs(end.object(oid).transform.rotation[2]) > 5.0
    lying = [o for o in end.objects if o.id.startswith(f"{oid}_break") and o.visible and o.type == "cube"]
    assert len(lying) >= 12


def test_a_small_thing_that_breaks_still_shatters() -> None:
    scene, oid = _changed("vase", "break", 2.0, 2.3)
    end = evaluate_scene(scene, 11.9)
    assert not end.object(oid).visible
    assert sum(1 for o in end.objects if o.id.startswith(f"{oid}_break") and o.visible) >= 6


def test_a_thing_dug_up_comes_out_of_a_hole_beside_a_heap_of_earth() -> None:
    scene, oid = _changed("treasure_chest", "unearth")
    top_before = evaluate_scene(scene, 3.0)
    assert top_before.object(oid).transform.position[1] < -0.3  # under the ground while they dig
    end = evaluate_scene(scene, 11.0)
    assert end.object(oid).transform.position[1] == pytest.approx(0.0, abs=0.01)
    dug = [o for o in end.objects if o.id.startswith(f"{oid}_dig") and o.visible]
    assert {o.type for o in dug} >= {"cylinder", "sphere"}  # the hole and the heap, still there


def test_in_a_storm_a_big_thing_falls_in_as_lightning_strikes_it() -> None:
    from autark.scene.weather import lightning_strikes

    scene, oid = _scene("house", 30.0)
    scene = with_ops(scene, [SetSettings(changes={"weather": "storm"})])
    strike = lightning_strikes("storm", 0.0, 30.0)[0]
    t0 = max(0.0, strike - 1.0)  # its time comes a second before a strike: it waits for the bolt
    ops = change_ops(scene, evaluate_scene(scene, t0), "break", oid, t0, t0 + 0.3, scene.settings.duration_s)
    scene = with_ops(scene, ops)
    bolts = [o for o in scene.objects if o.id.startswith(f"{oid}_break") and o.type == "cylinder"]
    assert len(bolts) == 1 and evaluate_scene(scene, strike + 0.1).object(bolts[0].id).visible
    assert _height_share(scene, oid, strike - 0.05) == pytest.approx(1.0)
    assert _height_share(scene, oid, 29.0) < 0.4
