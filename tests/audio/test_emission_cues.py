"""What is given off is heard as its stream starts (audio.thing_foley.emission_cues, jobs.emissions)."""

from __future__ import annotations

import pytest

from autark.audio.thing_foley import emission_cues
from autark.jobs.emissions import emit_ops
from autark.jobs.shot_actions import with_ops
from autark.language import new_object
from autark.ops import AddObject
from autark.scene.model import Scene


@pytest.mark.parametrize(("kind", "stuff", "heard"), [("phone", "notes", "phone_ring"), ("kettle", "steam", "hiss"),
                                                       ("kettle", "notes", "whistle")])
def test_a_stream_is_heard_from_its_start(kind: str, stuff: str, heard: str) -> None:
    scene = Scene(name="t")
    thing = new_object(scene, kind, position=(0.0, 0.8, 0.0))
    scene = with_ops(scene, [AddObject(object=thing)])
    scene = with_ops(scene, emit_ops(scene, thing.id, stuff, 2.0, 5.0, 0.0, 6.0))
    cues = emission_cues(scene)
    assert [(c[1], c[2]) for c in cues] == [(heard, thing.id)]
    assert cues[0][0] == pytest.approx(2.0)


def test_the_stream_rises_from_the_things_top_within_its_time() -> None:
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    scene = Scene(name="t")
    thing = new_object(scene, "kettle", position=(1.0, 0.8, -1.0))
    scene = with_ops(scene, [AddObject(object=thing)])
    scene = with_ops(scene, emit_ops(scene, thing.id, "steam", 1.0, 4.0, 0.0, 6.0))
    top = world_bbox(scene.object(thing.id)).max[1]
    for t, some in ((0.5, False), (2.5, True), (5.9, False)):
        state = evaluate_scene(scene, t)
        puffs = [o for o in state.objects if "_emit_steam" in o.id and o.visible]
        assert bool(puffs) == some
        assert all(world_bbox(o).center[1] >= top - 0.05 for o in puffs)  # above the spout, rising
