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
