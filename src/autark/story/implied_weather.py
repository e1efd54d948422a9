"""The weather an idea's things imply where it names none: children who build a snowman, throw snowballs, go
sledging or skiing ("bauen einen Schneemann", "Schneeballschlacht", "fahren Schlitten") do it in the snow, and the
film showed them on green grass under a summer sun. Only where the analysis read a clear sky and the idea says
nothing of the sun, of melting or of a change of weather (``story.world_changes``: "until it starts to snow" is
the change's business); the set's own weather (a snowfield) is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.analysis import Concept

__all__ = ["SNOW_THINGS", "with_implied_weather"]

# folded words of things and doings that only exist in the snow (English, German; German compounds by their end)
SNOW_THINGS = frozenset({
    "snowman", "snowmen", "snowball", "snowballs", "snowballing", "igloo", "igloos", "sled", "sleds", "sledge",
    "sledges", "sledding", "sledging", "toboggan", "tobogganing", "skiing", "skier", "skiers", "snowboard",
    "snowboarding", "snowboarder", "snowplough", "snowplow", "snowshoes",
    "schneemann", "schneemaenner", "schneemannes", "schneeball", "schneebaelle", "schneeballschlacht", "iglu", "iglus",
    "schlitten", "schlittenfahren", "rodeln", "rodelt", "rodel", "skifahren", "skifahrer", "skifahrerin",
    "schneeschuhe", "schneepflug"})
_GERMAN_HEADS = ("schneemann", "schneeball", "schlitten", "iglu")  # "Riesenschneemann", "Holzschlitten"
# words that say the sky is clear or warm, or that the snow goes: no snowfall is implied
_NOT_SNOWING = frozenset({"sun", "sunny", "sunshine", "sunlight", "sonne", "sonnig", "sonnenschein", "melt", "melts",
                          "melted", "melting", "schmilzt", "schmelzen", "geschmolzen", "schmolz", "spring", "summer",
                          "fruehling", "sommer", "warm", "heat", "hitze"})


def _snow_thing(word: str) -> bool:
    return word in SNOW_THINGS or len(word) > 8 and word.endswith(_GERMAN_HEADS)


def with_implied_weather(concept: Concept) -> Concept:
    """``concept`` with snow for its weather where it reads a clear sky and its words name a thing or a doing of
    the snow, and nothing of sun, warmth or melting; else the same concept."""
    if concept.weather != "clear":
        return concept
    words = idea_words(concept.idea)
    if not any(_snow_thing(w) for w in words) or any(w in _NOT_SNOWING for w in words):
        return concept
    from autark.story.world_changes import read_changes

    if any(c.weather for c in read_changes(concept)):  # the snow that starts to fall is the change's
        return concept
    return concept.model_copy(update={"weather": "snow"})
