"""Gestures: wave, point and talk, layered over whatever the body is doing.

A gesture gives target angles for the bones it drives; ``autark.motion.animate`` blends them in and out over
the clip's ramp (``envelope_weight``). Each takes (rig, action, t, body, world, objects), where ``world`` is
the object's (position, rotation matrix, scale) at t.
"""

from __future__ import annotations

import math

import numpy as np

from autark.assets import rig as rigmod
from autark.motion.chain import object_center
from autark.motion.kinematics import BLEND_S, BodyState, RigInfo, Vec, euler_of, rotation_between
from autark.scene.easing import smoothstep
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject
from autark.scene.timeline import Action

__all__ = ["World", "envelope_weight", "wave", "talk", "point", "argue", "cry", "laugh", "clap", "bow", "blow", "nod",
           "shake_head", "sing", "look", "think", "embrace", "knock", "knock_times"]

World = tuple[Vec, Vec, Vec]  # position, rotation matrix, scale of the object at t
# a knock: raps of three, a fifth of a second apart, the first half a second in (the hand is up by then), a
# group every 1.6 s while it lasts; ``autark.audio.foley_cues`` hears each rap at these times
KNOCK_FIRST_S, KNOCK_RAP_S, KNOCK_RAPS, KNOCK_GROUP_S = 0.5, 0.2, 3, 1.6


def envelope_weight(a: Action, t: float, ramp: float = BLEND_S) -> float:
    if t < a.start_s or t > a.end_s:
        return 0.0
    r = min(ramp, (a.end_s - a.start_s) / 2)
    if r <= 0:
        return 1.0
    return smoothstep(min((t - a.start_s) / r, (a.end_s - t) / r, 1.0))


def _mouth_open(a: Action, t: float) -> float:
    """How far the mouth is open at t: from the action's per-frame envelope when the voice gave one, else a
    syllable-like default (about four syllables a second, in phrases)."""
    local = t - a.start_s
    env = a.mouth_open
    if env:
        fps = a.mouth_fps
        x = local * fps
        i = int(math.floor(x))
        if i < 0:
            return float(env[0])
        if i >= len(env) - 1:
            return float(env[-1])
        f = x - i
        return float(env[i]) * (1 - f) + float(env[i + 1]) * f
    syllable = max(0.0, math.sin(2 * math.pi * 4.1 * local)) ** 0.7
    phrase = 0.55 + 0.45 * math.sin(2 * math.pi * 0.37 * local + 1.0)
    return syllable * phrase


