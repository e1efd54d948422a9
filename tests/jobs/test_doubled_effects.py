"""Two stagings of the same effect on the same thing in one shot never kill the build: the later one yields, with
a warning. A candle put out twice (or lit and put out) in one shot had both added its put-out twin
``<id>_unlit``, and the second addition stopped the make ("object id ... already exists")."""

from __future__ import annotations

import pytest
import yaml

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: kitchen
characters:
- {{name: Anna, type: woman, voice: none, position: [-1.0, 0.0, 0.0]}}
objects:
- {{type: candle, position: [0.6, 0.0, 0.3]}}
shots:
- {{duration_s: 3.0, size: wide, effects: [{first}, {second}]}}
"""


@pytest.mark.parametrize(("first", "second"), [
    ("{kind: extinguish, target: candle, at_s: 0.5}", "{kind: extinguish, target: candle, at_s: 1.5}"),
    ("{kind: light, target: candle, at_s: 0.3}", "{kind: extinguish, target: candle, at_s: 1.5}"),
])
def test_a_doubled_effect_yields_with_a_warning(silent_voices: VoiceEngine, first: str, second: str) -> None:
    warnings: list[str] = []
    spec = SceneSpec.model_validate(yaml.safe_load(_SPEC.format(first=first, second=second)))
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, warnings=warnings)
    doubled = [w for w in warnings if "second effect" in w]
    assert len(doubled) == 1, warnings
    twins = [o.id for o in scene.objects if o.id.endswith("_unlit")]
    assert len(twins) == 1, twins
    # the first one is staged: the candle is its put-out (or lit) twin by the end of the shot, not both at once
    end = evaluate_scene(scene, 2.9)
    shown = [o.id for o in end.objects if o.visible and (o.type == "candle" or o.id in twins)]
    assert len(shown) == 1, shown


def test_two_different_effects_on_one_thing_both_stay(silent_voices: VoiceEngine) -> None:
    warnings: list[str] = []
    spec = SceneSpec.model_validate(yaml.safe_load(_SPEC.format(
        first="{kind: glow, target: candle, at_s: 0.2}", second="{kind: extinguish, target: candle, at_s: 1.5}")))
    build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, warnings=warnings)
    assert not [w for w in warnings if "second effect" in w], warnings
