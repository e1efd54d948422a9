"""Weather seen through a room's window: rain falls outside the room and shows in the window's pixels at
night, and nothing falls in the room itself (the wall beside the window is the same with and without rain)."""

from __future__ import annotations

import numpy as np
import yaml

from autark.assets.openings import room_box, world_openings
from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.render import Renderer
from autark.render.math3d import camera_matrices, project_points
from autark.scene.model import Camera
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: library
time_of_day: night
weather: {weather}
characters: []
shots:
- {{duration_s: 2.0, size: wide}}
"""


def _frames(silent_voices: VoiceEngine, weather: str,
            times: tuple[float, ...]) -> tuple[list[np.ndarray], list[float]]:
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC.format(weather=weather))), width=320,
                        height=90, fps=10, voices=silent_voices, warnings=[])
    state = evaluate_scene(scene, 1.0)
    (window, *_) = world_openings(state.objects, room_box(state.objects))
    c = np.array(window.center)
    inward = -np.array(window.outward)
    eye = c + inward * 4.0 + np.array([0.0, 0.2, 0.0])
    cam = Camera(name="look", position=tuple(eye), target=tuple(c), fov=50.0)
    r = Renderer(width=320, height=180, samples=0)
    try:
        imgs = [r.render(evaluate_scene(scene, t), cam, time_s=t)[..., :3].astype(float) for t in times]
    finally:
        r.release()
    px = project_points(camera_matrices(state, cam, 320 / 180), np.array(window.corners), 320, 180)
    box = [float(px[:, 0].min()), float(px[:, 0].max()), float(px[:, 1].min()), float(px[:, 1].max())]
    return imgs, box


def test_rain_shows_through_the_window_and_not_in_the_room(silent_voices: VoiceEngine) -> None:
    """Two moments of one rainy night, a fifth of a second apart: the drops move in the window and nowhere
    else (the light is the same; only falling rain changes between them)."""
    (a, b), (x0, x1, y0, y1) = _frames(silent_voices, "rain", (1.0, 1.2))
    xa, xb, ya, yb = (int(np.clip(v, 0, n)) for v, n in ((x0, 320), (x1, 320), (y0, 180), (y1, 180)))
    assert xb - xa > 8 and yb - ya > 8
    moved = np.abs(a - b).max(axis=-1)
    inside = moved[ya:yb, xa:xb].copy()
    moved[max(0, ya - 2):yb + 2, max(0, xa - 2):xb + 2] = 0  # everything but the window and its frame
    print(f"pixels the rain moves: in the window {(inside > 8).mean():.3f}, elsewhere {(moved > 8).mean():.4f}")
    assert (inside > 8).mean() > 0.01  # streaks fall in the window
    assert (moved > 8).mean() < 0.002  # none in the room


def test_a_clear_night_window_is_still(silent_voices: VoiceEngine) -> None:
    (a, b), _ = _frames(silent_voices, "clear", (1.0, 1.2))
    assert np.abs(a - b).max() <= 2
