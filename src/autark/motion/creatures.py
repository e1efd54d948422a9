"""Animals in motion: a gait per body plan, read off the skeleton's bone names.

The movement clips (``autark.motion.clips``) say where a body is and which way it faces; for an animal they
glide it along (it has no humanoid legs). ``animate`` then poses the animal's own body for what it is doing:

* quadrupeds (``leg_fl`` ... ``shin_br``): a walk (four beats, left hind - left fore - right hind - right fore),
  a trot (diagonal pairs) or a gallop (hinds, then fores), chosen by speed for the body's size; the feet are
  placed by a two-bone IK in the leg's plane, so a planted hoof stays put while the body passes over it (the
  phase follows the distance travelled). The body bobs, the head nods, the tail sways. Hoppers (a rabbit)
  bound: both hind feet push off together.
* birds (``wing_l`` + ``leg_l``): wing beats in flight (or when held in the air), hops on the ground for a small
  bird, a waddling walk for the bigger ones.
* the dragon (a quadruped with wings): walks like a quadruped; flies with slow deep wing beats, legs tucked.
* bipeds (the dinosaur): alternating legs, the tail swinging against the chest.
* fish (``fin_l``): a wave down the body to the tail fin, sideways (a whale's goes up and down).
* the snake (``seg_1``..): a sideways wave travelling down the body.

An animal with nothing to do still breathes, looks about and moves its tail (a frozen animal reads as a prop);
``eat`` and ``drink`` lower the head and work the jaw, ``sleep`` and ``lie`` put the body down.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from autark.motion.chain import Segment
from autark.motion.gestures import envelope_weight
from autark.motion.kinematics import BodyState, RigInfo, angle_delta, euler_of, phase_of
from autark.scene.easing import smoothstep
from autark.scene.geometry import rotation_matrix
from autark.scene.model import SceneObject, Transform
from autark.scene.timeline import Action

__all__ = ["CreatureRig", "creature_rig", "is_creature", "animate", "GAITS", "gait_for", "foot_heights"]

HOPPERS = frozenset({"rabbit", "frog", "kangaroo"})  # they bound instead of walking
WADDLERS = frozenset({"duck", "penguin"})  # they roll from foot to foot
HOPPING_BIRDS = frozenset({"bird"})  # small birds hop on the ground
VERTICAL_SWIMMERS = frozenset({"whale", "dolphin"})  # their tails beat up and down
TRAVEL_KINDS = frozenset({"walk", "run", "chase", "sneak", "drive", "fly", "swim", "climb", "dance"})
FAST_KINDS = frozenset({"run", "chase"})
OWN_GESTURES = frozenset({"eat", "drink"})  # what an animal's body plays itself (its head and jaw)
HANDLESS = frozenset({"point", "wave"})  # arm gestures an animal has no arm for: it just looks on
REST_KINDS = frozenset({"lie", "sleep"})
_EPS = 1e-9


@dataclass(frozen=True)
class Leg:
    bone: str
    shin: str
    hip: np.ndarray  # the leg joint (asset space, bind pose)
    knee: np.ndarray
    thigh: float
    shank: float  # knee to the sole (the sole is on y = 0 in the bind pose)
    key: str  # fl, fr, bl, br (quadrupeds) or l, r (two legs)
    joint_back: bool  # the middle joint points backward (a hind hock, a bird's ankle)


@dataclass(frozen=True)
class CreatureRig:
    """What the gaits need to know of an animal's skeleton."""

    asset_type: str
    plan: str  # quadruped, bird, biped, fish, snake
    pivots: dict[str, tuple[float, float, float]] = field(compare=False)
    legs: tuple[Leg, ...] = field(compare=False)
    wings: bool
    size: float  # leg length (walkers) or body length (swimmers, the snake), metres

    def has(self, bone: str) -> bool:
        return bone in self.pivots


