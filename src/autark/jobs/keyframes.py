"""One keyframe at a time ``t`` (never before the scene's start), for the modules that lay effects as tracks."""

from __future__ import annotations

from autark.scene.timeline import Keyframe

__all__ = ["key"]


def key(t: float, value: object, easing: str = "ease_in_out") -> Keyframe:
    """A keyframe of ``value`` at ``t`` seconds (a time before 0 is 0), eased in and out unless told."""
    return Keyframe(time_s=max(0.0, t), value=value, easing=easing)  # type: ignore[arg-type]
