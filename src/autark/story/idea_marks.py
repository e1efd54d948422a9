"""The marks of an idea's words that wording and the narrator's counts both read: what a word is (``TOKEN``),
the words that open a subordinate clause, where punctuation ends a clause, and a German plural put back in the
nominative, and the English article a phrase takes. Kept apart from ``story.wording`` so that ``story.told_number``, which wording calls, needs none of it.
"""

from __future__ import annotations

import re

__all__ = ["SUBORDINATORS", "TOKEN", "ends_clause", "indefinite_en", "plural_nominative"]

TOKEN = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ'\-]*|\d+")

SUBORDINATORS = {"until", "till", "while", "when", "because", "since", "once", "bis", "weil", "als", "wenn",
                 "während", "waehrend", "sobald", "dass", "ob", "nachdem", "obwohl"}


def plural_nominative(word: str, lang: str) -> str:
    """A German plural as the idea wrote it after a dative ("den Kindern", "mit den Hühnern") back in the
    nominative ("Kinder", "Hühner") for a title or a count; a plural of its own in -n (Katzen) stays."""
    if lang != "de" or not word.endswith("n") or len(word) < 4:
        return word
    from autark.assets.templates import fold
    from autark.story.lexicon import plurals

    return word[:-1] if fold(word[:-1]) in {fold(p) for p in plurals()} and fold(word) not in {
        fold(p) for p in plurals()} else word


def ends_clause(idea: str, tokens: list[str], j: int) -> bool:
    """Punctuation stands between word j-1 and word j."""
    spans = list(TOKEN.finditer(idea))
    if not 0 < j < len(spans):
        return False
    return bool(re.search(r"[,;:.!?()]", idea[spans[j - 1].end():spans[j].start()]))


def indefinite_en(phrase: str) -> str:
    """'a' or 'an' before ``phrase``, by how its first word sounds."""
    w = phrase.lower()
    vowel = w[:1] in "aeiou" and not w.startswith(("uni", "use", "usu", "eu", "one", "once"))
    return f"{'an' if vowel or w.startswith(('hour', 'honest', 'heir')) else 'a'} {phrase}"
