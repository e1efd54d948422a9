"""Into the water and out again: a body that falls or jumps into a pond, a lake, a pool, a hole or a snow
drift goes down into it, and one that climbs out comes up onto its bank.

A thing one can fall into is low, wide and watery or hollow (``can_fall_into``: a pond, a lake's disc, the
sea, a puddle, a hole; not a boat or a bed). ``plunge_end`` is where the body ends: ``_INSIDE_M`` past the near edge, towards the
middle, sunk to its shoulders below the thing's top; ``plunge`` steps up to the edge, tips forward over it and
drops in, then treads water with the arms up. ``climb_out_end`` / ``climb_out`` bring a body that is in such a
thing (below the ground) up onto the nearest bank. ``autark.motion.clips`` sends a fall, a jump or a climb here
when its target is such a thing (a fall with no target is ``acts.fall``, on the floor).
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import reach
from autark.motion.acts import floor_body, local_time
from autark.motion.approach import _after_walk, _approach
from autark.motion.chain import ChainState, End, Segment
from autark.motion.kinematics import BodyState, RigInfo, Vec, heading_to, unit
from autark.scene.easing import smoothstep
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["can_fall_into", "plunge_end", "plunge", "climb_out_end", "climb_out", "is_in", "SUNK_SHARE"]

V = np.array

_LOW_M = 0.6  # a thing no taller than this ...
_WIDE_M = 0.9  # ... and at least this wide and deep is one to fall into (a pond, a hole, the lake)
_INSIDE_M = 0.9  # the body comes to rest this far past the near edge (or at the middle of a small one)
SUNK_SHARE = 0.62  # this share of the body's height goes below the top: the head and shoulders stay above
_EDGE_M = 0.3  # one steps up to this far before the edge
_WALK_SHARE = 0.5
_TIP_S = 0.7  # over the edge and down
# words of a thing one falls into (its type or its name in the set's layout: "lake", "murky pool", "sea behind")
_WATERY = ("pond", "pool", "lake", "river", "sea", "water", "puddle", "mud", "swamp", "marsh", "hole", "pit", "creek",
           "stream")


def can_fall_into(obj: SceneObject | None) -> bool:
    """Is ``obj`` water or a hole a body can fall into: low and wide, and of a watery or hollow kind by its
    type or its name in the set (a pond, a lap pool, the lake's disc, the sea, a puddle, mud, a pit); never a
    boat, a bed or a rug, which are low and wide too and are sat or lain on."""
    if obj is None:
        return False
    words = f"{obj.type} {obj.name}".lower()
    if not any(w in words for w in _WATERY):  # the words first: every frame asks this of every thing in the set
        return False
    size = world_bbox(obj).size
    return float(size[1]) <= _LOW_M and min(float(size[0]), float(size[2])) >= _WIDE_M


def _height(rig: RigInfo | None) -> float:
    return 1.7 * reach.size_of(rig) if rig is not None else 1.0


def _edge_and_spot(obj: SceneObject, frm: Vec) -> tuple[Vec, Vec]:
    """(the point on the ground just outside the near edge, the point inside where the body ends) for a body
    coming from ``frm``."""
    box = world_bbox(obj)
    lo, hi = np.array(box.min, float), np.array(box.max, float)
    c = (lo + hi) / 2
    way = unit(np.array([c[0] - frm[0], 0.0, c[2] - frm[2]]), (0.0, 0.0, -1.0))
    # the near edge along the way to the middle: where the line from the middle back to ``frm`` leaves the box
    half = (hi - lo) / 2
    run = min(half[0] / abs(way[0]) if abs(way[0]) > 1e-6 else math.inf,
              half[2] / abs(way[2]) if abs(way[2]) > 1e-6 else math.inf)
    edge = c - way * run
    inside = edge + way * min(_INSIDE_M, run)
    return edge - way * _EDGE_M, inside


def is_in(obj: SceneObject, position: Vec) -> bool:
    """Is a body at ``position`` down in ``obj`` (inside its footprint, below its top)?"""
    box = world_bbox(obj)
    return bool(box.min[0] - 0.2 <= position[0] <= box.max[0] + 0.2 and box.min[2] - 0.2 <= position[2]
                <= box.max[2] + 0.2 and position[1] < float(box.max[1]) - 0.1)


def plunge_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Down in the target, past its near edge, sunk to the shoulders, facing the way it fell."""
    obj = objects[a.target_object or ""]
    stand, spot = _edge_and_spot(obj, np.array(start.position, float))
    top = float(world_bbox(obj).max[1])
    end = (float(spot[0]), top - SUNK_SHARE * _height(rig), float(spot[2]))
    heading = heading_to(stand, spot, start.heading)
    return ChainState(end, heading), (float(stand[0]), float(start.position[1]), float(stand[2])), None


def plunge(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """A walk to the edge, a stumble forward over it and down into the water (or the hole), then treading
    water: bobbing, the arms up and waving."""
    stand = seg.dest if seg.dest is not None else seg.start.position
    walking, arrive = _approach(rig, seg, t, stand, _WALK_SHARE)
    if walking is not None:
        return walking
    local = max(t - arrive, 0.0)
    e = smoothstep(min(local / _TIP_S, 1.0))
    p0, p1 = np.array(stand, float), np.array(seg.end.position, float)
    pos = p0 + (p1 - p0) * np.array([e, e * e, e])  # forward first, then down, as a fall over an edge goes
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = reach.size_of(rig)
    tip = math.sin(math.pi * min(local / _TIP_S, 1.0))  # leans forward over the edge, upright again in it
    wave = math.sin(2 * math.pi * 1.3 * local)
    bob = 0.04 * k * math.sin(2 * math.pi * 0.7 * local) * min(local / _TIP_S, 1.0)
    up = min(local / _TIP_S, 1.0)
    pose = {"root": V([40.0 * tip, 0.0, 0.0]), "spine": V([10.0 * tip, 0.0, 0.0]), "neck": V([-20.0 * up, 0.0, 0.0]),
            "upper_arm_l": V([-10.0, 0.0, 60.0 + 100.0 * up + 15.0 * wave]),
            "upper_arm_r": V([-10.0, 0.0, -60.0 - 100.0 * up + 15.0 * wave]),
            "lower_arm_l": V([-30.0, 0.0, 0.0]), "lower_arm_r": V([-30.0, 0.0, 0.0]),
            "upper_leg_l": V([-20.0 * up, 0.0, 0.0]), "upper_leg_r": V([15.0 * up, 0.0, 0.0]),
            "lower_leg_l": V([30.0 * up, 0.0, 0.0]), "lower_leg_r": V([20.0 * up, 0.0, 0.0])}
    body = floor_body(rig, pos, heading, pose, bob)
    return _after_walk(rig, seg, stand, arrive, body, t)


def climb_out_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Out onto the bank nearest the camera's side of the body (toward +Z, else the nearest edge), standing."""
    obj = objects[a.target_object or ""]
    box = world_bbox(obj)
    p = np.array(start.position, float)
    exits = [(float(box.max[2]) - p[2], np.array([p[0], 0.0, float(box.max[2]) + _EDGE_M])),
             (p[0] - float(box.min[0]), np.array([float(box.min[0]) - _EDGE_M, 0.0, p[2]])),
             (float(box.max[0]) - p[0], np.array([float(box.max[0]) + _EDGE_M, 0.0, p[2]])),
             (p[2] - float(box.min[2]), np.array([p[0], 0.0, float(box.min[2]) - _EDGE_M]))]
    _far, out = min(exits, key=lambda e: e[0] - (0.5 if e is exits[0] else 0.0))  # the camera's side first
    ground = float(box.min[1]) if float(box.min[1]) > -0.5 else 0.0
    end = (float(out[0]), ground, float(out[2]))
    return ChainState(end, heading_to(p, np.array(end), start.heading)), end, None


def climb_out(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Hands on the bank, a heave up and a knee over the edge, then standing up on the bank."""
    local, duration, u = local_time(seg, t)
    p0, p1 = np.array(seg.start.position, float), np.array(seg.end.position, float)
    rise = smoothstep(min(u / 0.7, 1.0))
    ahead = smoothstep(min(max((u - 0.2) / 0.6, 0.0), 1.0))
    pos = np.array([p0[0] + (p1[0] - p0[0]) * ahead, p0[1] + (p1[1] - p0[1]) * rise, p0[2] + (p1[2] - p0[2]) * ahead])
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    heave = math.sin(math.pi * min(u / 0.8, 1.0))
    pose = {"root": V([35.0 * heave, 0.0, 0.0]), "spine": V([15.0 * heave, 0.0, 0.0]),
            "upper_arm_l": V([-70.0 * heave, 0.0, 15.0]), "upper_arm_r": V([-70.0 * heave, 0.0, -15.0]),
            "lower_arm_l": V([-20.0 * heave, 0.0, 0.0]), "lower_arm_r": V([-20.0 * heave, 0.0, 0.0]),
            "upper_leg_l": V([-60.0 * heave, 0.0, 0.0]), "lower_leg_l": V([70.0 * heave, 0.0, 0.0])}
    return floor_body(rig, pos, heading, pose, 0.0)


def _into(a: Action, objects: dict[str, SceneObject]) -> SceneObject | None:
    obj = objects.get(a.target_object or "")
    return obj if can_fall_into(obj) else None


def into_water(play, ends):  # type: ignore[no-untyped-def]
    """A fall's or a jump's clip (``play``, ``ends``) that goes into its target when the target is a thing to
    fall into (``plunge``), else as it was."""
    def ends_in(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
        return plunge_end(a, start, objects, rig) if _into(a, objects) is not None else ends(a, start, objects, rig)

    def play_in(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
        if seg.action.target_object is not None and seg.end.position[1] < seg.start.position[1] - 0.25:
            return plunge(rig, seg, t, phase)
        return play(rig, seg, t, phase)
    play_in.__doc__ = play.__doc__
    return play_in, ends_in


def out_of_water(play, ends):  # type: ignore[no-untyped-def]
    """A climb's clip that, for a body down in a thing to fall into, climbs out onto its bank (``climb_out``)."""
    def ends_out(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
        obj = _into(a, objects)
        if obj is not None and is_in(obj, np.array(start.position, float)):
            return climb_out_end(a, start, objects, rig)
        return ends(a, start, objects, rig)

    def play_out(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
        if seg.action.target_object is not None and seg.start.position[1] < seg.end.position[1] - 0.25 and (
                seg.end.position == seg.dest):
            return climb_out(rig, seg, t, phase)
        return play(rig, seg, t, phase)
    play_out.__doc__ = play.__doc__
    return play_out, ends_out
