"""The film mix's dynamics: loudness (ITU-R BS.1770-4, K-weighted and gated, block by block), true peak, the
look-ahead limiter, the music's ducking under speech, and the levels and checks the mix's stages share.

Everything here works on blocks of any size joined into the whole-signal result (see ``autark.audio.mixer``),
so ``autark.audio.mixplan`` and ``autark.audio.mix_pieces`` make any stretch of a film alone with the same
functions ``mixer.mix_to_file`` uses for the whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, as_2d, db_to_gain
from autark.audio.pcm import BLOCK_SAMPLES, PcmFile
from autark.errors import LimitExceeded, UserInputError

if TYPE_CHECKING:
    from autark.audio.voices import Speech

__all__ = ["CEILING_DBFS", "CODEC_MARGIN_DB", "LIMIT_DBFS", "MAX_MIX_S", "duck_gain", "limit", "loudness_lufs", "true_peak_dbfs"]

MAX_MIX_S = 4 * 3600.0
CEILING_DBFS = -1.0  # the film's sound, decoded from its AAC track, never peaks above this (dBTP)
# The limiter aims this far under the ceiling: AAC at 192 kbit/s puts its coding noise on the mix, and where the
# mix is dense and loud (an explosion's crack, applause, a storm) that noise lifts the decoded peaks over the
# PCM's. Six films (storm, explosion, crowd, party, night, dialogue) limited to -1.0 dBTP decoded at up to
# +2.8 dBTP; limited to -2.0 (and coded with the fast coder, autark.compose.encode) at -1.79 at most.
CODEC_MARGIN_DB = 1.0
LIMIT_DBFS = CEILING_DBFS - CODEC_MARGIN_DB
_MUSIC_UNDER_VOICE_DB = -4.0
# Rain, birds, a street: heard between the lines (8 dB under the music there), never in the way: ducked with the
# music to -22 dB under a line, where the music sits at -14, so the whole bed stays 13 dB under speech (the film
# report's floor is 10).
_AMBIENCE_UNDER_VOICE_DB = -12.0
_CONTROL_HZ = 100  # ducking envelope resolution
_DUCK_ATTACK_S = 0.25
_DUCK_RELEASE_S = 0.8
_DUCK_BRIDGE_S = 0.7  # pauses shorter than this keep the music down
_LIMIT_HOLD_S = 0.015
_LIMIT_RAMP_S = 0.03
_TRUE_PEAK_OVERSAMPLE = 4


_CHUNK = BLOCK_SAMPLES  # samples per block in every long-signal loop: memory stays flat as films get longer


@cache
def _k_sos(sample_rate_hz: int) -> np.ndarray:
    """BS.1770 K-weighting (pyloudnorm's high-shelf + high-pass coefficients) as second-order sections."""
    import pyloudnorm
    from scipy.signal import tf2sos

    return np.vstack([tf2sos(st.b, st.a) for st in pyloudnorm.Meter(sample_rate_hz)._filters.values()])


class _Meter:
    """Integrated loudness (BS.1770-4) of a signal fed in consecutive blocks of any size.

    K-weighting runs channel by channel with the filter state carried across blocks (identical to filtering
    the whole signal at once), and only the energy per 100 ms hop is kept, so a film of any length is
    measured in a few kB. ``feed`` returns the K-weighted block for callers that store it."""

    def __init__(self, sample_rate_hz: int) -> None:
        self.rate = sample_rate_hz
        self.hop = int(round(0.1 * sample_rate_hz))
        if self.hop * 10 != sample_rate_hz:
            raise UserInputError(f"loudness needs a sample rate that is a multiple of 10 Hz, not {sample_rate_hz}")
        self.sos = _k_sos(sample_rate_hz)
        self.states: list[np.ndarray] = []
        self.n = 0
        self.energy = _HopEnergy(self.hop)
        self.nonzero = False

    def weight(self, block: np.ndarray) -> np.ndarray:
        """K-weight the next block (float32, same shape), advancing the filter state."""
        from scipy.signal import sosfilt

        x = as_2d(block)
        while len(self.states) < x.shape[1]:
            self.states.append(np.zeros((self.sos.shape[0], 2)))
        out = np.empty(x.shape, dtype=np.float32)
        # A -240 dB signal at the Nyquist frequency keeps the filters' decaying state out of denormal numbers,
        # which make digital silence (between lines of dialogue) ~30x slower to filter; far under every gate.
        dither = 1e-12 * (1.0 - 2.0 * (np.arange(self.n, self.n + x.shape[0]) % 2))
        for c in range(x.shape[1]):
            seg = np.array(x[:, c], dtype=np.float64)
            seg += dither
            filtered, self.states[c] = sosfilt(self.sos, seg, zi=self.states[c])
            out[:, c] = filtered
        self.n += x.shape[0]
        self.nonzero = self.nonzero or bool(np.any(x))
        return out

    def feed(self, block: np.ndarray) -> np.ndarray:
        weighted = self.weight(block)
        self.energy.add(weighted)
        return weighted

    def lufs(self) -> float:
        if not self.nonzero:
            return float("-inf")
        return _loudness_from_hops(self.energy.values(), self.n, self.rate)


class _HopEnergy:
    """Sum over channels of squared samples per hop, for consecutive blocks of any size (a partial hop is
    carried into the next block)."""

    def __init__(self, hop: int) -> None:
        self.hop = hop
        self.hops: list[np.ndarray] = []
        self.partial = 0.0
        self.partial_n = 0

    def add(self, weighted: np.ndarray, curve: np.ndarray | None = None) -> None:
        seg = np.array(weighted, dtype=np.float64)
        if curve is not None:
            seg *= curve[:, None]
        sq = seg[:, 0] * seg[:, 0]  # per sample over channels, column by column: several times faster than
        for c in range(1, seg.shape[1]):  # (seg * seg).sum(axis=1), which reduces along a 2-wide axis
            sq += seg[:, c] * seg[:, c]
        i = 0
        if self.partial_n:
            i = min(self.hop - self.partial_n, sq.shape[0])
            self.partial += float(sq[:i].sum())
            self.partial_n += i
            if self.partial_n == self.hop:
                self.hops.append(np.array([self.partial]))
                self.partial, self.partial_n = 0.0, 0
        rest = sq[i:]
        full = rest.shape[0] // self.hop * self.hop
        self.hops.append(rest[:full].reshape(-1, self.hop).sum(axis=1))
        if full < rest.shape[0]:
            self.partial, self.partial_n = float(rest[full:].sum()), rest.shape[0] - full

    def values(self) -> np.ndarray:
        tail = [np.array([self.partial])] if self.partial_n else []
        return np.concatenate([*self.hops, *tail]) if (self.hops or tail) else np.zeros(0)


def _loudness_from_hops(energy: np.ndarray, n: int, sample_rate_hz: int) -> float:
    """BS.1770-4 gating from per-hop energies of K-weighted audio of ``n`` samples, vectorised: 400 ms blocks
    every 100 ms (four hops each), an absolute gate at -70 LUFS and a relative gate 10 LU under the
    absolutely-gated mean. Same blocks as pyloudnorm, which loops over them in Python and is ~50x slower on a
    film-length signal."""
    block = 0.4 * sample_rate_hz
    n_blocks = int(np.round((n / sample_rate_hz - 0.4) / 0.1)) + 1
    if n_blocks < 1:
        return float("-inf")
    n_hops = n_blocks + 3
    e = np.zeros(n_hops)
    m = min(n_hops, energy.shape[0])
    e[:m] = energy[:m]  # samples past the last whole block are not in any block
    power = (e[:-3] + e[1:-2] + e[2:-1] + e[3:]) / block  # L and R weigh 1.0 each
    with np.errstate(divide="ignore"):
        block_lufs = -0.691 + 10.0 * np.log10(power)
    gated = power[block_lufs >= -70.0]
    if gated.size == 0:
        return float("-inf")
    relative = -0.691 + 10.0 * np.log10(gated.mean()) - 10.0
    keep = power[(block_lufs > relative) & (block_lufs > -70.0)]
    if keep.size == 0:
        return float("-inf")
    return float(-0.691 + 10.0 * np.log10(keep.mean()))


def loudness_lufs(audio: np.ndarray | PcmFile, sample_rate_hz: int = SAMPLE_RATE_HZ) -> float:
    """Integrated loudness (LUFS, BS.1770 gated). ``-inf`` for silence or audio shorter than 0.4 s.

    Takes an array or a :class:`~autark.audio.pcm.PcmFile` (measured block by block)."""
    if isinstance(audio, PcmFile):
        sample_rate_hz = audio.sample_rate_hz
        n = audio.n_samples
    else:
        audio = as_2d(audio)
        n = audio.shape[0]
    if n < int(0.4 * sample_rate_hz):
        return float("-inf")
    meter = _Meter(sample_rate_hz)
    for a in range(0, n, _CHUNK):
        meter.feed(audio[a:a + _CHUNK])
    return meter.lufs()


@cache
def _true_peak_phases() -> tuple[np.ndarray, ...]:
    # An 80-tap windowed-sinc interpolator split into its 4 polyphase branches (BS.1770-4 Annex 2's scheme, and
    # scipy's resample_poly filter). The 48-tap one before it (Kaiser 6) rolled off from 16 kHz: on an
    # explosion's full-band crack it read -1.13 dBTP where the signal's inter-sample peaks reached -0.32, so the
    # limiter let them through; this one reads a 20 kHz tone within 0.05 dB.
    from scipy.signal import firwin

    h = firwin(20 * _TRUE_PEAK_OVERSAMPLE, 1.0 / _TRUE_PEAK_OVERSAMPLE, window=("kaiser", 5.0))
    h *= _TRUE_PEAK_OVERSAMPLE
    return tuple(np.ascontiguousarray(h[k::_TRUE_PEAK_OVERSAMPLE][::-1]) for k in range(_TRUE_PEAK_OVERSAMPLE))


def _true_peak_envelope(audio: np.ndarray) -> np.ndarray:
    """Per sample, the largest |value| over channels and the 4x-oversampled points around it (inter-sample
    peaks a D/A converter or a lossy encoder would produce). Each polyphase branch is one short convolution,
    which is far cheaper than materialising the oversampled signal."""
    from scipy.ndimage import convolve1d

    x = as_2d(audio)
    env = np.zeros(x.shape[0], dtype=np.float32)
    for c in range(x.shape[1]):
        # Contiguous 1-D channels: convolving along a strided axis of an (n, 2) array is several times slower.
        ch = np.ascontiguousarray(x[:, c])
        np.maximum(env, np.abs(ch), out=env)
        for branch in _true_peak_phases():
            np.maximum(env, np.abs(convolve1d(ch, branch.astype(ch.dtype), mode="constant")), out=env)
    return env


def true_peak_dbfs(audio: np.ndarray) -> float:
    """True peak (4x oversampled) in dBFS; ``-inf`` for silence."""
    x = as_2d(audio)
    if x.size == 0:
        return float("-inf")
    peak = float(_true_peak_envelope(x).max())
    return 20.0 * np.log10(peak) if peak > 0 else float("-inf")


def _limiter_gain(envelope: np.ndarray, ceiling: float, sample_rate_hz: int) -> np.ndarray:
    """Smooth gain that keeps ``envelope * gain <= ceiling``. A minimum filter (look-ahead + hold) followed
    by a moving average no wider than the hold: the average around a peak only sees values already at or
    below that peak's required gain, so the ceiling holds while the gain moves in ramps, not steps."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    need = np.minimum(np.float32(1.0), np.float32(ceiling) / np.maximum(envelope, np.float32(1e-12)))
    if need.min() >= 1.0:
        return np.ones_like(need, dtype=np.float32)
    hold = max(1, int(_LIMIT_HOLD_S * sample_rate_hz))
    ramp = min(2 * hold, max(1, int(_LIMIT_RAMP_S * sample_rate_hz)))
    held = minimum_filter1d(need, size=2 * hold + 1, mode="nearest")
    smooth = uniform_filter1d(held, size=ramp, mode="nearest")
    return smooth.astype(np.float32)


def limit(audio: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ, ceiling_dbfs: float = CEILING_DBFS,
          gain: float = 1.0) -> np.ndarray:
    """Look-ahead true-peak limiter on ``audio * gain``: peaks (also between samples) stay under
    ``ceiling_dbfs``."""
    x = as_2d(audio)
    limiter = _Limiter(_true_peak_envelope(x), sample_rate_hz, ceiling_dbfs)
    y = x * limiter.curve(0, x.shape[0], gain)[:, None]
    return np.clip(y, -limiter.ceiling, limiter.ceiling, out=y)


class _Limiter:
    """The limiter's gain curve over any stretch ``[a, b)`` of a signal whose true-peak envelope is given (an
    array or a one-channel :class:`PcmFile`), so several make-up gains can be tried without recomputing the
    envelope, and a film-length signal is limited block by block. Each stretch is computed from the envelope
    widened by the filters' reach, so the blocks join into exactly the curve of the whole signal."""

    def __init__(self, envelope: np.ndarray | PcmFile, sample_rate_hz: int, ceiling_dbfs: float) -> None:
        self.envelope, self.sample_rate_hz = envelope, sample_rate_hz
        self.n = envelope.shape[0]
        self.ceiling = db_to_gain(ceiling_dbfs)
        hold = max(1, int(_LIMIT_HOLD_S * sample_rate_hz))
        self.reach = hold + min(2 * hold, max(1, int(_LIMIT_RAMP_S * sample_rate_hz))) + 1

    def curve(self, a: int, b: int, gain: float) -> np.ndarray:
        """The total gain per sample in ``[a, b)`` (make-up gain times limiting) for a make-up ``gain``."""
        lo, hi = max(0, a - self.reach), min(self.n, b + self.reach)
        env = np.asarray(self.envelope[lo:hi], dtype=np.float32).reshape(-1) * np.float32(gain)
        # Aim a hair under the ceiling: the moving gain itself slightly reshapes inter-sample peaks.
        g = _limiter_gain(env, self.ceiling * 0.985, self.sample_rate_hz)[a - lo:b - lo]
        return g * np.float32(gain)


