"""A change to a thing comes when the act on it strikes, not before (``effects.after_cause``): a vase the plan
breaks early in the shot stays whole until the kick reaches it (cause before effect)."""

from __future__ import annotations

import yaml

from autark.audio import VoiceEngine
from autark.jobs.effects import CAUSE_STRIKES
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: living_room
characters:
- {name: Tom, type: man, voice: none, position: [-0.6, 0.0, 0.5]}
objects:
- {type: vase, position: [0.2, 0.0, 0.6]}
shots:
- {duration_s: 5.0, size: wide, actions: [Tom kicks the vase], effects: [{kind: break, target: vase, at_s: 0.2}]}
"""


def _pieces(state, oid: str) -> int:  # noqa: ANN001 - an evaluated Scene
    return sum(1 for o in state.objects if o.visible and o.id.startswith(f"{oid}_") and o.id[-1].isdigit())


def test_the_break_waits_for_the_kick(silent_voices: VoiceEngine) -> None:
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=160, height=90, fps=10,
                        voices=silent_voices, check_shots=False)
    vase = next(o.id for o in scene.objects if o.type == "vase" and o.tag != "setting")
    kick = next(a for a in scene.timeline.actions if a.target_object == vase or a.item == vase)
    strike = kick.start_s + CAUSE_STRIKES * (kick.end_s - kick.start_s)
    assert strike > 0.5  # the plan's own time for the break (0.2 s) comes before the kick
    before, after = evaluate_scene(scene, strike - 0.15), evaluate_scene(scene, min(strike + 1.0, 4.9))
    assert before.object(vase).visible and _pieces(before, vase) == 0
    assert _pieces(after, vase) > 0 or not after.object(vase).visible
