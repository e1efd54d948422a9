"""The set's dressing between a shot's camera and its subject is named, so that the planner may take it out of the
set (a haystack before the farmer, a bush before the girl); the set's walls, what the story's cast acts on and what
is kept stay, and dressing beside the line of sight is no blocker."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.cinema.blockers import dressing_in_the_way
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Timeline


def _obj(oid: str, kind: str, x: float, z: float, tag: str = "") -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z)), tag=tag)


def _scene(*things: SceneObject, actions: list[Action] | None = None) -> Scene:
    # a woman at the origin, the camera 5 m in front of her at eye height
    woman = _obj("woman", "woman", 0.0, 0.0)
    return Scene(objects=[woman, *things], characters=[Character(id="woman", name="Woman", object_id="woman")],
                 cameras=[Camera(name="cam", position=(0.0, 1.55, 5.0), target=(0.0, 1.5, 0.0), fov=40.0)],
                 timeline=Timeline(actions=actions or []))


@pytest.mark.parametrize("kind", ["haystack", "bush", "barrel", "rock"])
def test_dressing_before_her_face_is_in_the_way(kind: str) -> None:
    spec = library.get(kind)
    # raised to her eye line where it is low (a rock on a stack): the ray to her head passes through it
    thing = _obj("thing", kind, 0.0, 2.5, tag="setting")
    lift = max(0.0, 1.55 - spec.bounds_max[1] + 0.1)
    thing.transform = Transform(position=(0.0, lift, 2.5))
    assert dressing_in_the_way(_scene(thing), "cam", 0.0, 2.0, ["woman"]) == ["thing"]


def test_dressing_beside_the_line_of_sight_is_not() -> None:
    assert dressing_in_the_way(_scene(_obj("stack", "haystack", 3.0, 2.5, tag="setting")), "cam", 0.0, 2.0,
                               ["woman"]) == []


def test_a_wall_a_story_prop_and_what_is_acted_on_stay() -> None:
    wall = _obj("wall", "wall", 0.0, 2.5, tag="setting")
    assert dressing_in_the_way(_scene(wall), "cam", 0.0, 2.0, ["woman"]) == []
    prop = _obj("stack", "haystack", 0.0, 2.5)  # the idea's own haystack: no dressing
    assert dressing_in_the_way(_scene(prop), "cam", 0.0, 2.0, ["woman"]) == []
    acted = _obj("stack", "haystack", 0.0, 2.5, tag="setting")
    walk = Action(object_id="woman", kind="walk", start_s=0.0, end_s=1.0, target_object="stack")
    assert dressing_in_the_way(_scene(acted, actions=[walk]), "cam", 0.0, 2.0, ["woman"]) == []
    assert dressing_in_the_way(_scene(_obj("stack", "haystack", 0.0, 2.5, tag="setting")), "cam", 0.0, 2.0,
                               ["woman"], keep=["stack"]) == []
