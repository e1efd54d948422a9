"""The story a concept develops into (``story.narrative.develop``): its beats, each a shot of one kind (setup,
inciting moment, rising action, climax, resolution) in one of the idea's settings, and what the screenplay is
laid out from (``story.story_layout``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from autark.story.concept import Concept
from autark.story.screenplay import CastMember, Prop, Shot
from autark.story.world_changes import WorldChange

__all__ = ["BeatKind", "Beat", "Story"]

BeatKind = Literal["setup", "inciting", "rising", "climax", "resolution"]


class Beat(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: BeatKind
    scene: int = 0  # index into the story's settings
    shot: Shot


class Story(BaseModel):
    model_config = ConfigDict(extra="forbid")

    concept: Concept
    seed: int
    duration_s: float
    title: str
    logline: str
    kit: str
    music_mood: str
    cast: list[CastMember]
    props: list[Prop]
    beats: list[Beat] = Field(min_length=3)
    title_card_s: float
    end_card_s: float
    # the changes of weather and light the idea tells ("until it starts to snow"), each with the beat it
    # happens at (``autark.story.world_changes``)
    changes: list[tuple[int, WorldChange]] = Field(default_factory=list)
    staged: list[list[int]] = Field(default_factory=list)  # each beat's events (indices into concept.events)
