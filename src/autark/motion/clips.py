"""Motion clips by action kind (a registry), and the movement layer they make.

How a body is animated at time t:

* Actions on an object are chained (``autark.motion.chain``): each movement (walk, run, turn, sit, drive, fly,
  idle) starts where the previous one left the object. Between movements the body idles (breathing, a slight
  sway).
* A movement clip produces a ``BodyState``: where the body is, which way it faces, how far the pelvis is
  lowered, the upper-body joint angles, and where each foot should be (``autark.motion.footsteps``). The pelvis
  height follows from the leg geometry (the hip can be no higher than the planted feet allow), which gives
  the natural bob.
* Clips blend over ``BLEND_S`` (0.2 s) into and out of idle, so nothing pops; gestures (wave, point, talk,
  ``autark.motion.gestures``) layer over whatever the body is doing.

``CLIPS`` maps an action kind to its ``Clip``; it refuses a second clip for a kind (plugins add theirs here).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from autark.motion import gestures
from autark.motion.body import idle_body, sit_body, travel_body, turn_body
from autark.motion.chain import (
    ChainState,
    End,
    Segment,
    sit_end,
    travel_end,
    turn_end,
)
from autark.motion.kinematics import (
    BLEND_S,
    BodyState,
    RigInfo,
    angle_delta,
    blend_bodies,
    heading_to,
    phase_of,
)
from autark.registry import Registry
from autark.scene.easing import smoothstep
from autark.scene.speeds import WALK_M_S
from autark.scene.timeline import Action

__all__ = ["Clip", "CLIPS", "MOVEMENT_KINDS", "GESTURE_KINDS", "STAND_UP_S", "phase_of", "base_state"]

STAND_UP_S = 0.8  # a seated body takes longer to get up than a standing one to start walking
MOVEMENT_KINDS = frozenset({"idle", "walk", "run", "turn", "sit", "drive", "fly", "swim", "jump", "chase", "climb",
                            "sneak", "fall", "lie", "sleep", "kneel", "land", "dance", "hide", "celebrate", "fight",
                            "hug", "kiss", "pick_up", "put_down", "kick", "push", "slide", "ride"})
GESTURE_KINDS = frozenset({"wave", "point", "talk", "eat", "drink", "cook", "serve", "give", "take", "throw", "catch",
                           "play", "read", "write", "argue", "cry", "laugh", "clap", "bow", "nod", "shake_head",
                           "sing", "look", "think", "embrace", "fish", "magic", "pour", "hammer", "carry",
                           "knock", "blow", "hold_up", "listen",
                           # the hands at work on a thing (motion.handwork.HANDWORK_GESTURES, run by jobs.hand_work)
                           "rub", "handle", "wrap", "chop", "pour_over", "hang_up"})


@dataclass(frozen=True)
class Clip:
    """How one action kind plays.

    A ``"movement"`` moves the whole body and chains: ``play(rig, segment, t, phase)`` gives its ``BodyState``
    and ``ends(action, start, objects, rig)`` where it leaves the body (None: where it started). A
    ``"gesture"`` layers bone angles over whatever the body does: ``play(rig, action, t, body, world,
    objects)`` gives target angles, blended in and out over ``ramp_s``.
    """

    kind: str
    layer: Literal["movement", "gesture"]
    play: Callable[..., Any]
    ends: Callable[..., End] | None = None
    ramp_s: float = BLEND_S


def _check_clip(kind: str, clip: Clip) -> None:
    from autark.errors import RegistryError

    if not isinstance(clip, Clip) or clip.kind != kind or clip.layer not in ("movement", "gesture"):
        raise RegistryError(f"action kind {kind!r}: register a Clip of that kind, a movement or a gesture")


def _builtin_clips(registry: Registry[Clip]) -> None:
    for clip in (
        Clip("idle", "movement", _idle_clip),
        Clip("walk", "movement", _travel_clip, travel_end),
        Clip("run", "movement", _travel_clip, travel_end),
        Clip("drive", "movement", _travel_clip, travel_end),
        Clip("fly", "movement", _travel_clip, travel_end),
        Clip("turn", "movement", _turn_clip, turn_end),
        Clip("sit", "movement", _sit_clip, sit_end),
        # raising an arm to wave or point takes longer than the generic hand-over
        Clip("wave", "gesture", gestures.wave, ramp_s=0.4),
        Clip("point", "gesture", gestures.point, ramp_s=0.35),
        Clip("talk", "gesture", gestures.talk),
    ):
        registry.add(clip.kind, clip)
    _act_clips(registry)


def _act_clips(registry: Registry[Clip]) -> None:
    """The acts beyond moving about (``acts``, ``approach``, ``handling``, ``gestures``); imported here, when
    the registry first loads, because they build on this module's walking and idling."""
    from autark.motion import acts, approach, handling, plunges  # plunges: into the pond and out again

    registry.add("jump", Clip("jump", "movement", *plunges.into_water(acts.jump, _jump_end)))
    registry.add("land", Clip("land", "movement", acts.land, acts.land_end))
    registry.add("fall", Clip("fall", "movement", *plunges.into_water(acts.fall, _stay_end), ramp_s=1.2))
    registry.add("kneel", Clip("kneel", "movement", approach.kneel, approach.kneel_end, ramp_s=1.2))
    from autark.motion import resting  # in a bed, on a sofa, asleep at a desk

    for kind in ("lie", "sleep"):
        registry.add(kind, Clip(kind, "movement", getattr(resting, kind), resting.rest_end, ramp_s=1.2))
    for kind in ("celebrate", "fight"):
        registry.add(kind, Clip(kind, "movement", getattr(acts, kind), acts.facing_end))
    from autark.motion import strikes  # a run-up to the ball, then the kick

    registry.add("kick", Clip("kick", "movement", strikes.kick, strikes.kick_end))
    from autark.motion import partners  # a dance with a partner near: in each other's arms, turning

    registry.add("dance", Clip("dance", "movement", partners.dance, partners.dance_end))
    registry.add("hide", Clip("hide", "movement", _hide_clip, approach.hide_end, ramp_s=0.6))
    registry.add("chase", Clip("chase", "movement", approach.chase, approach.ahead_end(4.0)))
    registry.add("sneak", Clip("sneak", "movement", approach.sneak, approach.ahead_end(2.0)))
    from autark.motion import wading  # a swim begun on the beach goes into the sea first

    registry.add("swim", Clip("swim", "movement", *wading.swim_into(approach.swim, approach.ahead_end(3.0)),
                              ramp_s=0.8))
    from autark.motion import climbing  # up to the top of what is climbed

    registry.add("climb", Clip("climb", "movement", *plunges.out_of_water(climbing.climb, climbing.climb_end),
                               ramp_s=1.0))
    registry.add("hug", Clip("hug", "movement", approach.hug, approach.approach_end(0.42)))
    registry.add("kiss", Clip("kiss", "movement", approach.kiss, approach.approach_end(0.34)))
    registry.add("pick_up", Clip("pick_up", "movement", approach.pick_up, approach.pick_up_end))
    registry.add("put_down", Clip("put_down", "movement", approach.put_down, approach.put_down_end))
    registry.add("push", Clip("push", "movement", approach.push, approach.push_end))
    for kind in ("eat", "drink", "cook", "serve", "give", "take", "throw", "catch", "play", "read", "write", "carry",
                 "hold_up"):
        registry.add(kind, Clip(kind, "gesture", _with_arms(getattr(handling, kind)), ramp_s=0.35))
    for kind in ("argue", "cry", "laugh", "clap", "bow", "blow", "nod", "shake_head", "sing", "look", "think",
                 "embrace", "knock"):
        registry.add(kind, Clip(kind, "gesture", _with_arms(getattr(gestures, kind)), ramp_s=0.3))
    from autark.motion import listening  # a sound off screen: the head turns to it, a hand cupped at the ear

    registry.add("listen", Clip("listen", "gesture", _with_arms(listening.listen), ramp_s=0.3))
    _skill_clips(registry)


