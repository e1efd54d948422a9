"""Shared helpers for the compose tests (a uniquely named module, not conftest, so it never clashes)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

W, H = 160, 96
FPS = Fraction(24)
SR = 48_000


def square_frame(index: int, width: int = W, height: int = H) -> np.ndarray:
    """Grey frame with a 24 px red square that moves 3 px right per frame."""
    frame = np.full((height, width, 3), 60, dtype=np.uint8)
    x0 = 8 + 3 * index
    frame[30:54, x0:x0 + 24] = (230, 20, 20)
    return frame


def square_frames(n: int, width: int = W, height: int = H):
    for i in range(n):
        yield square_frame(i, width, height)


def tone_then_silence(duration_s: float, tone_s: float = 1.0, freq_hz: float = 1000.0) -> np.ndarray:
    n = int(round(duration_s * SR))
    t = np.arange(n) / SR
    mono = np.where(t < tone_s, 0.5 * np.sin(2 * np.pi * freq_hz * t), 0.0).astype(np.float32)
    return np.stack([mono, mono], axis=1)


@dataclass
class Decoded:
    video_codec: str
    audio_codec: str | None
    width: int
    height: int
    frames: list[np.ndarray]
    frame_times_s: list[float]
    video_duration_s: float
    audio_duration_s: float | None
    audio: np.ndarray | None  # (channels, samples) float32
    audio_rate: int | None
    container_duration_s: float


def decode(path: Path) -> Decoded:
    import av

    with av.open(str(path)) as c:
        vs = c.streams.video[0]
        frames, times = [], []
        for f in c.decode(vs):
            frames.append(f.to_ndarray(format="rgb24"))
            times.append(float(f.time))
        video_codec, width, height = vs.codec_context.name, vs.codec_context.width, vs.codec_context.height
        video_duration_s = float(vs.duration * vs.time_base)
        container_duration_s = c.duration / 1e6
    audio = audio_codec = audio_rate = audio_duration_s = None
    with av.open(str(path)) as c:
        if c.streams.audio:
            ast = c.streams.audio[0]
            audio_codec, audio_rate = ast.codec_context.name, ast.codec_context.sample_rate
            audio_duration_s = float(ast.duration * ast.time_base)
            audio = np.concatenate([f.to_ndarray() for f in c.decode(ast)], axis=1)
    return Decoded(video_codec, audio_codec, width, height, frames, times, video_duration_s, audio_duration_s,
                   audio, audio_rate, container_duration_s)


def red_centroid_x(frame: np.ndarray) -> float:
    r, g, b = (frame[:, :, i].astype(int) for i in range(3))
    mask = (r > 150) & (g < 90) & (b < 90)
    assert mask.any(), "no red pixels in the frame"
    return float(np.nonzero(mask)[1].mean())


