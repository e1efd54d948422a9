"""A voice plugin as the studio's voice engine: its audio (resampled to 48 kHz) and its word timings become a
``Speech``; when it fails, the built-in voices speak, once said."""

from __future__ import annotations

import fake_plugins as fake
import numpy as np
import pytest

from autark.audio import EspeakEngine, Speech
from autark.config import Settings
from autark.plugins.catalog import PLUGINS
from autark.plugins.kinds import Plugin
from autark.plugins.voices import plugin_voices

pytestmark = pytest.mark.usefixtures("own_registries", "config_dir")


def test_no_voice_plugin_means_the_built_in_voices() -> None:
    assert plugin_voices(Settings(), EspeakEngine()) is None


def test_a_voice_plugin_speaks_the_films_lines() -> None:
    PLUGINS["voice"].add("tone", Plugin("tone", "voice", fake.Tone, isolated=False))
    engine = plugin_voices(Settings(), EspeakEngine())
    assert engine is not None and engine.name == "tone+espeak-ng"
    speech = engine.speak("Hello  there, knight.", "man", "en")
    assert isinstance(speech, Speech) and speech.sample_rate_hz == 48000 and speech.samples.shape[1] == 1
    assert speech.duration_s == pytest.approx(0.6, abs=0.01) and speech.text == "Hello there, knight."
    assert [w[0] for w in speech.words] == ["Hello", "there,", "knight."] and speech.words[2][1] == pytest.approx(0.4)
    spectrum = np.abs(np.fft.rfft(speech.samples[:, 0]))
    assert np.fft.rfftfreq(speech.samples.shape[0], 1 / 48000)[spectrum.argmax()] == pytest.approx(220, abs=3)
    assert speech.mouth_open(24).shape == (15,)  # the animation reads it like any engine's speech


def test_a_failing_voice_plugin_hands_the_film_to_the_built_in_voices() -> None:
    PLUGINS["voice"].add("bad", Plugin("bad", "voice", fake.Crashes, isolated=False))
    said: list[str] = []
    engine = plugin_voices(Settings(), EspeakEngine(), report=said.append)
    assert engine is not None
    first = engine.speak("Hello there.", "woman", "en")
    second = engine.speak("Good bye.", "woman", "en")
    assert first.duration_s > 0.4 and second.duration_s > 0.3  # espeak-ng spoke both
    assert said == engine.notes and len(said) == 1 and "the model file is corrupt" in said[0]
