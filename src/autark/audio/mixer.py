"""The film mix: music bed + dialogue -> one stereo track at a broadcast-style loudness with no overs.

Stages, in order (each a small function so it can be tested alone):

1. lay out: music trimmed/padded to the film, each spoken line placed at its start time (centre panned);
2. balance: every line is levelled to ``LINE_LUFS`` and the music is set 4 dB under that level so speech
   always reads over it (``autark.audio.mixplan``: stages 1-4, any stretch of the film alone);
3. duck: music gain falls by ``duck_db`` while someone speaks, reaching the floor as the line starts
   (the ramp begins ``attack`` earlier) and recovering over ``release`` after it; short gaps between phrases
   do not let the music pump back up;
4. fades: raised-cosine fade in from silence and out to silence on the whole mix;
5. loudness: gain to ``target_lufs`` integrated (ITU-R BS.1770-4, pyloudnorm's K-weighting with vectorised
   gating), then a look-ahead true-peak limiter holding everything under -1 dBFS; the two repeat until both
   hold.

Every stage works block by block (``BLOCK_SAMPLES``, 10 s): the K-weighting filters carry their state from one
block to the next, loudness keeps only per-100 ms energies, and the true-peak envelope and the limiter read a
margin of neighbouring samples, so the blocks join into exactly the whole-signal result. :func:`mix_to_file`
streams through raw float32 files (music in, scratch and the mix out) and holds a few blocks however long the
film; :func:`mix` is the same, returned as an array. The meters, the true peak, the limiter and the ducking are
``autark.audio.dynamics``'s (re-exported here).
"""

from __future__ import annotations

import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, as_2d, db_to_gain
from autark.audio.dynamics import (  # the stages' tools, re-exported: autark.audio.mixer is where they are known
    CEILING_DBFS,
    LIMIT_DBFS,
    MAX_MIX_S,
    _HopEnergy,
    _Limiter,
    _loudness_from_hops,
    _Meter,
    _true_peak_envelope,
    _true_peak_phases,
    duck_gain,
    limit,
    loudness_lufs,
    true_peak_dbfs,
)
from autark.audio.mixplan import MixPlan, premix_to_file
from autark.audio.pcm import BLOCK_SAMPLES, PcmFile, PcmWriter
from autark.errors import ProjectError

if TYPE_CHECKING:
    from autark.audio.voices import Speech

_CHUNK = BLOCK_SAMPLES  # samples per block in every long-signal loop: memory stays flat as films get longer

__all__ = ["mix", "mix_to_file", "write_wav", "read_wav", "loudness_lufs", "true_peak_dbfs", "limit", "duck_gain",
           "MAX_MIX_S", "CEILING_DBFS"]

def mix(duration_s: float, music: np.ndarray | PcmFile | None, speech: Sequence[tuple[float, Speech]],
        sample_rate_hz: int = SAMPLE_RATE_HZ, target_lufs: float = -16.0, duck_db: float = -10.0,
        fade_in_s: float = 1.0, fade_out_s: float = 2.0,
        ambience: Callable[[int, int], np.ndarray] | None = None) -> np.ndarray:
    """Mix a music bed and spoken lines (``(start_s, Speech)``) into float32 stereo of ``duration_s``.

    The result is at ``target_lufs`` integrated loudness with true peaks under -1 dBFS. Music longer or shorter
    than the film is trimmed or padded with silence; a line that would run past the end is an error.
    :func:`mix_to_file` is the same mix streamed to disk, for films whose audio should not sit in memory.
    """
    from autark.leftovers import work_dir

    # held while the mix is made; the next mix removes the folder if this process is killed meanwhile
    with work_dir("autark-mix-") as work:
        out = mix_to_file(duration_s, music, speech, work / "mix.f32", sample_rate_hz=sample_rate_hz,
                          target_lufs=target_lufs, duck_db=duck_db, fade_in_s=fade_in_s, fade_out_s=fade_out_s,
                          ambience=ambience)
        try:
            return out.to_array()
        finally:
            out.close()