@cache
def creature_rig(asset_type: str) -> CreatureRig | None:
    """The creature measurements of ``asset_type``, or None when it is not an animal (a person, a prop)."""
    from autark.assets import rig

    try:
        bones = rig.skeleton(asset_type)
    except KeyError:
        return None
    piv = {b.name: tuple(float(c) for c in b.pivot) for b in bones}
    wings = "wing_l" in piv
    if "seg_1" in piv:
        plan, keys = "snake", ()
    elif "fin_l" in piv:
        plan, keys = "fish", ()
    elif "leg_fl" in piv:
        plan, keys = "quadruped", ("fl", "fr", "bl", "br")
    elif "leg_l" in piv and "shin_l" in piv:
        plan, keys = ("bird" if wings else "biped"), ("l", "r")
    elif wings:
        plan, keys = "insect", ()
    else:
        return None
    legs = []
    for k in keys:
        hip, knee = np.array(piv[f"leg_{k}"]), np.array(piv[f"shin_{k}"])
        back = plan == "bird" or (plan == "quadruped" and k.startswith("b"))
        legs.append(Leg(f"leg_{k}", f"shin_{k}", hip, knee, float(np.linalg.norm(hip - knee)), float(knee[1]), k,
                        back))
    if legs:
        size = max(float(leg.hip[1]) for leg in legs)
    else:
        zs = [p[2] for p in piv.values()]
        size = max(max(zs) - min(zs), 0.05) * (1.6 if plan == "fish" else 1.3)
    return CreatureRig(asset_type, plan, piv, tuple(legs), wings, size)  # type: ignore[arg-type]


def is_creature(rig: RigInfo | None) -> bool:
    return rig is not None and creature_rig(rig.asset_type) is not None


# -- gaits ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Gait:
    """One way of moving the legs: each leg's phase offset in the cycle, the share of the cycle a foot is on
    the ground, the distance one cycle covers (in leg lengths), how high a swinging foot lifts (leg lengths)."""

    name: str
    offsets: dict[str, float]
    duty: float
    cycle: float
    lift: float
    bob: float  # body drop (leg lengths) at each footfall


GAITS: dict[str, Gait] = {
    "walk": Gait("walk", {"bl": 0.0, "fl": 0.25, "br": 0.5, "fr": 0.75, "l": 0.0, "r": 0.5}, 0.65, 1.3, 0.12, 0.02),
    "trot": Gait("trot", {"fl": 0.0, "br": 0.0, "fr": 0.5, "bl": 0.5, "l": 0.0, "r": 0.5}, 0.45, 2.0, 0.18, 0.04),
    "gallop": Gait("gallop", {"bl": 0.0, "br": 0.1, "fl": 0.5, "fr": 0.6, "l": 0.0, "r": 0.5}, 0.35, 2.8, 0.25,
                   0.05),
    "bound": Gait("bound", {"bl": 0.0, "br": 0.0, "fl": 0.2, "fr": 0.2, "l": 0.0, "r": 0.0}, 0.4, 2.4, 0.2, 0.0),
}


def gait_for(rig: CreatureRig, speed_m_s: float, kind: str) -> Gait:
    """The gait a body of this size uses at this speed (a Froude-like number: speed over sqrt(g * leg))."""
    if rig.asset_type in HOPPERS or rig.asset_type in HOPPING_BIRDS:
        return GAITS["bound"]
    froude = speed_m_s / math.sqrt(9.81 * max(rig.size, 0.01))
    if rig.plan in ("biped", "bird"):
        return GAITS["trot"] if kind in FAST_KINDS or froude > 0.7 else GAITS["walk"]
    if froude > 1.2:
        return GAITS["gallop"]
    if froude > 0.55 or kind in FAST_KINDS:
        return GAITS["trot"]
    return GAITS["walk"]


def _leg_ik(leg: Leg, hip: np.ndarray, target: np.ndarray) -> tuple[float, float]:
    """(leg angle, knee angle) in degrees about X that put the sole on ``target`` (y, z in the body frame);
    angles are measured from straight down, positive swinging backward (the rig's +X)."""
    vy, vz = float(target[0] - hip[0]), float(target[1] - hip[1])
    a, b = leg.thigh, leg.shank
    c = min(max(math.hypot(vy, vz), abs(a - b) + 1e-4), (a + b) * 0.999)
    phi = math.atan2(-vz, -vy)
    alpha = math.acos(max(-1.0, min(1.0, (a * a + c * c - b * b) / (2 * a * c))))
    beta = math.acos(max(-1.0, min(1.0, (b * b + c * c - a * a) / (2 * b * c))))
    if leg.joint_back:  # the joint juts backward: the upper leg leans back, the lower one forward
        upper, lower = phi + alpha, phi - beta
    else:
        upper, lower = phi - alpha, phi + beta
    return math.degrees(upper), math.degrees(lower - upper)


