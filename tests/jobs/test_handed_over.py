"""A thing handed over changes hands on screen even where the set has more of its kind: "the girl gives the
flower to her grandmother" among a meadow's flowers was refused as ambiguous and stood in for by a pick-up, so
the bouquet stayed in the giver's hands (``stand_in_acts.held_scene``: the one in the doer's hands is meant)."""

from __future__ import annotations

import yaml

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.whereabouts import holder_at
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: meadow
characters:
- {name: Girl, type: girl, voice: none, position: [-1.5, 0.0, 0.5]}
- {name: Grandma, type: grandmother, voice: none, position: [1.5, 0.0, 0.5]}
objects:
- {type: flower, position: [-1.1, 0.0, 0.8]}
- {type: flower, position: [2.2, 0.0, -1.8]}
- {type: flower, position: [-2.3, 0.0, -1.6]}
shots:
- {duration_s: 3.0, size: wide, actions: [Girl picks up the flower]}
- {duration_s: 4.0, size: wide, actions: [Girl gives the flower to Grandma]}
"""


def test_the_held_one_of_several_is_given(silent_voices: VoiceEngine) -> None:
    warnings: list[str] = []
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=160, height=90, fps=10,
                        voices=silent_voices, warnings=warnings)
    ids = {c.name: c.object_id for c in scene.characters}
    gives = [a for a in scene.timeline.actions if a.kind == "give"]
    assert len(gives) == 1 and gives[0].target_object == ids["Grandma"], (scene.timeline.actions, warnings)
    flower = gives[0].item
    assert holder_at(scene, flower, 2.9) == ids["Girl"]
    assert holder_at(scene, flower, 6.9) == ids["Grandma"]
