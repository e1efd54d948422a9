"""A still framing held long enough to show twice on a contact sheet is given a gentle, motivated move.

Blind reviewers read a film by a 16-frame contact sheet (a frame every ~1.9 s of a 30-s film) and counted
near-identical consecutive frames in 20 of 20 films (``jobs.edit_rhythm`` counts them from the plan): most of
them were one still shot, a wide or a two-shot, held 3-5 s with nobody crossing the frame, so that two frames of
the sheet fell in it. The planner (``jobs.shots``) keeps the first framing of its candidates that breaks no rule,
and all but the first few of them are held still; ``framings.move_ops`` lets a still hold drift in by a few per
cent, which the eye does not see.

Once a part's framing is chosen, a still one of at least ``MOVE_AFTER_S`` in which its subjects stay in place is
tried again with a move (``moved_framings``), measured by the same rules, and kept where it breaks none the still
one does not (``no_worse``):

* first a slow push in (``dolly``, a quarter of the way to the subject), which a cinematographer uses on a
  reveal, on a line that matters and on a wide that opens a place; the key act gets no other;
* where the push in cuts someone or comes too near a body: a wide or a group glides sideways (``truck``; the
  camera and its aim together, everyone kept in the frame while the set's depth moves), a single arcs round its
  subject (``orbit``; the 180-degree rule is part of the score it must not worsen).

A part in which a subject travels is followed already (``framings.move_ops``) and is left alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from autark.jobs.framings import Framing

__all__ = ["MOVE_AFTER_S", "RULE_PREFIX", "moved_framings", "no_worse", "with_move"]

MOVE_AFTER_S = 2.6  # a still part this long holds two frames of a 30-s film's 16-frame contact sheet
# the leading parts of the planner's score (``shots._score``) that count broken rules, ending with the frame
# faults warned: a framing with a move is kept only where none of them is worse than the still one's
RULE_PREFIX = 13


def moved_framings(fr: Framing, length_s: float, key_act: bool, travelling: bool) -> list[Framing]:
    """The moves to try on the kept framing ``fr`` of a part ``length_s`` long (see the module's doc): none where
    it moves already, follows a path, is shorter than ``MOVE_AFTER_S`` or ``travelling`` (a subject walks)."""
    if fr.move != "static" or fr.path or length_s < MOVE_AFTER_S or travelling:
        return []
    # a push in first; where it cuts someone or comes too near: a wide glides, a single arcs round its subject
    moves: Sequence[str] = ("dolly",) if key_act else ("dolly", "orbit" if fr.subject is not None else "truck")
    return [dataclasses.replace(fr, move=m) for m in moves]


def no_worse(new: Sequence[float], old: Sequence[float], prefix: int = RULE_PREFIX) -> bool:
    """Whether the ranked score ``new`` breaks no rule ``old`` keeps: their leading ``prefix`` parts compare no
    worse (lexicographically, as the planner ranks)."""
    return tuple(new[:prefix]) <= tuple(old[:prefix])


def with_move(best: tuple[Any, ...], part: Any, travelling: Sequence[bool],
              built: Callable[[Framing], tuple[Any, ...]], rank: Callable[[Any, Any], Sequence[float]]) -> tuple[Any, ...]:
    """The planner's kept ``best`` (score, framing, scene, measures) of ``part`` (its ``start_s``, ``end_s``,
    ``key_act``, ``focus``, ``note``), or the first of ``moved_framings`` that ``built`` (the framing -> (scene,
    score, measures)) finds ``no_worse`` by ``rank``; ``travelling``: whether each of its subjects walks. A
    framing that cannot be built or measured is passed over (``UserInputError`` and the framing faults)."""
    from autark.errors import UserInputError
    from autark.jobs.coarse_looks import FRAMING_FAULTS

    length = part.end_s - part.start_s
    for fr in moved_framings(best[1], length, bool(part.key_act), any(travelling)):
        try:
            cand, score, m = built(fr)
        except (UserInputError, *FRAMING_FAULTS):
            continue
        if no_worse(rank(score, m), rank(best[0], best[3]), RULE_PREFIX + bool(part.focus)):
            what = {"dolly": "pushed in", "truck": "glided sideways"}.get(fr.move, "arced round")
            part.note = "; ".join(x for x in (part.note, f"{what}: a still framing held {length:.1f} s") if x)
            return (score, fr, cand, m)
    return best
