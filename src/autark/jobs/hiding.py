"""The effects of going into and out of containers and hiding places (``autark.story.containers``) as keyframes:

- ``inside``: the one taken out (a rabbit, a dove, a teddy) stands in its container from the scene's start: the
  container stands where it stands (grown to hold it, a hat turned over, its opening up), and it is sunk into
  it, its top under the rim; a being (whose own acts place it, not a track) or one still wider than the opening
  is not shown until the hand comes for it. The hand that takes it lifts it up out of the opening
  (``motion.holding`` glides it from where it rests into the hand).
- ``go_in``: one who climbs, jumps or crawls into a basket, a box, a boot is in it from the end of its act on:
  the body is played by a still copy of itself (``<id>_inside``, posed as it was) sunk into the container with
  its head out over the rim, for the rest of the scene.
- ``hide``: a hider is crouched behind (or in) the hiding place from the end of its act until it is found: a
  copy of it (``<id>_hidden``) stands on the far side of the place from the seeker, facing them, sunk so only
  the top of its head shows over the place's top (a peek the viewer reads, the seeker's eyes blocked:
  ``jobs.whereabouts.hidden_from``); after, the body is itself again.
- ``lost``: one lost (a cow in the fog, a kitten) is out of sight until the shot where it is found, and a copy
  of it stands from then where it is found: up on the roof, under the car, behind the shed.
- ``bury``: drawn by ``autark.jobs.uncovering.bury_ops`` (the thing sinks into the ground as a mound grows).

Ordinary ``visible`` and ``transform`` tracks and added objects, so the renderer, the shot measurer and an
exported scene all see the same.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, AddObject, Operator
from autark.ops.visibility import visible_from
from autark.scene.model import Scene, SceneObject

__all__ = ["containing_ops", "INSIDE", "HIDDEN", "PEEK_M"]

INSIDE, HIDDEN = "_inside", "_hidden"
PEEK_M = 0.12  # how much of a hider's head shows over the top of what they hide behind
_RIM_M = 0.02  # how far under the rim the one inside a container keeps its top
_HEAD_OUT = 0.35  # of the height of one who went into a container, the share over its rim
_TAKING = frozenset({"take", "pick_up", "catch"})
_GROW_MAX = 2.2  # a container grows at most this much to hold the one inside (a hat for a rabbit)
_FIT = 0.7  # ... so that this share of the one inside's height is in it
_GAP_M = 0.05  # between a hider and the back of what hides them
_UNDER = 0.45  # of the height of what one hides under, how high the hider's head comes


def _box(obj: SceneObject) -> tuple[np.ndarray, np.ndarray]:
    from autark.scene.geometry import world_bbox

    b = world_bbox(obj)
    return np.array(b.min, float), np.array(b.max, float)


def containing_ops(scene: Scene, kind: str, oid: str, place: str | None, how: str, start_s: float, end_s: float,
                   duration_s: float, resolve: Callable[[str], str | None]) -> list[Operator]:
    """The keyframes of one ``inside``, ``go_in``, ``hide`` or ``bury`` effect on ``oid`` (``place``: the object
    id of the container or hiding place, ``how``: "in", "under" or "behind") in the shot ``start_s``..``end_s``;
    a hide lasts ``duration_s`` from its start (to the shot of the find)."""
    from autark.motion import evaluate_scene

    film_end = scene.settings.duration_s
    if kind == "bury":
        from autark.jobs.uncovering import bury_ops

        t0, t1 = _own_act(scene, oid, start_s, end_s, by_others=True)
        return bury_ops(scene, evaluate_scene(scene, t0), oid, t0, t1, film_end)
    if place is None or place == oid:
        return []
    if kind == "inside":
        return _inside_ops(scene, oid, place, start_s, end_s)
    if kind == "lost":  # away (out of sight) until the shot of the find, and there where it is found from then
        state = evaluate_scene(scene, start_s)
        if state.find_object(oid) is None or state.find_object(place) is None:
            return []
        spot, facing = _on_spot(state, oid, place) if how == "on" else _hiding_spot(state, oid, place, how)
        ops = _copy_ops(scene, state, oid, HIDDEN, spot, facing, start_s, film_end)
        return [*ops, AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, False, "hold")])] if ops \
            else []
    a0, a1 = _own_act(scene, oid, start_s, end_s)
    t0 = a1 if kind == "go_in" else a0 + 0.4 * (a1 - a0)  # in once the climb is done; hidden as it crouches
    state = evaluate_scene(scene, t0)
    if state.find_object(oid) is None or state.find_object(place) is None:
        return []
    if kind == "go_in":
        return _copy_ops(scene, state, oid, INSIDE, _in_spot(state, oid, place), None, t0, film_end)
    t1 = min(film_end, max(t0 + 0.5, start_s + duration_s))
    spot, facing = _hiding_spot(state, oid, place, how)
    return _copy_ops(scene, state, oid, HIDDEN, spot, facing, t0, t1)


def _own_act(scene: Scene, oid: str, start_s: float, end_s: float, by_others: bool = False) -> tuple[float, float]:
    """(start, end) of the act in the shot by ``oid`` (or, ``by_others``, on it), else the shot's middle part."""
    acts = [a for a in scene.timeline.actions if start_s - 0.05 <= a.start_s < end_s and (
        a.object_id == oid if not by_others else a.target_object == oid or a.item == oid)]
    if not acts:
        return start_s + 0.3 * (end_s - start_s), start_s + 0.8 * (end_s - start_s)
    a = acts[-1] if not by_others else max(acts, key=lambda x: x.end_s - x.start_s)
    return a.start_s, min(a.end_s, end_s - 0.1)


