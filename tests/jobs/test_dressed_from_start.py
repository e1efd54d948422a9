"""What the idea dresses someone in ("a girl in a red raincoat", "der Junge mit der Brille") is on them from the
scene's first frame (``jobs.worn_things``, a ``wear`` effect at 0 s): the copy rides on its part of the body at
once, the thing itself is never seen lying on the ground, and nothing rises from a hand."""

from __future__ import annotations

import numpy as np
import pytest

PLAN = """
title: The Hat
language: en
duration_s: 10.0
title_card: {text: The Hat, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: park
  characters:
  - {name: Sam, type: grandfather, voice: man, position: [0.0, 0.0, 0.0]}
  objects:
  - {type: hat, position: [0.6, 0.0, 0.6]}
  shots:
  - {duration_s: 4.0, camera: static, size: medium, subject: Sam, actions: ["Sam waves"],
     effects: [{kind: wear, target: hat, into: Sam, at_s: 0.0, duration_s: 0.05}]}
  - {duration_s: 4.0, camera: static, size: wide, subject: Sam, actions: ["Sam walks 3 metres to the right"]}
"""


@pytest.mark.slow
def test_a_hat_worn_from_the_start_is_on_the_head_at_the_first_frame(tmp_path, silent_voices) -> None:
    from tests.jobs.test_worn_things import _bone

    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox
    from autark.story.screenplay import load_plan

    path = tmp_path / "hat.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=320, height=180, fps=12, voices=silent_voices, check_shots=False)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    sam = next(o.id for o in scene.objects if o.type == "grandfather")
    worn = next(o.id for o in scene.objects if o.id.endswith("_worn"))
    for t in (0.0, 2.0, 6.5):  # the first frame, mid-shot, and as he walks off in the next shot
        state = evaluate_scene(scene, t)
        assert state.object(worn).visible and not state.object(worn.removesuffix("_worn")).visible
        box = world_bbox(state.object(worn))
        head = _bone(scene, sam, "head", t)
        assert np.hypot(box.center[0] - head[0], box.center[2] - head[2]) < 0.2, (t, box.center, head)
        assert box.min[1] > head[1]


@pytest.mark.slow
@pytest.mark.parametrize(("idea", "small", "large"), [
    ("A beaver and a farmer build a fence while a horse watches", "Beaver", "Horse"),
    ("Ein Dachs und ein Otter spielen am Fluss, ein Angler staunt", "Dachs", "Angler")])
def test_the_built_scene_keeps_animals_at_their_size_beside_people(brisk_voices, idea: str, small: str,
                                                                     large: str) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox
    from autark.story.narrative import plan

    sp = plan(idea, 20.0)
    built = build_film(sp, width=160, height=90, fps=6, voices=brisk_voices, check_shots=False)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    state = evaluate_scene(scene, 0.5)
    person = {"man", "woman", "farmer", "sailor", "female_farmer"}
    heights = {o.name: world_bbox(o).max[1] - world_bbox(o).min[1] for o in state.objects if o.visible}
    people = [h for o in state.objects if o.type in person and (h := heights[o.name])]
    assert people, heights
    assert heights[small] < 0.35 * max(people), heights  # knee-high
    assert heights[large] > 0.9 * max(people), heights  # a horse is as tall as a man or taller; so is a man
