"""A thing larger than the frame is seen where a good part of it fills the picture (the trunk of the tree beside a
girl, the side of a car by its mechanic, its middle up in the crown or past the frame's edge), and is neither off
screen nor a cut body; a sliver of it at the edge, or the same thing far away and small, is not seen."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.cinema.frame_faults import look
from autark.cinema.states import SceneStates
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform

W, H = 1280, 720


def _scene(thing: str, at: tuple[float, float, float], cam: tuple[tuple[float, float, float], tuple[float, float, float]],
           heading: float = 0.0) -> tuple[Scene, SceneObject]:
    spec = library.get(thing)
    obj = SceneObject(id="thing", name=thing, type=thing, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                      transform=Transform(position=at, rotation=(0.0, heading, 0.0)))
    girl_spec = library.get("humanoid")
    girl = SceneObject(id="girl", name="Girl", type="humanoid", bounds_min=girl_spec.bounds_min,
                       bounds_max=girl_spec.bounds_max, transform=Transform(position=(0.0, 0.0, 0.0)))
    scene = Scene(objects=[girl, obj], characters=[Character(id="girl", name="Girl", object_id="girl")],
                  cameras=[Camera(name="cam", position=cam[0], target=cam[1], fov=40.0)])
    return scene, obj


def _look(scene: Scene, obj: SceneObject):  # noqa: ANN202 - a FrameLook
    return look(obj, SceneStates(scene).points(0.0, obj), scene.cameras[0], W / H)


# a medium of the girl from 2.5 m at her chest: the frame spans 1.8 m high, 3.2 m wide where she stands
MEDIUM = ((0.0, 1.2, 2.5), (0.0, 1.2, 0.0))


@pytest.mark.parametrize(("thing", "at", "heading"), [
    ("tree", (1.9, 0.0, -0.5), 0.0),  # its trunk beside her, its middle 2.5 m up in the crown
    ("tree", (-2.2, 0.0, -1.0), 0.0),  # on her other side, a little further back
    ("car", (1.6, 0.0, 0.0), 0.0),  # the car's side beside her, its length past the frame's edge
    ("bus", (-7.0, 0.0, -7.0), 90.0),  # a bus across the street behind her, its middle past the left edge
    ("truck", (5.5, 0.0, -6.0), 90.0),
])
def test_a_big_thing_filling_part_of_the_frame_is_seen_whole_enough(thing: str, at: tuple[float, float, float],
                                                                      heading: float) -> None:
    scene, obj = _scene(thing, at, MEDIUM, heading)
    lk = _look(scene, obj)
    assert lk.seen and not lk.cut


@pytest.mark.parametrize(("thing", "at"), [
    ("tree", (4.6, 0.0, 0.0)),  # a sliver of crown and trunk at the right edge
    ("car", (-3.7, 0.0, 0.0)),  # its far side only, out past the left edge
])
def test_a_sliver_of_a_big_thing_at_the_edge_is_not_seen(thing: str, at: tuple[float, float, float]) -> None:
    scene, obj = _scene(thing, at, MEDIUM)
    assert not _look(scene, obj).seen


def test_a_big_thing_far_behind_and_small_is_seen_by_its_middle_as_any_thing() -> None:
    scene, obj = _scene("tree", (0.0, 0.0, -60.0), MEDIUM)  # whole in the frame, a tenth of its height
    assert _look(scene, obj).seen