def _inside_ops(scene: Scene, oid: str, place: str, start_s: float, end_s: float) -> list[Operator]:
    """``oid`` in ``place`` from the scene's start until the hand that takes it out has it."""
    from autark.motion import evaluate_scene

    takes = sorted((a for a in scene.timeline.actions if a.kind in _TAKING and (a.item == oid or a.target_object
                    == oid) and a.end_s > start_s), key=lambda a: a.start_s)
    take = takes[0] if takes else None
    if take is None and any(c.object_id == oid for c in scene.characters):  # a creature caught: seen in it, freed
        from autark.jobs.trapped import trapped_ops

        a0, a1 = _own_act(scene, oid, start_s, end_s, by_others=True)
        return trapped_ops(scene, oid, place, start_s, end_s, a0 + 0.6 * (a1 - a0))
    state = evaluate_scene(scene, take.start_s if take else start_s)
    if state.find_object(oid) is None or state.find_object(place) is None:
        return []
    obj, box = state.object(oid), state.object(place)
    pos = np.array(obj.transform.position, float)
    lo, hi = _box(obj)
    fitted = _fitted(box, lo, hi)
    plo, phi = _box(fitted)
    sink = max(0.0, float(hi[1]) - (float(phi[1]) - _RIM_M))
    sunk = (float(pos[0]), float(pos[1] - sink), float(pos[2]))
    out_at = take.end_s if take else scene.settings.duration_s
    t = fitted.transform
    ops: list[Operator] = [
        AddKeyframes(target=f"object:{place}.transform.{part}", keyframes=[_key(0.0, tuple(float(c) for c in v),
                                                                                "hold")])
        for part, v in (("position", t.position), ("scale", t.scale), ("rotation", t.rotation))]
    ops.append(AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
        _key(0.0, sunk, "hold"), _key(out_at, tuple(float(c) for c in pos), "hold")]))
    wider = min(hi[0] - lo[0], hi[2] - lo[2]) > 1.05 * min(phi[0] - plo[0], phi[2] - plo[2])
    alive = any(c.object_id == oid for c in scene.characters)  # its own acts place a body, not a track
    if wider or alive:  # it would show through the sides, or stand tall in it: out of sight until the hand comes
        ops.append(visible_from(scene, oid, take.start_s if take else start_s, True, before=False))
    return ops


