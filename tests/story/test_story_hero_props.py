"""The thing a story is about reads on screen beside whoever it is with (issue 17): a tenth of the tallest body's
height beside big ones ("two dinosaurs find an egg": half a metre, not 14 cm), at least ``READABLE_M`` beside
people, never more than ``HERO_MAX_M``; a thing big enough keeps its size."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.set_pieces import footprint
from autark.story.sizes import HERO_MAX_M, READABLE_M


def _shown_m(idea: str, thing: str) -> float:
    screenplay = plan(idea, duration_s=30, seed=1)
    grows = [e for s in screenplay.shots for e in s.effects if e.kind == "grow" and e.target == thing]
    scale = grows[0].scale if grows else 1.0
    assert all(g.scale == g.start_scale == scale for g in grows), "a size from the first frame, kept"
    return max(footprint(thing) or (0.0,)) * scale


@pytest.mark.parametrize(("idea", "thing", "least_m"), [
    ("two dinosaurs find an egg in the jungle", "egg", 0.45),
    ("a dragon eats a cookie in the cave", "cookie", 0.45),
    ("Zwei Dinosaurier streiten um ein Ei", "egg", 0.45),
    ("a knight finds a key in the castle", "key", READABLE_M - 0.01),
    ("a girl eats a cookie in the kitchen", "cookie", READABLE_M - 0.01),
])
def test_a_story_thing_reads_beside_its_cast(idea: str, thing: str, least_m: float) -> None:
    assert least_m <= _shown_m(idea, thing) <= HERO_MAX_M + 0.01


def test_a_big_enough_thing_keeps_its_size() -> None:
    assert _shown_m("a boy loses his balloon at the fair", "balloon") == pytest.approx(max(footprint("balloon")))
