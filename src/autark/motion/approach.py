"""Acts that go somewhere: chase, sneak, swim, climb, and acts that first step up to someone or something:
hug, kiss, pick_up, put_down, push.

Each is a movement clip with an ``ends`` rule saying where it leaves the body (``autark.motion.chain``). An
act that needs to be near its object walks there first (``_approach``) and then does its thing, so "Anna hugs
Tom" works from across the room. ``Segment.dest`` holds the point the hands go to (the item to pick up, the
place to put it down) or, for a push, where the pushing starts (its height: the middle of the thing pushed).
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import acts, reach
from autark.motion.acts import floor_body, local_time, standing
from autark.motion.body import travel_body
from autark.motion.chain import ChainState, End, Segment, destination, object_center
from autark.motion.kinematics import (
    BLEND_S,
    BodyState,
    RigInfo,
    Vec,
    blend_bodies,
    forward_dir,
    heading_to,
    rot_y,
    unit,
)
from autark.motion.perches import category_of, crown_bottom, trunk_half
from autark.scene.easing import smoothstep
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.speeds import WALK_M_S
from autark.scene.timeline import Action

__all__ = ["hide_end", "ahead_end", "approach_end", "climb_end", "kneel", "kneel_end", "pick_up_end", "put_down_end", "push_end", "chase", "sneak",
           "swim", "climb", "hug", "kiss", "pick_up", "put_down", "push", "arrival_s"]

V = np.array


_BIG_M = 2.5  # a thing this wide or deep is reached at its side (``autark.cinema.rules.SET_PIECE_M``)
_KNEEL_GAP_M = 0.45  # a kneeling body's middle from the side of what it kneels by: its knee and hands reach it
_KNEEL_REACH_M = 0.7  # ... and one nearer than this to that side kneels where it is
_CLIMB_OFF_M = 0.35  # a climber's middle from a trunk's bark: the chest, the knees and the hands reach it (an adult's)


def _ahead(start: ChainState, metres: float) -> tuple[float, float, float]:
    f = forward_dir(start.heading)
    p = start.position
    return (p[0] + f[0] * metres, p[1], p[2] + f[2] * metres)


def ahead_end(metres: float):
    """A travel to its target (point or object), or ``metres`` straight ahead when it names none."""
    def ends(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
        if a.target is not None or (a.target_object is not None and a.target_object in objects):
            dest = destination(a, start, objects)
        else:
            dest = _ahead(start, metres)
        heading = heading_to(np.array(start.position), np.array(dest), start.heading)
        return ChainState(dest, heading), dest, None
    return ends


def _near(start: ChainState, centre: Vec, gap: float) -> tuple[tuple[float, float, float], float]:
    """A standing point ``gap`` from ``centre`` on the near side, and the heading that faces it."""
    p = np.array(start.position, float)
    away = unit(V([p[0] - centre[0], 0.0, p[2] - centre[2]]), tuple(-forward_dir(start.heading)))
    stand = (float(centre[0] + away[0] * gap), p[1], float(centre[2] + away[2] * gap))
    return stand, heading_to(np.array(stand), centre, start.heading)


def _free_near(start: ChainState, centre: Vec, gap: float, objects: dict[str, SceneObject], skip: set[str],
               r: float) -> tuple[tuple[float, float, float], float]:
    """``_near``, or, where a body of radius ``r`` would stand inside another still thing there (a bush at the
    foot of the tree climbed), the nearest side round ``centre`` that is free; the near side when none is."""
    from autark.motion.kinematics import rig_info

    boxes = [b for oid, o in objects.items() if oid not in skip and o.visible and rig_info(o.type) is None
             for b in (world_bbox(o),) if float(b.size[1]) >= 0.05 and float(b.min[1]) < 1.5]
    p = np.array(start.position, float)
    base = math.atan2(p[0] - centre[0], p[2] - centre[2])
    for deg in (0.0, 45.0, -45.0, 90.0, -90.0, 135.0, -135.0, 180.0):
        a = base + math.radians(deg)
        x, z = centre[0] + math.sin(a) * gap, centre[2] + math.cos(a) * gap
        if not any(b.min[0] - r < x < b.max[0] + r and b.min[2] - r < z < b.max[2] + r for b in boxes):
            stand = (float(x), float(p[1]), float(z))
            return stand, heading_to(np.array(stand), centre, start.heading)
    return _near(start, centre, gap)


def _half_depth(obj: SceneObject) -> float:
    size = world_bbox(obj).size
    return max(size[0], size[2]) / 2


def _reach_gap(obj: SceneObject, gap: float) -> float:
    """How far from a thing's centre one stands to reach it: ``gap``, or for a big thing (wider or deeper than
    ``_BIG_M``: a lighthouse, a house, a tree hugged) its near side, not inside its walls."""
    half = _half_depth(obj)
    return max(gap, half + 0.3) if 2 * half > _BIG_M else gap


def approach_end(gap: float):
    """Step up to ``gap`` metres from the target object's centre, facing it (a hug, a kiss)."""
    def ends(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
        if a.target_object is None or a.target_object not in objects:
            return ChainState(start.position, start.heading), None, None
        c = object_center(objects, a.target_object, f"{a.kind} it")
        stand, heading = _near(start, c, _reach_gap(objects[a.target_object], gap))
        return ChainState(stand, heading), tuple(c.tolist()), None  # type: ignore[return-value]
    return ends


def hide_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Behind the thing named: on its far side from the camera's usual place (+Z), peeking back out; on the
    spot when it names nothing."""
    thing = a.target_object or a.item
    if thing is None or thing not in objects:
        return ChainState(start.position, start.heading), None, None
    box = world_bbox(objects[thing])
    c = box.center
    spot = (float(c[0]), start.position[1], float(box.min[2]) - 0.35)
    return ChainState(spot, 0.0), spot, None


def _climber_reach(climber: SceneObject | None, rig: RigInfo | None) -> float:
    """How far a climber's middle stays from the bark: a forearm, the chest, knees and hands on it (a body with
    arms), or half its length, its head against it (a squirrel, a cat, whose body keeps level)."""
    if rig is not None and "hand_l" in rig.pivots:
        return _CLIMB_OFF_M * reach.size_of(rig)
    if climber is None:
        return _CLIMB_OFF_M
    length = float(climber.bounds_max[2] - climber.bounds_min[2]) * float(climber.transform.scale[2])
    return length / 2 + 0.05


def climb_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Up the side of the target object (the head below its top, at most 1.5 m up), or a metre up on the spot."""
    if a.target_object is not None and a.target_object in objects:
        obj = objects[a.target_object]
        c = object_center(objects, a.target_object, "climb it")
        # a tree is climbed at its trunk, not at the edge of its crown
        trunk = category_of(obj.type) in ("nature",)
        # beside the bark (``_climber_reach``): 0.3 m from a tree's middle had a firefighter climbing inside an
        # oak's trunk
        climber = objects.get(a.object_id)
        gap = _half_depth(obj) + 0.25
        if trunk:
            gap = (trunk_half(obj) or 0.0) + _climber_reach(climber, rig)
        body_r = 0.1  # a climber's own footprint round its middle: a person's chest, half an animal's length
        if climber is not None and not (rig is not None and "hand_l" in rig.pivots):
            body_r = max(body_r, float(climber.bounds_max[2] - climber.bounds_min[2]) * float(climber.transform.scale[2]) / 2)
        stand, heading = _free_near(start, c, gap, objects, {a.object_id, a.target_object}, body_r)
        top = min(float(world_bbox(obj).max[1]) - 1.7, start.position[1] + (1.1 if trunk else 1.5))
        crown = crown_bottom(obj) if trunk else None
        if crown is not None and climber is not None:
            # up the trunk with the head under the leaves: a child 1.1 m up a tree had her head in its crown,
            # and no camera could see her
            body = float(climber.bounds_max[1] - climber.bounds_min[1]) * float(climber.transform.scale[1])
            top = min(top, crown - body - 0.1)
        end = (stand[0], max(top, start.position[1] + (0.3 if crown is not None else 0.5)), stand[2])
        return ChainState(end, heading), stand, None
    p = start.position
    return ChainState((p[0], p[1] + 1.0, p[2]), start.heading), p, None


