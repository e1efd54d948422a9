"""A thing shown or hidden from a moment on: the one way the command engine (going into a house) and the
production (a found thing turning up, a lost one going) lay a ``visible`` track, keeping the keys before."""

from __future__ import annotations

from autark.ops.operators import AddKeyframes
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["visible_from"]


def visible_from(scene: Scene, oid: str, at_s: float, shown: bool, before: bool) -> AddKeyframes:
    """``oid`` shown (or hidden) from ``at_s`` on. Its keys before ``at_s`` stay; with none, it is ``before``
    from the film's start until then."""
    track = next((t for t in scene.timeline.tracks if t.target == f"object:{oid}.visible"), None)
    earlier = [k for k in (track.keyframes if track else []) if k.time_s < at_s]
    keys = [] if earlier else [Keyframe(time_s=0.0, value=before, easing="hold")]
    keys.append(Keyframe(time_s=max(0.0, at_s), value=shown, easing="hold"))
    return AddKeyframes(target=f"object:{oid}.visible", keyframes=keys)
