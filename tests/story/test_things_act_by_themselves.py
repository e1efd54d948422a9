"""A thing that acts by itself does it on screen (``autark.story.thing_acts``): a printer that sings, a toy car that
drives off, a fridge that tips off a van are drawn doing it (an effect on the thing), and nobody in the cast does the
act in the thing's place (the lead had sung for the printer, danced with the radio, talked to the tipping fridge)."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic
from autark.story.analysis import analyze
from autark.story.thing_acts import own_act_effect


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "thing", "kind"), [
    ("a printer sings opera in the office while the clerks watch", "printer", "perform"),
    ("Der Kühlschrank singt ein Lied für die Köchin", "fridge", "perform"),
    ("a toy robot marches across the bedroom at night", "robot", "roam"),
    ("Das Spielzeugauto fährt allein durch das Kinderzimmer", "car", "roam"),
    ("the fridge tips off the van in front of the house", "fridge", "tumble"),
    ("Der Schrank kippt vom Lastwagen", "cabinet", "tumble"),
    ("Ein Fass rollt vom Wagen in den Fluss", "barrel", "roll"),
    ("the snowball rolls down the mountain towards the village", "snowball", "roll"),
    ("the cake slides off the table at the birthday party", "cake", "tumble"),
    ("the old bus rolls down the hill into the village", "bus", "roam"),  # on its wheels, not head over heels
])
def test_the_thing_is_drawn_doing_it(idea: str, thing: str, kind: str) -> None:
    drawn = [own_act_effect(e) for e in analyze(idea).events]
    assert any(e is not None and (e.kind, e.target) == (kind, thing) for e in drawn), drawn


def test_a_fall_that_breaks_stays_a_break() -> None:
    # a vase that falls (not tips, rolls or slides) breaks where it lands: no tumble
    assert not any(own_act_effect(e) for e in analyze("Die Vase fällt vom Regal und zerbricht").events)


def test_a_person_who_sings_is_no_thing_acting() -> None:
    assert not any(own_act_effect(e) for e in analyze("the old farmer sings to his cows").events)


@pytest.mark.parametrize(("idea", "thing", "instead"), [
    ("a printer sings opera in the office while the clerks watch", "printer", " sings"),
    ("the fridge tips off the van in front of the house", "fridge", "talks to the fridge"),
])
def test_the_cast_watches_and_does_not_do_it_for_the_thing(idea: str, thing: str, instead: str) -> None:
    sp = plan(idea, duration_s=30.0, seed=0)
    shot = next(s for s in sp.shots if any(e.target == thing for e in s.effects))
    actions = [a for s in sp.shots for a in s.actions]
    assert not any(instead in a for a in actions), actions
    assert any(thing in a and "look" in a for a in shot.actions), shot.actions  # they watch it