def _footing(objects: dict[str, SceneObject], thing: str) -> SceneObject:
    """What a body kneels or stands beside to reach ``thing``: the thing, or what it stands on (the table under
    the plate: one who knelt by the plate 0.45 m from its middle knelt inside the table)."""
    box = world_bbox(objects[thing])
    cx, cz, bottom = float(box.center[0]), float(box.center[2]), float(box.min[1])
    if bottom < 0.1:
        return objects[thing]
    for oid, o in objects.items():
        b = world_bbox(o)
        if (oid != thing and abs(float(b.max[1]) - bottom) < 0.06 and b.min[0] <= cx <= b.max[0]
                and b.min[2] <= cz <= b.max[2] and float(b.max[1]) - float(b.min[1]) > 0.2):
            return o
    return objects[thing]


def kneel_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Kneel at ``Action.target`` when it is given; where one stands when the thing knelt by (``Action.item``) is
    within reach or there is none; else step up to it first, the knee ``_KNEEL_GAP_M`` outside its side (or its table's), facing it (a woman sent to
    kneel "by the plate" from 3 m behind the table had knelt there, hidden behind it)."""
    thing = a.item or a.target_object
    if a.target is not None:  # a spot of its own beside the others who kneel there (``autark.jobs.apart``)
        stand = (float(a.target[0]), start.position[1], float(a.target[2]))
        c = object_center(objects, thing, "kneel by it") if thing in objects else _ahead(start, 1.0)
        return ChainState(stand, heading_to(np.array(stand), c, start.heading)), stand, None
    if thing is None or thing not in objects or thing == a.object_id:
        return ChainState(start.position, start.heading), None, None
    box = world_bbox(_footing(objects, thing))
    c = np.array(box.center, float)
    here = np.array(start.position, float)
    out = V([max(box.min[0] - here[0], 0.0, here[0] - box.max[0]), max(box.min[2] - here[2], 0.0, here[2] - box.max[2])])
    if float(np.hypot(*out)) <= _KNEEL_REACH_M:
        return ChainState(start.position, start.heading), None, None
    # from the middle to the side along the way in, then the gap
    u = unit(V([here[0] - c[0], 0.0, here[2] - c[2]]), (0.0, 0.0, 1.0))
    half = V(box.size) / 2
    side = min(half[0] / abs(u[0]) if abs(u[0]) > 1e-9 else math.inf, half[2] / abs(u[2]) if abs(u[2]) > 1e-9 else math.inf)
    stand, heading = _near(start, c, side + _KNEEL_GAP_M)
    return ChainState(stand, heading), stand, None


def kneel(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Step up to the thing knelt by (``kneel_end``), then down on one knee (``acts.kneel``)."""
    if seg.dest is None:
        return acts.kneel(rig, seg, t, phase)
    stand = seg.dest
    walking, arrive = _approach(rig, seg, t, stand)
    if walking is not None:
        return walking
    there = ChainState(stand, seg.end.heading)
    down = Segment(seg.action.model_copy(update={"start_s": max(arrive, seg.action.start_s)}), there, there, None)
    return _after_walk(rig, seg, stand, arrive, acts.kneel(rig, down, t, phase), t)


