"""warm_workers: render workers started ahead are the ones the next render_frames uses, with the same frames."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from compose_media import make_pid_renderer, make_square_renderer, pid_of, square_frame, warm_marker

from autark.compose import parallel, render_frames


def test_the_warm_workers_draw_the_frames(tmp_path: Path) -> None:
    started = parallel.warm_workers(30, workers=2, warm=functools.partial(warm_marker, str(tmp_path)))
    assert started == 2
    frames = list(render_frames(make_pid_renderer, 30, workers=2, chunk_frames=3))
    warmed = {int(p.name.split("-")[1]) for p in tmp_path.glob("warm-*")}
    # every worker ran its warm-up, and the frames came from those processes, in order, the same as in-process
    assert len(warmed) == 2
    assert {pid_of(f) for f in frames} <= warmed
    for i, frame in enumerate(frames):
        expected = square_frame(i)
        assert np.array_equal(frame[1:], expected[1:]), i
    assert not parallel._warm  # taken over, and shut down with the render


def test_a_second_render_makes_its_own_renderer_in_the_warm_workers() -> None:
    parallel.warm_workers(12, workers=2)
    pids = {pid_of(f) for f in render_frames(make_pid_renderer, 12, workers=2, chunk_frames=2)}
    assert len(pids) >= 1
    # the next render starts fresh workers (the warm ones were shut down with the first)
    again = list(render_frames(make_square_renderer, 8, workers=2, chunk_frames=2))
    assert all(np.array_equal(f, square_frame(i)) for i, f in enumerate(again))


def test_warm_workers_that_do_not_fit_are_let_go(tmp_path: Path) -> None:
    # one process renders this film: the warm pool is shut down, the frames are still right
    parallel.warm_workers(30, workers=2, warm=functools.partial(warm_marker, str(tmp_path)))
    frames = list(render_frames(make_square_renderer, 5, workers=1))
    assert all(np.array_equal(f, square_frame(i)) for i, f in enumerate(frames))
    assert not parallel._warm
    # and a short film that would render in-process starts none
    assert parallel.warm_workers(10) == 0 and not parallel._warm
