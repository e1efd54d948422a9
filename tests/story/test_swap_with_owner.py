"""A trade for someone's thing is made with them (``autark.story.swaps``): "trades his map for the parrot's key",
"tauscht seinen Ball gegen die Puppe des Mädchens" -- both hand their thing to the other on screen; the owner was
read as a good (the parrot led over) and the trader put his own thing down alone."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "trader", "owner", "gives", "gets"), [
    ("a pirate trades his map for the parrot's key", "Pirate", "Parrot", "map", "key"),
    ("Der Junge tauscht seinen Ball gegen die Puppe des Mädchens", "Junge", "Mädchen", "Ball", "Puppe"),
])
def test_both_hand_their_thing_to_the_other(idea: str, trader: str, owner: str, gives: str, gets: str) -> None:
    acts = [a for s in plan(idea, duration_s=30, seed=0).shots for a in s.actions]
    hands = [a for a in acts if (" gives " in a or " gibt " in a)]
    assert any(a.startswith(f"{trader} ") and gives in a and owner in a for a in hands), acts
    assert any(a.startswith(f"{owner} ") and gets in a and trader in a for a in hands), acts
