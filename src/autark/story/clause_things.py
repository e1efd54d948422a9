"""A thing belongs to the clause that names it: "the phone rings and Grandma jumps" is no jump over the phone,
"the bell rings and the children run outside" no run to the bell. The event reader gives a verb with no object
of its own the last thing of its span, and an English clause joined by "and" may lie in one span with the clause
before it; in English the subject stands before its verb and the object after it, so a thing named before the
doer, with a verb or a clause's joint between them, was the earlier clause's subject or object, never this one's.
German puts an object first ("Den Apfel isst der Junge"), so only English is read so. Asked by
``story.pronouns.resolve_pronouns`` first, before any pronoun is read against the events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["own_clause_things"]

# the words that join two clauses: a thing before one of them was the clause before's
_JOINTS = frozenset({"and", "but", "then", "so", "when", "while", "as", "until", "because", "after", "before"})

_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "one"})


def own_clause_things(events: list[Event], tokens: Sequence[Token], lang: str) -> list[Event]:
    """The events with each English act's thing taken off where that thing was named before its doer, across a
    clause's joint or another verb ("the phone rings and Grandma jumps": she jumps, over nothing)."""
    if lang != "en":
        return events
    for ev in events:
        if not (ev.agents and ev.patient and ev.patient_is_thing) or ev.result:
            continue  # (a change back's thing is what the change before made: "breaks the spell" on the statue)
        doer = next((j for j in range(ev.at - 1, -1, -1) if set(tokens[j].characters) & set(ev.agents)), -1)
        if doer < 0:
            continue
        after = [t.folded for t in tokens[ev.at + 1:ev.at + 4]]
        if any(w in _OBJECT_PRONOUNS for w in after):
            continue  # "... and the girl carries it home": what "it" stands for is the pronoun reader's
        named = [j for j, t in enumerate(tokens) if t.thing == ev.patient]
        if not named or any(j > ev.at for j in named) or max(named) > doer:
            continue  # a thing of its own after the verb, or between the doer and the verb
        between = range(max(named) + 1, doer)
        if any(tokens[j].folded in _JOINTS or tokens[j].verb is not None or tokens[j].brk for j in between) or \
                tokens[doer].brk:
            ev.patient = ""
    return events
