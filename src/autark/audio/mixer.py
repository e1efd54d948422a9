"""The film mix: music bed + dialogue -> one stereo track at a broadcast-style loudness with no overs.

Stages, in order (each a small function so it can be tested alone):

1. lay out: music trimmed/padded to the film, each spoken line placed at its start time (centre panned);
2. balance: the music is set 4 dB under the dialogue's loudness so speech always reads over it;
3. duck: music gain falls by ``duck_db`` while someone speaks, reaching the floor as the line starts
   (the ramp begins ``attack`` earlier) and recovering over ``release`` after it; short gaps between phrases
   do not let the music pump back up;
4. fades: raised-cosine fade in from silence and out to silence on the whole mix;
5. loudness: gain to ``target_lufs`` integrated (ITU-R BS.1770-4, pyloudnorm's K-weighting with vectorised
   gating), then a look-ahead true-peak limiter holding everything under -1 dBFS; the two repeat until both
   hold.
"""

from __future__ import annotations

import wave
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, as_2d, db_to_gain, fit_length, resample, to_stereo
from autark.errors import LimitExceeded, ProjectError, UserInputError

if TYPE_CHECKING:
    from autark.audio.voices import Speech

__all__ = ["mix", "write_wav", "read_wav", "loudness_lufs", "true_peak_dbfs", "limit", "duck_gain",
           "MAX_MIX_S", "CEILING_DBFS"]

MAX_MIX_S = 4 * 3600.0
CEILING_DBFS = -1.0
_MUSIC_UNDER_VOICE_DB = -4.0
_CONTROL_HZ = 100  # ducking envelope resolution
_DUCK_ATTACK_S = 0.25
_DUCK_RELEASE_S = 0.8
_DUCK_BRIDGE_S = 0.7  # pauses shorter than this keep the music down
_LIMIT_HOLD_S = 0.015
_LIMIT_RAMP_S = 0.03
_TRUE_PEAK_OVERSAMPLE = 4


_CHUNK = 1 << 20  # samples per block in the long-signal loops below: memory stays flat as films get longer


