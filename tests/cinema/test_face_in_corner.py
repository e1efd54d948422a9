"""A face in the frame's corner over nothing of its body (``frame_faults``: cut): the pupil's head in the lower
corner of his teacher's medium read to the eye as a person cut by the frame, where the old test saw a head inside
the picture and passed it. A face in the middle of a close-up, or each of two heads of a medium two-shot, is no
cut."""

from __future__ import annotations

from autark.assets import library
from autark.cinema.boxes import project
from autark.cinema.frame_faults import look_all
from autark.cinema.states import SceneStates
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _looks(places: dict[str, float], cam: Camera) -> tuple[dict, dict]:
    spec = library.get("humanoid")
    objects = [SceneObject(id=oid, name=oid, type="humanoid", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                           transform=Transform(position=(x, 0.0, 0.0))) for oid, x in places.items()]
    scene = Scene(objects=objects, characters=[Character(id=o.id, name=o.name, object_id=o.id) for o in objects])
    states = SceneStates(scene)
    _state, solid, _b, _o = states.at(0.0)
    items = [(o.id, states.points(0.0, o)) for o in solid]
    heads = {oid: project(cam, 16 / 9, pts[1]["head"][None])[0] for oid, pts in items}
    return look_all(items, cam, 16 / 9), heads


def test_a_head_in_the_lower_corner_over_nothing_of_its_body_is_cut() -> None:
    cam = Camera(name="c", position=(-0.65, 1.75, 1.5), target=(-0.65, 2.05, 0.0), fov=40.0)
    looks, heads = _looks({"pupil": 0.0}, cam)
    assert 0.65 < heads["pupil"][0] < 0.8 and -1.0 < heads["pupil"][1] < -0.5  # in the corner, inside the frame
    assert looks["pupil"].cut


def test_a_close_up_s_face_or_a_two_shot_s_heads_are_no_cut() -> None:
    close, _h = _looks({"ann": 0.0}, Camera(name="c", position=(0.0, 1.6, 0.9), target=(0.0, 1.55, 0.0), fov=40.0))
    assert not close["ann"].cut
    two, heads = _looks({"ann": -0.5, "bob": 0.5}, Camera(name="c", position=(0.0, 1.5, 2.6), target=(0.0, 1.3, 0.0),
                                                          fov=40.0))
    assert all(abs(h[0]) < 0.65 for h in heads.values()) and not any(lk.cut for lk in two.values())
