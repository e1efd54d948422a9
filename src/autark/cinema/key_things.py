"""The things a key event changes or moves, and whether the film's cameras show them.

A key event is often about a thing rather than a hand act on it: a lamp lit, a parcel thrown onto a balcony, a
snowman melting, a barrel rolling off a cart, a crown put on a frog. The production lays such effects as keyframes
on the thing's own tracks (``autark.jobs.effects``: its position, scale, visibility, glow), and the hand-act reading
(``event_things``) sees none of them: in the review's films the lighthouse's lamp, the thing the event was about,
was out of the frame in every shot, and the parcel landed outside the picture.

``changing_things`` lists, for a span of a scene, the things (no cast member, no part of the set's shell) whose
tracks change inside it, and the goal where a moved one comes to rest (a cast member it lands on, or a thing no
larger than ``rules.SET_PIECE_M``: the balcony, the table); ``thing_shown`` says for how much of a span the
timeline's cameras show such things: a thing read (``event_things.readable``) and not hidden behind another box,
a cast member usable, a thing larger than the frame seen (``frame_faults.look_all``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from autark.cinema import rules
from autark.cinema.camera_path import camera_path
from autark.cinema.event_things import readable
from autark.cinema.frame_faults import look_all
from autark.cinema.seeing import see
from autark.cinema.states import SceneStates
from autark.scene.model import Scene

__all__ = ["changing_things", "goal_of", "thing_shown"]

_GOAL_M = 0.35  # a moved thing resting this near (box to box) another has come down on it
_MOVED_M = 0.3  # ... and it has moved at least this far over the span


def _changes(scene: Scene, start_s: float, end_s: float) -> dict[str, tuple[float, float, bool]]:
    """Per object id, (first, last keyframe time inside the span, whether its position moves) of the tracks that
    change something in ``start_s``..``end_s``: a keyframe inside it whose value differs from the one before."""
    out: dict[str, tuple[float, float, bool]] = {}
    for track in scene.timeline.tracks:
        if not track.target.startswith("object:"):
            continue
        oid, _, prop = track.target[len("object:"):].partition(".")
        keys = sorted(track.keyframes, key=lambda k: k.time_s)
        times = [b.time_s for a, b in zip(keys, keys[1:], strict=False)
                 if start_s <= b.time_s <= end_s and a.value != b.value]
        if not times:
            continue
        lo, hi, moved = out.get(oid, (math.inf, -math.inf, False))
        out[oid] = (min(lo, times[0]), max(hi, times[-1]), moved or prop == "transform.position")
    return out


def changing_things(scene: Scene, start_s: float, end_s: float, states: SceneStates | None = None) -> list[str]:
    """The things whose tracks change between ``start_s`` and ``end_s`` (no cast member, no part of the set's shell,
    nothing tagged as setting, no piece an effect adds to a thing: its sparks), the longest changing first, each
    followed by its goal (``goal_of``) where it moved."""
    cast = {c.object_id for c in scene.characters}
    states = states if states is not None else SceneStates(scene)
    found = []
    for oid, (lo, hi, moved) in _changes(scene, start_s, end_s).items():
        obj = scene.find_object(oid)
        if oid in cast or obj is None or obj.tag == "setting" or obj.type in rules.SHELL_TYPES:
            continue
        found.append((hi - lo, oid, moved))
    out: list[str] = []
    for _span, oid, moved in sorted(found, key=lambda f: -f[0]):
        if _piece(scene, oid):
            continue
        out.append(oid)
        if moved and (goal := goal_of(states, oid, start_s, end_s)) is not None:
            out.append(goal)
    return list(dict.fromkeys(out))


def _piece(scene: Scene, oid: str) -> bool:
    """Whether ``oid`` is a piece an effect adds to a thing (``<thing>_<piece>``: the sparks of a lamp lit, a kite's
    string) of another kind than the thing; a copy of the thing itself (``<thing>_away``, the one that drifts off)
    is the thing."""
    head = oid
    while "_" in head:
        head = head.rsplit("_", 1)[0]
        base = scene.find_object(head)
        if base is not None:
            return base.type != scene.object(oid).type
    return False


def goal_of(states: SceneStates, oid: str, start_s: float, end_s: float) -> str | None:
    """Where the thing ``oid`` comes to rest at ``end_s`` after moving at least ``_MOVED_M`` since ``start_s``: the
    cast member or thing (no larger than ``rules.SET_PIECE_M``, no part of the shell) whose box its box lies
    within ``_GOAL_M`` of, the nearest; None where it rests on the ground or moved little."""
    from autark.scene.geometry import world_bbox

    end = states.at(end_s - 1e-3)[0]
    try:
        thing, before = end.object(oid), states.object(start_s, oid)
    except (KeyError, ValueError):
        return None
    box = world_bbox(thing)
    if math.dist(box.center, world_bbox(before).center) < _MOVED_M:
        return None
    lo, hi = np.asarray(box.min, float), np.asarray(box.max, float)
    best: tuple[float, str] | None = None
    for obj in end.objects:
        if obj.id == oid or not obj.visible or obj.type in rules.SHELL_TYPES or obj.parent == oid:
            continue
        b = world_bbox(obj)
        if max(b.size) > rules.SET_PIECE_M:
            continue
        gap = float(np.linalg.norm(np.maximum(np.maximum(np.asarray(b.min) - hi, lo - np.asarray(b.max)), 0.0)))
        if gap <= _GOAL_M and (best is None or gap < best[0]):
            best = (gap, obj.id)
    return best[1] if best else None


def thing_shown(scene: Scene, ids: Sequence[str], start_s: float, end_s: float, per_s: float = 4.0,
                states: SceneStates | None = None) -> float:
    """Of the moments in ``start_s``..``end_s`` at which one of ``ids`` is in the scene, the share (percent) at which
    the timeline's camera of that moment shows every one there: a cast member usable, a thing read and not hidden,
    a thing larger than ``rules.SET_PIECE_M`` seen. 100 where none is there."""
    states = states if states is not None else SceneStates(scene)
    shots = sorted(scene.timeline.shots, key=lambda s: s.start_s)
    aspect = scene.settings.width / scene.settings.height
    cast = {c.object_id for c in scene.characters}
    n = max(2, math.ceil((end_s - start_s) * per_s))
    there = shown = 0
    for i in range(n):
        t = start_s + (end_s - start_s) * (i + 0.5) / n
        shot = next((s for s in reversed(shots) if s.start_s <= t), None)
        if shot is None:
            continue
        cam = camera_path(scene, shot.camera)(t)
        _state, solid, boxes, owner = states.at(t)
        by_id = {o.id: o for o in solid}
        present = [oid for oid in ids if oid in by_id]
        if not present:
            continue
        there += 1
        ok = True
        for oid in present:
            obj = by_id[oid]
            pts = states.points(t, obj)
            s = see(obj, pts, cam, aspect, solid, boxes, owner, {oid})
            if oid in cast:
                ok &= s.usable
            elif max(np.ptp(pts[2], axis=0)) > rules.SET_PIECE_M:
                ok &= look_all([(oid, pts)], cam, aspect)[oid].seen
            else:
                ok &= readable(pts[2], cam, aspect)[0] and not s.occluded
        shown += ok
    return 100.0 * shown / there if there else 100.0
