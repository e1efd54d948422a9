"""The timeline as pure data: keyframe tracks, shots, character actions and spoken lines.

A track animates one property addressed by a path:

    object:<id>.transform.position | .transform.rotation | .transform.scale | .material.color | .visible ...
    camera:<name>.position | .target | .fov
    light:<name>.color | .intensity | .position | .direction

Values are floats or 3-tuples; ``easing`` says how the value travels from this keyframe to the next.
Evaluating the scene at time t (``autark.scene.evaluate``) is a pure function of the scene and t.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Easing", "Keyframe", "Track", "Shot", "Action", "Line", "Timeline"]

Easing = Literal["linear", "ease_in", "ease_out", "ease_in_out", "cubic", "hold"]
ActionKind = Literal["idle", "walk", "run", "wave", "sit", "point", "turn", "talk", "drive", "fly"]
Transition = Literal["cut", "crossfade"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Keyframe(_Model):
    time_s: float = Field(ge=0.0)
    value: float | bool | tuple[float, float, float]
    easing: Easing = "ease_in_out"


class Track(_Model):
    target: str
    keyframes: list[Keyframe] = Field(default_factory=list)


class Shot(_Model):
    """A stretch of the film seen through one camera; the film cuts (or cross-fades) between shots."""

    name: str = ""
    camera: str
    start_s: float = Field(ge=0.0)
    end_s: float = Field(gt=0.0)
    size: str = ""  # "wide", "medium", "close-up", "over-the-shoulder", free text for others
    move: str = "static"  # static, pan, tilt, dolly, truck, orbit, crane, follow, zoom
    transition: Transition = "cut"


class Action(_Model):
    """A procedural animation clip on an object (usually a character's body)."""

    object_id: str
    kind: ActionKind
    start_s: float = Field(ge=0.0)
    end_s: float = Field(gt=0.0)
    target: tuple[float, float, float] | None = None  # where a walk/run/turn/point goes or looks
    target_object: str | None = None  # the chair to sit on, the thing to point at
    # talk: how far the mouth is open per video frame (0..1), e.g. from the voice's Speech.mouth_open(fps);
    # None means a default syllable-like movement
    mouth_open: list[float] | None = None
    mouth_fps: float = Field(30.0, gt=0.0)


class Line(_Model):
    """A spoken line: dialogue by a character, or narration when ``speaker`` is "narrator"."""

    speaker: str
    text: str = Field(min_length=1, max_length=2000)
    start_s: float = Field(0.0, ge=0.0)
    voice: str = ""
    language: str = "en"
    duration_s: float | None = None  # filled in once the voice engine has spoken it


class Timeline(_Model):
    duration_s: float = Field(0.0, ge=0.0)  # 0 means "as long as the settings say"
    tracks: list[Track] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)
    music_mood: str = ""
    cursor_s: float = Field(0.0, ge=0.0)  # where the next timed command lands ("wait 2 seconds" moves it)
