"""A device named with a word of the cast before it acts by itself: "the robot vacuum chases the cat", "a robot
lawnmower", "ein Roboter-Staubsauger". The cast reader took "robot" for a robot who chased the vacuum, so a robot
walked after a standing appliance. Here the word before the device describes it: the device does the act (it roams
or performs, ``story.thing_acts``), and the one the word had cast is left out where nothing else names them.
"""

from __future__ import annotations

from typing import Any

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = Any

__all__ = ["device_events", "DEVICES"]

_BEFORE = 3  # words from the describing word to the act ("the robot vacuum suddenly chases")

# the catalogue's kinds of device that act by themselves (asset types)
DEVICES = frozenset({"household_appliance", "vacuum_cleaner", "lawnmower", "tv", "computer", "printer", "toaster",
                     "washing_machine", "clock", "phone", "loudspeaker", "electric_fan", "microwave", "fridge",
                     "coffee_machine", "machine", "typewriter", "radar_dish", "photocopier", "blender"})


def device_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept]) -> list[Event]:
    """The events with a device's own act read as the device's (see the module's notes)."""
    from autark.story.thing_acts import things_act

    changed = False
    for ev in events:
        at = next((j for j in range(ev.at - 1, max(-1, ev.at - 1 - _BEFORE), -1) if j + 1 < len(tokens)
                   and set(tokens[j].characters) & set(ev.agents) and tokens[j + 1].thing in DEVICES), -1)
        if not ev.agents or at < 0:
            continue
        nxt = tokens[at + 1]
        word_cast = set(tokens[at].characters)
        ev.agents = [a for a in ev.agents if a not in word_cast]
        ev.patient, ev.patient_is_thing, ev.thing_does_it = str(nxt.thing), True, True
        named = {a for e in events if e is not ev for a in (*e.agents, e.patient, e.recipient)}
        characters[:] = [c for c in characters if c.name not in word_cast or c.name in named]
        changed = True
    return things_act(events) if changed else events  # watched as the device does it, as any thing's own act
