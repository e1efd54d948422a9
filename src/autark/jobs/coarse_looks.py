"""The shot search's coarse looks (``autark.jobs.shots``): each framing after the planned one is measured at a subset of
the search's moments (``measure_shot(every=COARSE_EVERY)``), in full only where that look would end the search, and
at the end ``settle`` looks in full at the few the coarse looks rank above the best full one and keeps the best full
one. A coarse look's moments are the full look's own, so what it sees at them the full look sees too; what it misses
between them, the full look of the best few finds before one is kept."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from autark.cinema import ShotMeasures
from autark.jobs.framings import Framing
from autark.scene.model import Scene

__all__ = ["COARSE_EVERY", "FRAMING_FAULTS", "FULL_LOOKS", "Look", "settle"]

# Each framing after the first is looked at coarsely first (every third of those moments: ``measure_shot``'s
# ``every``); of the framings so looked at, those the coarse look ranks above the best one looked at in full are
# looked at in full, at most ``FULL_LOOKS`` of them, and the best in full is kept (``settle``). In the castle
# with the shy ghost, where no framing passed every rule, the search had measured 171 framings in full.
COARSE_EVERY = 3
FULL_LOOKS = 3
# What a framing's own geometry can raise where a body lacks a point a rule reads (a shark's eyes): the planner
# skips that framing and tries the next, with a warning in the log, instead of the film failing
FRAMING_FAULTS = (KeyError, IndexError, ValueError, ZeroDivisionError, FloatingPointError)

Look = tuple[tuple[float, ...], Framing, Scene, ShotMeasures, bool]


def settle(
    looks: list[Look],
    best: tuple[tuple[float, ...], Framing, Scene, ShotMeasures] | None,
    rank: Callable[[tuple[float, ...], ShotMeasures], tuple[float, ...]],
    full: Callable[[Framing, Scene], tuple[tuple[float, ...], ShotMeasures]],
) -> tuple[tuple[float, ...], Framing, Scene, ShotMeasures] | None:
    """The best of the search's ``looks`` (score, framing, scene, measures, whether looked at in full) by the full
    look: those looked at coarsely that rank above the best looked at in full are looked at in full (``full``), best
    first, at most ``FULL_LOOKS`` of them. ``best``: what to keep where nothing was looked at."""
    done = [(rank(sc, m), fr, cand, sc, m) for sc, fr, cand, m, whole in looks if whole]
    top = min(done, key=lambda d: d[0], default=None)
    coarse = sorted(((rank(sc, m), k) for k, (sc, _fr, _c, m, whole) in enumerate(looks) if not whole))
    for r, k in coarse[:FULL_LOOKS]:
        if top is not None and r >= top[0]:
            break
        _sc, fr, cand, _m, _w = looks[k]
        with contextlib.suppress(*FRAMING_FAULTS):
            sc, m = full(fr, cand)
            if top is None or rank(sc, m) < top[0]:
                top = (rank(sc, m), fr, cand, sc, m)
    return (top[3], top[1], top[2], top[4]) if top is not None else best