def wave(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right arm raised, the forearm and hand wagging."""
    wag = math.sin(2 * math.pi * 1.6 * (t - a.start_s))
    return {"upper_arm_r": np.array([-12.0, 0.0, -128.0]), "lower_arm_r": np.array([0.0, 0.0, -32.0 + 26.0 * wag]),
            "hand_r": np.array([0.0, 0.0, 8.0 * wag])}


def knock_times(a: Action) -> list[float]:
    """The moments the knuckles meet the door (or the hand presses the bell) in the knock ``a``."""
    out: list[float] = []
    group = a.start_s + KNOCK_FIRST_S
    while group + (KNOCK_RAPS - 1) * KNOCK_RAP_S < a.end_s - 0.2:
        out += [group + k * KNOCK_RAP_S for k in range(KNOCK_RAPS)]
        group += KNOCK_GROUP_S
    return out


def knock(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand up at the face's height in front, a loose fist that darts forward to each rap
    (:func:`knock_times`) and back; the head turned a little toward the door, listening."""
    from autark.motion import reach

    k = reach.size_of(rig)
    hit = max((math.exp(-(((t - r) / 0.045) ** 2)) for r in knock_times(a)), default=0.0)
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root", "spine")}
    fist = reach.chest_point(rig, pose, forward=0.38 * k + 0.1 * k * hit, up=0.28 * k) - np.array([0.12 * k, 0, 0])
    return _with_hands(rig, body, {"neck": np.array([4.0, 0.0, -6.0])}, None, fist, elbow_out=0.7)


def talk(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The jaw follows the mouth envelope; the head nods a little with it."""
    local = t - a.start_s
    m = _mouth_open(a, t)
    nod = math.sin(2 * math.pi * 0.9 * local)
    return {"jaw": np.array([20.0 * m, 0.0, 0.0]), "neck": body.pose.get("neck", np.zeros(3))
            + np.array([3.0 * nod * (0.4 + 0.6 * m), 2.0 * math.sin(2 * math.pi * 0.3 * local), 0.0])}


def point(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Aim the right arm (straight) at the target, and turn the head toward it."""
    pos, rot, scale = world
    if a.target is not None:
        target = np.array(a.target, float)
    elif a.target_object is not None:
        target = object_center(objects, a.target_object, "point at it")
    else:
        target = pos + rot @ np.array([0.0, 1.4, 3.0])
    pose = {k: tuple(v) for k, v in body.pose.items() if k in ("root", "spine")}
    mats = rigmod.bone_matrices(rig.asset_type, pose)
    spine = mats["spine"]
    shoulder_obj = spine[:3, :3] @ np.array(rig.pivots["upper_arm_r"]) + spine[:3, 3]
    target_obj = rot.T @ (target - pos) / scale
    aim = spine[:3, :3].T @ (target_obj - shoulder_obj)
    rest = np.array(rig.pivots["lower_arm_r"]) - np.array(rig.pivots["upper_arm_r"])
    out = {"upper_arm_r": euler_of(rotation_between(rest, aim)), "lower_arm_r": np.zeros(3),
           "hand_r": np.zeros(3)}
    if "neck" in rig.bones:
        look = target_obj - np.array(rig.pivots["neck"])
        yaw = math.degrees(math.atan2(look[0], look[2]))
        out["neck"] = np.array([0.0, max(-60.0, min(60.0, yaw)), 0.0])
    return out


# -- feelings and answers ------------------------------------------------------------------------------------
# brows (on the person rigs that have them): +Z on the left brow lifts its outer end, so the inner end drops
_ANGRY_BROWS = {"brow_l": np.array([0.0, 0.0, 14.0]), "brow_r": np.array([0.0, 0.0, -14.0])}
_SAD_BROWS = {"brow_l": np.array([0.0, 0.0, -16.0]), "brow_r": np.array([0.0, 0.0, 16.0])}


def _with_hands(rig: RigInfo, body: BodyState, extra: dict[str, Vec], left: Vec | None, right: Vec | None,
                elbow_out: float = 0.5) -> dict[str, Vec]:
    from autark.motion import reach

    pose = {k: v for k, v in body.pose.items() if k in ("root", "spine", "neck")}
    pose.update(extra)
    pose = reach.arms_to(rig, pose, left, right, elbow_out)
    return {k: v for k, v in pose.items() if k in rig.bones and k != "root"}


def argue(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Leaning in, brows down, the right fist shaking at the other, the left hand thrown out, the jaw going."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    shake = math.sin(2 * math.pi * 3.0 * local)
    beat = max(0.0, math.sin(2 * math.pi * 0.7 * local))
    extra = {"spine": np.array([14.0 + 4.0 * beat, 0.0, 0.0]), "neck": np.array([-12.0, 0.0, 4.0 * shake]),
             "jaw": np.array([16.0 * _mouth_open(a, t), 0.0, 0.0]), **_ANGRY_BROWS}
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root", "spine")} | extra
    fist = reach.chest_point(rig, pose, forward=0.45 * k, up=0.2 * k + 0.04 * k * shake) - np.array([0.1 * k, 0, 0])
    out = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.15 * k * beat) + np.array([0.38 * k, 0.0, 0.0])
    return _with_hands(rig, body, extra, out, fist)


def cry(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
        objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Head down, both hands over the face, the shoulders heaving with sobs."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    sob = max(0.0, math.sin(2 * math.pi * 1.4 * local)) ** 2
    extra = {"spine": np.array([16.0 + 4.0 * sob, 0.0, 0.0]), "neck": np.array([30.0, 0.0, 0.0]), **_SAD_BROWS}
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root",)} | extra
    face = reach.mouth_point(rig, pose)
    eyes = face + np.array([0.0, 0.05 * k + 0.01 * k * sob, 0.07 * k])
    return _with_hands(rig, body, extra, eyes + np.array([0.05 * k, 0, 0]), eyes - np.array([0.05 * k, 0, 0]),
                       elbow_out=0.2)


def laugh(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Head thrown back, mouth wide, the shoulders shaking; a hand on the belly."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    shake = math.sin(2 * math.pi * 4.5 * local)
    extra = {"spine": np.array([-16.0 + 3.0 * shake, 0.0, 0.0]), "neck": np.array([-32.0 + 4.0 * shake, 0.0, 0.0]),
             "jaw": np.array([22.0 + 6.0 * shake, 0.0, 0.0]),
             "brow_l": np.array([0.0, 0.0, -8.0]), "brow_r": np.array([0.0, 0.0, 8.0])}
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root",)} | extra
    belly = reach.chest_point(rig, pose, forward=0.2 * k, up=-0.32 * k + 0.02 * k * shake)
    return _with_hands(rig, body, extra, belly + np.array([0.1 * k, 0, 0]), belly - np.array([0.1 * k, 0, 0]),
                       elbow_out=0.9)


def clap(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Hands meeting in front of the chest three times a second."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    gap = 0.03 * k + 0.1 * k * abs(math.sin(math.pi * 3.0 * local))
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root", "spine")}
    mid = reach.chest_point(rig, pose, forward=0.3 * k, up=-0.02 * k)
    return _with_hands(rig, body, {"jaw": np.array([6.0, 0.0, 0.0])}, mid + np.array([gap, 0, 0]),
                       mid - np.array([gap, 0, 0]), elbow_out=0.8)


def bow(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
        objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """A deep bow from the hips, the head following, the arms hanging by the sides; held, then up."""
    u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
    d = smoothstep(min(u / 0.3, 1.0)) * (1.0 - smoothstep(min(max((u - 0.75) / 0.25, 0.0), 1.0)))
    return {"spine": np.array([50.0 * d, 0.0, 0.0]), "neck": np.array([15.0 * d, 0.0, 0.0]),
            "upper_arm_l": np.array([-40.0 * d, 0.0, 3.0]), "upper_arm_r": np.array([-40.0 * d, 0.0, -3.0]),
            "lower_arm_l": np.array([-5.0, 0.0, 0.0]), "lower_arm_r": np.array([-5.0, 0.0, 0.0])}


BLOW_PUFF = 0.6  # the share of a blow at which the breath goes out (``autark.jobs.effects`` puffs then)


def blow(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Blowing out a flame: bent from the hips until the face is just above and before the flame (its target),
    the head up toward it, the hands back on the thighs; a short push of the head as the breath goes out,
    then upright again."""
    pos, rot, scale = world
    u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
    d = smoothstep(min(u / 0.35, 1.0)) * (1.0 - smoothstep(min(max((u - 0.82) / 0.18, 0.0), 1.0)))
    size = float(np.mean(np.asarray(scale, float)))
    hip = float(rig.pivots.get("spine", (0.0, rig.hip_y, 0.0))[1]) * size
    head = float(rig.pivots.get("head", (0.0, 1.5, 0.0))[1]) * size
    goal = None
    if a.target is not None:
        goal = np.array(a.target, float)
    elif a.target_object is not None and a.target_object in objects:
        goal = np.array(world_bbox(objects[a.target_object]).max, float)
    bend = 35.0
    if goal is not None:  # the face comes down to a hand's width over the flame's top
        r = max(head - hip, 1e-3)
        low = (float(goal[1]) + 0.18 - (pos[1] + hip)) / r
        bend = math.degrees(math.acos(min(max(low, math.cos(math.radians(70.0))), math.cos(math.radians(15.0)))))
    puff = math.exp(-((u - BLOW_PUFF) / 0.05) ** 2)  # the breath: a quick nod toward the flame
    return {"spine": np.array([bend * d, 0.0, 0.0]), "neck": np.array([(-0.45 * bend + 8.0 * puff) * d, 0.0, 0.0]),
            "upper_arm_l": np.array([15.0 * d, 0.0, 8.0]), "upper_arm_r": np.array([15.0 * d, 0.0, -8.0]),
            "lower_arm_l": np.array([-25.0 * d, 0.0, 0.0]), "lower_arm_r": np.array([-25.0 * d, 0.0, 0.0])}


def nod(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
        objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Yes: the head dips and comes up, twice a second."""
    local = t - a.start_s
    return {"neck": np.array([8.0 + 14.0 * math.sin(2 * math.pi * 2.0 * local), 0.0, 0.0])}


def shake_head(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
               objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """No: the head turns from side to side."""
    local = t - a.start_s
    return {"neck": np.array([4.0, 28.0 * math.sin(2 * math.pi * 1.6 * local), 0.0]), **_SAD_BROWS}


def sing(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Chin up, mouth open on long notes, one hand on the heart and the other out to the audience."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    note = 0.55 + 0.45 * math.sin(2 * math.pi * 0.6 * local)
    sway = math.sin(2 * math.pi * 0.4 * local)
    extra = {"spine": np.array([-5.0, 0.0, 3.0 * sway]), "neck": np.array([-14.0, 5.0 * sway, 0.0]),
             "jaw": np.array([22.0 * note, 0.0, 0.0]), "brow_l": np.array([0.0, 0.0, -6.0]),
             "brow_r": np.array([0.0, 0.0, 6.0])}
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root",)} | extra
    heart = reach.chest_point(rig, pose, forward=0.16 * k, up=0.02 * k) + np.array([0.08 * k, 0, 0])
    out = reach.chest_point(rig, pose, forward=0.4 * k, up=0.12 * k) - np.array([0.45 * k, 0, 0])
    return _with_hands(rig, body, extra, heart, out)


def look(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
         objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The head (and a little the upper body) turned to the target; without one, a look round to either
    side and back."""
    pos, rot, scale = world
    goal = None
    if a.target is not None:
        goal = np.array(a.target, float)
    elif a.target_object is not None and a.target_object in objects:
        goal = object_center(objects, a.target_object, "look at it")
    if goal is None:
        u = (t - a.start_s) / max(a.end_s - a.start_s, 1e-3)
        yaw = 55.0 * math.sin(2 * math.pi * u)
        pitch = 0.0
    else:
        v = rot.T @ (goal - pos) / scale - np.array(rig.pivots.get("head", (0.0, 1.5, 0.0)))
        yaw = max(-80.0, min(80.0, math.degrees(math.atan2(v[0], v[2]))))
        pitch = max(-35.0, min(35.0, -math.degrees(math.atan2(v[1], math.hypot(v[0], v[2])))))
    return {"neck": np.array([pitch, yaw * 0.7, 0.0]), "spine": body.pose.get("spine", np.zeros(3))
            + np.array([0.0, yaw * 0.3, 0.0])}


def think(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
          objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """The right hand to the chin, the left arm across the body holding the right elbow, the head tilted and
    the eyes up; a slow tap of the finger."""
    from autark.motion import reach

    local = t - a.start_s
    k = reach.size_of(rig)
    extra = {"neck": np.array([-10.0, 12.0, 8.0]), "brow_l": np.array([0.0, 0.0, -10.0]),
             "brow_r": np.array([0.0, 0.0, 4.0])}
    pose = {k2: v for k2, v in body.pose.items() if k2 in ("root", "spine")} | extra
    chin = reach.mouth_point(rig, pose) + np.array([0.0, -0.06 * k + 0.008 * k * math.sin(2 * math.pi * local),
                                                     0.04 * k])
    elbow = reach.chest_point(rig, pose, forward=0.22 * k, up=-0.22 * k) - np.array([0.12 * k, 0, 0])
    return _with_hands(rig, body, extra, elbow, chin, elbow_out=0.1)


def embrace(rig: RigInfo, a: Action, t: float, body: BodyState, world: World,
            objects: dict[str, SceneObject]) -> dict[str, Vec]:
    """Arms round the one who hugs this body (the answer to a hug, ``holding.implied_gestures``)."""
    from autark.motion import reach

    k = reach.size_of(rig)
    gap, chest, lean = 0.45, 1.26 * k, 0.0
    if a.target_object is not None and a.target_object in objects:
        from autark.scene.geometry import world_bbox

        pos, rot, scale = world
        box = world_bbox(objects[a.target_object])
        v = rot.T @ (np.array([box.center[0], box.min[1] + 0.72 * box.size[1], box.center[2]]) - pos) / scale
        gap = max(0.3, min(float(math.hypot(v[0], v[2])), 0.6))
        # round the other's chest: lower (and bending down) for a child, no higher than one's own shoulders
        chest = min(float(v[1]), 1.3 * k)
        lean = min(max((1.26 * k - chest) / (0.5 * k) * 30.0, 0.0), 40.0)
    extra = {"spine": body.pose.get("spine", np.zeros(3)) + np.array([lean, 0.0, 0.0]),
             "neck": np.array([8.0, -25.0, -10.0])}
    return _with_hands(rig, body, extra, np.array([0.1 * k, chest + 0.04 * k, gap + 0.08 * k]),
                       np.array([-0.1 * k, chest - 0.04 * k, gap + 0.08 * k]), elbow_out=1.0)
