"""Small synthetic films for the film report's tests, written straight through PyAV (not autark's encoder):
the report must measure any MP4. A uniquely named module rather than conftest, so it never clashes."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

import numpy as np

W, H, FPS, SR = 128, 72, 24, 48_000


def scene_frame(index: int, level: int = 110, seed: int = 0) -> np.ndarray:
    """A lit picture that moves: a grey gradient with a bright square sliding 2 px right per frame."""
    y = np.linspace(0.0, 1.0, H, dtype=np.float32)[:, None, None]
    x = np.linspace(0.0, 1.0, W, dtype=np.float32)[None, :, None]
    tint = np.array([1.0, 0.95, 0.9], np.float32) if seed == 0 else np.array([0.7, 0.9, 1.1], np.float32)
    base = level * (0.7 + 0.3 * y + 0.2 * x) * tint
    frame = np.clip(np.broadcast_to(base, (H, W, 3)), 0, 255).astype(np.uint8).copy()
    x0 = 4 + abs((2 * index) % (2 * (W - 24)) - (W - 24))  # back and forth, never jumping
    frame[24:40, x0:x0 + 16] = min(255, level * 2)
    return frame


def other_frame() -> np.ndarray:
    """A picture unlike scene_frame: another camera's view (saturated stripes)."""
    frame = np.zeros((H, W, 3), np.uint8)
    frame[:, ::8] = (20, 200, 240)
    frame[::6, :] = (240, 40, 20)
    return frame


def tone(duration_s: float, lufs: float = -16.0) -> np.ndarray:
    """Stereo 440 Hz with a slow tremolo at about ``lufs`` integrated loudness."""
    from autark.audio import loudness_lufs

    t = np.arange(int(round(duration_s * SR))) / SR
    mono = np.sin(2 * np.pi * 440 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.7 * t))
    audio = np.stack([mono, mono], axis=1).astype(np.float32)
    gain = 10 ** ((lufs - loudness_lufs(audio * 0.1)) / 20) * 0.1
    return (audio * gain).astype(np.float32)


def write_film(path: Path, frames: Iterable[np.ndarray], audio: np.ndarray | None = None,
               fps: int = FPS) -> Path:
    """Encode ``frames`` (H, W, 3 uint8) and ``audio`` ((n, 2) float32 at 48 kHz) as H.264 + AAC."""
    import av

    with av.open(str(path), mode="w") as container:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = W, H, "yuv420p"
        video.options = {"crf": "20", "preset": "veryfast"}
        stream = None
        if audio is not None:
            stream = container.add_stream("aac", rate=SR, layout="stereo")
            stream.codec_context.time_base = Fraction(1, SR)
        for i, array in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(array, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if stream is not None and audio is not None:
            pts = 0
            for a in range(0, audio.shape[0], 1024):
                chunk = np.ascontiguousarray(audio[a:a + 1024].T)
                frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
                frame.sample_rate, frame.pts = SR, pts
                pts += chunk.shape[1]
                for packet in stream.encode(frame):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
    return path


def moving(n: int, start: int = 0, level: int = 110, seed: int = 0) -> list[np.ndarray]:
    return [scene_frame(start + i, level, seed) for i in range(n)]


def write_srt(path: Path, cues: list[tuple[float, float, str]]) -> Path:
    from autark.compose.subtitles import format_srt_time

    blocks = [f"{i}\n{format_srt_time(a)} --> {format_srt_time(b)}\n{text}\n" for i, (a, b, text) in
              enumerate(cues, start=1)]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path
