"""A thing made is not there before its making and is made where its makers work at it; a thing dug up comes up
where it is dug (``story.presence``): over a small bilingual corpus of its own, the plan's effects and acts say
so, and the maker holds the tool of the work."""

from __future__ import annotations

import pytest

from autark.story import plan

# (idea, the made or dug thing's prop type, the effect that makes or uncovers it, the tool in the act or "")
CORPUS = [
    ("A blacksmith builds a wagon in the village square", "wagon", "make", ""),
    ("Ein Vater und seine Tochter bauen ein Floß am See", "raft", "make", "Hammer"),
    ("A young artist paints a painting of the sea on the hill", "painting", "make", "paintbrush"),
    ("Ein Junge malt ein Bild von seiner Katze im Garten", "painting", "make", "Pinsel"),
    ("A farmer digs up a treasure chest in his field", "treasure_chest", "unearth", "shovel"),
    ("Ein Hund gräbt im Garten einen alten Knochen aus", "bone", "unearth", ""),
]


@pytest.mark.parametrize(("idea", "thing", "kind", "tool"), CORPUS)
def test_the_made_or_dug_thing_comes_as_it_is_made(idea: str, thing: str, kind: str, tool: str) -> None:
    sp = plan(idea)
    shots = [s for spec in sp.scenes for s in spec.shots]
    at = next((k for k, s in enumerate(shots) if any(e.kind == kind and e.target == thing for e in s.effects)), None)
    assert at is not None, (idea, [[(e.kind, e.target) for e in s.effects] for s in shots])
    first = min(k for k, s in enumerate(shots) if any(e.kind == "appear" and e.target == thing for e in s.effects))
    assert first <= at
    assert not any(thing.replace("_", " ") in a.lower() for s in shots[:first] for a in s.actions)
    if tool:
        assert any(tool in a for a in shots[at].actions), shots[at].actions
