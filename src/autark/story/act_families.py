"""The line family of an act as it happened on screen, where the verb's own family would misname it.

A thing knocked, swept or thrown off what it stands on ("die Katze wirft die Tasse vom Tisch", "the cat knocks
the cup off the table": ``story.knocked_off``) is no throw to praise and no knock at a door: "Guter Wurf!" and
"Come in!" were said after it; so is a throw or a push by accident ("wirft aus Versehen ein Glas vom Regal"). It
is a ``knock_off`` ("Oops.", "Oh no, the cup!"). A push of a thing one lifts
with one hand ("schiebt das Brot in den Ofen", ``story.uncast.liftable``) is no strain: "It will not move!",
"Fester!" belong to a car or a piano. It is a ``push_light`` ("Just a little push...").

The event keeps its verb and kind, so it is staged as before; only its lines change (``story.line_table``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event

__all__ = ["act_family", "ACT_FAMILIES"]

ACT_FAMILIES = ("knock_off", "push_light")
_ACCIDENT = re.compile(r"\b(accidentally|by accident|by mistake|aus versehen|versehentlich|unabsichtlich)\b",
                       re.IGNORECASE)
_KNOCKING = frozenset({"throw", "knock", "push", "kick", "hit"})  # families whose lines a knock off misnames


def act_family(family: str, ev: Event, concept: Concept) -> str:
    """``family`` as the act ``ev`` of ``concept`` happened: ``knock_off``, ``push_light`` or ``family``."""
    from autark.story.knocked_off import knocked_off_from
    from autark.story.uncast import liftable

    if family in _KNOCKING and (knocked_off_from(ev, concept.idea, concept.objects) or _ACCIDENT.search(concept.idea)):
        return "knock_off"
    if family == "push" and ev.patient and ev.patient_is_thing and liftable(ev.patient, True, []):
        return "push_light"
    return family
