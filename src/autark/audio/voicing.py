"""Distinct voices from one: voice specs, the pitch/formant/tempo/timbre profile of each, the shift that makes
it, and casting (which character gets which voice).

A voice spec is what a line's ``voice`` says: a base voice name ("man", "woman", "child", "elder",
"narrator", "robot"), optionally followed by ``#`` and a variant ("man#1"): the second man of a film speaks
with variant 1, so two knights do not sound alike. Variants 0..4 are fixed, well separated settings; higher
ones are drawn from a seeded generator within the same ranges.

The shift uses the engine's own tempo control: a voice rendered ``p`` times slower and then played ``p``
times faster (by resampling) has its pitch raised by ``p`` at the intended tempo. Resampling moves the
formants with the pitch (the "chipmunk" effect); :func:`reshape_timbre` moves the spectral envelope back
to where the profile wants it (cepstral envelope, warped per STFT frame) and tilts it brighter or darker.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

__all__ = ["BASE_VOICES", "VoiceProfile", "body_of", "cast_voices", "parse_voice", "reshape_timbre", "voice_profile"]


@dataclass(frozen=True)
class VoiceProfile:
    """How a voice differs from the packaged one: ``pitch`` and ``formant`` are frequency factors, ``tempo``
    a duration factor (above 1 is slower), ``tilt_db`` the brightness (dB per octave above 1 kHz)."""

    pitch: float = 1.0
    formant: float = 1.0
    tempo: float = 1.0
    tilt_db: float = 0.0
    robot: bool = False


# The packaged Piper voice is an adult man (median F0 about 100-110 Hz); the others are set from him:
# a woman about an octave less a third higher with formants ~17% up, a child higher still with shorter vocal
# tract formants, an elder lower and slower.
_BASES: dict[str, VoiceProfile] = {
    "man": VoiceProfile(),
    "narrator": VoiceProfile(pitch=0.92, formant=0.97, tempo=1.1, tilt_db=-1.0),
    "elder": VoiceProfile(pitch=0.88, formant=0.96, tempo=1.18, tilt_db=-1.5),
    "woman": VoiceProfile(pitch=1.75, formant=1.17, tempo=0.98, tilt_db=0.5),
    "child": VoiceProfile(pitch=2.2, formant=1.3, tempo=0.95, tilt_db=1.0),
    "robot": VoiceProfile(pitch=0.95, formant=1.0, tempo=1.05, robot=True),
}
BASE_VOICES = tuple(_BASES)

# Variants: (pitch factor, formant factor, tempo factor, tilt dB). Neighbours differ by >= 14% in pitch and
# by formant and brightness in opposite directions, so a pitch tracker and a spectrum both tell them apart.
_VARIANTS = (
    (1.0, 1.0, 1.0, 0.0),
    (0.84, 0.93, 1.06, -2.0),
    (1.18, 1.07, 0.95, 2.0),
    (0.93, 1.08, 1.03, 1.5),
    (1.09, 0.92, 0.97, -1.5),
)


def parse_voice(voice: str) -> tuple[str, int]:
    """``"man#1"`` -> ("man", 1); a variant that is not a number is hashed to one (stable across runs)."""
    base, _, tag = voice.strip().lower().partition("#")
    tag = tag.strip()
    if not tag:
        return base, 0
    if tag.isdigit():
        return base, int(tag)
    return base, int.from_bytes(hashlib.sha256(tag.encode("utf-8")).digest()[:4], "big")


def voice_profile(voice: str) -> VoiceProfile:
    """The profile of a voice spec; an unknown base is a KeyError (callers check names first)."""
    base, variant = parse_voice(voice)
    p = _BASES[base]
    if variant < len(_VARIANTS):
        dp, df, dt, tilt = _VARIANTS[variant]
    else:
        rng = np.random.default_rng(variant)
        dp, df, dt, tilt = (float(rng.uniform(0.84, 1.18)), float(rng.uniform(0.92, 1.08)),
                            float(rng.uniform(0.95, 1.06)), float(rng.uniform(-2.0, 2.0)))
    return VoiceProfile(pitch=p.pitch * dp, formant=p.formant * df, tempo=p.tempo * dt,
                        tilt_db=p.tilt_db + tilt, robot=p.robot)


def reshape_timbre(x: np.ndarray, sample_rate_hz: int, envelope_factor: float, tilt_db: float) -> np.ndarray:
    """Move the spectral envelope (formants) by ``envelope_factor`` and tilt it by ``tilt_db`` per octave
    above 1 kHz, keeping the harmonics (pitch) and the phases where they are."""
    if abs(envelope_factor - 1.0) < 1e-3 and abs(tilt_db) < 1e-3 or x.shape[0] < 2048:
        return x.astype(np.float32, copy=False)
    from scipy.signal import istft, stft

    n = 1024 if sample_rate_hz > 32000 else 512
    _f, _t, z = stft(x, sample_rate_hz, nperseg=n, noverlap=n * 3 // 4)
    mag = np.abs(z) + 1e-9
    log_mag = np.log(mag)
    # Low quefrencies are the envelope; harmonics of voices up to ~500 Hz lie above the cut.
    cep = np.fft.irfft(log_mag, axis=0)
    cut = max(8, int(sample_rate_hz / 600))
    cep[cut:-cut + 1] = 0.0
    envelope = np.fft.rfft(cep, axis=0).real[: mag.shape[0]]
    bins = np.arange(mag.shape[0], dtype=float)
    source = np.clip(bins / envelope_factor, 0, mag.shape[0] - 1)
    lo = np.floor(source).astype(int)
    hi = np.minimum(lo + 1, mag.shape[0] - 1)
    w = (source - lo)[:, None]
    warped = envelope[lo] * (1 - w) + envelope[hi] * w
    freqs = bins * sample_rate_hz / n
    # Below ~600 Hz the envelope stays: moving it would weaken the fundamental against its octave (F1 slides
    # onto 2*F0), and listeners (and pitch trackers) then hear the voice an octave up.
    keep = np.clip((freqs - 400.0) / 400.0, 0.0, 1.0)[:, None]
    warped = envelope * (1 - keep) + warped * keep
    octaves = np.log2(np.maximum(freqs, 1000.0) / 1000.0)
    tilt = (tilt_db / 20.0 * np.log(10.0)) * octaves
    new_log = log_mag - envelope + warped + tilt[:, None]
    _t2, y = istft(np.exp(new_log) * np.exp(1j * np.angle(z)), sample_rate_hz, nperseg=n, noverlap=n * 3 // 4)
    return y[: x.shape[0]].astype(np.float32)


def body_of(asset_type: str) -> tuple[str, str]:
    """(age, gender presentation) of an asset kind (``AssetSpec.age``/``.gender``): "" where it says none or the
    kind is unknown. The voice a body is given follows from these, and so does the reason given for it."""
    from autark.assets import library

    try:
        spec = library.get(asset_type)
    except KeyError:
        return "", ""
    return getattr(spec, "age", ""), getattr(spec, "gender", "")


def cast_voices(cast: list[tuple[str, str, str]]) -> dict[str, str]:
    """Voice specs for a film's cast: ``cast`` is (name, asset type, voice as the screenplay says), in order
    of appearance; the answer maps each name to its voice spec.

    The asset's age and gender presentation (``AssetSpec.age``/``.gender``) choose the base voice where the
    asset has them, else the screenplay's voice does; the second character with the same base gets variant
    1, the third variant 2, ... so no two characters of a film share a voice."""

    out: dict[str, str] = {}
    used: dict[str, int] = {}
    for name, asset_type, voice in cast:
        key = name.lower()
        if key in out:
            continue
        base = voice.strip().lower() or "man"
        if base == "default":
            base = "man"
        if base not in ("none", "narrator", "robot"):
            age, gender = body_of(asset_type)
            if age == "child":
                base = "child"
            elif age == "elder" and gender != "female":
                base = "elder"
            elif gender == "female":
                base = "woman"
            elif gender == "male":
                base = "man"
        if base == "none" or base not in _BASES:
            out[key] = base
            continue
        n = used.get(base, 0)
        used[base] = n + 1
        out[key] = base if n == 0 else f"{base}#{n}"
    return out