def _skill_clips(registry: Registry[Clip]) -> None:
    """Acts with a tool or a skill (``autark.motion.skills``): fishing, a spell, pouring, hammering, sliding; and
    hands at work on a thing (``autark.motion.handwork``)."""
    from autark.motion import handwork, skills

    for kind in skills.SKILL_GESTURES:
        registry.add(kind, Clip(kind, "gesture", _with_arms(getattr(skills, kind)), ramp_s=0.35))
    for kind in handwork.HANDWORK_GESTURES:  # hands at work on a thing: rub, handle, wrap, chop
        registry.add(kind, Clip(kind, "gesture", _with_arms(getattr(handwork, kind)), ramp_s=0.35))
    from autark.motion import sliding  # down a hill or a playground slide on its surface

    registry.add("slide", Clip("slide", "movement", sliding.slide, sliding.slide_end, ramp_s=0.4))
    from autark.motion import riding

    registry.add("ride", Clip("ride", "movement", riding.ride_ground, riding.ride_end))


def _with_arms(play: Callable[..., Any]) -> Callable[..., Any]:
    """These gestures are a person's: a body without arms (an animal's rig) is left to its own motion."""
    def gesture(rig: RigInfo, *args: Any) -> Any:
        return play(rig, *args) if "upper_arm_r" in rig.bones and "neck" in rig.bones else {}
    gesture.__doc__ = play.__doc__
    return gesture


