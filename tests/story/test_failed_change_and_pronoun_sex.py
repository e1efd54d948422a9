"""A change that does not happen ("but he does not turn into a prince", "aber er verwandelt sich nicht") stages no
swap and casts nobody for what it was to become; and a pronoun after an animal is the animal's, so it does not
change the sex of the person named before ("a princess kisses a frog, but he ..."). Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "lang", "never"), [
    ("A witch kisses a toad, but it does not turn into a prince", "en", "prince"),
    ("Ein Mädchen küsst einen Frosch, aber er verwandelt sich nicht in einen Prinzen", "de", "prince"),
    ("The wizard waves his wand, but the mouse does not turn into a horse", "en", "horse"),
])
def test_a_change_that_fails_swaps_nothing(idea: str, lang: str, never: str) -> None:
    sp = plan(idea, duration_s=30, seed=0, language=lang)
    cast = {c.type for sc in sp.scenes for c in sc.characters}
    assert never not in cast, (idea, cast)
    assert not [e for sc in sp.scenes for s in sc.shots for e in s.effects if e.kind == "transform"], idea


@pytest.mark.parametrize(("idea", "who", "typ"), [
    ("A princess kisses a frog, but he stays a frog", "Princess", "princess"),
    ("A doctor visits a sick cat, and she purrs", "Doctor", "doctor"),
    ("A queen feeds her horse and he neighs", "Queen", "queen"),
    ("A nervous violinist plays her first concert", "Violinist", "female_musician"),
])
def test_a_pronoun_after_an_animal_leaves_the_person_as_named(idea: str, who: str, typ: str) -> None:
    kinds = {c.name: c.type for c in analyze(idea).characters}
    assert kinds.get(who) == typ, (idea, kinds)
