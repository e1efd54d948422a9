"""A picklable frame source for a scene: frame i is ``evaluate_scene(scene, i / fps)`` rendered by
``Renderer``.

Pass a :class:`SceneFrames` to :func:`~autark.compose.film.compose_film` (or
:func:`~autark.compose.parallel.render_frames`) as the ``make_renderer`` factory: each worker process
builds its own ``Renderer`` (and so its own EGL context) on first use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from autark.errors import UserInputError

if TYPE_CHECKING:
    from autark.compose.parallel import FrameRenderer
    from autark.scene.model import Scene

__all__ = ["SceneFrames", "frame_count"]


def frame_count(duration_s: float, fps: Fraction | int) -> int:
    """Frames needed to show ``duration_s`` seconds: the last frame starts before the end."""
    if not math.isfinite(duration_s) or duration_s <= 0:
        raise UserInputError(f"a film of {duration_s} s has no frames", hint="give the film a duration above 0 s")
    # Round first so 2.0 s at 30 fps is 60 frames even when the duration carries float noise.
    return max(1, math.ceil(round(duration_s * Fraction(fps), 6)))


@dataclass(frozen=True)
class SceneFrames:
    """``make_renderer`` for a scene; ``SceneFrames(scene, fps, 1280, 720)()`` returns ``render(i)``.

    ``start_s`` shifts frame 0 to a later time (a shot rendered on its own). The scene is a pydantic model,
    so it pickles to the worker processes with the factory.
    """

    scene: Scene
    fps: Fraction
    width: int
    height: int
    samples: int = 4
    start_s: float = 0.0

    def __call__(self) -> FrameRenderer:
        from autark.motion import evaluate_scene
        from autark.render import Renderer

        renderer = Renderer(self.width, self.height, samples=self.samples)
        scene, fps, start_s = self.scene, Fraction(self.fps), self.start_s

        def render(frame_index: int) -> np.ndarray:
            t = start_s + float(Fraction(frame_index) / fps)
            return renderer.render(evaluate_scene(scene, t), time_s=t)  # the time places rain and lightning

        return render
