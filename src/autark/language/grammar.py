"""Tokens, keyword tables and clause splitting.

A sentence is tokenized once (lower-cased text plus the original spelling, for names), then split into
clauses at and/then/comma/und/dann only where the next word starts a new command, so "between the table and
the sofa" and "the chairs and the table" stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autark.errors import LimitExceeded
from autark.language import lang, lexicon
from autark.limits import MAX_NUMBER

__all__ = ["Token", "tokenize", "split_clauses", "VERBS", "all_keywords", "is_number", "to_number"]

_TOKEN_RE = re.compile(r"-?\d+(?:[.,]\d+)?|[^\W\d_]+(?:['’-][^\W\d_]+)*|[,;.=:!?°]|\S", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str  # lower case
    orig: str  # as typed
    lang: str = ""  # the sentence's language ("en", "de"; "" unknown): which table a word is read in

    def __repr__(self) -> str:
        return self.text


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        orig = m.group(0)
        low = orig.lower().replace("’", "'")
        if low in ("close-up", "closeup", "close-ups"):
            out += [Token("close", orig), Token("up", "")]
            continue
        if "-" in low and not low.startswith("-"):
            # hyphenated words: "three-point", "candle-light" -> two tokens
            parts = [p for p in low.split("-") if p]
            out += [Token(p, p) for p in parts]
            continue
        out.append(Token(low, orig))
    return out


def is_number(word: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(?:[.,]\d+)?", word))


def to_number(word: str) -> float:
    """The value of a number word such as '2,5' or '-3'; one beyond ``autark.limits.MAX_NUMBER`` is refused
    here, where it enters, rather than turning into an infinity somewhere downstream."""
    value = float(word.replace(",", "."))
    if not abs(value) <= MAX_NUMBER:
        shown = word if len(word) <= 12 else f"{word[:6]}...({len(word)} digits)"
        raise LimitExceeded(f"the number {shown} is too large; numbers in a command go up to {MAX_NUMBER:,.0f}",
                            hint="see the limits table in the README")
    return value


# verb word -> intent
VERBS: dict[str, str] = lang.VERBS

_SEPARATORS = lang.SEPARATORS
# words that start a new clause after "and"/"und" ("Robo walks to the door and waves")
CLAUSE_STARTERS = set(lang.ACTION_VERBS) | lang.WAIT_WORDS | set(lang.CAMERA_MOVES) | {"says", "sagt"}
# "then" never sits inside a noun phrase, so it always ends a command ("Robo walks to the door, then Robo waves")
_SEQUENCE = lang.SEQUENCE


def split_clauses(tokens: list[Token]) -> list[list[Token]]:
    """Split at separators that are followed (after more separators) by a verb; drop the separators."""
    clauses: list[list[Token]] = [[]]
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.text in _SEPARATORS:
            j = i
            while j < n and tokens[j].text in _SEPARATORS:
                j += 1
            # "und dann", ", then" ... followed by a verb: a new command. A full stop always ends one.
            hard = any(t.text in {".", ";", "!", "?"} | _SEQUENCE for t in tokens[i:j])
            if j >= n or hard or tokens[j].text in VERBS or tokens[j].text in CLAUSE_STARTERS or (
                    tokens[j].text in {"the", "die", "der", "das", "den"} and j + 1 < n and tokens[j + 1].text == "camera"):
                if clauses[-1]:
                    clauses.append([])
                i = j
                continue
        clauses[-1].append(tok)
        i += 1
    return [c for c in clauses if c]


def all_keywords() -> set[str]:
    """The command words: verbs, separators and every keyword a rule reads (``lexicon.all_keywords``)."""
    return lexicon.all_keywords()
