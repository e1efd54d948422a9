"""A thing put on is worn where it belongs (``jobs.worn_things``): the hat on top of the head, the scarf at the
neck, the boots on both feet, and it stays there while the wearer walks off in a later shot."""

from __future__ import annotations

import numpy as np
import pytest

PLAN = """
title: The Hat
language: en
duration_s: 14.0
title_card: {text: The Hat, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: park
  characters:
  - {name: Sam, type: grandfather, voice: man, position: [0.0, 0.0, 0.0]}
  objects:
  - {type: THING, position: [0.6, 0.0, 0.6]}
  shots:
  - {duration_s: 6.0, camera: static, size: medium, subject: Sam, actions: ["Sam picks up the THING_NOUN"],
     effects: [{kind: wear, target: THING, into: Sam, at_s: 2.2}]}
  - {duration_s: 6.0, camera: static, size: wide, subject: Sam, actions: ["Sam walks 3 metres to the right"]}
"""


def _scene(tmp_path, silent_voices, thing: str):  # noqa: ANN001, ANN202
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / "hat.yaml"
    path.write_text(PLAN.replace("THING_NOUN", thing.replace("_", " ")).replace("THING", thing), encoding="utf-8")
    built = build_film(load_plan(path), width=320, height=180, fps=12, voices=silent_voices, check_shots=False)
    return next(s.scene for s in built.segments if isinstance(s, SceneSegment))


def _bone(scene, body_id: str, bone: str, t: float) -> np.ndarray:  # noqa: ANN001
    from autark.assets import rig
    from autark.motion import evaluate_scene
    from autark.scene.geometry import model_matrix

    body = evaluate_scene(scene, t).object(body_id)
    local = rig.bone_world_position(body.type, {k: np.array(v, float) for k, v in body.pose.items()}, bone)
    m = model_matrix(body.transform)
    return m[:3, :3] @ np.asarray(local, float) + m[:3, 3]


@pytest.mark.slow
@pytest.mark.parametrize(("thing", "bone", "above"), [("hat", "head", True), ("scarf", "neck", False),
                                                      ("boot", "foot_l", False)])
def test_a_thing_put_on_rides_on_its_part_of_the_body(tmp_path, silent_voices, thing: str, bone: str,
                                                      above: bool) -> None:
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    scene = _scene(tmp_path, silent_voices, thing)
    sam = next(o.id for o in scene.objects if o.type == "grandfather")
    worn = next(o.id for o in scene.objects if o.id.endswith("_worn"))
    for t in (5.5, 9.0, 11.5):  # after it is put on, and as he walks off in the next shot
        box = world_bbox(evaluate_scene(scene, t).object(worn))
        at = _bone(scene, sam, bone, t)
        assert np.hypot(box.center[0] - at[0], box.center[2] - at[2]) < 0.2, (t, box.center, at)
        if above:
            assert box.min[1] > at[1]
    thing_id = worn.removesuffix("_worn")
    assert not evaluate_scene(scene, 11.5).object(thing_id).visible
    if thing == "boot":
        assert any(o.id.endswith("_worn2") for o in scene.objects)  # the other foot's
