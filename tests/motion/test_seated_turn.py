"""A seated body that turns to something stays on its seat and looks round (``motion.chain.turn_end``): a family
at the table turning to the soup had stood up, shoulders inside each other, and ate standing; and bodies sharing
a bench sit a shoulder's width apart (``jobs.apart``), never with an elbow in a neighbour's head."""

from __future__ import annotations

import pytest

from autark.jobs.apart import keep_apart
from autark.jobs.body_faults import body_faults
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox

TURNS = [
    ["add a man named Tom", "add a bench 2 meters behind Tom", "add a tree 4 meters left of Tom",
     "Tom sits on the bench", "Tom turns to the tree"],
    ["füge ein Mädchen namens Mia hinzu", "füge einen Stuhl 2 Meter vor Mia hinzu",
     "füge eine Lampe 3 Meter rechts von Mia hinzu", "Mia setzt sich auf den Stuhl", "Mia dreht sich zur Lampe"],
]


@pytest.mark.parametrize("commands", TURNS, ids=lambda c: c[-1])
def test_a_seated_body_turning_stays_seated(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    body = scene.characters[0].object_id
    sit = next(a for a in scene.timeline.actions if a.kind == "sit")
    turn = next(a for a in scene.timeline.actions if a.kind == "turn")
    seated = evaluate_scene(scene, sit.end_s - 0.01).object(body)
    after = evaluate_scene(scene, turn.end_s - 0.05).object(body)
    assert abs(float(seated.pose["upper_leg_l"][0])) > 45.0  # sitting: the thighs forward
    assert float(after.pose["upper_leg_l"][0]) == pytest.approx(float(seated.pose["upper_leg_l"][0]), abs=10.0)
    assert world_bbox(after).center == pytest.approx(world_bbox(seated).center, abs=0.05)  # on the seat still
    later = evaluate_scene(scene, turn.end_s + 1.0).object(body)  # and after it: it never got up
    assert float(later.pose["upper_leg_l"][0]) == pytest.approx(float(seated.pose["upper_leg_l"][0]), abs=10.0)
    assert after.transform.rotation[1] == pytest.approx(seated.transform.rotation[1], abs=1.0)
    assert after.pose["neck"][1] != pytest.approx(seated.pose.get("neck", (0, 0, 0))[1], abs=5.0)  # it looks round


BENCHES = [
    ["add a man named Tom", "add a woman named Anna 1 meter right of Tom", "add a girl named Lily 2 meters right of Tom",
     "add a bench 3 meters behind Anna", "Tom sits on the bench", "Anna sits on the bench", "Lily sits on the bench",
     "Anna eats an apple", "Lily eats an apple"],
    ["füge einen Mann namens Paul hinzu", "füge eine Frau namens Eva 1 Meter links von Paul hinzu",
     "füge einen Jungen namens Jan 2 Meter links von Paul hinzu", "füge eine Bank 3 Meter hinter Paul hinzu",
     "Paul setzt sich auf die Bank", "Eva setzt sich auf die Bank", "Jan setzt sich auf die Bank",
     "Eva isst einen Apfel", "Jan isst einen Apfel"],
]


@pytest.mark.parametrize("commands", BENCHES, ids=lambda c: c[0])
def test_three_on_a_bench_keep_their_elbows_apart(commands: list[str]) -> None:
    scene, _notes = keep_apart(apply_sentences(commands), 0.0, 60.0)
    inside = [f.describe() for f in body_faults(scene, step_s=0.25) if f.code == "bodies_inside"
              and f.end_s - f.start_s > 0.3]
    assert not inside
