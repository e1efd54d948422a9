"""Camera moves given by commands keep clear of the scene: a dolly toward someone stops before them, a dolly
never ends inside a wall, a follow keeps the framing it starts with."""

from __future__ import annotations

from pathlib import Path

import pytest

from autark.assets import library
from autark.cinema import measure_shot, rules
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.ops import camera_moves as cm
from autark.scene.model import Camera, Scene, SceneObject, Transform
from autark.scene.timeline import Action
from autark.studio import Studio


def _robo(studio: Studio) -> str:
    return next(o.id for o in studio.scene.objects if o.name == "Robo")


@pytest.mark.parametrize("sentence", ["the camera dollies toward Robo for 4 seconds",
                                      "the camera dollies 20 meters toward Robo in 4 seconds",
                                      "die Kamera fährt in 4 Sekunden auf Robo zu"])
def test_a_dolly_toward_someone_stops_before_them(tmp_path: Path, sentence: str) -> None:
    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a robot named Robo")
        studio.do(sentence)
        scene, robo = studio.scene, _robo(studio)
    cam = scene.active_camera
    m = measure_shot(scene, cam, 0.0, 4.0, [robo])
    assert m.clearance_m >= rules.MIN_CLEARANCE_M - 0.02 and m.inside_pct == 0, m.problems
    start, end = evaluate_scene(scene, 0.0).camera(cam), evaluate_scene(scene, 4.0).camera(cam)
    assert end.position[2] < start.position[2] - 3.0  # it did move in, a long way
    assert m.subjects_visible_pct > 50  # Robo stays in the picture


def _scene_with_wall() -> Scene:
    wall = library.get("wall")
    return Scene(objects=[SceneObject(id="w", name="wall", type="wall", bounds_min=wall.bounds_min,
                                      bounds_max=wall.bounds_max, transform=Transform(position=(0.0, 0.0, 2.0)))],
                 cameras=[Camera(name="main", position=(0.0, 1.5, 8.0), target=(0.0, 1.5, 0.0))])


def test_a_dolly_stops_short_of_a_wall_in_its_way() -> None:
    scene = _scene_with_wall()
    out = apply_ops(scene, cm.dolly(scene, "main", 7.0, 0.0, 3.0))
    end = evaluate_scene(out, 3.0).camera("main").position
    assert end[2] == pytest.approx(2.075 + rules.MIN_CLEARANCE_M, abs=0.15)  # the wall's face is at z = 2.075
    back = apply_ops(scene, cm.dolly(scene, "main", -2.0, 0.0, 3.0))  # away from it: the full way
    assert evaluate_scene(back, 3.0).camera("main").position[2] == pytest.approx(10.0)


def test_a_follow_keeps_the_framing_it_starts_with() -> None:
    spec = library.get("humanoid")
    body = SceneObject(id="a", name="Ann", type="humanoid", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)
    scene = Scene(objects=[body])
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [
        Action(object_id="a", kind="walk", start_s=0.0, end_s=3.0, target=(4.0, 0.0, 0.0))]})})
    scene = apply_ops(scene, [op for op in cm.cut(scene, 0.0, "med", "a", size="medium", end_s=3.0)
                              if type(op).__name__ != "SetTimeline"])
    aim0 = evaluate_scene(scene, 0.0).camera("med").target
    followed = apply_ops(scene, cm.follow(scene, "med", "a", 0.0, 3.0))
    aim = evaluate_scene(followed, 3.0).camera("med").target
    assert aim[1] == pytest.approx(aim0[1], abs=0.01) and aim[0] > aim0[0] + 3.0  # the waist-up aim, moved on
    assert measure_shot(followed, "med", 0.0, 3.0, ["a"]).head_cut_pct == 0
