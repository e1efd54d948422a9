"""An everyday act of the hands carried out on its thing: "Girl polishes the golden clock", "Koch schneidet den
Kuchen", "Kind packt das Geschenk aus" (the sentences ``story.generic_staging`` writes with the idea's own verb).

The verb's motion and result come from ``autark.story.hand_acts``. A thing the doer holds (picked up in an earlier
shot) is put down first, on a table near by (a cake is cut on the table, not in the arms, nor on the floor where
the hands would drop it). The doer walks up to the thing (to ``HANDS_M``
from its side, nearer than ``jobs.stand_in_acts``' reach: the hands are on it, not reaching for it), turns to it, goes down on one knee by a thing lower than
``LOW_M`` (a helmet on the floor, a flower bed) or stands at a higher one (a table, a car, a person), and the
hands work at it (``autark.motion.handwork``: rub, handle, wrap, chop, pour_over; a thing planted at its foot) for the
sentence's whole time in the shot, at least ``MIN_WORK_S``. The thing then shows what was done to it
(``jobs.act_results``): clean, wrapped, cut, filled, opened, planted, mended.

``lay_actions`` (``jobs.shot_actions``) asks here before the command engine: the engine knows none of these verbs,
or reads one as something else ("gießt" as a spill).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from autark.errors import UserInputError
from autark.jobs.stand_in_acts import StandIn, _actor, _thing, _words, walk_up

if TYPE_CHECKING:
    from autark.jobs.parsed_actions import Cast
    from autark.scene.model import Scene
    from autark.scene.timeline import Action

__all__ = ["hand_work", "HANDS_M", "LOW_M", "MIN_WORK_S"]

HANDS_M = 0.32  # the doer works standing this far from the thing's side: hands on it, not reaching for it
LOW_M = 0.55  # a thing whose top is lower than this is worked at kneeling
MIN_WORK_S = 2.0  # the hands work at least this long: a frame every second shows them at it
_TURN_S = 0.5
_KNEEL_S = 0.6  # going down on one knee before the hands start
_SET_DOWN_S = 1.0  # a thing in hand is put down this long before the work on it
_HELD_M = 0.25  # a thing this near the palm (and off the ground) is in the hand
_TABLE_TOP_M = (0.6, 1.1)  # a top this high is a place to work at
_TABLE_NEAR_M = 3.0  # ... when it stands this near (put_down steps up to it)
_FACING_DEG = 35.0  # turned less than this away from the thing, the doer needs no turn to it
_GESTURE = {"rub": "rub", "handle": "handle", "wrap": "wrap", "chop": "chop", "pour": "pour_over",
            "hang": "hang_up"}
_LIFT_S = 1.2  # a thing to hang up is picked up in this long
_GROUND_RESULTS = frozenset({"planted"})  # done at the foot of the thing, kneeling, whatever its height


def _facing_away(scene: Scene, actor: str, thing: str, t: float) -> bool:
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import heading_to
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t)
    body = state.object(actor).transform
    want = heading_to(body.position, world_bbox(state.object(thing)).center, body.rotation[1])
    return abs((want - body.rotation[1] + 180.0) % 360.0 - 180.0) > _FACING_DEG


def _is_low(scene: Scene, thing: str | None, t: float) -> bool:
    """A thing to kneel at; no thing at all is work on the ground (sweeping, chopping wood)."""
    if thing is None:
        return True
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t)
    return float(world_bbox(state.object(thing)).max[1]) < LOW_M and thing not in {c.object_id for c in
                                                                                  scene.characters}


def _in_hand(scene: Scene, actor: str, thing: str, t: float) -> bool:
    """Whether the doer holds the thing at ``t`` (picked up before: its box is at a palm, off the ground)."""
    from autark.motion import evaluate_scene
    from autark.motion.holding import _palm as palm_of  # where a posed body's palm is
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t)
    box = world_bbox(state.object(thing))
    palm = palm_of(state.object(actor), "r")
    return palm is not None and float(box.min[1]) > 0.2 and float(
        np.linalg.norm(palm - np.clip(palm, box.min, box.max))) < _HELD_M


def _table_for(scene: Scene, actor: str, t: float) -> str | None:
    """The nearest piece of furniture with a top at working height (a table, a counter, a workbench)."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t)
    here = np.array(state.object(actor).transform.position, float)
    best: tuple[float, str] | None = None
    for o in state.objects:
        if o.id == actor or _category(o.type) != "furniture":
            continue
        box = world_bbox(o)
        if not _TABLE_TOP_M[0] <= float(box.max[1]) <= _TABLE_TOP_M[1]:
            continue
        d = float(np.hypot(*(np.array(box.center, float) - here)[[0, 2]]))
        if d <= _TABLE_NEAR_M and (best is None or d < best[0]):
            best = (d, o.id)
    return best[1] if best else None


def _category(kind: str) -> str:
    from autark.assets import library

    try:
        return library.get(kind).category
    except KeyError:
        return ""


