"""A German modal in the plural ("müssen", "können", "dürfen") is no act of its own: the infinitive that ends the
clause is what happens, and the narration never stops at the modal ("Die Kinder können." was said)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan


@pytest.mark.parametrize(("idea", "act"), [
    ("Die Zwillinge müssen das Eis sofort aufessen", "eat"),
    ("Die Kinder können endlich schwimmen", "swim"),
    ("Wir dürfen heute im See baden", "swim"),
    ("Der Junge muss sofort nach Hause laufen", "run"),
])
def test_a_plural_modal_leaves_the_act_to_its_infinitive(idea: str, act: str) -> None:
    events = analyze(idea).events
    assert not any(e.word.lower() in ("müssen", "können", "dürfen", "muss") for e in events), events
    assert any(e.verb == act for e in events), events
    said = [s.narration for sc in plan(idea).scenes for s in sc.shots if s.narration]
    assert not any(n.rstrip(".").split()[-1].lower() in ("können", "müssen", "dürfen") for n in said), said
