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
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from autark.jobs.cache import ResultCache
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


def _sha(doc: Any) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def _gain_name(gain_db: float | None) -> str:
    return "premix" if gain_db is None else f"{gain_db:.3f}"


def piece_mixer(store: ResultCache, stems_key: str, metrics: RunMetrics) -> Callable[..., PieceSound]:
    """A mixer for ``score_and_mix(mixer=...)``, called as ``mix_to_file``: the film's sound track as an AAC
    file beside ``out_path``, made from cached pieces where it can (see the module's docstring)."""

    def mix(duration_s: float, music: Any, speech: Any, out_path: Path | str, *,
            line_levels: list[tuple[float, float]] | None = None, **kwargs: Any) -> PieceSound:
        from autark.audio.dynamics import _loudness_from_hops
        from autark.audio.mix_pieces import PieceMix
        from autark.audio.mixplan import MixPlan
        from autark.compose.audio_pieces import (
            audio_piece_packets,
            encode_audio_piece,
            measure_audio_piece,
            write_audio_track,
        )
        from autark.compose.encode import AUDIO_CHUNK_SAMPLES

        t0 = time.perf_counter()
        plan = MixPlan(duration_s, music, speech, **kwargs)
        if line_levels is not None:  # each line's levels by what decides them: a changed line's alone are new
            def memo(doc: dict[str, Any], compute: Callable[[], list[float]]) -> list[float]:
                key = _sha({"v": KEY_VERSION, "stems": stems_key, "code": _code(), "line": doc})
                hit = store.get_bytes("alevel", key)
                if hit is not None:
                    return json.loads(hit[0])
                value = compute()
                store.put_bytes("alevel", key, json.dumps(value).encode())
                return value

            line_levels[:] = plan.line_levels(memo)
        pm = PieceMix(plan)
        base = {"v": KEY_VERSION, "stems": stems_key, "code": _code(), "target": plan.target_lufs}
        keys = [_sha(base | pm.inputs(j)) for j in range(len(pm.bounds))]
        entries: list[tuple[bytes, dict[str, Any]] | None] = [store.get_bytes("apiece", k) for k in keys]
        hops: list[dict[str, list[float]]] = [dict(e[1].get("hops", {})) if e else {} for e in entries]
        added = [False] * len(keys)

        tops: list[float | None] = [e[1].get("env_max") if e else None for e in entries]

        def hops_at(j: int, gain_db: float | None) -> np.ndarray:
            name = _gain_name(gain_db)
            if name not in hops[j]:
                if gain_db is None:
                    hops[j][name] = pm.hops(j, None).tolist()
                else:
                    if tops[j] is None:
                        tops[j] = pm.env_max(j)
                    hops[j][name] = pm.hops(j, gain_db, hops_at(j, None), tops[j]).tolist()
                added[j] = True
            return np.asarray(hops[j][name], dtype=np.float64)

        gain = pm.choose_gain(hops_at)
        name = _gain_name(gain)
        pieces: list[bytes] = []
        changed = [False] * len(keys)  # entries to write: made now, or with more gains' loudness or a peak
        for j, (a, b) in enumerate(pm.bounds):
            entry = entries[j]
            if entry is not None and entry[1].get("gain") == name:
                pieces.append(entry[0])
                changed[j] = added[j]
            else:
                first, samples = pm.samples_for_encoder(j, gain)
                pieces.append(encode_audio_piece(samples, first, (a, b), plan.n, plan.rate))
                changed[j] = True
        remade = [entries[j] is None or entries[j][1].get("gain") != name for j in range(len(keys))]
        made = sum(remade)
        measured: list[Any] = [None] * len(keys)
        # the report's loudness and true peak, per piece as the track decodes it (its neighbours' packets
        # complete its first and last frames): kept while the piece and those packets stay the same
        decoded_hops, peaks = [], []
        for j, data in enumerate(pieces):
            prev = pieces[j - 1] if j else None
            nxt = pieces[j + 1] if j + 1 < len(pieces) else None
            tag = hashlib.sha256((prev or b"")[-8192:] + (nxt or b"")[:8192]).hexdigest()[:20]
            kept = entries[j][1].get("measured") if not remade[j] else None  # type: ignore[index]
            if kept is None or kept[0] != tag:
                energy, top = measure_audio_piece(prev, data, nxt, pm.bounds[j][0], plan.rate)
                kept = [tag, energy.tolist(), top]
                changed[j] = True
            measured[j] = kept
            decoded_hops.append(np.asarray(kept[1], dtype=np.float64))
            peaks.append(float(kept[2]))
        for j, data in enumerate(pieces):
            if changed[j]:
                store.put_bytes("apiece", keys[j], data, {"gain": name, "hops": hops[j], "measured": measured[j],
                                                          "env_max": tops[j]})
        track = write_audio_track(pieces, Path(out_path).with_suffix(".m4a"), plan.rate)
        packets = sum(audio_piece_packets(d) for d in pieces)
        n_decoded = (packets - 1) * AUDIO_CHUNK_SAMPLES  # the priming frame is not played
        level = _loudness_from_hops(np.concatenate(decoded_hops), n_decoded, plan.rate)
        peak = max(peaks, default=0.0)
        measures = {"codec": "aac", "sample_rate_hz": plan.rate, "channels": 2, "n_samples": n_decoded,
                    "start_s": 0.0, "loudness_lufs": level if np.isfinite(level) else str(level),
                    "true_peak_dbfs": 20.0 * float(np.log10(peak)) if peak > 0 else "-inf"}
        metrics.add(TaskTiming(f"sound pieces ({made} of {len(pieces)} made, gain {gain:+.1f} dB)", "mix",
                               time.perf_counter() - t0, made == 0))
        return PieceSound(track, made, len(pieces), gain, measures)

    return mix
