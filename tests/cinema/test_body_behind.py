"""One person lined up behind another (``frame_faults`` "stacked"), on hand-made scenes: the pirate in the back of a
rowing boat, his face over the shoulders of the one in front and nothing of him below it, seen from a raised camera
(the heads' discs apart, the old test's blind spot), is a stack; the two side by side, or the one behind standing
well clear to the side, is not."""

from __future__ import annotations

from autark.assets import library
from autark.cinema.frame_faults import look_all
from autark.cinema.states import SceneStates
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _looks(places: dict[str, tuple[float, float]], cam_pos: tuple[float, float, float]) -> dict:
    spec = library.get("humanoid")
    objects = [SceneObject(id=oid, name=oid, type="humanoid", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                           transform=Transform(position=(x, 0.0, z))) for oid, (x, z) in places.items()]
    scene = Scene(objects=objects, characters=[Character(id=o.id, name=o.name, object_id=o.id) for o in objects])
    states = SceneStates(scene)
    _state, solid, _b, _o = states.at(0.0)
    cam = Camera(name="c", position=cam_pos, target=(0.0, 1.0, -0.6), fov=40.0)
    return look_all([(o.id, states.points(0.0, o)) for o in solid], cam, 16 / 9)


def test_one_behind_the_other_in_line_is_stacked_though_the_heads_stand_apart() -> None:
    looks = _looks({"front": (0.0, 0.0), "back": (0.0, -1.2)}, (0.0, 3.2, 5.0))
    assert looks["back"].stacked and not looks["front"].stacked


def test_side_by_side_or_clear_to_the_side_is_no_stack() -> None:
    assert not any(lk.stacked for lk in _looks({"a": (-0.5, 0.0), "b": (0.5, 0.0)}, (0.0, 3.2, 5.0)).values())
    assert not any(lk.stacked for lk in _looks({"front": (0.0, 0.0), "back": (1.0, -1.2)},
                                               (0.0, 3.2, 5.0)).values())
