"""A flight from someone is a chase by them: "a mouse flees through the kitchen from the cat", "die Maus flieht vor
der Katze". The flight was staged alone (the mouse ran off, the cat stood and shook its head), though one flees
from a pursuer. ``flight_actions`` stages it as the chase it is: the one who flees runs off first, the one fled
from runs after it (``language.chase_paths`` lays both along one way past the set's things, the gap closing).
A flight from a thing (a fire, a storm, a wave) stays a flight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["flight_actions"]


def flight_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """Each who flees runs from the one fled from, and that one chases the first of them; None for any other
    event (``sp``: the spine's speech helper, its ``lang`` and ``cast``)."""
    chaser = ev.patient
    if ev.kind != "flee" or not actors or not chaser or ev.patient_is_thing or chaser in actors or not any(
            c.name == chaser for c in sp.cast):
        return None
    w = chaser
    return [*(sentence("flee", sp.lang, a=a, o=chaser, w=w) for a in actors[:4]),
            sentence("chase", sp.lang, a=chaser, o=actors[0], w=actors[0])]
