"""Boats float (language.afloat): a boat or raft goes into the set's water, its footprint inside the water and
its hull under the water line; those who climb out of it step ashore, each on a spot of their own; and an idea
whose events need water gets a set with water (story.waterside), unless it names a dry place on purpose."""

from __future__ import annotations

import math

import pytest

from autark.assets.templates import load_setting
from autark.language import interpret
from autark.language.afloat import afloat_spot, ashore_spot, water_areas
from autark.ops import apply_ops
from autark.ops.templates import setting_ops
from autark.scene import Scene


def _set(name: str) -> Scene:
    scene = Scene()
    return apply_ops(scene, setting_ops(load_setting(name), scene))


@pytest.mark.parametrize("setting", ["beach", "harbour", "mountain_lake", "river_bank", "island"])
@pytest.mark.parametrize("vessel", ["boat", "raft"])
def test_a_vessel_goes_into_the_water_at_the_water_line(setting: str, vessel: str) -> None:
    scene = _set(setting)
    scene = apply_ops(scene, interpret(f"add a {vessel}", scene))
    boat = next(o for o in scene.objects if o.type == vessel and o.tag != "setting")
    spot = afloat_spot(boat, scene, (1.0, 0.0, 0.5))
    assert spot is not None
    waters = water_areas(scene)
    half_w = (boat.bounds_max[0] - boat.bounds_min[0]) / 2
    half_d = (boat.bounds_max[2] - boat.bounds_min[2]) / 2
    water = next(w for w in waters if w.holds(spot[0], spot[2], half_w, half_d))  # the whole hull is in water
    assert water.top_y - 0.3 < spot[1] < water.top_y  # floating: a little under the water line, never buried
    from autark.scene.geometry import world_bbox

    for moored in (o for o in scene.objects if o.type in ("boat", "raft") and o.id != boat.id):  # the set's own
        b = world_bbox(moored)
        assert not (spot[0] - half_w < b.max[0] and spot[0] + half_w > b.min[0] and spot[2] - half_d < b.max[2]
                    and spot[2] + half_d > b.min[2]), (moored.id, spot)


@pytest.mark.parametrize("setting", ["village", "meadow", "kitchen", "city_street"])
def test_a_dry_set_leaves_the_boat_where_it_was(setting: str) -> None:
    scene = _set(setting)
    scene = apply_ops(scene, interpret("add a boat", scene))
    boat = next(o for o in scene.objects if o.type == "boat" and o.tag != "setting")
    assert afloat_spot(boat, scene) is None


def test_a_crew_steps_ashore_each_on_a_spot_of_its_own() -> None:
    scene = _set("beach")
    for s in ("add a woman named Ada", "add a man named Ben", "add a girl named Cleo", "add a boy named Dan",
              "add a boat"):
        scene = apply_ops(scene, interpret(s, scene))
    boat = next(o for o in scene.objects if o.type == "boat" and o.tag != "setting")
    from autark.ops import SetTransform

    scene = apply_ops(scene, [SetTransform(id=boat.id, position=afloat_spot(boat, scene))])
    spots = [ashore_spot(scene.object(boat.id), scene, k) for k in range(4)]
    sea = water_areas(scene)[0]
    assert all(s is not None and not sea.holds(s[0], s[2]) for s in spots)  # on the sand, not in the sea
    assert min(math.dist(a, b) for i, a in enumerate(spots) for b in spots[i + 1:]) >= 0.7  # apart
    scene = apply_ops(scene, interpret("Ada, Ben, Cleo and Dan climb out of the boat", scene))
    from autark.motion import evaluate_scene

    end = evaluate_scene(scene, scene.timeline.duration_s)
    feet = [end.object(o.id).transform.position for o in scene.objects if o.name in ("Ada", "Ben", "Cleo", "Dan")]
    assert len(feet) == 4
    assert min(math.hypot(a[0] - b[0], a[2] - b[2]) for i, a in enumerate(feet) for b in feet[i + 1:]) >= 0.5


@pytest.mark.parametrize(("setting", "vehicle", "verb"), [
    ("city_street", "car", "climbs out of the car"), ("beach", "boat", "climbs out of the boat"),
    ("meadow", "bus", "steigt aus dem Bus"), ("harbour", "raft", "jumps out of the raft")])
def test_told_one_by_one_and_again_they_still_stand_apart(setting: str, vehicle: str, verb: str) -> None:
    scene = _set(setting)
    for s in ("add a woman named Ada", "add a man named Ben", "add a girl named Cleo", f"add a {vehicle}"):
        scene = apply_ops(scene, interpret(s, scene))
    for name in ("Ada", "Ben", "Cleo", "Ada", "Ben"):  # the plan tells the same getting out again
        scene = apply_ops(scene, interpret(f"{name} {verb}", scene))
    from autark.motion import evaluate_scene

    end = evaluate_scene(scene, scene.timeline.duration_s)
    feet = [end.object(o.id).transform.position for o in scene.objects if o.name in ("Ada", "Ben", "Cleo")]
    assert min(math.hypot(a[0] - b[0], a[2] - b[2]) for i, a in enumerate(feet) for b in feet[i + 1:]) >= 0.5


@pytest.mark.parametrize("setting", ["beach", "mountain_lake", "river_bank"])
def test_a_boat_afloat_is_boarded_from_the_shore(setting: str) -> None:
    from autark.ops import SetTransform

    scene = _set(setting)
    for s in ("add a woman named Ada", "add a boat"):
        scene = apply_ops(scene, interpret(s, scene))
    boat = next(o for o in scene.objects if o.type == "boat" and o.tag != "setting")
    scene = apply_ops(scene, [SetTransform(id=boat.id, position=afloat_spot(boat, scene))])
    scene = apply_ops(scene, interpret("Ada climbs into the boat", scene))
    walk = next(a for a in scene.timeline.actions if a.kind == "walk")
    assert not any(w.holds(walk.target[0], walk.target[2]) for w in water_areas(scene))  # she stops on the shore
