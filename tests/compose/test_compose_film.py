"""compose_film, cross-fades, progress bars and a real Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from compose_media import FPS, SR, H, W, decode, make_square_renderer, red_centroid_x, square_frames

from autark.compose import Cue, compose_film, crossfade, crossfade_frames, rich_progress
from autark.errors import UserInputError


def _solid(value: int, n: int) -> list[np.ndarray]:
    return [np.full((8, 8, 3), value, np.uint8) for _ in range(n)]


def test_crossfade_blends_monotonically() -> None:
    out = crossfade(np.stack(_solid(0, 4)), np.stack(_solid(250, 4)))
    levels = [int(f[0, 0, 0]) for f in out]
    assert levels == [50, 100, 150, 200]  # (j+1)/(k+1) of the incoming shot, no pure frame repeated


def test_crossfade_frames_joins_shots_with_overlap() -> None:
    shots = [_solid(0, 10), _solid(200, 10), _solid(100, 3)]
    frames = list(crossfade_frames(shots, overlap_frames=4))
    # Two cuts: 10 + 10 + 3 - 4 (first cut) - 3 (second cut falls back? no: 3 < 4 -> hard cut) frames.
    assert len(frames) == 10 + 10 + 3 - 4
    levels = [int(f[0, 0, 0]) for f in frames]
    assert levels[:6] == [0] * 6
    assert levels[6:10] == [40, 80, 120, 160]
    assert levels[10:16] == [200] * 6
    assert levels[16:] == [100] * 3


def test_crossfade_shape_mismatch_is_user_error() -> None:
    with pytest.raises(UserInputError, match="cannot cross-fade"):
        crossfade(np.zeros((2, 4, 4, 3), np.uint8), np.zeros((2, 4, 6, 3), np.uint8))


def test_compose_film_from_factory_with_sidecar_and_progress(tmp_path: Path) -> None:
    rendered: list[int] = []
    encoded: list[int] = []
    audio = np.zeros((SR, 2), np.float32)
    cues = [Cue(0.2, 0.8, "Hi")]
    stats = compose_film(make_square_renderer, 24, FPS, tmp_path / "film.mp4", audio, cues, "preview",
                         workers=1, on_rendered=rendered.append, on_encoded=encoded.append)
    assert (stats.width, stats.height, stats.frames) == (W, H, 24)
    assert rendered == encoded == list(range(1, 25))
    srt = (tmp_path / "film.srt").read_text(encoding="utf-8")
    assert "00:00:00,200 --> 00:00:00,800" in srt
    d = decode(stats.path)
    assert len(d.frames) == 24
    assert red_centroid_x(d.frames[-1]) > red_centroid_x(d.frames[0])


def test_compose_film_from_frames_and_rich_progress(tmp_path: Path) -> None:
    from rich.console import Console

    console = Console(file=open(os.devnull, "w"), force_terminal=False)  # noqa: SIM115
    with rich_progress(30, console=console) as hooks:
        stats = compose_film(square_frames(30), 30, FPS, tmp_path / "f.mp4", None,
                             on_rendered=hooks.rendered, on_encoded=hooks.encoded)
        tasks = hooks.progress.tasks
        assert [t.completed for t in tasks] == [30, 30]
        assert all(t.finished for t in tasks)
    console.file.close()
    assert stats.frames == 30


def test_compose_film_without_frames(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="at least one frame"):
        compose_film(square_frames(0), 0, FPS, tmp_path / "f.mp4")


_SIGINT_SCRIPT = textwrap.dedent(
    """
    import signal, sys, time
    from fractions import Fraction
    # A shell's background job inherits SIGINT ignored; a terminal's Ctrl-C raises KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.path.insert(0, {helpers!r})
    from compose_media import square_frame
    from autark.compose import encode_mp4

    def frames():
        for i in range(10_000):
            if i == 5:
                print("started", flush=True)
            time.sleep(0.01)
            yield square_frame(i % 40)

    encode_mp4(frames(), {out!r}, Fraction(24), 160, 96, None)
    """
)


def test_real_ctrl_c_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    out.write_bytes(b"previous film")
    script = _SIGINT_SCRIPT.format(helpers=str(Path(__file__).parent), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.3)  # let the encoder thread get busy
    proc.send_signal(signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode != 0
    assert "KeyboardInterrupt" in stderr
    assert out.read_bytes() == b"previous film"
    assert sorted(os.listdir(tmp_path)) == ["film.mp4"]
