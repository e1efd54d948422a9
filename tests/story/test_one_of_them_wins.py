"""A win whose winner the cast does not play ("the small one wins", "one of them", "der ältere") goes to one of
those who played, and the others lose (``autark.story.contests``): not everyone clapping, nor everyone cheering."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize("idea", [
    "two robots play chess and the small one wins",
    "Zwei Zwerge spielen Karten und der ältere gewinnt",
    "the brothers play tennis until one of them wins",
])
def test_one_player_cheers_and_the_other_hangs_their_head(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    players = [c.name for sc in sp.scenes for c in sc.characters]
    shots = [s.actions for s in sp.shots]
    lost = next(i for i, s in enumerate(shots) if any(a.endswith((" shakes their head", " schüttelt den Kopf"))
                                                        for a in s))
    acts = [a for s in shots[:lost + 1] for a in s]  # the outcome (the ending may have them all cheer again)
    cheered = {a.split()[0] for a in acts if a.endswith((" celebrates", " feiert"))}
    slumped = {a.split()[0] for a in acts if a.endswith((" shakes their head", " schüttelt den Kopf"))}
    assert len(cheered) == 1 and cheered < set(players), acts
    assert slumped and not slumped & cheered, acts
