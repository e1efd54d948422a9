"""Places with a form: an idea that names a hill, a mountain, a cliff, a canyon or a dune gets the ground of that
form in its set, not a flat meadow. "A goat climbs a mountain" had been the mountain lake's flat shore, "a knight
at the edge of a cliff" the same, "a boy rolls down a hill" the meadow (the place words name a set:
``story.place_words``; the set has no slope).

``place_terrain`` adds one thing of the form the idea's words name (``assets.catalog.slopes`` and
``terrain_forms``): a hill a grassy slope, a mountain a rocky one (a snowy one where the set or the weather is
snowy), a dune a sand slope, a cliff or a canyon a rock wall with a sheer face. It runs before the slides are
read (``story.slopes.down_slopes``), which then slide down the slope it added; where the idea already has a
slope, or a set is high above the ground (the sky, space), or the word is part of a phrase about something else
("über den Bergen", a mountain bike), nothing is added.
"""

from __future__ import annotations

import re

from autark.story.concept import ObjectConcept
from autark.story.slopes import _SNOWY  # the words that make a slope a snowy one (sledges, skis, winter)

__all__ = ["place_terrain", "TERRAIN_KINDS"]

TERRAIN_KINDS = frozenset({"hill", "snow_hill", "rocky_slope", "dune", "cliff", "playground_slide"})
_SNOWY_SETS = frozenset({"snow_field", "mountain_top"})
_NO_GROUND = frozenset({"sky", "outer_space", "space_station", "moon", "mars", "underwater"})
# the idea's words (folded), a German compound by its head ("Sandhügel", "Berggipfel", "Felsklippe")
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(cliffs?|clifftops?|precipices?|canyons?|gorges?|ravines?|\w*klippen?|\w*felswand|steilwand|"
                r"abgrund|\w*schlucht|canyon)$"), "cliff"),
    (re.compile(r"^(dunes?|\w*duenen?)$"), "dune"),
    (re.compile(r"^(mountains?|mountainside|mountaintop|peaks?|summit|\w*bergs?|\w*berge|\w*bergen|gebirge|"
                r"\w*gipfel|bergspitze)$"), "rocky_slope"),
    (re.compile(r"^(hills?|hillside|hilltop|\w*huegel[ns]?|\w*huegeln|anhoehe)$"), "hill"),
)
# a "-berg" that is no mountain; a word right after which the mountain word is something else's
_NOT_FORMS = frozenset({"eisberg", "eisberge", "weinberg", "weinberge", "kuerbis", "burg", "zwerg", "zwerge",
                        "zwergen", "herberge", "herbergen"})
_NOT_BEFORE = frozenset({"bike", "bikes", "goat", "goats", "lion", "lions", "range", "dew", "tau"})
_ABOVE = frozenset({"ueber", "above", "over"})


def _form(words: list[str], k: int) -> str:
    word = words[k]
    if word in _NOT_FORMS or (k + 1 < len(words) and words[k + 1] in _NOT_BEFORE):
        return ""
    if any(w in _ABOVE for w in words[max(0, k - 2):k]):  # "über den Bergen", "above the mountains": the sky
        return ""
    return next((kind for pattern, kind in _FORMS if pattern.match(word)), "")


def place_terrain(objects: list[ObjectConcept], words: list[str], settings: list[str], weather: str
                  ) -> list[ObjectConcept]:
    """``objects`` with the ground of the first form the idea's folded ``words`` name (see the module's note),
    unchanged where it has one already or the set has no ground."""
    if any(o.type in TERRAIN_KINDS for o in objects) or set(settings[:1]) & _NO_GROUND:
        return objects
    for k in range(len(words)):
        kind = _form(words, k)
        if not kind:
            continue
        snowy = weather == "snow" or bool(_SNOWY_SETS & set(settings[:1])) or any(_SNOWY.match(w) for w in words)
        if kind in ("rocky_slope", "hill") and snowy:
            kind = "snow_hill"
        return [*objects, ObjectConcept(type=kind, word=kind)]
    return objects
