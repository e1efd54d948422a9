"""The idea's turning act is staged as an act that changes the world, not told: a ball kicked or thrown into
something is an action sentence that names where it goes, and that thing is in the set (``story.strikes``).
Own sentences, both languages, different casts, places and word orders."""

from __future__ import annotations

import pytest

from autark.story import plan

_STRUCK = [
    ("a girl kicks the ball into the goal and her team cheers", "football_goal"),
    ("the little robot shoots the ball into the goal and the crowd goes wild", "football_goal"),
    ("Grandpa kicks the football into the goal in the park", "football_goal"),
    ("two boys play in the yard until one kicks the ball into the goal", "football_goal"),
    ("the goalkeeper dives but the striker kicks the ball into the net", "football_goal"),
    ("a penguin throws the snowball into the bucket", "bucket"),
    ("the boy throws the basketball into the hoop and wins the game", "basketball_hoop"),
    ("my sister throws the ball into the basket", "basket"),
    ("Das Mädchen schießt den Ball ins Tor und alle jubeln", "football_goal"),
    ("Der Roboter kickt den Ball ins Tor", "football_goal"),
    ("Opa schießt den Fußball ins Tor", "football_goal"),
    ("Der Junge wirft den Basketball in den Korb", "basketball_hoop"),
    ("Die Katze wirft den Ball in den Eimer", "bucket"),
    ("Der Stürmer schießt den Ball ins Netz", "football_goal"),
    ("Zwei Kinder spielen Fußball, bis der Hund den Ball ins Tor schießt", "football_goal"),
]


@pytest.mark.parametrize(("idea", "aim"), _STRUCK)
def test_a_ball_struck_into_something_is_staged_into_it(idea: str, aim: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    acts = [a for s in sp.scenes for shot in s.shots for a in shot.actions]
    struck = [a for a in acts if any(v in a for v in ("kicks", "throws", "schießt", "wirft"))]
    assert any(" into " in a or " in " in a for a in struck), struck
    assert aim in [o.type for s in sp.scenes for o in s.objects]
