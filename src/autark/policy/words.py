"""Words for the content policy: folding, tokens, the base forms a word may have, and the policy's phrases.

The policy sits below the language layer (the command engine checks sentences with it), so it cannot use the
story layer's lexicon; its base-form rule is the story lexicon's (``autark.story.lexicon.stems``: common
English and German endings taken off, a doubled consonant undone), plus what a policy must also see: German
past participles ("getoetet" -> "toetet"), German infinitives in the data that find their stems ("toeten"
finds "toetet"), and compounds ("*stecherei" finds "Messerstecherei").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = ["Phrase", "Token", "fold", "forms", "tokenize"]

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "é": "e", "è": "e"})
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
# longest first, so "ern" is tried before "er" and "n" (the story lexicon's lists)
_DE_ENDINGS = ("eten", "ete", "ern", "est", "ten", "en", "er", "es", "em", "et", "st", "te", "e", "n", "s", "t")
_EN_ENDINGS = ("ing", "ed", "es", "en", "s", "ly")  # not "er": a killer is no act of killing
MIN_BASE = 3  # a base form shorter than this finds too much ("rap" is not "rape")


def fold(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, sz as ss: "Wüste" and "Wueste" are one word."""
    return text.lower().translate(_UMLAUTS)


@dataclass(frozen=True)
class Token:
    """One word of the text: as written (``text``, for messages and capitals) and folded (``word``)."""

    text: str
    word: str
    start: int  # character offset in the text


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` in order, hyphenated words and "grandma's" kept whole."""
    return [Token(m.group(), fold(m.group()), m.start()) for m in _WORD.finditer(text)]


@cache
def forms(word: str, lang: str | None = None) -> frozenset[str]:
    """The base forms a folded word may have in ``lang`` (en, de; None: either), the word itself included
    ("stabbed" -> stab, "erstochen" stays, "getoetet" -> toet)."""
    out = {word}
    if word.endswith("'s"):
        out.add(word[:-2])
    if lang != "en" and word.startswith("ge") and len(word) > 6:  # a German past participle: getoetet
        out.add(word[2:])
    endings = {"en": _EN_ENDINGS, "de": _DE_ENDINGS}.get(lang or "", (*_EN_ENDINGS, *_DE_ENDINGS))
    for w in list(out):
        if w.endswith(("ies", "ied")) and len(w) > 4:
            out.add(w[:-3] + "y")
        for end in endings:
            if w.endswith(end) and len(w) - len(end) >= MIN_BASE:
                base = w[: -len(end)]
                out.add(base)
                if end in ("ing", "ed", "er", "es"):
                    out.add(base + "e")  # chased -> chase, strangles -> strangle
                    if len(base) >= 4 and base[-1] == base[-2]:
                        out.add(base[:-1])  # stabbed -> stab
    return frozenset(out)


@dataclass(frozen=True)
class _Word:
    """One word of a phrase: a set of exact forms, an affix (``*x``, ``x*``), a group (``@group``), or ``...``."""

    exact: frozenset[str] = frozenset()
    suffix: str = ""
    prefix: str = ""
    group: str = ""
    gap: bool = False
    end: bool = False
    lang: str | None = None

    def matches(self, token: Token, groups: dict[str, list[Phrase]]) -> bool:
        found = forms(token.word, self.lang)
        if self.exact:
            return bool(found & self.exact)
        if self.suffix:
            return any(f.endswith(self.suffix) for f in found)
        if self.prefix:
            return token.word.startswith(self.prefix)
        if self.group:
            return any(len(p.words) == 1 and p.words[0].matches(token, groups) for p in groups.get(self.group, ()))
        return False


@dataclass(frozen=True)
class Phrase:
    """A data entry: words, gaps (``...``: up to ``MAX_GAP`` words) and the clause's end (``$``)."""

    source: str
    lang: str
    words: tuple[_Word, ...]

    MAX_GAP = 4

    @classmethod
    def parse(cls, entry: str, lang: str) -> list[Phrase]:
        """``a|b|c`` is several phrases (forms the rules cannot guess); each is words separated by spaces."""
        return [cls(alt.strip(), lang, tuple(_parse_word(w, lang) for w in fold(alt).split()))
                for alt in str(entry).split("|") if alt.strip()]

    def match_at(self, tokens: list[Token], i: int, groups: dict[str, list[Phrase]]) -> int | None:
        """The index of the phrase's last token when it begins at token ``i`` of ``tokens`` (one clause)."""
        return self._match_at(tokens, i, 0, groups)

    def _match_at(self, tokens: list[Token], i: int, k: int, groups: dict[str, list[Phrase]]) -> int | None:
        word = self.words[k]
        if word.end:
            return i - 1 if i == len(tokens) else None
        if word.gap:
            for skip in range(self.MAX_GAP + 1):
                if i + skip > len(tokens):
                    break
                got = self._match_at(tokens, i + skip, k + 1, groups)
                if got is not None:
                    return got
            return None
        if i >= len(tokens) or not word.matches(tokens[i], groups):
            return None
        if k + 1 == len(self.words):
            return i
        return self._match_at(tokens, i + 1, k + 1, groups)


def _parse_word(word: str, lang: str) -> _Word:
    if word == "...":
        return _Word(gap=True)
    if word == "$":
        return _Word(end=True)
    if word.startswith("@"):
        return _Word(group=word[1:])
    if word.startswith("*"):
        return _Word(suffix=word[1:], lang=lang)
    if word.endswith("*"):
        return _Word(prefix=word[:-1])
    exact = {word}
    if lang == "de":  # a German infinitive in the data also finds its stem: toeten -> toet (toetet, getoetet)
        cut = 1 if word.endswith(("eln", "ern")) else 2 if word.endswith("en") else 1 if word.endswith("n") else 0
        if cut and len(word) - cut >= MIN_BASE:  # verpruegeln -> verpruegel (verpruegelt), toeten -> toet
            exact.add(word[:-cut])
    return _Word(exact=frozenset(exact), lang=lang)
