"""An asset's three-word name is read from its three words in a command, as a two-word name is from two."""

from __future__ import annotations

import pytest

from autark.language import interpret
from autark.language import lexicon as lx
from autark.ops import apply_ops
from autark.scene.model import Scene


def test_every_three_word_name_of_an_asset_is_known() -> None:
    assert ("hot", "air", "balloon") in lx.THREE_WORD_NAMES
    assert all(len(k) == 3 and all(k) for k in lx.THREE_WORD_NAMES)


@pytest.mark.parametrize("command,count", [("add a hot air balloon", 1), ("add two hot air balloons", 2),
                                           ("add a hot air balloon next to the table", 1)])
def test_a_three_word_thing_is_added(command: str, count: int) -> None:
    scene = apply_ops(Scene(), interpret("add a table", Scene()))
    scene = apply_ops(scene, interpret(command, scene))
    assert sum(o.type == "hot_air_balloon" for o in scene.objects) == count
