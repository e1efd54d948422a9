"""Whose a thing is when the idea says so ("loses *his* balloon", "shows *her* kite", "sucht *seinen* Ballon"): it
starts in its owner's hands, as a thing taken from someone does (``first_holders``).

A possessive before a thing belongs to the subject of its clause: the first agent of the event the thing is the
patient of. Only things a person can hold are held (a balloon, a key, a kite; not a house, a boat or a horse),
and only by a person or a creature with hands (``motion.skills``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.thing_words import LOOK_BACK as _LOOK_BACK
from autark.story.thing_words import POSSESSIVES

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event

__all__ = ["POSSESSIVES", "first_holders", "owned_things", "holders"]

HOLDABLE_M = 1.6  # the largest side of a thing one carries in the hands (a guitar 1.2 m, a balloon on its string)
# what may stand between a possessive and its thing ("seinen roten Ballon"): not a verb or another noun
_STOPS = frozenset({"and", "und", "the", "a", "an", "der", "die", "das", "ein", "eine", "to", "zu", "with", "mit"})


# the events whose thing is not in its owner's hands: looked for, found, or given and taken (first_holders)
_NOT_IN_HAND = frozenset({"search", "find", "miss", "wait"})


def _holdable(asset_type: str) -> bool:
    from autark.story.footprints import footprint

    size = footprint(asset_type)
    return size is not None and max(size) <= HOLDABLE_M


def first_holders(events: list[Event]) -> dict[str, str]:
    """Thing -> who holds it when the story starts: whom the first event about it takes it from, or who gives
    it (a thing found, bought or made first is nobody's yet)."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for ev in events:
        if not ev.patient or not ev.patient_is_thing or ev.patient in seen:
            continue
        seen.add(ev.patient)
        holder = ev.source if ev.kind == "take" else (ev.agents[0] if ev.kind == "give" and ev.agents else "")
        if holder:
            out[ev.patient] = holder
    return out


def owned_things(concept: Concept) -> dict[str, str]:
    """Thing type -> the cast name whose it is, for each thing the idea names with a possessive before it and
    an event with someone who can hold it ("a boy loses his balloon": balloon -> the boy)."""
    from autark.motion.skills import kind_for_body
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    kinds = {c.name: c.type for c in concept.characters}
    out: dict[str, str] = {}
    for obj in concept.objects:
        if obj.type in out or not _holdable(obj.type):
            continue
        word = fold(obj.word)
        at = next((k for k, w in enumerate(words) if w == word), -1)
        people = {fold(c.word) for c in concept.characters}
        verbs = {e.at for e in concept.events}
        # "his red balloon", not "her grandmother bakes cookies": only describing words between
        if at < 0 or not any(words[j] in POSSESSIVES for j in range(max(0, at - _LOOK_BACK), at)
                             if not set(words[j + 1:at]) & (_STOPS | people) and not verbs & set(range(j, at))):
            continue
        ev = next((e for e in concept.events if e.patient == obj.type and e.patient_is_thing and e.agents), None)
        if ev is None:  # no event about it: whoever acts in the clause before the thing ("walks with his kite")
            ev = max((e for e in concept.events if 0 <= e.at < at and e.agents), key=lambda e: e.at, default=None)
        alone = [c.name for c in concept.characters]
        if ev is None and len(alone) == 1 and any(e.patient == obj.type and e.verb == "blow" for e in concept.events):
            ev = next(e for e in concept.events if e.patient == obj.type)  # "the wind blows his hat away": the
            ev = ev.model_copy(update={"agents": alone})  # one person there wears it
        if ev is None or ev.kind in ("give", "take") or ev.verb in _NOT_IN_HAND:
            continue
        owner = ev.agents[0]
        if owner in kinds and kind_for_body(kinds[owner], "wave") == "wave":  # a body with hands (not a dog)
            out[obj.type] = owner
    return out


def holders(concept: Concept) -> dict[str, str]:
    """Thing -> who holds it when the story starts: whom it is taken from or who gives it
    (``first_holders``), else whose the idea says it is."""
    from autark.story.trades import tool_holders

    # a job's own tool first (the barber's scissors, the hiker's backpack), then whose the idea says a thing is
    return tool_holders(concept.characters, concept.objects) | owned_things(concept) | first_holders(concept.events)

