"""Size and count words of an idea: "a giant tree", "a tiny mouse", "ein riesiger Kürbis", "three small boats".

The size words are the command engine's (``autark.language.lang``: ``SIZES``, "huge" 2.5 times, "klein" 0.7),
read here with their German endings ("riesiger", "kleinen"). What a size word makes of a thing is clamped to
what still stages: a prop between a tenth of a metre's worth and 2.5 times its size (a giant tree towers, it
does not fill the sky), a character between 0.6 and 1.6 times (a giant robot still fits a shot with the
others, a tiny mouse can still be seen). "little" and "klein" before a person say their age, not their size:
a little girl is a child's body already.

The screenplay gives a size as a ``grow`` effect whose start and end are the same scale, laid at the start of
each scene the thing is in (``size_effects``): the production scales it from the first frame and keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from autark.assets.templates import fold

__all__ = ["PROP_RANGE", "CAST_RANGE", "READABLE_M", "HERO_SHARE", "HERO_MAX_M", "MIN_CAST_M", "size_word", "size_before", "YOUNG_ANIMAL", "count_before",
           "clamp", "cast_size", "readable_size", "size_effects", "storybook_sizes", "STORYBOOK_BELOW_M"]

PROP_RANGE = (0.3, 2.5)  # a prop's size factor from a size word, smallest and largest
CAST_RANGE = (0.6, 1.6)  # a character's: smaller is unseen next to the others, larger leaves the frame
MIN_CAST_M = 0.3  # a size word shrinks no character below this height: a tiny mouse is a mouse, not a speck
# the largest side a small thing an event is about is shown at (in hand and in its insert): a key (0.11 m) held
# up took 6 % of a medium shot's height, under the 10 % the film check reads as seen
READABLE_M = 0.2
HERO_SHARE = 0.1  # beside big bodies, a story's thing is a tenth of the tallest one's height...
HERO_MAX_M = 0.6  # ...but no larger than this (an egg beside a dragon stays an egg one could carry)
HERO_RANGE = 12.0  # the largest factor that gives (an egg of 5.6 cm to half a metre)
_PERSON_GROUPS = frozenset({"man", "woman", "child", "person"})
# an age word before an animal gives its size, not an age: a young one is this much of a grown one (an old one
# keeps its size, its coat greys: ``cast.cast_colour``)
_ANIMAL_GROUPS = frozenset({"animal", "dog", "cat"})
_YOUNG_WORDS = frozenset({"young", "baby", "jung", "junge", "junger", "jungen", "junges", "jungem"})
YOUNG_ANIMAL = 0.6
# German adjective endings, longest first ("riesigen" -> "riesig", "kleines" -> "klein")
_DE_ENDINGS = ("en", "er", "es", "em", "e")
# what may stand between a size word and its noun ("a huge red dragon", "drei kleine gelbe Enten")
_BETWEEN = 2
# words that end the look back: a size word before them is about something else
_STOPS = frozenset({"and", "und", "or", "oder", "with", "mit", "of", "von", "the", "der", "die", "das", "den",
                    "dem", "des", "a", "an", "ein", "eine", "einen", "einem", "einer", "eines"})


@cache
def _words() -> dict[str, float]:
    from autark.language import lang
    from autark.story.degree_words import MORE_SIZES

    return {**MORE_SIZES, **{fold(w): f for w, f in lang.SIZES.items() if f != 1.0}}


def size_word(folded: str) -> float | None:
    """The size factor a folded word says ("huge" 2.5, "riesigen" 2.5, "kleine" 0.7), None for none."""
    words = _words()
    if folded in words:
        return words[folded]
    for end in _DE_ENDINGS:
        if folded.endswith(end) and folded[: -len(end)] in words:
            return words[folded[: -len(end)]]
    return None


def clamp(factor: float, kind: str) -> float:
    """A size factor kept within what stages for a prop ("object") or a character (any other kind)."""
    lo, hi = PROP_RANGE if kind == "object" else CAST_RANGE
    return round(min(max(factor, lo), hi), 2)


def size_before(folded: Sequence[str], k: int, kind: str, body: str = "") -> float | None:
    """The clamped size the words just before word ``k`` give it ("a *giant* tree", "a *huge red* dragon"),
    None when they give none. ``kind`` is "object" or the character's lexicon group; a character's ``body``
    (its asset type) is sized by the word's degree (``story.degree_words``: a small dragon is pony-sized, a
    tiny crab fits in a hand), and a German diminutive of an animal ("Entlein") is a young one."""
    def sized(factor: float) -> float:
        from autark.story.degree_words import degree_scale
        from autark.story.footprints import footprint

        size = footprint(body) if body and kind != "object" else None
        return degree_scale(factor, size[1], max(size)) if size is not None else clamp(factor, kind)

    for j in range(k - 1, max(k - 1 - _BETWEEN, -1), -1):
        word = folded[j]
        if word in _STOPS:
            break
        if kind in _ANIMAL_GROUPS and word in _YOUNG_WORDS:  # "a young lion", "ein junger Fuchs": a cub's size
            return sized(YOUNG_ANIMAL)
        factor = size_word(word)
        if factor is None:
            continue
        if kind in _PERSON_GROUPS and (word in AGE_WORDS or any(word == a + e for a in AGE_WORDS
                                                                 for e in _DE_ENDINGS)):
            return None
        return sized(factor)
    from autark.story.degree_words import diminutive

    return sized(YOUNG_ANIMAL) if kind in _ANIMAL_GROUPS and k < len(folded) and diminutive(folded[k]) else None


AGE_WORDS = frozenset({"old", "young", "elderly", "little", "alt", "alte", "alten", "alter", "junge", "jungen",
                        "kleine", "kleinen"})


def count_before(folded: Sequence[str], meanings: Sequence[Iterable[Any]], k: int) -> int:
    """How many the number just before word ``k`` says ("*three* small boats", "*drei* kleine Enten"), past
    size and colour words; else how many its determiner says past describing words (``story.german_nouns``):
    1 for "einen verletzten Bären" (a weak noun's -en is no plural), several for "mit den Hasen"; 0 for
    neither."""
    from autark.story.headcount import count_word, group_noun_count

    grouped = group_noun_count(folded, k)  # "a band of musicians", "ein Rudel Wölfe"
    if grouped:
        return grouped
    for j in range(k - 1, max(k - 2 - _BETWEEN, -1), -1):
        written = count_word(folded, j)  # "5 pirates", "zwei Dutzend Schüler", "half a dozen ducks"
        if written:
            return written
        number = next((h.key for h in meanings[j] if h.category == "number"), None)
        if number is not None:
            return int(number)
        describing = size_word(folded[j]) is not None or any(h.category == "colour" for h in meanings[j]) or \
            folded[j] in AGE_WORDS  # "two *old* friends" are two
        if not describing:
            break
    from autark.story.german_nouns import article_number

    said = article_number(folded, k, meanings, lambda w: size_word(w) is not None or w in AGE_WORDS)
    if said == "one":
        return 1
    if said == "several":  # a dative plural: a flock of small animals, else two
        from autark.story.cast import flock_count

        return flock_count(folded[k], "de", True) or 2
    return 0


def cast_size(factor: float, asset_type: str) -> float | None:
    """A character's size factor kept from shrinking its body below ``degree_words.FLOOR_M`` (None: its own
    size); a body shrunk at all is shown so (``storybook_sizes`` leaves it small: a tiny crab fits in a hand)."""
    from autark.story.degree_words import FLOOR_M
    from autark.story.footprints import footprint

    size = footprint(asset_type)
    if factor < 1.0 and size is not None:
        factor = min(1.0, max(factor, FLOOR_M / max(size[1], 1e-3)))
    return None if factor == 1.0 else round(factor, 2)


# a lead this small is not seen in a shot of the set (a frog of 10 cm took 0% of its shots): it is shown at a
# storybook scale, STORYBOOK_RANGE times its size, toward STORYBOOK_M tall
STORYBOOK_BELOW_M = 0.3
STORYBOOK_M = 0.5
STORYBOOK_RANGE = (3.0, 4.0)
# ...but a low body this long reads in a shot at its own size, and grown would tower over the people: a badger
# (0.29 m tall, 0.86 m long) or an otter shown three times its size was as tall as a child
STORYBOOK_LONG_M = 0.6
STORYBOOK_WIDEST_M = 1.1  # a wide low body (a crab with its claws out) grown to be seen stays this wide at most


def storybook_sizes(characters: Sequence[Any], events: Sequence[Any], sizes: dict[str, float],
                    lang: str) -> tuple[dict[str, float], list[str]]:
    """``sizes`` with each tiny lead (a character under ``STORYBOOK_BELOW_M`` tall that does something in the
    story or speaks: the frog who wants to be king, the mouse who steals the cheese) made 3-4 times its size,
    and the notes that say so. A tiny one nobody follows (the pigeons fed) keeps its size."""
    from autark.story.footprints import footprint

    acting = {a for ev in events for a in ev.agents}
    out = dict(sizes)
    notes = []
    for c in characters:
        size = footprint(c.type)
        # (a bird shown at a vulture's size is tall enough already: its size word or role size counts)
        if size is None or size[1] * out.get(c.name, 1.0) >= STORYBOOK_BELOW_M or max(size) * out.get(
                c.name, 1.0) >= STORYBOOK_LONG_M or out.get(c.name, 1.0) < 1.0 or not (
                c.name in acting or c.voice != "none"):
            continue
        own = out.get(c.name, 1.0)
        factor = min(max(STORYBOOK_M / max(size[1] * own, 1e-3), STORYBOOK_RANGE[0]), STORYBOOK_RANGE[1],
                     STORYBOOK_WIDEST_M / max(max(size) * own, 1e-3))
        out[c.name] = round(own * factor, 2)
        shown = round(size[1] * out[c.name], 2)
        notes.append(f"{c.name} is shown {factor:.1f} times its size ({shown:.2f} m tall), storybook scale: "
                     f"at {size[1] * own:.2f} m a lead is not seen" if lang != "de" else
                     f"{c.name} ist {factor:.1f}-mal so groß gezeigt ({shown:.2f} m), wie im Bilderbuch: mit "
                     f"{size[1] * own:.2f} m wäre die Hauptfigur nicht zu sehen")
    return out, notes


def readable_size(asset_type: str, beside_m: float = 0.0) -> float | None:
    """How many times its size a small thing the story is about must be to read on screen, None for a thing
    large enough (or unknown). Its largest side becomes ``READABLE_M``, or a tenth of the tallest body it is
    seen beside (``beside_m``: an egg beside two dinosaurs 5 m tall is half a metre, a "hero prop", where at
    a hand's size it was 14 cm in a wide shot of them), at most ``HERO_MAX_M``."""
    from autark.story.footprints import footprint

    size = footprint(asset_type)
    target = min(max(READABLE_M, HERO_SHARE * beside_m), HERO_MAX_M)
    if size is None or max(size) >= target:
        return None
    largest = PROP_RANGE[1] if target <= READABLE_M else HERO_RANGE
    return round(min(target / max(max(size), 1e-3), largest), 2)


def size_effects(sizes: dict[str, float], present: Iterable[str]) -> list[Any]:
    """The ``grow`` effects that give each of ``present`` (cast names and prop types) in ``sizes`` its size
    from the first frame of a scene: start and end scale the same, at once."""
    from autark.story.effects import Effect

    return [Effect(kind="grow", target=name, at_s=0.0, duration_s=0.05, scale=sizes[name], start_scale=sizes[name])
            for name in dict.fromkeys(present) if name in sizes and sizes[name] != 1.0]
