"""Size words past the command engine's table (``autark.language.lang.SIZES``: tiny, small, big, huge, winzig,
klein, groß, riesig), and what a size word's degree makes of a body.

The words: superlatives ("the tallest cake", "der größte Kürbis", "die höchste Torte": the largest a thing is
shown, as a contest's winner must be seen to win), stronger and softer words ("enormous", "gigantic", "teeny",
"gewaltig", "riesengroß", "winzig klein"), and German diminutives of animals ("Entlein", "Kätzchen",
"Häschen": a young one's size).

The degree: a factor of 0.7 on a dragon of six metres is still a dragon over the house; "a small dragon" means
one of the small ones, pony-sized. So a size word sets the class a body is shown at beside people, not a
factor of its own size alone (``degree_scale``):

- small ("small", "little", "klein", a young animal): 0.7 of its size, but a body much larger than a person is
  brought down to a pony's height (``SMALL_M``), never below a quarter of its own; a body that is small
  already (under ``ALREADY_SMALL_M``: "a little bird") keeps its size;
- tiny ("tiny", "winzig", the smallest): 0.4 of its size, a large body down to a cat's height (``TINY_M``),
  never below a tenth of its own; no body shrinks below ``FLOOR_M`` (a tiny crab fits in a hand);
- big ("big", "groß"): 1.5 times, a small animal up to at most ``BIG_M`` along its longest side (a big mouse
  is a large rabbit);
- huge ("huge", "riesig", "giant", superlatives): 2.5 times, a small animal up to ``HUGE_M`` along its longest
  side (a huge frog sits as high as a child's knee, a huge pike is as long as the boy who holds it); a large
  body at most ``sizes.CAST_RANGE``'s top (it must fit a shot).
"""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["MORE_SIZES", "degree_scale", "diminutive", "SMALL_M", "TINY_M", "FLOOR_M", "BIG_M", "HUGE_M"]

TINY = 0.4
SMALL = 0.7
BIG = 1.5
HUGE = 2.5
# words the engine's table lacks, folded (German ones without their ending: "groesst" reads "größte",
# "größten", "größter")
MORE_SIZES: dict[str, float] = {
    **dict.fromkeys(("tiniest", "smallest", "teeny", "teensy", "itsy", "mini", "miniature", "minute", "kleinst",
                     "winzigklein", "klitzeklein", "puppenklein"), TINY),
    **dict.fromkeys(("smaller", "kleiner"), SMALL),
    **dict.fromkeys(("bigger", "larger", "taller", "higher", "groesser", "hoeher", "laenger", "longer"), BIG),
    **dict.fromkeys(("biggest", "largest", "tallest", "highest", "longest", "greatest", "enormous", "gigantic",
                     "massive", "colossal", "immense", "monstrous", "mighty", "towering", "mammoth", "groesst",
                     "hoechst", "laengst", "gewaltig", "riesengross", "gigantisch", "enorm", "maechtig",
                     "kolossal", "haushoch", "turmhoch", "monstroes"), HUGE),
}

SMALL_M = 1.4  # a small one of a large kind: a pony's height
TINY_M = 0.35  # a tiny one of a large kind: a cat's height
ALREADY_SMALL_M = 0.3  # "small", "little" add nothing to a body under this height; "tiny" does
FLOOR_M = 0.04  # no body shown smaller (a tiny mouse is still a mouse one sees in a close shot)
BIG_M = 0.5  # a big one of a small kind, at most
HUGE_M = 1.2  # a huge one of a small kind, at most, along its longest side
_CAST_TOP = 1.6  # ``sizes.CAST_RANGE``'s top: the most a large body grows


def degree_scale(factor: float, height_m: float, extent_m: float | None = None) -> float:
    """The size factor a size word of ``factor`` (its table's: 0.4 tiny ... 2.5 huge) gives a body
    ``height_m`` tall and ``extent_m`` long at its longest (its height when not given), by its degree (see the
    module's note)."""
    h = max(height_m, 1e-3)
    if factor < 1.0:
        tiny = factor <= 0.45
        if not tiny and h < ALREADY_SMALL_M:  # "a little bird": small already (a lead is shown at storybook scale)
            return 1.0
        target = min(h * factor, max(h * (0.1 if tiny else 0.25), TINY_M if tiny else SMALL_M))
        return round(min(max(target, FLOOR_M) / h, 1.0), 2)
    if factor > 1.0:
        # growth is judged by the longest side: a fish or a snake is long and low, and sized by its height a
        # huge pike grew to 2.2 m long and 1.2 m high (too big for the boat it is caught into), a huge snake
        # to 24 m
        e = max(extent_m or h, h)
        huge = factor >= 2.0
        target = max(e * min(factor, _CAST_TOP), min(e * (12.0 if huge else 4.0), HUGE_M if huge else BIG_M))
        return round(target / e, 2)
    return 1.0


# German diminutives that are no young animal ("Mädchen" a girl, "Eichhörnchen" a squirrel of any age)
_NOT_YOUNG = frozenset({"maedchen", "eichhoernchen", "rotkehlchen", "meerschweinchen", "hermelin", "fraeulein",
                        "kaninchen", "maennchen", "weibchen", "streifenhoernchen", "erdmaennchen"})


@cache
def diminutive(word: str) -> bool:
    """Whether a German animal word is a diminutive: a young one ("Entlein", "Kätzchen", "Schweinchen")."""
    folded = fold(word)
    return folded not in _NOT_YOUNG and folded.endswith(("chen", "lein")) and len(folded) > 6
