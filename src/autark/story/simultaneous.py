"""Two things at once (issue 17): "a boy reads *while* his cat sleeps", "Der Junge liest, *während* die Katze
schläft". An event its clause joins with "while" happens at the same time as the one before it: it is staged in
the same shot, it is not the story's turn (the key event stays the one before it), and whoever does it is there
from the start rather than entering at a turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.analysis import Concept

__all__ = ["WHILE_WORDS", "together_events"]

WHILE_WORDS = frozenset({"while", "whilst", "meanwhile", "waehrend", "derweil", "gleichzeitig", "indessen",
                         "as", "als"})  # "claps as the clown juggles", "klatschen, als der Clown jongliert"
_AS = frozenset({"as", "als"})
_JOINS = frozenset({"and", "und", "then", "dann", "or", "oder", "but", "aber"})
_LOOK_BACK = 6  # how far before its verb a clause's "while" may stand ("während die alte graue Katze schläft")


def together_events(concept: Concept) -> set[int]:
    """Indices (into ``concept.events``) of the events that happen at the same time as the one before them."""
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    out: set[int] = set()
    for i, ev in enumerate(concept.events):
        if i == 0 or ev.at < 0:
            continue
        before = concept.events[i - 1].at
        start = max(before + 1, ev.at - _LOOK_BACK, 0)
        for k in range(start, min(ev.at, len(words))):
            if words[k] not in WHILE_WORDS:
                continue
            # "as"/"als" is a clause's "while" only when its own verb follows ("claps as the clown juggles"), not
            # in "dresses as a witch and scares"
            if words[k] in _AS and (ev.at - k > 4 or set(words[k + 1:ev.at]) & _JOINS):
                continue
            out.add(i)
            break
    return out
