"""A figure's own hand or forearm between the lens and its face hides the face in a close shot
(``cinema.own_hands``), and the shot's measures count its subject hidden there; a camera in front of a body whose
arms hang at its sides, or a wide, sees the face."""

from __future__ import annotations

import numpy as np

from autark.assets import library
from autark.cinema.boxes import bone_part_boxes, part_world_boxes
from autark.cinema.figures import subject_points
from autark.cinema.own_hands import hands_before_face
from autark.scene.model import Camera, SceneObject, Transform


def _man() -> SceneObject:
    spec = library.get("man")
    return SceneObject(id="man", name="Man", type="man", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(0.0, 0.0, 0.0)))


def _head_and_hand(man: SceneObject) -> tuple[np.ndarray, np.ndarray]:
    head = subject_points(man)[1]["head"]
    bones = [b for b, _box in bone_part_boxes("man")]
    box = part_world_boxes(man)[bones.index("hand_r")]
    return head, (box[:3] + box[3:]) / 2


def _cam_through(head: np.ndarray, via: np.ndarray, k: float) -> Camera:
    pos = head + (via - head) * k
    return Camera(name="cam", position=tuple(float(x) for x in pos), target=tuple(float(x) for x in head), fov=30.0)


def test_a_camera_beyond_the_hand_on_the_line_to_the_face_is_blocked_in_a_close_shot() -> None:
    man = _man()
    head, hand = _head_and_hand(man)
    cam = _cam_through(head, hand, 2.5)  # the hand halfway between the lens and the face
    assert hands_before_face(man, head, cam, "close-up")
    assert hands_before_face(man, head, cam, "medium")
    assert not hands_before_face(man, head, cam, "wide")  # a gesture in a wide hides no face worth a shot


def test_a_camera_in_front_of_hanging_arms_sees_the_face() -> None:
    man = _man()
    head, _hand = _head_and_hand(man)
    cam = Camera(name="cam", position=(0.0, float(head[1]), 1.5), target=tuple(float(x) for x in head), fov=30.0)
    assert not hands_before_face(man, head, cam, "close-up")


def test_a_thing_without_hands_never_hides_its_own_face() -> None:
    spec = library.get("table")
    table = SceneObject(id="t", name="Table", type="table", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)
    cam = Camera(name="cam", position=(0.0, 1.0, 2.0), target=(0.0, 0.5, 0.0), fov=30.0)
    assert not hands_before_face(table, np.array([0.0, 0.5, 0.0]), cam, "close-up")


def _held_blade_scene(blade_x: float):
    from autark.scene.model import Character, Scene

    man = _man()
    head = subject_points(man)[1]["head"]
    spec = library.get("sword")
    # a blade held upright a hand's breadth before the face, its tip a little under the head's centre (where the
    # centre ray and the side rays pass over and beside it, and only the eyes' and the mouth's rays meet it)
    h = float(spec.bounds_max[1] - spec.bounds_min[1])
    sword = SceneObject(id="sword", name="Sword", type="sword", bounds_min=spec.bounds_min,
                        bounds_max=spec.bounds_max,
                        transform=Transform(position=(blade_x, float(head[1]) - 0.02 - h, 0.35)))
    return Scene(objects=[man, sword], characters=[Character(id="man", name="Man", object_id="man")],
                 cameras=[Camera(name="cam", position=(0.0, float(head[1]), 1.4),
                                 target=tuple(float(x) for x in head), fov=30.0)])


def test_a_blade_held_across_the_face_hides_it_in_a_close_shot() -> None:
    from autark.cinema import measure_shot

    hidden = measure_shot(_held_blade_scene(0.0), "cam", 0.0, 2.0, ["man"])
    aside = measure_shot(_held_blade_scene(0.6), "cam", 0.0, 2.0, ["man"])
    assert hidden.occluded_pct > 50.0, hidden.occluded_pct
    assert aside.occluded_pct == 0.0, aside.occluded_pct
