"""The idea's events read against the things of its world, once both are known: each reading lives in its own
module, and ``analyze`` runs them here in this order, since one reading's things are the next one's.

* the fire in the fireplace is the fireplace's (``story.flames``);
* "schießt den Ball ins Tor": a goal to aim at, not a garden gate (``story.strikes``);
* "fällt in den Teich": into a pond near the cast (``story.plunges``);
* "rodeln den Hügel hinab": down a hill of the set, a snowy one in the snow (``story.slopes``);
* "repairs the broken radio": its state, not a second act of breaking (``story.repairs``);
* "der Wind weht über die Wiese": the weather, nobody's act (``story.wind``);
* "a huge wave washes it away": the wave acts on the thing (``story.forces``).
"""

from __future__ import annotations

from autark.story.concept import ObjectConcept
from autark.story.events import Event
from autark.story.flames import fire_of_holder
from autark.story.forces import forces_act
from autark.story.plunges import into_water
from autark.story.repairs import mended_not_broken
from autark.story.slopes import down_slopes, slope_set
from autark.story.stacked_forms import stacked_forms
from autark.story.strikes import aimed_goals
from autark.story.terrain import place_terrain
from autark.story.wind import wind_acts

__all__ = ["read_in_the_world"]


def read_in_the_world(objects: list[ObjectConcept], events: list[Event], words: list[str], tokens: list[str],
                      settings: list[str], weather: str
                      ) -> tuple[list[ObjectConcept], list[Event], list[str]]:
    """The things, events and sets after the readings above; ``words`` are the idea's folded words, ``tokens``
    as written, ``weather`` the idea's or its set's."""
    objects, events = fire_of_holder(objects, events)
    objects, events = aimed_goals(objects, events)
    objects, events = into_water(objects, events)
    objects = stacked_forms(place_terrain(objects, words, settings, weather), words)  # a cliff's ground, a cake's tiers
    objects, events = down_slopes(objects, events, words, settings, weather)
    settings = slope_set(settings, objects)
    events = wind_acts(mended_not_broken(events))
    objects, events = forces_act(objects, events, tokens)
    return objects, events, settings
