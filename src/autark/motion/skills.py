"""Acts with a skill or a tool: fishing with a rod, casting a spell, pouring, hammering, and sliding.

The gestures (fish, magic, pour, hammer) are layered over the body like ``autark.motion.handling``'s: they
place the palms and ``autark.motion.reach`` finds the arm angles; the tool (``Action.item``: the rod, the wand,
the jug, the hammer) sits in the right palm (``autark.motion.holding``). Slide is a movement: the body glides
to its destination crouched, arms out for balance, the feet side by side and not stepping. Each is built so
that a still frame from its middle reads as the act: the rod held out over the water and bent up, both hands
thrust toward the one enchanted, the hand tipped over the target, the hammer above the shoulder or down on
the work, a low crouch with arms spread and no stride.
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion import reach
from autark.motion.acts import local_time, standing
from autark.motion.body import travel_body
from autark.motion.chain import Segment
from autark.motion.gestures import World
from autark.motion.handling import _done, _pose, _reach_out, _toward
from autark.motion.kinematics import BodyState, RigInfo, Vec, rest_feet
from autark.scene.easing import smoothstep
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["SKILL_GESTURES", "fish", "magic", "pour", "hammer", "slide", "SLIDE_CROUCH"]

V = np.array
SKILL_GESTURES = ("fish", "magic", "pour", "hammer")
SLIDE_CROUCH = 0.2  # how far (in body heights' share of a metre-high leg) a slider sinks into the knees
_CAST = 0.3  # share of a fishing act spent casting; then the rod is held out, then it is hauled up


def _u(a: Action, t: float) -> float:
    return min(max((t - a.start_s) / max(a.end_s - a.start_s, 1e-3), 0.0), 1.0)


def fish(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Cast (both hands on the rod, up over the right shoulder, whipped forward), hold it out low over the
    water while the line waits, then haul it up high with a lean back: the catch comes out of the water."""
    k = reach.size_of(rig)
    u = _u(a, t)
    over = V([-0.2 * k, 1.7 * k, -0.05 * k])  # rod butt above the right shoulder
    out = V([-0.05 * k, 1.0 * k, 0.5 * k])  # held out, low
    up = V([-0.08 * k, 1.55 * k, 0.3 * k])  # hauled up
    if u < _CAST:
        s = u / _CAST
        hand = over + (out - over) * smoothstep(min(max((s - 0.45) / 0.4, 0.0), 1.0))
        lean = -8.0 * (1 - s) + 10.0 * s
    elif u < 0.7:
        hand = out + V([0.0, 0.02 * k * math.sin(2 * math.pi * 1.3 * (t - a.start_s)), 0.0])
        lean = 10.0
    else:
        s = smoothstep((u - 0.7) / 0.2)
        hand = out + (up - out) * s
        lean = 10.0 - 22.0 * s
    pose = _pose(body, {"spine": V([lean, -10.0, 0.0]), "neck": V([6.0, 8.0, 0.0])})
    left = hand + V([0.14 * k, -0.1 * k, -0.06 * k])  # the left hand lower on the butt
    return _done(rig, reach.arms_to(rig, pose, left, hand, elbow_out=0.7))


