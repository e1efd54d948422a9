"""A hole is a hole: on the ground, or a mouse hole in a wall; never the set 'space' or a Scottish loch."""
from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.containers import containments


@pytest.mark.parametrize(("idea", "kind"), [
    ("A tiny mouse runs into a hole in the wall.", "mouse_hole"),
    ("The rabbit disappears into its hole.", "hole"),
    ("A boy digs a hole in the garden.", "hole"),
    ("Der Hund gräbt ein Loch im Garten.", "hole"),
    ("Die Maus versteckt sich im Mauseloch.", "mouse_hole"),
])
def test_a_hole_is_a_thing_of_the_set(idea: str, kind: str) -> None:
    concept = analyze(idea)
    assert kind in {o.type for o in concept.objects}, concept.objects
    assert not {"space_station", "mountain_lake", "space"} & set(concept.settings), concept.settings


def test_a_hole_dug_is_not_buried() -> None:
    assert not containments(analyze("A boy digs a hole in the garden."))
    assert containments(analyze("A dog buries a bone in the garden."))


@pytest.mark.parametrize("idea", [
    "A tiny mouse steals cheese from a sleeping cat, but the cat wakes up and chases it into a hole in the wall.",
    "Eine Maus klaut den Käse, aber die Katze jagt sie durch die Küche.",
])
def test_one_chased_is_the_one_who_ran_not_the_thing_it_carries(idea: str) -> None:
    chase = next(e for e in analyze(idea).events if e.verb == "chase")
    assert chase.patient in ("Mouse", "Maus") and not chase.patient_is_thing, chase


def test_a_thing_kicked_is_still_the_thing_chased() -> None:
    chase = next(e for e in analyze("A girl kicks the ball and her brother chases it.").events if e.verb == "chase")
    assert chase.patient == "ball", chase
