"""What a body or a thing gives off, and a thing falling on someone, reach the plan (story.emissions, falls_on)."""

from __future__ import annotations

import contextlib
import io

import pytest

from autark.story import analyze
from autark.story.emissions import idea_tokens as _tokens
from autark.story.emissions import read_emissions
from autark.story.narrative import plan


def _effects(idea: str) -> list[tuple[str, str, str]]:
    with contextlib.redirect_stderr(io.StringIO()):
        sp = plan(idea, 30.0, seed=0)
    return [(e.kind, e.target, e.into) for sc in sp.scenes for s in sc.shots for e in s.effects]


@pytest.mark.parametrize(("idea", "stuff"), [
    ("A grumpy dragon breathes fire at the knight.", "fire"),
    ("Ein Baby pustet Seifenblasen im Park.", "bubbles"),
    ("The little kettle steams on the stove.", "steam"),
    ("Die alte Lokomotive qualmt am Bahnhof.", "smoke"),
])
def test_an_emission_streams_its_stuff(idea: str, stuff: str) -> None:
    assert any(k == "emit" and into == stuff for k, _t, into in _effects(idea))


@pytest.mark.parametrize("idea", [
    "A young dragon tries to breathe fire but only coughs out bubbles.",
    "Ein Drache will Feuer speien, doch es kommen nur Seifenblasen heraus.",
])
def test_the_outcome_comes_out_and_the_try_does_not(idea: str) -> None:
    effects = _effects(idea)
    assert ("emit", "bubbles") in {(k, into) for k, _t, into in effects}
    assert not any(into == "fire" or k in ("burn", "light", "erupt") for k, _t, into in effects)
    concept = analyze(idea)
    assert "campfire" not in {o.type for o in concept.objects}
    assert any(e.outcome == "failed" for e in concept.events)


@pytest.mark.parametrize("idea", ["The old telephone rings in the hall.", "Die Türglocke bimmelt im Laden."])
def test_a_thing_that_rings_gives_off_notes_and_bobs(idea: str) -> None:
    effects = _effects(idea)
    targets = {t for k, t, into in effects if k == "emit" and into == "notes"}
    assert targets and targets & {t for k, t, _i in effects if k == "perform"}


def test_a_compound_adjective_is_no_emission() -> None:
    assert [e.stuff for e in read_emissions(_tokens("A fire-breathing dragon sleeps."))] == []


@pytest.mark.parametrize(("idea", "thing"), [
    ("A coconut falls on the sleeping pirate.", "coconut"),
    ("Ein Apfel fällt dem Bauern auf den Kopf.", "apple"),
])
def test_a_thing_falling_on_someone_lands_on_them(idea: str, thing: str) -> None:
    landed = [(t, into) for k, t, into in _effects(idea) if k == "land"]
    names = {c.name for c in analyze(idea).characters}
    assert any(t == thing and into in names for t, into in landed), landed


def test_what_the_stream_is_aimed_at_stays_and_the_hands_keep_their_act() -> None:
    idea = "Die Feuerwehrleute spritzen Wasser ins Feuer."
    concept = analyze(idea)
    assert "campfire" in {o.type for o in concept.objects}  # the fire they spray at is no stuff of theirs
    assert any(e.kind == "pour" for e in concept.events)  # a hose in the hands, not a look
    assert any(k == "emit" and into == "water" for k, _t, into in _effects(idea))
