"""FluidSynth rendering: exact length, stereo, audible, unclipped, and an ending that rings out."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from autark.audio import Score, compose_score, render_score
from autark.errors import AudioError

SR = 48000


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.asarray(x, dtype=np.float64) ** 2)))


def test_render_is_exact_length_stereo_audible_and_unclipped(epic_score: Score, epic_audio: np.ndarray) -> None:
    assert epic_audio.shape == (round(epic_score.duration_s * SR), 2)
    assert epic_audio.dtype == np.float32
    assert rms(epic_audio) > 0.02
    assert float(np.abs(epic_audio).max()) < 1.0
    # Real stereo: the panned parts make the channels differ.
    left, right = epic_audio[:, 0], epic_audio[:, 1]
    assert rms(left - right) > 0.1 * rms(left + right)


def test_final_chord_sustains_and_decays(epic_score: Score, epic_audio: np.ndarray) -> None:
    last = epic_audio[-SR:]
    quarters = [rms(last[i * SR // 4:(i + 1) * SR // 4]) for i in range(4)]
    body = rms(epic_audio[: -2 * SR])
    assert quarters[0] > 0.05 * body  # still sounding in the last second
    assert quarters[3] < quarters[0]  # and fading, not cut at full level
    assert rms(epic_audio[-200:]) < 0.2 * quarters[0]  # the very end arrives near silence


def test_renders_with_the_bundled_soundfont_at_another_rate(bundled_soundfont: Path) -> None:
    assert bundled_soundfont.name == "TimGM6mb.sf2"
    score = compose_score("calm", 3.0, seed=1)
    audio = render_score(score, sample_rate_hz=44100, soundfont=bundled_soundfont)
    assert audio.shape == (3 * 44100, 2)
    assert rms(audio) > 0.01


def test_missing_fluidsynth_names_the_package(monkeypatch: pytest.MonkeyPatch, epic_score: Score) -> None:
    monkeypatch.setitem(sys.modules, "fluidsynth", None)  # makes "import fluidsynth" raise ImportError
    with pytest.raises(AudioError) as err:
        render_score(epic_score)
    assert "libfluidsynth3" in str(err.value)


def test_missing_soundfont_is_an_audio_error(tmp_path: Path, epic_score: Score) -> None:
    with pytest.raises(AudioError, match="SoundFont"):
        render_score(epic_score, soundfont=tmp_path / "none.sf2")
