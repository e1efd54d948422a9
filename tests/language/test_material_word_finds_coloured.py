"""'the golden crown' finds a crown made of gold or only coloured gold (a film's props get colours, not
materials); another colour is not found by it."""

from __future__ import annotations

import pytest
from scene_from import scene_from

from autark.errors import NotFound
from autark.language import interpret


@pytest.mark.parametrize("setup,say", [
    (("add a king", "add a crown", "make the crown gold"), "the king takes the golden crown"),
    (("add a king", "add a golden crown"), "the king takes the golden crown"),
    (("füge einen König hinzu", "füge eine Krone hinzu", "mach die Krone gold"), "der König nimmt die goldene Krone"),
])
def test_a_material_word_finds_the_thing_of_its_colour(setup: tuple[str, ...], say: str) -> None:
    scene = scene_from(*setup)
    crown = next(o for o in scene.objects if o.type == "crown")
    ops = interpret(say, scene)
    assert any(a.item == crown.id or a.target_object == crown.id
               for op in ops if type(op).__name__ == "SetTimeline" for a in op.actions), ops


def test_a_material_word_does_not_find_another_colour() -> None:
    scene = scene_from("add a king", "add a crown", "make the crown blue")
    with pytest.raises(NotFound):
        interpret("the king takes the golden crown", scene)
