"""Scenes built from a screenplay's scene written as YAML, for tests of what production lays on the timeline."""

from __future__ import annotations

import yaml

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.scene.model import Scene
from autark.story.screenplay import SceneSpec


def build_spec(spec_yaml: str, voices: VoiceEngine, *, width: int = 160, height: int = 90, fps: int = 10,
               warnings: list[str] | None = None) -> Scene:
    return build_scene(SceneSpec.model_validate(yaml.safe_load(spec_yaml)), width=width, height=height, fps=fps,
                       voices=voices, warnings=warnings)


def build_every_effect(spec_yaml: str, voices: VoiceEngine) -> Scene:
    """The scene, failing the test when production left out one of its effects or things (it says so in a
    warning), since a test of an effect on screen would otherwise pass on a scene without it."""
    warnings: list[str] = []
    scene = build_spec(spec_yaml, voices, warnings=warnings)
    assert not [w for w in warnings if "effect" in w or "left out" in w], warnings
    return scene
