"""A thing mended, fixed, built or put together is broken on screen until the one who mends it has worked at
it, and whole after (``autark.jobs.repairs``): slumped, tipped and dull with its pieces on the ground before;
its own height, colour and no pieces after; a mended lamp lights up."""

from __future__ import annotations

import numpy as np
import pytest
from tests.built_specs import build_every_effect

from autark.audio import VoiceEngine
from autark.jobs.repairs import BROKEN_SQUASH, PIECES
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene

_SPEC = """
setting: workshop
characters:
- {name: Ada, type: mechanic, voice: none, position: [-1.5, 0.0, 0.5]}
objects:
- {type: bicycle, position: [0.0, 0.0, 0.8]}
- {type: lamp, position: [2.0, 0.0, 0.4]}
shots:
- {duration_s: 3.0, size: wide, actions: [Ada looks at the bicycle]}
- {duration_s: 6.0, size: wide, actions: [Ada repairs the bicycle with a hammer],
   effects: [{kind: repair, target: bicycle, at_s: 0.8, duration_s: 2.5}]}
- {duration_s: 5.0, size: wide, actions: [Ada fixes the lamp],
   effects: [{kind: repair, target: lamp, at_s: 0.8, duration_s: 2.5}]}
"""


@pytest.fixture(scope="module")
def mended(silent_voices: VoiceEngine) -> Scene:
    return build_every_effect(_SPEC, silent_voices)


def _of(scene: Scene, typ: str) -> str:
    """The prop of the screenplay (the one mended: its pieces are named after it), not the set's own."""
    return next(o.id for o in scene.objects if o.type == typ and scene.find_object(f"{o.id}_repair1") is not None)


def test_the_bicycle_is_broken_until_it_is_hammered_and_whole_after(mended: Scene) -> None:
    bike = _of(mended, "bicycle")
    pieces = [o.id for o in mended.objects if o.id.startswith(f"{bike}_repair")]
    before, after = evaluate_scene(mended, 1.0), evaluate_scene(mended, 8.8)
    own = mended.object(bike)
    assert before.object(bike).transform.scale[1] == pytest.approx(BROKEN_SQUASH * own.transform.scale[1])
    assert abs(before.object(bike).transform.rotation[2] - own.transform.rotation[2]) > 10.0
    assert sum(before.object(bike).material.color) < 0.7 * sum(own.material.color)
    shown = [p for p in pieces if before.object(p).visible]
    assert len(shown) >= PIECES
    box = world_bbox(before.object(bike))
    for p in shown[:PIECES]:  # on the ground by it
        c = world_bbox(before.object(p)).center
        assert c[1] < 0.3 and np.hypot(c[0] - box.center[0], c[2] - box.center[2]) < 2.0
    (hammer,) = [a for a in mended.timeline.actions if a.kind == "hammer" and a.target_object == bike]
    assert evaluate_scene(mended, hammer.start_s - 0.1).object(bike).transform.scale[1] < 0.7
    assert after.object(bike).transform.scale == pytest.approx(own.transform.scale)
    assert after.object(bike).material.color == pytest.approx(own.material.color)
    assert not any(after.object(p).visible for p in pieces[:PIECES])


def test_a_mended_lamp_lights_up(mended: Scene) -> None:
    lamp = _of(mended, "lamp")
    dark = evaluate_scene(mended, 9.5).object(lamp).material.emissive_strength
    lit = evaluate_scene(mended, 13.95).object(lamp).material.emissive_strength
    assert lit > dark + 0.5
