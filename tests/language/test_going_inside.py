"""Going into a building (``autark.language.insides``): the body walks (runs, sneaks) to the door on the
building's front and is gone from view inside; told to come out, it is seen again at that door and steps out.
A walk to something that is no building, or "into" nothing enterable, stays an ordinary walk."""

from __future__ import annotations

import math

import pytest

from autark.language import apply_sentences
from autark.language.insides import door_of
from autark.motion import evaluate_scene

_IN = [
    (["add a man named Tom", "add a house 5 m behind Tom"], "Tom goes into the house", "house"),
    (["add a woman named Ada", "add a barn 4 m left of Ada"], "Ada runs into the barn", "barn"),
    (["add a boy named Finn", "add a tent 3 m right of Finn"], "Finn sneaks into the tent", "tent"),
    (["add a knight named Roland", "add a castle 9 m behind Roland"], "Roland walks into the castle", "castle"),
    (["füge eine Frau namens Oma hinzu", "füge ein Haus 5 m hinter Oma hinzu"], "Oma geht ins Haus", "house"),
    (["füge einen Hund namens Bello hinzu", "füge eine Scheune 4 m rechts von Bello hinzu"],
     "Bello rennt in die Scheune", "barn"),
    (["füge ein Mädchen namens Mila hinzu", "füge ein Zelt 3 m links von Mila hinzu"],
     "Mila schleicht in das Zelt", "tent"),
    (["füge einen Mann namens Karl hinzu", "füge einen Leuchtturm 6 m hinter Karl hinzu"],
     "Karl läuft in den Leuchtturm", "lighthouse"),
]


@pytest.mark.parametrize(("setup", "go", "kind"), _IN, ids=[g[1] for g in _IN])
def test_one_who_goes_into_a_building_walks_to_its_door_and_is_gone_inside(setup, go, kind) -> None:
    scene = apply_sentences([*setup, go])
    who = go.split()[0]
    body = next(o.id for o in scene.objects if o.name == who)
    building = next(o for o in scene.objects if o.type == kind)
    door, _out = door_of(building)
    (walk,) = [a for a in scene.timeline.actions if a.object_id == body]
    assert evaluate_scene(scene, 0.0).object(body).visible
    at_door = evaluate_scene(scene, walk.end_s).object(body)
    assert at_door.visible and math.dist(at_door.transform.position[::2], door[::2]) < 0.6
    assert not evaluate_scene(scene, walk.end_s + 1.5).object(body).visible  # inside now


@pytest.mark.parametrize("come", ["Tom walks out of the house", "Tom geht aus dem Haus", "Tom runs out of the house"])
def test_one_inside_comes_out_at_the_door(come: str) -> None:
    scene = apply_sentences(["add a man named Tom", "add a house 5 m behind Tom", "Tom goes into the house",
                  "Tom waves", come])
    tom = next(o.id for o in scene.objects if o.name == "Tom")
    door, out = door_of(next(o for o in scene.objects if o.type == "house"))
    last = max((a for a in scene.timeline.actions if a.object_id == tom), key=lambda a: a.start_s)
    assert not evaluate_scene(scene, last.start_s - 0.2).object(tom).visible
    after = evaluate_scene(scene, last.end_s + 0.3).object(tom)
    p = after.transform.position
    ahead = (p[0] - door[0]) * out[0] + (p[2] - door[2]) * out[2]
    assert after.visible and 0.8 < ahead < 2.5  # out in front of the door


@pytest.mark.parametrize("walk", ["add a man named Tom; add a tree 4 m behind Tom; Tom walks to the tree",
                                  "add a man named Tom; add a house 5 m behind Tom; Tom walks to the house",
                                  "add a man named Tom; add a rug 3 m left of Tom; Tom walks onto the rug"])
def test_a_walk_to_a_building_or_into_no_building_stays_in_view(walk: str) -> None:
    scene = apply_sentences([s.strip() for s in walk.split(";")])
    tom = next(o.id for o in scene.objects if o.name == "Tom")
    end = max(a.end_s for a in scene.timeline.actions)
    assert evaluate_scene(scene, end + 1.0).object(tom).visible
