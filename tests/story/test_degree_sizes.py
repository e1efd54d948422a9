"""A size word sets the class a body is shown at beside people, not a factor of its own size alone: a small
dragon is pony-sized, a tiny crab fits in a hand, a huge mouse is no longer a speck, the tallest cake towers
over a plain one (``story.degree_words``)."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.degree_words import FLOOR_M, degree_scale, diminutive
from autark.story.footprints import footprint
from autark.story.sizes import size_word


def _shown(idea: str, word: str, axis: int = 1) -> float:
    c = analyze(idea)
    who = next(x for x in c.characters if x.word == word)
    return footprint(who.type)[axis] * c.sizes.get(who.name, 1.0) if axis >= 0 else max(
        footprint(who.type)) * c.sizes.get(who.name, 1.0)


@pytest.mark.parametrize(("idea", "word", "low", "high"), [
    ("A small dragon guards the cave", "dragon", 0.8, 2.0),  # pony-sized, not a dragon over the house
    ("Ein kleiner Drache lernt fliegen", "Drache", 0.8, 2.0),
    ("A tiny elephant hides behind a cup", "elephant", 0.15, 0.9),
    ("Eine riesige Maus erschreckt die Katze", "Maus", 0.3, 2.0),
    ("A baby elephant sprays water", "elephant", 0.8, 2.2),
    ("Das Entlein folgt der Mutter", "Entlein", 0.05, 0.3),  # a diminutive is a young one
])
def test_a_size_word_gives_a_body_the_size_of_its_class(idea: str, word: str, low: float, high: float) -> None:
    assert low <= _shown(idea, word) <= high


def test_a_tiny_lead_stays_tiny() -> None:
    """Storybook scale shows a small lead larger; one the idea calls tiny is left small (fits in a hand)."""
    tiny = _shown("A tiny crab pinches the fisherman", "crab", -1)
    plain = _shown("A crab pinches the fisherman", "crab", -1)
    assert tiny <= 0.6 * plain and tiny <= 0.2


def test_superlatives_and_strong_words_are_size_words() -> None:
    for word in ("tallest", "biggest", "enormous", "groesste", "hoechsten", "riesengross", "gewaltige"):
        assert size_word(word) is not None and size_word(word) > 2.0, word
    for word in ("smallest", "teeny", "kleinste"):
        assert size_word(word) is not None and size_word(word) < 0.5, word


def test_the_tallest_cake_towers_over_a_plain_one() -> None:
    c = analyze("Two bakers compete for the tallest cake")
    assert footprint("cake")[1] * c.sizes.get("cake", 1.0) >= 0.5


def test_degree_scale_keeps_order_and_floor() -> None:
    for h in (0.08, 0.5, 1.8, 6.0):
        tiny, small, big, huge = (degree_scale(f, h) * h for f in (0.4, 0.7, 1.5, 2.5))
        assert FLOOR_M - 1e-6 <= tiny <= small <= h <= big <= huge
    assert diminutive("Kätzchen") and diminutive("Entlein") and not diminutive("Mädchen")


@pytest.mark.parametrize(("idea", "word"), [
    ("Ein alter Fischer und sein Enkel fangen einen riesigen Hecht", "Hecht"),
    ("A huge snake sleeps under the bridge", "snake"),
    ("Eine gewaltige Krabbe kneift den Fischer", "Krabbe"),
    ("A giant frog jumps into the pond", "frog"),
])
def test_a_huge_long_animal_is_sized_by_its_longest_side(idea: str, word: str) -> None:
    """Grown by its height, a long low body overran everything: a huge pike 2.2 m long and 1.2 m high lay on
    the shore instead of in the boat, a huge snake was 24 m long."""
    c = analyze(idea)
    who = next(x for x in c.characters if x.word == word)
    plain = max(footprint(who.type))
    longest = plain * c.sizes.get(who.name, 1.0)
    assert longest > 1.2 * plain  # still bigger than a plain one
    assert longest <= max(1.3, 1.7 * plain)  # but no more than a person's size, or 1.6 times a long one
