"""Bodies that pass each other (``autark.jobs.passing``): two who cross a square at the same moment, one who runs
past a dog lying in the way, two chasers after one thief; each way that led through another body goes round it
(measured on the animated scene, frame by frame), and one that touches on purpose is left alone."""

from __future__ import annotations

import pytest

from autark.jobs.apart import keep_apart
from autark.jobs.passing import go_round_bodies, nearest_passing
from autark.language import interpret
from autark.ops.operators import apply_ops
from autark.scene.model import Scene
from autark.scene.timeline import Action


def _cast(commands: list[str]) -> tuple[Scene, dict[str, str]]:
    scene = Scene()
    for said in commands:
        scene = apply_ops(scene, interpret(said, scene))
    return scene, {o.name: o.id for o in scene.objects}


def _with(scene: Scene, actions: list[Action]) -> Scene:
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": actions})})


# (the cast, as commands in English or German; the movements at once: who, kind, start, end, goal)
CROSSINGS = [
    (["add a man named Tom", "add a woman named Anna 4 meters right of Tom"],
     [("Tom", "walk", 0.5, 4.5, (5.0, 0, 0.1)), ("Anna", "walk", 0.5, 4.5, (-1.0, 0, -0.1))]),
    (["füge einen Mann namens Paul hinzu", "füge eine Frau namens Eva 3 Meter rechts von Paul hinzu"],
     [("Paul", "run", 1.0, 3.0, (4.0, 0, 0.0)), ("Eva", "run", 1.0, 3.0, (-1.0, 0, 0.0))]),
    (["add a boy named Sam", "add a dog named Rex 2 meters right of Sam"],
     [("Sam", "run", 0.0, 2.5, (4.5, 0, 0.0))]),
    (["füge ein Mädchen namens Lena hinzu", "füge eine Katze namens Mimi 1,5 Meter hinter Lena hinzu"],
     [("Lena", "walk", 0.5, 4.0, (0.0, 0, -3.5))]),
    (["add a girl named Mia", "add a boy named Leo 3 meters in front of Mia", "add a woman named Rosa 2 meters "
      "right of Mia"], [("Mia", "walk", 0.0, 4.0, (0.0, 0, 5.0)), ("Rosa", "walk", 0.0, 4.0, (2.0, 0, 5.0))]),
    (["füge einen Jungen namens Tim hinzu", "füge einen Hund namens Bello 2 Meter rechts von Tim hinzu",
      "füge eine Frau namens Ida 4 Meter rechts von Tim hinzu"],
     [("Tim", "run", 0.5, 3.0, (5.0, 0, 0.0)), ("Ida", "walk", 0.5, 4.0, (-1.0, 0, 0.0))]),
    (["add a farmer named Karl", "add a horse named Star 3 meters right of Karl"],
     [("Karl", "walk", 0.0, 5.0, (6.0, 0, 0.0))]),
    (["füge einen Polizisten namens Max hinzu", "füge einen Dieb namens Ede 2 Meter rechts von Max hinzu",
      "füge einen Mann namens Jo 4 Meter rechts von Max hinzu"],
     [("Max", "sneak", 0.0, 5.0, (6.0, 0, 0.2))]),
]


@pytest.mark.parametrize(("commands", "moves"), CROSSINGS, ids=lambda c: c[0] if isinstance(c[0], str) else c[0][0])
def test_ways_through_a_body_go_round_it(commands: list[str], moves: list[tuple]) -> None:
    scene, ids = _cast(commands)
    scene = _with(scene, [Action(object_id=ids[who], kind=kind, start_s=a, end_s=b, target=goal)
                          for who, kind, a, b, goal in moves])
    end = max(m[3] for m in moves) + 0.5
    assert nearest_passing(scene, 0.0, end) < 1.0  # as laid, one walks through another
    names = {v: k for k, v in ids.items()}
    moved, notes = go_round_bodies(scene, 0.0, end, names)
    assert nearest_passing(moved, 0.0, end) >= 1.0, notes
    assert any("goes round" in n for n in notes)
    # each movement still ends where it was going
    for who, _kind, _a, b, goal in moves:
        last = max((x for x in moved.timeline.actions if x.object_id == ids[who]), key=lambda x: x.end_s)
        assert last.end_s == pytest.approx(b) and last.target == goal


def test_who_touch_on_purpose_are_left_alone() -> None:
    scene, ids = _cast(["add a man named Tom", "add a woman named Anna 4 meters right of Tom"])
    scene = _with(scene, [Action(object_id=ids["Tom"], kind="walk", start_s=0.0, end_s=2.0, target_object=ids["Anna"]),
                          Action(object_id=ids["Tom"], kind="hug", start_s=2.0, end_s=4.0, target_object=ids["Anna"])])
    moved, notes = go_round_bodies(scene, 0.0, 5.0)
    assert notes == [] and moved.timeline.actions == scene.timeline.actions


def test_two_chasers_after_one_thief_end_beside_each_other() -> None:
    scene, ids = _cast(["add a man named Tom", "add a man named Max 1 meter right of Tom",
                        "add a man named Ede 3 meters behind Tom"])
    goal = (0.5, 0.0, -5.0)
    scene = _with(scene, [Action(object_id=ids["Ede"], kind="run", start_s=0.0, end_s=2.0, target=(0.5, 0.0, -6.0)),
                          *(Action(object_id=ids[c], kind="chase", start_s=0.0, end_s=2.0, target=goal,
                                   target_object=ids["Ede"]) for c in ("Tom", "Max"))])
    apart, notes = keep_apart(scene, 0.0, 5.0, {v: k for k, v in ids.items()})
    assert notes
    assert nearest_passing(apart, 2.5, 4.0) >= 1.0
