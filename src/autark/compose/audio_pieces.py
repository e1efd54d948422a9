"""The film's sound track as AAC pieces encoded apart and joined by copying their packets.

``autark.audio.mix_pieces`` cuts the film's sound into pieces of whole AAC frames; each is encoded here from a
run-up before it to a run-out after it (:func:`encode_audio_piece`), keeping the packets a whole-track encode
makes for it, so the pieces' packets back to back (:func:`write_audio_track`) decode as the whole track does.
:func:`measure_audio_piece` measures a piece as the track decodes it (after its neighbour's packets), so the
report's loudness and true peak are kept per piece and an edit re-measures only what it changed.

A piece is stored as bytes: the number of packets, then per packet (pts, duration, size) as little-endian
int64, then the packets' data.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from autark.compose.encode import AUDIO_BITRATE, AUDIO_CHUNK_SAMPLES

__all__ = ["audio_piece_packets", "encode_audio_piece", "measure_audio_piece", "write_audio_track"]

_MEASURE_RUNUP = 5  # packets of the previous piece decoded before a measured one: 0.1 s for the K-weighting


def _aac_encoder(sample_rate_hz: int) -> Any:
    import av

    codec = av.CodecContext.create("aac", "w")
    codec.sample_rate, codec.layout, codec.format = sample_rate_hz, "stereo", "fltp"
    codec.bit_rate = AUDIO_BITRATE
    codec.time_base = Fraction(1, sample_rate_hz)
    codec.options = {"aac_coder": "fast"}  # as segments.encode_audio_track's
    return codec


def encode_audio_piece(samples: np.ndarray, first: int, keep: tuple[int, int], n_samples: int,
                       sample_rate_hz: int) -> bytes:
    """AAC packets of one piece of the film's sound track, as :func:`write_audio_track` joins them.

    ``samples`` (float32 ``(n, 2)``) are the film's from sample ``first``, some before and after the piece
    ``keep = [a, b)`` (``autark.audio.mix_pieces``: the encoder's run-up and run-out); the packets kept are
    those a whole-track encode makes for the piece: each packet is stamped with its first sample less the
    encoder's 1024-sample priming, so the piece keeps the stamps in ``[a - 1024, b - 1024)``, the film's first
    piece from the priming packet on, its last one to the encoder's end."""
    import av

    codec = _aac_encoder(sample_rate_hz)
    a, b = keep
    last = b >= n_samples
    packets: list[Any] = []
    for k in range(0, samples.shape[0], AUDIO_CHUNK_SAMPLES):
        chunk = np.ascontiguousarray(samples[k:k + AUDIO_CHUNK_SAMPLES].T, dtype=np.float32)
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
        frame.sample_rate, frame.pts, frame.time_base = sample_rate_hz, first + k, Fraction(1, sample_rate_hz)
        packets += codec.encode(frame)
    packets += codec.encode(None)
    kept = [p for p in packets if p.pts >= a - AUDIO_CHUNK_SAMPLES and (last or p.pts < b - AUDIO_CHUNK_SAMPLES)]
    head = np.array([[p.pts, p.duration or AUDIO_CHUNK_SAMPLES, p.size] for p in kept], dtype="<i8")
    return len(kept).to_bytes(4, "little") + head.tobytes() + b"".join(bytes(p) for p in kept)


def _packets(piece: bytes) -> Iterator[tuple[int, int, bytes]]:
    count = int.from_bytes(piece[:4], "little")
    head = np.frombuffer(piece, dtype="<i8", count=3 * count, offset=4).reshape(count, 3)
    at = 4 + head.nbytes
    for pts, duration, size in head.tolist():
        yield pts, duration, piece[at:at + size]
        at += size


def audio_piece_packets(piece: bytes) -> int:
    """How many AAC packets a piece holds."""
    return int.from_bytes(piece[:4], "little")


def write_audio_track(pieces: Sequence[bytes], path: str | os.PathLike[str], sample_rate_hz: int) -> Path:
    """The film's sound track (an audio-only AAC MP4, as ``segments.encode_audio_track`` writes) from its
    pieces' packets (:func:`encode_audio_piece`), copied in order."""
    import av

    path = Path(path)
    tb = Fraction(1, sample_rate_hz)
    with av.open(str(path), mode="w", format="mp4") as dst:
        stream = dst.add_stream("aac", rate=sample_rate_hz, layout="stereo")
        stream.bit_rate = AUDIO_BITRATE
        stream.codec_context.time_base = tb
        stream.options = {"aac_coder": "fast"}
        for piece in pieces:
            for pts, duration, data in _packets(piece):
                packet = av.Packet(data)
                packet.pts = packet.dts = pts
                packet.duration, packet.time_base, packet.stream = duration, tb, stream
                dst.mux(packet)
    return path


@functools.cache
def _aac_extradata(sample_rate_hz: int) -> bytes:
    codec = _aac_encoder(sample_rate_hz)
    codec.open()
    return bytes(codec.extradata)


def measure_audio_piece(previous: bytes | None, piece: bytes, following: bytes | None, start: int,
                        sample_rate_hz: int) -> tuple[np.ndarray, float]:
    """A piece's sound from its first sample ``start`` as the film's track decodes it: its K-weighted energy
    per 100 ms hop (``autark.audio.mixer``'s meter, run up on the previous piece's last packets) and its true
    peak (linear). An AAC frame is completed by the next packet's overlap: the following piece's first packet
    finishes this one's last frame (the film's last piece decodes to the encoder's end)."""
    import av

    from autark.audio.dynamics import _HopEnergy, _Meter, _true_peak_envelope

    packets = list(_packets(piece))
    before = list(_packets(previous))[-_MEASURE_RUNUP:] if previous is not None else []
    after = list(_packets(following))[:1] if following is not None else []
    feed = before + packets + after
    codec = av.CodecContext.create("aac", "r")
    codec.extradata = _aac_extradata(sample_rate_hz)
    frames = []
    for pts, _, data in feed:
        packet = av.Packet(data)
        packet.pts = pts
        frames += [f.to_ndarray() for f in codec.decode(packet)]
    frames += [f.to_ndarray() for f in codec.decode(None)]
    x = np.ascontiguousarray(np.concatenate(frames, axis=1).T, dtype=np.float32)
    # the k-th frame decoded holds the samples from the k-th packet's stamp; the decoder's first frame (the
    # previous piece's, or the film's priming) has no overlap before it and is left out
    origin = feed[0][0]
    skip = AUDIO_CHUNK_SAMPLES
    end = x.shape[0] if following is None else (packets[-1][0] + AUDIO_CHUNK_SAMPLES) - origin + AUDIO_CHUNK_SAMPLES
    a = max(skip, start - origin)
    meter = _Meter(sample_rate_hz)
    weighted = meter.weight(x[skip:end])
    energy = _HopEnergy(int(round(0.1 * sample_rate_hz)))
    energy.add(weighted[a - skip:])
    env = _true_peak_envelope(x[skip:end])[a - skip:]
    return energy.values(), float(env.max()) if env.size else 0.0
