"""A thing the wind took or that was sent off, caught or picked up again later: "the wind takes the old man's hat
and he catches it", "the boy catches the apple that falls from the tree", "the ball lands in the grass and the dog
fetches it".

The effect that sent it off (``float_away``, ``land``: ``jobs.carried_off``, ``jobs.landings``) hides the thing
and lets a copy (``<id>_away``, ``<id>_landed``) make the trip; a later catch (or pick-up, or take) of the thing
moves the thing itself (``motion.holding``), which was hidden. So at the start of such an act the thing is shown
again where it is seen last (the landed copy's place; for one the wind carried off, high over the catcher, so it
comes down into their hands on the catch's arc) and the copy is hidden: the catch is seen, and the hat ends in the
hands rather than on an awning.

A catch that fails ("the dog fails to catch the frisbee", "versucht den Ball zu fangen, aber verfehlt ihn": the
``miss`` effect, ``missed_ops``) is a flight that comes at the catcher's hands, passes just beside them and comes
down on the ground behind them, where the thing lies.
"""

from __future__ import annotations

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene

__all__ = ["TAKING_BACK", "caught_again_ops", "COMES_DOWN_M", "missed_ops", "MISS_BESIDE_M"]

TAKING_BACK = frozenset({"catch", "pick_up", "take"})
COMES_DOWN_M = 2.2  # how high over the catcher's hands a thing the wind carried off comes back from
_BESIDE_M = 1.2  # ... and how far to their side
MISS_BESIDE_M = 0.65  # a missed catch flies past this far beside the hands ...
_MISS_FROM_M = 4.0  # ... coming from this far in front of the catcher ...
_MISS_BEHIND_M = 1.4  # ... and comes down this far behind them


def _copies(oid: str) -> tuple[str, str]:
    from autark.jobs.landings import landed_id

    return landed_id(oid), f"{oid}_away"


def caught_again_ops(scene: Scene, start_s: float, end_s: float) -> list[Operator]:
    """For each catch, pick-up or take laid in this shot (``start_s`` to ``end_s``) of a thing a copy stands in for
    at the act's start: the thing shown again from the act's start, where the copy is seen (or over the catcher,
    for one carried off out of sight), and the copy hidden from then on."""
    from autark.motion import evaluate_scene
    from autark.motion.holding import _hands
    from autark.scene.geometry import world_bbox

    ops: list[Operator] = []
    for a in scene.timeline.actions:
        if a.kind not in TAKING_BACK or not a.item or not start_s - 1e-6 <= a.start_s < end_s:
            continue
        oid = a.item
        copies = [c for c in _copies(oid) if scene.find_object(c) is not None]
        if not copies or scene.find_object(oid) is None:
            continue
        t = a.start_s
        state = evaluate_scene(scene, t)
        if state.object(oid).visible:
            continue
        thing = state.object(oid)
        box = world_bbox(thing)
        offset = np.array(thing.transform.position, float) - np.array(box.center, float)
        shown = next((state.object(c) for c in copies if state.object(c).visible), None)
        if shown is not None:
            at = np.array(world_bbox(shown).center, float)
        else:  # carried off out of sight: it comes back down over the catcher
            hands = _hands(state.find_object(a.object_id), True)
            if hands is None:
                continue
            side = -1.0 if float(hands[0]) > 0 else 1.0
            at = hands + np.array([side * _BESIDE_M, COMES_DOWN_M, -0.3])
        ops += [AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(t, True, "hold")]),
                AddKeyframes(target=f"object:{oid}.transform.position",
                             keyframes=[_key(t, tuple(float(c) for c in at + offset), "hold")])]
        ops += [AddKeyframes(target=f"object:{c}.visible", keyframes=[_key(t, False, "hold")]) for c in copies]
    return ops


def missed_ops(scene: Scene, oid: str, catcher: str, t0: float, t1: float) -> list[Operator]:
    """``oid`` flies at ``catcher``'s hands from in front of them (``t0``), passes ``MISS_BESIDE_M`` beside them
    two thirds of the way and lies on the ground behind them from ``t1`` on."""
    from autark.motion import evaluate_scene
    from autark.motion.holding import _hands
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t0)
    body, thing = state.find_object(catcher), state.find_object(oid)
    if body is None or thing is None:
        return []
    t1 = max(t1, t0 + 0.8)
    f = forward_dir(body.transform.rotation[1])
    side = np.array([f[2], 0.0, -f[0]])
    hands = _hands(body, True)
    feet = np.array(body.transform.position, float)
    hands = hands if hands is not None else feet + np.array([0.0, 1.0, 0.0])
    box = world_bbox(thing)
    half = float(box.max[1] - box.min[1]) / 2
    offset = np.array(thing.transform.position, float) - np.array(box.center, float)
    start = feet + f * _MISS_FROM_M + np.array([0.0, float(hands[1] - feet[1]) + 0.6, 0.0])
    past = hands + side * MISS_BESIDE_M
    down = feet - f * _MISS_BEHIND_M + side * MISS_BESIDE_M + np.array([0.0, half, 0.0])
    keys = [_key(t0 - 0.01, tuple(float(c) for c in thing.transform.position), "hold")]
    steps = 10
    for k in range(steps + 1):
        u = k / steps
        if u <= 2 / 3:  # on its way in, a little arc
            s = u * 1.5
            p = start + (past - start) * s + np.array([0.0, 0.3 * 4 * s * (1 - s), 0.0])
        else:  # past the hands, falling to the ground
            s = (u - 2 / 3) * 3
            p = past + (down - past) * s
            p[1] = past[1] + (down[1] - past[1]) * s * s
        keys.append(_key(t0 + u * (t1 - t0), tuple(float(c) for c in p + offset)))
    keys[-1] = keys[-1].model_copy(update={"easing": "hold"})
    return [AddKeyframes(target=f"object:{oid}.transform.position", keyframes=keys)]
