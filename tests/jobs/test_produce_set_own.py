"""The idea's piece of furniture that the set already has is the set's own, not a twin beside it."""

from __future__ import annotations

import math

import pytest

from autark.jobs import SceneSegment
from autark.jobs.produce import build_film
from autark.motion import evaluate_scene as evaluate
from autark.scene.geometry import world_bbox
from autark.story import load_plan

_PLAN = """\
title: Own
language: en
duration_s: 6.0
seed: 1
music_mood: calm
title_card: {{text: Own, subtitle: '', duration_s: 1.0}}
scenes:
- setting: {setting}
  time_of_day: day
  lighting: studio
  characters:
  - {{name: Ann, type: woman, voice: woman, position: [0.0, 0.0, 1.5]}}
  objects:
  - {{type: {thing}, position: [1.5, 0.0, 0.5]}}
  - {{type: book, position: [-1.0, 0.0, 0.5]}}
  shots:
  - duration_s: 4.0
    camera: static
    size: wide
    actions: [Ann walks to the {noun}]
end_card: {{text: The End, subtitle: '', duration_s: 1.0}}
"""


def _scene(setting: str, thing: str, color: str = ""):
    plan = load_plan(_PLAN.format(setting=setting, thing=thing, noun=thing.replace("_", " ")).replace(
        f"{{type: {thing},", f"{{type: {thing}, color: {color}," if color else f"{{type: {thing},"))
    built = build_film(plan, width=160, height=90, fps=10)
    return next(s.scene for s in built.segments if isinstance(s, SceneSegment))


@pytest.mark.parametrize(("setting", "thing"), [("bedroom", "bed"), ("classroom", "blackboard"),
                                                 ("living_room", "sofa"), ("kitchen", "fridge"), ("shop", "counter")])
def test_the_ideas_piece_stands_where_planned_without_a_twin(setting: str, thing: str) -> None:
    scene = _scene(setting, thing)
    pieces = [o for o in scene.objects if o.type == thing]
    assert len(pieces) == 1 and pieces[0].tag != "setting", [(o.id, o.tag) for o in pieces]
    assert [o for o in scene.objects if o.type == "book"]
    (walk,) = [a for a in scene.timeline.actions if a.kind == "walk"]
    ann = scene.characters[0].object_id
    end = evaluate(scene, walk.end_s + 0.2).object(ann).transform.position
    box = world_bbox(pieces[0])
    gap = math.hypot(max(box.min[0] - end[0], 0.0, end[0] - box.max[0]), max(box.min[2] - end[2], 0.0, end[2] - box.max[2]))
    assert gap < 1.2, (end, box)


def test_a_piece_something_stands_on_is_kept() -> None:
    scene = _scene("living_room", "table")  # the coffee table holds a vase: it stays, the idea's table joins it
    tables = [o for o in scene.objects if o.type == "table"]
    assert len(tables) == 2 and any(o.tag == "setting" for o in tables)
    assert [o for o in scene.objects if o.type == "vase"]


def test_a_coloured_piece_replaces_the_sets_own() -> None:
    scene = _scene("bedroom", "bed", "red")
    (bed,) = [o for o in scene.objects if o.type == "bed"]
    assert bed.material.color[0] > 0.5 > bed.material.color[2]
