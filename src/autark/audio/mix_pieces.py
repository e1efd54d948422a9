"""The film mix's loudness stage in pieces, so an edit re-makes only the stretches of sound it changed.

``autark.audio.mixer`` normalises the whole pre-mix at once: one make-up gain for the film, then the true-peak
limiter. Here the film is cut into pieces of ``PIECE_S`` (whole AAC frames and whole 100 ms loudness hops) and
everything is done per piece from the :class:`~autark.audio.mixplan.MixPlan`, which makes any stretch alone:

* the loudness: per piece, the K-weighted energy of each 100 ms hop (the filters started ``K_PREROLL_S`` before
  the piece, where they have settled); the film's integrated loudness is gated from the pieces' hops together;
* the make-up gain: chosen on a grid of ``GAIN_STEP_DB`` (the film's loudness lands within half a step of the
  target, -16 +- 0.25 LU). A changed line moves the film's loudness by a tenth of a dB or so; a gain on a grid
  mostly stays where it was, so the pieces the line is not heard in keep their samples;
* the limiter and the samples to encode: a piece's samples are computed from the pre-mix widened by the
  limiter's and the true-peak filter's reach, so they do not depend on where the film is cut;
  ``samples_for_encoder`` adds the stretch the AAC encoder needs before and after a piece
  (``ENCODER_PREROLL``, ``ENCODER_POSTROLL``) for the packets at the piece's edges to be those of the whole.

Each piece is a pure function of its inputs (:meth:`PieceMix.inputs`, the stems' key and the gain), so a
piece made in an earlier render stands in for one made now, sample for sample. The production graph
(``autark.jobs.sound_pieces``) keys, caches and encodes them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from autark.audio._signal import db_to_gain
from autark.audio.dynamics import (
    _LIMIT_HOLD_S,
    _LIMIT_RAMP_S,
    LIMIT_DBFS,
    _HopEnergy,
    _limiter_gain,
    _loudness_from_hops,
    _Meter,
    _true_peak_envelope,
    _true_peak_phases,
)
from autark.audio.mixplan import MixPlan

__all__ = ["ENCODER_POSTROLL", "ENCODER_PREROLL", "GAIN_STEP_DB", "PIECE_S", "PieceMix"]

PIECE_S = 1.6  # at 48 kHz 75 AAC frames and 16 loudness hops; a changed line re-makes about three
GAIN_STEP_DB = 0.5
AAC_FRAME = 1024
# The AAC encoder's state (its window shapes, its rate control) settles within three frames of a piece's start:
# encoded from eight frames earlier, the packets at the seams of a test signal cut in 1.6 s pieces were those of
# the whole signal encoded at once (decoded: the same error to the input, 3e-5 rms); from two frames earlier a
# seam was off by 0.02 rms, a click. One frame after a piece lets its last packet see what follows.
ENCODER_PREROLL = 8 * AAC_FRAME
ENCODER_POSTROLL = 2 * AAC_FRAME
K_PREROLL_S = 0.1  # the K-weighting filters' settling time before a piece's first hop (a 38 Hz high-pass)


class PieceMix:
    """The loudness stage of ``plan``'s film, piece by piece (see the module's docstring)."""

    def __init__(self, plan: MixPlan, piece_s: float = PIECE_S) -> None:
        self.plan = plan
        rate = plan.rate
        self.hop = int(round(0.1 * rate))
        unit = math.lcm(AAC_FRAME, self.hop)
        self.piece = max(1, round(piece_s * rate / unit)) * unit
        self.bounds = [(a, min(plan.n, a + self.piece)) for a in range(0, plan.n, self.piece)]
        self.k_pre = int(round(K_PREROLL_S * rate / self.hop)) * self.hop
        hold = max(1, int(_LIMIT_HOLD_S * rate))
        self.reach = hold + min(2 * hold, max(1, int(_LIMIT_RAMP_S * rate))) + 1  # the limiter's (_Limiter)
        self.margin = 4 * len(_true_peak_phases()[0])  # the true-peak interpolator's
        self.ceiling = db_to_gain(LIMIT_DBFS)  # as mixer._normalise: the codec margin under the ceiling
        self._prepared: dict[int, tuple[int, np.ndarray, np.ndarray]] = {}

    # -- what a piece is made of -----------------------------------------------------------------------------
    def span(self, j: int) -> tuple[int, int]:
        """The samples piece ``j``'s computations read: the encoder's and the meter's run-up, its run-out."""
        a, b = self.bounds[j]
        return max(0, a - max(self.k_pre, ENCODER_PREROLL)), min(self.plan.n, b + ENCODER_POSTROLL)

    def inputs(self, j: int) -> dict[str, Any]:
        """What decides piece ``j`` (besides the stems' samples, the gain and this module's code): the plan's
        inputs over everything its computations read."""
        s0, s1 = self.span(j)
        reach = self.reach + self.margin
        return {"piece": list(self.bounds[j]), "plan": self.plan.inputs(s0 - reach, s1 + reach)}

    def _prepare(self, j: int) -> tuple[int, np.ndarray, np.ndarray]:
        """Piece ``j``'s pre-mix and true-peak envelope over its span widened by the limiter's reach (kept for
        this run: the gain search reads them at several gains)."""
        found = self._prepared.get(j)
        if found is None:
            s0, s1 = self.span(j)
            lo, hi = max(0, s0 - self.reach), min(self.plan.n, s1 + self.reach)
            wide = self.plan.premix(lo - self.margin, hi + self.margin)  # silence outside the film
            env = _true_peak_envelope(wide)[self.margin:self.margin + hi - lo]
            found = (lo, wide[self.margin:self.margin + hi - lo], env)
            if len(self._prepared) > 4:  # pieces are visited in order: keep the recent ones
                self._prepared.pop(next(iter(self._prepared)))
            self._prepared[j] = found
        return found

    def samples(self, a: int, b: int, gain_db: float | None, j: int) -> np.ndarray:
        """The film's samples [a, b) (inside piece ``j``'s span) at make-up ``gain_db`` after the limiter; None:
        the pre-mix itself."""
        lo, x, env = self._prepare(j)
        part = x[a - lo:b - lo]
        if gain_db is None:
            return part.copy()
        gain = db_to_gain(gain_db)
        # the limiter's curve as _Limiter.curve makes it: from the envelope widened by its reach, clamped to
        # the film, so where the film is cut does not matter
        c0, c1 = max(0, a - self.reach), min(self.plan.n, b + self.reach)
        e = env[c0 - lo:c1 - lo] * np.float32(gain)
        curve = _limiter_gain(e, self.ceiling * 0.985, self.plan.rate)[a - c0:b - c0] * np.float32(gain)
        y = part * curve[:, None]
        return np.clip(y, -self.ceiling, self.ceiling, out=y)

    def env_max(self, j: int) -> float:
        """The largest true-peak envelope value that piece ``j``'s loudness at any gain reads."""
        lo, _, env = self._prepare(j)
        a, b = self.bounds[j]
        c0, c1 = max(0, a - min(a, self.k_pre) - self.reach), min(self.plan.n, b + self.reach)
        return float(env[c0 - lo:c1 - lo].max()) if c1 > c0 else 0.0

    def hops(self, j: int, gain_db: float | None, premix: np.ndarray | None = None,
             env_max: float | None = None) -> np.ndarray:
        """Piece ``j``'s K-weighted energy per 100 ms hop at make-up ``gain_db`` (None: the pre-mix). Where the
        limiter leaves the piece alone at that gain (its envelope's peak times the gain under the limiter's
        threshold), the pre-mix's energies times the gain squared: the gain search then reads a piece that is
        music alone from two numbers kept with it (``premix``: its pre-mix energies, ``env_max``:
        :meth:`env_max`) instead of mixing it again."""
        if gain_db is not None:
            gain = db_to_gain(gain_db)
            top = self.env_max(j) if env_max is None else env_max
            if top * gain <= self.ceiling * 0.985:
                base = self.hops(j, None) if premix is None else premix
                return np.asarray(base, dtype=np.float64) * (gain * gain)
        a, b = self.bounds[j]
        pre = min(a, self.k_pre)
        meter = _Meter(self.plan.rate)
        weighted = meter.weight(self.samples(a - pre, b, gain_db, j))
        energy = _HopEnergy(self.hop)
        energy.add(weighted[pre:])
        return energy.values()

    def samples_for_encoder(self, j: int, gain_db: float | None) -> tuple[int, np.ndarray]:
        """The first sample and the samples to encode for piece ``j``: from ``ENCODER_PREROLL`` before it (the
        first piece from the film's start, as a whole encode) to ``ENCODER_POSTROLL`` after it (the last to the
        film's end)."""
        a, b = self.bounds[j]
        s0 = 0 if a == 0 else a - ENCODER_PREROLL
        s1 = self.plan.n if b == self.plan.n else b + ENCODER_POSTROLL
        return s0, self.samples(s0, s1, gain_db, j)

    # -- the film's gain ---------------------------------------------------------------------------------------
    def choose_gain(self, hops: Callable[[int, float | None], np.ndarray] | None = None) -> float:
        """The make-up gain in dB on the ``GAIN_STEP_DB`` grid whose limited film is nearest the target
        loudness; 0 for silence (the limiter alone guards the peaks). ``hops(j, gain_db)`` gives a piece's
        hop energies (:meth:`hops`, or the cache's copy of them)."""
        hops = hops or self.hops
        plan, step = self.plan, GAIN_STEP_DB

        def level(gain_db: float | None) -> float:
            energy = np.concatenate([hops(j, gain_db) for j in range(len(self.bounds))])
            return _loudness_from_hops(energy, plan.n, plan.rate)

        start = level(None)
        if not np.isfinite(start):
            return 0.0
        gain = round((plan.target_lufs - start) / step) * step
        tried: dict[float, float] = {}
        for _ in range(6):  # the limiter takes a little loudness: gain up and limit again, on the grid
            tried[gain] = level(gain)
            nxt = round((gain + plan.target_lufs - tried[gain]) / step) * step
            if nxt in tried:
                break
            gain = nxt
        return min(tried, key=lambda g: (abs(tried[g] - plan.target_lufs), g))
