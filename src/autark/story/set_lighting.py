"""A set's lighting for an idea: the lighting it asks for by name (by candlelight, in a blackout), else the
preset for its time of day (overcast in rain, snow or fog), else the set's own. Split from ``story.narrative``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import load_setting
from autark.language import lang
from autark.language.lexicon import TIME_LIGHTING
from autark.story.preferred import idea_words

if TYPE_CHECKING:
    from autark.story.concept import Concept

__all__ = ["set_lighting"]

# lights an idea asks for by name: candles in the command language's own words for them ("by candlelight",
# "bei Kerzenschein"), the lights gone out ("during a blackout", "beim Stromausfall"): dark but for what glows
_CANDLE_WORDS = frozenset({w for module in lang.LANGUAGES.values() for w in module.LIGHTING["candlelight"].split()}
                          | {"candlelit"})
_DARK_WORDS = frozenset({"blackout", "stromausfall", "dunkelheit"})


def set_lighting(concept: Concept, setting: str) -> str:
    """The lighting the idea asks for by name; else the preset for the time of day; without one in the idea,
    the setting's own."""
    words = idea_words(concept.idea)
    if words & _CANDLE_WORDS:
        return "candlelight"
    if words & _DARK_WORDS:
        return "night"
    template = load_setting(setting)
    if concept.time_given or concept.time_of_day != template.time_of_day:  # said, or implied (a campfire: dusk)
        preset = TIME_LIGHTING[concept.time_of_day]  # lit as the command engine lights "at dawn"
        if preset == "daylight" and concept.weather in ("rain", "snow", "fog", "overcast", "storm"):
            preset = "overcast"
        return preset
    if not template.indoor and concept.weather in ("rain", "snow", "fog", "overcast", "storm"):
        return "overcast"
    return template.lighting