def _legs_pose(rig: CreatureRig, gait: Gait, phase: float, w: float, pitch: float, drop: float
               ) -> tuple[dict, float]:
    """Leg angles for the cycle ``phase`` (0..1), ``w`` the share of the full stride (0 standing still), and
    how much further the trunk must come down so that every planted foot is still reached: a pitched trunk
    lifts one end's hips, and a foot far ahead or behind needs the hip lower (the body dips as the legs
    spread, as a walker's does between steps)."""
    root = np.array(rig.pivots["root"])
    pr = math.radians(pitch)
    plan = []
    for leg in rig.legs:
        p = (phase + gait.offsets.get(leg.key, 0.0)) % 1.0
        reach = leg.thigh + leg.shank
        # every foot's stride is the body's (rig.size sets the phase): a planted foot moves back exactly as
        # far as the body moves on, whatever the length of its own leg
        half = gait.duty * gait.cycle * rig.size / 2 * w
        if p < gait.duty:  # on the ground, sliding back under the body as it moves on
            dz, dy = half - 2 * half * p / gait.duty, 0.0
        else:
            s = (p - gait.duty) / (1 - gait.duty)
            dz, dy = -half + 2 * half * smoothstep(s), gait.lift * reach * math.sin(math.pi * s) * w
        # the hip under the pitched trunk (pitch about X through the root: +X lowers the front)
        rel = leg.hip - root
        hy = root[1] + rel[1] * math.cos(pr) - rel[2] * math.sin(pr) + drop
        hz = root[2] + rel[1] * math.sin(pr) + rel[2] * math.cos(pr)
        plan.append((leg, hy, hz, dy, float(leg.hip[2]) + dz))
    extra = 0.0
    for leg, hy, hz, dy, tz in plan:
        if dy == 0.0:  # planted: the hip may be no higher than the leg, a touch bent, reaches from the foot
            usable = 0.985 * (leg.thigh + leg.shank)
            extra = min(extra, math.sqrt(max(usable * usable - (tz - hz) ** 2, 0.0)) - hy)
    pose = {}
    for leg, hy, hz, dy, tz in plan:
        upper, knee = _leg_ik(leg, np.array([hy + extra, hz]), np.array([dy, tz]))
        pose[leg.bone] = np.array([upper - pitch, 0.0, 0.0])
        pose[leg.shin] = np.array([knee, 0.0, 0.0])
    return pose, extra


# -- what the body is doing at t -----------------------------------------------------------------------------
@dataclass
class Doing:
    kind: str  # idle, travel, fly, swim, rest
    weight: float  # 0..1: how much of it shows (ramps in and out)
    distance: float  # metres travelled in this movement (the gait's phase)
    speed: float  # m/s
    airborne: bool = False
    lift: float = 0.0  # extra height of a flight (m)
    action: str = "idle"


def _ramp(t: float, a: Action, ramp: float = 0.35) -> float:
    r = min(ramp, (a.end_s - a.start_s) / 2)
    return smoothstep(min((t - a.start_s) / max(r, _EPS), (a.end_s - t) / max(r, _EPS), 1.0))


