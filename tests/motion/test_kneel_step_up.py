"""One who kneels by a thing out of reach steps up to it first (``motion.approach.kneel_end``), to the side of the
table a plate stands on, never into the table; one who is near kneels where it stands."""

from __future__ import annotations

import math

import pytest

from autark.jobs.body_faults import body_faults
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.timeline import Action

CASES = [
    (["add a man named Tom", "add a table 4 meters behind Tom", "add a plate on the table"], "plate", "table"),
    (["füge eine Frau namens Eva hinzu", "füge einen Tisch 4 Meter links von Eva hinzu"], "table", "table"),
    (["add a girl named Mia", "add a flower 3 meters in front of Mia"], "flower", "flower"),
    (["füge einen Jungen namens Tim hinzu", "füge eine Kiste 5 Meter rechts von Tim hinzu"], "box", "box"),
]


@pytest.mark.parametrize(("commands", "thing", "beside"), CASES, ids=lambda c: str(c)[:30])
def test_a_kneel_out_of_reach_steps_up(commands: list[str], thing: str, beside: str) -> None:
    scene = apply_sentences(commands)
    body = scene.characters[0].object_id
    item = next(o.id for o in scene.objects if o.type == thing)
    kneel = Action(object_id=body, kind="kneel", start_s=0.5, end_s=6.0, item=item)
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [kneel]})})
    at = evaluate_scene(scene, 5.5)
    me = at.object(body)
    side = world_bbox(next(o for o in at.objects if o.type == beside))
    x, _y, z = me.transform.position
    out = math.hypot(max(side.min[0] - x, 0.0, x - side.max[0]), max(side.min[2] - z, 0.0, z - side.max[2]))
    assert 0.1 < out < 0.7  # at its side, not in it, not where it started
    assert float(world_bbox(me).max[1]) < float(world_bbox(scene.object(body)).max[1]) - 0.2  # down on a knee
    assert not [f for f in body_faults(scene, step_s=0.25) if f.code == "inside_thing"]


def test_one_near_kneels_where_it_stands() -> None:
    scene = apply_sentences(["add a man named Tom", "add a flower 0.3 meters in front of Tom"])
    body = scene.characters[0].object_id
    flower = next(o.id for o in scene.objects if o.type == "flower")
    kneel = Action(object_id=body, kind="kneel", start_s=0.0, end_s=3.0, item=flower)
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [kneel]})})
    here = scene.object(body).transform.position
    assert evaluate_scene(scene, 2.5).object(body).transform.position[::2] == pytest.approx(here[::2], abs=0.05)


@pytest.mark.parametrize("cast", [["add a boy named Tim", "add a girl named Ida", "add a child named Kai"],
                                  ["füge einen Jungen namens Tim hinzu", "füge ein Mädchen namens Ida hinzu"]])
def test_those_who_kneel_on_one_spot_kneel_side_by_side(cast: list[str]) -> None:
    from autark.jobs.apart import keep_apart

    scene = apply_sentences([*cast, "add a table 4 meters behind Tim"])
    table = next(o.id for o in scene.objects if o.type == "table")
    x, _y, z = next(o for o in scene.objects if o.type == "table").transform.position
    acts = []
    for i, c in enumerate(scene.characters):  # all at one spot before the table, kneeling there at once
        scene.object(c.object_id).transform.position = (x + 0.05 * i, 0.0, z + 0.9)
        acts.append(Action(object_id=c.object_id, kind="kneel", start_s=0.5, end_s=4.0, item=table))
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": acts})})
    apart, notes = keep_apart(scene, 0.0, 4.0)
    assert notes
    assert not [f.describe() for f in body_faults(apart, step_s=0.25) if f.end_s - f.start_s > 0.3
                and f.start_s > 1.5]  # once down, nobody inside another or the table
