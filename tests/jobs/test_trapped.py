"""A creature caught in a net, a cage or a trap is seen in it and seen freed (``jobs.trapped``): the trap stands
over it, shown, until the one who frees it acts on it, then is set down beside it; the creature is in the picture
all along (a seal freed from a net had been hidden the whole time)."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.trapped import LIFT_S
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: meadow
characters:
- {{name: Anna, type: farmer, voice: none, position: [-1.5, 0.0, 0.5]}}
- {{name: Pet, type: {animal}, voice: none, position: [1.2, 0.0, 0.5]}}
objects:
- {{type: {trap}, position: [2.5, 0.0, -2.0]}}
shots:
- {{duration_s: 3.0, size: wide, actions: [Anna walks to Pet]}}
- {{duration_s: 4.0, size: wide, actions: [Anna hugs Pet], effects: [{{kind: inside, target: Pet, into: {trap}}}]}}
"""


def _overlap(a, b) -> bool:  # noqa: ANN001 - two boxes
    return all(a.min[i] < b.max[i] and b.min[i] < a.max[i] for i in (0, 2))


@pytest.mark.parametrize(("animal", "trap"), [("seal", "fishing_net"), ("rabbit", "cage")])
def test_the_caught_one_is_seen_in_its_trap_then_freed(silent_voices: VoiceEngine, animal: str, trap: str) -> None:
    spec = SceneSpec.model_validate(yaml.safe_load(_SPEC.format(animal=animal, trap=trap)))
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, check_shots=False)
    pet = next(c.object_id for c in scene.characters if c.name == "Pet")
    net = next(o.id for o in scene.objects if o.type == trap and o.tag != "setting")
    hug = next(a for a in scene.timeline.actions if a.kind == "hug")
    for t in (0.5, 2.5, hug.start_s):  # caught: in the picture, the trap over it
        state = evaluate_scene(scene, t)
        assert state.object(pet).visible and state.object(net).visible
        assert _overlap(world_bbox(state.object(pet)), world_bbox(state.object(net))), t
    after = evaluate_scene(scene, min(hug.end_s + LIFT_S, 6.9))
    assert after.object(pet).visible
    body, off = world_bbox(after.object(pet)), world_bbox(after.object(net))
    assert not _overlap(body, off)  # set down beside it, on the ground
    assert float(off.min[1]) < 0.1 + float(np.array(body.min)[1])
