"""A wide that shows its subject's back (the camera more than 100 degrees from where she faces) for most of a shot
over 2 s fails as "back", so the planner takes another angle; a short one, a profile, a face and an
over-the-shoulder shot pass."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.cinema import measure_shot
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _scene(heading_deg: float) -> Scene:
    # a man at the origin seen whole from 9 m in front (+Z); heading 0 faces the camera, 180 turns his back to it
    spec = library.get("man")
    man = SceneObject(id="man", name="Man", type="man", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                      transform=Transform(position=(0.0, 0.0, 0.0), rotation=(0.0, heading_deg, 0.0)))
    friend = SceneObject(id="friend", name="Friend", type="woman", bounds_min=spec.bounds_min,
                         bounds_max=spec.bounds_max, transform=Transform(position=(0.4, 0.0, 8.2)))
    return Scene(objects=[man, friend], characters=[Character(id="man", name="Man", object_id="man")],
                 cameras=[Camera(name="cam", position=(0.0, 1.6, 9.0), target=(0.0, 1.0, 0.0), fov=40.0)])


def _back(heading: float, end_s: float = 3.0, foreground: tuple[str, ...] = ()) -> bool:
    m = measure_shot(_scene(heading), "cam", 0.0, end_s, ["man"], width=320, height=180, foreground=foreground)
    assert m.framing == "wide"
    return any(p.code == "back" for p in m.failures)


@pytest.mark.parametrize("heading", [180.0, 135.0, -130.0])
def test_a_back_held_in_a_wide_fails(heading: float) -> None:
    assert _back(heading)


@pytest.mark.parametrize("heading", [0.0, 45.0, -80.0, 95.0])
def test_a_face_or_a_profile_in_a_wide_passes(heading: float) -> None:
    assert not _back(heading)


def test_a_short_look_at_a_back_passes() -> None:
    assert not _back(180.0, end_s=1.5)


def test_over_the_shoulder_excuses_the_back() -> None:
    m = measure_shot(_scene(180.0), "cam", 0.0, 3.0, ["man"], width=320, height=180, foreground=("friend",))
    assert m.back_pct == 0.0
    assert measure_shot(_scene(180.0), "cam", 0.0, 3.0, ["man"], width=320, height=180).back_pct > 90.0
