"""A kick scooter that someone rides is played by the bicycle; one that stands, is pushed or carried is itself.

"A boy rides his scooter to school", "Ein Junge fährt mit seinem Roller zum Bäcker": the catalog's kick scooter
(``assets.catalog.named_gear``) has no place to stand on for a rider (``motion.vehicles``), so a ride on it had
become a ride in a car, or a horse was cast for "rides" with nothing to ride; the motorcycle had played
"scooter" and "Roller" before. The nearest thing that is ridden, two wheels under handlebars, moved by the
rider's own legs, is the bicycle: it plays the scooter for that ride, said in a note (the skateboard, nearer in
shape, is carried under the arm where "fährt mit" names it: seen in a preview film). "A girl pushes her scooter up the
hill" keeps the scooter itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

__all__ = ["SCOOTER", "RIDDEN_BY", "ridden_scooters"]

SCOOTER = "kick_scooter"
RIDDEN_BY = "bicycle"
_RIDES = frozenset({"ride", "drive"})


def ridden_scooters(objects: list[ObjectConcept], events: list[Event], warnings: list[str]) -> None:
    """Where an event rides or drives and the idea's scooter is its thing (or the only thing that could be), the
    bicycle plays the scooter, in ``objects`` and ``events`` alike (changed in place), with a note."""
    scooter = next((o for o in objects if o.type == SCOOTER), None)
    if scooter is None or any(o.type == RIDDEN_BY for o in objects):
        return
    rides = [e for e in events if e.verb in _RIDES or e.kind in _RIDES]
    if not rides:
        return
    for ev in events:
        if ev.patient == SCOOTER:
            ev.patient = RIDDEN_BY
        if ev.instrument == SCOOTER:
            ev.instrument = RIDDEN_BY
    for ev in rides:
        if not ev.patient and not ev.instrument:
            ev.patient, ev.patient_is_thing = RIDDEN_BY, True
    scooter.type = RIDDEN_BY
    warnings.append(f"{(scooter.phrase or scooter.word)!r} is ridden: a {RIDDEN_BY} plays it")
