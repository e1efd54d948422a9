"""Things whose size is their form: a tall cake has more tiers, not a larger single one. "The tallest cake"
had been the one-tier cake (0.24 m); grown by its size word it was a wide pink drum. ``stacked_forms`` makes a
cake the idea calls tall, big or the highest a cake of tiers (``assets.catalog.tiered_cakes``): three for
"big", "tall", "groß", five for "huge", "riesig", seven for a superlative ("the tallest", "die höchste"), and
one the idea calls a wedding cake three at least (its word names that kind already).
"""

from __future__ import annotations

from autark.story.concept import ObjectConcept

__all__ = ["stacked_forms", "STACKED"]

STACKED = frozenset({"cake"})  # the kinds whose tall form is a stack (a kind of tiers for each)
_SUPERLATIVE = ("est", "st", "ste", "sten", "ster", "stes")  # tallest, höchste, größten (folded: groesste)
_TALL = frozenset({"tall", "high", "hoch", "hohe", "hohen", "hoher", "hohes", "hohem"})  # a height word: big


def _tiers(word: str, factor: float) -> int:
    if word.endswith(_SUPERLATIVE) and factor >= 2.0 and not word.startswith(("riesig", "huge")):
        return 7
    return 5 if factor >= 2.0 else 3


def stacked_forms(objects: list[ObjectConcept], words: list[str]) -> list[ObjectConcept]:
    """``objects`` with each stacked thing a size word before it makes tall a kind of tiers (see the module's
    note); ``words`` are the idea's folded words."""
    from autark.assets.catalog.tiered_cakes import tiers_kind
    from autark.assets.templates import fold
    from autark.story.sizes import size_word

    out = []
    for o in objects:
        at = next((k for k, w in enumerate(words) if w == fold(o.word)), None) if o.type in STACKED else None
        factor, said = None, ""
        for j in range(at - 1, max(at - 3, -1), -1) if at is not None else ():
            factor, said = (1.5 if words[j] in _TALL else size_word(words[j])), words[j]
            if factor is not None:
                break
        if factor is not None and factor > 1.0:
            o = o.model_copy(update={"type": tiers_kind(_tiers(said, factor))})
        out.append(o)
    return out
