"""A thing made for one of the cast ends with them (``story.made_for``): a coat sewn for a fox, a scarf knitted for
a cat is worn by them in the shot after the making; a cake baked for the mayor is handed to him."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan


@pytest.mark.parametrize(("idea", "thing", "wearer"), [
    ("A tailor sews a coat for a fox in the forest", "coat", "Fox"),
    ("Die Oma strickt einen Schal für ihre Katze", "scarf", "Katze"),
])
def test_a_garment_made_for_someone_is_worn_by_them_after(idea: str, thing: str, wearer: str) -> None:
    shots = [s for sc in plan(idea, 30.0).scenes for s in sc.shots]
    made = max(k for k, s in enumerate(shots) if any(e.kind == "make" and e.target == thing for e in s.effects))
    after = shots[made + 1]
    assert [(e.target, e.into) for e in after.effects if e.kind == "wear"] == [(thing, wearer)]
    assert after.subject == wearer


def test_a_cake_baked_for_the_mayor_is_handed_to_him() -> None:
    shots = [s for sc in plan("A baker bakes a cake for the mayor", 30.0).scenes for s in sc.shots]
    made = max(k for k, s in enumerate(shots) if any(e.kind == "make" for e in s.effects))
    assert "Baker gives the cake to Mayor" in shots[made + 1].actions
