"""The timeline as pure data: keyframe tracks, shots, character actions and spoken lines.

A track animates one property addressed by a path:

    object:<id>.transform.position | .transform.rotation | .transform.scale | .material.color | .visible ...
    camera:<name>.position | .target | .fov
    light:<name>.color | .intensity | .position | .direction

Values are floats or 3-tuples; ``easing`` says how the value travels from this keyframe to the next.
Evaluating the scene at time t (``autark.scene.evaluate``) is a pure function of the scene and t.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from autark.limits import (
    MAX_ANGLE_DEG,
    MAX_INTENSITY,
    MAX_LINE_CHARS,
    MAX_SCALE,
    MAX_TIME_S,
    WORLD_EXTENT_M,
)

__all__ = ["Easing", "Keyframe", "Track", "Shot", "Action", "Line", "Timeline"]

Easing = Literal["linear", "ease_in", "ease_out", "ease_in_out", "cubic", "hold"]
# An action kind names a motion clip (autark.motion.CLIPS, a registry plugins add to), so the scene model takes
# any well-formed name and the motion layer refuses one it has no clip for. The built-in kinds, grouped:
BUILTIN_ACTION_KINDS: tuple[str, ...] = (
    # moving the whole body
    "idle", "walk", "run", "turn", "sit", "drive", "fly", "swim", "jump", "chase", "climb", "sneak", "fall",
    "lie", "sleep", "kneel", "land", "dance", "hide", "slide", "ride",
    # with hands and things (``item`` is the thing handled, ``target_object`` whom or what it goes to)
    "eat", "drink", "cook", "serve", "give", "take", "pick_up", "put_down", "throw", "catch", "play", "read",
    "write", "push", "kick", "fish", "magic", "pour", "hammer", "knock",
    # with others and feelings
    "wave", "point", "talk", "fight", "argue", "hug", "kiss", "cry", "laugh", "celebrate", "clap", "bow",
    "nod", "shake_head", "sing", "look", "think", "listen",
)
ActionKind = Annotated[str, Field(pattern=r"^[a-z][a-z_]{0,31}$")]
Transition = Literal["cut", "crossfade"]


# A time on the timeline: finite, from 0 to autark.limits.MAX_TIME_S
Time = Annotated[float, Field(ge=0.0, le=MAX_TIME_S)]
_Coord = Annotated[float, Field(ge=-WORLD_EXTENT_M, le=WORLD_EXTENT_M)]
_AnyNumber = Annotated[float, Field(ge=-MAX_INTENSITY, le=MAX_INTENSITY)]  # finite; narrowed per property below
# the property a track animates (the part of its target after the last '.') -> the bounds of its values
_VALUE_BOUNDS = {"position": (-WORLD_EXTENT_M, WORLD_EXTENT_M), "target": (-WORLD_EXTENT_M, WORLD_EXTENT_M),
                 "rotation": (-MAX_ANGLE_DEG, MAX_ANGLE_DEG), "scale": (0.0, MAX_SCALE),
                 "color": (0.0, 1.0), "intensity": (0.0, MAX_INTENSITY)}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Keyframe(_Model):
    time_s: Time
    value: bool | _AnyNumber | tuple[_AnyNumber, _AnyNumber, _AnyNumber]
    easing: Easing = "ease_in_out"


class Track(_Model):
    target: str
    keyframes: list[Keyframe] = Field(default_factory=list)

    @model_validator(mode="after")
    def _values_within_bounds(self) -> Track:
        bounds = _VALUE_BOUNDS.get(self.target.rsplit(".", 1)[-1])
        if bounds is None:
            return self
        lo, hi = bounds
        for k in self.keyframes:
            values = k.value if isinstance(k.value, tuple) else (k.value,)
            if any(not isinstance(v, bool) and not lo <= v <= hi for v in values):
                owner, _, prop = self.target.partition(":")[2].rpartition(".")
                raise ValueError(f"{owner}'s {prop} at {k.time_s:g} s would be {k.value}; "
                                 f"it must be within {lo:g} .. {hi:g}")
        return self


class Shot(_Model):
    """A stretch of the film seen through one camera; the film cuts (or cross-fades) between shots."""

    name: str = ""
    camera: str
    start_s: Time
    end_s: Time = Field(gt=0.0)
    size: str = ""  # "wide", "medium", "close-up", "over-the-shoulder", free text for others
    move: str = "static"  # static, pan, tilt, dolly, truck, orbit, crane, follow, zoom
    transition: Transition = "cut"
    # what the shot is about, as its planner decided (autark.cinema measures the shot against these): the
    # object ids it shows (empty: whatever the camera aims at), any that may cover them on purpose (the near
    # shoulder of an over-the-shoulder shot), whether a speaker off screen is intended (a reaction shot), and
    # why the planner changed the shot from what was asked
    subjects: list[str] = Field(default_factory=list)
    foreground: list[str] = Field(default_factory=list)
    reaction: bool = False
    notes: list[str] = Field(default_factory=list)
    # who the story says the shot is about, whatever framing was kept (the planned subject, those acting in it and
    # acted on): the film's check keeps them on screen (autark.cinema.frame_faults)
    story: list[str] = Field(default_factory=list)
    # who and what the idea's key event is about, where the shot shows it (autark.jobs.key_shots): read whole in it
    key: list[str] = Field(default_factory=list)


class Action(_Model):
    """A procedural animation clip on an object (usually a character's body)."""

    object_id: str
    kind: ActionKind
    start_s: Time
    end_s: Time = Field(gt=0.0)
    target: tuple[_Coord, _Coord, _Coord] | None = None  # where a walk/run/turn/point goes or looks
    target_object: str | None = None  # the chair to sit on, the thing to point at, whom a thing is given to
    item: str | None = None  # the object handled: eaten, thrown, played, given, picked up
    # talk: how far the mouth is open per video frame (0..1), e.g. from the voice's Speech.mouth_open(fps);
    # None means a default syllable-like movement
    mouth_open: list[Annotated[float, Field(ge=0.0, le=1.0)]] | None = None
    mouth_fps: float = Field(30.0, gt=0.0, le=1000.0)


class Line(_Model):
    """A spoken line: dialogue by a character, or narration when ``speaker`` is "narrator"."""

    speaker: str
    text: str = Field(min_length=1, max_length=MAX_LINE_CHARS)
    start_s: Time = 0.0
    voice: str = ""
    language: str = "en"
    duration_s: Time | None = None  # filled in once the voice engine has spoken it


class Timeline(_Model):
    duration_s: Time = 0.0  # 0 means "as long as the settings say"
    tracks: list[Track] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)
    music_mood: str = ""
    cursor_s: Time = 0.0  # where the next timed command lands ("wait 2 seconds" moves it)
