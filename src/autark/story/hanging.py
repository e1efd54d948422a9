"""A picture hung up: "hangs the picture in the museum", "hängt es an die Wand", "hängt das Bild im Saal auf".

The verb was read as a putting down and staged by no act: the robot held its painting edge-on to the end and it
was never hung. A hanging of a picture (or a clock, a mirror, a poster) is a ``land`` of it ``into`` the wall
(``WALL``): ``autark.jobs.hanging`` has the one who hangs it walk to the nearest free place on the room's wall and
puts it up there, facing into the room, from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["hung_up", "WALL", "HUNG_KINDS"]

WALL = "wall"
# the kinds one hangs on a wall (asset types)
HUNG_KINDS = frozenset({"painting", "drawing", "poster", "portrait", "clock", "mirror", "map", "calendar", "photo"})
_HANGING = ("hang", "hung", "haeng", "hing", "gehaengt", "aufhaeng")


def hung_up(fx: Effect | None, ev: Event) -> Effect | None:
    """``fx``, or the hanging of a picture on the wall where ``ev`` hangs one up (see the module doc)."""
    if not fold(ev.word).startswith(_HANGING) or ev.patient not in HUNG_KINDS or not ev.patient_is_thing:
        return fx
    if fx is not None and fx.kind == "land":
        return fx
    return Effect(kind="land", target=ev.patient, into=WALL, at_s=0.4, duration_s=2.5)
