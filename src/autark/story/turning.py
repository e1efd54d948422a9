"""The turning acts that change the world on screen, as the story development calls them: where their cast
starts (a race's start line, one who comes back away at the side) and the pass over the shot plans that keeps
each staged once (``story.races``, ``story.arrivals``)."""

from __future__ import annotations

from typing import Any

from autark.story.arrivals import settle_arrival, start_away
from autark.story.concept import Concept
from autark.story.races import line_up, settle_race

__all__ = ["turning_cast", "settled_turns"]


def turning_cast(concept: Concept, cast: list[Any]) -> list[Any]:
    """The cast where the idea's turning acts need them at the start: racers side by side at a start line,
    one who comes back away at the side of the one who waits."""
    return start_away(concept, line_up(concept, cast))


def settled_turns(concept: Concept, plans: list[Any]) -> list[Any]:
    """The spine's shot plans with the race and the arrival each staged once (no running on, no wandering
    off before or after), the race's own shot a wide one."""
    from autark.story.disguises import dressed_after

    return dressed_after(concept, settle_arrival(concept, settle_race(concept, plans)))  # acts after a disguise
