"""How long one camera may hold, and how often a setup may come back: the shot planner's (``autark.jobs.shots``)
two rules about the film as a sequence of shots rather than about one frame.

* A held shot longer than ``MAX_HELD_S`` is cut (``break_holds``): a wide of everyone held for ten seconds, a
  close-up of one face for six, read as a locked camera whatever happens in them. The part is cut into pieces of
  about ``HOLD_PIECE_S``, on a line's start where one falls near the cut, every other piece nearer
  (``closer_angle``: the one who speaks in it, else the one the story is about, a size in), so that the film
  alternates between seeing the whole and reading a face. A part that follows one who walks may run to
  ``MAX_MOVING_S``.
* A setup that was already kept in the scene is not kept again (``repeats``): the camera within
  ``SAME_PLACE_SHARE`` of its distance to what it looks at from the earlier place, and looking within
  ``SAME_AIM_DEG`` of the same way. Back to back it is a jump cut; later in the scene it is the same picture twice
  (the same wide at 3 s and at 18 s). Only a dialogue's coverage may come back (shot, reverse shot, the first
  speaker's single or the two-shot again), never straight after itself.
* A picture alike to one the scene showed (``looks_again``: the same people seen from about the same way at about
  the same size, ``autark.cinema.alike``) is what a viewer calls the same shot again even where the camera stood
  a metre away; the planner keeps it only where no other framing is as clean, and never for a dialogue's coverage.
  Its search tries such framings last (``fresh_first``): the planner measures a dozen or two framings of a part,
  and the key event's pieces and its result, whose framings all start with the same group views, had spent them
  on the picture just shown and kept it again (13 of 103 shots of the held-out films alike to an earlier one).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from autark.cinema import LineSpan
from autark.cinema.alike import Picture, alike
from autark.scene.model import Scene, Vec3

__all__ = ["HOLD_PIECE_S", "MAX_HELD_S", "MAX_MOVING_S", "SAME_AIM_DEG", "SAME_PLACE_SHARE", "Setup", "break_holds",
           "closer_angle", "fresh_first", "idle_gap", "is_dialogue", "jump_cut", "looks_again", "repeats",
           "same_setup"]

# a 30-s film's contact sheet holds a frame every ~1.9 s: a still camera held 5 s showed the same picture in two or
# three frames running (reviewers counted it in 20 of 20 films); a still framing of two is given a move
# (``still_moves``). Holds of 4 s cut into ~2.8-s pieces were tried (session 17) and lost the one acting while
# another spoke, and a kneeler's close-up, in the planner's tests: the lengths stay 5 s and 3.5 s
MAX_HELD_S = 5.0
MAX_MOVING_S = 8.0
HOLD_PIECE_S = 3.5
_LINE_SNAP_S = 1.0  # a cut this near a line's start moves onto it
# the moves a part keeps whatever framing is found for it: following one who walks. A planned orbit, dolly or crane
# may end up a static framing (the planner's other views are held still), so it is cut like a held one
_MOVING = frozenset({"follow", "track"})
SAME_PLACE_SHARE = 0.15
SAME_PLACE_M = 0.2
SAME_AIM_DEG = 12.0
FRESH_LOOKS = 24  # the planner's first framings read for a picture shown again (``fresh_first``): its search budget
_DIALOGUE_SIZES = frozenset({"close-up", "medium", "over-the-shoulder"})


@dataclasses.dataclass(frozen=True)
class Setup:
    """A kept shot's camera at its start: where it stands, where it looks, and whether it is a dialogue single (a
    close or medium shot of the one who speaks in it), which may come back."""

    position: Vec3
    target: Vec3
    dialogue: bool = False
    picture: Picture | None = None  # what it shows halfway through (``autark.cinema.alike``)


def _closer_size(size: str) -> str:
    return {"wide": "medium", "medium": "close-up", "over-the-shoulder": "medium"}.get(size, "medium")


def closer_angle(characters: Sequence[str], size: str, subject: str | None, speakers: Sequence[str],
                 story: Sequence[str]) -> tuple[str, str | None]:
    """(size, subject) of the piece that breaks a long hold on ``subject`` at ``size``: the one who speaks in the
    piece, else the one the story is about, a medium of them (from a wide or a group), else the same subject a
    size in (a close-up of a medium's subject; a close-up goes back to a medium)."""
    who = next((c for c in [*speakers, *story] if c in characters), None)
    if subject is None or subject not in characters:
        return ("medium", who) if who is not None else ("wide", None)
    if who is not None and who != subject:
        return ("close-up" if size == "close-up" else "medium"), who
    return _closer_size(size), subject


def _cuts(start_s: float, end_s: float, lines: Sequence[LineSpan], min_part_s: float,
          snap: Callable[[float], float]) -> list[float]:
    """Where a hold from ``start_s`` to ``end_s`` is cut: every ``HOLD_PIECE_S`` or so, moved onto a line's start
    within ``_LINE_SNAP_S``, no piece shorter than ``min_part_s``."""
    n = max(2, math.ceil((end_s - start_s) / HOLD_PIECE_S))
    starts = sorted(ln.start_s for ln in lines if start_s + min_part_s <= ln.start_s <= end_s - min_part_s)
    out: list[float] = []
    for k in range(1, n):
        at = start_s + (end_s - start_s) * k / n
        near = [x for x in starts if abs(x - at) <= _LINE_SNAP_S]
        at = snap(min(near, key=lambda x: abs(x - at)) if near else at)
        if at - (out[-1] if out else start_s) >= min_part_s and end_s - at >= min_part_s:
            out.append(at)
    return out


def break_holds(parts: list[Any], characters: Sequence[str], lines: Sequence[LineSpan], min_part_s: float,
                snap: Callable[[float], float], story_of: Callable[[Any], Sequence[str]],
                name: Callable[[str | None], str] = lambda oid: oid or "everyone") -> list[Any]:
    """``parts`` (the planner's parts: ``start_s``, ``end_s``, ``size``, ``move``, ``subject``, ``over``,
    ``speakers``, ``note``) with every one held longer than ``MAX_HELD_S`` (moving: ``MAX_MOVING_S``) cut into
    pieces, every other one from ``closer_angle``; ``story_of(part)`` says who the story says it is about,
    ``name`` names a subject in the notes."""
    out: list[Any] = []
    for part in parts:
        length = part.end_s - part.start_s
        if length <= (MAX_MOVING_S if part.move in _MOVING else MAX_HELD_S):
            out.append(part)
            continue
        cuts = [part.start_s, *_cuts(part.start_s, part.end_s, lines, min_part_s, snap), part.end_s]
        if len(cuts) == 2:
            out.append(part)
            continue
        story = story_of(part)
        # a close-up is cut in to, not out of: its medium first (a face framed while it kneels or bends lost its
        # head; the medium holds the move, the close-up the face once it is still)
        first_own = 1 if part.size == "close-up" else 0
        for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            said = list(dict.fromkeys(ln.speaker for ln in lines if ln.start_s < b and ln.end_s > a))
            if k % 2 == first_own:
                out.append(dataclasses.replace(part, start_s=a, end_s=b, move=part.move if k == 0 else "static",
                                               speakers=said, note=part.note if k <= first_own else ""))
                continue
            size, subject = closer_angle(characters, part.size, part.subject, said, story)
            out.append(dataclasses.replace(part, start_s=a, end_s=b, size=size, subject=subject, move="static",
                                           over=None, speakers=said,
                                           note=f"{'cut in' if k else 'opened'} on {name(subject)} at {size}: one "
                                                f"camera held {length:.1f} s"))
    return out


# what leaves a body doing nothing a viewer watches: looks and waiting (a laugh, a wave, a walk are something), and
# postures held (getting down into one is something: a part in which one kneels down is watched)
_STILL_KINDS = frozenset({"idle", "look", "think", "listen", "wait"})
_POSTURES = frozenset({"sit", "lie", "sleep", "kneel", "turn"})
_TAKING_S = 1.5  # getting into a posture or turning round is watched this long; holding it is not


def idle_gap(scene: Scene, lines: Sequence[LineSpan], start_s: float, end_s: float) -> tuple[float, float]:
    """The longest stretch of ``start_s``..``end_s`` in which nobody of the cast does anything a viewer watches and
    no one speaks: no act but a look (``_STILL_KINDS``), no posture being taken or left (its first ``_TAKING_S``,
    its last second), no line of ``lines``. (start, end) of it; of equal length, the first."""
    cast = {c.object_id for c in scene.characters}
    busy = [(ln.start_s, ln.end_s) for ln in lines]
    for a in scene.timeline.actions:
        if a.object_id in cast and a.kind not in _STILL_KINDS:
            if a.kind in _POSTURES:  # taken, and left (getting up) where it ends
                busy += [(a.start_s, min(a.end_s, a.start_s + _TAKING_S)), (max(a.start_s, a.end_s - 1.0), a.end_s)]
            else:
                busy.append((a.start_s, a.end_s))
    best, at = (start_s, start_s), start_s
    for a, b in sorted((max(a, start_s), min(b, end_s)) for a, b in busy if b > start_s and a < end_s):
        if a - at > best[1] - best[0]:
            best = (at, a)
        at = max(at, b)
    return (at, end_s) if end_s - at > best[1] - best[0] else best


def same_setup(a: Setup, b: Setup) -> bool:
    """Whether two cameras show the same picture: ``b`` stands within ``SAME_PLACE_SHARE`` of ``a``'s distance to
    its target (and ``SAME_PLACE_M``) of ``a`` and looks within ``SAME_AIM_DEG`` of the same way."""
    pa, ta = np.asarray(a.position, float), np.asarray(a.target, float)
    pb, tb = np.asarray(b.position, float), np.asarray(b.target, float)
    da, db = ta - pa, tb - pb
    dist = float(np.linalg.norm(da))
    if float(np.linalg.norm(pa - pb)) > SAME_PLACE_SHARE * dist + SAME_PLACE_M:
        return False
    norm = float(np.linalg.norm(da) * np.linalg.norm(db))
    return norm > 1e-9 and float(da @ db) / norm >= math.cos(math.radians(SAME_AIM_DEG))


def repeats(kept: Sequence[Setup], new: Setup) -> bool:
    """Whether ``new`` shows again a picture of ``kept`` (the scene's kept setups, in order): the last one (a
    jump cut), or any earlier one unless both are dialogue singles (shot, reverse shot, and back)."""
    for k, old in enumerate(kept):
        if not same_setup(old, new):
            continue
        if k == len(kept) - 1 or not (old.dialogue and new.dialogue):
            return True
    return False


def looks_again(kept: Sequence[Setup], new: Setup) -> bool:
    """Whether ``new`` shows a picture alike (``cinema.alike.alike``) to one of ``kept``: any earlier one, unless both
    are dialogue coverage and it is not the last (shot, reverse shot and back again is an exchange's grammar)."""
    if new.picture is None:
        return False
    return any(old.picture is not None and alike(old.picture, new.picture) and (
        k == len(kept) - 1 or not (old.dialogue and new.dialogue)) for k, old in enumerate(kept))


def fresh_first(tries: Sequence[Any], setup_of: Callable[[Any], Setup], kept: Sequence[Setup],
                faults: tuple[type[BaseException], ...] = (), most: int = FRESH_LOOKS) -> list[Any]:
    """``tries`` (framings, in the planner's order) with those of the first ``most`` whose picture shows one of
    ``kept`` again (``looks_again``; ``setup_of(framing)``: its camera and picture, read without measuring the shot)
    moved after the rest of the first ``most``, in their order: the search's measures go to new pictures first, and
    the scoring, which ranks a picture shown again below one that breaks no more rules, is unchanged. A framing
    whose setup cannot be read (``faults``) stays where it is."""
    if not kept:
        return list(tries)
    head, tail = list(tries[:most]), list(tries[most:])
    fresh, again = [], []
    for fr in head:
        try:
            shown = looks_again(kept, setup_of(fr))
        except faults:
            shown = False
        (again if shown else fresh).append(fr)
    return [*fresh, *again, *tail]


def jump_cut(kept: Sequence[Setup], new: Setup) -> bool:
    """Whether ``new`` shows a picture alike (``cinema.alike.alike``) to the last of ``kept``: a cut that changes
    nothing a viewer sees (shot / reverse shot changes who is seen, or the way they are seen from)."""
    return bool(kept) and new.picture is not None and kept[-1].picture is not None and alike(kept[-1].picture,
                                                                                               new.picture)


def is_dialogue(size: str, subjects: Sequence[str], speakers: Sequence[str]) -> bool:
    """Whether a framing is dialogue coverage: a close, medium or over-the-shoulder shot of one who speaks (alone, or
    a two-shot of them with the one they speak to), which an exchange comes back to."""
    return size in _DIALOGUE_SIZES and any(s in speakers for s in subjects)
