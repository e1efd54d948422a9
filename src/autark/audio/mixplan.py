"""What goes into the film mix before its loudness stage, as a plan any stretch of which can be made alone.

A :class:`MixPlan` lays out the film's sound from ``mix_to_file``'s arguments (the music bed, the spoken lines,
the ambience) and makes the *pre-mix* of any samples ``[a, b)``: the music and the ambience balanced under the
dialogue and ducked while someone speaks, the lines at their starts, the fades at the film's ends. The whole
film's pre-mix is the pre-mix of its blocks back to back, so ``autark.audio.mixer.mix_to_file`` streams it and
the production graph (``autark.audio.mix_pieces``) makes only the stretches that an edit changed.

Every spoken line goes into the mix at the same loudness, ``LINE_LUFS`` (its own integrated loudness, BS.1770),
and the music and the ambience are set under that fixed level. Balanced under the measured loudness of all the
dialogue together, as they were before, one line said differently moved the music's gain and so every sample
of the film; now a line changes the samples it is heard in, its ducking and nothing else. Lines are
peak-normalised by the voice engines, so they already came within a few dB of one another: levelling them is
what a dialogue editor does first.

:meth:`MixPlan.inputs` says what decides a stretch (the lines heard in it, the ducking there, the gains and
fades), for the graph's cache keys.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, as_2d, db_to_gain, resample, to_stereo
from autark.audio.dynamics import (
    _CONTROL_HZ,
    _MUSIC_UNDER_VOICE_DB,
    _ambience_gain,
    _check_mix_args,
    _fade_piece,
    _Meter,
    _short,
    _speech_mask,
    duck_gain,
)
from autark.audio.pcm import BLOCK_SAMPLES, PcmFile, PcmWriter
from autark.errors import UserInputError

if TYPE_CHECKING:
    from autark.audio.voices import Speech

__all__ = ["LINE_LUFS", "MixPlan"]

# Each line's loudness in the pre-mix: near the voices' own (peak-normalised speech measures -14 to -20 LUFS),
# so the levelling gains stay small, and 2 dB under the film's usual -16 target, which the mix sums up to.
LINE_LUFS = -18.0
_LINE_GAIN_LIMIT_DB = 20.0  # a near-silent line is not raised into noise


def line_lufs(mono: np.ndarray, sample_rate_hz: int) -> float:
    """A line's loudness as heard centre-panned: BS.1770 integrated, or for a line under 0.4 s (no gating
    block fits) the mean K-weighted power of all of it; ``-inf`` for silence."""
    stereo = np.repeat(as_2d(mono)[:, :1], 2, axis=1)
    meter = _Meter(sample_rate_hz)
    weighted = meter.feed(stereo)
    if not meter.nonzero:
        return float("-inf")
    level = meter.lufs()
    if np.isfinite(level):
        return level
    power = float(np.square(weighted, dtype=np.float64).sum(axis=1).mean())
    return -0.691 + 10.0 * np.log10(power) if power > 0 else float("-inf")


def _levelled(line: Speech, sample_rate_hz: int) -> tuple[np.ndarray, str]:
    """The line's mono samples at the mix's rate and ``LINE_LUFS``, and their hash."""
    at_rate = resample(line.samples, line.sample_rate_hz, sample_rate_hz)
    mono = at_rate[:, 0] if at_rate.shape[1] == 1 else at_rate.mean(axis=1)
    level = line_lufs(mono, sample_rate_hz)
    if np.isfinite(level):
        gain_db = float(np.clip(LINE_LUFS - level, -_LINE_GAIN_LIMIT_DB, _LINE_GAIN_LIMIT_DB))
        mono = mono * np.float32(db_to_gain(gain_db))
    mono = np.ascontiguousarray(mono, dtype=np.float32)
    return mono, hashlib.sha256(mono.tobytes()).hexdigest()


class MixPlan:
    """The film's pre-mix, made stretch by stretch (see the module's docstring). Arguments as
    ``autark.audio.mixer.mix_to_file``'s; ``stem_lufs`` holds the music's and ambience's loudness, known (the
    graph keeps them) or measured here in one pass and filled in."""

    def __init__(self, duration_s: float, music: np.ndarray | PcmFile | None,
                 speech: Sequence[tuple[float, Speech]], *, sample_rate_hz: int = SAMPLE_RATE_HZ,
                 target_lufs: float = -16.0, duck_db: float = -10.0, fade_in_s: float = 1.0,
                 fade_out_s: float = 2.0, ambience: Callable[[int, int], np.ndarray] | None = None,
                 stem_lufs: dict[str, float] | None = None, block_samples: int = BLOCK_SAMPLES) -> None:
        _check_mix_args(duration_s, sample_rate_hz, target_lufs, duck_db, fade_in_s, fade_out_s)
        if isinstance(music, PcmFile) and music.sample_rate_hz != sample_rate_hz:
            raise UserInputError(f"the music is at {music.sample_rate_hz} Hz, the mix at {sample_rate_hz} Hz",
                                 hint="render the score at the mix's sample rate")
        self.rate, self.target_lufs, self.duration_s = sample_rate_hz, target_lufs, duration_s
        self.n = n = int(round(duration_s * sample_rate_hz))
        self.speech = list(speech)
        # per line: first sample, the levelled mono samples, their hash (the line as it is heard)
        self.placed: list[tuple[int, np.ndarray, str]] = []
        levelled: dict[int, tuple[np.ndarray, str]] = {}  # a line said several times is held once
        for start_s, line in self.speech:
            end_s = start_s + line.duration_s
            if start_s < 0 or end_s > duration_s + 1e-3:
                raise UserInputError(
                    f"the line '{_short(line.text)}' runs from {start_s:.2f} s to {end_s:.2f} s, outside the "
                    f"{duration_s:.2f} s film", hint="start it earlier or make the film longer")
            if id(line) not in levelled:
                levelled[id(line)] = _levelled(line, sample_rate_hz)
            self.placed.append((int(round(start_s * sample_rate_hz)), *levelled[id(line)]))
        self.music = None if music is None else (music if isinstance(music, PcmFile) else as_2d(music))
        self.ambience = ambience
        voice_lufs = LINE_LUFS if any(np.any(m) for _, m, _ in self.placed) else float("-inf")
        known = stem_lufs is not None and {"music", "ambience"} <= stem_lufs.keys()
        if known:
            bed_lufs, amb_lufs = float(stem_lufs["music"]), float(stem_lufs["ambience"])  # type: ignore[index]
        else:  # one pass over the stems (the graph keeps the result by the stems' key)
            bed_meter, amb_meter = _Meter(sample_rate_hz), _Meter(sample_rate_hz)
            for a in range(0, n, block_samples):
                b = min(n, a + block_samples)
                bed_meter.feed(self.bed(a, b))
                if ambience is not None:  # foley: effects ride on the bed (foley_cues.WithFoley); the bed sets the level
                    amb_meter.feed(getattr(ambience, "bed", ambience)(a, b))
            bed_lufs, amb_lufs = bed_meter.lufs(), amb_meter.lufs() if ambience is not None else -np.inf
            if stem_lufs is not None:
                stem_lufs.update(music=bed_lufs, ambience=amb_lufs)
        self.amb_gain = _ambience_gain(voice_lufs, bed_lufs, amb_lufs)
        self.bed_gain = 1.0
        self.duck_db: np.ndarray | None = None  # the music's gain per control frame (1/_CONTROL_HZ s)
        if np.isfinite(voice_lufs) and (np.isfinite(bed_lufs) or self.amb_gain > 0.0):
            if np.isfinite(bed_lufs):
                self.bed_gain = db_to_gain(voice_lufs + _MUSIC_UNDER_VOICE_DB - bed_lufs)
            n_ctrl = int(np.ceil(duration_s * _CONTROL_HZ)) + 1
            self.duck_db = duck_gain(_speech_mask(self.speech, n_ctrl), duck_db)
        self.fin = int(round(fade_in_s * sample_rate_hz))
        self.fout = int(round(fade_out_s * sample_rate_hz))

    # -- the stems, any stretch --------------------------------------------------------------------------------
    def bed(self, a: int, b: int) -> np.ndarray:
        """The music, samples [a, b) (trimmed or padded with silence to the film's length)."""
        out = np.zeros((b - a, 2), dtype=np.float32)
        if self.music is not None and a < self.music.shape[0]:
            part = self.music[a:min(b, self.music.shape[0])]
            if part.shape[0]:
                out[:part.shape[0]] = to_stereo(part)
        return out

    def voice(self, a: int, b: int) -> np.ndarray:
        """The dialogue, samples [a, b): each line centre-panned where it overlaps."""
        out = np.zeros((b - a, 2), dtype=np.float32)
        for s, mono, _ in self.placed:
            lo, hi = max(a, s), min(b, s + mono.shape[0])
            if lo < hi:
                out[lo - a:hi - a] += mono[lo - s:hi - s, None]
        return out

    def duck(self, a: int, b: int) -> np.ndarray | None:
        """The ducking gain per sample in [a, b), or None where nothing is ducked."""
        if self.duck_db is None:
            return None
        t_ctrl = np.arange(self.duck_db.shape[0]) / _CONTROL_HZ
        t = np.arange(a, b) / self.rate
        return (10.0 ** (np.interp(t, t_ctrl, self.duck_db) / 20.0)).astype(np.float32)

    def stems(self, a: int, b: int) -> np.ndarray:
        """Everything but the dialogue, balanced and ducked, samples [a, b) (before the fades)."""
        block = self.bed(a, b)
        duck = self.duck(a, b)
        if duck is not None:
            block *= np.float32(self.bed_gain) * duck[:, None]
        if self.amb_gain > 0.0:  # ducked under the lines as the music is
            amb = self.ambience(a, b) * np.float32(self.amb_gain)  # type: ignore[misc]
            block += amb * duck[:, None] if duck is not None else amb
        return block

    def premix(self, a: int, b: int) -> np.ndarray:
        """The pre-mix, samples [a, b); silence outside the film."""
        lo, hi = max(0, a), min(self.n, b)
        out = np.zeros((b - a, 2), dtype=np.float32)
        if lo >= hi:
            return out
        block = self.stems(lo, hi)
        block += self.voice(lo, hi)
        n, fin, fout = self.n, self.fin, self.fout
        if lo < fin:
            block[:min(hi, fin) - lo] *= _fade_piece(lo, min(hi, fin), fin)[:, None]
        if hi > n - fout:
            f0 = max(lo, n - fout)
            block[f0 - lo:] *= _fade_piece(n - hi, n - f0, fout)[::-1, None]
        out[lo - a:hi - a] = block
        return out

    # -- what the report and the cache need --------------------------------------------------------------------
    def line_levels(self, memo: Callable[[dict[str, Any], Callable[[], list[float]]], list[float]] | None = None
                    ) -> list[tuple[float, float]]:
        """Per line, the RMS level in dB of the dialogue and of the stems under it while it is voiced
        (``Speech.spans``), as they go into the mix: the film report's speech over music. ``memo(inputs,
        compute)`` may keep a line's levels by what decides them (the graph's cache)."""
        levels = []
        for (s, mono, _), (_, line) in zip(self.placed, self.speech, strict=True):
            spans = line.spans() or [(0.0, mono.shape[0] / self.rate)]
            compute = functools.partial(self._line_level, s, mono, spans)
            if memo is None:
                levels.append(tuple(compute()))
            else:
                doc = {"line": self.inputs(s, s + mono.shape[0]), "spans": spans}
                levels.append(tuple(memo(doc, compute)))
        return levels  # type: ignore[return-value]

    def _line_level(self, s: int, mono: np.ndarray, spans: list[tuple[float, float]]) -> list[float]:
        """One line's dialogue and stems levels (dB) over its voiced ``spans`` (seconds from its first sample)."""
        voice = bed = count = 0.0
        for a_s, b_s in spans:
            v0, v1 = max(0, s + round(a_s * self.rate)), min(self.n, s + round(b_s * self.rate))
            if v0 >= v1:
                continue
            voice += float(np.square(self.voice(v0, v1)[:, 0], dtype=np.float64).sum())
            bed += float(np.square(self.stems(v0, v1), dtype=np.float64).sum()) / 2
            count += v1 - v0
        with np.errstate(divide="ignore", invalid="ignore"):
            return [float(10.0 * np.log10(voice / max(count, 1.0))), float(10.0 * np.log10(bed / max(count, 1.0)))]

    def inputs(self, a: int, b: int) -> dict[str, Any]:
        """What decides the pre-mix over [a, b) besides the stems' own samples (which the caller keys): the
        lines heard there, the ducking there, the stems' gains, the fades and the film's length."""
        lines = [[s, digest] for s, mono, digest in self.placed if s < b and s + mono.shape[0] > a]
        duck = None
        if self.duck_db is not None:
            c0 = max(0, int(np.floor(a / self.rate * _CONTROL_HZ)) - 1)
            c1 = int(np.ceil(b / self.rate * _CONTROL_HZ)) + 2
            duck = hashlib.sha256(np.ascontiguousarray(self.duck_db[c0:c1]).tobytes()).hexdigest()
        return {"range": [a, b], "n": self.n, "rate": self.rate, "lines": lines, "duck": duck,
                "gains": [repr(self.bed_gain), repr(self.amb_gain)], "fades": [self.fin, self.fout]}


def premix_to_file(plan: MixPlan, path: Path, block_samples: int = BLOCK_SAMPLES) -> PcmFile:
    """The whole pre-mix as a raw float32 file, block by block."""
    with PcmWriter(path, 2, plan.rate) as writer:
        for a in range(0, plan.n, block_samples):
            writer.write(plan.premix(a, min(plan.n, a + block_samples)))
    return writer.result()
