"""A tiny lead is seen: a character under 0.3 m tall that acts or speaks (the frog who wants to be king, the
mouse who steals the cheese) is shown 3-4 times its size, storybook scale, from the first frame of its scenes,
and the plan says so; a tiny one nobody follows (the pigeons fed) and a larger animal keep their size."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic
from autark.story.analysis import analyze
from autark.story.set_pieces import footprint
from autark.story.sizes import STORYBOOK_BELOW_M


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


LEADS = {  # idea -> the tiny lead's name
    "Ein Frosch will König werden und springt auf den Thron": "Frosch",
    "a mouse steals the cheese from the kitchen": "Mouse",
    "Eine Maus versteckt sich hinter dem Sofa": "Maus",
    "a little bird sings on the roof at dawn": "Bird",
    "Ein Schmetterling fliegt über die Wiese": "Schmetterling",
    "a frog jumps into the pond and swims away": "Frog",
}
KEEP = {"an old man feeds the pigeons in the park": "Bird", "a dog barks at the mailman": "Dog",
        "Ein Pferd galoppiert über die Wiese": "Pferd"}


@pytest.mark.parametrize("idea", list(LEADS))
def test_a_tiny_lead_is_shown_at_storybook_scale(idea: str) -> None:
    c = analyze(idea)
    name = LEADS[idea]
    typ = next(ch.type for ch in c.characters if ch.name == name)
    height = footprint(typ)[1]
    assert height < STORYBOOK_BELOW_M
    assert 3.0 <= c.sizes[name] <= 4.0
    assert any(name in w and ("storybook" in w or "Bilderbuch" in w) for w in c.warnings), c.warnings


@pytest.mark.parametrize("idea", list(KEEP))
def test_others_keep_their_size(idea: str) -> None:
    c = analyze(idea)
    assert all(c.sizes.get(ch.name, 1.0) == 1.0 for ch in c.characters if ch.name.startswith(KEEP[idea]))


def test_the_screenplay_scales_the_lead_from_the_first_frame() -> None:
    sp = plan("Ein Frosch will König werden und springt auf den Thron", duration_s=30, seed=0)
    first = sp.scenes[0].shots[0]
    grow = [e for e in first.effects if e.kind == "grow" and e.target == "Frosch"]
    assert grow and grow[0].at_s == 0.0 and 3.0 <= grow[0].scale <= 4.0