def pick_up_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Step up to the item (when it is not within reach) and face it; the hand goes to its centre."""
    thing = a.item or a.target_object
    if thing is None or thing not in objects:
        return ChainState(start.position, start.heading), _ahead(start, 0.4), None
    c = object_center(objects, thing, "pick it up")
    here = np.array(start.position, float)
    if math.hypot(c[0] - here[0], c[2] - here[2]) < 0.55:
        return (ChainState(start.position, heading_to(here, c, start.heading)), tuple(c.tolist()),  # type: ignore
                None)
    stand, heading = _near(start, c, _reach_gap(objects[thing], 0.42))
    return ChainState(stand, heading), tuple(c.tolist()), None  # type: ignore[return-value]


def put_down_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Put it on the target object's top (stepping up to it), or on the ground in front."""
    if a.target_object is not None and a.target_object in objects:
        obj = objects[a.target_object]
        c = object_center(objects, a.target_object, "put it there")
        stand, heading = _near(start, c, _half_depth(obj) + 0.3)
        f = forward_dir(heading)
        top = float(world_bbox(obj).max[1])
        spot = (stand[0] + f[0] * 0.45, top, stand[2] + f[2] * 0.45)
        return ChainState(stand, heading), spot, None
    spot = _ahead(start, 0.45)
    return ChainState(start.position, start.heading), spot, None


