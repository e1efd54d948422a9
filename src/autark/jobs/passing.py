"""Bodies that pass each other: a walk, run, chase or sneak whose way leads through another body (one who stands
there, or one who is at the same spot at the same moment on a way of its own) goes round it, by the shortest way
round that body and the still furniture (``autark.motion.route``), or is left as it is and said so.

The motion layer routes a walk round the still things of the set (``autark.motion.detours``) but not round bodies:
they move, so where one stands depends on the time. Here, after a shot's actions are laid and their goals kept
apart (``autark.jobs.apart``), each body's place over the shot is read from its rests (``apart.rests``: where it
stands between movements, the chain's own detours included) and its movements between them; a movement whose
body would come nearer another than their footprints allow, on its way (not where it ends: that is a rest, which
``apart`` moves), is cut into legs: one walk to each corner of the way round the other body as it stands at that
moment, then the movement itself from the last corner, each leg as long as its share of the way.

Bodies that touch on purpose (a hug, a fight, one chasing the other) pass close as their act says; of two whose
ways meet, the one whose movement starts first (the first laid, of two who start together) goes round the other
where it is then, and the other's way is looked at again with that one's new legs.
"""

from __future__ import annotations

import logging
import math

import numpy as np

from autark.jobs.apart import _radius, _touching
from autark.motion.detours import Obstacles
from autark.scene.model import Scene
from autark.scene.timeline import Action

log = logging.getLogger(__name__)

_Track = tuple[np.ndarray, np.ndarray, np.ndarray]

__all__ = ["go_round_bodies", "nearest_passing", "place_at"]

_PASSING = frozenset({"walk", "run", "chase", "sneak"})  # movements on foot across the ground, cut into legs here
_GAP_M = 0.1  # air kept between two footprints passing each other
_SAMPLES = 16  # moments of a movement looked at
_END_SHARE = 0.85  # a meeting after this share of the way is at its goal: ``apart``'s rests, not a passing
_MAX_FIXES = 8


def _track(scene: Scene, body: str, still: Obstacles) -> _Track:
    """Times and ground points of a body's place over the scene: where each of its movements (as the chain plays
    them, walks round the furniture in legs) starts and ends, straight between."""
    from autark.jobs.apart import _movements as movements_of
    from autark.motion import chain_actions

    objects = {o.id: o for o in scene.objects}
    obj = objects[body]
    p = obj.transform.position
    ts, xs, zs = [0.0], [float(p[0])], [float(p[2])]
    acts = movements_of(scene, body)
    if acts:
        for seg in chain_actions(obj, acts, objects, lambda o, _t: o.transform, still):
            for t, q in ((seg.action.start_s, seg.start.position), (seg.action.end_s, seg.end.position)):
                if t >= ts[-1]:
                    ts.append(float(t))
                    xs.append(float(q[0]))
                    zs.append(float(q[2]))
    return np.array(ts), np.array(xs), np.array(zs)


def place_at(track: _Track, t: float) -> tuple[float, float]:
    """A body's ground point at ``t`` on its ``_track``."""
    ts, xs, zs = track
    return float(np.interp(t, ts, xs)), float(np.interp(t, ts, zs))


def _first_meeting(scene: Scene, a: Action, tracks: dict[str, _Track], radius: dict[str, float],
                   ) -> tuple[str, float, tuple[float, float]] | None:
    """(the other body, the moment, where it is then) of the first time ``a``'s body comes nearer another than
    their footprints allow on its way, or None."""
    me = a.object_id
    here = tracks[me]
    x0, z0 = place_at(here, a.start_s)
    need = {o: radius[me] + radius[o] + _GAP_M for o in tracks if o != me}
    # one who stands beside it where it starts is where the story put them: no passing
    by_start = {o for o in need if math.dist((x0, z0), place_at(tracks[o], a.start_s)) < need[o]}
    for k in range(1, _SAMPLES):
        u = k / _SAMPLES
        if u > _END_SHARE:
            break
        t = a.start_s + u * (a.end_s - a.start_s)
        x, z = place_at(here, t)
        for other, track in tracks.items():
            if other == me or other in by_start or _touching(scene, me, other):
                continue
            ox, oz = place_at(track, t)
            if math.hypot(x - ox, z - oz) < need[other]:
                return other, t, (ox, oz)
    return None


def _way_round(scene: Scene, a: Action, start: tuple[float, float], end: tuple[float, float], other: str,
               at: tuple[float, float], radius: dict[str, float], still: Obstacles,
               ) -> list[tuple[float, float, float]] | None:
    """The corners of the way from ``start`` to ``end`` round ``other`` standing at ``at`` and the still things,
    or None where there is none (or it is straight)."""
    from autark.motion.route import Blocked, route

    mover = scene.object(a.object_id)
    top = float((mover.bounds_max[1] - mover.bounds_min[1]) * mover.transform.scale[1])
    r = radius[other] + _GAP_M
    body_box = (other, (at[0] - r, 0.0, at[1] - r, at[0] + r, max(top, 1.0), at[1] + r))
    goal = {a.target_object, a.item}
    try:
        way = route((start[0], 0.0, start[1]), (end[0], 0.0, end[1]), radius[a.object_id], (0.0, top),
                    [body_box, *(o for o in still if o[0] not in goal)])
    except Blocked:
        return None
    return way[1:-1] if len(way) > 2 else None


