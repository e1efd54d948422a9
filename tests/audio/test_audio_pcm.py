"""Streaming audio: raw float32 files, block-wise score rendering, loudness and mixing whose blocks join into
exactly the whole-signal result, and memory that does not grow with the film's length."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from autark.audio import Score, Speech, loudness_lufs, render_score, true_peak_dbfs
from autark.audio import mixer as mixer_module
from autark.audio.mixer import _Limiter, _Meter, _true_peak_envelope, mix, mix_to_file
from autark.audio.pcm import PcmFile, PcmWriter
from autark.audio.synth import render_score_to_file
from autark.errors import AudioError, ProjectError

SR = 48000


def noise_file(path: Path, seconds: float, seed: int = 0, block: int = 100_000) -> PcmFile:
    """Music-like stereo noise with a slow level swell and a few hot peaks, written in blocks."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SR)
    with PcmWriter(path) as w:
        for a in range(0, n, block):
            m = min(block, n - a)
            level = 0.2 + 0.15 * np.sin(2 * np.pi * (a + np.arange(m)) / (7.3 * SR))
            x = rng.standard_normal((m, 2), dtype=np.float32) * level[:, None].astype(np.float32)
            x[::37_003] *= 6.0  # bursts the limiter must catch
            w.write(x)
    return w.result()


def test_pcm_file_reads_slices_with_gain_and_read_ahead(tmp_path: Path) -> None:
    x = np.arange(2 * 70_000, dtype=np.float32).reshape(-1, 2) / 1e6
    with PcmWriter(tmp_path / "a.f32") as w:
        w.write(x[:12_345])
        w.write(x[12_345:])
    pcm = w.result(gain=0.5)
    assert pcm.shape == (70_000, 2) and w.peak == pytest.approx(float(x.max()))
    # small reads come from the read-ahead window; one straddles its end, one is past the file's end
    for a, b in [(0, 1024), (1024, 2048), (47_000, 49_500), (69_000, 71_000), (5, 60_000)]:
        np.testing.assert_array_equal(pcm[a:b], x[a:b] * np.float32(0.5))
    assert pcm[80_000:90_000].shape == (0, 2)
    np.testing.assert_array_equal(pcm.with_gain(4.0).to_array(), x * np.float32(2.0))
    with pytest.raises(TypeError):
        pcm[::2]
    pcm.close()


def test_truncated_file_and_unwritable_folder_are_clear_errors(tmp_path: Path) -> None:
    with PcmWriter(tmp_path / "short.f32") as w:
        w.write(np.zeros((100, 2), np.float32))
    lying = PcmFile(tmp_path / "short.f32", 200_000)
    with pytest.raises(AudioError, match="ended early"):
        lying.read(0, 150_000)
    with pytest.raises(ProjectError, match="cannot write"):
        PcmWriter(tmp_path / "missing" / "x.f32")


def test_score_rendered_to_a_file_in_blocks_equals_the_whole_render(epic_score: Score, epic_audio: np.ndarray,
                                                                    bundled_soundfont: Path, tmp_path: Path,
                                                                    ) -> None:
    pcm = render_score_to_file(epic_score, tmp_path / "m.f32", soundfont=bundled_soundfont, block_samples=30_011)
    assert pcm.shape == epic_audio.shape
    np.testing.assert_array_equal(pcm.to_array(), epic_audio)
    assert render_score(epic_score, soundfont=bundled_soundfont).shape == epic_audio.shape
    pcm.close()


def test_meter_and_limiter_fed_in_blocks_match_the_whole_signal(tmp_path: Path) -> None:
    x = noise_file(tmp_path / "n.f32", 9.0).to_array()
    whole = _Meter(SR)
    whole.feed(x)
    parts = _Meter(SR)
    for a, b in [(0, 7), (7, 50_001), (50_001, 50_002), (50_002, 300_000), (300_000, x.shape[0])]:
        parts.feed(x[a:b])
    assert parts.lufs() == pytest.approx(whole.lufs(), abs=1e-6)
    assert loudness_lufs(x) == pytest.approx(whole.lufs(), abs=1e-9)

    env = _true_peak_envelope(x)
    limiter = _Limiter(env, SR, -1.0)
    full = limiter.curve(0, x.shape[0], 3.0)
    assert full.min() < 0.9 * 3.0  # the bursts are limited: the seams below are really exercised
    pieces = np.concatenate([limiter.curve(a, min(a + 41_000, x.shape[0]), 3.0) for a in range(0, x.shape[0], 41_000)])
    np.testing.assert_allclose(pieces, full, rtol=1e-6)


def test_mix_in_small_blocks_equals_the_mix_in_one_block(tmp_path: Path, engine, monkeypatch: pytest.MonkeyPatch,
                                                         ) -> None:
    line: Speech = engine.speak("Over here, the light is on.", "woman", "en")
    music = noise_file(tmp_path / "music.f32", 12.0)
    one = mix(12.0, music, [(3.0, line)])
    # blocks of 0.37 s (not a whole number of loudness hops) put seams inside the line, the ducking ramps,
    # the fades and the limited bursts
    monkeypatch.setattr(mixer_module, "_CHUNK", 17_777)
    small = mix_to_file(12.0, music, [(3.0, line)], tmp_path / "mix.f32")
    np.testing.assert_allclose(small.to_array(), one, atol=2e-6)
    assert loudness_lufs(small) == pytest.approx(-16.0, abs=0.5)
    assert true_peak_dbfs(one) <= -0.9
    small.close()
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["mix.f32", "music.f32"]  # scratch files are gone


def _mix_peak_bytes(tmp_path: Path, seconds: float, line: Speech) -> int:
    music = noise_file(tmp_path / f"music{seconds:.0f}.f32", seconds)
    lines = [(s, line) for s in np.arange(2.0, seconds - 5.0, 10.0)]
    tracemalloc.start()
    try:
        out = mix_to_file(seconds, music, lines, tmp_path / f"mix{seconds:.0f}.f32")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    print(f"{seconds:.0f} s mix: peak {peak / 1e6:.1f} MB traced")
    assert out.n_samples == round(seconds * SR)
    assert loudness_lufs(out) == pytest.approx(-16.0, abs=0.5)
    return peak


def test_mix_memory_does_not_grow_with_the_film(tmp_path: Path, engine, monkeypatch: pytest.MonkeyPatch,
                                                ) -> None:
    line: Speech = engine.speak("And so the day went on.", "narrator", "en")
    # 1 s blocks keep the test quick; the film is ten times longer than the short one
    monkeypatch.setattr(mixer_module, "_CHUNK", 48_000)
    short = _mix_peak_bytes(tmp_path, 9.0, line)
    long = _mix_peak_bytes(tmp_path, 90.0, line)
    # an in-memory mix of this film would hold 35 MB in each stereo float32 copy alone
    assert long <= 1.2 * short, (short, long)
    assert long < 12e6