def duck_gain(active: np.ndarray, duck_db: float, control_hz: int = _CONTROL_HZ,
              attack_s: float = _DUCK_ATTACK_S, release_s: float = _DUCK_RELEASE_S) -> np.ndarray:
    """Music gain in dB per control frame from a boolean speech-activity mask.

    The mask is widened backwards by ``attack_s`` so the fall (a ramp of ``attack_s``) is complete when the
    voice starts; after the voice the gain climbs back over ``release_s``. Both are straight dB ramps.
    """
    n = active.shape[0]
    if n == 0 or duck_db >= 0:
        return np.zeros(n)
    attack_frames = max(1, int(round(attack_s * control_hz)))
    act = active.astype(bool).copy()
    onsets = np.flatnonzero(act & ~np.concatenate([[False], act[:-1]]))
    for i in onsets:
        act[max(0, i - attack_frames):i] = True
    target = np.where(act, duck_db, 0.0)
    down = abs(duck_db) / max(attack_s * control_hz, 1.0)
    up = abs(duck_db) / max(release_s * control_hz, 1.0)
    out = np.empty(n)
    g = 0.0
    for i in range(n):
        t = target[i]
        g = max(t, g - down) if t < g else min(t, g + up)
        out[i] = g
    return out


def _speech_mask(lines: Sequence[tuple[float, Speech]], n_ctrl: int) -> np.ndarray:
    mask = np.zeros(n_ctrl, dtype=bool)
    for start_s, speech in lines:
        spans = speech.spans(min_pause_s=_DUCK_BRIDGE_S) or [(0.0, speech.duration_s)]
        for s, e in spans:
            a = int(np.floor((start_s + s) * _CONTROL_HZ))
            b = int(np.ceil((start_s + e) * _CONTROL_HZ))
            mask[max(0, a):min(n_ctrl, b)] = True
    return mask


