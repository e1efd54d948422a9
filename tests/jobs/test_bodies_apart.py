"""Bodies kept apart (``autark.jobs.apart``): two who sit down on a seat for one, walk up to the same thing or sit
on one blanket end beside each other by their footprints, never inside each other; those who touch on purpose
(a hug) are left alone."""

from __future__ import annotations

import math

import pytest

from autark.jobs.apart import _radius, keep_apart, rests
from autark.language import apply_sentences
from autark.scene.model import Scene


def _closest(scene: Scene) -> float:
    """The least ground distance between two bodies resting at the same time, over their footprints' radii."""
    bodies = [c.object_id for c in scene.characters]
    worst = math.inf
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            need = _radius(scene.object(a)) + _radius(scene.object(b))
            for ra in rests(scene, a):
                for rb in rests(scene, b):
                    if min(ra.end_s, rb.end_s) - max(ra.start_s, rb.start_s) > 0.4:
                        worst = min(worst, math.hypot(ra.x - rb.x, ra.z - rb.z) / need)
    return worst


# two bodies (people, a dog, a cat) sent to one spot by commands in English and German: a chair, a stool, a
# tree, a car, a fountain
CASES = [
    ["add a man named Tom", "add a woman named Anna 1.5 meters right of Tom", "add a chair 3 meters in front of Tom",
     "Tom sits on the chair", "Anna sits on the chair"],
    ["add a man named Tom", "add a woman named Anna 1 meter in front of Tom", "add a tree 5 meters behind Tom", "Tom walks to the tree",
     "Anna walks to the tree"],
    ["add a girl named Mia", "add a boy named Leo 1 meter right of Mia", "add a stool 2 meters behind Mia",
     "Mia sits on the stool", "Leo sits on the stool"],
    ["füge einen Mann namens Paul hinzu", "füge eine Frau namens Eva 1,5 Meter rechts von Paul hinzu",
     "füge einen Stuhl 3 Meter vor Paul hinzu", "Paul setzt sich auf den Stuhl", "Eva setzt sich auf den Stuhl"],
    ["add a man named Tom", "add a dog named Rex 1 meter in front of Tom", "add a car 5 meters behind Tom",
     "Tom walks to the car", "Rex runs to the car"],
    ["add a boy named Sam", "add a cat named Tiger 1 meter in front of Sam", "add a tree 4 meters behind Sam",
     "Sam runs to the tree", "Tiger runs to the tree"],
    ["füge einen Mann namens Karl hinzu", "füge eine Frau namens Rosa 1 Meter vor Karl hinzu",
     "füge einen Baum 5 Meter hinter Karl hinzu", "Karl läuft zum Baum", "Rosa läuft zum Baum"],
    ["füge einen Jungen namens Tim hinzu", "füge ein Mädchen namens Ida 1,5 Meter rechts von Tim hinzu",
     "füge einen Hocker 2 Meter hinter Tim hinzu", "Tim setzt sich auf den Hocker", "Ida setzt sich auf den Hocker"],
    ["füge ein Mädchen namens Lena hinzu", "füge einen Jungen namens Jan 1 Meter vor Lena hinzu",
     "füge einen Brunnen 4 Meter hinter Lena hinzu", "Lena geht zum Brunnen", "Jan geht zum Brunnen"],
]


@pytest.mark.parametrize("commands", CASES, ids=lambda c: c[-1])
def test_two_sent_to_one_spot_end_beside_each_other(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    names = {o.id: o.name for o in scene.objects}
    apart, notes = keep_apart(scene, 0.0, 30.0, names)
    assert _closest(apart) >= 1.0 - 1e-6, notes
    assert _closest(scene) < 1.0  # the commands alone put them inside each other: a goal was moved, and said so
    assert len(notes) == 1 and all(names[c.object_id] in notes[0] for c in apart.characters)


def test_a_seat_for_one_keeps_its_first_sitter_and_the_other_stands_by() -> None:
    scene = apply_sentences(CASES[0])
    apart, notes = keep_apart(scene, 0.0, 30.0, {o.id: o.name for o in scene.objects})
    kinds = {(a.object_id, a.kind) for a in apart.timeline.actions}
    tom, anna = (next(o.id for o in apart.objects if o.name == n) for n in ("Tom", "Anna"))
    assert (tom, "sit") in kinds and (anna, "sit") not in kinds
    assert any("Anna stands beside Tom" in n for n in notes)


def test_a_hug_is_no_collision() -> None:
    scene = apply_sentences(["add a man named Tom", "add a woman named Anna 2 meters right of Tom", "Tom hugs Anna"])
    apart, notes = keep_apart(scene, 0.0, 30.0)
    assert notes == [] and apart.timeline.actions == scene.timeline.actions


def test_movements_outside_the_shot_are_left_alone() -> None:
    scene = apply_sentences(CASES[0])
    end = max(a.end_s for a in scene.timeline.actions)
    apart, notes = keep_apart(scene, end + 1.0, end + 5.0)
    assert notes == [] and apart.timeline.actions == scene.timeline.actions
