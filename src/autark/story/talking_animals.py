"""An animal the idea makes speak gets a voice: "the fish begs the fisherman", "der Rabe sagt dem Fuchs", "a
talking cat", "ein sprechender Hund", two foxes who quarrel, and animals who do a thing together where no person
is there (a fable: "a tortoise and a hare race", "ein Pinguin tanzt mit einem Flamingo"). Animals are cast mute (voice "none"); one whose
words the idea tells would stand silent while the narrator reads its lines.

The voice is the audio layer's own (``autark.audio.voicing``): a small animal speaks with the child's voice
(pitched up), a big one with the man's, one the idea names female ("hen", "Stute", "Füchsin") with the woman's.
Size is the body's height in the asset library, so every animal kind is covered, a new one included.

A cast of animals only speaks by the idea's genre and mood (``tale_speaks``): in a comedy, a fairy tale, an
adventure or any idea whose mood is light (a goat and a bear share honey, a cat knocks the cake off the table)
animals that talk are the norm, as in a children's story, and a film of them had been silent but for the narrator;
in a realistic drama (its mood sad, tense or mysterious: a fox who waits in the snow for a mother who never
comes) and in a hunt they stay mute and the narrator tells it. One animal alone speaks only where the idea is a
comedy or a fairy tale: a cat asleep in the sun or a horse eating an apple is a nature scene, not a monologue.
The rule gives a voice only to a cast the other rules leave wholly mute, and only to those who do something (the
fish two cats quarrel over is no speaker, and the dog who takes it from them stays the narrator's to tell).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.analysis import Concept

__all__ = ["talking_animals", "with_talking_animals", "animal_voice", "tale_speaks"]

# story verbs whose doer speaks (verbs.yaml kind talk: say, ask, beg, tell, warn, promise...; and a quarrel)
_SPEAKING_KINDS = frozenset({"talk", "argue"})
# words before an animal's noun that make it one that talks (folded: lower case, umlauts kept)
_TALKING_WORDS = ("talking", "speaking", "sprechend", "redend", "sprechende", "redende")
# an animal after another (an eagle hunting a dove) is no fable: the narrator tells it
_HUNTING = frozenset({"chase", "hunt", "eat", "catch", "scare", "take", "flee", "fight", "attack", "bite"})
# an animal cast speaks in a tale of these genres or moods (story.moods), and stays mute in a realistic drama
_TALE_GENRES = frozenset({"comedy", "fairy tale", "adventure", "romance", "sci-fi"})
_LIGHT_MOODS = frozenset({"happy", "calm", "romantic", "epic"})
_ALONE_TALE = frozenset({"comedy", "fairy tale"})  # one animal alone speaks only in these
_BIG_M = 1.0  # an animal taller than this speaks with a grown man's voice
# English and German words for a female animal: the woman's voice (stems: "Füchsin", "Wölfin", "Löwin")
_FEMALE = ("hen", "cow", "mare", "ewe", "doe", "sow", "vixen", "lioness", "tigress", "she-", "queen_bee",
           "henne", "kuh", "stute", "glucke", "ricke", "geiß", "geiss", "füchsin", "wölfin", "löwin", "bärin",
           "tigerin", "häsin", "hündin", "eselin", "äffin", "elefantin", "katzenmutter", "entenmutter")


def talking_animals(concept: Concept) -> set[str]:
    """The names of the mute characters the idea makes speak: the doer of a speaking event, or one called
    talking."""
    mute = {c.name: c for c in concept.characters if c.voice == "none"}
    if not mute:
        return set()
    speaking = [e for e in concept.events if e.kind in _SPEAKING_KINDS or e.verb in _SPEAKING_KINDS]
    out = {a for e in speaking for a in e.agents if a in mute}
    # an animal spoken to by a talking animal answers it where no person is there: "the mouse begs the lion" is
    # a fable, both speak; "the wolf asks the shepherd for a sheep" is not the sheep's to answer
    if all(c.voice == "none" or c.name in out for c in concept.characters):  # only animals: a fable
        out |= {n for e in speaking if set(e.agents) & out for n in (e.patient, e.recipient, e.partner) if n in mute}
    if all(c.voice == "none" for c in concept.characters):  # only animals, who do things together: a fable
        out |= {n for e in concept.events if len([a for a in e.agents if a in mute]) + (e.partner in mute) >= 2
                and e.kind not in _HUNTING and e.verb not in _HUNTING
                for n in (*e.agents, e.partner) if n in mute}  # "a tortoise and a hare race", "dances with a flamingo"
    if not out and tale_speaks(concept):  # those who do something: the fish two cats fight over is no speaker
        out |= {n for e in concept.events for n in (*e.agents, e.partner) if n in mute}
    idea = concept.idea.lower()
    for name, c in mute.items():
        word = c.word.lower()
        if word and any(f"{t} {word}" in idea or f"{t}r {word}" in idea or f"{t}s {word}" in idea
                        or f"{t}n {word}" in idea for t in _TALKING_WORDS):
            out.add(name)
    return out


def tale_speaks(concept: Concept) -> bool:
    """Does the idea's cast of animals only speak, by its genre and mood: a tale where animals talk, not a
    realistic drama nor a hunt (the module's docstring says why)."""
    cast = concept.characters
    if not cast or any(c.voice != "none" for c in cast):
        return False  # people there: their pets stay pets
    if any(e.kind in _HUNTING or e.verb in _HUNTING for e in concept.events if len(e.agents) + bool(e.partner) +
           bool(e.patient and not e.patient_is_thing) >= 2):
        return False  # an eagle after a dove is told by the narrator
    if len(cast) == 1:
        return concept.genre in _ALONE_TALE
    return concept.genre in _TALE_GENRES or concept.mood in _LIGHT_MOODS


def animal_voice(asset_type: str, word: str) -> str:
    """The voice of a talking animal of ``asset_type`` the idea calls ``word``."""
    w = word.lower()
    if w.startswith(_FEMALE):
        return "woman"
    from autark.assets import library

    try:
        spec = library.get(asset_type)
    except KeyError:
        return "child"
    height = spec.bounds_max[1] - spec.bounds_min[1]
    return "man" if height > _BIG_M else "child"


def with_talking_animals(concept: Concept) -> Concept:
    """``concept`` with a voice for every animal it makes speak (``talking_animals``), else unchanged."""
    talkers = talking_animals(concept)
    if not talkers:
        return concept
    chars = [c.model_copy(update={"voice": animal_voice(c.type, c.word)}) if c.name in talkers
             else c for c in concept.characters]
    return concept.model_copy(update={"characters": chars})
