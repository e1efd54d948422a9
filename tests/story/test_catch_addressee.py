"""Who catches a thing thrown to them, and who is spoken to after: 'er fängt ihn' after a throw to the son is
the son's catch of the key (story.pronouns); a thing caught was done to nobody, so nobody says "Lass mich
los!" or "You got me" (story.lines), and nobody praises their own throw."""

from __future__ import annotations

import re

import pytest

from autark.story import analyze, plan, semantic

_CAUGHT_ME = re.compile(r"lass mich los|du hast mich|let me go|you got me|ich gebe auf|i give up", re.IGNORECASE)
_PRAISE = re.compile(r"guter wurf|nice throw", re.IGNORECASE)


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "catcher"), [("Papa wirft dem Sohn den Schlüssel zu und er fängt ihn", "Sohn"),
                                               ("The mother throws the key to her son and he catches it", "Son")])
def test_the_one_thrown_to_catches_it(idea: str, catcher: str) -> None:
    catch = next(e for e in analyze(idea).events if e.verb == "catch")
    assert catch.agents == [catcher] and catch.patient == "key" and catch.recipient == ""


@pytest.mark.parametrize("idea", ["Der Vater wirft seinem Sohn den Schlüssel zu und der Sohn fängt ihn",
                                  "Ein Junge wirft seinem Hund einen Ball zu und der Hund fängt ihn",
                                  "A grandmother throws a key from the window and her grandson catches it"])
def test_nobody_is_caught_when_a_thing_is(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    lines = [(d.speaker, d.text) for spec in sp.scenes for shot in spec.shots for d in shot.dialogue]
    assert not any(_CAUGHT_ME.search(t) for _s, t in lines), lines
    throwers = {e.agents[0] for e in analyze(idea).events if e.verb == "throw" and e.agents}
    assert not any(_PRAISE.search(t) and s in throwers for s, t in lines), lines
