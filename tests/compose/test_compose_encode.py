"""encode_mp4: decoded codecs, sizes, timing, audio energy, motion, atomic output."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from compose_media import (
    FPS,
    SR,
    H,
    W,
    decode,
    red_centroid_x,
    square_frame,
    square_frames,
    tone_then_silence,
)

from autark.compose import encode_mp4, partial_path_for
from autark.errors import RenderError, UserInputError


def test_streams_duration_frame_count_and_resolution(out_dir: Path) -> None:
    n = 60  # 2.5 s at 24 fps
    stats = encode_mp4(square_frames(n), out_dir / "a.mp4", FPS, W, H, tone_then_silence(2.5))
    d = decode(stats.path)
    assert (d.video_codec, d.audio_codec) == ("h264", "aac")
    assert (d.width, d.height) == (W, H)
    assert len(d.frames) == n == stats.frames
    assert d.frame_times_s[1] - d.frame_times_s[0] == pytest.approx(1 / 24, abs=1e-3)
    assert d.video_duration_s == pytest.approx(2.5, abs=1e-3)
    assert d.audio_rate == SR
    # The audio track is padded/trimmed to exactly the video's length.
    assert d.audio_duration_s == pytest.approx(2.5, abs=1e-3)
    assert d.audio.shape[0] == 2


@pytest.mark.parametrize("audio_s", [1.2, 4.0])
def test_audio_is_padded_or_trimmed_to_the_video(out_dir: Path, audio_s: float) -> None:
    n = 48  # 2 s
    stats = encode_mp4(square_frames(n), out_dir / "b.mp4", FPS, W, H, tone_then_silence(audio_s, tone_s=9))
    d = decode(stats.path)
    assert stats.audio_samples == 2 * SR
    assert d.audio_duration_s == pytest.approx(2.0, abs=1e-3)
    # Decoded samples may include AAC's priming frame, never more than one chunk beyond that.
    assert 2 * SR <= d.audio.shape[1] <= 2 * SR + 2048


def test_audio_energy_follows_the_input(out_dir: Path) -> None:
    # 1 kHz tone in the first second, silence for the next two.
    stats = encode_mp4(square_frames(72), out_dir / "c.mp4", FPS, W, H, tone_then_silence(3.0))
    audio = decode(stats.path).audio
    rms = lambda a: float(np.sqrt(np.mean(a.astype(np.float64) ** 2)))  # noqa: E731
    first = audio[:, int(0.2 * SR):int(0.8 * SR)]
    late = audio[:, int(1.5 * SR):int(2.8 * SR)]
    assert rms(first) > 0.25  # 0.5 amplitude sine -> RMS ~0.35
    assert rms(late) < 0.01
    spectrum = np.abs(np.fft.rfft(first[0]))
    peak_hz = np.argmax(spectrum) * SR / first.shape[1]
    assert peak_hz == pytest.approx(1000, abs=10)


def test_mono_and_int16_audio_are_accepted(out_dir: Path) -> None:
    mono = (tone_then_silence(1.0)[:, 0] * 32767).astype(np.int16)
    d = decode(encode_mp4(square_frames(24), out_dir / "m.mp4", FPS, W, H, mono).path)
    assert d.audio.shape[0] == 2
    left, right = d.audio[0, 4800:40000], d.audio[1, 4800:40000]
    assert np.sqrt(np.mean(left**2)) > 0.25
    assert np.allclose(left, right, atol=0.02)


def test_without_audio_the_track_is_silent(out_dir: Path) -> None:
    d = decode(encode_mp4(square_frames(24), out_dir / "s.mp4", FPS, W, H, None).path)
    assert d.audio_codec == "aac"
    assert float(np.abs(d.audio).max()) < 1e-3


def test_moving_square_moves_right_in_decoded_frames(out_dir: Path) -> None:
    n = 30
    d = decode(encode_mp4(square_frames(n), out_dir / "mv.mp4", FPS, W, H, None, quality="final").path)
    xs = [red_centroid_x(f) for f in d.frames]
    assert all(b > a for a, b in zip(xs, xs[1:], strict=False))
    # 3 px per frame, and the square starts where it was drawn.
    assert xs[0] == pytest.approx(8 + 11.5, abs=1.0)
    assert (xs[-1] - xs[0]) / (n - 1) == pytest.approx(3.0, abs=0.1)


def test_fractional_ntsc_rate(out_dir: Path) -> None:
    fps = Fraction(30000, 1001)
    n = 30
    d = decode(encode_mp4(square_frames(n), out_dir / "ntsc.mp4", fps, W, H, None).path)
    assert len(d.frames) == n
    assert d.video_duration_s == pytest.approx(float(n / fps), abs=1e-3)
    assert d.frame_times_s[-1] == pytest.approx(float((n - 1) / fps), abs=1e-3)


def test_progress_hook_counts_every_frame(out_dir: Path) -> None:
    seen: list[int] = []
    encode_mp4(square_frames(20), out_dir / "p.mp4", FPS, W, H, None, progress=seen.append)
    assert seen == list(range(1, 21))


def _interrupting(n_ok: int, exc: BaseException):
    for i in range(n_ok):
        yield square_frame(i)
    raise exc


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), RuntimeError("renderer crashed")])
def test_interrupt_leaves_no_file_and_no_partial(out_dir: Path, exc: BaseException) -> None:
    out = out_dir / "film.mp4"
    with pytest.raises(type(exc)):
        encode_mp4(_interrupting(30, exc), out, FPS, W, H, tone_then_silence(3.0))
    assert not out.exists()
    assert not partial_path_for(out).exists()
    assert os.listdir(out_dir) == []


def test_failed_encode_leaves_existing_file_untouched(out_dir: Path) -> None:
    out = out_dir / "film.mp4"
    encode_mp4(square_frames(24), out, FPS, W, H, None)
    before = out.read_bytes()
    bad = (square_frame(i) if i < 10 else np.zeros((H, W + 2, 3), np.uint8) for i in range(20))
    with pytest.raises(RenderError, match="frame 10 has shape"):
        encode_mp4(bad, out, FPS, W, H, None)
    assert out.read_bytes() == before
    assert sorted(os.listdir(out_dir)) == ["film.mp4"]
    assert len(decode(out).frames) == 24


def test_new_encode_replaces_existing_file(out_dir: Path) -> None:
    out = out_dir / "film.mp4"
    encode_mp4(square_frames(24), out, FPS, W, H, None)
    encode_mp4(square_frames(36), out, FPS, W, H, None)
    assert len(decode(out).frames) == 36
    assert os.listdir(out_dir) == ["film.mp4"]


def test_missing_output_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="does not exist") as info:
        encode_mp4(square_frames(2), tmp_path / "nope" / "film.mp4", FPS, W, H, None)
    assert "mkdir" in (info.value.hint or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_output_folder_is_a_user_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    with pytest.raises(UserInputError, match="not writable"):
        encode_mp4(square_frames(2), folder / "film.mp4", FPS, W, H, None)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"width": 161}, "even width"),
        ({"quality": "ultra"}, "unknown quality"),
        ({"fps": Fraction(0)}, "frame rate"),
        ({"audio": np.zeros((100, 5), np.float32)}, "audio has shape"),
    ],
)
def test_bad_arguments_are_user_errors(tmp_path: Path, kwargs: dict, message: str) -> None:
    args = {"fps": FPS, "width": W, "height": H, "audio": None} | kwargs
    with pytest.raises(UserInputError, match=message):
        encode_mp4(square_frames(2), tmp_path / "x.mp4", **args)
    assert os.listdir(tmp_path) == []


def test_n_frames_longer_than_source_fails_cleanly(out_dir: Path) -> None:
    with pytest.raises(RenderError, match="ended after 5 of 10"):
        encode_mp4(square_frames(5), out_dir / "short.mp4", FPS, W, H, None, n_frames=10)
    assert os.listdir(out_dir) == []


def test_audio_mixed_after_the_video_still_lines_up(out_dir: Path, tmp_path: Path) -> None:
    """PendingAudio that only becomes ready after the last frame: the video goes ahead, the audio catches up,
    and the decoded tone still sits in the film's first second."""
    import threading

    from autark.audio.pcm import PcmWriter
    from autark.compose import PendingAudio

    last_frame = threading.Event()
    n = 72  # 3 s

    def produce():
        assert last_frame.wait(30)  # every frame is rendered before the audio exists
        with PcmWriter(tmp_path / "mix.f32") as w:
            w.write(tone_then_silence(3.0))
        return w.result()

    audio = PendingAudio(produce, 3 * SR)
    stats = encode_mp4(square_frames(n), out_dir / "late.mp4", FPS, W, H, audio,
                       on_frame_rendered=lambda k: k == n and last_frame.set())
    d = decode(stats.path)
    assert len(d.frames) == n and d.audio_duration_s == pytest.approx(3.0, abs=1e-3)
    rms = lambda a: float(np.sqrt(np.mean(a.astype(np.float64) ** 2)))  # noqa: E731
    assert rms(d.audio[:, int(0.2 * SR):int(0.8 * SR)]) > 0.25
    assert rms(d.audio[:, int(1.5 * SR):int(2.8 * SR)]) < 0.01


def test_failed_pending_audio_fails_the_encode_and_leaves_no_file(out_dir: Path) -> None:
    from autark.compose import PendingAudio
    from autark.errors import AudioError

    def produce():
        raise AudioError("the synthesizer caught fire")

    out = out_dir / "noaudio.mp4"
    with pytest.raises(AudioError, match="caught fire"):
        encode_mp4(square_frames(24), out, FPS, W, H, PendingAudio(produce, SR))
    assert not out.exists() and not partial_path_for(out).exists()


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="per-thread nice values are a Linux feature")
def test_lower_thread_priority_lowers_only_the_calling_thread() -> None:
    import threading

    from autark.compose.encode import lower_thread_priority

    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: dict[str, int] = {}

    def worker() -> None:
        before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        lower_thread_priority(3)
        seen["delta"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) - before
        child = threading.Thread(  # a thread it starts (as x264 does) inherits the lower priority
            target=lambda: seen.__setitem__("child", os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        child.start()
        child.join()
        seen["after"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen["delta"] == min(3, 19 - main_before)
    assert seen["child"] == seen["after"]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before
