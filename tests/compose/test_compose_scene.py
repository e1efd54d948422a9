"""The real renderer through compose: an animated scene rendered in worker processes and encoded."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from compose_media import decode, red_centroid_x

from autark.compose import SceneFrames, compose_film, frame_count, render_frames
from autark.errors import UserInputError

pytest.importorskip("autark.render.renderer")


def _moving_cube_scene():
    from autark.assets import library
    from autark.scene import Camera, Light, Material, Scene, SceneObject, Transform
    from autark.scene.timeline import Keyframe, Timeline, Track

    spec = library.get("cube")
    cube = SceneObject(id="cube", name="cube", type="cube", material=Material(color=(0.9, 0.05, 0.05)),
                       transform=Transform(position=(-1.0, 0.0, 0.0)), bounds_min=spec.bounds_min,
                       bounds_max=spec.bounds_max)
    # The cube slides 2 m along +X (screen right for a camera at +Z looking toward -Z) over one second.
    track = Track(target="object:cube.transform.position",
                  keyframes=[Keyframe(time_s=0.0, value=(-1.0, 0.0, 0.0), easing="linear"),
                             Keyframe(time_s=1.0, value=(1.0, 0.0, 0.0), easing="linear")])
    return Scene(objects=[cube], cameras=[Camera(name="main", position=(0.0, 1.0, 5.0), target=(0.0, 0.4, 0.0))],
                 lights=[Light(name="sky", type="hemisphere", intensity=1.0, cast_shadows=False)],
                 timeline=Timeline(tracks=[track]))


def test_frame_count() -> None:
    assert frame_count(2.0, 30) == 60
    assert frame_count(2.01, 30) == 61
    assert frame_count(1.0, Fraction(30000, 1001)) == 30
    with pytest.raises(UserInputError):
        frame_count(0.0, 24)


def test_scene_film_parallel_matches_serial_and_moves_right(tmp_path: Path) -> None:
    fps = Fraction(8)
    source = SceneFrames(_moving_cube_scene(), fps, 128, 96, samples=0)
    n = frame_count(1.0, fps) + 1  # 0 s .. 1 s inclusive
    serial = list(render_frames(source, n, workers=1))
    parallel = list(render_frames(source, n, workers=2, chunk_frames=2))
    for a, b in zip(serial, parallel, strict=True):
        assert np.array_equal(a, b)
    stats = compose_film(source, n, fps, tmp_path / "cube.mp4", workers=1)
    xs = [red_centroid_x(f) for f in decode(stats.path).frames]
    assert len(xs) == n
    assert xs[-1] - xs[0] > 40  # pixels: the cube crossed a good part of the 128 px frame
    assert all(b > a - 0.5 for a, b in zip(xs, xs[1:], strict=False))
