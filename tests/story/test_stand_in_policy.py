"""Stand-ins that keep the meaning: a thing named is no cue for another of another role (an umbrella one flies
with brings no plane)."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "thing"), [("A girl with an umbrella flies over the city", "umbrella"),
                                             ("Ein Junge fliegt mit vielen Luftballons über die Stadt", "balloon")])
def test_who_flies_with_a_thing_gets_no_plane(idea: str, thing: str) -> None:
    """A carried thing one flies with is no propeller plane's cue (``thing_kinds.FLOWN_WITH``)."""
    kinds = [o.type for o in analyze(idea).objects]
    assert thing in kinds and "airplane" not in kinds


@pytest.mark.parametrize(("idea", "tiers"), [("Two bakers compete for the tallest cake", 7),
                                             ("Die Bäckerin backt die höchste Torte der Stadt", 7),
                                             ("A huge cake falls on the mayor", 5),
                                             ("Der Koch backt eine hohe Torte", 3)])
def test_a_tall_cake_has_tiers(idea: str, tiers: int) -> None:
    """A cake's size word gives it tiers (``story.stacked_forms``), and more tiers stand taller."""
    from autark.assets import library

    cakes = [o.type for o in analyze(idea).objects if o.type.startswith("cake")]
    assert cakes == [f"cake_{tiers}_tiers"]
    assert library.get(cakes[0]).size[1] > 2 * library.get("cake").size[1]


def test_a_plain_cake_stays_one() -> None:
    assert [o.type for o in analyze("Ein Kind isst einen Kuchen").objects if o.type.startswith("cake")] == ["cake"]
