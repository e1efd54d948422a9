"""A thing that flies or lands by itself lands where the idea says (``story.destinations``): the paper plane in
the teacher's coffee cup (the cup, not the teacher whose cup it is), the ball over the fence; nobody flies or
lands it (no ride in it), they watch it."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan


@pytest.mark.parametrize(("idea", "thing", "into"), [
    ("the paper plane lands in the teacher's coffee cup", "airplane", "cup"),
    ("der Papierflieger landet in der Kaffeetasse des Lehrers", "airplane", "cup"),
    ("der Ball fliegt über den Zaun in Nachbars Garten", "ball", "fence"),
    ("the ball flies into the pond", "ball", "water"),
])
def test_a_thing_flying_by_itself_lands_on_the_goal(idea: str, thing: str, into: str) -> None:
    sp = plan(idea, 30.0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    landing = [s for s in shots if any((e.kind, e.target, e.into) == ("land", thing, into) for e in s.effects)]
    assert landing, [[(e.kind, e.target, e.into) for e in s.effects] for s in shots]
    goal_there = into == "water" or any(o.type == into for sc in sp.scenes for o in sc.objects)
    assert goal_there
    assert not [a for s in shots for a in s.actions if any(w in a for w in (" drives ", " rides ", " fährt ",
                                                                            " lands ", " landet "))]
