"""A shot's camera as a function of time: the scene's camera with its own keyframe tracks sampled (what
``autark.scene.evaluate`` gives it), for the shot measure and the planners that try many cameras."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.scene.evaluate import parse_target, sample_track
from autark.scene.model import Camera, Scene

__all__ = ["CameraPath", "camera_path"]

CameraPath = Callable[[float], Camera]


def camera_path(scene: Scene, name: str) -> CameraPath:
    """The camera ``name`` at any time, from its own keyframe tracks only (what ``evaluate`` gives it)."""
    base = scene.camera(name)
    tracks = [(parse_target(tr.target).attr, tr) for tr in scene.timeline.tracks
              if tr.keyframes and tr.target.startswith(f"camera:{name}.") and parse_target(tr.target).name == name]

    def at(t: float) -> Camera:
        if not tracks:
            return base
        update: dict[str, Any] = {}
        for attr, tr in tracks:
            value = sample_track(tr, t)
            if attr == "fov":
                value = min(max(float(value), 1.01), 169.9)  # type: ignore[arg-type]
            update[attr] = value
        return base.model_copy(update=update)

    return at
