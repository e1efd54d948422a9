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




def make_square_renderer(width: int = W, height: int = H):
    """A picklable ``make_renderer`` for render_frames: returns ``render(frame_index)``."""
    return lambda index: square_frame(index, width, height)


class _GLTriangle:
    """A real EGL/llvmpipe renderer: a triangle rotating 10 degrees per frame on a blue background."""

    def __init__(self, width: int, height: int) -> None:
        import moderngl

        self.ctx = moderngl.create_standalone_context(backend="egl")
        self.fbo = self.ctx.simple_framebuffer((width, height))
        self.prog = self.ctx.program(
            vertex_shader="""#version 330
                in vec2 pos; uniform float angle;
                void main() { mat2 r = mat2(cos(angle), sin(angle), -sin(angle), cos(angle));
                              gl_Position = vec4(r * pos, 0.0, 1.0); }""",
            fragment_shader="""#version 330
                out vec4 color; void main() { color = vec4(1.0, 0.9, 0.2, 1.0); }""",
        )
        vbo = self.ctx.buffer(np.array([0.0, 0.8, -0.7, -0.5, 0.7, -0.5], dtype="f4").tobytes())
        self.vao = self.ctx.vertex_array(self.prog, [(vbo, "2f", "pos")])
        self.width, self.height = width, height

    def __call__(self, index: int) -> np.ndarray:
        self.fbo.use()
        self.fbo.clear(0.1, 0.2, 0.6, 1.0)
        self.prog["angle"].value = np.radians(10.0 * index)
        self.vao.render()
        data = self.fbo.read(components=3)
        return np.frombuffer(data, np.uint8).reshape(self.height, self.width, 3)[::-1].copy()


def make_gl_renderer(width: int, height: int) -> _GLTriangle:
    return _GLTriangle(width, height)


def make_failing_renderer():
    def render(index: int) -> np.ndarray:
        if index == 5:
            raise ValueError("the lamp exploded")
        return square_frame(index)

    return render


def make_pid_renderer():
    """Frames that say which process drew them: frame i's first row holds the process id's bytes, then i."""
    import os

    def render(index: int) -> np.ndarray:
        frame = square_frame(index)
        frame[0, :8, 0] = np.frombuffer(os.getpid().to_bytes(8, "little"), np.uint8)
        return frame

    return render


def pid_of(frame: np.ndarray) -> int:
    return int.from_bytes(frame[0, :8, 0].tobytes(), "little")


def warm_marker(path: str) -> None:
    """A worker's warm-up that leaves a file named after its process (what ``warm_workers`` runs at start)."""
    import os

    Path(path, f"warm-{os.getpid()}").write_text("warm")
