"""The opening shot puts one thing into each holder's hands: the one the idea's events are about (a birthday
girl holds her present, not also the party's cake and balloon: she had picked up three things in the first
three seconds). Ideas written for this test."""

from __future__ import annotations

import re

import pytest

from autark.story import plan

_PICK = re.compile(r"^(\w+) (?:picks up|hebt) ")


@pytest.mark.parametrize(("idea", "holder", "thing"), [
    ("A girl unwraps her birthday present and finds a kitten inside", "Girl", "gift"),
    ("At his birthday party a boy opens his gift and a puppy jumps out", "Boy", "gift"),
    ("Ein Mädchen packt an ihrem Geburtstag ihr Geschenk aus und findet einen Hasen", "Mädchen", "geschenk"),
])
def test_the_opening_shot_picks_up_one_thing_each(idea: str, holder: str, thing: str) -> None:
    first = plan(idea, duration_s=30, seed=0).scenes[0].shots[0]
    picks = [a for a in first.actions if _PICK.match(a)]
    who = [_PICK.match(a).group(1) for a in picks]
    assert len(who) == len(set(who)), first.actions
    held = [a for a in picks if a.startswith(holder)]
    assert len(held) <= 1 and (not held or thing in held[0].lower()), first.actions
