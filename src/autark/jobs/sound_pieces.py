"""The film's sound track in cached pieces: what a changed line re-makes is the sound around it.

``piece_mixer`` gives ``score_and_mix`` (``autark.jobs.film``) a mixer that, instead of mixing and encoding the
whole film, lays it out as a :class:`~autark.audio.mixplan.MixPlan`, cuts it into the pieces of
``autark.audio.mix_pieces`` and takes each piece from the project's cache (kind ``apiece``) when its inputs are
unchanged: its AAC packets at the film's make-up gain and its loudness per 100 ms hop at every gain the gain
search looked at. Only pieces whose inputs changed (a line heard in them or its ducking), or all of them when
the film's gain moves a step, are mixed and encoded; the packets are copied into the sound track
(``autark.compose.segments.write_audio_track``). A piece's key hashes the stems' key (music, places, foley, the
audio sources), what the plan says decides the piece (lines heard there with their samples, the ducking there,
gains, fades, the film's length) and the encoder's settings; its entry holds what a fresh piece would be, bytes
for bytes.

On the 16-second benchmark film a changed line re-makes 2-3 of its 10 pieces (the line, its ducking's release,
the encoder's run-up); the music bed and the stems' loudness come from the cache (``sound_cache``).
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from autark.jobs.cache import ResultCache, content_key
from autark.jobs.metrics import RunMetrics, TaskTiming

__all__ = ["PieceSound", "piece_mixer"]

KEY_VERSION = 1


class PieceSound:
    """What the piece mixer hands back through ``score_and_mix``: the encoded sound track and its counts."""

    def __init__(self, track: Path, made: int, pieces: int, gain_db: float, measures: dict[str, Any]) -> None:
        self.track, self.made, self.pieces, self.gain_db = track, made, pieces, gain_db
        self.measures = measures  # the track's loudness and true peak, as report_pieces.audio_measures gives them

    def close(self) -> None:  # as a PcmFile's, for callers that close what the mixer returns
        pass


@functools.cache
def _code() -> str:
    """The sources of the pieces' sound beyond the audio package (its encoding and joining)."""
    import av

    from autark.jobs.sound_cache import audio_fingerprint

    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{audio_fingerprint()} av={av.__version__}".encode())
    for name in ("compose/segments.py", "compose/encode.py", "jobs/sound_pieces.py"):
        digest.update(hashlib.sha256((here / name).read_bytes()).digest())
    return digest.hexdigest()



def _gain_name(gain_db: float | None) -> str:
    return "premix" if gain_db is None else f"{gain_db:.3f}"


def piece_mixer(store: ResultCache, stems_key: str, metrics: RunMetrics) -> Callable[..., PieceSound]:
    """A mixer for ``score_and_mix(mixer=...)``, called as ``mix_to_file``: the film's sound track as an AAC
    file beside ``out_path``, made from cached pieces where it can (see the module's docstring)."""

    def mix(duration_s: float, music: Any, speech: Any, out_path: Path | str, *,
            line_levels: list[tuple[float, float]] | None = None, **kwargs: Any) -> PieceSound:
        from autark.audio.mixplan import MixPlan
        from autark.compose.audio_pieces import write_audio_track

        t0 = time.perf_counter()
        plan = MixPlan(duration_s, music, speech, **kwargs)
        if line_levels is not None:  # each line's levels by what decides them: a changed line's alone are new
            line_levels[:] = plan.line_levels(_level_memo(store, stems_key))
        job = _Pieces(store, stems_key, plan)
        gain = job.pm.choose_gain(job.hops_at)
        data = job.encoded(gain)
        measures = job.measures(data)
        job.keep(data, gain)
        track = write_audio_track(data, Path(out_path).with_suffix(".m4a"), plan.rate)
        made = sum(job.remade)
        metrics.add(TaskTiming(f"sound pieces ({made} of {len(data)} made, gain {gain:+.1f} dB)", "mix",
                               time.perf_counter() - t0, made == 0))
        return PieceSound(track, made, len(data), gain, measures)

    return mix


def _level_memo(store: ResultCache, stems_key: str) -> Callable[[dict[str, Any], Callable[[], list[float]]],
                                                                list[float]]:
    """``MixPlan.line_levels``'s memo: a line's levels in the cache (kind ``alevel``) by what decides them."""

    def memo(doc: dict[str, Any], compute: Callable[[], list[float]]) -> list[float]:
        key = content_key({"v": KEY_VERSION, "stems": stems_key, "code": _code(), "line": doc})
        return store.json_memo("alevel", key, compute)

    return memo


