"""Film-length audio on disk: raw float32 files read and written in blocks, so memory stays flat however long
the film is.

A :class:`PcmFile` is a headerless file of interleaved float32 samples (``channels`` per frame) plus a scalar
``gain`` applied on every read. The gain lets a whole-signal correction (peak normalisation of the score, the
mixer's last loudness trim) cost nothing: it is known only after the last block was written, and applying it
on read saves a pass over the file. Reads copy into a fresh array with ``os.pread`` (no ``mmap``: resident
pages of a mapped file would count against the process's memory just like an array would), and a small
read-ahead window serves the encoder's 1024-sample requests from one disk read per second of audio.

A ``PcmFile`` slices like an ``(n_samples, channels)`` array (``pcm[a:b]``), so it can be passed wherever an
:class:`~autark.compose.encode.AudioLike` is taken.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ
from autark.errors import AudioError, ProjectError

__all__ = ["BLOCK_SAMPLES", "PcmFile", "PcmWriter"]

# Samples per block in every streaming loop: 10 s at 48 kHz (3.8 MB of stereo float32), a whole number of the
# loudness meter's 100 ms hops, large enough that numpy's per-call overhead is nothing next to the work.
BLOCK_SAMPLES = 480_000
_READ_AHEAD = SAMPLE_RATE_HZ  # small reads are served from a window of this many samples
_ITEM = 4  # bytes per float32 sample


class PcmFile:
    """Raw interleaved float32 audio in a file: ``n_samples`` frames of ``channels`` samples, times ``gain``."""

    def __init__(self, path: Path | str, n_samples: int, channels: int = 2,
                 sample_rate_hz: int = SAMPLE_RATE_HZ, gain: float = 1.0) -> None:
        self.path = Path(path)
        self.n_samples = int(n_samples)
        self.channels = int(channels)
        self.sample_rate_hz = int(sample_rate_hz)
        self.gain = float(gain)
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._window: tuple[int, np.ndarray] | None = None

    # -- array-like ------------------------------------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, int]:
        return (self.n_samples, self.channels)

    @property
    def duration_s(self) -> float:
        return self.n_samples / self.sample_rate_hz

    def __len__(self) -> int:
        return self.n_samples

    def __getitem__(self, key: Any) -> np.ndarray:
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("a PcmFile is sliced along time only, as pcm[start:stop]")
        start, stop, _ = key.indices(self.n_samples)
        return self.read(start, max(0, stop - start))

    # -- reading ---------------------------------------------------------------------------------------------
    def read(self, start: int, n: int) -> np.ndarray:
        """Samples ``[start, start + n)`` (clipped to the file) as float32 ``(m, channels)``, gain applied."""
        start = max(0, int(start))
        stop = min(self.n_samples, start + max(0, int(n)))
        if stop <= start:
            return np.zeros((0, self.channels), dtype=np.float32)
        if stop - start < _READ_AHEAD:
            with self._lock:  # the encoder thread reads while the caller may, too
                window = self._window
                if window is None or not (window[0] <= start and stop <= window[0] + window[1].shape[0]):
                    window = (start, self._read_raw(start, min(self.n_samples, start + _READ_AHEAD)))
                    self._window = window
            out = window[1][start - window[0]:stop - window[0]].copy()
        else:
            out = self._read_raw(start, stop)
        if self.gain != 1.0:
            out *= np.float32(self.gain)
        return out

    def _read_raw(self, start: int, stop: int) -> np.ndarray:
        out = np.empty((stop - start, self.channels), dtype=np.float32)
        view = memoryview(out).cast("B")
        offset = start * self.channels * _ITEM
        done = 0
        try:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDONLY)
            while done < view.nbytes:
                got = os.preadv(self._fd, [view[done:]], offset + done)
                if got == 0:
                    raise AudioError(f"the audio file {self.path} ended early (truncated while in use?)")
                done += got
        except OSError as exc:
            raise ProjectError(f"cannot read the audio file {self.path}: {exc.strerror or exc}") from exc
        return out

    def blocks(self, block: int = BLOCK_SAMPLES) -> Iterator[tuple[int, np.ndarray]]:
        """``(start, samples)`` over the whole file in blocks of ``block`` samples (the last may be shorter)."""
        for a in range(0, self.n_samples, block):
            yield a, self.read(a, block)

    def to_array(self) -> np.ndarray:
        """The whole file in memory (tests and short clips; films stream with :meth:`blocks`)."""
        return self.read(0, self.n_samples) if self.n_samples else np.zeros((0, self.channels), np.float32)

    def with_gain(self, gain: float) -> PcmFile:
        """The same samples times ``gain`` more (no pass over the file)."""
        return PcmFile(self.path, self.n_samples, self.channels, self.sample_rate_hz, self.gain * gain)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            self._window = None

    def __del__(self) -> None:
        fd, self._fd = getattr(self, "_fd", None), None
        if fd is not None:
            os.close(fd)

    def __repr__(self) -> str:
        return (f"PcmFile({str(self.path)!r}, n_samples={self.n_samples}, channels={self.channels}, "
                f"sample_rate_hz={self.sample_rate_hz}, gain={self.gain:.4g})")


class PcmWriter:
    """Appends float32 blocks to a new raw file; tracks the sample count and the peak as it goes.

    ``with PcmWriter(path) as w: w.write(block)``, then ``w.result()`` is the :class:`PcmFile`.
    """

    def __init__(self, path: Path | str, channels: int = 2, sample_rate_hz: int = SAMPLE_RATE_HZ) -> None:
        self.path = Path(path)
        self.channels = int(channels)
        self.sample_rate_hz = int(sample_rate_hz)
        self.n_samples = 0
        self.peak = 0.0
        try:
            self._file = open(self.path, "wb")  # noqa: SIM115 - closed by close() / __exit__
        except OSError as exc:
            raise ProjectError(f"cannot write the audio file {self.path}: {exc.strerror or exc}",
                               hint="check free disk space in the temporary folder") from exc

    def write(self, block: np.ndarray) -> None:
        x = np.ascontiguousarray(block, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.channels:
            raise AudioError(f"expected a block of shape (n, {self.channels}), got {x.shape}")
        if x.size:
            self.peak = max(self.peak, float(np.abs(x).max()))
        try:
            self._file.write(memoryview(x).cast("B"))
        except OSError as exc:
            raise ProjectError(f"cannot write the audio file {self.path}: {exc.strerror or exc}",
                               hint="check free disk space in the temporary folder") from exc
        self.n_samples += x.shape[0]

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

    def result(self, gain: float = 1.0) -> PcmFile:
        self.close()
        return PcmFile(self.path, self.n_samples, self.channels, self.sample_rate_hz, gain)

    def __enter__(self) -> PcmWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
