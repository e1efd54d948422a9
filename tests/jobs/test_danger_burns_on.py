"""A house on fire with someone inside (story.perils) burns on past its opening shot, through the rescue, and is
charred only after (jobs.effects.LONG_BURN_S); a short burn still ends in its own shot."""

from __future__ import annotations

import pytest

from autark.jobs.effects import LONG_BURN_S, effect_ops
from autark.language import interpret
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.scene import Scene
from autark.story.effects import Effect


def _house_scene() -> tuple[Scene, str]:
    scene = Scene()
    for s in ("add a girl named Mia", "add a house 6 metres behind Mia"):
        scene = apply_ops(scene, interpret(s, scene))
    scene = scene.model_copy(update={"settings": scene.settings.model_copy(update={"duration_s": 30.0})})
    return scene, next(o.id for o in scene.objects if o.type == "house")


def _colour(scene: Scene, oid: str, t: float) -> tuple[float, ...]:
    return tuple(float(c) for c in evaluate_scene(scene, t).object(oid).material.color)


@pytest.mark.parametrize(("duration_s", "charred_by_s"), [(12.0, 13.0), (3.0, 4.0)])
def test_a_long_burn_runs_past_its_shot(duration_s: float, charred_by_s: float) -> None:
    scene, oid = _house_scene()
    own = _colour(scene, oid, 0.0)
    eff = Effect(kind="burn", target="house", at_s=0.8, duration_s=duration_s)
    scene = apply_ops(scene, effect_ops(scene, [eff], 0.0, 4.5, lambda w: oid if w == "house" else None, [], "shot 1"))
    from autark.jobs.changes import CHAR_COLOR

    def charred(t: float) -> bool:
        return max(abs(a - b) for a, b in zip(_colour(scene, oid, t), CHAR_COLOR, strict=True)) < 0.02

    assert _colour(scene, oid, 0.5) == pytest.approx(own)  # whole before the fire
    if duration_s >= LONG_BURN_S:
        assert not charred(4.5) and not charred(10.0)  # still burning at the end of its shot and during the rescue
    assert charred(charred_by_s)
    flames = [o for o in scene.objects if o.id.startswith(f"{oid}_burn")]
    assert flames  # flames rise off it


def test_a_burning_building_has_flames_at_its_front_not_only_on_its_roof() -> None:
    from autark.scene.geometry import world_bbox

    scene, oid = _house_scene()
    box = world_bbox(scene.object(oid))
    eff = Effect(kind="burn", target="house", at_s=0.8, duration_s=12.0)
    scene = apply_ops(scene, effect_ops(scene, [eff], 0.0, 4.5, lambda w: oid if w == "house" else None, [], "shot 1"))
    front = []
    for t in (3.0, 6.0, 9.0):
        state = evaluate_scene(scene, t)
        front += [o.id for o in state.objects if o.id.startswith(f"{oid}_burn") and o.visible
                  and o.transform.position[2] > float(box.max[2]) - 0.1
                  and o.transform.position[1] < float(box.min[1]) + 0.7 * float(box.max[1] - box.min[1])]
    assert len(front) >= 6  # flames at door and window height, where a shot of those at its door sees them