def _doing(rig: CreatureRig, obj: SceneObject, segments: list[Segment], body: BodyState, t: float,
           transform_at: Callable[[SceneObject, float], Transform]) -> Doing:
    seg = next((s for s in segments if s.action.start_s <= t < s.action.end_s), None)
    if seg is not None and seg.action.kind in TRAVEL_KINDS and seg.dest is not None:
        a = seg.action
        p0, p1 = np.array(seg.start.position), np.array(seg.dest)
        total = float(np.hypot(p1[0] - p0[0], p1[2] - p0[2]))
        dist = float(np.hypot(body.position[0] - p0[0], body.position[2] - p0[2]))
        speed = total / max(a.end_s - a.start_s, _EPS)
        w = _ramp(t, a)
        if a.kind == "fly" and rig.wings:
            u = (t - a.start_s) / max(a.end_s - a.start_s, _EPS)
            level = abs(p1[1] - p0[1]) < 0.1  # a flight along the ground rises and comes down again
            top = min(max(1.2 * _height(rig), 0.8), 3.0) if level else 0.0
            lift = top * smoothstep(min(u / 0.3, 1.0)) * smoothstep(min((1 - u) / 0.3, 1.0))
            return Doing("fly", w, dist, speed, True, lift, a.kind)
        kind = "swim" if rig.plan in ("fish", "snake") and a.kind != "walk" else "travel"
        return Doing(kind, w if total > 0.02 else 0.0, dist, speed, action=a.kind)
    if seg is not None and seg.action.kind == "turn" and rig.legs:
        # turning on the spot: the feet step round as the body turns (the phase follows the turn)
        turned = abs(angle_delta(seg.start.heading, body.heading))
        return Doing("travel", _ramp(t, seg.action), math.radians(turned) * rig.size * 0.6, 0.5, action="walk")
    if seg is not None and seg.action.kind in REST_KINDS:
        return Doing("rest", _ramp(t, seg.action, 0.6), 0.0, 0.0, action=seg.action.kind)
    if seg is not None and seg.action.kind in ("jump", "land") and not (rig.wings and body.position[1] > 0.3):
        # the clip lifts the body; the legs tuck while it is off the ground
        up = float(body.lift[1]) + float(body.position[1]) - float(seg.start.position[1])
        return Doing("jump", min(max(up / (0.3 * max(rig.size, 0.05)), 0.0), 1.0), 0.0, 0.0, action="jump")
    # moved by keyframes rather than an action: read the speed off the track
    h = 0.05
    here = np.array(transform_at(obj, max(t - h, 0.0)).position)
    there = np.array(transform_at(obj, t + h).position)
    v = (there - here) / (2 * h)
    speed = float(np.hypot(v[0], v[2]))
    airborne = rig.wings and (float(body.position[1]) > 0.3 or abs(float(v[1])) > 0.2)
    if airborne:
        return Doing("fly", 1.0, t * max(speed, 0.5), max(speed, 0.5), True)
    if speed > 0.05:
        return Doing("travel", min(speed / 0.3, 1.0), t * speed, speed, action="walk")
    return Doing("idle", 0.0, 0.0, 0.0)


def _height(rig: CreatureRig) -> float:
    return rig.size if rig.legs else rig.size * 0.3


# -- poses per body plan -------------------------------------------------------------------------------------
def _idle_pose(rig: CreatureRig, t: float, ph: float) -> dict:
    """Breathing, a look about, a tail that never quite stops."""
    breath = math.sin(2 * math.pi * 0.3 * t + ph)
    look = 12.0 * math.sin(2 * math.pi * 0.09 * t + 2 * ph) + 5.0 * math.sin(2 * math.pi * 0.31 * t + ph) ** 3
    pose = {"root": np.array([0.8 * breath, 0.0, 0.0]),
            "neck": np.array([3.0 * math.sin(2 * math.pi * 0.13 * t + 3 * ph), look, 0.0]),
            "head": np.array([2.0 * breath, 0.3 * look, 0.0]),
            "tail_1": np.array([0.0, 14.0 * math.sin(2 * math.pi * 0.45 * t + ph), 0.0]),
            "tail_2": np.array([0.0, 12.0 * math.sin(2 * math.pi * 0.45 * t + ph - 0.9), 0.0]),
            "tail_3": np.array([0.0, 10.0 * math.sin(2 * math.pi * 0.45 * t + ph - 1.8), 0.0])}
    if rig.plan == "bird":  # a bird turns its head in quick little jerks, and pecks now and then
        jerk = math.floor(t * 1.3 + ph)
        pose["neck"] = np.array([0.0, 35.0 * math.sin(jerk * 2.1), 0.0])
        peck = max(0.0, math.sin(2 * math.pi * 0.2 * t + ph)) ** 8
        pose["root"] = np.array([25.0 * peck, 0.0, 0.0])
        pose["neck"] = pose["neck"] + np.array([45.0 * peck, 0.0, 0.0])
        pose["tail_1"] = np.array([-8.0 * max(0.0, math.sin(2 * math.pi * 0.7 * t)), 0.0, 0.0])
    if rig.plan == "biped":
        pose["chest"] = np.array([-1.5 * breath, 0.5 * look, 0.0])
    if rig.wings and rig.plan == "quadruped":  # a resting dragon stirs its wings
        pose["wing_l"] = np.array([0.0, 0.0, 3.0 * breath])
        pose["wing_r"] = np.array([0.0, 0.0, -3.0 * breath])
    return pose


