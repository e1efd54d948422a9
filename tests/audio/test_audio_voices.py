"""espeak-ng voices: distinct, bilingual, cached, with a mouth envelope that follows the sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, Speech, VoiceEngine
from autark.errors import AudioError, NotUnderstood, UserInputError

SR = 48000
LINES = {"en": "The quick brown fox jumps over the lazy dog near the river bank.",
         "de": "Der schnelle braune Fuchs springt über den faulen Hund am Fluss."}


def _autocorr_frames(speech: Speech) -> list[tuple[float, float]]:
    """(f0_hz, periodicity 0..1) for each loud 30 ms frame, from the normalised autocorrelation peak."""
    x = speech.samples[:, 0].astype(np.float64)
    hop = int(0.03 * SR)
    lo, hi = SR // 500, SR // 60
    out = []
    for i in range(0, len(x) - hop, hop):
        frame = x[i:i + hop] - x[i:i + hop].mean()
        if np.sqrt(np.mean(frame ** 2)) < 0.05:
            continue
        ac = np.correlate(frame, frame, "full")[hop - 1:]
        k = lo + int(np.argmax(ac[lo:hi]))
        out.append((SR / k, ac[k] / ac[0]))
    return out


def median_f0(speech: Speech) -> float:
    frames = [f for f, p in _autocorr_frames(speech) if p > 0.3]
    assert len(frames) > 10, "too few voiced frames to estimate pitch"
    return float(np.median(frames))


def test_engine_satisfies_the_protocol_and_lists_both_languages(engine: EspeakEngine) -> None:
    assert isinstance(engine, VoiceEngine)
    voices = engine.voices()
    for lang in ("en", "de"):
        names = {v.name for v in voices if v.language == lang}
        assert {"narrator", "man", "woman", "child", "robot"} <= names


@pytest.mark.parametrize("language", ["en", "de"])
def test_voices_have_distinct_pitch(engine: EspeakEngine, language: str) -> None:
    order = ["narrator", "man", "woman", "child"]
    f0 = [median_f0(engine.speak(LINES[language], v, language)) for v in order]
    # Each voice at least 10 % higher than the one before: audibly different speakers.
    for lower, higher in zip(f0, f0[1:], strict=False):
        assert higher > 1.1 * lower, f0
    assert 60 < f0[0] < 140 and 180 < f0[2] < 320


def test_robot_voice_is_less_periodic_than_the_plain_voice(engine: EspeakEngine) -> None:
    plain = np.median([p for _, p in _autocorr_frames(engine.speak(LINES["en"], "man", "en"))])
    robot = np.median([p for _, p in _autocorr_frames(engine.speak(LINES["en"], "robot", "en"))])
    # Ring modulation spreads the harmonics off the voice's pitch grid.
    assert robot < plain - 0.1, (plain, robot)


@pytest.mark.parametrize("language", ["en", "de"])
def test_speech_is_audible_48k_mono_float32(engine: EspeakEngine, language: str) -> None:
    s = engine.speak(LINES[language], "woman", language)
    assert s.sample_rate_hz == SR and s.samples.dtype == np.float32 and s.samples.shape[1] == 1
    assert 2.0 < s.duration_s < 8.0
    assert float(np.sqrt(np.mean(s.samples ** 2))) > 0.05
    assert s.language == language and s.text == LINES[language]


def test_english_and_german_differ(engine: EspeakEngine) -> None:
    en = engine.speak("Good morning", "man", "en")
    de = engine.speak("Good morning", "man", "de")
    n = min(en.samples.shape[0], de.samples.shape[0])
    # The same letters are pronounced differently: not the same waveform.
    assert not np.allclose(en.samples[:n], de.samples[:n], atol=0.05)


def test_mouth_opens_in_speech_and_closes_in_pauses(engine: EspeakEngine) -> None:
    word = engine.speak("Hello there, my friend", "man", "en").samples
    gap = np.zeros((SR, 1), dtype=np.float32)  # one second of silence between two phrases
    s = Speech(np.concatenate([word, gap, word]), SR, "Hello there, my friend ... Hello there, my friend")
    fps = 24
    mouth = s.mouth_open(fps)
    assert mouth.shape == (int(np.ceil(s.duration_s * fps)),)
    assert mouth.min() >= 0.0 and mouth.max() <= 1.0
    w = word.shape[0] / SR
    in_gap = mouth[int((w + 0.1) * fps):int((w + 0.9) * fps)]
    in_speech = mouth[int(0.2 * fps):int((w - 0.2) * fps)]
    assert in_gap.max() < 0.05
    assert np.mean(in_speech) > 0.5

    spans = s.spans()
    assert len(spans) >= 2
    # espeak-ng pads its output with silence: the pause really runs from the phrase's last audible sample
    # to the next phrase's first one. spans() must find it there, to within 50 ms.
    audible = np.flatnonzero(np.abs(word[:, 0]) > 0.01)
    first_s, last_s = audible[0] / SR, audible[-1] / SR
    gap_start = max(e for _, e in spans if e < w + 0.5)
    gap_end = min(st for st, _ in spans if st > w + 0.5)
    assert gap_start == pytest.approx(last_s, abs=0.05)
    assert gap_end == pytest.approx(w + 1.0 + first_s, abs=0.05)


def test_mouth_open_with_ntsc_rate_counts_frames(engine: EspeakEngine) -> None:
    from fractions import Fraction

    s = engine.speak("Testing frame counts", "child", "en")
    fps = Fraction(30000, 1001)
    assert len(s.mouth_open(fps)) == int(np.ceil(s.duration_s * float(fps)))


def test_cache_serves_repeat_lines_without_running_espeak(tmp_path: Path) -> None:
    first = EspeakEngine(cache_dir=tmp_path).speak("Cached line", "narrator", "en")
    assert len(list(tmp_path.glob("speech-*.npy"))) == 1
    offline = EspeakEngine(cache_dir=tmp_path)
    offline._version = first_version = EspeakEngine().version()  # the key includes the engine version
    offline.executable = "espeak-ng-is-not-here"
    again = offline.speak("Cached line", "narrator", "en")
    assert np.array_equal(first.samples, again.samples)
    assert first_version.startswith("eSpeak NG")
    # A different line is a cache miss, which now needs the (missing) program.
    with pytest.raises(AudioError) as err:
        offline.speak("Another line", "narrator", "en")
    assert "apt-get install espeak-ng" in str(err.value)


def test_unknown_voice_and_language_and_empty_text(engine: EspeakEngine) -> None:
    with pytest.raises(NotUnderstood) as err:
        engine.speak("hi", "womn", "en")
    assert "woman" in err.value.suggestions
    with pytest.raises(NotUnderstood):
        engine.speak("hi", "man", "klingon")
    with pytest.raises(UserInputError):
        engine.speak("   ", "man", "en")
