"""Sound effects: every registered effect is finite, heard, at its level and the same from the same seed; the
registry refuses a name twice; and the designs have the physics they claim (an explosion's fast attack and low
rumble, glass's high shards, a clap's short mid-band ring, applause's many claps, a bell's slow decay)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio.foley import FOLEY, FoleySound, effect_samples, measure_level_lufs
from autark.errors import AudioError, RegistryError

SR = 48000


def mono(x: np.ndarray) -> np.ndarray:
    return (x if x.ndim == 1 else x.mean(axis=1)).astype(np.float64)


def band_share(x: np.ndarray, lo: float, hi: float) -> float:
    power = np.abs(np.fft.rfft(mono(x))) ** 2
    f = np.fft.rfftfreq(mono(x).shape[0], 1 / SR)
    return float(power[(f >= lo) & (f < hi)].sum() / power.sum())


def envelope(x: np.ndarray, win_s: float = 0.005) -> np.ndarray:
    """RMS in consecutive windows of ``win_s``."""
    m = mono(x)
    hop = int(win_s * SR)
    n = m.shape[0] // hop
    return np.sqrt(np.mean(m[:n * hop].reshape(n, hop) ** 2, axis=1))


@pytest.mark.parametrize("kind", sorted(FOLEY))
def test_every_effect_is_finite_heard_and_at_its_level(kind: str) -> None:
    x = effect_samples(kind, seed=3)
    sound = FOLEY[kind]
    assert x.dtype == np.float32 and x.ndim in (1, 2) and (x.ndim == 1 or x.shape[1] == 2)
    assert np.all(np.isfinite(x))
    assert x.shape[0] == pytest.approx(sound.duration_s * SR, abs=2)
    assert measure_level_lufs(x) == pytest.approx(sound.level_lufs, abs=0.3)
    assert np.max(np.abs(x)) < 4.0  # peaks within 12 dB over full scale: the mix's gain and limiter handle it
    assert np.max(np.abs(x[-48:])) < 0.05 * np.max(np.abs(x))  # it ends on silence, not a click


def test_effects_are_the_same_from_the_same_seed_and_differ_by_seed() -> None:
    for kind in ("explosion", "shatter", "applause"):
        a, b, c = effect_samples(kind, 5), effect_samples(kind, 5), effect_samples(kind, 6)
        assert np.array_equal(a, b)
        assert not np.allclose(a, c)


def test_a_sustained_effect_lasts_as_long_as_asked() -> None:
    assert effect_samples("applause", 1, duration_s=5.0).shape[0] == 5 * SR
    assert effect_samples("sizzle", 1, duration_s=1.5).shape[0] == int(1.5 * SR)
    assert effect_samples("clap", 1, duration_s=5.0).shape[0] == effect_samples("clap", 1).shape[0]  # not sustained
    with pytest.raises(KeyError):
        effect_samples("yodel")  # no such effect


def test_the_registry_refuses_a_name_twice_and_a_bad_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(RegistryError):
        FOLEY.add("explosion", FOLEY["explosion"])
    with pytest.raises(RegistryError):
        FOLEY.add("test_too_loud", FoleySound(FOLEY["thud"].make, 6.0, 1.0))
    assert "test_too_loud" not in FOLEY
    # a plugin's effect that makes nonsense is an AudioError (set in for this test only)
    monkeypatch.setitem(FOLEY._entries, "test_broken", FoleySound(lambda rng, rate, d: np.full(100, np.nan), -20.0, 1.0))
    with pytest.raises(AudioError, match="not finite"):
        effect_samples("test_broken")


def test_an_explosion_hits_at_once_and_rumbles_low_for_a_second() -> None:
    x = effect_samples("explosion", 1)
    env = envelope(x)
    peak = int(np.argmax(env))
    assert env[:4].max() > 0.5 * env[peak]  # the shock front: within 6 dB of its loudest in the first 20 ms
    assert band_share(x, 20, 300) > 0.7  # the fireball's roar is low
    one_s = env[int(1.0 / 0.005)]
    assert 0.01 * env[peak] < one_s < 0.5 * env[peak]  # still rumbling a second on, well down from the blast


def test_glass_breaks_high_and_settles_within_a_second() -> None:
    x = effect_samples("shatter", 1)
    assert band_share(x, 2500, 12000) > 0.6
    env = envelope(x)
    assert np.argmax(env) * 0.005 < 0.02
    assert env[int(0.6 / 0.005):].max() < 0.1 * env.max()


def test_a_clap_is_short_and_mid_band_and_applause_is_many_claps() -> None:
    clap = effect_samples("clap", 1)
    env = envelope(clap, 0.001)
    assert np.argmax(env) < 5  # a 1 ms rise
    assert np.nonzero(env > 0.1 * env.max())[0][-1] < 30  # rung out within 30 ms
    assert band_share(clap, 700, 4500) > 0.8
    applause = effect_samples("applause", 1, duration_s=3.0)
    env = envelope(applause, 0.005)[int(0.5 / 0.005):int(2.3 / 0.005)]
    # a crowd: claps overlap into a dense texture (no silent gaps), but still rough (not steady noise)
    assert np.percentile(env, 5) > 0.1 * np.percentile(env, 95)
    assert np.std(env) / np.mean(env) > 0.1
    left, right = applause[:, 0].astype(np.float64), applause[:, 1].astype(np.float64)
    assert abs(np.corrcoef(left, right)[0, 1]) < 0.8  # spread across the stereo field


def test_a_bell_rings_on_and_a_thud_is_low_and_short() -> None:
    bell = envelope(effect_samples("ding", 1), 0.01)
    assert bell[100] > 0.1 * bell.max()  # 1 s on it still rings
    thud = effect_samples("thud", 1)
    assert band_share(thud, 20, 600) > 0.7
    env = envelope(thud)
    assert np.nonzero(env > 0.1 * env.max())[0][-1] * 0.005 < 0.25


def test_a_fire_catches_with_a_swell_and_frying_crackles_high() -> None:
    env = envelope(effect_samples("ignite", 1), 0.01)
    assert 0.2 < np.argmax(env) * 0.01 < 0.6  # it swells as the flame takes hold
    sizzle = effect_samples("sizzle", 1, duration_s=2.0)
    assert band_share(sizzle, 2000, 12000) > 0.6


def test_a_roar_is_a_low_rough_voice_whose_pitch_rises_and_falls() -> None:
    from scipy.signal import butter, sosfilt

    x = effect_samples("roar", 1).astype(np.float64)
    low = sosfilt(butter(4, 400.0, fs=SR, output="sos"), x)
    pitch, clarity = [], []
    for a in range(int(0.2 * SR), int(1.3 * SR), int(0.1 * SR)):  # autocorrelation pitch in 80 ms frames
        f = low[a:a + int(0.08 * SR)] - low[a:a + int(0.08 * SR)].mean()
        ac = np.correlate(f, f, "full")[f.shape[0] - 1:]
        lag = SR // 200 + int(np.argmax(ac[SR // 200:SR // 50]))
        pitch.append(SR / lag)
        clarity.append(ac[lag] / ac[0])
    assert min(pitch) > 60 and max(pitch) < 160  # a big throat
    top = int(np.argmax(pitch))
    assert 0 < top < len(pitch) - 1 and pitch[top] > 1.25 * pitch[0] and pitch[top] > 1.2 * pitch[-1]
    assert np.median(clarity) > 0.5  # voiced: a pitch, not just noise
    assert band_share(x, 100, 2000) > 0.6 and band_share(x, 3000, 24000) < 0.05


def test_swords_ring_on_and_a_punch_is_over_at_once() -> None:
    clang = envelope(effect_samples("clang", 1), 0.01)
    assert clang[40] > 0.05 * clang.max()  # steel rings on 0.4 s after the strike
    assert band_share(effect_samples("clang", 1), 500, 6000) > 0.8
    punch = envelope(effect_samples("punch", 1), 0.005)
    assert np.nonzero(punch > 0.1 * punch.max())[0][-1] * 0.005 < 0.15
    assert band_share(effect_samples("punch", 1), 50, 3500) > 0.85