def _bird_wings(rig: CreatureRig, t: float, flap_hz: float, amp: float, open_: float) -> dict:
    """Wings unfolded by ``open_`` (0 folded, 1 spread sideways) and beating ``amp`` degrees."""
    pose = {}
    beat = math.sin(2 * math.pi * flap_hz * t)
    for side, sx in (("l", 1.0), ("r", -1.0)):
        # the bind pose folds the wing back along the body, its blade tilted 35 degrees down the side: turn
        # the tilt out, swing the wing out sideways, then beat it up and down
        r = (rotation_matrix((0.0, 0.0, sx * (amp * beat + 10.0 * open_)))
             @ rotation_matrix((0.0, -sx * 90.0 * open_, 0.0))
             @ rotation_matrix((0.0, 0.0, sx * 35.0 * open_)))
        pose[f"wing_{side}"] = euler_of(r)
    return pose


def _dragon_wings(t: float, flap_hz: float, amp: float, open_: float) -> dict:
    from autark.assets.catalog.animals_more import DRAGON_WING_UP

    beat = math.sin(2 * math.pi * flap_hz * t)
    # from raised over the back down to the beat's middle, a little above level
    a = (-DRAGON_WING_UP + 15.0 + amp * beat) * open_
    return {"wing_l": np.array([0.0, 0.0, a]), "wing_r": np.array([0.0, 0.0, -a])}


def _walker_pose(rig: CreatureRig, do: Doing, t: float, ph: float) -> tuple[dict, float]:
    """Quadrupeds, bipeds and birds on the ground and in the air; returns (pose, body lift)."""
    pose = _idle_pose(rig, t, ph)
    lift = 0.0
    if rig.legs:  # standing: the feet stay planted while the trunk breathes over them
        legs, lift = _legs_pose(rig, GAITS["walk"], 0.0, 0.0, float(pose["root"][0]), 0.0)
        pose.update(legs)
    if do.kind in ("travel", "swim") and do.weight > 0:
        gait = gait_for(rig, do.speed, do.action)
        reach = rig.size
        phase = do.distance / (gait.cycle * reach) % 1.0
        w = do.weight
        beat = 2 * math.pi * phase
        pitch = 0.0
        drop = -gait.bob * reach * (1 - math.cos(2 * beat)) / 2 * w
        if gait.name == "gallop":
            pitch = 4.0 * math.sin(beat) * w
            drop = 0.05 * reach * math.sin(beat) * w
        hop = 0.0
        if gait.name == "bound":  # push off with both hinds, fly, land on the fores
            hop = 0.3 * reach * max(0.0, math.sin(beat - 0.6)) * w
            pitch = -8.0 * math.cos(beat) * w
            drop = 0.0
        legs, extra = _legs_pose(rig, gait, phase, w, pitch, drop)
        pose.update(legs)
        lift = drop + extra + hop
        pose["root"] = np.array([pitch, 0.0, 0.0])
        nod = {"walk": 6.0, "trot": 4.0, "gallop": 10.0, "bound": 5.0}[gait.name]
        pose["neck"] = pose["neck"] * (1 - w) + np.array([nod * math.sin(2 * beat) - pitch, 0.0, 0.0]) * w
        sway = 15.0 if rig.plan != "biped" else 8.0
        for k, lag in (("tail_1", 0.0), ("tail_2", 0.8), ("tail_3", 1.6)):
            pose[k] = pose[k] * (1 - w) + np.array([-pitch * 0.5, sway * math.sin(beat - lag), 0.0]) * w
        if rig.plan == "biped":
            pose["chest"] = np.array([0.0, -4.0 * math.sin(beat) * w, 0.0])
            for side, sx in (("l", 1.0), ("r", -1.0)):
                pose[f"arm_{side}"] = np.array([10.0 * sx * math.sin(beat) * w, 0.0, 0.0])
        if rig.asset_type in WADDLERS:
            pose["root"] = pose["root"] + np.array([0.0, 0.0, 8.0 * math.sin(beat) * w])
    if do.kind == "fly" and rig.wings:
        w = do.weight if do.action == "fly" else 1.0
        lift += do.lift
        span = rig.size * (6.0 if rig.plan == "quadruped" else 3.0)
        hz = min(max(2.2 / math.sqrt(span), 0.6), 5.0)
        if rig.plan == "quadruped":
            pose.update(_dragon_wings(t, hz, 40.0, w))
            for leg in rig.legs:  # legs tucked back under the trunk
                pose[leg.bone] = np.array([55.0 * w, 0.0, 0.0])
                pose[leg.shin] = np.array([(-50.0 if leg.joint_back else 60.0) * w, 0.0, 0.0])
            pose["neck"] = np.array([25.0 * w, 0.0, 0.0])
            pose["root"] = np.array([-4.0 * math.sin(2 * math.pi * hz * t) * w, 0.0, 0.0])
        else:
            pose.update(_bird_wings(rig, t, hz, 50.0, w))
            for leg in rig.legs:
                pose[leg.bone] = np.array([60.0 * w, 0.0, 0.0])
                pose[leg.shin] = np.array([-70.0 * w, 0.0, 0.0])
            pose["root"] = np.array([-5.0 * w, 0.0, 0.0])
            pose["tail_1"] = np.array([-5.0 * w, 0.0, 0.0])
        # the body rises on each downstroke
        lift += 0.03 * rig.size * math.sin(2 * math.pi * hz * t - 1.0) * w
    if do.kind == "jump":
        w = do.weight
        for leg in rig.legs:  # fores reach forward and fold at the knee, hinds fold under the rump
            pose[leg.bone] = np.array([(30.0 if leg.joint_back else -45.0) * w, 0.0, 0.0])
            pose[leg.shin] = np.array([(-80.0 if leg.joint_back else 100.0) * w, 0.0, 0.0])
        pose["tail_1"] = pose["tail_1"] + np.array([-20.0 * w, 0.0, 0.0])
    if do.kind == "rest":
        w = do.weight
        lift -= 0.72 * rig.size * w if rig.legs else 0.0
        for leg in rig.legs:  # folded under the body: upper legs forward, lower legs tucked back
            front = not leg.joint_back
            pose[leg.bone] = np.array([(-70.0 if front else -60.0) * w, 0.0, 0.0])
            pose[leg.shin] = np.array([(130.0 if front else 120.0) * w, 0.0, 0.0])
        sleep = do.action == "sleep"
        pose["neck"] = pose["neck"] * (1 - w) + np.array([35.0 if sleep else 10.0, 0.0, 0.0]) * w
        pose["head"] = pose["head"] * (1 - w) + np.array([20.0 if sleep else 0.0, 0.0, 0.0]) * w
    return pose, lift


