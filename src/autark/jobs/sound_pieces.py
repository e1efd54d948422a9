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

    def __init__(self, track: Path, made: int, pieces: int, gain_db: float) -> None:
        self.track, self.made, self.pieces, self.gain_db = track, made, pieces, gain_db

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
        from autark.audio.mix_pieces import PieceMix
        from autark.audio.mixplan import MixPlan
        from autark.compose.segments import encode_audio_piece, write_audio_track

        t0 = time.perf_counter()
        plan = MixPlan(duration_s, music, speech, **kwargs)
        if line_levels is not None:
            line_levels[:] = plan.line_levels()
        pm = PieceMix(plan)
        base = {"v": KEY_VERSION, "stems": stems_key, "code": _code(), "target": plan.target_lufs}
        keys = [_sha(base | pm.inputs(j)) for j in range(len(pm.bounds))]
        entries: list[tuple[bytes, dict[str, Any]] | None] = [store.get_bytes("apiece", k) for k in keys]
        hops: list[dict[str, list[float]]] = [dict(e[1].get("hops", {})) if e else {} for e in entries]
        added = [False] * len(keys)

        def hops_at(j: int, gain_db: float | None) -> np.ndarray:
            name = _gain_name(gain_db)
            if name not in hops[j]:
                hops[j][name] = pm.hops(j, gain_db).tolist()
                added[j] = True
            return np.asarray(hops[j][name], dtype=np.float64)

        gain = pm.choose_gain(hops_at)
        pieces: list[bytes] = []
        made = 0
        for j, (a, b) in enumerate(pm.bounds):
            entry = entries[j]
            if entry is not None and entry[1].get("gain") == _gain_name(gain):
                data = entry[0]
                if added[j]:  # the gain search looked at another gain here: keep its loudness too
                    store.put_bytes("apiece", keys[j], data, {"gain": _gain_name(gain), "hops": hops[j]})
            else:
                first, samples = pm.samples_for_encoder(j, gain)
                data = encode_audio_piece(samples, first, (a, b), plan.n, plan.rate)
                store.put_bytes("apiece", keys[j], data, {"gain": _gain_name(gain), "hops": hops[j]})
                made += 1
            pieces.append(data)
        track = write_audio_track(pieces, Path(out_path).with_suffix(".m4a"), plan.rate)
        metrics.add(TaskTiming(f"sound pieces ({made} of {len(pieces)} made, gain {gain:+.1f} dB)", "mix",
                               time.perf_counter() - t0,
                               made == 0))
        return PieceSound(track, made, len(pieces), gain)

    return mix
