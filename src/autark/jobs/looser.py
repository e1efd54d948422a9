"""Looser framings of a kept framing's own subject, tried when the search ends on one that cuts a body at the
frame's edge.

The planner's search stops after ``shots._MOST_MEASURED`` framings once the best shows its subjects; near a
film's end, where the cast stands close together and every medium puts a neighbour half in the picture, the
kept medium cut a body for seconds (a detective's partner as an arm at the edge). A cut body reads worse than
the same subject seen a step further away (the neighbour whole) or a step nearer (the neighbour out), so those
are measured last, and the best of them is kept by the same score. A wide whose people stay a speck (the
ending's celebration seen from across the whole set) is tried a step nearer and as a medium of its own people.
"""

from __future__ import annotations

from dataclasses import replace

from autark.jobs.framings import Framing

EDGE_CODES = frozenset({"body_cut", "head_out"})  # the failures a looser (or tighter) framing can mend
SPECK_CODE = "small"  # a wide's people under the rules' share of the frame: a nearer framing mends it
_WIDER = {"close-up": "medium", "medium": "wide"}
_PULL_BACK = 1.5  # the same size from half again as far: the neighbour comes whole into the picture
_STEP_IN = 0.75  # from a quarter nearer: the neighbour leaves it


def cuts_an_edge(failures: set[str]) -> bool:
    """Whether a measured framing fails by a body or head cut at the frame's edge (and that is what to mend)."""
    return bool(failures & EDGE_CODES)


def mendable(failures: set[str]) -> bool:
    """Whether a measured framing fails by what another distance to the same subject may mend: a cut body, a
    speck of a wide."""
    return cuts_an_edge(failures) or SPECK_CODE in failures


def mending_framings(fr: Framing, failures: set[str], subjects: tuple[str, ...]) -> list[Framing]:
    """The framings to try instead of ``fr`` for its ``failures``: for a cut body ``looser_framings``; for a wide
    of specks (not a path framing: a race's wide holds the whole track) the same wide from 0.7 of its distance,
    then a medium of its ``subjects`` from its view."""
    out = looser_framings(fr) if cuts_an_edge(failures) else []
    if SPECK_CODE in failures and fr.size == "wide" and not fr.path and fr.over is None:
        out.append(replace(fr, back=round(min(fr.back, 1.0) * 0.7, 3), whole=False))
        if fr.subject is not None:
            out.append(replace(fr, size="medium", back=1.0, whole=False))
        elif subjects:
            out.append(Framing("medium", None, "static", view=fr.view, group=subjects))
    return list(dict.fromkeys(f for f in out if f != fr))


def looser_framings(fr: Framing) -> list[Framing]:
    """The framings to try instead of ``fr`` where it cuts a body: the same subject, view and move pulled back,
    then at the next size up, then stepped in. None for an over-the-shoulder (its shoulder is meant to be cut),
    a path framing (it follows movers, not one subject); no pull back past 2.5 times the planned distance."""
    if fr.over is not None or fr.path:
        return []
    out = [replace(fr, back=round(fr.back * _PULL_BACK, 3))] if fr.back * _PULL_BACK <= 2.5 else []
    if fr.size in _WIDER:
        out.append(replace(fr, size=_WIDER[fr.size], back=1.0))
    if fr.back >= 1.0:  # a close-up from a quarter nearer is still a face, the neighbour's shoulder gone
        out.append(replace(fr, back=_STEP_IN))
    return [f for f in out if f != fr]
