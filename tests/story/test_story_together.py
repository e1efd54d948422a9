"""Two who make friends, make up, hug or shake hands come together (issue 17): each one's act names the other,
so the acting walks them up to each other (``language.acting``: a hug approaches), and after a quarrel they
say sorry, not "who are you?"."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan

# idea -> (the story verb of the coming together, the two, the hug's sentence)
IDEAS = {
    "a knight and a dragon fight, but then they become friends and hug": ("befriend", "Knight hugs Dragon"),
    "two neighbours argue over a fence but then they shake hands": ("befriend", "Sam hugs Alex"),
    "the cat and the dog fight until they make up": ("befriend", "Cat hugs Dog"),
    "Zwei Nachbarn streiten sich, aber dann geben sie sich die Hand": ("befriend", "Sam umarmt Alex"),
    "Die Katze und der Hund streiten, aber dann versöhnen sie sich": ("befriend", "Katze umarmt Hund"),
}


@pytest.mark.parametrize("idea", list(IDEAS))
def test_those_who_make_up_come_together(idea: str) -> None:
    verb, hug = IDEAS[idea]
    concept = analyze(idea)
    assert [e.verb for e in concept.events][-1] == verb or verb in [e.verb for e in concept.events]
    screenplay = plan(idea, duration_s=30, seed=1)
    actions = [a for s in screenplay.shots for a in s.actions]
    assert hug in actions, actions
    # nobody waves or hugs at no one: each such act names whom it is for
    bare = [a for a in actions if a.split()[-1] in ("waves", "hugs", "winkt", "umarmt", "alle")]
    assert not bare, bare


@pytest.mark.parametrize("idea", ["two neighbours argue over a fence but then they shake hands",
                                  "Zwei Nachbarn streiten sich, aber dann geben sie sich die Hand"])
def test_after_a_quarrel_they_say_sorry(idea: str) -> None:
    lines = [d.text for s in plan(idea, duration_s=30, seed=1).shots for d in s.dialogue]
    assert any(w in line for line in lines for w in ("sorry", "Friends again", "leid", "Wieder Freunde")), lines
    assert not any("Who are you" in line or "Wer bist du" in line for line in lines), lines
