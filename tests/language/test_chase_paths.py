"""A chase through the place (``autark.language.chase_paths``): the one chased runs past a thing of the set, in
front of it, and on; the chaser runs the same way behind it, starting farther back and ending just behind it, so
the gap closes. English and German, different casts and things."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.language.chase_paths import CAUGHT_GAP_M, chase_way
from autark.motion.animate import evaluate_scene
from autark.scene.geometry import world_bbox

FLIGHTS = [
    (["add a man named Tom", "add a woman named Anna 1 meter right of Tom", "add a table 1.5 meters right of Anna",
      "Anna flees from Tom"], "Anna", "Tom", "table"),
    (["add a wolf named Wolf", "add a pig named Pig 1 meter left of Wolf", "add a barrel 1.5 meters left of Pig",
      "Pig flees from Wolf"], "Pig", "Wolf", "barrel"),
    (["füge einen Polizisten namens Ben hinzu", "füge einen Dieb namens Max 1 Meter rechts von Ben hinzu",
      "füge einen Tisch 2 Meter rechts von Max hinzu", "Max flieht vor Ben"], "Max", "Ben", "table"),
]


def _ids(scene, names):  # noqa: ANN001, ANN202
    by = {o.name: o.id for o in scene.objects if o.name}
    return [by[n] for n in names]


@pytest.mark.parametrize(("commands", "quarry", "chaser", "thing"), FLIGHTS, ids=lambda v: str(v)[:40])
def test_the_one_chased_runs_past_a_thing_and_the_chaser_after_it(commands: list[str], quarry: str, chaser: str,
                                                                    thing: str) -> None:
    scene = apply_sentences(commands)
    q, c = _ids(scene, [quarry, chaser])
    runs = [a for a in scene.timeline.actions if a.object_id == q and a.kind == "run"]
    assert len(runs) >= 2, runs  # a corner: round the thing, then on
    box = world_bbox(next(o for o in scene.objects if o.type == thing))
    start, end = runs[0].start_s, runs[-1].end_s
    way = [evaluate_scene(scene, t).object(q).transform.position for t in np.linspace(start, end, 24)]
    # it passes the thing, in front of it (the camera's side), never through it
    assert any(box.min[0] - 0.3 <= p[0] <= box.max[0] + 0.3 and p[2] > box.max[2] for p in way), (box, way)
    assert not any(box.min[0] < p[0] < box.max[0] and box.min[2] < p[2] < box.max[2] for p in way)
    legs = chase_way(scene.object(c), q, start, end, SimpleNamespace(scene=scene))
    assert legs is not None and len(legs) == len(runs)
    first = evaluate_scene(scene, start).object(q).transform.position
    here = evaluate_scene(scene, start).object(c).transform.position
    gap0 = float(np.hypot(first[0] - here[0], first[2] - here[2]))
    last = legs[-1].target
    gap1 = float(np.hypot(runs[-1].target[0] - last[0], runs[-1].target[2] - last[2]))
    assert gap1 == pytest.approx(CAUGHT_GAP_M, abs=0.05) and gap1 < gap0  # the gap has closed
