"""A film's render workers started ahead (``film_frames.warm_film_workers``, while its scenes are built) draw
the same frames as workers started by the render, and as one process."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from autark.compose import parallel, render_frames
from autark.jobs.film import FilmOptions, SceneSegment, _make_segments_renderer, _payload
from autark.jobs.film_frames import warm_film_workers
from autark.studio import Studio

FPS, W, H = 10, 160, 96


def test_warm_workers_draw_the_films_frames(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        for sentence in ("add a red ball", "add a table 3 m to the right of the ball", "wide shot",
                         "the ball rolls to the table in 2 seconds", "the film lasts 2 seconds"):
            studio.do(sentence)
        scene = studio.scene
    options = FilmOptions(fps=FPS, width=W, height=H, quality="final", workers=2, exact_size=True)
    # a film of the production cache or another executor is left alone; this one gets its two workers
    assert warm_film_workers(2.0, FilmOptions(fps=FPS, cache_dir=tmp_path / "cache", workers=2)) == 0
    assert warm_film_workers(2.0, options) == 2
    make = functools.partial(_make_segments_renderer, _payload([SceneSegment(scene, 2.0)]), FPS, W, H,
                             options.render_settings())
    warm = list(render_frames(make, 20, workers=2, chunk_frames=3))
    assert not parallel._warm  # the render took them over
    serial = list(render_frames(make, 20, workers=1))
    for i, (a, b) in enumerate(zip(serial, warm, strict=True)):
        np.testing.assert_array_equal(a, b, err_msg=f"frame {i}")
    assert not np.array_equal(serial[0], serial[-1]), "the ball rolls"