def _swimmer_pose(rig: CreatureRig, do: Doing, t: float, ph: float) -> dict:
    """A wave down the body: from the root to the tail fin (fish) or down the segments (snake)."""
    moving = do.weight if do.kind in ("travel", "swim") else 0.0
    length = rig.size
    # the body's wave runs back a little faster than the body moves forward
    wave = do.distance / (0.7 * length) + 0.3 * t if moving > 0 else 0.5 * t
    beat = 2 * math.pi * wave + ph
    amp = 6.0 + 14.0 * moving
    pose: dict = {}
    if rig.plan == "fish":
        axis = 0 if rig.asset_type in VERTICAL_SWIMMERS else 1
        for bone, k, gain in (("root", -0.6, 0.35), ("tail_1", 0.0, 1.0), ("tail_2", 1.1, 1.6)):
            v = np.zeros(3)
            v[axis] = amp * gain * math.sin(beat - k)
            pose[bone] = v
        flutter = 12.0 * math.sin(2 * math.pi * 1.3 * t + ph)
        pose["fin_l"] = np.array([0.0, 0.0, flutter])
        pose["fin_r"] = np.array([0.0, 0.0, -flutter])
        pose["jaw"] = np.array([6.0 * max(0.0, math.sin(2 * math.pi * 0.8 * t)), 0.0, 0.0])
    else:  # the snake: each segment bends against the one before, the wave travelling tailward
        amp_s = 8.0 + 22.0 * moving
        for k in range(1, 7):
            pose[f"seg_{k}"] = np.array([0.0, amp_s * math.sin(beat - 1.1 * k), 0.0])
        pose["head"] = np.array([-22.0, -0.5 * amp_s * math.sin(beat), 0.0])  # head held up, looking about
        flick = max(0.0, math.sin(2 * math.pi * 0.6 * t + ph)) ** 6
        pose["jaw"] = np.array([10.0 * flick, 0.0, 0.0])
    return pose


