"""German verb-second after a fronted phrase: "..., und am nächsten Morgen *liegen* hundert goldene Knöpfe vor
seiner Werkstatt". With a time or place phrase before the verb, German leaves no subject out, so the subject is
after the verb; where no one the cast plays stands there, a thing named there does it. The clause had been given
to the one named in the clause before (a tailor lay on the floor for the buttons' eight seconds).
"""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold
from autark.language.lexicon import NUMBERS

__all__ = ["thing_after_fronted_verb"]

# In annotations only: story.events.Token (events calls this module, so no import edge back to it)
Token = Any

# articles, quantities and number words (the command language's) that may open the subject after the verb (never
# den, dem, einen, einem: an object's)
_OPENERS = frozenset({"der", "die", "das", "ein", "eine", "einige", "manche", "alle", *(fold(w) for w in NUMBERS)})
_NOT_OPENERS = frozenset({"den", "dem", "einen", "einem", "des", "eines"})


def thing_after_fronted_verb(tokens: list[Token], idx: list[int], verb_at: int) -> str:
    """The thing that does a German clause's verb when a phrase with no one and nothing in it stands before the
    verb and a thing opens the words after it ("am Morgen liegen *hundert goldene Knöpfe* ..."), else ""."""
    before = [j for j in idx if j < verb_at]
    if not before or any(tokens[j].characters or tokens[j].thing for j in before):
        return ""
    for j in range(verb_at + 1, min(len(tokens), verb_at + 5)):
        tok = tokens[j]
        if tok.brk or tok.characters or tok.folded in _NOT_OPENERS:
            return ""
        if tok.thing:
            return tok.thing
        if not (tok.folded in _OPENERS or tok.text[:1].islower() or tok.text.isdigit()):
            return ""  # a noun that is no thing, or a name: not what this reads
    return ""
