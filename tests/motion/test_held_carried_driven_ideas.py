"""Holding, carrying and driving from ideas: "holds an umbrella" puts it in the hand and over the head (it stood on
the ground), a carried animal is set down again at the end of the carrying (it stayed in the arms), and a named
vehicle the cast drives is sat in and moves with them (they walked beside it)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.motion.holding import _palm
from autark.scene.geometry import world_bbox
from autark.story import plan, semantic
from autark.story.screenplay import SceneSpec


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _actions(idea: str) -> list[str]:
    return [a for sc in plan(idea, duration_s=24, seed=2).scenes for s in sc.shots for a in s.actions]


@pytest.mark.parametrize(("idea", "held"), [
    ("a girl holds an umbrella and waits for the bus", "umbrella"),
    ("the old sailor holds a lantern in the fog", "lantern"),
    ("a waiter holds a tray of cups and smiles", "tray"),  # the tray is held (catalog.hand_things)
    ("a boy holds his red kite and looks at the sky", "kite"),
    ("Ein Mann hält einen Regenschirm und wartet", "Regenschirm"),
    ("Die Lehrerin hält ein Buch in der Hand", "Buch"),
    ("Der König hält eine Krone und lacht", "Krone"),
    ("Das Mädchen hält einen Luftballon auf dem Jahrmarkt", "Luftballon"),
])
def test_a_held_thing_is_taken_in_the_hand(idea: str, held: str) -> None:
    acts = _actions(idea)
    took = [a for a in acts if held.lower() in a.lower() and ("picks up" in a or " hebt " in a or "nimmt" in a)]
    assert took, acts
    assert not any("points at" in a and held in a for a in acts), acts


@pytest.mark.parametrize("idea", [
    "a boy carries his puppy across the meadow",
    "the farmer's wife carries a hen across the yard",
    "a girl carries a kitten and sings",
    "the fireman carries a frightened cat down the street",
    "Die Bäuerin trägt die Katze über den Hof",
    "Ein Junge trägt seinen Hund und lacht",
    "Die Oma trägt ein Kaninchen und summt ein Lied",
    "Der Förster trägt einen jungen Fuchs durch den Wald",
])
def test_a_carried_animal_is_set_down_again(idea: str) -> None:
    acts = _actions(idea)
    up = next((i for i, a in enumerate(acts) if "picks up" in a or " hebt " in a), None)
    assert up is not None, acts
    assert any("puts down" in a or " legt " in a or "setzt" in a for a in acts[up + 1:]), acts


@pytest.mark.parametrize(("idea", "vehicle"), [
    ("grandma drives her car to the market", "car"),
    ("a farmer drives his tractor across the field", "tractor"),
    ("two fishermen sail their boat across the lake", "boat"),
    ("the bus driver drives the bus through the city", "bus"),
    ("Die Oma fährt mit dem Auto in die Stadt", "Auto"),
    ("Der Fischer fährt mit seinem Boot auf den See", "Boot"),
    ("Ein Bauer fährt mit dem Traktor zur Scheune", "Traktor"),
    ("Der Busfahrer fährt den Bus zum Bahnhof", "Bus"),
])
def test_a_named_vehicle_is_driven_not_walked_to(idea: str, vehicle: str) -> None:
    acts = _actions(idea)
    assert any(vehicle.lower() in a.lower() and any(v in a for v in ("drives", "sails", "fährt mit")) for a in acts), acts


# -- geometry: built from the plan, sampled over time -------------------------------------------------------


def _built(idea: str, voices: VoiceEngine):
    spec = plan(idea, duration_s=20, seed=1).scenes[0]
    spec = SceneSpec.model_validate(spec.model_copy(update={"shots": [
        s.model_copy(update={"dialogue": [], "narration": ""}) for s in spec.shots]}).model_dump())
    return build_scene(spec, width=160, height=90, fps=10, voices=voices,
                       check_shots=False)


def _one(scene, kind: str):
    return next(o for o in scene.objects if o.type == kind)


def test_a_held_umbrella_is_in_the_hand_and_over_the_head(brisk_voices: VoiceEngine) -> None:
    scene = _built("a woman holds an umbrella and waits for the bus", brisk_voices)
    woman, umbrella = _one(scene, "woman").id, _one(scene, "umbrella").id
    pick = next(a for a in scene.timeline.actions if a.kind == "pick_up" and a.item == umbrella)
    end = max(a.end_s for a in scene.timeline.actions)
    for t in np.linspace(pick.end_s + 0.3, end - 0.3, 4):
        s = evaluate_scene(scene, float(t))
        box, body = world_bbox(s.object(umbrella)), world_bbox(s.object(woman))
        grip = np.array([box.center[0], box.min[1], box.center[2]])
        assert np.linalg.norm(grip - _palm(s.object(woman), "r")) < 0.25, t  # held by its low end
        assert box.max[1] > body.max[1] + 0.2, t  # the canopy over her head
        assert box.min[1] > 0.5, t  # not standing on the ground


@pytest.mark.parametrize(("idea", "carrier", "animal"), [
    ("a boy carries his dog across the meadow", "boy", "dog"),
    ("Der Bauer trägt ein Lamm über die Wiese", "farmer", "sheep"),  # a lamb: a small sheep, lifted
])
def test_a_carried_animal_is_on_the_ground_at_the_end(idea: str, carrier: str, animal: str, brisk_voices: VoiceEngine) -> None:
    scene = _built(idea, brisk_voices)
    boy, dog = _one(scene, carrier).id, _one(scene, animal).id
    pick = next(a for a in scene.timeline.actions if a.kind == "pick_up" and a.item == dog)
    put = next(a for a in scene.timeline.actions if a.kind == "put_down" and a.item == dog)
    mid = (pick.end_s + put.start_s) / 2
    s = evaluate_scene(scene, mid)
    hands = (_palm(s.object(boy), "r") + _palm(s.object(boy), "l")) / 2
    assert np.linalg.norm(np.array(world_bbox(s.object(dog)).center) - hands) < 0.45  # in his arms on the way
    s = evaluate_scene(scene, put.end_s + 0.2)
    assert world_bbox(s.object(dog)).min[1] < 0.05  # set down on the ground


def test_a_driven_car_moves_with_its_driver_inside(brisk_voices: VoiceEngine) -> None:
    scene = _built("grandma drives her car to the market", brisk_voices)
    gran = _one(scene, "grandmother").id
    ride = next(a for a in scene.timeline.actions if a.kind == "ride" and a.object_id == gran)
    car = ride.target_object
    assert scene.object(car).type == "car"
    at = []
    for t in np.linspace(ride.start_s + 0.4 * (ride.end_s - ride.start_s), ride.end_s - 0.7, 3):
        s = evaluate_scene(scene, float(t))
        body, box = world_bbox(s.object(gran)), world_bbox(s.object(car))
        centre = np.array(body.center)
        assert box.min[0] < centre[0] < box.max[0] and box.min[2] < centre[2] < box.max[2], t  # inside it
        assert body.max[1] < box.max[1] + 0.05, t  # under its roof, not on it
        at.append(np.array(box.center))
    assert np.linalg.norm(at[-1] - at[0]) > 1.0  # the car goes, with her in it


@pytest.mark.parametrize(("command", "vehicle"), [
    ("Ann fährt mit dem Auto nach links", "car"),
    ("Ann drives the truck to the left", "truck"),
    ("Ann fährt den Traktor nach rechts", "tractor"),
    ("Ann drives the boat to the right", "boat"),
])
def test_a_drive_with_a_vehicle_is_a_ride_in_it(command: str, vehicle: str) -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene import Scene

    scene = Scene()
    add = "füge eine Frau namens Ann hinzu" if command.startswith("Ann fährt") else "add a woman named Ann"
    there = (f"füge ein {'Auto' if vehicle == 'car' else 'Traktor'} 3 Meter rechts von Ann hinzu"
             if command.startswith("Ann fährt") else f"add a {vehicle} 3 metres right of Ann")
    for s in (add, there, command):
        scene = apply_ops(scene, interpret(s, scene))
    ride = next(a for a in scene.timeline.actions if a.kind == "ride")
    assert scene.object(ride.target_object).type == vehicle


def test_a_vehicle_that_drives_itself_is_no_ride() -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene import Scene

    scene = Scene()
    for s in ("add a car", "the car drives 4 metres to the left"):
        scene = apply_ops(scene, interpret(s, scene))
    assert not [a for a in scene.timeline.actions if a.kind == "ride"]
    assert any(t.target.endswith(".position") for t in scene.timeline.tracks)  # it goes, by itself
