"""A thing the wind blows somewhere, or one struck there, goes there and stays (``story.destinations``): "the wind
blows his hat onto the roof" (read as a blow, no longer an unknown word; the roof of a rooftop set is its floor,
a house's roof its top), "der Wind weht seinen Hut aufs Dach", "blows the kite over the fence", "keeps spiking
the ball into the sea"; blowing out candles stays putting them out."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.narrative import plan


@pytest.mark.parametrize(("idea", "kind", "thing", "into"), [
    ("the wind blows his hat onto the roof", "float_away", "hat", {"ground", "house"}),
    ("der Wind weht seinen Hut aufs Dach", "float_away", "hat", {"ground", "house"}),
    ("the wind blows the kite over the fence", "float_away", "kite", {"fence"}),
    ("a kangaroo keeps spiking the ball into the sea", "land", "ball", {"water"}),
])
def test_a_thing_blown_or_struck_goes_to_its_goal(idea: str, kind: str, thing: str, into: set[str]) -> None:
    sp = plan(idea, 30.0)
    got = [(e.kind, e.target, e.into) for sc in sp.scenes for s in sc.shots for e in s.effects]
    assert any(k == kind and t == thing and i in into for k, t, i in got), got


def test_blowing_out_candles_is_still_putting_them_out() -> None:
    assert [e.verb for e in analyze("the boy blows out the candles").events] == ["extinguish"]
