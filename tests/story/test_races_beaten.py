"""A race won by beating the other ("the tortoise beats the hare in a race", "der Igel besiegt den Hasen im
Wettlauf") is run side by side with the one beaten, never a fight, and run once; one won against nobody named
("grandpa falls but wins the race") is run against a rival who loses (``autark.story.races``)."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "winner", "beaten"), [
    ("the tortoise beats the hare in a race", "Tortoise", "Hare"),
    ("Der Igel besiegt den Hasen im Wettlauf", "Igel", "Hase"),
])
def test_the_one_beaten_races_too_and_the_race_is_run_once(idea: str, winner: str, beaten: str) -> None:
    shots = [s.actions for s in plan(idea, duration_s=30, seed=0).shots]
    acts = [a for s in shots for a in s]
    runs = [s for s in shots if any(" metres to the right in " in a or " Meter nach rechts in " in a for a in s)]
    assert len(runs) == 1, shots
    ran = {a.split()[0]: float(a.split()[2]) for a in runs[0]}
    assert set(ran) == {winner, beaten} and ran[winner] > ran[beaten]
    assert not any(" fights " in a or " kämpft " in a for a in acts), shots
    assert any(a.startswith(f"{beaten} ") and ("head" in a or "Kopf" in a) for a in acts)


@pytest.mark.parametrize(("idea", "winner"), [
    ("grandpa falls but wins the race", "Grandpa"),
    ("Die Oma gewinnt das Rennen im Park", "Oma"),
    ("the little turtle wins the race at the zoo", "Turtle"),
])
def test_a_race_won_against_nobody_named_gets_a_rival_who_loses(idea: str, winner: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    shots = [s.actions for s in sp.shots]
    runs = [s for s in shots if any(" metres to the right in " in a or " Meter nach rechts in " in a for a in s)]
    assert len(runs) == 1, shots
    ran = {a.split()[0]: float(a.split()[2]) for a in runs[0]}
    assert len(ran) == 2 and max(ran, key=ran.__getitem__) == winner, shots
    rival = next(r for r in ran if r != winner)
    acts = [a for s in shots for a in s]
    assert any(a.startswith(f"{rival} ") and ("head" in a or "Kopf" in a) for a in acts), shots
