"""Strangers on screen only where the idea asks for them: a place it calls busy or crowded, or one full of people
by what it is (a market, a fair, a party), has bystanders at the back who do nothing of the story's; the same
place without such a word has nobody besides the cast."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.crowds import is_extra

BUSY = [
    "a juggler performs at a busy market",
    "Ein Dieb stiehlt eine Tasche auf dem belebten Bahnhof",
    "a man sells ice cream in a crowded park",
    "Eine Frau sucht ihren Sohn auf dem vollen Marktplatz",
    "a juggler performs at the market",  # a market is full by what it is
    "Auf dem Wochenmarkt verkauft eine Bäuerin Eier",
]
QUIET = [
    "Ein Dieb stiehlt eine Tasche auf dem Bahnhof",
    "a man sells ice cream in the park",
    "a girl waits at the station for her grandfather",
    "Eine Frau liest ein Buch im Park",
]


@pytest.mark.parametrize("idea", BUSY)
def test_a_busy_place_has_bystanders_at_the_back(idea: str) -> None:
    sp = plan(idea, duration_s=20, seed=0)
    extras = [c for sc in sp.scenes for c in sc.characters if is_extra(c)]
    cast = [c for sc in sp.scenes for c in sc.characters if not is_extra(c)]
    assert len(extras) >= 3, idea
    assert all(e.position is not None and e.position[2] <= -2.4 for e in extras), extras  # behind the cast
    assert all(e.position[2] < min(c.position[2] for c in cast if c.position is not None) for e in extras)
    acts = [a for s in sp.shots for a in s.actions]
    assert not any(a.split(" ", 1)[0] in {e.name for e in extras} for a in acts), acts  # nobody's act


@pytest.mark.parametrize("idea", QUIET)
def test_a_place_without_a_busy_word_has_no_strangers(idea: str) -> None:
    sp = plan(idea, duration_s=20, seed=0)
    assert not [c for sc in sp.scenes for c in sc.characters if is_extra(c)], idea
