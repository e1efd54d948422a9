"""A bare plural of children is a group, each body its own ("the children build a snowman": three, boys and
girls), a bare plural of others a pair, a number what it says (``story.headcount.bare_plural``)."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.headcount import CHILDREN


@pytest.mark.parametrize(("idea", "word", "low", "high"), [
    ("The children build a snowman in the park", "children", CHILDREN, CHILDREN),
    ("Die Kinder spielen Fangen auf dem Schulhof", "Kinder", CHILDREN, CHILDREN),
    ("The kids chase the dog", "kids", CHILDREN, CHILDREN),
    ("Two children skate on the lake", "children", 2, 2),
    ("Drei Schweine bauen ein Haus", "Schweine", 3, 3),
    ("The knights argue about the apple", "knights", 2, 2),
])
def test_a_plural_gives_the_bodies_it_says(idea: str, word: str, low: int, high: int) -> None:
    bodies = [c for c in analyze(idea).characters if c.word == word]
    assert low <= len(bodies) <= high
    assert len({c.name for c in bodies}) == len(bodies)  # each its own
