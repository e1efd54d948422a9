"""Whether a word is a real English or German word, from the system's spelling word lists.

A real word is never "corrected" to a known word one letter away ("wishes" is not a typo of "fishes", "busy"
is not "bus"): it is mapped by meaning or reported. The lists are Debian's ``wamerican`` and ``wngerman``
(``/usr/share/dict/american-english`` and ``/usr/share/dict/ngerman``; the Makefile's ``system`` target installs
them). They list inflected forms too ("wishes", "verletzten"), and the German list writes nouns with a capital
letter, which is how ``german_noun`` tells "Imker" (a noun) from "verletzten" (not one).

Without the lists every answer is ``None`` (not known either way), and callers keep their older rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from autark.assets.templates import fold

__all__ = ["WORD_LISTS", "available", "is_real_word", "is_word_in", "german_noun", "in_language", "false_friend",
           "is_proper_name", "own_german_lemma"]

_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"))
WORD_LISTS = {"en": Path("/usr/share/dict/american-english"), "de": Path("/usr/share/dict/ngerman")}


def _folded_lines(text: str) -> set[str]:
    # the whole text folded in one go (umlauts, lower case): folding 460,000 words one by one took a second a
    # plan; the rare other accent stays, so "café" is not found as "cafe"
    for umlaut, spelled in _UMLAUTS:
        text = text.replace(umlaut, spelled)
    return set(text.lower().splitlines())


@cache
def _list_text(code: str) -> str:
    """The installed word list of a language, read once; empty where it is not installed."""
    try:
        return WORD_LISTS[code].read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


@cache
def _words() -> tuple[set[str], set[str], set[str]]:
    """(English words, German nouns, German other words), folded; empty where a list is not installed."""
    english = _folded_lines(_list_text("en")) - {""}
    german = _list_text("de")
    de_nouns = _folded_lines("\n".join(re.findall(r"^[A-ZÄÖÜ].*$", german, re.MULTILINE))) - {""}
    de_other = _folded_lines("\n".join(re.findall(r"^[^A-ZÄÖÜ\n].*$", german, re.MULTILINE))) - {""}
    return english, de_nouns, de_other


@cache
def _proper_names() -> frozenset[str]:
    """The English list's capitalised words: its given names and places ("Max", "Paula", "Jonas"), as the German
    list is no help there (it has "max" as a word)."""
    return frozenset(w for w in _list_text("en").splitlines() if w[:1].isupper() and "'" not in w)


def is_proper_name(word: str) -> bool:
    """Whether the English word list has ``word`` as a proper name ("Max", "Tim"; not "Welle", "Sturm")."""
    return word in _proper_names()


def available() -> bool:
    """Whether at least one word list is installed."""
    return any(_words())


def is_real_word(word: str) -> bool | None:
    """True when an English or German word list has ``word`` (any case, folded), False when the lists are
    installed and do not, None without lists."""
    if not available():
        return None
    w = fold(word)
    return any(w in words for words in _words())


def is_word_in(word: str, lang: str) -> bool | None:
    """True when ``lang``'s word list ("en" or "de") has ``word`` (any case, folded), False when it does not,
    None when that list is not installed."""
    english, nouns, other = _words()
    w = fold(word)
    if lang == "en":
        return (w in english) if english else None
    return (w in nouns or w in other) if nouns or other else None


def german_noun(word: str) -> bool | None:
    """True when the German list has ``word`` only as a noun (capitalised), False when only as another part of
    speech (an adjective, a verb form), None when it has it as both, not at all, or there is no list."""
    _english, nouns, other = _words()
    w = fold(word)
    noun, not_noun = w in nouns, w in other
    if noun == not_noun:
        return None
    return noun


def own_german_lemma(word: str) -> bool:
    """Whether the folded German ``word`` is a noun of its own that takes a genitive -s ("Eisen": des Eisens;
    "Busen"), so no inflected form of a shorter noun ("Eis", "Bus"): its meaning is never the shorter one's.
    (A plural has no genitive -s: "Uhren", "Katzen" stay forms of "Uhr", "Katze".)"""
    _english, nouns, _other = _words()
    return word in nouns and word + "s" in nouns


_NOUN_MEANINGS = ("object", "character", "setting")


def in_language(hits: list, word: str, lang: str, lookup=None) -> list:
    """A word's lexicon meanings (``autark.story.lexicon.Hit``) as an idea in ``lang`` means it: a noun meaning
    only the other language gives is dropped when the word has one in ``lang`` too, or is a real ``lang``
    word ("an old boot" in English is no German "Boot", a boat; "Rock" in German is no rock; "kind" in English is
    no German "Kind"). A word the vocabulary lists as a false friend of ``lang`` means what it lists there,
    found by ``lookup`` (the lexicon's: German "Gift" is the bottle). With no meaning left the word is read as
    one the tables do not know, by meaning."""
    nouns = [h for h in hits if h.category in _NOUN_MEANINGS]
    own = _false_friends(lang).get(word)
    if own is not None:  # the vocabulary says what the word is in this language ("Gift": poison, a bottle)
        meant = [h for h in (lookup(own) if own and lookup else []) if h.category in _NOUN_MEANINGS][:1]
        return [h for h in hits if h.category not in _NOUN_MEANINGS] + [replace(h, lang=lang) for h in meant]
    foreign = [h for h in nouns if h.lang not in (lang, "any")]
    if not foreign:
        return hits
    if len(foreign) < len(nouns) or is_word_in(word, lang):
        return [h for h in hits if h not in foreign]
    return hits



@cache
def _false_friends(lang: str) -> dict[str, str]:
    """The vocabulary's words of ``lang`` that another language's noun spells alike (``lang.FALSE_FRIENDS``),
    folded, with the asset type they name in ``lang`` ("" for none)."""
    from autark.language import lang as vocabulary

    return {fold(w): t for w, t in vocabulary.FALSE_FRIENDS.get(lang, {}).items()}


def false_friend(word: str, lang: str) -> str | None:
    """The asset type the folded ``word`` names in ``lang`` where another language spells a noun alike ("" where
    it names nothing autark has: the German "Rat" is a council, no rat), None for any other word."""
    return _false_friends(lang).get(word)
