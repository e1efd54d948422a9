"""A body hidden behind the set though its face shows (``cinema.measure``): a man behind a garden wall up to his
collar, his head over it, reads to the eye as hidden behind the wall, where the rays to his head alone passed; the
same man before the wall, or behind a low fence that leaves his chest in view, is seen."""

from __future__ import annotations

from autark.assets import library
from autark.cinema import measure_shot
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _scene(wall_top_m: float, wall_z: float) -> Scene:
    spec = library.get("humanoid")
    man = SceneObject(id="man", name="Man", type="humanoid", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                      transform=Transform(position=(0.0, 0.0, 0.0)))
    wall = SceneObject(id="wall", name="wall", type="cube", bounds_min=(-2.0, 0.0, -0.1),
                       bounds_max=(2.0, wall_top_m, 0.1), transform=Transform(position=(0.0, 0.0, wall_z)))
    return Scene(objects=[man, wall], characters=[Character(id="man", name="Man", object_id="man")],
                 cameras=[Camera(name="cam", position=(0.0, 1.5, 6.0), target=(0.0, 1.0, 0.0), fov=40.0)])


def _occluded(wall_top_m: float, wall_z: float) -> float:
    return measure_shot(_scene(wall_top_m, wall_z), "cam", 0.0, 1.0, ["man"]).occluded_pct


def test_a_man_behind_a_wall_to_his_collar_is_hidden_though_his_head_shows() -> None:
    assert _occluded(1.45, 1.0) == 100.0


def test_before_the_wall_or_behind_a_low_fence_he_is_seen() -> None:
    assert _occluded(1.45, -1.0) == 0.0
    assert _occluded(0.6, 1.0) == 0.0
