"""What an idea is read as (``autark.story.analysis.analyze``): its characters, things, places, time,
weather, events, mood and genre, as data; and which language an idea is written in. Split from the analysis,
which fills it."""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from autark.assets.templates import TimeOfDay, Weather, fold
from autark.story.events import Event
from autark.story.journeys import Stop
from autark.story.lexicon import lexicon

__all__ = ["MAX_IDEA_CHARS", "MOODS", "IDEA_WORD", "CharacterConcept", "ObjectConcept", "Concept", "detect_language"]

MAX_IDEA_CHARS = 2000
MOODS = ("calm", "happy", "sad", "tense", "epic", "mysterious", "romantic")
IDEA_WORD = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ'\-]*|\d+")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CharacterConcept(_Model):
    name: str
    type: str  # humanoid, robot, dog, cat
    group: str  # lexicon group: man, woman, child, person, robot, dog, cat
    voice: str  # man, woman, child, robot, none
    word: str  # the word the idea used ("girl", "Roboter")
    named: bool = False  # the idea gave the name
    color: str = ""  # the idea's colour for them ("a black cat"); grey for an old animal ("an old dog")


class ObjectConcept(_Model):
    type: str
    color: str = ""  # colour name from the idea ("red"), empty for the asset's own
    word: str = ""
    # the idea's own words for it where the tables read several as one thing ("fire truck", "ice cream"); ``word``
    # keeps the first, which the readers match against single tokens
    phrase: str = ""
    count: int = Field(1, ge=1, le=4)  # "three small boats": three of them


class Concept(_Model):
    idea: str
    language: str
    characters: list[CharacterConcept] = Field(default_factory=list)
    settings: list[str] = Field(default_factory=list)  # template names, the first is where it starts
    setting_given: bool = False
    time_of_day: TimeOfDay = "day"
    time_given: bool = False
    weather: Weather = "clear"
    objects: list[ObjectConcept] = Field(default_factory=list)
    actions: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)  # what happens, in the idea's order
    adjectives: dict[str, str] = Field(default_factory=dict)  # object type -> the word before it ("last")
    # object type or character name -> how many times its own size the idea makes it ("a giant tree": 2.5),
    # clamped to what still stages (``sizes.clamp``); absent: its own size
    sizes: dict[str, float] = Field(default_factory=dict)
    mood: str = "calm"
    genre: str = "drama"
    unknown_words: list[str] = Field(default_factory=list)
    unstaged: list[str] = Field(default_factory=list)  # why the key event cannot be staged (for --strict)
    # the places of an idea that moves between them, in order (``story.journeys``); [] for one place
    stops: list[Stop] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def setting(self) -> str:
        return self.settings[0]


def detect_language(text: str) -> str:
    """"de" or "en", by which language's words (and letters) the text uses more."""
    lex = lexicon()
    score = Counter()
    if re.search(r"[äöüÄÖÜß]", text):
        score["de"] += 2
    for tok in IDEA_WORD.findall(text):
        for lang in {h.lang for h in lex.lookup(fold(tok), inflect=False)}:
            score[lang] += 1
    return "de" if score["de"] > score["en"] else "en"