def _stay_end(a: Action, start: ChainState, objects: dict[str, Any], rig: RigInfo | None) -> End:
    """An act on the floor ends where it began, off any seat (after lying down one gets up from the floor)."""
    return ChainState(start.position, start.heading), None, None


def _jump_end(a: Action, start: ChainState, objects: dict[str, Any], rig: RigInfo | None) -> End:
    """A jump lands at its target when it has one (over the stream, onto the box), else where it took off."""
    if a.target is not None or a.target_object is not None:
        return travel_end(a, start, objects, rig)
    return ChainState(start.position, start.heading), None, None


def _hide_clip(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    """Hide: go behind the thing named (when there is one), then duck down."""
    from autark.motion import acts

    a = seg.action
    p0, p1 = np.array(seg.start.position), np.array(seg.end.position)
    dist = float(np.hypot(*(p1 - p0)[[0, 2]]))
    if dist > 0.05:
        arrive = a.start_s + min(dist / WALK_M_S + 0.3, 0.5 * (a.end_s - a.start_s))
        if t < arrive:
            sub = Segment(a.model_copy(update={"kind": "walk", "end_s": arrive}), seg.start, seg.end, seg.dest)
            return travel_body(rig, sub, t)
        seg = Segment(a.model_copy(update={"start_s": arrive}), seg.end, seg.end, seg.dest)
    return acts.hide(rig, seg, t, phase)


CLIPS: Registry[Clip] = Registry("action kind", builtins=_builtin_clips, check=_check_clip)


def _movement(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return CLIPS[seg.action.kind].play(rig, seg, t, phase)


def _idle_clip(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return idle_body(rig, seg.start, t, phase)


def _travel_clip(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return travel_body(rig, seg, t)


_SEATED_LOOK_DEG = 70.0  # the most a seated body's head and shoulders turn toward what it turns to


def _turn_clip(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    duration = max(seg.action.end_s - seg.action.start_s, 1e-3)
    e = smoothstep((t - seg.action.start_s) / duration)
    if seg.start.seat is not None:  # seated: it stays on its seat and looks round, the neck and the back
        body = idle_body(rig, seg.start, t, phase)
        if rig is None or seg.dest is None:
            return body
        want = angle_delta(seg.start.heading, heading_to(np.array(seg.start.seat.hip), np.array(seg.dest),
                                                         seg.start.heading))
        yaw = max(-_SEATED_LOOK_DEG, min(_SEATED_LOOK_DEG, want)) * e
        for bone, share in (("neck", 0.6), ("spine", 0.4)):
            if bone in rig.bones:
                body.pose[bone] = body.pose.get(bone, np.zeros(3)) + np.array([0.0, share * yaw, 0.0])
        return body
    return turn_body(rig, np.array(seg.start.position, float), seg.start.heading, seg.end.heading, e)


def _sit_clip(rig: RigInfo | None, seg: Segment, t: float, phase: float) -> BodyState:
    return sit_body(rig, seg, t)


def base_state(rig: RigInfo | None, segments: list[Segment], initial: ChainState, t: float,
                phase: float) -> BodyState:
    """The movement layer at t, including the hand-over blends between clips and idle."""
    i = bisect_right([s.action.start_s for s in segments], t) - 1
    if i < 0:
        return idle_body(rig, initial, t, phase)
    seg = segments[i]
    a = seg.action
    if t < a.end_s:
        current = _movement(rig, seg, t, phase)
        blend = STAND_UP_S if seg.start.seat is not None else BLEND_S
        blend = min(blend, (a.end_s - a.start_s) / 2)
        if t - a.start_s < blend:
            before = idle_body(rig, seg.start, t, phase)
            return blend_bodies(before, current, smoothstep((t - a.start_s) / blend))
        return current
    after = idle_body(rig, seg.end, t, phase)
    out = CLIPS[a.kind].ramp_s  # getting up off the floor takes longer than stopping a walk
    if t - a.end_s < out:
        final = _movement(rig, seg, a.end_s, phase)
        return blend_bodies(final, after, smoothstep((t - a.end_s) / out))
    return after