def magic(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """A spell: both arms raised and thrust toward the one enchanted (or up to the sky with nobody named),
    the hands circling as it is cast; the body leans into it."""
    k = reach.size_of(rig)
    local = t - a.start_s
    toward = _toward(a, world, objects, "cast a spell on it")
    pose = _pose(body, {"spine": V([8.0, 0.0, 0.0]), "neck": V([-6.0, 0.0, 0.0])})
    if toward is None:
        centre = reach.chest_point(rig, pose, forward=0.35 * k, up=0.45 * k)
    else:
        centre = _reach_out(rig, pose, toward, 0.62 * k) + V([0.0, 0.18 * k, 0.0])
    ang = 2 * math.pi * 1.4 * local
    swirl = V([0.05 * k * math.cos(ang), 0.05 * k * math.sin(ang), 0.0])
    return _done(rig, reach.arms_to(rig, pose, centre + V([0.12 * k, 0.0, 0.0]) - swirl,
                                    centre - V([0.12 * k, 0.0, 0.0]) + swirl, elbow_out=0.4))


def pour(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Pouring (or spilling): the right hand goes out over the target, turns over and tips, and stays
    tipped; the left hand steadies from below."""
    k = reach.size_of(rig)
    u = _u(a, t)
    pose = _pose(body, {"spine": V([14.0, 0.0, 0.0]), "neck": V([16.0, 0.0, 0.0])})
    over = _reach_out(rig, pose, _toward(a, world, objects, "pour it"), 0.55 * k) + V([0.0, 0.12 * k, 0.0])
    arms = reach.arms_to(rig, pose, over + V([0.12 * k, -0.12 * k, -0.05 * k]), over, elbow_out=0.6)
    tip = 110.0 * smoothstep(min(max((u - 0.25) / 0.3, 0.0), 1.0))  # the wrist turns the jug over
    if "hand_r" in rig.bones:
        arms["hand_r"] = V([0.0, 0.0, -tip])
    return _done(rig, arms)


def hammer(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
           objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Building: the left hand holds the work, the right swings the hammer up above the shoulder and down
    onto it, about twice a second."""
    k = reach.size_of(rig)
    local = t - a.start_s
    swing = 0.5 + 0.5 * math.cos(2 * math.pi * 1.8 * local)  # 1: raised, 0: struck
    pose = _pose(body, {"spine": V([22.0, 0.0, 0.0]), "neck": V([18.0, 0.0, 0.0])})
    work = _reach_out(rig, pose, _toward(a, world, objects, "build it"), 0.45 * k) + V([0.0, -0.2 * k, 0.0])
    raised = V([-0.22 * k, 1.6 * k, 0.1 * k])
    hand = work + V([-0.08 * k, 0.04 * k, 0.0]) + (raised - work) * swing
    return _done(rig, reach.arms_to(rig, pose, work + V([0.14 * k, 0.0, 0.0]), hand, elbow_out=0.8))


def slide(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Glide to the destination on both feet: a short run-up, then no steps, knees bent, arms spread."""
    local, duration, u = local_time(seg, t)
    run_up = 0.2
    if u < run_up and rig is not None and rig.has_legs:
        short = seg.action.model_copy(update={"kind": "run", "end_s": seg.action.start_s + run_up * duration})
        p0 = np.array(seg.start.position, float)
        p1 = np.array(seg.end.position, float)
        mid = tuple(float(c) for c in p0 + (p1 - p0) * 0.25)
        sub = Segment(short, seg.start, seg.start.__class__(mid, seg.end.heading), mid)
        return travel_body(rig, sub, t)
    p0 = np.array(seg.start.position, float)
    p1 = np.array(seg.end.position, float)
    s = 0.25 + 0.75 * (1 - (1 - (u - run_up) / (1 - run_up)) ** 2) if rig is not None and rig.has_legs else \
        smoothstep(u)
    pos = p0 + (p1 - p0) * s  # fast at first, slowing down: the glide runs out
    heading = seg.end.heading
    if rig is None or not rig.has_legs:
        return BodyState(pos, heading)
    k = reach.size_of(rig)
    wobble = math.sin(2 * math.pi * 1.5 * local + phase)
    pose = {"spine": V([18.0, 0.0, 5.0 * wobble]), "neck": V([-12.0, 0.0, 0.0]),
            "upper_arm_l": V([-10.0, 0.0, 78.0 + 6.0 * wobble]), "upper_arm_r": V([-10.0, 0.0, -78.0 + 6.0 * wobble]),
            "lower_arm_l": V([0.0, 0.0, 10.0]), "lower_arm_r": V([0.0, 0.0, -10.0])}
    return standing(rig, pos, heading, pose, lift=V([0.0, -SLIDE_CROUCH * k, 0.0]),
                    feet=rest_feet(rig, pos, heading))


# what a body without arms does for an act done with the hands: joy is a hop (a dog "claps", a fish
# "celebrates": it leaps), and so is a spell (the golden fish grants a wish with a leap), never nothing
_JOY_KINDS = frozenset({"clap", "celebrate", "laugh", "dance", "cheer", "magic"})
_GREETINGS = frozenset({"wave", "bow", "point"})  # an animal greets or shows by turning to look
_SWIMMERS_WALK = frozenset({"walk", "run", "chase", "sneak", "slide"})


def kind_for_body(asset_type: str, kind: str) -> str:
    """The act a body of ``asset_type`` does for ``kind``: its own equivalent when it cannot do it (an animal
    clapping hops for joy; a fish walking swims), else ``kind``."""
    from autark.motion.creatures import creature_rig
    from autark.motion.kinematics import rig_info

    crig = creature_rig(asset_type)
    if crig is None:
        info = rig_info(asset_type)
        if info is None or ("upper_arm_r" in info.bones and "neck" in info.bones):
            return kind
        return _armless(kind)
    if crig.plan == "fish" and kind in _SWIMMERS_WALK:
        return "swim"
    return _armless(kind)


def _armless(kind: str) -> str:
    return "jump" if kind in _JOY_KINDS else ("look" if kind in _GREETINGS else kind)
