"""Small signal helpers shared by voices, music and the mixer (private).

Audio arrays are numpy float32 of shape (n_samples, channels); scipy is imported inside the functions that
need it so importing ``autark.audio`` stays cheap.
"""

from __future__ import annotations

from functools import cache
from math import gcd

import numpy as np

SAMPLE_RATE_HZ = 48000


def as_2d(audio: np.ndarray) -> np.ndarray:
    """Return ``audio`` as float32 (n, channels); a 1-D array becomes one channel."""
    arr = np.asarray(audio, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[:, None]
    return arr


def to_stereo(audio: np.ndarray) -> np.ndarray:
    """Mono (n, 1) is copied to both channels; stereo passes through; other layouts are an error."""
    arr = as_2d(audio)
    if arr.shape[1] == 2:
        return arr
    if arr.shape[1] == 1:
        return np.repeat(arr, 2, axis=1)
    raise ValueError(f"expected mono or stereo audio, got {arr.shape[1]} channels")


def resample(audio: np.ndarray, from_hz: int, to_hz: int) -> np.ndarray:
    """Polyphase resampling along time (exact rational ratio, no drift over long files)."""
    arr = as_2d(audio)
    if from_hz == to_hz or arr.shape[0] == 0:
        return arr
    from scipy.signal import resample_poly

    g = gcd(int(from_hz), int(to_hz))
    out = resample_poly(arr, int(to_hz) // g, int(from_hz) // g, axis=0)
    return out.astype(np.float32, copy=False)


def fit_length(audio: np.ndarray, n_samples: int) -> np.ndarray:
    """Trim or zero-pad to exactly ``n_samples``."""
    arr = as_2d(audio)
    if arr.shape[0] >= n_samples:
        return arr[:n_samples]
    pad = np.zeros((n_samples - arr.shape[0], arr.shape[1]), dtype=np.float32)
    return np.concatenate([arr, pad], axis=0)


def frame_rms(mono: np.ndarray, hop: int, n_frames: int) -> np.ndarray:
    """RMS of consecutive, non-overlapping windows of ``hop`` samples; short input is zero-padded."""
    x = np.asarray(mono, dtype=np.float64).reshape(-1)
    need = hop * n_frames
    if x.shape[0] < need:
        x = np.concatenate([x, np.zeros(need - x.shape[0])])
    frames = x[:need].reshape(n_frames, hop)
    return np.sqrt(np.mean(frames * frames, axis=1))


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def gain_to_db(gain: float) -> float:
    return float(20.0 * np.log10(max(gain, 1e-12)))


def pan_gains(pan: float) -> np.ndarray:
    """Equal-power (left, right) gains for ``pan`` from -1 (left) to 1 (right); each is 0.707 at the centre."""
    return np.array([np.cos((pan + 1) * np.pi / 4), np.sin((pan + 1) * np.pi / 4)])


@cache
def _butter_sos(kind: str, cutoff: float | tuple[float, float], order: int, rate: int) -> np.ndarray:
    from scipy.signal import butter

    return butter(order, cutoff, btype=kind, fs=rate, output="sos")


def filtered(x: np.ndarray, kind: str, cutoff: float | tuple[float, float], rate: int, order: int = 2) -> np.ndarray:
    """``x`` through a Butterworth filter (``kind``: "lowpass", "highpass", "bandpass") along its first axis."""
    from scipy.signal import sosfilt

    return sosfilt(_butter_sos(kind, cutoff, order, rate), x, axis=0)


# -- the sound effects' building blocks (autark.audio.foley, foley_calls) -------------------------------------
def seconds(rate: int, length_s: float) -> np.ndarray:
    """The times of ``length_s`` of samples at ``rate``, from 0."""
    return np.arange(int(round(length_s * rate))) / rate


def attack_decay(t: np.ndarray, attack_s: float, decay_s: float) -> np.ndarray:
    """A linear rise over ``attack_s``, then an exponential decay with time constant ``decay_s``."""
    return np.minimum(t / max(attack_s, 1e-6), 1.0) * np.exp(-np.maximum(t - attack_s, 0.0) / decay_s)


def damped_ring(rate: int, freq: float, decay_s: float, length_s: float | None = None,
                phase: float = 0.0) -> np.ndarray:
    """A damped resonance: an impulse exciting one mode at ``freq`` that dies with time constant ``decay_s``."""
    t = seconds(rate, length_s if length_s is not None else 6 * decay_s)
    return np.sin(2 * np.pi * freq * t + phase) * np.exp(-t / decay_s)
