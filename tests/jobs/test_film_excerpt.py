"""A range of a film (``SceneSegment(from_s=..., excerpt=True)``): its frames are the film's frames at the same
scene times."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autark.jobs.film import SceneSegment, _make_segments_renderer, _payload
from autark.studio import Studio

FPS, W, H = 10, 160, 96


def test_excerpt_frames_are_the_films_frames_at_the_same_times(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        for sentence in ("add a red ball", "add a table 3 m to the right of the ball", "wide shot",
                         "the ball rolls to the table in 3 seconds", "the film lasts 3 seconds"):
            studio.do(sentence)
        scene = studio.scene
    settings = {"samples": 0}
    film = _make_segments_renderer(_payload([SceneSegment(scene, 3.0)]), FPS, W, H, settings)
    clip = _make_segments_renderer(_payload([SceneSegment(scene, 1.0, from_s=1.5, excerpt=True)]), FPS, W, H,
                                   settings)

    def red_x(img: np.ndarray) -> float:
        r, g, b = (img[..., i].astype(int) for i in range(3))
        ys, xs = np.nonzero((r > 120) & (r > 2 * g) & (r > 2 * b))  # the ball, not the brown table
        return float(xs.mean())

    first, later = clip(0), clip(5)
    np.testing.assert_array_equal(first, film(15))  # 1.5 s into the film
    np.testing.assert_array_equal(later, film(20))
    assert red_x(film(0)) + 2 < red_x(first), "the ball moved right since 0 s"
    assert red_x(later) > red_x(first) + 2, "the ball rolls right through the excerpt"
