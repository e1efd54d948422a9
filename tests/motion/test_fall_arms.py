"""A fall's arms go up as the body tips and lie loose by it once down (``motion.acts.fall``): held out level from the
first moment, a boy about to fall stood straight with an arm out, a T-pose in the close-up of his "Ouch!"."""

from __future__ import annotations

import pytest

from autark.jobs.body_faults import _hands
from autark.language import apply_sentences
from autark.motion import evaluate_scene, rig_info
from autark.scene.timeline import Action


@pytest.mark.parametrize("who", ["add a boy named Tom", "add a woman named Tom", "füge einen Ritter namens Tom hinzu"])
def test_the_arms_are_down_while_the_body_still_stands(who: str) -> None:
    scene = apply_sentences([who])
    body = scene.characters[0].object_id
    fall = Action(object_id=body, kind="fall", start_s=1.0, end_s=3.5)
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [fall]})})
    obj = scene.object(body)
    shoulder_y = rig_info(obj.type).pivots["upper_arm_l"][1] * obj.transform.scale[1]
    for t in (1.05, 1.15, 1.25):  # upright still: both hands well below the shoulders
        hands = _hands(evaluate_scene(scene, t).object(body))
        assert max(float(h[1]) for h in hands) < shoulder_y - 0.2
    down = _hands(evaluate_scene(scene, 3.4).object(body))  # lying: the hands near the ground, not up in the air
    assert max(float(h[1]) for h in down) < 0.6 * shoulder_y
    mid = _hands(evaluate_scene(scene, 1.7).object(body))  # and flung up as it tips
    assert max(float(h[1]) for h in mid) > min(float(h[1]) for h in hands) + 0.1
