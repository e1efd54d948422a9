"""Facts worked out once per moment's list of solid objects, whichever camera looks.

``SceneStates.at`` hands every framing a planner tries the same list object for the same moment, so what does
not depend on the camera (which objects may hide a body, their boxes) is kept by that list's identity: an equal
list of another moment is another key. The value holds the list, so its id cannot be reused by a new list while
it is kept; past ``most`` lists the store starts again (a film's search asks for a few hundred moments).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["PerMoment"]

T = TypeVar("T")


class PerMoment(Generic[T]):
    """``make(solid)`` kept per list ``solid`` (by identity): ``PerMoment(make)(solid)``."""

    def __init__(self, make: Callable[[Sequence], T], most: int = 512) -> None:
        self._make, self._most = make, most
        self._kept: dict[int, tuple[Sequence, T]] = {}

    def __call__(self, solid: Sequence) -> T:
        hit = self._kept.get(id(solid))
        if hit is None or hit[0] is not solid:
            if len(self._kept) >= self._most:
                self._kept.clear()
            hit = self._kept[id(solid)] = (solid, self._make(solid))
        return hit[1]
