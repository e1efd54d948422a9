"""A vehicle is seen through its own crew: the driver at the wheel of a bus is no wall in front of the bus (a shot of
the bus with her in it was failed as hidden), while she is seen as the bus she rides in; a stranger standing before
the bus still hides it."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.cinema import measure_shot
from autark.cinema.aboard import carrier, riders
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _obj(oid: str, kind: str, x: float, y: float, z: float) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, y, z)))


@pytest.mark.parametrize("kind", ["bus", "car", "truck", "rocket"])
def test_the_crew_does_not_hide_its_vehicle(kind: str) -> None:
    spec = library.get(kind)
    mid_y = (spec.bounds_max[1] - spec.bounds_min[1]) / 2 - 0.9  # her middle at the vehicle's middle
    vehicle = _obj("ride", kind, 0.0, 0.0, 0.0)
    driver = _obj("driver", "woman", 0.0, max(0.0, mid_y), 0.0)
    scene = Scene(objects=[vehicle, driver], characters=[Character(id="driver", name="D", object_id="driver")],
                  cameras=[Camera(name="cam", position=(0.0, spec.bounds_max[1] / 2, 2.5 * max(spec.bounds_max)),
                                  target=(0.0, spec.bounds_max[1] / 2, 0.0), fov=40.0)])
    assert riders(vehicle, scene.objects, {"driver"}) == {"driver"}
    assert carrier(driver, scene.objects, {"driver"}) is vehicle
    m = measure_shot(scene, "cam", 0.0, 1.0, ["ride"], width=320, height=180)
    assert m.occluded_pct == 0.0 and m.subjects_visible_pct == 100.0
    assert measure_shot(scene, "cam", 0.0, 1.0, ["driver"], width=320, height=180).subjects_visible_pct == 100.0


def test_one_standing_outside_is_no_rider() -> None:
    bus = _obj("bus", "bus", 0.0, 0.0, 0.0)
    man = _obj("man", "man", 3.0, 0.0, 0.0)
    assert riders(bus, [bus, man], {"man"}) == set()
    assert carrier(man, [bus, man], {"man"}) is None
