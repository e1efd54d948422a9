"""The final film's x264 settings are the measured ones (``encode._VIDEO_SETTINGS``): x264 writes the
settings it ran with into the stream, so the file itself says what it was encoded with."""

from __future__ import annotations

import re

import numpy as np

from autark.compose.encode import encode_mp4


def _x264_options(path) -> str:
    data = path.read_bytes()
    match = re.search(rb"options: ([^\x00]+)", data)
    assert match, "no x264 settings in the stream"
    return match.group(1).decode("ascii", "replace")


def test_final_films_refine_sub_pixels_once_previews_as_veryfast(tmp_path) -> None:
    ramp = np.linspace(0, 255, 64 * 48 * 3).astype(np.uint8).reshape(48, 64, 3)
    frames = [np.roll(ramp, 2 * i, axis=1) for i in range(4)]
    seen = {}
    for quality in ("final", "preview"):
        out = tmp_path / f"{quality}.mp4"
        encode_mp4(frames, out, 30, 64, 48, quality=quality)
        seen[quality] = _x264_options(out)
    assert " subme=1 " in seen["final"] and " crf=16.0 " in seen["final"]
    assert " subme=2 " in seen["preview"] and " crf=23.0 " in seen["preview"]
