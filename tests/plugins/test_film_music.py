"""A music plugin's answer becomes the film's music bed: audio resampled and fitted to the film, MIDI rendered
by autark's synthesiser (``autark make`` asking the plugin: test_film_plugins.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import SAMPLE_RATE_HZ, compose_score
from autark.plugins.kinds import MusicResult
from autark.plugins.music import write_bed


def _peak_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x))
    return float(np.fft.rfftfreq(x.shape[0], 1 / rate)[spectrum.argmax()])


def test_audio_is_resampled_and_fitted_to_the_film(tmp_path: Path) -> None:
    t = np.arange(22050) / 22050  # 1 s of 330 Hz at 22.05 kHz for a 1.5 s film: padded with silence
    bed = write_bed(MusicResult((0.5 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), 22050), 1.5,
                    tmp_path / "bed.f32")
    audio = bed.read(0, bed.n_samples)
    assert bed.sample_rate_hz == SAMPLE_RATE_HZ and audio.shape == (72000, 2)
    assert _peak_hz(audio[:48000, 0], SAMPLE_RATE_HZ) == pytest.approx(330, abs=2)
    assert np.abs(audio[49000:]).max() == 0.0


def test_midi_is_rendered_by_the_synthesiser(tmp_path: Path) -> None:
    midi = compose_score("calm", 4.0, seed=1).midi_bytes
    bed = write_bed(MusicResult(midi=midi), 4.0, tmp_path / "bed.f32")
    audio = bed.read(0, bed.n_samples)
    assert audio.shape == (4 * SAMPLE_RATE_HZ, 2) and np.abs(audio).max() > 0.01