def _fitted(box: SceneObject, lo: np.ndarray, hi: np.ndarray) -> SceneObject:
    """``box`` standing under the one inside it (its box ``lo``..``hi``), grown (up to ``_GROW_MAX`` times) so
    that one fits in it up to most of its height, and a hat turned over, its opening up as a magician holds it."""
    t = box.transform
    blo, bhi = _box(box)
    bsize, size = np.maximum(bhi - blo, 1e-3), hi - lo
    across = 1.1 * min(size[0], size[2]) / min(bsize[0], bsize[2])  # its narrow side in the opening
    grow = min(_GROW_MAX, max(1.0, across, _FIT * size[1] / bsize[1]))
    rot = (t.rotation[0] + 180.0, t.rotation[1], t.rotation[2]) if "hat" in box.type else t.rotation
    trial = box.model_copy(update={"transform": t.model_copy(update={
        "scale": tuple(float(c) * grow for c in t.scale), "rotation": rot})})
    tlo, thi = _box(trial)
    shift = np.array([(lo[0] + hi[0]) / 2 - (tlo[0] + thi[0]) / 2, blo[1] - tlo[1], (lo[2] + hi[2]) / 2 - (tlo[2] +
                                                                                                  thi[2]) / 2])
    return trial.model_copy(update={"transform": trial.transform.model_copy(update={
        "position": tuple(float(c) for c in np.array(t.position, float) + shift)})})


def _in_spot(state: Scene, oid: str, place: str) -> np.ndarray:
    """Where one who went into ``place`` stands: over its middle, sunk so its head is out over the rim."""
    obj = state.object(oid)
    lo, hi = _box(obj)
    plo, phi = _box(state.object(place))
    height = float(hi[1] - lo[1])
    top = float(phi[1]) + _HEAD_OUT * height
    pos = np.array(obj.transform.position, float)
    return np.array([(plo[0] + phi[0]) / 2 + pos[0] - (lo[0] + hi[0]) / 2, pos[1] + top - float(hi[1]),
                     (plo[2] + phi[2]) / 2 + pos[2] - (lo[2] + hi[2]) / 2])


def _on_spot(state: Scene, oid: str, place: str) -> tuple[np.ndarray, float | None]:
    """Where one found up on ``place`` (a roof, a wardrobe, a tree) stands: on the top of its box, over its
    middle."""
    obj = state.object(oid)
    lo, hi = _box(obj)
    plo, phi = _box(state.object(place))
    pos = np.array(obj.transform.position, float)
    return np.array([(plo[0] + phi[0]) / 2 + pos[0] - (lo[0] + hi[0]) / 2, pos[1] + float(phi[1] - lo[1]),
                     (plo[2] + phi[2]) / 2 + pos[2] - (lo[2] + hi[2]) / 2]), None


def _seeker(state: Scene, oid: str) -> np.ndarray | None:
    """Where the one the hider hides from stands: the nearest other body, else None."""
    me = np.array(state.object(oid).transform.position, float)
    others = [np.array(state.object(c.object_id).transform.position, float) for c in state.characters
              if c.object_id != oid and state.find_object(c.object_id) is not None]
    return min(others, key=lambda p: float(np.linalg.norm(p - me))) if others else None


