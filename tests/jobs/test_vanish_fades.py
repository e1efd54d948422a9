"""One who vanishes (a ghost, a passenger, a rabbit in a trick) is seen to fade out over the moment before they are
gone (jobs.presence), and is rendered fainter while fading; a guest who comes is not faded."""

from __future__ import annotations

import numpy as np
import pytest

from autark.jobs.presence import FADE_S, presence_ops
from autark.language import interpret
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.scene import Scene


def _scene() -> tuple[Scene, str]:
    scene = Scene()
    scene = apply_ops(scene, interpret("add a ghost named Bo", scene))
    return scene, next(o.id for o in scene.objects if o.name == "Bo")


def test_one_who_vanishes_fades_then_is_gone() -> None:
    scene, oid = _scene()
    scene = apply_ops(scene, presence_ops(scene, oid, "vanish", 3.0))
    alpha = [float(evaluate_scene(scene, t).object(oid).material.opacity) for t in (1.0, 2.4, 2.7, 2.95)]
    assert alpha[0] == pytest.approx(1.0)
    assert alpha[0] > alpha[1] > alpha[2] > alpha[3]  # fading over the moment before
    assert alpha[2] < 0.6
    assert evaluate_scene(scene, 1.0).object(oid).visible and not evaluate_scene(scene, 3.1).object(oid).visible
    assert 3.0 - FADE_S >= 2.0


def test_one_who_comes_is_not_faded() -> None:
    scene, oid = _scene()
    scene = apply_ops(scene, presence_ops(scene, oid, "appear", 2.0))
    assert float(evaluate_scene(scene, 3.0).object(oid).material.opacity) == pytest.approx(1.0)


def test_the_fading_one_renders_fainter(tmp_path) -> None:
    pytest.importorskip("moderngl")
    from PIL import Image

    from autark.render import Renderer, render_still

    scene, oid = _scene()
    scene = apply_ops(scene, interpret("add a camera 4 metres in front of Bo looking at Bo", scene))
    scene = apply_ops(scene, presence_ops(scene, oid, "vanish", 3.0))
    r = Renderer(width=160, height=90)
    try:
        shots = {t: np.asarray(Image.open(render_still(evaluate_scene(scene, t), tmp_path / f"{t}.png", width=160,
                                                       height=90, renderer=r)).convert("RGB"), float)
                 for t in (1.0, 2.7, 3.2)}
    finally:
        r.release()
    seen_whole = np.abs(shots[1.0] - shots[3.2]).sum()
    seen_faint = np.abs(shots[2.7] - shots[3.2]).sum()
    assert seen_whole > 0 and seen_faint < 0.7 * seen_whole


def test_one_who_runs_off_as_they_vanish_fades_on_the_way() -> None:
    from autark.jobs.effects import effect_ops
    from autark.story.effects import Effect

    scene, oid = _scene()
    scene = apply_ops(scene, interpret("Bo runs 6 metres to the right", scene))
    run = next(a for a in scene.timeline.actions if a.object_id == oid)
    eff = Effect(kind="vanish", target="Bo", at_s=0.2)
    scene = apply_ops(scene, effect_ops(scene, [eff], 0.0, 8.0, lambda w: oid if w == "Bo" else None, [], "shot 1"))
    assert evaluate_scene(scene, run.start_s + 0.1).object(oid).visible  # off on the way first, not gone at 0.2 s
    assert not evaluate_scene(scene, run.end_s).object(oid).visible
