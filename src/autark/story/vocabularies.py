"""The words autark knows, per part of speech and language: the candidates an unknown word may mean
(``autark.story.unknown_words`` asks the meaning lookup, ``autark.story.semantic``, to choose among them; the
lookup itself reads the English nouns when it goes through a German word's English translations)."""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold
from autark.story.lexicon import lexicon

__all__ = ["POS_CATEGORIES", "vocabulary"]

POS_CATEGORIES = {"noun": {"character", "object", "setting", "stand_in"},
                   "adj": {"mood", "weather", "time", "colour"}, "verb": {"action"}}


def vocabulary(pos: str, lang: str | None = None) -> tuple[str, ...]:
    """Known words of one part of speech (the candidates an unknown word of that part may mean); with ``lang``
    only that language's words (and words of no language): an English "shushes" must never be read as the German
    "schoss" because the two are spelled or embedded alike."""
    return _vocabulary(pos, lang)


@cache
def _vocabulary(pos: str, lang: str | None) -> tuple[str, ...]:
    lex = lexicon()
    langs = ("en", "de") if lang is None else (lang,)
    if pos == "verb":
        from autark.story import verbs as verb_table

        return tuple(sorted({fold(w) for key in verb_table.verb_keys()
                             for code in langs for w in verb_table._data()["verbs"][key].get(code, [])}))
    cats = POS_CATEGORIES[pos]
    return tuple(w for w in lex.content_words() if any(
        h.category in cats and (lang is None or h.lang in (lang, "any")) for h in lex.index[w]))
