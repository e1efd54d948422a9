"""What a sentence rule sees and what it is: a ``Clause`` (its tokens and words, its command verb, and, for a
command in time, the time phrases taken out) and a ``Rule`` (a name, a precedence, a match and a handler).

    Rule("garden.water", precedence=195,
         match=lambda c: c.verb is None and "water" in c.wset,
         handler=lambda c, ctx: [...operators...])

``match(clause)`` is cheap and pure; ``handler(clause, ctx)`` returns the operators, or None to let the next
rule try (a rule that looked closer and found the clause is not its kind). Rules are tried by precedence,
lowest first; the table is ``autark.language.rules.RULES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from autark.language import lang
from autark.language.grammar import Token
from autark.language.time_phrases import When, extract_when

if TYPE_CHECKING:
    from autark.language.context import Ctx
    from autark.ops import Operator

__all__ = ["Clause", "Timed", "Rule", "TIMED_TRIGGERS"]

# words that make a clause a command in time (with any number of seconds)
TIMED_TRIGGERS: frozenset[str] = frozenset(
    set(lang.ACTION_VERBS) | lang.SLOW_WORDS | lang.FAST_WORDS | lang.MEANWHILE_WORDS | lang.WAIT_WORDS
    | set(lang.CAMERA_MOVES) | lang.MUSIC_WORDS | lang.BECOME_WORDS
    | {"same", "meantime", "gleichen", "selben", "zeitgleich", "fades", "shoulder", "schulter"}
    | {"sings", "singt", "cries"})  # singing or crying with nothing said: an act (language.acting.SPOKEN_ACTS)


@dataclass(frozen=True)
class Timed:
    """A command in time: when it happens, and the clause without its time phrases."""

    when: When
    rest: list[Token]
    words: list[str]
    wset: frozenset[str]


class Clause:
    """One command of a sentence, as the rules see it."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.words = [t.text for t in tokens]
        self.wset = frozenset(self.words)
        self.verb_i = next((i for i, w in enumerate(self.words) if w in lang.VERBS), None)
        # the command intent of its first verb ("stell" -> "put"), None without one
        self.verb = lang.VERBS[self.words[self.verb_i]] if self.verb_i is not None else None

    @cached_property
    def timed(self) -> Timed | None:
        """The clause read as a command in time, when a word says so or it names seconds; else None. Taking
        the time phrases out can raise (a time out of range), so it happens only when a rule asks."""
        if not self.wset & TIMED_TRIGGERS and not any(t.text in lang.SECOND_UNITS for t in self.tokens):
            return None
        when, rest = extract_when(self.tokens)
        words = [t.text for t in rest]
        return Timed(when, rest, words, frozenset(words))


@dataclass(frozen=True)
class Rule:
    """A sentence rule: tried in ``precedence`` order (lowest first, unique); ``match`` picks the clauses it is
    for, ``handler`` turns one into operators (or None: not mine after all)."""

    name: str
    precedence: int
    match: Callable[[Clause], bool]
    handler: Callable[[Clause, Ctx], list[Operator] | None]
    doc: str = ""
