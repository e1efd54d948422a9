"""A verb of several senses read in the one what it is done to, by or into chooses: "draws his sword" pulls it
out (no drawing of a sword), "takes off his helmet" removes it (the tables' "take off" is a plane's flight),
"breaks into the museum" sneaks in (nothing is broken), "a fire breaks out" burns (no escape, no breaking).

The senses are data (``VERB_SENSES``): the verb's forms, a particle that must stand right after it (English) or
close its clause (German), the kinds of its object that choose the sense, a place after it, or the words of its
subject; the first that fits wins. Read by ``story.word_senses`` once the words have their first meanings.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["VerbSense", "VERB_SENSES", "read_verb_senses"]


@dataclass(frozen=True)
class VerbSense:
    """One sense of a verb: its ``forms`` (folded words), the story verb it is in this sense (``then``), and
    what chooses it: a ``particle`` (right after the verb in English, closing the clause in German), the kinds of
    its object (``objects``), a place named after it (``into_place``), or a word of its subject (``subjects``)."""

    lang: str
    forms: frozenset[str]
    then: str
    particle: str = ""
    objects: frozenset[str] = frozenset()
    into_place: bool = False
    subjects: frozenset[str] = frozenset()


_WEAPONS = frozenset({"sword", "knife", "spear", "axe", "crossbow", "bow", "wand", "shield", "hammer"})
_WORN = frozenset({"hat", "helmet", "coat", "shoe", "boot", "glasses", "mask", "scarf", "glove", "sock",
                   "space_helmet", "diving_helmet", "life_jacket", "crown", "backpack"})
_FIRE_WORDS = frozenset({"fire", "fires", "flames", "blaze", "feuer", "brand", "flammen", "grossbrand"})
_BREAK_EN = frozenset({"break", "breaks", "broke", "breaking"})
_BREAK_DE = frozenset({"bricht", "brechen", "brach", "brachen"})

VERB_SENSES: tuple[VerbSense, ...] = (
    VerbSense("en", frozenset({"draw", "draws", "drew", "drawn", "drawing", "unsheathe", "unsheathes"}), "take",
              objects=_WEAPONS),
    VerbSense("de", frozenset({"zieht", "ziehen", "zog", "zogen", "zueckt", "zuecken", "zueckte"}), "take",
              objects=_WEAPONS),
    VerbSense("en", frozenset({"take", "takes", "took", "taking", "pull", "pulls", "pulled"}), "take", particle="off",
              objects=_WORN),
    VerbSense("en", _BREAK_EN, "hide", particle="into", into_place=True),
    VerbSense("de", _BREAK_DE, "hide", particle="ein", into_place=True),
    VerbSense("en", _BREAK_EN, "burn", particle="out", subjects=_FIRE_WORDS),
    VerbSense("de", _BREAK_DE, "burn", particle="aus", subjects=_FIRE_WORDS),
)
_SKIPPED = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "ein", "eine", "einen",
                      "einem", "der", "die", "das", "den", "dem", "sein", "seine", "seinen", "seinem", "ihr", "ihre",
                      "ihren", "ihrem", "ins", "in", "im", "nachts"})
_LOOK_AHEAD = 5  # "draws *his old rusty* sword": the object a few words on
_CLAUSE_ENDS = frozenset({"und", "aber", "als", "weil", "bis", "dann", "doch", "waehrend"})


def read_verb_senses(folded: list[str], meanings: list[list], verbs: list, lang: str, breaks: set[int]) -> None:
    """Re-read in ``verbs`` (in place) each verb whose sense its object, place or subject chooses (see the module
    doc); the particle that made the sense is read as nothing."""
    from autark.story import verbs as verb_table
    from autark.story.lexicon import Hit

    for k, w in enumerate(folded):
        for sense in VERB_SENSES:
            if sense.lang != lang or w not in sense.forms:
                continue
            at = _particle_at(folded, k, sense, breaks) if sense.particle else -1
            if sense.particle and at < 0:
                continue
            if not _chosen(folded, meanings, k, at, sense):
                continue
            verbs[k] = verb_table.verb_by_key(sense.then) or verbs[k]
            meanings[k] = []
            if at >= 0:
                meanings[at], verbs[at] = [Hit("stop", "", "any")], None
            break


def _particle_at(folded: list[str], k: int, sense: VerbSense, breaks: set[int]) -> int:
    """Where the sense's particle stands: right after the English verb or its object ("takes off his helmet",
    "takes his helmet off"), closing the German clause ("bricht nachts ins Museum ein"); -1 where it does not."""
    for j in range(k + 1, min(len(folded), k + 1 + _LOOK_AHEAD + 2)):
        if j in breaks or folded[j] in _CLAUSE_ENDS:
            return -1
        if folded[j] == sense.particle and (sense.lang == "en" or j + 1 == len(folded) or j + 1 in breaks
                                            or folded[j + 1] in _CLAUSE_ENDS):
            return j
    return -1


def _chosen(folded: list[str], meanings: list[list], k: int, at: int, sense: VerbSense) -> bool:
    if sense.subjects:
        return any(folded[j] in sense.subjects for j in range(max(0, k - 3), k)) or (
            sense.lang == "de" and any(folded[j] in sense.subjects for j in range(k + 1, min(len(folded), k + 3))))
    start = (at + 1 if sense.lang == "en" and at == k + 1 else k + 1)
    head = next((j for j in range(start, min(len(folded), start + _LOOK_AHEAD)) if folded[j] not in _SKIPPED
                 and meanings[j] and not all(h.category in ("stop", "colour", "mood", "material") for h in meanings[j])),
                None)
    if head is None:
        return False
    hits = meanings[head]
    if sense.into_place:
        return any(h.category == "setting" for h in hits) or any(
            h.category == "object" and h.key in ("house", "shop_front", "barn", "castle", "church", "tent")
            for h in hits)
    return any(h.category == "object" and h.key in sense.objects for h in hits)
