"""A body added without a place stands beside those already there, as the camera (+Z) sees them: never in
the column of another, hidden behind them or blocking them."""

from __future__ import annotations

import pytest
from scene_from import scene_from

from autark.assets.library import is_character


@pytest.mark.parametrize("commands", [
    ("add a man", "add a woman"),
    ("add a robot", "add a girl", "add a dog"),
    ("füge einen Mann hinzu", "füge zwei Kinder hinzu"),
    ("add two knights", "add a horse"),
    ("add two knights", "add a dragon"),
    ("add a table", "add a man", "add a woman", "add a boy"),
])
def test_bodies_stand_side_by_side(commands: tuple[str, ...]) -> None:
    from autark.language.placement import obj_extent

    scene = scene_from(*commands)
    spans = []
    for o in scene.objects:
        if is_character(o):
            ext = obj_extent(o)
            x = o.transform.position[0]
            spans.append((x + ext[0], x + ext[3]))
    assert len(spans) >= 2
    spans.sort()
    for (_, hi_a), (lo_b, _) in zip(spans, spans[1:], strict=False):
        assert hi_a <= lo_b + 1e-6, spans  # no two bodies share a column seen from the camera
