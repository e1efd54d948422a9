"""What someone fears is not on screen by the mere fear: "a woman who is afraid of dogs", "ein Junge mit Angst
vor Spinnen", "the knight fears snakes". The plural had cast a pack of dogs or four spiders who stood about in
every shot; what is feared is only shown where the idea also makes it act or be acted on ("...finds a spider
in his shoe": that one spider), and the rest of the kind is left to the words.
"""

from __future__ import annotations

import re

from autark.assets.templates import fold

__all__ = ["FEAR_WORDS", "without_the_merely_feared"]

# the words after which a fear's object follows, folded (English, German); "vor" only after a fear noun or verb
FEAR_WORDS = frozenset({
    "afraid", "scared", "frightened", "terrified", "fearful", "fears", "fear", "feared", "fearing", "phobia",
    "dreads", "dread", "petrified", "wary", "hates", "loathes",
    "angst", "aengste", "furcht", "fuerchtet", "fuerchten", "fuerchtete", "panik", "ekel", "ekelt", "phobie",
    "graut", "grauen", "scheu", "hasst",
})
_LINKS = frozenset({"of", "vor", "sich", "mir", "dich", "ihm", "ihr", "the", "den", "die", "all", "alle",
                    "allen", "big", "large", "small", "little", "great", "grossen", "kleinen", "grosse", "kleine",
                    "wilden", "wild"})


_ONE = frozenset({"one", "eine", "einen", "einer", "eins", "einem"})
# the words after a "one" that stands for the feared kind (not "one day", "einen Welpen")
_AFTER_ONE = frozenset({"in", "on", "under", "at", "by", "behind", "near", "and", "im", "unter", "auf", "am",
                        "hinter", "neben", "und", "bei", "today", "heute", "there", "dort", "da"})


def _feared_positions(folded: list[str]) -> set[int]:
    """The positions of the words a fear names: a noun up to three linking words after a fear word."""
    out: set[int] = set()
    for k, w in enumerate(folded):
        if w not in FEAR_WORDS:
            continue
        j = k + 1
        while j < len(folded) and j <= k + 4 and folded[j] in _LINKS:
            j += 1
        if j < len(folded) and j > k + (0 if w not in ("afraid", "scared", "frightened", "terrified", "fearful",
                                                       "petrified", "wary", "angst", "furcht", "panik", "ekel",
                                                       "phobie", "phobia", "fear") else 1) or j < len(folded) and w in ("fears", "feared", "fearing", "dreads", "hates", "loathes", "hasst"):
            out.add(j)
    return out


def without_the_merely_feared(characters: list, events: list, idea: str) -> tuple[list, list]:
    """``characters`` without those cast only from what someone fears, and ``events`` without them: a character
    whose word stands after a fear's words, who is not the one acted on in another act, is left out (a pack of
    feared dogs); the first of that kind stays where the idea names the kind again ("...findet eine Spinne")."""
    folded = [fold(w).lower() for w in re.findall(r"[\wäöüÄÖÜß]+", idea)]
    at = _feared_positions(folded)
    feared = {folded[k] for k in at}
    if not feared:
        return characters, events
    acted_on = {n for e in events if e.verb != "fear" for n in (
        e.recipient, e.partner, e.source, "" if e.patient_is_thing else e.patient) if n}
    # the kind named again after the fear, or taken up by "one" ("afraid of spiders finds one in her bed")
    again_one = any(t in _ONE and k > min(at) and (k + 1 == len(folded) or folded[k + 1] in _AFTER_ONE)
                    for k, t in enumerate(folded))
    named_again = {w for w in feared if again_one or any(k not in at and t[:4] == w[:4] for k, t in enumerate(folded))}
    dropped: set[str] = set()
    kept_kinds: set[str] = set()
    for c in characters:
        word = fold(c.word).lower()
        if word not in feared or c.named or c.name in acted_on:
            continue
        if word in named_again and word not in kept_kinds:
            kept_kinds.add(word)  # the one the idea meets again
            continue
        dropped.add(c.name)
    if not dropped or len(dropped) == len(characters):
        return characters, events
    out = [e.model_copy(update={  # an act only the left-out did is left out with them
        "agents": [a for a in e.agents if a not in dropped],
        "patient": "" if e.patient in dropped else e.patient,
        "recipient": "" if e.recipient in dropped else e.recipient}) for e in events
        if not e.agents or any(a not in dropped for a in e.agents)]
    return [c for c in characters if c.name not in dropped], out
