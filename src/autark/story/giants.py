"""People whose word is their size: a giant towers over everyone, an ogre nearly so ("a giant and a dwarf",
"zwei Riesen"), and where English "giant" is such a person rather than a size word ("a giant pumpkin").
Read by the analysis and the cast (``story.cast.young_scale``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from autark.assets.templates import fold

__all__ = ["GIANT", "ROLE_SIZES", "role_size", "giant_noun"]

GIANT = 1.6  # the largest a character is shown (``story.sizes.CAST_RANGE``; this module imports no sizes)

# people whose word is their size: a giant towers over everyone (at the largest a character is shown), an ogre
# nearly so; a dwarf's own body is small already (folded, English and German, singular and plural)
ROLE_SIZES = {
    **dict.fromkeys(("giant", "giants", "giantess", "riese", "riesen", "riesin", "riesinnen", "titan", "titans",
                     "titanen", "colossus", "koloss", "huene", "huenen"), GIANT),
    **dict.fromkeys(("ogre", "ogres", "oger", "ogern", "menschenfresser"), 1.45),
}
_NOUN_CATEGORIES = frozenset({"character", "stand_in", "object", "setting", "light", "material"})


def role_size(word: str) -> float | None:
    """The size factor a person word gives its body by itself ("giant": the largest), None for others."""
    return ROLE_SIZES.get(fold(word))


# words after a singular "giant" that begin its verb without an -s ("the giant can fly", "a giant will come")
_MODALS = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must", "did", "had",
                     "was", "sat", "stood", "ate", "took", "came", "went", "saw", "ran", "fell", "woke", "lived"})


def giant_noun(folded: Sequence[str], meanings: Sequence[Iterable[Any]], verbs: Sequence[Any], k: int) -> bool:
    """Whether an English "giant" at ``k`` is a person, not a size: no noun follows it ("a giant and a
    dwarf", "the giant sleeps", "giants live here"); "a giant pumpkin", "a giant wedding cake" are a size."""
    if folded[k] not in ("giant", "giants", "giantess"):
        return False
    if k + 1 >= len(folded):
        return True
    after = meanings[k + 1]
    if any(getattr(h, "category", "") in _NOUN_CATEGORIES for h in after) or folded[k + 1].endswith("ing"):
        return False  # ("a giant wedding cake": a size)
    nxt = folded[k + 1]
    if folded[k] == "giant" and verbs[k + 1] is not None and not nxt.endswith(("s", "ed")) and nxt not in _MODALS \
            and nxt.isalpha():
        return False  # "rides a giant wave", "a giant smile": a singular giant's verb ends in -s ("the giant waves")
    return verbs[k + 1] is not None or any(getattr(h, "category", "") == "stop" for h in after) or folded[
        k + 1] in ("and", "or", "with", "who", "that", "named", "called")
