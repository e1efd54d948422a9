"""What a thing does by itself, read so that it is drawn and watched, never handed to a person: "the old tree falls
on the car" (it topples and breaks apart; the one there watches and runs), "the vase falls off the shelf and
breaks" (the clause that leaves out its subject is the vase's too), "die Rakete fliegt in den Himmel" (it flies off,
watched). A fall was staged as the lead's own stumble ("Person falls") under a narrator telling of the tree.

A thing that falls breaks where a fall breaks it: a building, a tree, a piece of furniture, or a thing made of glass
or china (drawn by the break effect, ``story.becoming``); a small thing that falls (an apple, a ball) is watched as
it falls. A thing that flies off is drawn flying away (``story.becoming``'s float_away).
"""

from __future__ import annotations

from typing import Any

from autark.story.effects import CHANGE_OF_VERB

# In annotations only: story.events.Event (events calls this module, so no import edge back to it)
Event = Any

__all__ = ["things_act", "breaks_when_falling", "height_m"]

# the asset categories whose things break apart when they fall (a tree, a tower, a shelf)
_FALLING_BREAKS = frozenset({"architecture", "nature", "furniture"})
# small things that break when they fall: glass, china, eggs (asset types)
_FRAGILE = frozenset({"vase", "plate", "cup", "mug", "bottle", "egg", "mirror", "teapot", "bowl", "jar", "window",
                      "glass", "wine_glass", "drinking_glass", "lamp", "lantern", "flower_pot", "pot", "clock",
                      "snowman", "sandcastle", "cake", "tv", "television", "computer", "laptop", "aquarium"})
_BIG_M = 2.0  # a falling thing this tall is one to run from


def breaks_when_falling(thing: str) -> bool:
    """Does a fall break this thing (an asset type)?"""
    if thing in _FRAGILE:
        return True
    from autark.assets import library

    try:
        return library.get(thing).category in _FALLING_BREAKS
    except KeyError:
        return False


def height_m(thing: str) -> float:
    """How tall an asset kind stands, in metres (0 for a kind the library lacks)."""
    from autark.assets import library

    try:
        spec = library.get(thing)
    except KeyError:
        return 0.0
    return float(spec.bounds_max[1] - spec.bounds_min[1])


def things_act(events: list[Event]) -> list[Event]:
    """The events with a thing's own fall and flight read as the thing's (see the module doc)."""
    for i, ev in enumerate(events):
        before = events[i - 1] if i else None
        if (before is not None and before.thing_does_it and before.patient and not ev.agents and not ev.patient
                and ev.turn == "and" and ev.verb in {*CHANGE_OF_VERB, "fall", "fly"}):
            # "the vase falls off the shelf and breaks": the left-out subject is the thing that fell
            ev.patient, ev.patient_is_thing, ev.thing_does_it = before.patient, True, True
            if ev.verb in CHANGE_OF_VERB:
                ev.kind, ev.then = "look", ""
    for ev in events:
        if not (ev.patient and ev.patient_is_thing and not ev.agents):
            continue
        if ev.verb == "fall":
            if breaks_when_falling(ev.patient):  # drawn as the break effect (story.becoming), watched
                ev.reaction = "flee" if height_m(ev.patient) >= _BIG_M else "cry"
            ev.kind, ev.then, ev.line, ev.tone = "look", "", "", "surprise"
            ev.thing_does_it = True
        elif ev.verb == "fly":
            ev.kind, ev.then, ev.thing_does_it = "look", "", True  # they watch it go
    return events
