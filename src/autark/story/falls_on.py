"""A thing that falls or lands on someone: "an apple falls on the sleeping farmer's head", "a bucket of water falls
on the teacher", "ein Eimer fällt dem Hausmeister auf den Kopf", "eine Torte landet im Gesicht des Königs".

The verb reader reads the fall as the thing's own (it tips over, ``story.thing_acts``' tumble) or as the person's
("falls on the teacher": the teacher falls), and the thing came down on the floor beside them. Here the clause of
the fall is read for the one it comes down on (a cast member's word after the verb, with "on", "onto", "in",
"auf", "ins", "im" or a word of the head or face in the clause, or a German dative before "auf"): the event's
effect is a ``land`` on them (``autark.jobs.landings``: nobody throws it, so it drops from above onto their head
and stays there).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.events import Event

__all__ = ["fallen_onto"]

_FALLING = ("fall", "fell", "drop", "land", "tumbl", "plop", "faell", "fiel", "fallt", "stuerz", "kracht", "plumps",
            "purzel")
_ONTO = frozenset({"on", "onto", "upon", "into", "in", "auf", "ins", "im", "ueber", "over"})
_BODY = frozenset({"head", "face", "nose", "back", "lap", "kopf", "gesicht", "nase", "ruecken", "schoss", "hat",
                   "hut"})
_ENDS = frozenset({"and", "und", "but", "aber", "then", "dann", "while", "waehrend", "when", "als", "until", "bis",
                   "so", "because", "weil"})


def _tokens(text: str) -> list[str]:
    return [fold(t) for t in re.findall(r"\w+|[^\w\s]", text)]


def fallen_onto(fx: Effect | None, ev: Event, concept: Concept | None) -> Effect | None:
    """``fx``, or a ``land`` of the falling thing on the one the idea says it falls on (see the module doc)."""
    if concept is None or not fold(ev.word).startswith(_FALLING) or ev.agents:
        return fx
    if fx is not None and fx.kind not in ("tumble", "break", "roll", "wash_away", "float_away"):
        return fx
    folded = _tokens(concept.idea)
    at = next((k for k, w in enumerate(folded) if w == fold(ev.word)), -1)
    if at < 0:
        return fx
    names = {fold(w): c.name for c in concept.characters if c.word for w in (c.word, c.name)}
    things = {fold(o.word): o.type for o in concept.objects if o.word}
    hi = at + 1
    while hi < len(folded) and folded[hi] not in _ENDS and folded[hi][:1].isalnum():
        hi += 1
    after = folded[at + 1:hi]
    onto = _ONTO & set(after) or _BODY & set(after)
    # one named as the owner of what it falls on is not fallen on: "falls on the farmer's car"
    whom = next((names[folded[k]] for k in range(at + 1, hi) if folded[k] in names
                 and not (k + 1 < len(folded) and folded[k + 1] in ("'", "’"))), "")
    if not onto or not whom:
        return fx
    thing = ev.patient if ev.patient_is_thing and ev.patient else ""
    if not thing:  # "a bucket falls on the teacher" read as the teacher's fall: the thing named before the verb
        lo = at
        while lo > 0 and folded[lo - 1] not in _ENDS and folded[lo - 1][:1].isalnum():
            lo -= 1
        thing = next((things[w] for w in folded[lo:at] if w in things), "")
    if not thing or thing == whom or _too_big_to_drop(thing):
        return fx  # a tree that falls topples where it stands (its break), it is not dropped on someone
    return Effect(kind="land", target=thing, into=whom, at_s=0.8, duration_s=1.2)


_DROPPED_M = 2.5  # a thing taller than this falls over where it stands; only smaller ones drop onto someone


def _too_big_to_drop(thing: str) -> bool:
    from autark.assets.library import get

    try:
        spec = get(thing)
    except Exception:  # noqa: BLE001 - a kind the catalog lacks: nothing to measure, dropped as said
        return False
    return spec.bounds_max[1] - spec.bounds_min[1] > _DROPPED_M
