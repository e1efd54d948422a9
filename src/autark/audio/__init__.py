"""Audio for films: voices (engine interface, espeak-ng), music (seeded MIDI scores, FluidSynth) and the mix.

Arrays are numpy float32 shaped (n_samples, channels) at 48 kHz unless a ``sample_rate_hz`` says otherwise.
Heavy libraries (scipy, pretty_midi, FluidSynth, pyloudnorm) are imported inside the functions that use them.
"""

from __future__ import annotations

from autark.audio.mixer import loudness_lufs, mix, read_wav, true_peak_dbfs, write_wav
from autark.audio.music import MOODS, Score, compose_score
from autark.audio.synth import find_soundfont, render_score
from autark.audio.voices import EspeakEngine, Speech, VoiceEngine, VoiceInfo

__all__ = [
    "EspeakEngine",
    "MOODS",
    "Score",
    "Speech",
    "VoiceEngine",
    "VoiceInfo",
    "compose_score",
    "find_soundfont",
    "loudness_lufs",
    "mix",
    "read_wav",
    "render_score",
    "true_peak_dbfs",
    "write_wav",
]
