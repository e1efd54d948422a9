"""Crews in their vehicles (motion.vehicles, language.vehicles): a pilot sits in the plane's cockpit all through
the flight and the plane lands on the ground, passengers take the bus's seats and ride inside its footprint, a
balloon's crew stands in its basket as it rises, and whoever gets out stands beside the vehicle after."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library
from autark.assets.rig import bone_world_position
from autark.audio import VoiceEngine
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.vehicles import SEATS
from autark.scene import Scene
from autark.scene.geometry import model_matrix, world_bbox


def _hips_local(scene: Scene, t: float, who: str, vehicle: str) -> np.ndarray:
    """The rider's pelvis at t in the vehicle's own metres (its front toward +Z)."""
    s = evaluate_scene(scene, t)
    o = s.object(who)
    m = model_matrix(o.transform)
    pelvis = m[:3, :3] @ bone_world_position(o.type, o.pose, "root") + m[:3, 3]
    v = model_matrix(s.object(vehicle).transform)
    return np.linalg.inv(v[:3, :3]) @ (pelvis - v[:3, 3])


def _ride(scene: Scene, who: str, last: bool = False):
    rides = [a for a in scene.timeline.actions if a.kind == "ride" and a.object_id == who]
    return rides[-1] if last else rides[0]


def _named(scene: Scene, name: str) -> str:
    return next(o.id for o in scene.objects if o.name == name)


def _of_type(scene: Scene, typ: str) -> str:
    return next(o.id for o in scene.objects if o.type == typ)


@pytest.mark.parametrize("typ", sorted(SEATS))
def test_every_seat_lies_within_its_vehicle(typ: str) -> None:
    spec = library.get(typ)
    for seat in SEATS[typ]:
        x, y, z = seat.at
        assert spec.bounds_min[0] <= x <= spec.bounds_max[0], (typ, seat)
        assert spec.bounds_min[2] <= z <= spec.bounds_max[2], (typ, seat)
        assert 0.0 <= y < spec.bounds_max[1], (typ, seat)


@pytest.mark.parametrize("sentences", [
    ["add a pilot named Ann", "add an airplane 5 metres left of Ann", "Ann climbs into the airplane",
     "Ann flies the airplane to the right", "Ann lands"],
    ["füge eine Pilotin namens Ann hinzu", "füge ein Flugzeug 5 Meter links von Ann hinzu",
     "Ann steigt in das Flugzeug", "Ann fliegt mit dem Flugzeug nach rechts", "Ann landet"],
], ids=["en", "de"])
def test_the_pilot_sits_in_the_cockpit_through_the_flight_and_the_plane_lands(sentences: list[str]) -> None:
    scene = apply_sentences(sentences)
    ann, plane = _named(scene, "Ann"), _of_type(scene, "airplane")
    flight = [a for a in scene.timeline.actions if a.kind == "ride" and a.object_id == ann]
    start, end = flight[0].start_s + 0.8, flight[-1].end_s - 0.1
    for t in np.linspace(start, end, 9):
        local = _hips_local(scene, float(t), ann, plane)
        assert abs(local[0]) < 0.35 and abs(local[2] - SEATS["airplane"][0].at[2]) < 0.35, (t, local)  # cockpit
        assert 1.3 < local[1] < 1.9, (t, local)  # on the seat, head and shoulders over the fuselage
    heights = [world_bbox(evaluate_scene(scene, float(t)).object(plane)).min[1] for t in np.linspace(start, end, 9)]
    assert max(heights) > 3.0  # it took off
    land = evaluate_scene(scene, flight[-1].end_s)
    assert abs(world_bbox(land.object(plane)).min[1]) < 0.05  # and stands on the ground after the landing
    moved = np.array(world_bbox(land.object(plane)).center) - np.array(
        world_bbox(evaluate_scene(scene, 0.0).object(plane)).center)
    assert np.hypot(moved[0], moved[2]) > 4.0  # flown somewhere, not up and down on the spot


def test_passengers_take_the_bus_seats_and_ride_inside_it() -> None:
    scene = apply_sentences(["add a man named Bob", "add a girl named Mia 2 metres right of Bob",
                  "add a boy named Leo 3 metres right of Bob", "add a bus 6 metres left of Bob",
                  "Bob climbs into the bus", "Mia climbs into the bus", "Leo climbs into the bus",
                  "Bob drives the bus to the left"])
    bus = _of_type(scene, "bus")
    people = [_named(scene, n) for n in ("Bob", "Mia", "Leo")]
    drive = _ride(scene, people[0], last=True)
    box = library.get("bus")
    t0 = drive.start_s + 0.8
    before = world_bbox(evaluate_scene(scene, t0).object(bus)).center
    for t in np.linspace(t0, drive.end_s - 1.5, 5):
        spots = [_hips_local(scene, float(t), p, bus) for p in people]
        for p, local in zip(people, spots, strict=True):
            assert box.bounds_min[0] < local[0] < box.bounds_max[0], (p, t, local)
            assert box.bounds_min[2] < local[2] < box.bounds_max[2], (p, t, local)
        assert spots[0][2] > 4.0  # the driver at the front
        assert min(np.linalg.norm(a - b) for i, a in enumerate(spots) for b in spots[i + 1:]) > 0.5  # own seats
    after = world_bbox(evaluate_scene(scene, drive.end_s - 1.5).object(bus)).center
    assert abs(after[0] - before[0]) > 2.0  # the bus went, with them in it


def test_a_balloon_crew_stands_in_the_basket_as_it_rises() -> None:
    scene = apply_sentences(["add a woman named Ann", "add a hot air balloon 4 metres left of Ann",
                  "Ann climbs into the hot air balloon", "Ann flies to the left"])
    ann, balloon = _named(scene, "Ann"), _of_type(scene, "hot_air_balloon")
    ride = _ride(scene, ann, last=True)
    for t in np.linspace(ride.start_s + 0.5, ride.end_s, 5):
        s = evaluate_scene(scene, float(t))
        local = _hips_local(scene, float(t), ann, balloon)
        assert abs(local[0]) < 0.65 and abs(local[2]) < 0.65, (t, local)  # in the basket
        floor = world_bbox(s.object(balloon)).min[1]
        assert abs(world_bbox(s.object(ann)).min[1] - floor - 0.1) < 0.15, t  # standing on its floor
    assert world_bbox(evaluate_scene(scene, ride.end_s).object(balloon)).min[1] > 3.0  # up in the air


@pytest.mark.parametrize("sentences", [
    ["add a woman named Eva", "add a car 3 metres left of Eva", "Eva climbs into the car",
     "Eva drives the car to the right", "Eva climbs out of the car"],
    ["füge eine Frau namens Eva hinzu", "füge ein Auto 3 Meter links von Eva hinzu", "Eva steigt in das Auto",
     "Eva fährt mit dem Auto nach rechts", "Eva steigt aus dem Auto"],
], ids=["en", "de"])
def test_one_who_gets_out_stands_beside_the_vehicle(sentences: list[str]) -> None:
    scene = apply_sentences(sentences)
    eva, car = _named(scene, "Eva"), _of_type(scene, "car")
    end = max(a.end_s for a in scene.timeline.actions) + 0.3
    s = evaluate_scene(scene, end)
    body, box = world_bbox(s.object(eva)), world_bbox(s.object(car))
    assert body.min[1] < 0.05  # on the ground
    centre = np.array(body.center)
    inside = box.min[0] < centre[0] < box.max[0] and box.min[2] < centre[2] < box.max[2]
    assert not inside
    assert np.linalg.norm(centre[[0, 2]] - np.array(box.center)[[0, 2]]) < 3.0  # beside it, not far off


@pytest.mark.parametrize("idea", ["Ein Mädchen schwimmt im Meer.", "Zwei Jungen schwimmen im See."])
def test_a_swimmer_goes_into_the_set_water_and_swims_sunk_to_the_chest(idea: str, monkeypatch, brisk_voices: VoiceEngine) -> None:
    from autark.jobs.produce import build_scene
    from autark.language.water_surfaces import in_water, water_of
    from autark.story import plan, semantic
    from autark.story.screenplay import SceneSpec

    monkeypatch.setattr(semantic, "semantic_available", lambda: False)
    spec = plan(idea, duration_s=20, seed=0).scenes[0]
    spec = SceneSpec.model_validate(spec.model_copy(update={"shots": [
        s.model_copy(update={"dialogue": [], "narration": ""}) for s in spec.shots]}).model_dump())
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    swims = [a for a in scene.timeline.actions if a.kind == "swim"]
    assert swims, [(a.object_id, a.kind) for a in scene.timeline.actions]
    for a in swims:
        s = evaluate_scene(scene, a.end_s)
        body = world_bbox(s.object(a.object_id))
        water = water_of(s, tuple(body.center))
        assert water is not None and in_water(water, tuple(body.center))  # out in the set's sea or lake
        assert body.min[1] < -0.2 < 0.3 < body.max[1]  # sunk to the chest, the head above the surface
        before = world_bbox(evaluate_scene(scene, a.start_s).object(a.object_id))
        assert before.min[1] > -0.1  # not sunk into the sand on the way down to the shore
