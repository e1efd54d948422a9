"""A spot a body is moved to (``jobs.apart``, ``jobs.side_by_side``) keeps out of the set's furniture as out of the
cast's props: a church's pews, a kitchen's counter, a square's fountain are the set's own objects, and a woman sent
to kneel beside her friends had knelt inside a pew. A pavement stood on and a rug are no obstacle."""

from __future__ import annotations

import pytest

from autark.jobs.apart import _blocked
from autark.language import apply_sentences
from autark.scene.model import Scene


def _as_set(scene: Scene, kind: str) -> Scene:
    out = scene.model_copy(deep=True)
    for o in out.objects:
        if o.type == kind:
            o.tag = "setting"
    return out


@pytest.mark.parametrize(("commands", "kind"), [
    (["add a man named Tom", "add a bench 3 meters behind Tom"], "bench"),
    (["füge eine Frau namens Eva hinzu", "füge einen Tisch 3 Meter links von Eva hinzu"], "table"),
    (["add a girl named Mia", "add a fountain 5 meters behind Mia"], "fountain"),
])
def test_the_sets_furniture_blocks_a_spot(commands: list[str], kind: str) -> None:
    scene = _as_set(apply_sentences(commands), kind)
    thing = next(o for o in scene.objects if o.type == kind)
    bodies = {c.object_id for c in scene.characters}
    x, _y, z = thing.transform.position
    assert _blocked(scene, x, z, 0.2, bodies)
    assert not _blocked(scene, x + 6.0, z + 6.0, 0.2, bodies)


def test_a_rug_is_stood_on() -> None:
    scene = _as_set(apply_sentences(["add a man named Tom", "add a rug 3 meters behind Tom"]), "rug")
    rug = next(o for o in scene.objects if o.type == "rug")
    assert not _blocked(scene, rug.transform.position[0], rug.transform.position[2], 0.2,
                        {c.object_id for c in scene.characters})
