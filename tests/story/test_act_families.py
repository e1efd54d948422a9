"""Lines named by the act as it happened (``story.act_families``): a thing knocked off its support is no throw to
praise and no knock at a door; a push of a thing lifted with one hand is no strain; a car pushed up a hill is."""

from __future__ import annotations

import re

import pytest

from autark.story import plan, semantic

_PRAISE = re.compile(r"nice throw|guter wurf|come in|komm herein", re.IGNORECASE)
_STRAIN = re.compile(r"will not move|bewegt sich keinen|harder|fester|moved at last|hat sich bewegt", re.IGNORECASE)


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _said(idea: str) -> list[str]:
    return [d.text for spec in plan(idea, duration_s=30, seed=0).scenes for shot in spec.shots
            for d in shot.dialogue]


@pytest.mark.parametrize("idea", ["Die Katze wirft die Tasse vom Tisch", "A boy knocks a glass off the shelf"])
def test_a_thing_knocked_off_is_no_throw_to_praise(idea: str) -> None:
    said = _said(idea)
    assert said and not any(_PRAISE.search(t) for t in said), said


@pytest.mark.parametrize("idea", ["Der Bäcker schiebt das Brot in den Ofen", "A girl pushes a cup across the table"])
def test_a_light_push_is_no_strain(idea: str) -> None:
    said = _said(idea)
    assert said and not any(_STRAIN.search(t) for t in said), said


def test_a_heavy_push_strains() -> None:
    assert any(_STRAIN.search(t) for t in _said("Two men push a heavy car up the hill"))
