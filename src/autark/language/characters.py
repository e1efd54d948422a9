"""Who can act and speak: whether an object is a character, the id a character gets from its name, the voice
it speaks with. Shared by the command engine (naming, dialogue) and the production of a screenplay."""

from __future__ import annotations

import re

from autark.language import lang
from autark.language import lexicon as lx
from autark.scene.model import SceneObject

__all__ = ["is_character", "character_id", "voice_for", "FEMALE"]

# words and first names that give a speaker a woman's voice
FEMALE = lang.FEMALE_WORDS | lang.FEMALE_NAMES


def is_character(obj: SceneObject) -> bool:
    """A body that acts and can speak: a person, a robot (flagged or rigged asset)."""
    from autark.assets.library import is_character as flagged

    return flagged(obj)


def character_id(name: str) -> str:
    """The id of the character called ``name`` ("Robo" -> "char_robo")."""
    return "char_" + (re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "someone")


def voice_for(obj: SceneObject) -> str:
    """The voice a character speaks with when nobody chose one: a robot's, a child's for a girl or a boy, a
    woman's for a woman (tagged so, a woman's body, or a woman's name), else a man's."""
    if obj.type == "robot":
        return "robot"
    if obj.tag in lx.PERSON_VOICES:  # a girl speaks with a child's voice whatever she is called
        return lx.PERSON_VOICES[obj.tag]
    from autark.assets.library import person_kind

    kind = person_kind(obj.type)  # the body says it: a queen speaks with a woman's voice
    if kind in lx.PERSON_VOICES:
        return lx.PERSON_VOICES[kind]
    words = set(re.findall(r"[\wäöüß]+", obj.name.lower()))
    return "woman" if words & FEMALE else "man"
