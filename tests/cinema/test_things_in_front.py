"""A thing between the camera and the shot's subject (a tree trunk, a cactus, a table before a low camera) counts
as foreground like a body does, and is named for it; what stands behind or beside her, the set's walls and what
she holds do not."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.cinema import measure_shot, rules
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _obj(oid: str, kind: str, x: float, z: float, parent: str | None = None) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z)), parent=parent)


def _measure(*things: SceneObject, cam_y: float = 1.55) -> tuple[float, list[str]]:
    # a woman at the origin, the camera 5 m in front of her
    woman = _obj("woman", "woman", 0.0, 0.0)
    scene = Scene(objects=[woman, *things], characters=[Character(id="woman", name="Woman", object_id="woman")],
                  cameras=[Camera(name="cam", position=(0.0, cam_y, 5.0), target=(0.0, cam_y - 0.1, 0.0),
                                  fov=40.0)])
    m = measure_shot(scene, "cam", 0.0, 2.0, ["woman"], width=320, height=180)
    return m.foreground_pct, m.fault_who.get("foreground", [])


@pytest.mark.parametrize(("kind", "z", "cam_y"), [("tree", 2.5, 1.55), ("cactus", 3.6, 1.55),
                                                  ("table", 3.8, 1.0),
                                                  ("sofa", 3.9, 0.8), ("barrel", 4.1, 0.8)])
def test_a_thing_before_her_fills_the_foreground(kind: str, z: float, cam_y: float) -> None:
    pct, who = _measure(_obj("thing", kind, 0.0, z), cam_y=cam_y)
    assert pct > rules.MAX_FOREGROUND_PCT
    assert who == ["thing"]


@pytest.mark.parametrize(("kind", "x", "z"), [("tree", 0.0, -2.0), ("chair", 0.0, -0.5), ("wall", 0.0, -1.0),
                                              ("cactus", 3.5, 2.5), ("table", 0.0, 0.1), ("bush", -4.0, 3.0)])
def test_what_stands_behind_or_beside_her_is_no_foreground(kind: str, x: float, z: float) -> None:
    pct, who = _measure(_obj("thing", kind, x, z))
    assert pct <= rules.MAX_FOREGROUND_PCT and who == []


def test_the_shell_and_what_she_holds_are_no_foreground() -> None:
    wall = _obj("wall", "wall", 0.0, 3.5)  # a set's wall, had it stood there, is the place, not a prop
    assert _measure(wall)[1] == []
    held = _obj("crate", "barrel", 0.0, 4.1, parent="woman")
    assert _measure(held, cam_y=0.8)[1] == []


def test_a_thing_that_fills_little_of_the_frame_passes() -> None:
    pct, who = _measure(_obj("lamp", "street_lamp", 0.0, 1.0))
    assert pct <= rules.MAX_FOREGROUND_PCT and who == []
