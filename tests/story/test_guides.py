"""A guide leads the way (story.guides): it starts across the set from the goal with those it leads behind it,
nobody walks before the lead, and in the lead's shot the guide and every one led walk to the goal."""

from __future__ import annotations

import math

import pytest

from autark.story.narrative import plan

IDEAS = [
    ("the dog leads the hikers to the hut", "Dog", "house"),
    ("der Hund führt die Wanderer zur Hütte", "Hund", "house"),
    ("ein Vogel zeigt den Kindern den Weg zum Brunnen", "Vogel", "well"),
    ("a kind owl guides the lost rabbit to the old tree", "Owl", "tree"),
]


@pytest.mark.parametrize(("idea", "guide", "goal"), IDEAS)
def test_the_guide_leads_the_others_to_the_goal(idea: str, guide: str, goal: str) -> None:
    sp = plan(idea, 30.0)
    scene = sp.scenes[0]
    goal_at = next(p.position for p in scene.objects if p.type == goal)
    at = {c.name: c.position for c in scene.characters}
    others = [n for n in at if n != guide]
    assert others

    def away(name: str) -> float:
        return math.dist((at[name][0], at[name][2]), (goal_at[0], goal_at[2]))

    assert all(away(n) > away(guide) + 0.5 for n in others)  # behind the guide, on the way to the goal
    key = next(i for i, s in enumerate(scene.shots) if any(a.startswith(f"{guide} ") and (" zu " in a or " to " in a)
                                                          for a in s.actions) and len(s.actions) > len(others))
    walks = [a for a in scene.shots[key].actions if " walks to " in a or " geht zu " in a]
    assert {a.split(" ", 1)[0] for a in walks} == {guide, *others}
    for s in scene.shots[:key]:  # nobody sets off before the lead
        assert not [a for a in s.actions if " walks " in a or " geht " in a], s.actions
