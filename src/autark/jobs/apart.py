"""Bodies kept apart: where two of a shot's movements leave two bodies resting on the same spot (four friends who
sit down in one boat, all on its middle thwart; two children who walk to the same fountain from the same side;
parents who both step up to the table), the later one's goal is moved beside the other, by their footprints.

``keep_apart`` runs after a shot's actions are laid (``autark.jobs.shot_actions.lay_actions``) and reads where each
body's chain of movements (``autark.motion.chain_actions``, walks going round the furniture) leaves it between
its movements. A pair that rests inside each other (their middles nearer than their footprints allow) for longer
than a moment has the movement that brought the later one there given a goal of its own: a walk or a run a spot
beside the other (toward where it came from first, then round), a kneel a spot of its own by its thing, a
sit the side of its seat nearest a free spot
(a blanket, a bench, a log take several side by side). Bodies that touch on purpose (a hug, a kiss, a ride, one
carried, a fight) are left as they are; so is a pair whose overlap no movement of this shot made (the cast's
places come from the story).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from autark.motion.handwork import HANDWORK_GESTURES
from autark.scene.model import Scene, SceneObject
from autark.scene.timeline import Action

log = logging.getLogger(__name__)

__all__ = ["Rest", "keep_apart", "rests"]

_INSIDE = 1.0  # two middles nearer than the sum of their footprints' radii are inside each other
_GAP_M = 0.15  # the gap left between two bodies moved apart
_MIN_OVERLAP_S = 0.4  # an overlap shorter than this is a moment of passing, not bodies inside each other
_TOUCHING = frozenset({"hug", "kiss", "ride", "pick_up", "carry", "fight", "dance", "push", "chase", "give",
                       "feed", "comfort", "pet", "tickle", "kick", "hold_hands", "high_five", "shake_hands",
                       *HANDWORK_GESTURES})  # and the hands at work on one (a barber shaving, a horse brushed)
# movements whose goal may be moved (two chasers: beside; pupils kneeling at one desk: side by side)
_MOVED = frozenset({"walk", "run", "chase", "sneak", "sit", "kneel"})
_TURNS_DEG = (0.0, 60.0, -60.0, 110.0, -110.0, 180.0)
_REACHES = (1.0, 2.0, 3.0)
_MAX_FIXES = 8


@dataclass(frozen=True)
class Rest:
    """Where a body stays between two of its movements: its ground point, from ``start_s`` to ``end_s``, after
    ``action`` (None: where the scene put it)."""

    body: str
    start_s: float
    end_s: float
    x: float
    z: float
    action: Action | None


def _radius(obj: SceneObject) -> float:
    """A body's footprint radius: a quarter of its width and depth on the ground together (a horse's flank is
    nearer its middle than its head), and at least half its width, its shoulders (a person's 0.22 to 0.26 m: two
    side by side on a bench sit 0.6 m apart; by the quarter, a mother and her child sat 0.34 m apart on a bench
    and ate with the mother's elbow in the child's head)."""
    s = obj.transform.scale
    w = (obj.bounds_max[0] - obj.bounds_min[0]) * abs(s[0])
    d = (obj.bounds_max[2] - obj.bounds_min[2]) * abs(s[2])
    return max(0.12, 0.25 * (w + d), 0.5 * w)


def _movements(scene: Scene, body: str) -> list[Action]:
    from autark.motion.clips import CLIPS

    return sorted((a for a in scene.timeline.actions if a.object_id == body and a.kind in CLIPS
                   and CLIPS[a.kind].layer == "movement"), key=lambda a: a.start_s)


def rests(scene: Scene, body: str) -> list[Rest]:
    """Where ``body`` stays, in order: its place before its first movement, then after each."""
    from autark.motion import chain_actions

    objects = {o.id: o for o in scene.objects}
    obj = objects[body]
    acts = _movements(scene, body)
    p = obj.transform.position
    if not acts:
        return [Rest(body, -math.inf, math.inf, p[0], p[2], None)]
    segments = chain_actions(obj, acts, objects, lambda o, _t: o.transform)
    out = [Rest(body, -math.inf, acts[0].start_s, p[0], p[2], None)]
    for k, a in enumerate(acts):
        # the last segment of this action (a walk round furniture is several legs over its time)
        segs = [s for s in segments if a.start_s - 1e-6 <= s.action.start_s and s.action.end_s <= a.end_s + 1e-6]
        if not segs:
            continue
        end = segs[-1]
        at = end.seat.hip if end.seat is not None else end.end.position
        nxt = acts[k + 1].start_s if k + 1 < len(acts) else math.inf
        if nxt > a.end_s:
            out.append(Rest(body, a.end_s, nxt, float(at[0]), float(at[2]), a))
    return out


def _touching(scene: Scene, a: str, b: str) -> bool:
    """Whether the two touch on purpose somewhere in the scene (a hug, a ride, one carried, a fight)."""
    return any(x.kind in _TOUCHING and {x.object_id, x.target_object or x.item} == {a, b}
               for x in scene.timeline.actions)


def _conflict(scene: Scene, all_rests: dict[str, list[Rest]], radius: dict[str, float], start_s: float,
              end_s: float, skip: set[tuple[str, float]]) -> tuple[Rest, Rest] | None:
    """The first pair of rests inside each other for longer than a moment, the later arrival second, of which
    that one was brought by a movement of this shot (none of those in ``skip``: body, movement start)."""
    ids = sorted(all_rests)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            need = _INSIDE * (radius[a] + radius[b])
            for ra in all_rests[a]:
                for rb in all_rests[b]:
                    lo, hi = max(ra.start_s, rb.start_s, start_s), min(ra.end_s, rb.end_s)
                    if hi - lo < _MIN_OVERLAP_S or math.hypot(ra.x - rb.x, ra.z - rb.z) >= need:
                        continue
                    first, later = (ra, rb) if ra.start_s <= rb.start_s else (rb, ra)
                    if not _ours(later, start_s, end_s):
                        first, later = later, first
                    if _ours(later, start_s, end_s) and not _touching(scene, a, b) and (
                            later.body, later.action.start_s) not in skip:  # type: ignore[union-attr]
                        return first, later
    return None


def _ours(r: Rest, start_s: float, end_s: float) -> bool:
    return r.action is not None and r.action.kind in _MOVED and start_s - 1e-6 <= r.action.start_s < end_s


_STEP_ON_M = 0.25  # a thing lower than this and wider than a stride is stood on (a pavement, a stage's step)


def _blocked(scene: Scene, x: float, z: float, r: float, bodies: set[str]) -> bool:
    """Whether a body of radius ``r`` standing at (x, z) would stand inside a still thing: the cast's props and
    the set's furniture and walls (a church's pews: a woman sent to kneel beside her friends knelt inside one),
    not a body, nor the ground, a rug, a pavement stood on or a lamp overhead."""
    from autark.motion.detours import obstacles_of

    objects = {o.id: o for o in scene.objects if o.id not in bodies}
    for _oid, (x0, y0, z0, x1, y1, z1) in obstacles_of(objects):
        if y1 - y0 < 0.05 or y0 > 1.5:  # a rug, a lamp overhead
            continue
        if y1 < _STEP_ON_M and max(x1 - x0, z1 - z0) > 1.0:
            continue
        if x0 - r < x < x1 + r and z0 - r < z < z1 + r:
            return True
    return False


def _goals(first: Rest, later: Rest, gap: float, scene: Scene) -> list[tuple[float, float, float]]:
    """Goals to try for the later arrival's movement: a spot ``gap`` from the other, toward where it came from
    first, then further round; for a sit, the side of its seat facing such a spot."""
    assert later.action is not None  # noqa: S101 - only movements of the shot are moved
    away = np.array([later.x - first.x, later.z - first.z])
    if float(np.linalg.norm(away)) < 1e-3:
        start = _start_of(scene, later)
        away = np.array([start[0] - first.x, start[2] - first.z])
    if float(np.linalg.norm(away)) < 1e-3:
        away = np.array([1.0, 0.0])
    away /= float(np.linalg.norm(away))
    out = []
    for reach in _REACHES:  # beside them first; further out where they sit in something (a boat, a bed)
        for deg in _TURNS_DEG:
            c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
            d = (c * away[0] - s * away[1], s * away[0] + c * away[1])
            out.append((first.x + d[0] * gap * reach, 0.0, first.z + d[1] * gap * reach))
    return out


def _start_of(scene: Scene, r: Rest) -> tuple[float, float, float]:
    """Where the body stood before the movement that made the rest ``r``."""
    before = [x for x in rests(scene, r.body) if x.end_s <= (r.action.start_s if r.action else 0.0) + 1e-6]
    if before:
        return (before[-1].x, 0.0, before[-1].z)
    obj = scene.find_object(r.body)
    return tuple(obj.transform.position) if obj is not None else (0.0, 0.0, 0.0)  # type: ignore[return-value]


def _with_goal(scene: Scene, old: Action, goal: tuple[float, float, float], new: Action) -> Scene:
    """``scene`` with the action ``old`` replaced by ``new`` going to ``goal``."""
    goal = (float(goal[0]), float(goal[1]), float(goal[2]))  # plain floats: the timeline is saved and hashed
    actions = [new.model_copy(update={"target": goal}) if a is old else a for a in scene.timeline.actions]
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": actions})})


def keep_apart(scene: Scene, start_s: float, end_s: float, names: dict[str, str] | None = None,
               ) -> tuple[Scene, list[str]]:
    """``scene`` with the movements of the shot from ``start_s`` to ``end_s`` that leave two bodies inside each
    other given goals beside each other (see the module's docstring), and a sentence per goal moved."""
    from autark.errors import UserInputError
    from autark.motion import validate_actions
    from autark.motion.kinematics import rig_info

    bodies = [c.object_id for c in scene.characters if (o := scene.find_object(c.object_id)) is not None
              and o.visible and rig_info(o.type) is not None]
    if len(bodies) < 2 or not any(a.kind in _MOVED and start_s - 1e-6 <= a.start_s < end_s
                                  for a in scene.timeline.actions):
        return scene, []
    radius = {b: _radius(scene.object(b)) for b in bodies}
    names = names or {}
    notes: list[str] = []
    tried: set[tuple[str, float]] = set()
    for _ in range(_MAX_FIXES):
        try:
            all_rests = {b: rests(scene, b) for b in bodies}
        except (UserInputError, KeyError, ValueError):
            return scene, notes
        pair = _conflict(scene, all_rests, radius, start_s, end_s, tried)
        if pair is None:
            break
        first, later = pair
        assert later.action is not None  # noqa: S101 - _conflict returns only movements of the shot
        tried.add((later.body, later.action.start_s))
        gap = radius[first.body] + radius[later.body] + _GAP_M
        fixed = _moved_apart(scene, first, later, gap, set(bodies), radius, all_rests, validate_actions)
        if fixed is None:
            log.info("%s and %s stay inside each other from %.1f s: no free spot beside them",
                     names.get(first.body, first.body), names.get(later.body, later.body), later.start_s)
            continue
        scene = fixed
        who, other = names.get(later.body, later.body), names.get(first.body, first.body)
        stood = later.action.kind == "sit" and not any(
            a.object_id == later.body and a.kind == "sit" and a.start_s == later.action.start_s
            for a in scene.timeline.actions)
        notes.append(f"{who} stands beside {other} at {later.action.start_s:.1f} s: the seat holds one" if stood
                     else f"{who}'s {later.action.kind} at {later.action.start_s:.1f} s ends beside {other}, not "
                     "inside them")
    for n in notes:
        log.info("%s", n)
    return scene, notes


def _moved_apart(scene: Scene, first: Rest, later: Rest, gap: float, bodies: set[str], radius: dict[str, float],
                 all_rests: dict[str, list[Rest]], validate: Callable[[Scene], None],
                 replace: Action | None = None) -> Scene | None:
    """The scene with the later arrival's movement sent to the first goal that leaves it clear of every body
    resting then and of the furniture, or None."""
    from autark.errors import UserInputError

    action = later.action
    assert action is not None  # noqa: S101
    for goal in _goals(first, later, gap, scene):
        if action.kind != "sit" and _blocked(scene, goal[0], goal[2], radius[later.body], bodies):
            continue
        cand = _with_goal(scene, replace or action, goal, action)
        try:
            validate(cand)
            mine = rests(cand, later.body)
        except (UserInputError, KeyError, ValueError):
            continue
        now = next((r for r in mine if r.action is not None and r.action.start_s == action.start_s), None)
        if now is None or not _clear(now, later.body, radius, all_rests):
            continue
        return cand
    if action.kind == "sit":
        # a seat that holds one (a chair, a boat's thwart): the later one stands beside the one sitting there
        return _moved_apart(scene, first, later.__class__(later.body, later.start_s, later.end_s, later.x, later.z,
                                                          _as_walk(action)), gap, bodies, radius, all_rests, validate,
                            replace=action)
    return None


def _as_walk(sit: Action) -> Action:
    """A sit's time spent walking up to the seat instead (its goal set by the caller)."""
    return sit.model_copy(update={"kind": "walk", "target": None})


def _clear(r: Rest, body: str, radius: dict[str, float], all_rests: dict[str, list[Rest]]) -> bool:
    """Whether the rest ``r`` of ``body`` is clear of every other body resting at the same time."""
    for other, their in all_rests.items():
        if other == body:
            continue
        for o in their:
            if min(r.end_s, o.end_s) - max(r.start_s, o.start_s) < _MIN_OVERLAP_S:
                continue
            if math.hypot(r.x - o.x, r.z - o.z) < _INSIDE * (radius[body] + radius[other]):
                return False
    return True