def _set_down(actor: str, thing: str, scene: Scene, t0: float, until_s: float) -> list[Action]:
    """A thing in the doer's hands is put down first: on a table near by, else on the ground in front."""
    from autark.scene.timeline import Action

    if not _in_hand(scene, actor, thing, t0) or until_s - t0 < MIN_WORK_S + _SET_DOWN_S:
        return []
    table = _table_for(scene, actor, t0)
    return [Action(object_id=actor, kind="put_down", start_s=t0, end_s=t0 + _SET_DOWN_S, item=thing,
                   **({"target_object": table} if table else {}))]


def _actions(kind: str, actor: str, thing: str | None, scene: Scene, t0: float, t1: float, until_s: float,
             ground: bool = False) -> list[Action]:
    """Put the thing down when it is in hand, walk to it, turn to it, kneel by a low one, and the hands' ``kind``
    at it until the act's end."""
    from autark.scene.timeline import Action

    out: list[Action] = _set_down(actor, thing, scene, t0, until_s) if thing is not None else []
    start = out[-1].end_s if out else t0
    if out:
        scene, t0 = _with(scene, out), start
    if thing is not None:
        out += walk_up(scene, actor, thing, t0, until_s, out_m=HANDS_M, within_m=HANDS_M + 0.15, left_s=MIN_WORK_S,
                       why=f"and {kind} at it")
        start = out[-1].end_s if out else t0
        probe = scene if not out else _with(scene, out)
        if _facing_away(probe, actor, thing, start):
            out.append(Action(object_id=actor, kind="turn", start_s=start, end_s=start + _TURN_S,
                              target_object=thing))
            start += _TURN_S
    kneels = ground or _is_low(_with(scene, out) if out else scene, thing, start)
    work_from = start + (_KNEEL_S if kneels else 0.0)  # down on the knee first, then the hands
    end = min(until_s, max(t1, work_from + MIN_WORK_S))
    if end - work_from < 0.8:
        raise UserInputError(f"no time is left in the shot to {kind} at it")
    if kneels:
        out.append(Action(object_id=actor, kind="kneel", start_s=start, end_s=end,
                          **({"item": thing} if thing is not None else {})))
    out.append(Action(object_id=actor, kind=kind, start_s=work_from, end_s=end,
                      **({"target_object": thing} if thing is not None else {})))
    return out


def _hang_actions(actor: str, thing: str | None, scene: Scene, t0: float, t1: float, until_s: float
                  ) -> list[Action]:
    """Walk to the thing and pick it up, then lift it over the head onto its hook (``motion.handwork.hang_up``)."""
    from autark.jobs.stand_in_acts import _timed
    from autark.scene.timeline import Action

    if thing is None:
        raise UserInputError("there is nothing named to hang up")
    out = _timed("pick_up", actor, thing, scene, t0, t0 + _LIFT_S, until_s - MIN_WORK_S)
    start = out[-1].end_s
    end = min(until_s, max(t1, start + MIN_WORK_S))
    if end - start < 1.0:
        raise UserInputError("no time is left in the shot to hang it up")
    return [*out, Action(object_id=actor, kind="hang_up", start_s=start, end_s=end, item=thing)]


def _with(scene: Scene, actions: list[Action]) -> Scene:
    from autark.ops import SetTimeline, apply_ops

    return apply_ops(scene, [SetTimeline(actions=actions)])


def hand_work(sentence: str, scene: Scene, names: Cast, t0: float, t1: float, until_s: float, key: bool = False
              ) -> StandIn | None:
    """The actions and result of a hand act's sentence from ``t0`` (on to ``t1``, a walk to it may run to
    ``until_s``), checked against the scene's motion; None when its verb is no hand act or it names no doer.
    The result comes at the first act on the thing, or moves to the key event's act (``key``) when it repeats
    there."""
    from autark.jobs.act_results import result_ops
    from autark.motion import validate_actions
    from autark.ops import apply_ops
    from autark.story.hand_acts import hand_act_of_words

    actor = _actor(sentence, scene, names)
    if actor is None:
        return None
    actor_words = {n for n, oid in names.characters.items() if oid == actor}
    actor_words |= {w for n in actor_words for w in n.lower().split()}
    words = [w for w in _words(sentence) if w not in actor_words]
    act = hand_act_of_words(words)
    if act is None:
        return None
    thing = _thing(sentence, actor, names, actor_words)
    ground = act.result in _GROUND_RESULTS
    try:
        actions = (_hang_actions(actor, thing, scene, t0, t1, until_s) if act.motion == "hang" else
                   _actions(_GESTURE[act.motion], actor, thing, scene, t0, t1, until_s, ground))
        if ground:  # a sapling is planted: the walk goes to it as small as it is then, not to the tree it becomes
            small = apply_ops(scene, result_ops(scene, act.result, thing, actions[-1].start_s, actions[-1].end_s))
            actions = _actions(_GESTURE[act.motion], actor, thing, small, t0, t1, until_s, ground)
        validate_actions(_with(scene, actions))
    except UserInputError:
        return None
    work = actions[-1]
    shown = {o.id: o.name or o.type for o in scene.objects}
    return StandIn(actions, f"{work.kind} {shown.get(thing, '') if thing else ''}".strip(),
                   result_ops(_with(scene, actions), act.result, thing, work.start_s, work.end_s, again=key))
