"""What the shot measure reads is what will be seen: a still camera does not whip when its subject jumps (a
rider leaping into the saddle between two samples read as a held wide moving 25 m/s), and a part made of a few
separate bodies (a spaceship's hull, wings and fin) hides what is behind its bodies, not the air between them
(an astronaut repairing the ship beside its hull was measured buried in it, every camera before her inside it)."""

from __future__ import annotations

import numpy as np

from autark.assets import library
from autark.cinema import measure_shot
from autark.cinema.boxes import part_boxes, points_in
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Keyframe, Track


def _obj(oid: str, kind: str, x: float = 0.0, z: float = 0.0, name: str = "") -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=name or kind, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z)))


def _scene(*objects: SceneObject, camera: Camera, tracks: list[Track] | None = None) -> Scene:
    chars = [Character(id=o.name.lower(), name=o.name, object_id=o.id) for o in objects if o.type == "humanoid"]
    scene = Scene(objects=list(objects), characters=chars, cameras=[camera])
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"tracks": tracks or []})})


def test_a_still_camera_does_not_whip_when_its_subject_jumps() -> None:
    jump = [Track(target="object:a.transform.position", keyframes=[
        Keyframe(time_s=0.0, value=(-1.5, 0.0, 0.0), easing="hold"),
        Keyframe(time_s=1.0, value=(1.5, 0.0, 0.0), easing="hold")])]
    still = Camera(name="main", position=(0.0, 1.5, 7.0), target=(0.0, 1.0, 0.0), fov=40.0)
    scene = _scene(_obj("a", "humanoid", name="Ann"), camera=still, tracks=jump)
    m = measure_shot(scene, "main", 0.0, 2.0, ["a"])
    assert m.max_relative_speed_m_s == 0.0 and "whip" not in {p.code for p in m.problems}, m.to_dict()
    # a camera that itself rushes past a still subject still whips
    rush = [Track(target="camera:main.position", keyframes=[
        Keyframe(time_s=0.0, value=(-6.0, 1.5, 7.0), easing="linear"),
        Keyframe(time_s=1.0, value=(6.0, 1.5, 7.0), easing="linear")])]
    scene = _scene(_obj("a", "humanoid", name="Ann"), camera=still, tracks=rush)
    m = measure_shot(scene, "main", 0.0, 1.0, ["a"])
    assert "whip" in {p.code for p in m.failures}, m.to_dict()


def test_a_spaceship_blocks_views_with_its_hull_wings_and_fin_not_the_air_over_its_wings() -> None:
    boxes = part_boxes("spaceship")
    assert boxes is not None and len(boxes) >= 4
    above_wing = np.array([[2.9, 1.63, -1.0]])  # a head over the wing, beside the hull (the ship's own space)
    assert not points_in(boxes, above_wing).any()
    assert points_in(boxes, np.array([[0.0, 1.2, 0.0]])).any()  # the hull's middle is the ship's
    # an astronaut standing there is seen by a camera in front of her, outside the ship
    ship = _obj("s", "spaceship")
    anna = _obj("a", "humanoid", x=2.9, z=-0.9, name="Anna")
    cam = Camera(name="main", position=(3.6, 1.5, 2.5), target=(2.9, 1.3, -0.9), fov=40.0)
    m = measure_shot(_scene(ship, anna, camera=cam), "main", 0.0, 1.0, ["a"])
    assert m.subjects_visible_pct == 100.0 and m.inside_pct == 0.0, m.to_dict()


def test_in_an_insert_a_body_between_the_camera_and_the_thing_is_foreground_but_the_one_by_it_is_not() -> None:
    cup = _obj("c", "cup", x=0.0, z=0.0)
    tom = _obj("t", "humanoid", x=0.0, z=-0.45, name="Tom")  # behind the cup, at his feet: he belongs in it
    eva = _obj("e", "humanoid", x=0.0, z=1.1, name="Eva")  # between the camera and the cup
    cam = Camera(name="main", position=(0.0, 0.6, 2.2), target=(0.0, 0.3, 0.0), fov=40.0)
    m = measure_shot(_scene(cup, tom, camera=cam), "main", 0.0, 1.0, ["c"])
    assert m.foreground_pct == 0.0, m.to_dict()
    m = measure_shot(_scene(cup, tom, eva, camera=cam), "main", 0.0, 1.0, ["c"])
    assert m.foreground_pct > 25.0 and "foreground" in {p.code for p in m.failures}, m.to_dict()
