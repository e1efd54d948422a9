"""Hard cuts land exactly between two frames (no frame of another camera at the cut), and sizes asked for are
the film's size at every quality. Both checked by decoding the MP4."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from autark.assets import library
from autark.jobs.film import CardSegment, FilmOptions, SceneSegment, make_segments_film
from autark.ops import SetCamera, SetTimeline, apply_ops
from autark.ops import camera_moves as cm
from autark.scene.model import Camera, Material, Scene, SceneObject, Transform

FPS = 30
CARD_S, CUT_S, SCENE_S = 1.5, 3.1, 4.1  # film time 4.6 s = frame 138, which is 3.0999999999999996 s into the scene


def _cube(oid: str, at: tuple[float, float, float], color: tuple[float, float, float]) -> SceneObject:
    spec = library.get("cube")
    return SceneObject(id=oid, name=oid, type="cube", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       material=Material(color=color, emissive=color, emissive_strength=2.0),
                       transform=Transform(position=at, scale=(6.0, 6.0, 6.0)))


def _two_cameras() -> Scene:
    """A red cube ahead of camera a, a blue one to camera b's side, a green one where a new camera looks by
    default. Camera b is made like the production makes every shot's camera: new, then held in place from its
    shot's start (so before that its tracks hold the default place, aimed at the green cube)."""
    scene = Scene(objects=[_cube("red", (-12.0, -2.0, -10.0), (1.0, 0.0, 0.0)),
                           _cube("blue", (12.0, -2.0, -10.0), (0.0, 0.0, 1.0)),
                           _cube("green", (0.0, -2.0, 0.0), (0.0, 1.0, 0.0))],
                  cameras=[Camera(name="a", position=(-12.0, 1.0, 0.0), target=(-12.0, 1.0, -6.0))],
                  active_camera="a")
    scene = apply_ops(scene, [SetCamera(camera=Camera(name="b"), activate=False)])
    scene = apply_ops(scene, [*cm.static(scene, "a", 0.0, CUT_S), *cm.static(
        scene, "b", CUT_S, SCENE_S, position=(12.0, 1.0, 0.0), target=(12.0, 1.0, -6.0))])
    return apply_ops(scene, [SetTimeline(duration_s=SCENE_S)])


def _colours(path: Path) -> list[str]:
    import av

    with av.open(str(path)) as c:
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    out = []
    for f in frames:
        r, g, b = f[4:-4, 4:-4].reshape(-1, 3).mean(axis=0)
        out.append("red" if r > max(g, b) + 30 else "blue" if b > max(r, g) + 30 else
                   "green" if g > max(r, b) + 30 else "other")
    return out


def test_a_hard_cut_shows_no_frame_of_another_camera(tmp_path: Path) -> None:
    # the float noise the flashes came from: the cut's frame computes to just before the cut
    assert (CARD_S + CUT_S) * FPS == 138 and 138 / FPS - CARD_S < CUT_S
    segments = [CardSegment("Cut", duration_s=CARD_S), SceneSegment(_two_cameras(), SCENE_S)]
    out = tmp_path / "cut.mp4"
    make_segments_film(segments, out, FilmOptions(fps=FPS, width=64, height=36, quality="final", music=False,
                                                  check=False))
    colours = _colours(out)[round(CARD_S * FPS):]
    assert len(colours) == round(SCENE_S * FPS)
    cut = round(CUT_S * FPS)
    assert colours == ["red"] * cut + ["blue"] * (len(colours) - cut), colours[cut - 3: cut + 3]


def test_the_frame_just_before_a_cut_time_already_shows_the_new_camera() -> None:
    from autark.motion import evaluate_scene

    scene = _two_cameras()
    state = evaluate_scene(scene, CUT_S - 1e-12)
    cam = state.camera(state.active_camera)
    assert state.active_camera == "b" and cam.target == (12.0, 1.0, -6.0)


@pytest.mark.parametrize("quality", ["preview", "final"])
def test_render_honours_the_size_asked_for_at_every_quality(tmp_path: Path, quality: str) -> None:
    import av

    from autark.cli.main import app
    from autark.studio import Studio

    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a red ball")
        studio.do("the film lasts 0.5 seconds")
    out = tmp_path / "film.mp4"
    result = CliRunner().invoke(app, ["render", str(tmp_path / "p"), "-o", str(out), "--width", "96",
                                      "--height", "54", "--fps", "6", "--quality", quality, "--no-check"])
    assert result.exit_code == 0, result.output
    with av.open(str(out)) as c:
        frame = next(c.decode(video=0)).to_ndarray(format="rgb24")
    assert frame.shape[:2] == (54, 96)


def test_preview_halves_only_a_size_nobody_asked_for() -> None:
    assert FilmOptions(width=480, height=270, quality="preview").frame_size() == (240, 134)
    assert FilmOptions(width=480, height=270, quality="preview", exact_size=True).frame_size() == (480, 270)
    assert FilmOptions(width=480, height=270, quality="final").frame_size() == (480, 270)
    assert np.all(np.array(FilmOptions(quality="preview").frame_size()) == (640, 360))
