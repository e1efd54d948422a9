"""Shot transitions on frame arrays: a cross-fade blends the tail of one shot into the head of the next."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from autark.errors import UserInputError

__all__ = ["blend", "crossfade", "crossfade_frames", "crossfade_weights"]


def crossfade_weights(k: int) -> np.ndarray:
    """Weights of the incoming shot over a ``k``-frame fade, strictly between 0 and 1.

    Frame j of the overlap shows ``(j + 1) / (k + 1)`` of the new shot, so neither the last pure frame of
    the old shot nor the first pure frame of the new one is repeated.
    """
    if k < 1:
        raise UserInputError(f"a cross-fade needs at least 1 frame, got {k}")
    return np.arange(1, k + 1, dtype=np.float32) / np.float32(k + 1)


def blend(outgoing: np.ndarray, incoming: np.ndarray, w: float | np.ndarray) -> np.ndarray:
    """``w`` of ``incoming`` over ``1 - w`` of ``outgoing`` (uint8 frames, rounded): one step of a cross-fade.
    ``w`` is a number, or an array that broadcasts against the frames (a weight per frame of a stack)."""
    blended = outgoing.astype(np.float32) * (1.0 - w) + incoming.astype(np.float32) * w
    return np.clip(blended + 0.5, 0, 255).astype(np.uint8)


def crossfade(outgoing: np.ndarray, incoming: np.ndarray) -> np.ndarray:
    """Blend two equally long stacks ``(k, H, W, 3)`` uint8 into the ``k`` frames of the overlap."""
    if outgoing.shape != incoming.shape or outgoing.ndim != 4:
        raise UserInputError(f"cannot cross-fade frames of shape {outgoing.shape} into {incoming.shape}",
                             hint="both shots must have the same size and the same number of overlap frames")
    return blend(outgoing, incoming, crossfade_weights(outgoing.shape[0])[:, None, None, None])


def crossfade_frames(shots: Iterable[Iterable[np.ndarray]], overlap_frames: int) -> Iterator[np.ndarray]:
    """Chain shots into one frame stream, cross-fading ``overlap_frames`` frames at every cut.

    The last ``overlap_frames`` of each shot are blended with the first ``overlap_frames`` of the next, so
    the film is ``overlap_frames`` shorter per cut. Only the overlap is ever held in memory. A shot shorter
    than the overlap (on either side) is joined with a hard cut rather than failing.
    """
    if overlap_frames < 0:
        raise UserInputError(f"overlap_frames={overlap_frames} must be 0 or more")
    tail: list[np.ndarray] = []
    for shot in shots:
        frames = iter(shot)
        head: list[np.ndarray] = []
        if tail:
            for frame in frames:
                head.append(frame)
                if len(head) == len(tail):
                    break
            if len(head) == len(tail):
                yield from crossfade(np.stack(tail), np.stack(head))
            else:  # the new shot is shorter than the fade: cut instead
                yield from tail
                yield from head
                head = []
                tail = []
                continue
            tail = []
        # Hold back the last overlap_frames of this shot; they fade into the next one.
        for frame in frames:
            tail.append(frame)
            if len(tail) > overlap_frames:
                yield tail.pop(0)
    yield from tail