def _ambience_gain(voice_lufs: float, music_lufs: float, amb_lufs: float) -> float:
    """The ambience's gain: ``_AMBIENCE_UNDER_VOICE_DB`` under the dialogue, else under the music by as much
    less the music's own place under a voice, else as it is (the loudness stage sets the level); 0 without
    ambience."""
    if not np.isfinite(amb_lufs):
        return 0.0
    if np.isfinite(voice_lufs):
        return db_to_gain(voice_lufs + _AMBIENCE_UNDER_VOICE_DB - amb_lufs)
    if np.isfinite(music_lufs):
        return db_to_gain(music_lufs + _AMBIENCE_UNDER_VOICE_DB - _MUSIC_UNDER_VOICE_DB - amb_lufs)
    return 1.0


def _fade_piece(i0: int, i1: int, n: int) -> np.ndarray:
    """Samples ``[i0, i1)`` of an ``n``-sample raised-cosine fade from 0 to 1."""
    if n <= 1:
        return np.zeros(i1 - i0, dtype=np.float32)
    return (0.5 - 0.5 * np.cos(np.pi * np.arange(i0, i1) / (n - 1))).astype(np.float32)


def _check_mix_args(duration_s: float, sample_rate_hz: int, target_lufs: float, duck_db: float,
                    fade_in_s: float, fade_out_s: float) -> None:
    if not np.isfinite(duration_s) or duration_s <= 0:
        raise UserInputError(f"the mix must have a positive duration, got {duration_s}")
    if duration_s > MAX_MIX_S:
        raise LimitExceeded(f"a mix is limited to {MAX_MIX_S:.0f} s, got {duration_s:.0f} s")
    if sample_rate_hz < 8000 or sample_rate_hz > 192000:
        raise UserInputError(f"sample rate must be 8000..192000 Hz, got {sample_rate_hz}")
    if not -40.0 <= target_lufs <= -5.0:
        raise UserInputError(f"target loudness must be between -40 and -5 LUFS, got {target_lufs}",
                             hint="-16 LUFS suits web video, -23 LUFS broadcast")
    if duck_db > 0:
        raise UserInputError(f"ducking lowers the music: duck_db must be 0 or negative, got {duck_db}")
    if fade_in_s < 0 or fade_out_s < 0 or fade_in_s + fade_out_s > duration_s:
        raise UserInputError(f"fades of {fade_in_s} s in and {fade_out_s} s out do not fit a {duration_s} s mix",
                             hint="shorten the fades")


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
