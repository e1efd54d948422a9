"""The narrator's sentence for an event the idea tells in a subordinate or relative clause: a sentence of its own,
its subject named (story.idea_clauses asks). "..., weil er den Kuchen gestohlen hat" is told "Der Koch hat den
Kuchen gestohlen."; "before the queen arrives" "The queen arrives."; "a golden fish that grants him three
wishes" "The golden fish grants him three wishes."; "Fisch, der ihm drei Wünsche erfüllt" "Der Fisch erfüllt ihm
drei Wünsche."; and the main clause a relative clause interrupts keeps its subject ("The knight who lost his
sword fights the dragon": "The knight fights the dragon.").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from autark.story.clause_order import main_clause_de
from autark.story.subordinate_clauses import RELATIONS, RELATIVES_EN, opener_at, relative_at

# In annotations only: story.events.Event and Token (story.events is read before this module is asked)
Event = Token = Any

__all__ = ["clause_openers", "subordinate_told"]

_PRONOUN_ARTICLE = {"er": "der", "sie": "die", "es": "das", "he": "the", "she": "the", "it": "the"}
_ADJECTIVE_SLOTS = 3  # how many describing words may stand before a relative clause's noun ("a small golden fish")


def clause_openers(tokens: Sequence[Token]) -> frozenset[int]:
    """The word indices where a subordinate or relative clause begins ("before", "weil" after a comma, "who")."""
    out = set()
    for i in range(len(tokens)):
        if (opener_at(tokens, i)[0] or relative_at(tokens, i)[0] > -2) and _verb_after(tokens, i) >= 0:
            out.add(i)
    return frozenset(out)


def _verb_after(tokens: Sequence[Token], i: int) -> int:
    """The first verb after word ``i`` before the next punctuation, or -1."""
    for j in range(i + 1, min(len(tokens), i + 12)):
        if tokens[j].brk:
            return -1
        if tokens[j].verb is not None and not (tokens[j].characters or tokens[j].thing):
            return j
    return -1


def _words(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[str]:
    return text[spans[start][0]:spans[end - 1][1]].rstrip(",;:-").split() if start < end else []


def _sentence(words: list[str]) -> str:
    said = " ".join(words).strip().rstrip(",;:-")
    return said[:1].upper() + said[1:] + ("" if said[-1:] in ".!?" else ".") if said else ""


def _noun_phrase(tokens: Sequence[Token], text: str, spans: list[tuple[int, int]], noun: int, german: bool,
                 article: str) -> list[str]:
    """The noun at ``noun`` as a subject: English with its describing words after ``article`` ("the golden fish";
    "" keeps the idea's own article), German the noun with ``article`` (its describing words' endings would
    follow the case it stood in)."""
    if german:
        return [article, tokens[noun].text]
    first = noun
    while first > 0 and noun - first < _ADJECTIVE_SLOTS and not tokens[first].brk and tokens[first - 1].verb is None \
            and not tokens[first - 1].characters and tokens[first - 1].folded not in _ARTICLES_EN:
        first -= 1
    if first > 0 and tokens[first - 1].folded in _ARTICLES_EN and not tokens[first].brk:
        first -= 1
        return [article, *_words(text, spans, first + 1, noun + 1)] if article else _words(text, spans, first, noun + 1)
    return [article, *_words(text, spans, first, noun + 1)] if article else _words(text, spans, first, noun + 1)


_ARTICLES_EN = frozenset({"a", "an", "the", "his", "her", "their", "its", "my"})


def _named(tokens: Sequence[Token], ev: Event, words: list[str], german: bool) -> list[str]:
    """``words`` with a leading subject pronoun ("er", "he") said as the noun the doer was named with."""
    if not words or words[0].lower() not in _PRONOUN_ARTICLE or not ev.agents:
        return words
    said = next((t.text for t in tokens if ev.agents[0] in t.characters and t.text[:1].isalpha()
                 and t.folded not in _PRONOUN_ARTICLE), "")
    if not said:
        return words
    article = _PRONOUN_ARTICLE[words[0].lower()] if german else "the"
    return [article, said if german else said.lower(), *words[1:]]


def subordinate_told(tokens: Sequence[Token], text: str, spans: list[tuple[int, int]], start: int, end: int,
                     ev: Event, german: bool) -> str:
    """The sentence for the event at ``ev.at`` whose clause runs from ``start`` to ``end`` where that clause is a
    subordinate or relative one (or a main clause a relative one interrupts); "" for any other clause."""
    antecedent, does_it = relative_at(tokens, start)
    if antecedent > -2 and (german or tokens[start].folded in RELATIVES_EN):
        if _verb_after(tokens, start) != ev.at:  # "The knight who lost his sword *fights* the dragon"
            if antecedent < 0 or german:
                return ""
            subject = _noun_phrase(tokens, text, spans, antecedent, german, "")
            subject += _words(text, spans, antecedent + 1, start)  # "The old *man*" (its phrase to the "who")
            return _sentence([*subject, *_words(text, spans, ev.at, end)])
        if not german:  # the clause ends before the next verb: "who lost his sword | fights the dragon"
            after = _verb_after(tokens, ev.at)
            end = min(end, after) if after > 0 else end
        rest = _words(text, spans, start + 1, end)
        if antecedent < 0 or not does_it:
            return _sentence(main_clause_de(rest).split() if german else rest)
        noun = start - 1 if german and tokens[start - 1].text[:1].isupper() else antecedent  # "dem alten *Mann*"
        subject = _noun_phrase(tokens, text, spans, noun, german, tokens[start].folded if german else "the")
        if not german:  # "the old man who fell": the whole phrase up to the relative word, to its clause's next verb
            first = start
            while first > 0 and start - first < _ADJECTIVE_SLOTS and tokens[first - 1].folded not in _ARTICLES_EN \
                    and tokens[first - 1].verb is None and not tokens[first].brk:
                first -= 1
            subject = ["the", *_words(text, spans, first, start)]
        return _sentence(main_clause_de([*subject, *rest]).split() if german else [*subject, *rest])
    opener, width = opener_at(tokens, start)
    k = start + width if opener else start
    if not opener and start > 0 and tokens[start - 1].turn:
        opener = opener_at(tokens, start - 1)[0]
    if not opener or k >= end or RELATIONS[opener] == "while":
        return ""  # (a "while" clause is told with the one it happens beside: story.idea_clauses)
    words = _named(tokens, ev, _words(text, spans, k, end), german)
    return _sentence(main_clause_de(words).split() if german else words)
