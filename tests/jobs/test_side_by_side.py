"""Bodies that step up to one thing together stand round it side by side (``autark.jobs.side_by_side``): two who
push one car from the same side, three who pick up one cat, measured by their posed parts' boxes, which met inside
each other before."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library
from autark.cinema import SceneStates
from autark.cinema.boxes import part_world_boxes
from autark.jobs.side_by_side import side_by_side
from autark.scene.model import Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Timeline


def _obj(oid: str, kind: str, x: float, z: float, heading: float = 180.0) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z), rotation=(0.0, heading, 0.0)))


def _scene(bodies: list[tuple[str, str, float, float]], thing: tuple[str, str], kind: str) -> Scene:
    objs = [_obj(oid, typ, x, z) for oid, typ, x, z in bodies] + [_obj(thing[0], thing[1], 0.0, 0.0, 0.0)]
    acts = [Action(object_id=oid, kind=kind, start_s=0.5, end_s=5.0, target_object=thing[0]) for oid, *_r in bodies]
    return Scene(objects=objs, characters=[Character(id=oid, name=oid.title(), object_id=oid) for oid, *_r in bodies],
                 timeline=Timeline(actions=acts, duration_s=6.0))


def _deepest_overlap_m(scene: Scene, ids: list[str], times: list[float]) -> float:
    """The most two of ``ids``' posed parts' boxes run into each other (metres) at ``times``."""
    states = SceneStates(scene)
    worst = 0.0
    for t in times:
        _state, solid, _b, _o = states.at(t)
        by = {o.id: o for o in solid}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                ba, bb = part_world_boxes(by[a]), part_world_boxes(by[b])
                lo = np.maximum(ba[:, None, :3], bb[None, :, :3])
                hi = np.minimum(ba[:, None, 3:], bb[None, :, 3:])
                worst = max(worst, float((hi - lo).min(axis=2).max()))
    return worst


@pytest.mark.parametrize(("bodies", "thing", "kind", "most_m"), [
    ([("mum", "woman", -0.2, 4.0), ("son", "boy", 0.2, 4.3)], ("car", "car"), "push", 0.05),
    ([("ann", "woman", 0.0, 4.0), ("ben", "man", 0.3, 4.2), ("cleo", "girl", -0.3, 4.3)], ("car", "car"), "push",
     0.05),
    # three bending down to one cat crowd it whatever: their bodies no longer inside each other, their hands near
    ([("ann", "woman", 0.0, 3.0), ("ben", "man", 0.25, 3.2), ("cleo", "girl", -0.25, 3.3)], ("cat", "cat"),
     "pick_up", 0.2),
])
def test_bodies_stepping_up_to_one_thing_stand_side_by_side(bodies, thing, kind, most_m) -> None:
    scene = _scene(bodies, thing, kind)
    ids = [b[0] for b in bodies]
    times = [3.0, 4.0, 4.9]
    before = _deepest_overlap_m(scene, ids, times)
    assert before > 0.1  # as laid: on one spot
    moved, notes = side_by_side(scene, 0.0, 6.0, {i: i.title() for i in ids})
    assert len(notes) == len(ids) - 1, notes
    after = _deepest_overlap_m(moved, ids, times)
    assert after <= most_m and after < 0.6 * before, (before, after)
    # each still does what it was to do, on the same thing
    for oid in ids:
        assert any(a.object_id == oid and a.kind == kind and a.target_object == thing[0]
                   for a in moved.timeline.actions)


def test_bodies_already_apart_are_left_as_they_were() -> None:
    scene = _scene([("mum", "woman", -3.0, 2.0), ("son", "boy", 3.0, 2.0)], ("car", "car"), "push")
    moved, notes = side_by_side(scene, 0.0, 6.0)
    assert not notes and moved.timeline.actions == scene.timeline.actions
