"""A change done by mistake (``story.mishaps``): its doer points at what they did and says so in the shot after,
once (not where the change's own lines say it already), with no cheer there."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan


@pytest.mark.parametrize(("idea", "kind", "word"), [
    ("The boy accidentally burns the cake", "burn", "cake"),
    ("Der Student färbt das weiße Hemd seines Opas aus Versehen rosa", "recolor", "rosa"),
])
def test_the_doer_is_dismayed_after_a_change_by_mistake(idea: str, kind: str, word: str) -> None:
    shots = [s for sc in plan(idea, 30.0).scenes for s in sc.shots]
    at = next(k for k, s in enumerate(shots) if any(e.kind == kind for e in s.effects))
    after = shots[at + 1]
    (line,) = [d.text for d in after.dialogue if d.text.lower().startswith(("oh no", "oh nein"))]
    assert word in line.lower()
    assert after.actions and (" points at " in after.actions[0] or " zeigt auf " in after.actions[0])
    assert not any(a.endswith((" celebrates", " feiert", " waves", " winkt")) for a in after.actions)


def test_no_dismay_without_a_mistake_and_none_twice() -> None:
    plain = [d.text for sc in plan("The boy burns the cake", 30.0).scenes for s in sc.shots for d in s.dialogue]
    assert not any(t.startswith("Oh no...") for t in plain)
    said = [d.text.lower() for sc in plan("A clumsy waiter breaks the vase by mistake", 30.0).scenes
            for s in sc.shots for d in s.dialogue]
    assert sum(("oh no" in t or "oops" in t) for t in said) == 1