def _insect_pose(do: Doing, t: float, ph: float) -> dict:
    """A butterfly beats its wings about its body's long axis in flight, and fans them slowly at rest."""
    if do.kind == "fly" or do.airborne:
        a = 10.0 + 55.0 * math.sin(2 * math.pi * 4.0 * t + ph)
    else:
        a = 35.0 + 30.0 * math.sin(2 * math.pi * 0.4 * t + ph)
    return {"wing_l": np.array([0.0, 0.0, a]), "wing_r": np.array([0.0, 0.0, -a])}


def _feeding(rig: CreatureRig, gestures: list[Action], t: float, pose: dict) -> dict:
    """eat / drink: head down to the food, the jaw working (a bird pecks)."""
    for g in gestures:
        w = envelope_weight(g, t, 0.4)
        if w <= 0:
            continue
        local = t - g.start_s
        chew = 0.5 + 0.5 * math.sin(2 * math.pi * (1.6 if g.kind == "eat" else 2.5) * local)
        neck_up = 0.0
        if rig.has("neck") and rig.has("head"):
            n, h = np.array(rig.pivots["neck"]), np.array(rig.pivots["head"])
            neck_up = math.degrees(math.atan2(h[1] - n[1], max(h[2] - n[2], 0.01)))
        # the neck comes down to about level and the nose dips to the food: low enough to reach a thing on
        # the ground in front, not so low that the head folds under the chest
        target = {"neck": np.array([max(neck_up * 0.8 + 10.0, 30.0), 0.0, 0.0]), "head": np.array([25.0, 0.0, 0.0]),
                  "jaw": np.array([(28.0 if rig.plan != "bird" else 18.0) * chew, 0.0, 0.0])}
        if rig.plan == "bird":  # a bird pecks: the whole body tips forward with each bite
            target["root"] = np.array([15.0 * chew, 0.0, 0.0])
            target["neck"] = np.array([25.0 * chew, 0.0, 0.0])
        if rig.plan in ("fish", "snake"):
            target = {"jaw": target["jaw"]}
        for bone, v in target.items():
            if rig.has(bone):
                cur = pose.get(bone, np.zeros(3))
                pose[bone] = cur + (v - cur) * w
    return pose


def animate(obj: SceneObject, rig: RigInfo, segments: list[Segment], body: BodyState, t: float,
            gestures: list[Action], transform_at: Callable[[SceneObject, float], Transform]
            ) -> tuple[BodyState, list[Action]]:
    """The animal's body at t: ``body`` (where the movement clips put it) with the pose of its own gait, and
    the gestures left for the generic gesture layer (those an animal plays itself are taken out)."""
    crig = creature_rig(rig.asset_type)
    if crig is None:
        return body, gestures

    ph = phase_of(obj.id)
    do = _doing(crig, obj, segments, body, t, transform_at)
    lift = 0.0
    if crig.plan in ("fish", "snake"):
        pose = _swimmer_pose(crig, do, t, ph)
    elif crig.plan == "insect":
        pose = _insect_pose(do, t, ph)
    else:
        pose, lift = _walker_pose(crig, do, t, ph)
    pose = _feeding(crig, [g for g in gestures if g.kind in OWN_GESTURES], t, pose)
    out = BodyState(body.position, body.heading, body.lift + np.array([0.0, lift, 0.0]),
                    {k: np.asarray(v, float) for k, v in pose.items() if k in crig.pivots}, None)
    return out, [g for g in gestures if g.kind not in OWN_GESTURES | HANDLESS]


def foot_heights(asset_type: str, pose: dict, lift: float = 0.0) -> dict[str, float]:
    """The height of each sole (asset space) under ``pose``: what the tests and the gait's own checks read."""
    from autark.assets import rig

    crig = creature_rig(asset_type)
    out: dict[str, float] = {}
    for leg in crig.legs if crig is not None else ():
        sole = (float(leg.hip[0]), 0.0, float(leg.hip[2]))
        out[leg.key] = float(rig.bone_world_position(asset_type, pose, leg.shin, sole)[1]) + lift
    return out