def push_end(a: Action, start: ChainState, objects: dict[str, SceneObject], rig: RigInfo | None) -> End:
    """Step up to the thing and push it a metre on (the thing moves with the hands: ``handling``)."""
    thing = a.target_object or a.item
    hands_y = None
    if thing is not None and thing in objects:
        c = object_center(objects, thing, "push it")
        stand, heading = _near(start, c, _half_depth(objects[thing]) + 0.35)
        hands_y = float(c[1])
    else:
        stand, heading = start.position, start.heading
    f = forward_dir(heading)
    end = (stand[0] + f[0] * 1.0, stand[1], stand[2] + f[2] * 1.0)
    # the destination names where the pushing starts, and at its height the middle of the thing pushed
    dest = (stand[0], stand[1] if hands_y is None else hands_y, stand[2])
    return ChainState(end, heading), dest, None


# -- helpers -----------------------------------------------------------------------------------------------
def _walk_seg(seg: Segment, p0, p1, start_s: float, end_s: float, h0: float | None = None) -> Segment:
    a = seg.action.model_copy(update={"kind": "walk", "start_s": start_s, "end_s": max(end_s, start_s + 1e-3)})
    h0 = seg.start.heading if h0 is None else h0
    h = heading_to(np.array(p0), np.array(p1), h0)
    return Segment(a, ChainState(tuple(p0), h0), ChainState(tuple(p1), h), tuple(p1))


def arrival_s(seg: Segment, stand, max_share: float = 0.55) -> float:
    """When an act that first walks to ``stand`` gets there (its start when it is there already)."""
    a = seg.action
    p0 = seg.start.position
    dist = math.hypot(stand[0] - p0[0], stand[2] - p0[2])
    if dist < 0.05:
        return a.start_s
    return a.start_s + min(dist / WALK_M_S + 0.4, max_share * (a.end_s - a.start_s))


def _approach(rig: RigInfo | None, seg: Segment, t: float, stand, max_share: float = 0.55
              ) -> tuple[BodyState | None, float]:
    """(the walking body while still on the way, or None; the time of arrival)."""
    a = seg.action
    p0 = seg.start.position
    arrive = arrival_s(seg, stand, max_share)
    if arrive <= a.start_s:
        return None, arrive
    if t < arrive:
        return travel_body(rig, _walk_seg(seg, p0, stand, a.start_s, arrive), t), arrive
    return None, arrive


def _after_walk(rig, seg, stand, arrive, body: BodyState, t: float) -> BodyState:
    """Hand over from the end of the walk to the act."""
    if arrive > seg.action.start_s and t - arrive < BLEND_S:
        walked = travel_body(rig, _walk_seg(seg, seg.start.position, stand, seg.action.start_s, arrive), arrive)
        return blend_bodies(walked, body, smoothstep((t - arrive) / BLEND_S))
    return body


def _to_local(body_pos: Vec, heading: float, lift: Vec, world: Vec) -> Vec:
    """A world point in the asset's local space for a body at ``body_pos`` (scale 1)."""
    return rot_y(-math.radians(heading)) @ (np.asarray(world, float) - body_pos) - lift


