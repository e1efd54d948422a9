"""Frames from render workers through shared memory: the parent's slots, one chunk of frames each, and the
worker's side that writes a chunk into the slot its task names.

A frame pickled back through the pool's pipe was copied five times on its way (pickled in the worker, into
the pipe, out of it, unpickled, handed to the encoder) and read by a thread of the parent's that did nothing
else: in the profile of a 30-second 720p film (perf, the fisherman's) that thread alone was ~2% of the film's
CPU, mostly ``memmove`` and the kernel's pipe copies, and the workers' pickling and writes as much again. In a
slot the worker writes the frame once and the parent copies it out once; only the frames' shapes travel
through the pipe. Measured on 240 frames of that film (``benchmarks/bench_make_frames.py``, interleaved, load
~30): 19.9 -> 19.4 s of CPU for render and encode, the same pixels.

The parent makes the slots when the first chunk has come back the old way (its frames tell their size) and
lends each to one chunk in flight at a time: the slot is free again once the chunk's frames are copied out,
before they are yielded, so a worker never writes into a slot the parent still reads. A chunk whose frames do
not fit its slot comes back pickled, as before. The parent unlinks the slots when the render ends, however it
ends; multiprocessing's resource tracker unlinks them if the parent is killed.
"""

from __future__ import annotations

import contextlib
from typing import Any

import numpy as np

__all__ = ["FrameSlots", "deliver"]


class FrameSlots:
    """``n_slots`` shared-memory blocks of ``slot_bytes`` each, lent to one chunk at a time."""

    def __init__(self, n_slots: int, slot_bytes: int) -> None:
        from multiprocessing import shared_memory

        self._blocks: list[Any] = []
        try:
            for _ in range(n_slots):
                self._blocks.append(shared_memory.SharedMemory(create=True, size=max(1, slot_bytes)))
        except BaseException:
            self.close()
            raise
        self._free = list(range(n_slots))

    def take(self) -> str | None:
        """A free slot's name (None when all are lent)."""
        return self._blocks[self._free.pop()].name if self._free else None

    def read(self, name: str, shapes: list[tuple[tuple[int, ...], str]]) -> list[np.ndarray]:
        """The frames a worker wrote into slot ``name`` (copied out), and the slot is free again."""
        index = next(i for i, block in enumerate(self._blocks) if block.name == name)
        buf, frames, offset = self._blocks[index].buf, [], 0
        for shape, dtype in shapes:
            count = int(np.prod(shape))
            view = np.frombuffer(buf, np.dtype(dtype), count, offset)
            frames.append(view.reshape(shape).copy())
            offset += view.nbytes
            del view  # no view may outlive the block's mapping
        self._free.append(index)
        return frames

    def give_back(self, name: str) -> None:
        """Free slot ``name`` without reading it (its chunk came back pickled, or was cancelled)."""
        for i, block in enumerate(self._blocks):
            if block.name == name and i not in self._free:
                self._free.append(i)

    def close(self) -> None:
        """Unmap and remove every slot (after the workers are done with them)."""
        for block in self._blocks:
            with contextlib.suppress(Exception):
                block.close()
            with contextlib.suppress(Exception):
                block.unlink()
        self._blocks, self._free = [], []


# -- the worker's side ----------------------------------------------------------------------------------------
_attached: dict[str, Any] = {}  # slot name -> this worker's mapping of it, made the first time it is lent here


def _attach(name: str) -> Any:
    block = _attached.get(name)
    if block is None:
        from multiprocessing import shared_memory

        block = _attached[name] = shared_memory.SharedMemory(name=name)
    return block


def deliver(frames: list[np.ndarray], slot: str | None) -> Any:
    """What a worker sends back for a chunk: the frames themselves, or, written into ``slot``, their shapes
    (``("slot", name, shapes)``); the frames themselves when they do not fit."""
    if slot is None:
        return frames
    block = _attach(slot)
    if sum(f.nbytes for f in frames) > block.size:
        return frames
    offset, shapes = 0, []
    for frame in frames:
        view = np.frombuffer(block.buf, frame.dtype, frame.size, offset)
        view.reshape(frame.shape)[...] = frame
        offset += frame.nbytes
        shapes.append((tuple(frame.shape), frame.dtype.str))
        del view
    return ("slot", slot, shapes)
