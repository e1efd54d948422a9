"""Film assembly: frame source + audio + cues -> MP4 (and an SRT beside it), with progress hooks.

This is the one call the film layer and ``autark render DIR -o film.mp4`` make; it wires the parallel
renderer, subtitle burning, the pipelined encoder and progress reporting together.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from autark.audio import SAMPLE_RATE_HZ
from autark.compose.encode import AudioLike, EncodeStats, Quality, encode_mp4
from autark.compose.parallel import FrameRenderer, render_frames
from autark.compose.subtitles import Cue, write_srt
from autark.errors import RenderError, UserInputError

__all__ = ["FrameSource", "compose_film"]

#: Either the frames themselves, or a picklable factory ``make_renderer() -> render(frame_index)`` that
#: :func:`render_frames` can run in worker processes.
FrameSource = Iterable[np.ndarray] | Callable[[], FrameRenderer]


def compose_film(
    frame_source: FrameSource,
    n_frames: int,
    fps: Fraction | int,
    out_path: str | os.PathLike[str],
    audio: np.ndarray | AudioLike | None = None,
    cues: list[Cue] | None = None,
    quality: Quality = "preview",
    *,
    width: int | None = None,
    height: int | None = None,
    sample_rate_hz: int = SAMPLE_RATE_HZ,
    burn_subtitles: bool = False,
    write_sidecar_srt: bool = True,
    workers: int | None = None,
    encoder_nice: int | None = None,
    on_rendered: Callable[[int], None] | None = None,
    on_encoded: Callable[[int], None] | None = None,
    on_coded_frame: Callable[[int, Any], None] | None = None,
) -> EncodeStats:
    """Render (or take) ``n_frames`` frames and write the finished film to ``out_path``.

    ``frame_source`` is an iterable of ``(H, W, 3)`` uint8 frames, or a factory that :func:`render_frames`
    runs in ``workers`` processes; the encoder runs ``encoder_nice`` levels below (see ``encode_mp4``).
    ``width``/``height`` default to the first frame's size. With ``cues``,
    an SRT file is written beside the film (``film.srt``) when ``write_sidecar_srt``, and the cues are
    painted into the picture when ``burn_subtitles``. The sidecar is written only after the film itself
    succeeded, so a failed render leaves neither file changed. ``on_coded_frame(index, frame)`` sees each
    frame as the encoder takes it (see ``encode_mp4``).
    """
    if n_frames < 1:
        raise UserInputError(f"a film needs at least one frame, got n_frames={n_frames}")
    if callable(frame_source) and not isinstance(frame_source, Iterable):
        frames: Iterable[np.ndarray] = render_frames(frame_source, n_frames, workers)
    elif isinstance(frame_source, Iterable):
        frames = frame_source
    else:
        raise UserInputError(f"cannot take frames from a {type(frame_source).__name__}",
                             hint="pass an iterable of frames or a make_renderer() factory")
    iterator = iter(frames)
    try:
        # The first frame comes before the encoder opens its (partial) file: a renderer that fails at once
        # fails before anything is written, and its start-up (GL context, lazy imports) is over when the file
        # appears. Its size is the film's unless given.
        try:
            first = np.asarray(next(iterator))
        except StopIteration:
            raise RenderError("the frame source produced no frames") from None
        if first.ndim != 3:
            raise RenderError(f"the first frame has shape {first.shape}, expected (height, width, 3)")
        if width is None or height is None:
            height, width = int(first.shape[0]), int(first.shape[1])
        stats = encode_mp4(
            itertools.chain([first], iterator), out_path, fps, width, height, audio, sample_rate_hz=sample_rate_hz,
            quality=quality, subtitles=cues, burn_subtitles=burn_subtitles, progress=on_encoded, n_frames=n_frames,
            on_frame_rendered=on_rendered, encoder_nice=encoder_nice, on_coded_frame=on_coded_frame,
        )
    finally:
        # Shut worker processes down now (also on error) rather than when the generator is collected.
        close = getattr(frames, "close", None)
        if close is not None:
            close()
    if cues and write_sidecar_srt:
        write_srt(cues, Path(stats.path).with_suffix(".srt"))
    return stats