def _hiding_spot(state: Scene, oid: str, place: str, how: str) -> tuple[np.ndarray, float]:
    """(position, heading) of a hider crouched behind ``place`` from the seeker (from the camera where nobody
    seeks), or in it where it is open and big enough; one taller peeks out at an edge."""
    obj = state.object(oid)
    lo, hi = _box(obj)
    plo, phi = _box(state.object(place))
    pc = (plo + phi) / 2
    cam = np.array(state.cameras[0].position if state.cameras else (0.0, 1.6, 8.0), float)
    seeker = _seeker(state, oid)
    d = pc - (seeker if seeker is not None else cam)  # on the far side of it from the one who seeks
    d[1] = 0.0
    size, psize = hi - lo, phi - plo
    long_axis = 0 if psize[0] >= psize[2] else 2
    if psize[long_axis] > 1.5 * psize[2 - long_axis]:  # a curtain, a sofa, a hedge: behind it across its thin side
        d[long_axis] = 0.0
    if float(np.linalg.norm(d)) < 1e-6:
        d = np.array([0.0, 0.0, -1.0])  # away from the camera's side
    d = d / float(np.linalg.norm(d))
    fits_in = how == "in" and psize[1] < size[1]  # in a basket, a trumpet, a pot: sunk in it, the head out
    reach = 0.0 if fits_in else float(abs(d[0]) * psize[0] / 2 + abs(d[2]) * psize[2] / 2
                                      + abs(d[0]) * size[0] / 2 + abs(d[2]) * size[2] / 2 + _GAP_M)
    centre = pc + d * reach
    if how == "under":  # under a bed, a table, a car: in under its near edge, the head low, seen from the camera
        toward = 1.0 if cam[2] >= pc[2] else -1.0
        centre = np.array([pc[0], pc[1], (phi[2] if toward > 0 else plo[2]) - toward * 0.3 * size[2]])
        d = np.array([0.0, 0.0, toward])
    elif phi[1] >= hi[1] and not fits_in:  # taller than the hider (a curtain, a tree): peeking out at its edge
        side = 2 if abs(d[0]) >= abs(d[2]) else 0  # along the place, across the line from the seeker
        end = plo[side] if (lo[side] + hi[side]) / 2 <= pc[side] else phi[side]
        centre[side] = end + (0.3 * size[side] if end == plo[side] else -0.3 * size[side])
    pos = np.array(obj.transform.position, float)
    toward_camera = float(np.dot(d, cam - pc)) > 0.0
    # crouched under its top where the camera sees the hider whole anyway; the head just over it where the
    # place stands between the camera and the hider (the viewer still reads who is there)
    top = min(float(hi[1]), float(phi[1]) - _RIM_M if toward_camera else float(phi[1]) + PEEK_M)
    if how == "under":
        top = float(plo[1]) + _UNDER * float(phi[1] - plo[1])
    spot = np.array([centre[0] + pos[0] - (lo[0] + hi[0]) / 2, pos[1] + top - float(hi[1]),
                     centre[2] + pos[2] - (lo[2] + hi[2]) / 2])
    facing = math.degrees(math.atan2(-d[0], -d[2]))  # toward the seeker, peeking over
    return spot, facing


def _copy_ops(scene: Scene, state: Scene, oid: str, suffix: str, spot: np.ndarray, facing: float | None,
              t0: float, t1: float) -> list[Operator]:
    """``oid`` played by a still copy of itself (posed as at ``t0``) at ``spot`` from ``t0`` to ``t1``: the body
    hidden meanwhile, itself again after."""
    body = state.object(oid)
    cid = f"{oid}{suffix}"
    if scene.find_object(cid) is not None:
        return []
    rot = body.transform.rotation if facing is None else (0.0, float(facing), 0.0)
    copy = body.model_copy(update={"id": cid, "name": f"{body.name}{suffix}", "visible": False,
                                   "transform": body.transform.model_copy(update={
                                       "position": tuple(float(c) for c in spot), "rotation": rot})})
    ops: list[Operator] = [AddObject(object=copy),
                           AddKeyframes(target=f"object:{cid}.visible", keyframes=[
                               _key(0.0, False, "hold"), _key(t0, True, "hold"), _key(t1, False, "hold")]),
                           visible_from(scene, oid, t0, False, before=True)]
    if t1 < scene.settings.duration_s:
        ops.append(AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(t1, True, "hold")]))
    return ops
