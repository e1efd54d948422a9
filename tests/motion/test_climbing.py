"""A climb ends at the top of what is climbed (``autark.motion.climbing``), whoever climbs which thing, in
English and German: the feet end up high (on the ladder's top rungs, on the wall, on the stairs' top, on a
branch at the rim of the crown), halfway there mid-climb, and stay up there after it."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion.animate import evaluate_scene
from autark.motion.climbing import top_of
from autark.scene.geometry import world_bbox

CLIMBS = [
    ["add a firefighter named Ben", "add a tree 4 meters left of Ben", "Ben climbs the tree"],
    ["add a boy named Tim", "add a ladder 3 meters behind Tim", "Tim climbs the ladder"],
    ["add a girl named Mia", "add stairs 3 meters behind Mia", "Mia climbs the stairs"],
    ["add a cat named Tom", "add a tree 3 meters behind Tom", "Tom climbs the tree"],
    ["add a knight named Tom", "add a wall 3 meters right of Tom", "Tom climbs the wall"],
    ["füge einen Jungen namens Tim hinzu", "füge einen Baum 3 Meter hinter Tim hinzu", "Tim klettert auf den Baum"],
    ["füge eine Frau namens Eva hinzu", "füge eine Leiter 4 Meter rechts von Eva hinzu", "Eva klettert auf die Leiter"],
    ["füge einen Affen namens Bo hinzu", "füge eine Palme 3 Meter hinter Bo hinzu", "Bo klettert auf die Palme"],
]


def _feet(scene, oid: str, t: float) -> np.ndarray:  # noqa: ANN001
    return np.array(evaluate_scene(scene, t).object(oid).transform.position, float)


@pytest.mark.parametrize("commands", CLIMBS, ids=lambda c: c[-1])
def test_a_climber_ends_at_the_top_and_stays_there(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    (climb,) = [a for a in scene.timeline.actions if a.kind == "climb"]
    thing = scene.object(climb.target_object)
    top = top_of(thing)
    climber_h = float(world_bbox(scene.object(climb.object_id)).size[1])
    end = _feet(scene, climb.object_id, climb.end_s - 0.02)[1]
    # at the top, or up a trunk to just under a crown far above the climber's head (a monkey up a palm)
    assert end >= min(top - 0.6, top - climber_h - 0.3) and end >= 1.0, (end, top)
    mid = _feet(scene, climb.object_id, climb.start_s + 0.75 * (climb.end_s - climb.start_s))[1]
    assert 0.2 < mid < end, (mid, end)
    assert _feet(scene, climb.object_id, climb.end_s + 2.0)[1] > 0.8 * end - 0.2  # still up there after


def test_up_a_low_crown_the_climber_sits_at_its_rim_outside_the_leaves() -> None:
    scene = apply_sentences(CLIMBS[0])
    (climb,) = [a for a in scene.timeline.actions if a.kind == "climb"]
    box = world_bbox(scene.object(climb.target_object))
    after = evaluate_scene(scene, climb.end_s + 2.0).object(climb.object_id)
    centre = np.array(world_bbox(after).center)
    out = float(np.hypot(centre[0] - box.center[0], centre[2] - box.center[2]))
    assert out > 0.8 * float(box.size[0]) / 2, out


def test_a_second_climb_from_the_top_stays_at_the_top() -> None:
    scene = apply_sentences(["add a man named Opa", "add a ladder 3 meters behind Opa", "Opa climbs the ladder",
                             "Opa climbs the ladder"])
    first, second = [a for a in scene.timeline.actions if a.kind == "climb"]
    top = top_of(scene.object(first.target_object))
    for a in (first, second):
        assert abs(_feet(scene, a.object_id, a.end_s - 0.02)[1] - top) < 0.1