class _Pieces:
    """One mix's sound pieces: their keys and cache entries (kind ``apiece``: the AAC packets at the film's
    gain; in the entry's data, the loudness per hop at every gain looked at, the envelope's peak, the decoded
    piece's measures), what this mix made or learned anew, and what goes back into the cache."""

    def __init__(self, store: ResultCache, stems_key: str, plan: Any) -> None:
        from autark.audio.mix_pieces import PieceMix

        self.store, self.plan = store, plan
        self.pm = pm = PieceMix(plan)
        base = {"v": KEY_VERSION, "stems": stems_key, "code": _code(), "target": plan.target_lufs}
        self.keys = [content_key(base | pm.inputs(j)) for j in range(len(pm.bounds))]
        self.entries = [store.get_bytes("apiece", k) for k in self.keys]
        self.hops: list[dict[str, list[float]]] = [dict(e[1].get("hops", {})) if e else {} for e in self.entries]
        self.tops: list[float | None] = [e[1].get("env_max") if e else None for e in self.entries]
        self.measured: list[Any] = [None] * len(self.keys)
        self.changed = [False] * len(self.keys)  # entries to write back
        self.remade = [True] * len(self.keys)

    def hops_at(self, j: int, gain_db: float | None) -> np.ndarray:
        """Piece ``j``'s loudness per hop at ``gain_db``: kept, or from its kept pre-mix loudness and envelope
        peak where the limiter leaves it alone, or mixed again."""
        name = _gain_name(gain_db)
        if name not in self.hops[j]:
            if gain_db is None:
                self.hops[j][name] = self.pm.hops(j, None).tolist()
            else:
                if self.tops[j] is None:
                    self.tops[j] = self.pm.env_max(j)
                self.hops[j][name] = self.pm.hops(j, gain_db, self.hops_at(j, None), self.tops[j]).tolist()
            self.changed[j] = True
        return np.asarray(self.hops[j][name], dtype=np.float64)

    def encoded(self, gain_db: float) -> list[bytes]:
        """Every piece's AAC packets at the film's gain: kept, or mixed, limited and encoded now."""
        from autark.compose.audio_pieces import encode_audio_piece

        name, out = _gain_name(gain_db), []
        for j, (a, b) in enumerate(self.pm.bounds):
            entry = self.entries[j]
            self.remade[j] = entry is None or entry[1].get("gain") != name
            if not self.remade[j]:
                out.append(entry[0])  # type: ignore[index]
                continue
            first, samples = self.pm.samples_for_encoder(j, gain_db)
            out.append(encode_audio_piece(samples, first, (a, b), self.plan.n, self.plan.rate))
            self.changed[j] = True
        return out

    def measures(self, data: list[bytes]) -> dict[str, Any]:
        """The track's measures as ``report_pieces.audio_measures`` gives them, from each piece as the track
        decodes it (its neighbours' packets complete its first and last frames): a piece's are kept while it
        and those packets stay the same."""
        from autark.audio.dynamics import _loudness_from_hops
        from autark.compose.audio_pieces import audio_piece_packets, measure_audio_piece
        from autark.compose.encode import AUDIO_CHUNK_SAMPLES

        rate = self.plan.rate
        for j, piece in enumerate(data):
            prev = data[j - 1] if j else None
            nxt = data[j + 1] if j + 1 < len(data) else None
            tag = hashlib.sha256((prev or b"")[-8192:] + (nxt or b"")[:8192]).hexdigest()[:20]
            entry = self.entries[j]
            kept = entry[1].get("measured") if entry is not None and not self.remade[j] else None
            if kept is None or kept[0] != tag:
                energy, top = measure_audio_piece(prev, piece, nxt, self.pm.bounds[j][0], rate)
                kept = [tag, energy.tolist(), top]
                self.changed[j] = True
            self.measured[j] = kept
        n = (sum(audio_piece_packets(d) for d in data) - 1) * AUDIO_CHUNK_SAMPLES  # the priming frame is not played
        level = _loudness_from_hops(np.concatenate([np.asarray(m[1], np.float64) for m in self.measured]), n, rate)
        peak = max((float(m[2]) for m in self.measured), default=0.0)
        return {"codec": "aac", "sample_rate_hz": rate, "channels": 2, "n_samples": n, "start_s": 0.0,
                "loudness_lufs": level if np.isfinite(level) else str(level),
                "true_peak_dbfs": 20.0 * float(np.log10(peak)) if peak > 0 else "-inf"}

    def keep(self, data: list[bytes], gain_db: float) -> None:
        """Write back the entries this mix made or learned more about."""
        for j, piece in enumerate(data):
            if self.changed[j]:
                self.store.put_bytes("apiece", self.keys[j], piece, {
                    "gain": _gain_name(gain_db), "hops": self.hops[j], "measured": self.measured[j],
                    "env_max": self.tops[j]})
