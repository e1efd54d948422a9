"""The wind acting on a thing: "the wind blows his hat away", "der Wind weht ihren Schal weg", "a gust blew the
newspaper off the bench". The story verb ``blow`` (verbs.yaml) is the event: the thing flies off and away
(``story.becoming``: a ``float_away`` effect), its owner watches it go, and the film is windy (the lexicon reads
"wind", "Windstoß" as the weather). The wind that only blows ("der Wind weht über die Wiese") is weather, no
event: it has nothing to carry off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["BLOW", "wind_acts"]

BLOW = "blow"


def wind_acts(events: list[Event]) -> list[Event]:
    """``events`` without a blow that carries nothing off (the wind blowing is the weather's, not an act)."""
    return [e for e in events if e.verb != BLOW or (e.patient and e.patient_is_thing)]
