"""A film's title keeps a pair or plural-only noun whole and puts others in the singular correctly ("The
Scissors", not "The Scissor"; "The Cherry", "The Cookie", "The Loaf"). Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.titles import _singular_of


@pytest.mark.parametrize(("word", "one"), [
    ("scissors", "scissors"), ("glasses", "glasses"), ("binoculars", "binoculars"), ("trousers", "trousers"),
    ("clothes", "clothes"), ("cherries", "cherry"), ("cookies", "cookie"), ("boxes", "box"), ("loaves", "loaf"),
    ("tomatoes", "tomato"), ("keys", "key"), ("bus", "bus"), ("dishes", "dish"), ("playing cards", "playing card"),
])
def test_a_title_noun_is_put_in_the_singular_only_where_it_has_one(word: str, one: str) -> None:
    assert _singular_of(word) == one


@pytest.mark.parametrize(("idea", "title"), [
    ("An old barber loses his scissors in the snow", "Scissors"),
    ("A grandfather searches the living room for his glasses", "Glasses"),
])
def test_a_film_about_a_pair_is_titled_by_the_pair(idea: str, title: str) -> None:
    assert plan(idea, duration_s=30, seed=0).title.endswith(title)