def _legs(a: Action, start: tuple[float, float], corners: list[tuple[float, float, float]], end: tuple[float, float],
          ) -> list[Action]:
    """``a`` as walks to each corner, then itself from the last, each as long as its share of the way."""
    points = [start, *((c[0], c[2]) for c in corners), end]
    lengths = [math.dist(p, q) for p, q in zip(points, points[1:], strict=False)]
    total = sum(lengths) or 1.0
    out: list[Action] = []
    t = a.start_s
    for k, c in enumerate(corners):
        nxt = t + (a.end_s - a.start_s) * lengths[k] / total
        out.append(a.model_copy(update={"end_s": nxt, "start_s": t, "target": (float(c[0]), 0.0, float(c[2])),
                                        "target_object": None, "item": None,
                                        "kind": "run" if a.kind in ("run", "chase") else "walk"}))
        t = nxt
    out.append(a.model_copy(update={"start_s": t}))
    return out


def _movements(scene: Scene, start_s: float, end_s: float, bodies: set[str]) -> list[Action]:
    """The shot's movements on foot, in the order they start (the later one goes round)."""
    return sorted((a for a in scene.timeline.actions if a.kind in _PASSING and a.object_id in bodies
                   and start_s - 1e-6 <= a.start_s < end_s), key=lambda a: a.start_s)


def go_round_bodies(scene: Scene, start_s: float, end_s: float, names: dict[str, str] | None = None,
                    ) -> tuple[Scene, list[str]]:
    """``scene`` with each movement of the shot from ``start_s`` to ``end_s`` whose way leads through another body
    going round it (see the module's docstring), and a sentence for each one changed or left."""
    from autark.errors import UserInputError
    from autark.motion import validate_actions
    from autark.motion.detours import obstacles_of
    from autark.motion.kinematics import rig_info

    bodies = {c.object_id for c in scene.characters if (o := scene.find_object(c.object_id)) is not None
              and o.visible and rig_info(o.type) is not None}
    if len(bodies) < 2 or not _movements(scene, start_s, end_s, bodies):
        return scene, []
    names = names or {}
    radius = {b: _radius(scene.object(b)) for b in bodies}
    notes: list[str] = []
    done: set[tuple[str, float]] = set()
    still = obstacles_of({o.id: o for o in scene.objects if o.id not in bodies and o.tag != "setting"})
    for _ in range(_MAX_FIXES):
        try:
            tracks = {b: _track(scene, b, still) for b in bodies}
        except (UserInputError, KeyError, ValueError):
            return scene, notes
        found = None
        for a in _movements(scene, start_s, end_s, bodies):
            if (a.object_id, a.start_s) in done:
                continue
            meeting = _first_meeting(scene, a, tracks, radius)
            if meeting is not None:
                found = (a, meeting)
                break
        if found is None:
            break
        a, (other, t, at) = found
        done.add((a.object_id, a.start_s))
        who, whom = names.get(a.object_id, a.object_id), names.get(other, other)
        p0, p1 = place_at(tracks[a.object_id], a.start_s), place_at(tracks[a.object_id], a.end_s)
        corners = _way_round(scene, a, p0, p1, other, at, radius, still)
        fixed = None
        if corners:
            legs = _legs(a, p0, corners, p1)
            actions = [x for b in scene.timeline.actions for x in (legs if b is a else [b])]
            fixed = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": actions})})
            try:
                validate_actions(fixed)
            except (UserInputError, KeyError, ValueError):
                fixed = None
        if fixed is None:
            notes.append(f"{who}'s {a.kind} at {a.start_s:.1f} s passes close by {whom} at {t:.1f} s: no way round")
            continue
        scene = fixed
        notes.append(f"{who}'s {a.kind} at {a.start_s:.1f} s goes round {whom}, not through them")
    for n in notes:
        log.info("%s", n)
    return scene, notes


def nearest_passing(scene: Scene, start_s: float, end_s: float, step_s: float = 0.1) -> float:
    """The least ground distance between two bodies that do not touch on purpose, over the sum of their footprint
    radii, over ``start_s``..``end_s`` as the scene's animation places them (1.0: they touch; below: one is
    inside the other). What the passing check is measured by."""
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import rig_info

    bodies = [c.object_id for c in scene.characters if (o := scene.find_object(c.object_id)) is not None
              and o.visible and rig_info(o.type) is not None]
    radius = {b: _radius(scene.object(b)) for b in bodies}
    worst = math.inf
    t = start_s
    while t <= end_s:
        state = evaluate_scene(scene, t)
        at = {b: state.object(b).transform.position for b in bodies}
        for i, a in enumerate(bodies):
            for b in bodies[i + 1:]:
                if _touching(scene, a, b):
                    continue
                d = math.hypot(at[a][0] - at[b][0], at[a][2] - at[b][2])
                worst = min(worst, d / (radius[a] + radius[b]))
        t += step_s
    return worst
