"""Walks that go around what stands in their way: a movement that takes a body across the floor (a walk, a run,
or an act that first steps up to its goal: a hug, a pick-up, lying down in a bed) is laid along the shortest way
around the set pieces and furniture between its start and where it ends (``autark.motion.route``), not through
them: a butler walked through the fireplace to reach it.

The command engine routes the walks it is told (``autark.language.staging``); what it does not see are the
walks the clips add themselves (an act's approach) and the walks whose start is only known once the chain of
movements before them is played. Here, while the chain is built (``autark.motion.animate.chain_actions``), a
walk or run whose straight line is blocked becomes one leg per corner of the way over the same time; an act that
steps up to its goal first walks the legs up to the way's last corner (in at most half its time) and then does
what it does from there. Where no way exists (a wall between two rooms) the body goes straight, as before: the
command engine refuses such a walk with a reason when it is told.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from autark.motion.chain import ChainState, Segment
from autark.motion.kinematics import heading_to, rig_info
from autark.motion.route import MARGIN_M, Blocked, route
from autark.scene.geometry import model_matrix
from autark.scene.model import SceneObject, Transform
from autark.scene.timeline import Action

__all__ = ["Obstacles", "obstacles_of", "detoured"]

# (object id, world box as (x0, y0, z0, x1, y1, z1)) of each still thing a body would bump into
Obstacles = tuple[tuple[str, tuple[float, float, float, float, float, float]], ...]

_TRAVEL = frozenset({"walk", "run"})  # split into legs over their own time
# movements that do not cross the floor on foot, or that find their own way: they keep their line
_OWN_WAY = frozenset({"drive", "fly", "swim", "ride", "climb", "jump", "land", "fall", "chase", "sneak", "turn",
                      "idle", "dance", "kick", "fight", "celebrate", "kneel", "float_away", "hide", "push"})
_MIN_MOVE_M = 0.3  # a step shorter than this is no walk to route
_MAX_WALK_SHARE = 0.5  # an act spends at most this share of its time on the way round
_WALK_M_S = 1.3


def _box(obj: SceneObject) -> tuple[float, float, float, float, float, float]:
    return _box_of(obj.type, tuple(obj.transform.position), tuple(obj.transform.rotation),
                   tuple(obj.transform.scale), tuple(obj.bounds_min), tuple(obj.bounds_max))


@lru_cache(maxsize=4096)
def _box_of(typ: str, pos: tuple, rot: tuple, scale: tuple, lo: tuple, hi: tuple
            ) -> tuple[float, float, float, float, float, float]:
    """The world box of a still thing, kept: the same furniture is boxed at every frame."""
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    m = model_matrix(Transform(position=pos, rotation=rot, scale=scale))
    world = corners @ m[:3, :3].T + m[:3, 3]
    b0, b1 = world.min(axis=0), world.max(axis=0)
    return (float(b0[0]), float(b0[1]), float(b0[2]), float(b1[0]), float(b1[1]), float(b1[2]))


def obstacles_of(objects: dict[str, SceneObject], moving: set[str] | frozenset[str] = frozenset()) -> Obstacles:
    """The still, solid things of a scene: visible, no body (a person or an animal moves out of the way on its
    own), not ``moving`` (things carried or pushed by someone's acts), not worn (a hat rides on its wearer's head:
    ``jobs.worn_things``; the wearer had walked round their own hat)."""
    out = []
    for oid, o in objects.items():
        if not o.visible or oid in moving or rig_info(o.type) is not None or o.tag.startswith("worn_by:"):
            continue
        out.append((oid, _box(o)))
    return tuple(out)


def _mover_size(obj: SceneObject) -> tuple[float, float, float]:
    """(half width, bottom, top above its feet) of a mover's body."""
    s = obj.transform.scale
    w = max((obj.bounds_max[0] - obj.bounds_min[0]) * s[0], (obj.bounds_max[2] - obj.bounds_min[2]) * s[2]) / 2
    return w, obj.bounds_min[1] * s[1], obj.bounds_max[1] * s[1]


@lru_cache(maxsize=2048)
def _way(p0: tuple[float, float, float], p1: tuple[float, float, float], half: float, height: tuple[float, float],
         obstacles: Obstacles) -> tuple[tuple[float, float, float], ...]:
    try:
        return tuple(route(p0, p1, half, height, obstacles))
    except Blocked:
        return (p0, p1)


