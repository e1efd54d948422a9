"""Owners an idea names only to say whose a thing or a place is ("the king's crown", "the doctor's office",
"die Krone des Königs"): nobody asked for them on screen, so the analysis does not cast them."""

from __future__ import annotations

import re

from autark.assets.templates import fold

__all__ = ["owners_only"]


# "the king's crown", "the doctor's office", "die Krone des Königs": an owner named only to say whose a thing or
# a place is; English possessive, German genitive after the thing (article, then the owner)
_OWNER_EN = re.compile(r"\b([A-Za-z]+)['\u2019]s\s+(?:[a-z]+\s+)?([a-z]+)")
_OWNER_DE = re.compile(r"\b([A-Za-zÄÖÜäöüß]+)\s+(?:des|der)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][a-zäöüß]+)")


def owners_only(characters: list, events: list, idea: str, lang: str) -> list:
    """``characters`` without those the idea names only as the owner of a thing or a place ("repairs the
    king's crown", "waits outside the doctor's office", "sitzt auf dem Stuhl des Kapitäns"): nobody asked for
    them on screen, so they are not cast. An owner who acts or is acted on, or is named again, stays; so does
    the owner of a person or an animal ("the king's daughter", "her neighbour's dog": a relation)."""
    from autark.story.lexicon import lexicon

    lex = lexicon()
    roles = {n for e in events for n in (*e.agents, e.recipient, e.partner, e.source,
                                         "" if e.patient_is_thing else e.patient) if n}
    words = [fold(w) for w in re.findall(r"[\wäöüÄÖÜß]+", idea)]
    owned_things: set[str] = set()  # the owners' folded words
    pairs = [(m.group(1), m.group(2)) for m in _OWNER_EN.finditer(idea)] if lang != "de" else [
        (m.group(2), m.group(1)) for m in _OWNER_DE.finditer(idea)]
    for owner, owned in pairs:
        hits = lex.lookup(fold(owned))
        if any(h.category in ("character", "stand_in") for h in hits) or not owned[:1].isalpha():
            continue  # a relation: the king's daughter, the farmer's dog
        if lang == "de" and not any(h.category in ("object", "setting") for h in hits):
            continue  # (German: only a thing the vocabulary knows, "die Mutter des Jungen" is no thing)
        owned_things.add(fold(owner))
    if not owned_things:
        return characters
    out = []
    for c in characters:
        w = fold(c.word)
        only_owner = (w in owned_things or any(w == o + "s" or o == w + "s" for o in owned_things)) and \
            words.count(w) <= 1 and c.name not in roles and not c.named
        if not only_owner:
            out.append(c)
    return out or characters
