"""The shot search looks at its framings coarsely first (``measure_shot(every=...)``: a subset of the full look's
moments) and in full only at the few the coarse look ranks best (``coarse_looks.settle``), so a crowded set where no
framing passes every rule costs a fraction of a full look at every framing."""

from __future__ import annotations

import math

import pytest

from autark.cinema.measure import _sample_times
from autark.jobs import coarse_looks


@pytest.mark.parametrize("start_s, end_s", [(0.0, 1.2), (2.0, 3.9), (5.0, 9.0), (0.5, 14.25)])
@pytest.mark.parametrize("every", [2, 3, 5])
def test_coarse_moments_are_full_moments(start_s: float, end_s: float, every: int) -> None:
    full = _sample_times(start_s, end_s, 3.0)
    coarse = _sample_times(start_s, end_s, 3.0, every)
    assert set(coarse) <= set(full)
    assert coarse[0] == full[0] and coarse[-1] == full[-1]
    assert len(coarse) >= min(4, len(full))
    if len(full) > 3 * every + 1:  # a long shot: really fewer moments
        assert len(coarse) <= math.ceil(len(full) / every) + 1


def _looks(ranks: list[tuple[float, bool]]) -> list[tuple]:
    # (score, framing, scene, measures, whole): the score stands for the rank; measures carry the full look's rank
    return [((r,), f"fr{k}", f"scene{k}", {"rank": r}, whole) for k, (r, whole) in enumerate(ranks)]


def test_settle_looks_in_full_at_the_coarse_best_only() -> None:
    looks = _looks([(5.0, True), (1.0, False), (2.0, False), (7.0, False), (3.0, False), (4.0, False)])
    full_rank = {"fr1": 6.0, "fr2": 0.5, "fr4": 2.5, "fr5": 0.1}  # the full look may rank a framing otherwise
    asked: list[str] = []

    def full(fr: str, cand: str) -> tuple:
        asked.append(fr)
        return (full_rank[fr],), {"rank": full_rank[fr]}

    best = coarse_looks.settle(looks, None, lambda score, m: score, full)
    # the coarse look's best first, while it ranks above the best full look so far: fr1 (1 < 5, in full 6), fr2
    # (2 < 5, in full 0.5); fr4 (3) no longer ranks above 0.5, nor fr3 (7) above 5
    assert asked == ["fr1", "fr2"]
    assert best is not None and best[1] == "fr2" and best[0] == (0.5,)


def test_settle_stops_at_a_full_look_better_than_any_coarse() -> None:
    looks = _looks([(1.0, True), (2.0, False), (3.0, False)])
    asked: list[str] = []
    best = coarse_looks.settle(
        looks, None, lambda score, m: score, lambda fr, c: asked.append(fr) or ((9.0,), {})
    )
    assert asked == [] and best is not None and best[1] == "fr0"
    assert coarse_looks.settle([], ("kept",), lambda s, m: s, lambda fr, c: ((0.0,), {})) == ("kept",)


def test_settle_looks_in_full_at_most_a_few() -> None:
    looks = _looks([(9.0, True), *((float(k), False) for k in range(1, 7))])
    asked: list[str] = []
    best = coarse_looks.settle(
        looks, None, lambda score, m: score, lambda fr, c: asked.append(fr) or ((10.0,), {})
    )
    assert len(asked) == coarse_looks.FULL_LOOKS and best is not None and best[1] == "fr0"
