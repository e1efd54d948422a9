"""German prepositions of time before a place word: "nach der Party", "während des Konzerts", "seit der Schule"
say when, not where. "Die Schüler räumen nach der Party das Klassenzimmer auf" happens in the classroom; the
party is over, and reading it as the place staged the tidying in a living room.

"nach" with an article is always a time in German (a goal takes no article: "nach Hause", "nach Berlin"; a
place behind one is "hinter"); "vor" is left alone, as "vor dem Haus" is in front of the house.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["TIME_PREPOSITIONS_DE", "time_not_place"]

TIME_PREPOSITIONS_DE = frozenset({"nach", "waehrend", "seit"})
_ARTICLES = frozenset({"der", "dem", "den", "des", "einer", "einem", "eines"})
_OTHER_ARTICLES = frozenset({"die", "das", "ein", "eine"})
_DESCRIBING_ENDINGS = ("e", "en", "er", "es", "em")
_BETWEEN = 2  # describing words between the article and the place word ("nach der langen Party")


def time_not_place(folded: Sequence[str], k: int) -> bool:
    """Whether the German word at ``k`` is governed by a preposition of time with its article ("nach der
    Party", "während des großen Konzerts"): a time, not the place the idea happens in."""
    for j in range(k - 1, max(k - 2 - _BETWEEN, 0), -1):
        if folded[j] in _ARTICLES:
            return j > 0 and folded[j - 1] in TIME_PREPOSITIONS_DE
        if not folded[j].endswith(_DESCRIBING_ENDINGS) or folded[j] in _OTHER_ARTICLES:
            return False  # another word between: "nach der Party das Klassenzimmer" is the classroom's "das"
    return False
