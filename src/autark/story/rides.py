"""What the idea's riders ride, once its events are read: a scooter is played by the bicycle
(``story.ridden_scooters``); one who rides with nothing to ride ("rides into town") rides a horse, cast and
going along; a flight or a crossing brings its vehicle ("flies to the island": a plane, ``story.implied``)."""

from __future__ import annotations

from collections.abc import Callable

from autark.assets.templates import fold
from autark.story import implied
from autark.story.concept import CharacterConcept, ObjectConcept
from autark.story.events import Event
from autark.story.ridden_scooters import ridden_scooters

__all__ = ["rides"]


def rides(events: list[Event], characters: list[CharacterConcept], objects: list[ObjectConcept], words: list[str],
          add_animal: Callable[[str, int], str], lang: str, warnings: list[str]) -> list[ObjectConcept]:
    """The vehicles to add to the idea's things; ``events`` get their horse (``add_animal(word, at)`` casts it
    and gives its name), ``objects`` and ``warnings`` what the scooter's stand-in says. ``words``: the idea's
    folded words."""
    ridden_scooters(objects, events, warnings)
    for ev in events:
        if ev.agents and ev.verb != "walk" and implied.needs_mount(ev.word, [c.type for c in characters],
                                                                   [o.type for o in objects]):  # (not one
            # who rides without a horse: "reitet ohne Pferd" walks, story.substitutions)
            horse = add_animal("Pferd" if lang == "de" else "horse", ev.at)
            if not ev.patient or ev.patient_is_thing and ev.patient not in implied.VEHICLES:
                ev.patient, ev.patient_is_thing = "", True
            ev.agents = [*ev.agents, horse]  # ...and the horse goes along (no one is seated on a mount yet)
            break
    taken = {fold(o.word) for o in objects}  # a word read as a thing already ("a sunken boat": a wreck) is no ride
    return [ObjectConcept(type=t, word=t) for t in implied.implied_vehicles(
        [w for w in words if w not in taken], events, characters, [o.type for o in objects])]
