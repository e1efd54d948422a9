"""render_frames: worker processes give the same frames, in order, as rendering in-process."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from compose_media import make_failing_renderer, make_gl_renderer, make_square_renderer, red_centroid_x

from autark.compose import render_frames
from autark.errors import RenderError, UserInputError


def test_in_process_frames_are_in_order() -> None:
    frames = list(render_frames(make_square_renderer, 10, workers=1))
    xs = [red_centroid_x(f) for f in frames]
    assert xs == sorted(xs) and len(set(xs)) == 10


def test_parallel_gl_frames_equal_serial() -> None:
    # Each worker creates its own EGL context (spawn); frames come back in order and pixel-identical.
    make = functools.partial(make_gl_renderer, 64, 48)
    serial = list(render_frames(make, 13, workers=1))
    parallel = list(render_frames(make, 13, workers=2, chunk_frames=3))
    assert len(parallel) == 13
    for a, b in zip(serial, parallel, strict=True):
        assert np.array_equal(a, b)
    # The triangle really turns: consecutive frames differ, and the first frame has both colours.
    assert not np.array_equal(serial[0], serial[1])
    assert (serial[0][:, :, 0] > 200).any() and (serial[0][:, :, 2] > 120).any()


def test_worker_error_is_a_render_error_naming_the_cause() -> None:
    with pytest.raises(RenderError, match="the lamp exploded"):
        list(render_frames(make_failing_renderer, 12, workers=2, chunk_frames=2))


def test_bad_worker_count() -> None:
    with pytest.raises(UserInputError, match="workers=0"):
        list(render_frames(make_square_renderer, 3, workers=0))


def test_zero_frames_yields_nothing() -> None:
    assert list(render_frames(make_square_renderer, 0, workers=2)) == []