def mix_to_file(duration_s: float, music: np.ndarray | PcmFile | None, speech: Sequence[tuple[float, Speech]],
                out_path: Path | str, *, sample_rate_hz: int = SAMPLE_RATE_HZ, target_lufs: float = -16.0,
                duck_db: float = -10.0, fade_in_s: float = 1.0, fade_out_s: float = 2.0,
                line_levels: list[tuple[float, float]] | None = None,
                ambience: Callable[[int, int], np.ndarray] | None = None,
                stem_lufs: dict[str, float] | None = None) -> PcmFile:
    """:func:`mix` streamed: the stereo mix is written to ``out_path`` as a raw float32 :class:`PcmFile`, and
    only blocks of ``BLOCK_SAMPLES`` (plus the spoken lines) are ever in memory, however long the film.

    ``line_levels``, when given, receives per spoken line (in ``speech``'s order) the RMS level in dB of the
    dialogue and of the music under it while the line is voiced (``Speech.spans``), as they go into the mix
    (the final gain and limiter act on both alike): the stems behind the film report's speech over music.

    Passes over the film, block by block: (1) loudness of the music and the ambience (unless ``stem_lufs``
    knows them); (2) the pre-mix (``autark.audio.mixplan.MixPlan``: levelled lines, balanced and ducked
    stems, faded) to a scratch file beside ``out_path``, with its K-weighted
    copy and true-peak envelope; (3) the make-up gain search on the stored envelope and K-weighted copy; (4)
    the limited result. ``music`` may be an array or a :class:`PcmFile` (as from ``render_score_to_file``).

    ``ambience`` (``autark.audio.ambient.Ambience``: samples [a, b) as (b - a, 2) float32) is the place's and
    the weather's sound: set ``_AMBIENCE_UNDER_VOICE_DB`` under the dialogue's level (or under the music, or at the
    target, when there is no dialogue), ducked under the lines as the music is, and counted with the music in
    ``line_levels`` (the report's speech over the bed).

    ``stem_lufs``, when given, holds the integrated loudness of the music (``"music"``) and of the ambience
    (``"ambience"``) as this function measures them, or receives them: they depend on neither the dialogue nor
    anything but the stems, so the production graph keeps them and a changed line skips their pass.
    """
    plan = MixPlan(duration_s, music, speech, sample_rate_hz=sample_rate_hz, target_lufs=target_lufs,
                   duck_db=duck_db, fade_in_s=fade_in_s, fade_out_s=fade_out_s, ambience=ambience,
                   stem_lufs=stem_lufs, block_samples=_CHUNK)
    out_path = Path(out_path)
    premix_path = out_path.with_name(out_path.name + ".premix")
    try:
        premix = premix_to_file(plan, premix_path, _CHUNK)
        if line_levels is not None:
            line_levels[:] = plan.line_levels()
        try:
            return _normalise(premix, out_path, target_lufs)
        finally:
            premix.close()
    finally:
        premix_path.unlink(missing_ok=True)


def _normalise(x: PcmFile, out_path: Path, target_lufs: float) -> PcmFile:
    """Loudness gain and limiter, repeated: limiting lowers loudness a little, so gain up and limit again.

    The K-weighting filter is linear and the limiter's gain moves slowly next to it, so the loudness of a
    candidate ``x * gain * curve`` is taken from ``K(x) * gain * curve`` (K(x) and the true-peak envelope are
    stored once in scratch files beside ``out_path``) without filtering again; the result is measured
    properly once, as it is written, and a last trim (only ever down) becomes the file's ``gain``.
    """
    rate, n = x.sample_rate_hz, x.n_samples
    env_path = out_path.with_name(out_path.name + ".envelope")
    weighted_path = out_path.with_name(out_path.name + ".kweighted")
    try:
        meter = _Meter(rate)
        margin = 4 * len(_true_peak_phases()[0])  # the interpolator's reach, so blocks join seamlessly
        with PcmWriter(env_path, 1, rate) as env_w, PcmWriter(weighted_path, x.channels, rate) as k_w:
            for a in range(0, n, _CHUNK):
                b = min(n, a + _CHUNK)
                lo, hi = max(0, a - margin), min(n, b + margin)
                wide = x.read(lo, hi - lo)
                env_w.write(_true_peak_envelope(wide)[a - lo:b - lo, None])
                k_w.write(meter.feed(wide[a - lo:b - lo]))
        envelope, weighted = env_w.result(), k_w.result()
        limiter = _Limiter(envelope, rate, LIMIT_DBFS)  # under the ceiling by the codec margin
        level = meter.lufs()
        gain = 1.0  # silence or too short to measure: only guard the peaks
        if np.isfinite(level):
            gain = db_to_gain(target_lufs - level)
            for _ in range(6):
                energy = _HopEnergy(meter.hop)
                for a, block in weighted.blocks(_CHUNK):
                    energy.add(block, limiter.curve(a, a + block.shape[0], gain))
                level = _loudness_from_hops(energy.values(), n, rate)
                if abs(level - target_lufs) <= 0.05:
                    break
                gain *= db_to_gain(target_lufs - level)
        out_meter = _Meter(rate)
        with PcmWriter(out_path, x.channels, rate) as writer:
            for a, block in x.blocks(_CHUNK):
                y = block * limiter.curve(a, a + block.shape[0], gain)[:, None]
                np.clip(y, -limiter.ceiling, limiter.ceiling, out=y)
                out_meter.feed(y)
                writer.write(y)
        envelope.close()
        weighted.close()
        result = writer.result()
        if np.isfinite(level):
            error_db = out_meter.lufs() - target_lufs
            if error_db > 0.0:
                result = result.with_gain(db_to_gain(-error_db))  # only ever down: the ceiling keeps holding
        return result
    finally:
        env_path.unlink(missing_ok=True)
        weighted_path.unlink(missing_ok=True)


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