def _clear_of(obstacle, p0, p1, grow: float):
    """The obstacle as the way finder should see it from ``p0`` to ``p1``: a body that starts (or ends) closer
    to a thing than its margin would be taken as standing in it and walk straight through it (the girl who
    hugged by the fireplace walked through it); its box is narrowed by that much, so the body keeps clear of
    the thing itself. A thing the body really stands in is left as it is (``route`` ignores it)."""
    oid, b = obstacle
    d = min(_gap(b, p0), _gap(b, p1))
    if d <= 0.0 or d >= grow:
        return obstacle
    s = grow - d + 0.01
    cx, cz = (b[0] + b[3]) / 2, (b[2] + b[5]) / 2
    x0, x1 = min(b[0] + s, cx - 1e-3), max(b[3] - s, cx + 1e-3)
    z0, z1 = min(b[2] + s, cz - 1e-3), max(b[5] - s, cz + 1e-3)
    return (oid, (x0, b[1], z0, x1, b[4], z1))


def _gap(b, p) -> float:
    """How far the floor point ``p`` is from the box ``b`` (0 inside it)."""
    dx = max(b[0] - p[0], 0.0, p[0] - b[3])
    dz = max(b[2] - p[2], 0.0, p[2] - b[5])
    return math.hypot(dx, dz)


def _legs(a: Action, way: tuple[tuple[float, float, float], ...], t0: float, t1: float, heading: float,
          kind: str) -> list[Segment]:
    """One travel segment per leg of ``way`` over t0..t1, each as long as its share of the way."""
    lengths = [math.dist((p[0], p[2]), (q[0], q[2])) for p, q in zip(way, way[1:], strict=False)]
    total = sum(lengths) or 1.0
    out: list[Segment] = []
    t = t0
    h = heading
    for k, (p, q) in enumerate(zip(way, way[1:], strict=False)):
        nxt = t1 if k == len(lengths) - 1 else t + (t1 - t0) * lengths[k] / total
        leg = a.model_copy(update={"kind": kind, "start_s": t, "end_s": max(nxt, t + 1e-3), "target": q,
                                   "target_object": None, "item": None})
        h1 = heading_to(np.array(p, float), np.array(q, float), h)
        out.append(Segment(leg, ChainState(p, h), ChainState(q, h1), q))
        t, h = nxt, h1
    return out


def detoured(mover: SceneObject, seg: Segment, obstacles: Obstacles) -> list[Segment]:
    """``seg`` as it is when its way is free, else the legs around what stands in it and (for an act) the act
    from the way's last corner."""
    a = seg.action
    rig = rig_info(mover.type)
    if a.kind in _OWN_WAY or seg.start.seat is not None or rig is None:
        return [seg]
    if not rig.has_legs and a.kind in ("sit", "lie", "sleep"):  # an animal's sit is a leap up onto its perch
        return [seg]
    p0, p1 = seg.start.position, seg.end.position
    if math.dist((p0[0], p0[2]), (p1[0], p1[2])) < _MIN_MOVE_M:
        return [seg]
    goal = {a.target_object, a.item}
    half, bottom, top = _mover_size(mover)
    y = p0[1]
    here = tuple(_clear_of(o, p0, p1, half + MARGIN_M) for o in obstacles if o[0] not in goal and o[0] != mover.id)
    way = _way(tuple(p0), tuple(p1), half, (y + bottom, y + top), here)  # type: ignore[arg-type]
    if len(way) <= 2:
        return [seg]
    if a.kind in _TRAVEL:
        legs = _legs(a, way, a.start_s, a.end_s, seg.start.heading, a.kind)
        last = legs[-1]
        legs[-1] = Segment(last.action.model_copy(update={"target": a.target, "target_object": a.target_object}),
                           last.start, seg.end, seg.dest, seg.seat)
        return legs
    corner = way[-2]
    walked = sum(math.dist((p[0], p[2]), (q[0], q[2])) for p, q in zip(way[:-1], way[1:-1], strict=False))
    span = min(walked / _WALK_M_S, _MAX_WALK_SHARE * (a.end_s - a.start_s))
    legs = _legs(a, way[:-1], a.start_s, a.start_s + span, seg.start.heading, "walk")
    act = a.model_copy(update={"start_s": a.start_s + span})
    return [*legs, Segment(act, ChainState(corner, legs[-1].end.heading, None), seg.end, seg.dest, seg.seat)]
