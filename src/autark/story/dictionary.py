"""Whether a word is a real English or German word, from the system's spelling word lists.

A real word is never "corrected" to a known word one letter away ("wishes" is not a typo of "fishes", "busy"
is not "bus"): it is mapped by meaning or reported. The lists are Debian's ``wamerican`` and ``wngerman``
(``/usr/share/dict/american-english`` and ``/usr/share/dict/ngerman``; the Makefile's ``system`` target installs
them). They list inflected forms too ("wishes", "verletzten"), and the German list writes nouns with a capital
letter, which is how ``german_noun`` tells "Imker" (a noun) from "verletzten" (not one).

Without the lists every answer is ``None`` (not known either way), and callers keep their older rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from autark.assets.templates import fold

__all__ = ["WORD_LISTS", "available", "is_real_word", "german_noun"]

WORD_LISTS = {"en": Path("/usr/share/dict/american-english"), "de": Path("/usr/share/dict/ngerman")}


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(all folded words, German nouns folded, German non-nouns folded); empty where no list is installed."""
    every: set[str] = set()
    de_nouns: set[str] = set()
    de_other: set[str] = set()
    for code, path in WORD_LISTS.items():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            if not line or "'" in line:
                continue  # "dog's": the possessive adds nothing a stem does not
            folded = fold(line)
            every.add(folded)
            if code == "de":
                (de_nouns if line[:1].isupper() else de_other).add(folded)
    return frozenset(every), frozenset(de_nouns), frozenset(de_other)


def available() -> bool:
    """Whether at least one word list is installed."""
    return bool(_words()[0])


def is_real_word(word: str) -> bool | None:
    """True when an English or German word list has ``word`` (any case, folded), False when the lists are
    installed and do not, None without lists."""
    every = _words()[0]
    if not every:
        return None
    return fold(word) in every


def german_noun(word: str) -> bool | None:
    """True when the German list has ``word`` only as a noun (capitalised), False when only as another part of
    speech (an adjective, a verb form), None when it has it as both, not at all, or there is no list."""
    _every, nouns, other = _words()
    w = fold(word)
    noun, not_noun = w in nouns, w in other
    if noun == not_noun:
        return None
    return noun
