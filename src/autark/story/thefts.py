"""A theft from a person seen as a thing changing hands: "a pirate pickpockets a sailor and takes his map", "Ein
Taschendieb beklaut eine Touristin", "a thief robs the old banker", "Der Fuchs bestiehlt den Bauern".

The verb table reads such a theft with the person as what is taken (or a point at them, for "pickpockets"),
so nothing changes hands. ``theft_events`` makes it the taking of a thing from them (``source``): the thing the
idea takes next ("and takes his map"), else what the victim's trade has in hand (a fisherman's rod), else a bag;
the thief then makes off and the victim points after them (the steal verb's own then and reaction).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["theft_events"]

# folded beginnings of the verbs that steal from a person (the person is whom, not what, is taken)
_FROM_PERSON = ("pickpocket", "rob", "mug", "burgl", "fleec", "beklau", "bestiehl", "bestahl", "bestohl",
                "ausraub", "beraub", "ueberfall", "ausnehm", "stehl", "stiehl", "steal", "stole", "klau")
_PURSE = "bag"  # what a thief takes from one who carries nothing named
_HAND_M = 1.0


def _in_hand(kind: str) -> bool:
    from autark.story.footprints import footprint

    size = footprint(kind)
    return size is not None and max(size) <= _HAND_M


def theft_events(events: list[Event], characters: list[CharacterConcept], objects: list[ObjectConcept],
                 make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with each theft from a person staged as a thing taken from them (see the module's notes)."""
    from autark.story.trades import tools_for

    people = {c.name: c for c in characters}
    out: list[Event] = []
    skip: set[int] = set()
    for i, ev in enumerate(events):
        if i in skip:
            continue
        victim = ev.patient if not ev.patient_is_thing and ev.patient in people else ""
        if not ev.agents or not victim or not fold(ev.word).startswith(_FROM_PERSON) or victim in ev.agents:
            out.append(ev)
            continue
        nxt = events[i + 1] if i + 1 < len(events) else None
        if nxt is not None and nxt.kind == "take" and nxt.patient_is_thing and nxt.patient and (
                set(nxt.agents) & set(ev.agents) or not nxt.agents):
            thing = nxt.patient  # "... and takes his map": that is what is stolen
            skip.add(i + 1)
        else:
            own = [t for t in tools_for(people[victim].word) if _in_hand(t)]
            thing = own[0] if own else _PURSE
        if not any(o.type == thing for o in objects):
            objects.append(make_object(thing))
        out.append(ev.model_copy(update={"verb": "steal", "kind": "take", "patient": thing, "patient_is_thing": True,
                                         "source": victim, "recipient": "", "then": "flee", "reaction": "point",
                                         "line": "take", "tone": "conflict"}))
    return out
