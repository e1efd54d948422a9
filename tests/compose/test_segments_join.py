"""Film pieces joined by copying their packets (compose.segments): pieces of any length, and the sound track
made of AAC pieces decoding as one encode of the whole."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from autark.compose.audio_pieces import encode_audio_piece, write_audio_track
from autark.compose.segments import encode_audio_track, encode_segment, join_segments

W, H, FPS, RATE = 64, 48, 30, 48_000


def _frames(n: int, shade: int) -> list[np.ndarray]:
    # a bar moving across a flat shade: each frame differs, so the encoder uses P and B frames
    out = []
    for i in range(n):
        f = np.full((H, W, 3), shade, np.uint8)
        f[H // 2:, (3 * i) % W:(3 * i) % W + 6] = 255 - shade
        out.append(f)
    return out


def _decoded(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


@pytest.mark.parametrize("lengths", [(1, 30), (2, 30), (30, 1, 30), (30, 2), (30, 1), (30, 3, 2, 1), (1, 1, 1)])
def test_pieces_of_one_or_two_frames_join_before_and_after_longer_ones(tmp_path: Path, lengths) -> None:
    pieces, frames = [], []
    for k, n in enumerate(lengths):
        fs = _frames(n, 40 + 60 * k)
        pieces.append(encode_segment(fs, tmp_path / f"p{k}.mp4", FPS, W, H, first_index=len(frames)))
        frames += fs
    silence = encode_audio_track(None, round(len(frames) / FPS * RATE), RATE, tmp_path / "sound.m4a")
    film = join_segments(pieces, tmp_path / "film.mp4", FPS, silence)
    got = _decoded(film)
    assert len(got) == len(frames)
    with av.open(str(film)) as c:  # frame times in order, one frame apart
        times = sorted(float(f.time) for f in c.decode(video=0))
    assert np.allclose(np.diff(times), 1 / FPS, atol=1e-3)
    with av.open(str(film)) as c:  # the track's rate and length are the film's (a short last piece made it
        video = c.streams.video[0]  # two frames longer in the sample table)
        assert video.average_rate == FPS
        assert float(video.duration * video.time_base) == pytest.approx(len(frames) / FPS, abs=1e-3)
    for k, n in enumerate(lengths):  # each piece's frames where they belong (the shade tells them apart)
        start = sum(lengths[:k])
        assert all(abs(int(g[2, 2, 0]) - (40 + 60 * k)) < 8 for g in got[start:start + n])


def _dec_audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1).T


def test_sound_track_in_pieces_decodes_as_one_encode_of_the_whole(tmp_path: Path) -> None:
    from autark.audio.mix_pieces import ENCODER_POSTROLL, ENCODER_PREROLL

    n = int(5.3 * RATE)
    t = np.arange(n) / RATE
    x = np.stack([0.3 * np.sin(2 * np.pi * 440 * t) * (1 + 0.5 * np.sin(2 * np.pi * 0.7 * t)),
                  0.2 * np.sin(2 * np.pi * 1660 * t)], axis=1).astype(np.float32)
    x[100_000:100_400] += 0.3  # a click: the encoder switches to short windows there
    size = 76_800
    pieces = []
    for a in range(0, n, size):
        b = min(n, a + size)
        s0, s1 = (0 if a == 0 else a - ENCODER_PREROLL), (n if b == n else b + ENCODER_POSTROLL)
        pieces.append(encode_audio_piece(x[s0:s1], s0, (a, b), n, RATE))
    joined = _dec_audio(write_audio_track(pieces, tmp_path / "pieces.m4a", RATE))
    whole = _dec_audio(encode_audio_track(x, n, RATE, tmp_path / "whole.m4a"))
    assert joined.shape == whole.shape
    err_whole = whole[:n] - x
    err_pieces = joined[:n] - x
    # the seams are as clean as the rest: the error to the input near each seam is the whole encode's
    for a in range(size, n, size):
        near = slice(a - 2048, a + 2048)
        assert np.sqrt(np.mean(err_pieces[near] ** 2)) < 2 * np.sqrt(np.mean(err_whole[near] ** 2)) + 1e-4
    assert np.sqrt(np.mean(err_pieces ** 2)) < 1e-3


def test_join_writes_the_stamp_and_uses_known_delays_without_changing_the_frames(tmp_path: Path) -> None:
    from autark.compose.provenance import Provenance, read_stamp, stamp_metadata
    from autark.compose.segments import segment_decode_delay

    lengths, pieces, frames = (30, 2, 30), [], []
    for k, n in enumerate(lengths):
        fs = _frames(n, 40 + 60 * k)
        pieces.append(encode_segment(fs, tmp_path / f"p{k}.mp4", FPS, W, H, first_index=len(frames)))
        frames += fs
    silence = encode_audio_track(None, round(len(frames) / FPS * RATE), RATE, tmp_path / "sound.m4a")
    plain = _decoded(join_segments(pieces, tmp_path / "plain.mp4", FPS, silence))
    delays = [segment_decode_delay(p, FPS) for p in pieces]
    assert max(delays) > 0  # the 30-frame pieces have B frames: the known delays matter
    meta = stamp_metadata(Provenance(), trained=[])
    film = join_segments(pieces, tmp_path / "stamped.mp4", FPS, silence, metadata=meta, delays=delays)
    got = _decoded(film)
    assert len(got) == len(plain) == len(frames)
    assert all(np.array_equal(a, b) for a, b in zip(got, plain, strict=True))
    stamp = read_stamp(film)
    assert stamp.metadata["autark_ai_generated"] == "true"
    assert stamp.metadata["autark_created"] == meta["autark_created"]
