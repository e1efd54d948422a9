"""Audio for films: voices (engine interface, espeak-ng, the optional neural voice), music (seeded MIDI scores, FluidSynth) and the mix.

Arrays are numpy float32 shaped (n_samples, channels) at ``SAMPLE_RATE_HZ`` (48 kHz) unless a ``sample_rate_hz`` says otherwise.
Film-length audio streams through disk instead: ``render_score_to_file`` and ``mix_to_file`` write raw float32
``PcmFile``s block by block, so memory does not grow with the film.
Heavy libraries (scipy, pretty_midi, FluidSynth, pyloudnorm) are imported inside the functions that use them.
"""

from __future__ import annotations

from autark.audio._signal import SAMPLE_RATE_HZ
from autark.audio.engines import VoiceRouter, default_voice_engine
from autark.audio.mixer import loudness_lufs, mix, mix_to_file, read_wav, true_peak_dbfs, write_wav
from autark.audio.music import MOODS, Score, compose_score
from autark.audio.pcm import PcmFile, PcmWriter
from autark.audio.synth import find_soundfont, render_score, render_score_to_file
from autark.audio.voices import EspeakEngine, MemoVoices, Speech, VoiceEngine, VoiceInfo

__all__ = [
    "EspeakEngine",
    "MOODS",
    "MemoVoices",
    "PcmFile",
    "PcmWriter",
    "SAMPLE_RATE_HZ",
    "Score",
    "Speech",
    "VoiceEngine",
    "VoiceInfo",
    "VoiceRouter",
    "compose_score",
    "default_voice_engine",
    "find_soundfont",
    "loudness_lufs",
    "mix",
    "mix_to_file",
    "read_wav",
    "render_score",
    "render_score_to_file",
    "true_peak_dbfs",
    "write_wav",
]
