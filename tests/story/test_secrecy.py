"""An act done in secret is staged as a secret (``autark.story.secrecy``): the one it is kept from is turned away or
asleep in the shot where it happens, never pointing at the doer; the doer sneaks up and looks about first."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _act_shot(idea: str, doer: str, act: str) -> tuple[list[str], list[list[str]]]:
    shots = [s.actions for s in plan(idea, duration_s=30.0, seed=0).shots]
    return next(a for a in shots if any(x.startswith(f"{doer} {act}") for x in a)), shots


@pytest.mark.parametrize(
    ("idea", "doer", "act", "watcher", "away"),
    [
        ("the fox steals the eggs behind the farmer's back", "Fox", "takes", "Farmer", "turns away"),
        ("a mouse secretly takes the cheese while the cat looks away", "Mouse", "takes", "Cat", "turns away"),
        ("while the teacher sleeps, the students eat her cake", "Anna", "eats", "Teacher", "sleeps"),
        (
            "Die Kinder naschen heimlich vom Kuchen, während die Mutter telefoniert",
            "Lily",
            "isst",
            "Mama",
            "dreht sich um",
        ),
    ],
)
def test_the_watcher_is_turned_away_while_it_happens(
    idea: str, doer: str, act: str, watcher: str, away: str
) -> None:
    shot, _ = _act_shot(idea, doer, act)
    theirs = [a for a in shot if a.startswith(f"{watcher} ")]
    assert theirs and theirs[0] == f"{watcher} {away}", shot
    assert not any(a.startswith(f"{watcher} points") or a.startswith(f"{watcher} zeigt") for a in shot), shot
    # they turn away before the act, not after it
    assert shot.index(theirs[0]) < next(i for i, a in enumerate(shot) if a.startswith(f"{doer} {act}"))


@pytest.mark.parametrize(
    ("idea", "doer", "act", "sneak", "look"),
    [
        ("the bear eats the gingerbread in secret", "Bear", "eats", "sneaks to", "looks around"),
        ("Der Bär isst heimlich den Lebkuchen", "Bär", "isst", "schleicht zu", "schaut sich um"),
    ],
)
def test_alone_the_doer_sneaks_up_and_looks_about(
    idea: str, doer: str, act: str, sneak: str, look: str
) -> None:
    shot, shots = _act_shot(idea, doer, act)
    assert any(a.startswith(f"{doer} {sneak}") for s in shots for a in s), shots
    assert shot.index(f"{doer} {look}") < next(i for i, a in enumerate(shot) if a.startswith(f"{doer} {act}"))


def test_an_act_in_plain_view_is_no_secret() -> None:
    shot, shots = _act_shot("the bear eats the gingerbread in the forest", "Bear", "eats")
    assert not any("sneaks" in a for s in shots for a in s)


def test_a_book_read_while_grandmother_sleeps_is_no_secret() -> None:
    shots = [s.actions for s in plan("a boy reads a book while his grandmother sleeps", duration_s=30.0, seed=0).shots]
    assert not any("sneaks" in a for s in shots for a in s), shots
