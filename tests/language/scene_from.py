"""A scene made by plain-language commands, one after another (for tests of what the commands build)."""

from __future__ import annotations

from autark.language import interpret
from autark.ops import apply_ops
from autark.scene.model import Scene


def scene_from(*commands: str) -> Scene:
    scene = Scene()
    for command in commands:
        scene = apply_ops(scene, interpret(command, scene))
    return scene
