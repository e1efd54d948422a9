"""A spell undone after a transformation makes it back: "breaks the spell", "lifts the curse", "hebt den
Zauber wieder auf", "erlöst den Frosch" swap the frog back into the prince (``story.spells_undone``), by the
one who undoes it. It had been a break (something put down, a cry) or a glow of its own, and the frog stayed.
Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


def _swaps(idea: str) -> list[tuple[str, str]]:
    sp = plan(idea, duration_s=30, seed=0)
    return [(e.target, e.into) for sc in sp.scenes for s in sc.shots for e in s.effects if e.kind == "transform"]


@pytest.mark.parametrize("idea", [
    "A witch turns a knight into a stone statue, but a little boy breaks the spell with a song",
    "The evil queen turns the prince into a frog until a princess lifts the curse with a kiss",
    "Eine Hexe verwandelt einen Prinzen in einen Frosch, doch ein Mädchen hebt den Zauber mit einem Kuss wieder auf",
    "Ein Zauberer verwandelt den Bäcker in eine Katze, bis seine Tochter den Fluch bricht",
])
def test_the_one_changed_is_changed_back(idea: str) -> None:
    swaps = _swaps(idea)
    assert len(swaps) == 2 and swaps[1] == (swaps[0][1], swaps[0][0]), swaps


def test_the_one_who_undoes_it_does_it() -> None:
    events = analyze("The evil queen turns the prince into a frog until a princess lifts the curse with a kiss").events
    back = [e for e in events if e.verb == "transform"][-1]
    assert back.agents == ["Princess"] and (back.patient, back.result) == ("Frog", "Prince"), back


@pytest.mark.parametrize("idea", ["A witch casts a spell on the prince and turns him into a frog",
                                  "Ein Zauberer verwandelt eine Maus in einen Elefanten und lacht"])
def test_casting_a_spell_undoes_nothing(idea: str) -> None:
    assert len(_swaps(idea)) == 1, _swaps(idea)