def _k_weighted(audio: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    """BS.1770 K-weighting (pyloudnorm's high-shelf + high-pass coefficients), float32 (n, channels).

    Filtered channel by channel in blocks with the filter state carried across them (identical to filtering
    the whole signal at once), so a long film needs no float64 copy of its audio."""
    import pyloudnorm
    from scipy.signal import sosfilt, tf2sos

    sos = np.vstack([tf2sos(st.b, st.a) for st in pyloudnorm.Meter(sample_rate_hz)._filters.values()])
    x = as_2d(audio)
    out = np.empty(x.shape, dtype=np.float32)
    for c in range(x.shape[1]):
        state = np.zeros((sos.shape[0], 2))
        for a in range(0, x.shape[0], _CHUNK):
            block = np.array(x[a:a + _CHUNK, c], dtype=np.float64)
            # A -240 dB signal at the Nyquist frequency keeps the filters' decaying state out of denormal
            # numbers, which make digital silence (between lines of dialogue) ~30x slower to filter; far
            # under every gate.
            block += 1e-12 * (1.0 - 2.0 * (np.arange(a, a + block.shape[0]) % 2))
            filtered, state = sosfilt(sos, block, zi=state)
            out[a:a + block.shape[0], c] = filtered
    return out


def _gated_loudness(weighted: np.ndarray, sample_rate_hz: int, curve: np.ndarray | None = None) -> float:
    """BS.1770-4 gating on K-weighted audio (times a per-sample gain ``curve`` if given), vectorised: 400 ms
    blocks every 100 ms, an absolute gate at -70 LUFS and a relative gate 10 LU under the absolutely-gated
    mean. Same blocks as pyloudnorm, which loops over them in Python and is ~50x slower on a film-length
    signal. The energy is summed per 100 ms hop in bounded blocks, so no film-length temporary is made."""
    n = weighted.shape[0]
    block = 0.4 * sample_rate_hz
    n_blocks = int(np.round((n / sample_rate_hz - 0.4) / 0.1)) + 1
    if n_blocks < 1:
        return float("-inf")
    hop = int(round(0.1 * sample_rate_hz))
    if hop * 10 != sample_rate_hz:
        raise UserInputError(f"loudness needs a sample rate that is a multiple of 10 Hz, not {sample_rate_hz}")
    n_hops = n_blocks + 3
    energy = np.zeros(n_hops)
    step = max(hop, _CHUNK // hop * hop)
    for a in range(0, min(n, n_hops * hop), step):
        seg = np.array(weighted[a:min(a + step, n_hops * hop)], dtype=np.float64)
        if curve is not None:
            seg *= curve[a:a + seg.shape[0], None]
        sq = (seg * seg).sum(axis=1)
        full = sq.shape[0] // hop * hop
        first = a // hop
        energy[first:first + full // hop] += sq[:full].reshape(-1, hop).sum(axis=1)
        if full < sq.shape[0]:  # a last, partial hop (only at the very end of the signal)
            energy[first + full // hop] += sq[full:].sum()
    power = (energy[:-3] + energy[1:-2] + energy[2:-1] + energy[3:]) / block  # L and R weigh 1.0 each
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


def loudness_lufs(audio: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ) -> float:
    """Integrated loudness (LUFS, BS.1770 gated). ``-inf`` for silence or audio shorter than 0.4 s."""
    x = as_2d(audio)
    if x.shape[0] < int(0.4 * sample_rate_hz) or not np.any(x):
        return float("-inf")
    return _gated_loudness(_k_weighted(x, sample_rate_hz), sample_rate_hz)


@cache
def _true_peak_phases() -> tuple[np.ndarray, ...]:
    # A 48-tap windowed-sinc interpolator split into its 4 polyphase branches, as BS.1770-4 Annex 2 does.
    from scipy.signal import firwin

    h = firwin(12 * _TRUE_PEAK_OVERSAMPLE, 1.0 / _TRUE_PEAK_OVERSAMPLE, window=("kaiser", 6.0))
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
    return _Limiter(x, sample_rate_hz, ceiling_dbfs)(gain)


class _Limiter:
    """Holds the true-peak envelope of a signal so several make-up gains can be tried without recomputing it;
    the envelope scales with the gain, the limiter's gain curve does not."""

    def __init__(self, x: np.ndarray, sample_rate_hz: int, ceiling_dbfs: float) -> None:
        self.x, self.sample_rate_hz = x, sample_rate_hz
        self.ceiling = db_to_gain(ceiling_dbfs)
        self.envelope = _true_peak_envelope(x)

    def curve(self, gain: float) -> np.ndarray:
        """The total gain per sample (make-up gain times limiting) for a make-up ``gain``."""
        # Aim a hair under the ceiling: the moving gain itself slightly reshapes inter-sample peaks.
        return _limiter_gain(self.envelope * gain, self.ceiling * 0.985, self.sample_rate_hz) * np.float32(gain)

    def __call__(self, gain: float) -> np.ndarray:
        y = (self.x * self.curve(gain)[:, None]).astype(np.float32, copy=False)
        return np.clip(y, -self.ceiling, self.ceiling, out=y)  # in place: a film-length copy fewer


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


def _fade_curve(n: int) -> np.ndarray:
    return (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))).astype(np.float32)


def mix(duration_s: float, music: np.ndarray | None, speech: Sequence[tuple[float, Speech]],
        sample_rate_hz: int = SAMPLE_RATE_HZ, target_lufs: float = -16.0, duck_db: float = -10.0,
        fade_in_s: float = 1.0, fade_out_s: float = 2.0) -> np.ndarray:
    """Mix a music bed and spoken lines (``(start_s, Speech)``) into float32 stereo of ``duration_s``.

    The result is at ``target_lufs`` integrated loudness with true peaks under -1 dBFS. Music longer or shorter
    than the film is trimmed or padded with silence; a line that would run past the end is an error.
    """
    _check_mix_args(duration_s, sample_rate_hz, target_lufs, duck_db, fade_in_s, fade_out_s)
    n = int(round(duration_s * sample_rate_hz))
    voice = np.zeros((n, 2), dtype=np.float32)
    for start_s, line in speech:
        end_s = start_s + line.duration_s
        if start_s < 0 or end_s > duration_s + 1e-3:
            raise UserInputError(
                f"the line '{_short(line.text)}' runs from {start_s:.2f} s to {end_s:.2f} s, outside the "
                f"{duration_s:.2f} s film", hint="start it earlier or make the film longer")
        mono = resample(line.samples, line.sample_rate_hz, sample_rate_hz).mean(axis=1, keepdims=True)
        a = int(round(start_s * sample_rate_hz))
        b = min(n, a + mono.shape[0])
        voice[a:b] += mono[: b - a]

    bed = np.zeros((n, 2), dtype=np.float32) if music is None else fit_length(to_stereo(music), n).copy()
    voice_lufs = loudness_lufs(voice, sample_rate_hz)
    bed_lufs = loudness_lufs(bed, sample_rate_hz)
    if np.isfinite(voice_lufs) and np.isfinite(bed_lufs):
        bed *= db_to_gain(voice_lufs + _MUSIC_UNDER_VOICE_DB - bed_lufs)
        n_ctrl = int(np.ceil(duration_s * _CONTROL_HZ)) + 1
        gain_db = duck_gain(_speech_mask(speech, n_ctrl), duck_db)
        t_ctrl = np.arange(n_ctrl) / _CONTROL_HZ
        for a in range(0, n, _CHUNK):  # in blocks: no film-length float64 time axis
            t = np.arange(a, min(n, a + _CHUNK)) / sample_rate_hz
            bed[a:a + t.shape[0]] *= (10.0 ** (np.interp(t, t_ctrl, gain_db) / 20.0)).astype(np.float32)[:, None]

    bed += voice  # in place: a film-length copy fewer
    del voice
    out = bed
    fin, fout = int(round(fade_in_s * sample_rate_hz)), int(round(fade_out_s * sample_rate_hz))
    if fin:
        out[:fin] *= _fade_curve(fin)[:, None]
    if fout:
        out[n - fout:] *= _fade_curve(fout)[::-1, None]
    return _normalise(out, sample_rate_hz, target_lufs)


def _normalise(x: np.ndarray, sample_rate_hz: int, target_lufs: float) -> np.ndarray:
    """Loudness gain and limiter, repeated: limiting lowers loudness a little, so gain up and limit again.

    The K-weighting filter is linear and the limiter's gain moves slowly next to it, so the loudness of a
    candidate ``x * gain * curve`` is taken from ``K(x) * gain * curve`` without filtering again; the final
    result is measured properly once.
    """
    limiter = _Limiter(x, sample_rate_hz, CEILING_DBFS)
    weighted = _k_weighted(x, sample_rate_hz)
    level = _gated_loudness(weighted, sample_rate_hz) if np.any(x) else float("-inf")
    if not np.isfinite(level):
        return limiter(1.0)  # silence or too short to measure: only guard the peaks
    gain = db_to_gain(target_lufs - level)
    for _ in range(6):
        curve = limiter.curve(gain)
        level = _gated_loudness(weighted, sample_rate_hz, curve)
        if abs(level - target_lufs) <= 0.05:
            break
        gain *= db_to_gain(target_lufs - level)
    y = limiter(gain)
    error_db = loudness_lufs(y, sample_rate_hz) - target_lufs
    if error_db > 0.0:
        y *= np.float32(db_to_gain(-error_db))  # only ever turn down here: the ceiling must keep holding
    return y


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


def write_wav(path: Path | str, audio: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ) -> Path:
    """Write 16-bit PCM WAV (for listening and debugging); values outside [-1, 1] are clipped."""
    x = as_2d(audio)
    pcm = np.round(np.clip(x, -1.0, 1.0) * 32767.0).astype("<i2")
    out = Path(path)
    try:
        with wave.open(str(out), "wb") as w:
            w.setnchannels(x.shape[1])
            w.setsampwidth(2)
            w.setframerate(int(sample_rate_hz))
            w.writeframes(pcm.tobytes())
    except OSError as exc:
        raise ProjectError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out


def read_wav(path: Path | str) -> tuple[np.ndarray, int]:
    """Read a 16-bit PCM WAV into float32 (n, channels) and its sample rate."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise ProjectError(f"{path}: only 16-bit PCM WAV is supported")
            ch, rate = w.getnchannels(), w.getframerate()
            data = w.readframes(w.getnframes())
    except (OSError, wave.Error, EOFError) as exc:
        raise ProjectError(f"cannot read {path}: {exc}") from exc
    x = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    return x.reshape(-1, ch), rate
