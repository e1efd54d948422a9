"""The mix: loudness, peaks, ducking under dialogue, fades, placement, WAV round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, Speech, loudness_lufs, mix, read_wav, true_peak_dbfs, write_wav
from autark.audio.mixer import duck_gain, limit
from autark.errors import UserInputError

SR = 48000
PROBE_HZ = 15000.0  # espeak-ng speaks at 22.05 kHz, so its speech has no energy here: a clean music probe


def tone_level_db(x: np.ndarray, start_s: float, end_s: float, freq_hz: float = PROBE_HZ) -> float:
    """Level of one sine component in a stretch of the left channel (a single-bin DFT)."""
    seg = x[int(start_s * SR):int(end_s * SR), 0].astype(np.float64)
    t = np.arange(seg.shape[0]) / SR
    amp = 2 * abs(np.dot(seg, np.exp(-2j * np.pi * freq_hz * t))) / seg.shape[0]
    return float(20 * np.log10(max(amp, 1e-12)))


@pytest.fixture(scope="module")
def line(engine: EspeakEngine) -> Speech:
    return engine.speak("The lighthouse keeper looked out over the dark water.", "narrator", "en")


def test_mix_hits_the_loudness_target_without_overs(epic_audio: np.ndarray, line: Speech) -> None:
    out = mix(8.0, epic_audio, [(2.0, line)])
    assert out.shape == (8 * SR, 2) and out.dtype == np.float32
    assert loudness_lufs(out) == pytest.approx(-16.0, abs=0.5)
    assert 20 * np.log10(np.abs(out).max()) <= -1.0 + 1e-6
    assert true_peak_dbfs(out) <= -0.9  # 4x-oversampled estimate; the limiter aims just under -1


def test_other_loudness_targets(epic_audio: np.ndarray) -> None:
    out = mix(8.0, epic_audio, [], target_lufs=-23.0)
    assert loudness_lufs(out) == pytest.approx(-23.0, abs=0.5)


def test_music_ducks_under_speech(line: Speech) -> None:
    duration = 12.0
    t = np.arange(int(duration * SR)) / SR
    probe = (0.3 * np.sin(2 * np.pi * PROBE_HZ * t)).astype(np.float32)
    music = np.stack([probe, probe], axis=1)
    start = 4.0
    out = mix(duration, music, [(start, line)], duck_db=-10.0, fade_in_s=0.5, fade_out_s=0.5)
    before = tone_level_db(out, 1.5, 3.0)
    spoken = line.spans()
    under = tone_level_db(out, start + spoken[0][0] + 0.2, start + spoken[-1][1] - 0.2)
    after = tone_level_db(out, start + line.duration_s + 2.0, duration - 1.0)
    assert before - under >= 6.0, (before, under)
    assert abs(after - before) < 1.0  # and it comes back once the line is over


def test_line_levels_give_the_stems_under_each_line(line: Speech, tmp_path: Path) -> None:
    """What the film report's speech over music is measured from: the dialogue's and the music's RMS while
    each line is voiced, as they go into the mix; ducking lifts the line ~10 dB further over the music."""
    from autark.audio import mix_to_file

    duration = 12.0
    t = np.arange(int(duration * SR)) / SR
    probe = (0.3 * np.sin(2 * np.pi * PROBE_HZ * t)).astype(np.float32)
    music = np.stack([probe, probe], axis=1)
    over = {}
    for duck_db in (-10.0, 0.0):
        levels: list[tuple[float, float]] = []
        mix_to_file(duration, music, [(1.0, line), (7.0, line)], tmp_path / f"mix{duck_db}.f32", duck_db=duck_db,
                    line_levels=levels).close()
        assert len(levels) == 2 and levels[0][0] == pytest.approx(levels[1][0])  # the same line twice
        voiced = np.concatenate([line.samples[int(a * line.sample_rate_hz):int(b * line.sample_rate_hz), 0]
                                 for a, b in line.spans()])
        expected_db = 10 * np.log10(np.mean(voiced.astype(np.float64) ** 2))
        assert levels[0][0] == pytest.approx(expected_db, abs=1.0)  # resampled to 48 kHz, so not exact
        over[duck_db] = levels[0][0] - levels[0][1]
    assert over[-10.0] - over[0.0] == pytest.approx(10.0, abs=1.5)
    assert over[-10.0] > 10.0
    levels = []
    mix_to_file(4.0, None, [(0.5, line)], tmp_path / "dry.f32", line_levels=levels).close()
    assert levels[0][1] == float("-inf")  # no music under it


def test_duck_gain_ramps_instead_of_jumping() -> None:
    active = np.zeros(500, dtype=bool)
    active[200:300] = True
    g = duck_gain(active, -10.0, control_hz=100, attack_s=0.25, release_s=0.8)
    assert g[0] == 0.0 and g[150] == 0.0
    assert g[200] == pytest.approx(-10.0)  # fully down when the voice starts: the ramp started early
    assert -10.0 < g[190] < 0.0
    assert g[300] < -9.0 and -10.0 < g[340] < 0.0 and g[400] == 0.0  # released over 0.8 s
    assert np.max(np.abs(np.diff(g))) <= 10.0 / 25 + 1e-9  # no step larger than the attack slope


def test_fades_start_and_end_near_silence(epic_audio: np.ndarray) -> None:
    out = mix(8.0, epic_audio, [], fade_in_s=1.0, fade_out_s=2.0)
    def level(a: float, b: float) -> float:
        seg = out[int(a * SR):int(b * SR)]
        return float(20 * np.log10(np.sqrt(np.mean(seg.astype(np.float64) ** 2)) + 1e-12))

    middle = level(3.0, 5.0)
    assert level(0.0, 0.02) < middle - 30
    assert level(0.0, 0.2) < level(0.8, 1.0)  # rising
    assert level(7.98, 8.0) < middle - 30


def test_speech_lands_at_its_start_time(line: Speech) -> None:
    out = mix(8.0, None, [(3.0, line)], fade_in_s=0.0, fade_out_s=0.0)
    env = np.abs(out[:, 0])
    onset_s = np.flatnonzero(env > 0.01)[0] / SR
    first_audible = np.flatnonzero(np.abs(line.samples[:, 0]) > 0.01 * 0.7 / np.abs(line.samples).max())[0] / SR
    assert onset_s == pytest.approx(3.0 + first_audible, abs=0.02)
    assert loudness_lufs(out) == pytest.approx(-16.0, abs=0.5)


def test_limiter_holds_the_ceiling_and_leaves_quiet_parts_alone() -> None:
    rng = np.random.default_rng(0)
    x = (0.05 * rng.normal(size=(SR, 2))).astype(np.float32)
    x[24000:24010] = 1.8  # a burst far over full scale
    y = limit(x)
    assert true_peak_dbfs(y) <= -0.9 and np.abs(y).max() <= 10 ** (-1 / 20)
    assert np.allclose(y[:20000], x[:20000]) and np.allclose(y[-20000:], x[-20000:])


def test_mix_rejects_lines_outside_the_film_and_fades_that_do_not_fit(line: Speech) -> None:
    with pytest.raises(UserInputError, match="outside"):
        mix(3.0, None, [(1.0, line)])
    with pytest.raises(UserInputError):
        mix(2.0, None, [], fade_in_s=1.5, fade_out_s=1.5)
    with pytest.raises(UserInputError):
        mix(2.0, None, [], duck_db=6.0)


def test_silence_stays_silent() -> None:
    out = mix(2.0, None, [], fade_in_s=0.5, fade_out_s=0.5)
    assert out.shape == (2 * SR, 2) and not np.any(out)


def test_wav_round_trip(tmp_path: Path, epic_audio: np.ndarray) -> None:
    path = write_wav(tmp_path / "mix.wav", epic_audio[:SR], SR)
    back, rate = read_wav(path)
    assert rate == SR and back.shape == (SR, 2)
    assert np.max(np.abs(back - epic_audio[:SR])) < 1.5 / 32768


def test_loudness_meter_agrees_with_pyloudnorm(epic_audio: np.ndarray) -> None:
    import pyloudnorm

    x = epic_audio.copy()
    x[: 2 * SR] *= 0.001  # a quiet stretch that the gates must drop
    reference = pyloudnorm.Meter(SR).integrated_loudness(x.astype(np.float64))
    assert loudness_lufs(x) == pytest.approx(reference, abs=0.01)
