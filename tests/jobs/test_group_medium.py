"""A medium of two people frames them from the waist up (``path_shots.waist_up_box``), nearer than their wide: the
whole bodies at a medium's fill, with a wide's margin, made every medium of a teacher and her pupil a wide."""

from __future__ import annotations

import math

from autark.assets import library
from autark.cinema import SceneStates, camera_path, measure_shot
from autark.jobs.framings import Framing, SceneShots, build
from autark.jobs.path_shots import waist_up_box
from autark.scene.model import Character, Scene, SceneObject, Transform


def _scene() -> Scene:
    spec = library.get("humanoid")
    objects = [SceneObject(id=oid, name=oid, type="humanoid", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                           transform=Transform(position=(x, 0.0, 0.0))) for oid, x in (("ann", -0.5), ("bob", 0.5))]
    return Scene(objects=objects, characters=[Character(id=o.id, name=o.name, object_id=o.id) for o in objects])


def test_a_pair_s_medium_is_framed_from_the_waist_up_and_nearer_than_its_wide() -> None:
    scene = _scene()
    states = SceneStates(scene)
    ctx = SceneShots(characters=["ann", "bob"], props=[], names={}, fps=24)
    lo, hi = waist_up_box(states, ctx.characters, ["ann", "bob"], "medium", 0.0)
    assert 0.7 < lo[1] < 1.1 and hi[1] > 1.6  # from the waist to the top of the head
    assert waist_up_box(states, ctx.characters, ["ann", "bob"], "wide", 0.0) is None
    dist = {}
    for size in ("medium", "wide"):
        fr = Framing(size, None, "static", view="front", group=("ann", "bob"))
        built = build(scene, ctx, fr, "cam", 0.0, 2.0, states)
        cam = camera_path(built, "cam")(1.0)
        dist[size] = math.dist(cam.position, cam.target)
        m = measure_shot(built, "cam", 0.0, 2.0, ["ann", "bob"])
        assert m.framing == size, (size, m.framing)
    assert dist["medium"] < 0.75 * dist["wide"]
