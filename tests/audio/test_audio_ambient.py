"""Ambient sound: which layers a scene is heard with, the shape of each layer's spectrum, thunder after
lightning, seeded blocks that join, and the bed kept well under the dialogue in the mix."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, Speech
from autark.audio.ambient import Ambience, AmbientSpan, film_ambience, layer_samples, layers_for
from autark.audio.mixer import mix_to_file
from autark.scene.model import Scene, SceneObject, Settings
from autark.scene.weather import lightning_strikes

SR = 48000


def band_shares(x: np.ndarray) -> tuple[float, float, float]:
    """Shares of the energy under 500 Hz and over 2 kHz, and the spectral flatness 100 Hz-12 kHz."""
    m = x.mean(axis=1).astype(np.float64)
    power = np.abs(np.fft.rfft(m)) ** 2
    f = np.fft.rfftfreq(m.shape[0], 1 / SR)
    band = power[(f > 100) & (f < 12000)] + 1e-20
    flatness = float(np.exp(np.mean(np.log(band))) / np.mean(band))
    return float(power[f < 500].sum() / power.sum()), float(power[f > 2000].sum() / power.sum()), flatness


def scene(setting: str = "", weather: str = "clear", lighting: str = "daylight", background: str = "day sky",
          objects: tuple[str, ...] = ()) -> Scene:
    return Scene(settings=Settings(setting=setting, weather=weather, lighting=lighting, background=background),
                 objects=[SceneObject(id=f"obj{i}", name=t, type=t) for i, t in enumerate(objects, 1)])


def test_the_layers_follow_place_weather_and_time() -> None:
    assert layers_for(scene("forest")) == ("birds",)
    assert layers_for(scene("forest", lighting="night", background="night sky")) == ("crickets",)
    assert layers_for(scene("meadow", weather="rain")) == ("rain",)  # no birds sing in the rain
    assert layers_for(scene("beach")) == ("waves",)
    assert layers_for(scene("city_street", weather="storm")) == ("storm", "city")
    assert layers_for(scene("moon")) == ("space",)
    assert layers_for(scene("forest", weather="wind", objects=("campfire",))) == ("wind", "birds", "fire")
    assert layers_for(scene("living_room")) == ("room",)
    assert layers_for(scene("kitchen")) == ("kitchen",)  # a home's fridge, not a restaurant's guests
    assert layers_for(scene("classroom")) == ("children",)
    assert layers_for(scene("ship_deck", weather="rain")) == ("rain", "waves", "wind")
    assert layers_for(scene("playground", lighting="night", background="night sky")) == ("crickets",)
    assert layers_for(scene("mountain_lake")) == ("birds", "lake")
    assert layers_for(scene("")) == ("air",)
    assert layers_for(scene("outer_space", background="space")) == ("space",)
    assert layers_for(scene("underwater", background="underwater")) == ("underwater",)
    assert layers_for(scene("restaurant")) == ("restaurant",)


def test_rain_is_broadband_and_wind_is_low() -> None:
    low, high, flat = band_shares(layer_samples("rain", 2 * SR, seed=1))
    assert high > 0.5 and flat > 0.2, (low, high, flat)
    low, high, flat = band_shares(layer_samples("wind", 2 * SR, seed=1))
    assert low > 0.7 and high < 0.02, (low, high, flat)
    low, high, _ = band_shares(layer_samples("waves", 2 * SR, seed=1))
    assert low > high  # surf: a low roar with some spray


def test_crickets_sing_in_a_rhythm() -> None:
    x = layer_samples("crickets", 4 * SR, seed=2)[:, 0].astype(np.float64)
    from scipy.signal import butter, sosfilt

    song = sosfilt(butter(4, (4000, 5000), btype="bandpass", fs=SR, output="sos"), x)
    env = np.sqrt(np.convolve(song ** 2, np.ones(240) / 240, mode="same"))[::240]  # 200 envelope values a second
    env = env - env.mean()
    ac = np.correlate(env, env, mode="full")[len(env) - 1:]
    ac /= ac[0]
    lag = int(round(0.62 * 200))  # the left cricket's chirp period
    assert ac[lag - 2:lag + 3].max() > 0.3, ac[lag - 2:lag + 3]
    assert ac[lag // 2] < ac[lag - 2:lag + 3].max() - 0.2  # and between chirps the song is off


def test_birds_chirp_high_above_a_quiet_bed() -> None:
    low, high, _ = band_shares(layer_samples("birds", 4 * SR, seed=3))
    assert high > 0.6, (low, high)


def test_blocks_are_seeded_and_join() -> None:
    amb = Ambience([AmbientSpan(0.0, 9.0, ("rain", "city"), seed=5)])
    whole = amb(0, 9 * SR)
    again = Ambience([AmbientSpan(0.0, 9.0, ("rain", "city"), seed=5)])
    parts = np.concatenate([again(a, min(a + 100_003, 9 * SR)) for a in range(0, 9 * SR, 100_003)])
    assert np.array_equal(whole, parts)
    # the cross-fade between chunks keeps the level: no dip or bump at the 4 s seam
    rms = [float(np.sqrt(np.mean(whole[int(t * SR):int((t + 0.2) * SR)] ** 2))) for t in (3.2, 3.9, 4.6)]
    assert max(rms) / min(rms) < 1.4, rms
    other = Ambience([AmbientSpan(0.0, 9.0, ("rain", "city"), seed=6)])(0, SR)
    assert not np.array_equal(whole[:SR], other)


def test_thunder_follows_each_lightning_flash() -> None:
    storm = scene("meadow", weather="storm")
    strikes = lightning_strikes("storm", 0.0, 20.0)
    assert len(strikes) >= 2
    amb = film_ambience([(0.0, 20.0, 0.0, storm)], seed=1)
    assert amb is not None
    (span,) = amb.spans
    assert len(span.thunder_s) == len(strikes)
    for flash, thunder in zip(strikes, span.thunder_s, strict=True):
        assert 0.8 <= thunder - flash <= 2.8
    x = amb(0, 20 * SR)[:, 0].astype(np.float64)
    from scipy.signal import butter, sosfilt

    rumble = sosfilt(butter(4, 150, fs=SR, output="sos"), x)

    def level(t0: float, t1: float) -> float:
        return float(np.sqrt(np.mean(rumble[int(t0 * SR):int(t1 * SR)] ** 2)))

    t = span.thunder_s[0]
    assert level(t, t + 1.0) > 3 * level(strikes[0] - 0.8, strikes[0]), "no rumble after the flash"


@pytest.fixture(scope="module")
def line(engine: EspeakEngine) -> Speech:
    return engine.speak("It has been raining in the forest since the morning.", "narrator", "en")


def test_the_bed_sits_well_under_the_dialogue(line: Speech, tmp_path: Path) -> None:
    amb = film_ambience([(0.0, 8.0, 0.0, scene("city_street", weather="storm"))], seed=2)
    levels: list[tuple[float, float]] = []
    out = mix_to_file(8.0, None, [(1.0, line)], tmp_path / "mix.f32", line_levels=levels, ambience=amb)
    try:
        x = out.to_array()
    finally:
        out.close()
    (voice_db, bed_db), = levels
    assert voice_db - bed_db >= 10.0, levels
    tail = x[int((1.0 + line.duration_s + 0.5) * SR):int(7.0 * SR)]
    assert np.sqrt(np.mean(tail ** 2)) > 1e-3  # and it is heard where nobody speaks


def test_with_music_too_the_bed_stays_under_the_dialogue_and_the_rain_is_heard(line: Speech, epic_audio: np.ndarray,
                                                                               tmp_path: Path) -> None:
    amb = film_ambience([(0.0, 8.0, 0.0, scene("meadow", weather="rain"))], seed=3)
    levels: list[tuple[float, float]] = []
    out = mix_to_file(8.0, epic_audio, [(1.0, line)], tmp_path / "wet.f32", line_levels=levels, ambience=amb)
    dry = mix_to_file(8.0, epic_audio, [(1.0, line)], tmp_path / "dry.f32")
    try:
        wet_x, dry_x = out.to_array(), dry.to_array()
    finally:
        out.close()
        dry.close()
    (voice_db, bed_db), = levels
    assert voice_db - bed_db >= 10.0, levels
    gap = slice(int((1.5 + line.duration_s) * SR), int(6.5 * SR))  # after the line: the music and the rain
    from scipy.signal import butter, sosfilt

    hiss = butter(4, 6000, btype="highpass", fs=SR, output="sos")
    wet_hiss = np.sqrt(np.mean(sosfilt(hiss, wet_x[gap, 0]) ** 2))
    dry_hiss = np.sqrt(np.mean(sosfilt(hiss, dry_x[gap, 0]) ** 2))
    assert wet_hiss > 2 * dry_hiss, (wet_hiss, dry_hiss)  # the rain's hiss over the music's highs


def test_every_set_has_a_bed_of_its_own() -> None:
    """Each set a story can stage (autark.assets.settings) is heard as a place, not as the neutral air."""
    from autark.assets.templates import list_settings

    names = list_settings()
    assert len(names) >= 30
    silent = [n for n in names if layers_for(scene(n)) == ("air",)]
    assert not silent, silent


def _spectrum(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    m = x.mean(axis=1).astype(np.float64)
    return np.fft.rfftfreq(m.shape[0], 1 / SR), np.abs(np.fft.rfft(m)) ** 2


def test_a_kitchen_hums_on_the_mains_harmonics_and_its_clock_ticks_each_second() -> None:
    x = layer_samples("kitchen", 4 * SR, seed=4)
    f, power = _spectrum(x)
    near = (f > 95) & (f < 105)
    assert power[near].sum() > 20 * power[(f > 110) & (f < 140)].sum()  # a line at 100 Hz over the noise
    from scipy.signal import butter, sosfilt

    tick = sosfilt(butter(4, (2800, 3600), btype="bandpass", fs=SR, output="sos"), x[:, 1].astype(np.float64))
    env = np.abs(tick).reshape(-1, SR // 100).max(axis=1)  # 100 values a second
    peaks = np.flatnonzero(env > 0.5 * env.max())
    starts = peaks[np.r_[True, np.diff(peaks) > 5]]
    assert len(starts) >= 4 and np.allclose(np.diff(starts), 100, atol=2), starts


def test_children_chatter_higher_than_grown_ups() -> None:
    def centroid(kind: str) -> float:
        f, power = _spectrum(layer_samples(kind, 3 * SR, seed=5))
        return float((f * power).sum() / power.sum())

    assert centroid("children") > 1.3 * centroid("murmur")


def test_a_ward_monitor_beeps_once_a_second() -> None:
    x = layer_samples("hospital", 4 * SR, seed=6)[:, 1].astype(np.float64)
    from scipy.signal import butter, sosfilt

    beep = np.abs(sosfilt(butter(4, (900, 1080), btype="bandpass", fs=SR, output="sos"), x))
    env = beep.reshape(-1, SR // 100).mean(axis=1)
    on = env > 0.5 * env.max()
    assert 0.08 < on.mean() < 0.2  # about 120 ms of each second
    rises = np.flatnonzero(np.diff(on.astype(int)) == 1)
    assert len(rises) >= 3 and np.allclose(np.diff(rises), 100, atol=2), rises


def test_a_cave_drop_rings_back_off_the_walls() -> None:
    x = layer_samples("cave", 8 * SR, seed=7).mean(axis=1).astype(np.float64)
    from scipy.signal import butter, sosfilt

    drops = np.abs(sosfilt(butter(4, 600, btype="highpass", fs=SR, output="sos"), x))
    env = drops.reshape(-1, SR // 200).max(axis=1)  # 200 values a second
    env = env - env.mean()
    ac = np.correlate(env, env, mode="full")[len(env) - 1:]
    ac /= ac[0]
    assert ac[22] > ac[12] + 0.05  # each drop comes back 0.11 s later (lag 22 at 200/s), not at 60 ms


def test_steady_noise_loops_and_a_rhythm_does_not() -> None:
    from autark.audio.ambient import CHUNK_S, NOISE_LOOP

    n = int((CHUNK_S + 0.5) * SR)
    amb = Ambience([AmbientSpan(0.0, 30.0, ("storm", "crickets"), seed=3)])
    span = amb.spans[0]
    storm = [amb._layer(0, span, "storm", j, n) for j in range(NOISE_LOOP + 1)]
    assert np.array_equal(storm[0], storm[NOISE_LOOP]) and not np.array_equal(storm[0], storm[1])
    crickets = [amb._layer(0, span, "crickets", j, n) for j in (0, NOISE_LOOP)]
    assert not np.array_equal(crickets[0], crickets[1])  # its rhythm runs on the scene's clock
    # the seam where the loop comes round keeps the level, as every other seam does
    whole = amb(0, 30 * SR)
    at = NOISE_LOOP * CHUNK_S
    rms = [float(np.sqrt(np.mean(whole[int(t * SR):int((t + 0.2) * SR)] ** 2))) for t in (at - 0.8, at - 0.1, at + 0.6)]
    assert max(rms) / min(rms) < 1.4, rms
