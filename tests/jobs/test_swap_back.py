"""A swap made back (a spell undone, ``story.spells_undone``) keeps the first swap's keys: the prince is seen
before the spell, the frog between, the prince again after, each at its own size (``jobs.effects``)."""

from __future__ import annotations

from autark.jobs.effects import SWAP_S, transform_ops
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.ops import apply_ops


def test_the_prince_comes_back_at_his_size() -> None:
    scene = apply_sentences(["add a man named Ben", "add a frog named Fro 1 m right of Ben"])
    ben = next(o.id for o in scene.objects if o.name == "Ben")
    frog = next(o.id for o in scene.objects if o.name == "Fro")
    scene = apply_ops(scene, transform_ops(scene, ben, frog, 2.0))
    scene = apply_ops(scene, transform_ops(scene, frog, ben, 6.0))
    seen = {t: (evaluate_scene(scene, t).object(ben), evaluate_scene(scene, t).object(frog)) for t in (1.0, 4.0, 8.0)}
    assert seen[1.0][0].visible and not seen[1.0][1].visible
    assert not seen[4.0][0].visible and seen[4.0][1].visible
    assert seen[8.0][0].visible and not seen[8.0][1].visible
    size = scene.object(ben).transform.scale
    assert abs(seen[8.0][0].transform.scale[1] - size[1]) < 1e-6  # his own size, not the nothing he shrank to
    assert 6.0 + SWAP_S < 8.0