# -- travelling --------------------------------------------------------------------------------------------
def chase(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """A run after the target, leaning in, one hand reaching out for it."""
    run = Segment(seg.action.model_copy(update={"kind": "run"}), seg.start, seg.end, seg.dest)
    body = travel_body(rig, run, t)
    if rig is None or not rig.has_legs or "upper_arm_r" not in rig.bones:
        return body
    k = reach.size_of(rig)
    body.pose["spine"] = body.pose.get("spine", np.zeros(3)) + V([6.0, 0.0, 0.0])
    grab = reach.chest_point(rig, body.pose, forward=0.6 * k, up=0.05 * k) - V([0.12 * k, 0.0, 0.0])
    body.pose.update(reach.reach_arm(rig, "r", body.pose, grab))
    return body


def sneak(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """A slow walk bent low, knees deep, hands up in front, the head forward and looking ahead."""
    walk = Segment(seg.action.model_copy(update={"kind": "walk"}), seg.start, seg.end, seg.dest)
    body = travel_body(rig, walk, t)
    if rig is None or not rig.has_legs:
        return body
    k = reach.size_of(rig)
    body.lift = body.lift + V([0.0, -0.26 * k, 0.0])
    pose = dict(body.pose)
    pose["spine"] = pose.get("spine", np.zeros(3)) + V([38.0, 0.0, 0.0])
    pose["neck"] = V([-32.0, 0.0, 0.0])
    pose["upper_arm_l"] = V([-40.0 + 0.3 * float(pose.get("upper_arm_l", np.zeros(3))[0]), 0.0, 12.0])
    pose["upper_arm_r"] = V([-40.0 + 0.3 * float(pose.get("upper_arm_r", np.zeros(3))[0]), 0.0, -12.0])
    pose["lower_arm_l"] = pose["lower_arm_r"] = V([-75.0, 0.0, 0.0])
    body.pose = {kk: v for kk, v in pose.items() if kk in rig.bones}
    return body


def swim(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Front crawl: the body flat, face down, the arms wheeling in turn, the legs fluttering."""
    local, duration, u = local_time(seg, t)
    p0, p1 = np.array(seg.start.position, float), np.array(seg.end.position, float)
    pos = p0 + (p1 - p0) * smoothstep(u)
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        pos[1] += 0.03 * math.sin(2 * math.pi * local)
        return BodyState(pos, heading)
    k = reach.size_of(rig)
    w = smoothstep(min(local / min(0.6, 0.3 * duration), 1.0))
    stroke = 360.0 * 0.7 * local
    wrap = lambda x: (x + 180.0) % 360.0 - 180.0  # noqa: E731
    kick = math.sin(2 * math.pi * 2.2 * local)
    pose = {"root": V([80.0 * w, 0.0, 6.0 * math.sin(math.radians(stroke))]), "neck": V([-45.0 * w, 0.0, 0.0]),
            "upper_arm_l": V([-wrap(stroke) * w, 0.0, 10.0]), "upper_arm_r": V([-wrap(stroke + 180.0) * w, 0.0, -10.0]),
            "lower_arm_l": V([-20.0, 0.0, 0.0]), "lower_arm_r": V([-20.0, 0.0, 0.0]),
            "upper_leg_l": V([15.0 * kick * w, 0.0, 0.0]), "upper_leg_r": V([-15.0 * kick * w, 0.0, 0.0]),
            "lower_leg_l": V([12.0, 0.0, 0.0]), "lower_leg_r": V([12.0, 0.0, 0.0])}
    return floor_body(rig, pos, heading, pose, (0.3 * k - rig.pelvis_y) * w)


def climb(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Hand over hand up the side of something: the arms reach up in turn, the knees come up in turn."""
    a = seg.action
    stand = seg.dest if seg.dest is not None else seg.start.position
    walking, arrive = _approach(rig, seg, t, stand, 0.3)
    if walking is not None:
        return walking
    local = t - arrive
    span = max(a.end_s - arrive, 1e-3)
    p0 = np.array(stand, float)
    p1 = np.array(seg.end.position, float)
    pos = p0 + (p1 - p0) * smoothstep(min(local / span, 1.0))
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = reach.size_of(rig)
    s = math.sin(2 * math.pi * 0.8 * local)
    feet = {}
    from autark.motion.kinematics import rest_feet
    feet = rest_feet(rig, pos, heading)
    f = forward_dir(heading)
    for name, sign in (("l", 1.0), ("r", -1.0)):
        feet[name].pos = feet[name].pos + f * 0.1 * k + V([0.0, (0.22 + 0.18 * sign * s) * k, 0.0])
    pose = {"spine": V([12.0, 0.0, 4.0 * s]), "neck": V([-25.0, 0.0, 0.0])}
    body = standing(rig, pos, heading, pose, V([0.0, -0.05 * k, 0.0]), feet)
    left = V([0.16 * k, (1.95 + 0.15 * s) * k, 0.28 * k])
    right = V([-0.16 * k, (1.95 - 0.15 * s) * k, 0.28 * k])
    body.pose = reach.arms_to(rig, body.pose, left, right, elbow_out=0.9)
    return _after_walk(rig, seg, stand, arrive, body, t)


# -- with someone or something -----------------------------------------------------------------------------
def _close_act(rig: RigInfo | None, seg: Segment, t: float, phase: float, arms) -> BodyState:
    walking, arrive = _approach(rig, seg, t, seg.end.position)
    if walking is not None:
        return walking
    pos = np.array(seg.end.position, float)
    if rig is None or not rig.has_legs:
        return BodyState(pos, seg.end.heading)
    w = smoothstep(min((t - arrive) / 0.5, 1.0))
    body = standing(rig, pos, seg.end.heading, {})
    gap, chest = 0.45, None
    if seg.dest is not None:  # the other's middle: their chest is about 0.72 of their height, 1.44 of this
        gap = math.hypot(seg.dest[0] - pos[0], seg.dest[2] - pos[2])
        chest = 1.44 * (seg.dest[1] - pos[1])
    body.pose = arms(rig, gap, w, t - arrive, chest)
    body.pose = {k: v for k, v in body.pose.items() if k in rig.bones}
    return _after_walk(rig, seg, seg.end.position, arrive, body, t)


def _hug_arms(rig: RigInfo, gap: float, w: float, local: float, chest: float | None) -> dict[str, Vec]:
    k = reach.size_of(rig)
    sway = math.sin(2 * math.pi * 0.3 * local)
    y = 1.26 * k if chest is None else min(chest, 1.3 * k)  # round the other's chest, a child's lower down
    lean = min(max((1.26 * k - y) / (0.5 * k) * 30.0, 0.0), 40.0)
    pose = {"spine": V([(6.0 + lean) * w, 4.0 * sway, 0.0]), "neck": V([8.0 * w, 25.0 * w, 10.0 * w])}
    rest = reach.arms_to(rig, pose, reach.palm_point(rig, {}, "l"), reach.palm_point(rig, {}, "r"))
    around = reach.arms_to(rig, pose, V([0.1 * k, y - 0.04 * k, gap + 0.08 * k]), V([-0.1 * k, y + 0.04 * k,
                                                                                      gap + 0.08 * k]), elbow_out=1.0)
    return {b: rest.get(b, np.zeros(3)) * (1 - w) + around[b] * w for b in around}


def _kiss_arms(rig: RigInfo, gap: float, w: float, local: float, chest: float | None) -> dict[str, Vec]:
    k = reach.size_of(rig)
    pose = {"spine": V([10.0 * w, 0.0, 0.0]), "neck": V([14.0 * w, 0.0, 18.0 * w]), "jaw": V([3.0 * w, 0.0, 0.0])}
    rest = reach.arms_to(rig, pose, reach.palm_point(rig, {}, "l"), reach.palm_point(rig, {}, "r"))
    hold = reach.arms_to(rig, pose, V([0.2 * k, 1.28 * k, gap - 0.05 * k]), V([-0.2 * k, 1.28 * k, gap - 0.05 * k]))
    return {b: rest.get(b, np.zeros(3)) * (1 - w) + hold[b] * w for b in hold}


def hug(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Step up close to the other and put both arms around them, the head to one side."""
    return _close_act(rig, seg, t, phase, _hug_arms)


def kiss(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Step up close, hands on the other's arms, lean in, the head tilted."""
    return _close_act(rig, seg, t, phase, _kiss_arms)


def _bend_to(rig: RigInfo | None, seg: Segment, t: float, phase: float, down_at: float, up_at: float
             ) -> BodyState:
    """Step up, bend down to put the right palm on ``seg.dest`` at ``down_at``..``up_at`` (shares of the time
    after arriving), then straighten up with the hand in front of the chest."""
    stand = seg.end.position
    walking, arrive = _approach(rig, seg, t, stand)
    if walking is not None:
        return walking
    pos = np.array(stand, float)
    heading = seg.end.heading
    if rig is None or not rig.has_legs or "upper_arm_r" not in rig.bones:
        return BodyState(pos, heading)
    k = reach.size_of(rig)
    span = max(seg.action.end_s - arrive, 1e-3)
    u = (t - arrive) / span
    down = smoothstep(min(u / down_at, 1.0)) if u < up_at else 1.0 - smoothstep(min((u - up_at) / (1 - up_at), 1.0))
    spot = np.array(seg.dest if seg.dest is not None else pos + forward_dir(heading) * 0.4, float)
    low = min(max((0.95 * k - (spot[1] - pos[1])) / (0.85 * k), 0.0), 1.0)  # how far down the spot is
    lift = V([0.0, -0.38 * k * low * down, 0.0])
    pose = {"spine": V([(20.0 + 40.0 * low) * down, 0.0, 0.0]), "neck": V([-10.0 * down, 0.0, 0.0])}
    body = standing(rig, pos, heading, pose, lift)
    target = _to_local(pos, heading, lift, spot) + V([0.0, 0.05 * k, -0.02 * k])
    carry = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.25 * k) - V([0.06 * k, 0.0, 0.0])
    hand = carry + (target - carry) * down
    body.pose = reach.arms_to(rig, body.pose, None, hand)
    body.pose["upper_arm_l"] = V([-25.0 * down, 0.0, 8.0])
    body.pose = {kk: v for kk, v in body.pose.items() if kk in rig.bones}
    return _after_walk(rig, seg, stand, arrive, body, t)


def pick_up(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _bend_to(rig, seg, t, phase, 0.4, 0.5)


def put_down(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return _bend_to(rig, seg, t, phase, 0.4, 0.55)


def push(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Step up to it, lean in with both arms straight out at chest height, and walk it a metre on."""
    ground = seg.start.position[1]
    stand = (seg.dest[0], ground, seg.dest[2]) if seg.dest is not None else seg.start.position
    middle = seg.dest[1] - ground if seg.dest is not None and seg.dest[1] > ground + 0.05 else None
    walking, arrive = _approach(rig, seg, t, stand, 0.35)
    if walking is not None:
        return walking
    shove = _walk_seg(seg, stand, seg.end.position, arrive + 0.3, seg.action.end_s, seg.end.heading)
    body = travel_body(rig, shove, max(t, arrive + 0.3))
    if rig is None or not rig.has_legs:
        return body
    k = reach.size_of(rig)
    w = smoothstep(min((t - arrive) / 0.3, 1.0))
    pose = dict(body.pose)
    pose["spine"] = V([28.0 * w, 0.0, 0.0])
    pose["neck"] = V([-22.0 * w, 0.0, 0.0])
    body.lift = body.lift + V([0.0, -0.06 * k * w, 0.0])
    hands = reach.chest_point(rig, pose, forward=0.55 * k, up=0.1 * k)
    if middle is not None:  # on the thing's side, between knee and shoulder height
        low = min(max(middle, 0.55 * k), hands[1])
        pose["spine"] = V([(28.0 + 30.0 * (hands[1] - low) / hands[1]) * w, 0.0, 0.0])
        hands = reach.chest_point(rig, pose, forward=0.55 * k, up=0.1 * k)
        hands[1] = min(max(middle, 0.55 * k), hands[1])
    body.pose = reach.arms_to(rig, pose, hands + V([0.15 * k, 0.0, 0.0]), hands - V([0.15 * k, 0.0, 0.0]))
    body.pose = {kk: v for kk, v in body.pose.items() if kk in rig.bones}
    return _after_walk(rig, seg, stand, arrive, body, t)
