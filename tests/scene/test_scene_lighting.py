"""Evaluation rules that live in the scene: an unlit scene is seen in daylight, and the scene's evaluation
knows nothing of character motion (``autark.motion.evaluate_scene`` adds it)."""

from __future__ import annotations

from autark.assets.lighting import preset
from autark.motion import evaluate_scene
from autark.scene.evaluate import evaluate
from autark.scene.model import Light, Scene, SceneObject


def test_an_unlit_scene_is_evaluated_in_daylight_and_a_lit_one_keeps_its_lights() -> None:
    unlit = Scene(objects=[SceneObject(id="obj1", name="cube", type="cube")])
    state = evaluate(unlit, 1.0)
    assert [lt.model_dump() for lt in state.lights] == [lt.model_dump() for lt in preset("daylight").build()]
    assert unlit.lights == []  # the scene itself stays unlit: the rule is the evaluation's
    lamp = Light(name="lamp", type="point", position=(0.0, 2.0, 0.0), intensity=3.0)
    lit = Scene(objects=unlit.objects, lights=[lamp])
    assert evaluate(lit, 1.0).lights == [lamp]
    assert evaluate_scene(unlit, 1.0).lights == state.lights


def test_only_the_motion_evaluation_poses_bodies() -> None:
    scene = Scene(objects=[SceneObject(id="obj1", name="bob", type="humanoid")], lights=[Light(name="sun")])
    assert evaluate(scene, 1.0).objects[0].pose == {}
    assert set(evaluate_scene(scene, 1.0).objects[0].pose) >= {"spine", "upper_leg_l", "jaw"}  # idling
