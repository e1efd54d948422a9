"""A thing sent somewhere by an event lands there and stays (the ``land`` effect, and a ``float_away``,
``wash_away`` or ``sink`` with a destination, ``autark.story.destinations``): the cake dropped on the mayor, the
ball thrown into the pond, the letter into the fire, the kite the wind carries into the sea.

The thing is hidden as it leaves the hand and a copy of it (``<id>_landed``) makes the trip, as the moving
effects do (``autark.jobs.effects``): the hand keeps placing the thing itself (``autark.motion.holding``), the copy
is ordinary keyframes. It leaves at the moment the sending act lets go (a throw's release, a drop's opening of
the hands, a kick's strike), flies on an arc and tumbling, comes down on its destination and stays there, seen,
to the end of the scene:

- on a person or animal: on the head (sunk a little, so it covers the top of it), following the body as it
  moves; sent by nobody ("an apple falls on his head", ``story.falls_on``), it drops from above onto it; a spilled liquid is a splash of its colour over the body's middle, the jug or cup staying in the hand;
- on water: half under the surface, bobbing, where the water is nearest (a splash as it goes in);
- in a thing one puts things into (a fire, a goal, a basket, a well): inside it (in a low open one, a basket, a
  chest, a box, with its top over the rim, shrunk to fit an opening narrower than it: ``jobs.stacking``); over a
  fence, a wall or a hedge: on the ground beyond it, on the side away from where it came from; on any other
  thing: on top;
- on the ground: in front of the one who sent it; carried by the wind, a few metres off where it was.

Where the set has nothing that fits (no water on the set, no such thing), it lands on the ground in front of the
sender, and the warning says so: never hidden.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Action, Keyframe

__all__ = ["LANDED", "handled", "let_go_s", "land_ops", "landed_id", "FOLLOW_STEP_S", "CONTAINERS", "BARRIERS", "ALOFT_M", "aloft_ops",
           "string_id"]

LANDED = "_landed"
_DROP_M = 1.8  # a thing that falls on someone by itself comes from this high above their head
FOLLOW_STEP_S = 0.3  # how often the copy's place is keyed while it rides on a body or bobs on water
# the kinds of thing one puts or throws things into (asset types, or a part of one): it lands inside
CONTAINERS = ("campfire", "fire", "fireplace", "goal", "basket", "bin", "well", "pot", "bucket", "box", "chest",
              "bowl", "cart", "wheelbarrow", "hoop", "net", "sack", "barrel", "tub", "oven", "cauldron", "trash")
_SENDS = {"throw": 0.5, "put_down": 0.25, "pour": 0.45, "kick": 0.5, "knock": 0.45, "push": 0.5}
_HOLD_S = 1.6  # the landed thing is seen at least this long before its shot ends
_BOB_M = 0.04  # how far a thing on water bobs up and down
_BOB_S = 1.4  # ... and how long one bob takes
_LIQUID_M = 0.06  # how thick a spilled liquid's splash on a thing or a body is
_DRIFT_M = 3.5  # how far off the wind sets a thing it carries down on the ground
# the kinds of thing a thing is sent over rather than onto (asset types): it lands on the ground beyond
BARRIERS = ("fence", "wall", "hedge", "gate", "picket_fence", "stone_wall")
_BEYOND_M = 0.9  # how far past a barrier's far face it comes down
_DEEP = ("fire", "goal", "well", "oven", "hoop", "net", "cauldron", "trash")  # in them, not over the rim
_OPEN_BOX_M = 1.2  # a container this high or lower shows what is in it over its rim


def landed_id(oid: str) -> str:
    return f"{oid}{LANDED}"


def _key(t: float, value: object, easing: str = "linear") -> Keyframe:
    return Keyframe(time_s=max(0.0, t), value=value, easing=easing)  # type: ignore[arg-type]


def _sender(scene: Scene, oid: str, start_s: float, end_s: float) -> Action | None:
    """The act in this shot that sends ``oid`` off: a throw, a drop, a pour, a kick of it."""
    acts = [a for a in scene.timeline.actions if start_s - 1e-6 <= a.start_s < end_s and a.kind in _SENDS
            and (a.item == oid or a.kind in ("kick", "knock", "push") and a.target_object == oid)]
    return acts[-1] if acts else None


def let_go_s(scene: Scene, oid: str, start_s: float, end_s: float) -> float | None:
    """When the act between ``start_s`` and ``end_s`` that sends ``oid`` off lets go of it (a throw's release, a
    kick's strike), None where no act sends it."""
    act = _sender(scene, oid, start_s, end_s)
    return act.start_s + _SENDS[act.kind] * (act.end_s - act.start_s) if act is not None else None


def _is_body(scene: Scene, oid: str) -> bool:
    from autark.motion.kinematics import rig_info

    obj = scene.find_object(oid)
    return obj is not None and rig_info(obj.type) is not None


def _head_top(body) -> np.ndarray:  # noqa: ANN001 - a posed SceneObject
    """The top of a posed body's head (its head bone lifted by a head's half height), else its box's top."""
    from autark.assets import rig as rigmod
    from autark.scene.geometry import model_matrix, world_bbox

    b = world_bbox(body)
    top = np.array([(b.min[0] + b.max[0]) / 2, b.max[1], (b.min[2] + b.max[2]) / 2])
    try:
        head = rigmod.bone_world_position(body.type, {k: np.array(v, float) for k, v in (body.pose or {}).items()},
                                          "head")
    except (KeyError, ValueError):
        return top
    m = model_matrix(body.transform)
    w = m[:3, :3] @ np.array(head, float) + m[:3, 3]
    size = float(b.max[1] - b.min[1])
    return np.array([w[0], min(float(b.max[1]), float(w[1]) + 0.09 * size), w[2]])


def _middle(body) -> np.ndarray:  # noqa: ANN001
    from autark.scene.geometry import world_bbox

    b = world_bbox(body)
    return np.array([(b.min[0] + b.max[0]) / 2, b.min[1] + 0.62 * (b.max[1] - b.min[1]), (b.min[2] + b.max[2]) / 2])


def _ground_ahead(scene: Scene, sender: str | None, frm: np.ndarray, t: float) -> np.ndarray:
    """A spot on the ground a step in front of ``sender`` (or under ``frm``)."""
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import forward_dir

    if sender is not None and scene.find_object(sender) is not None:
        body = evaluate_scene(scene, t).object(sender)
        f = forward_dir(body.transform.rotation[1])
        p = np.array(body.transform.position, float)
        # a body that bends or crouches to let go is lower than the floor it stands on: the higher of its heights
        # now and at the start is the floor
        floor = max(float(p[1]), float(evaluate_scene(scene, 0.0).object(sender).transform.position[1]))
        return np.array([p[0] + 0.9 * f[0], floor, p[2] + 0.9 * f[2]])
    return np.array([frm[0], 0.0, frm[2]])


def land_ops(scene: Scene, oid: str, into: str, start_s: float, end_s: float, default_s: float,
             resolve: Callable[[str], str | None], warnings: list[str], where: str,
             carried_s: float = 0.0) -> list[Operator]:
    """``oid`` sent in this shot (``start_s`` to ``end_s``) to ``into`` (a cast name, a prop type, ``water`` or
    ``ground``: ``story.destinations``) lands there and stays (see the module doc). ``carried_s`` > 0: the wind
    or the water carries it that long (up and drifting, then down onto the destination) instead of an arc."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox
    from autark.story.destinations import GROUND, WATER

    copy_id = landed_id(oid)
    if scene.find_object(copy_id) is not None or scene.find_object(oid) is None:
        return []
    from autark.story.hanging import WALL

    if into == WALL:  # a picture hung up: on the room's wall (jobs.hanging)
        from autark.jobs.hanging import hang_ops

        return hang_ops(scene, oid, start_s, end_s, default_s, warnings, where)
    act = _sender(scene, oid, start_s, end_s)
    sender = act.object_id if act is not None else None
    pour = act is not None and act.kind == "pour"
    let_go = act.start_s + _SENDS[act.kind] * (act.end_s - act.start_s) if act is not None else default_s
    state = evaluate_scene(scene, let_go)
    thing = state.object(oid)
    box = world_bbox(thing)
    frm = np.array(box.center, float)
    height = float(box.max[1] - box.min[1])
    scene_end = scene.settings.duration_s

    # where it goes: a body, the water, a thing, the ground
    target: str | None = None
    kind = "ground"
    if into == WATER:
        from autark.jobs.waters import waters as set_waters

        waters = set_waters(scene)
        if waters:
            kind = "water"
        else:
            warnings.append(f"{where}: the set has no water for the {thing.name} to land in: it lands on the ground")
    elif into != GROUND:
        target = resolve(into)
        if target is None or target == oid:
            warnings.append(f"{where}: no {into} in the set for the {thing.name} to land on: it lands on the ground")
            target = None
        else:
            kind = "body" if _is_body(scene, target) else "thing"
    if pour:
        return _spill_ops(scene, oid, thing, kind, target, sender, let_go, end_s, warnings, where)

    fit = 1.0
    if kind == "thing" and target is not None and _open_box(scene.object(target)):  # a heap of coins in a chest
        from autark.jobs.stacking import fit_inside

        fit = fit_inside(thing, state.object(target))
        height *= fit
    first = _landing_point(scene, kind, target, sender, frm, height, let_go + 1.0)
    if act is None and kind == "body":  # nobody sent it: it falls from above onto them ("falls on his head")
        frm = first + np.array([0.0, _DROP_M, 0.0])
    dist = float(np.linalg.norm(first - frm))
    flight = carried_s if carried_s > 0 else min(1.4, max(0.6, 0.45 + 0.12 * dist))
    land_at = let_go + flight
    latest = end_s - _HOLD_S  # seen down there for a while before the cut
    if land_at > latest and carried_s <= 0:
        shift = min(land_at - latest, max(0.0, let_go - start_s - 0.3))
        let_go, land_at = let_go - shift, land_at - shift
    down = _landing_point(scene, kind, target, sender, frm, height, land_at)
    if carried_s > 0 and kind == "ground":  # the wind takes it away and sets it down metres off, not back at the
        down = down + np.array([_DRIFT_M, 0.0, -0.5 * _DRIFT_M])  # feet it left ("onto the roof" of a rooftop)
    keys, turns = _path(frm, down, let_go, land_at, carried_s > 0, tuple(thing.transform.rotation))
    # the copy's origin sits where the thing's box middle is offset from it
    offset = np.array(thing.transform.position, float) - np.array(box.center, float)
    positions = [_key(k.time_s, tuple(float(c) for c in np.array(k.value) + offset)) for k in keys]
    positions += [_key(t, tuple(float(c) for c in p + offset))
                  for t, p in _afterwards(scene, kind, target, sender, frm, height, land_at, scene_end, down)]
    if not handled(scene, oid):  # no hand places it: the thing itself makes the trip, the camera follows it
        return [
            *([AddKeyframes(target=f"object:{string_id(oid)}.visible", keyframes=[_key(let_go, False, "hold")])]
              if scene.find_object(string_id(oid)) is not None else []),
            AddKeyframes(target=f"object:{oid}.transform.position",
                         keyframes=_sorted([_key(let_go - 0.01, tuple(float(c) for c in thing.transform.position)),
                                            *_overriding(scene, f"object:{oid}.transform.position", positions,
                                                         let_go), *positions])),
            AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=turns),
            *_shrunk(oid, thing, fit, land_at),
            *(_splash(scene, oid, down, land_at, box) if kind == "water" else []),
        ]
    copy = state.object(oid).model_copy(update={
        "id": copy_id, "name": f"{thing.name} (landed)", "visible": False, "parent": None,
        "transform": thing.transform.model_copy(update={"position": positions[0].value})})
    ops: list[Operator] = [
        AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(let_go, False, "hold")]),
        *([AddKeyframes(target=f"object:{string_id(oid)}.visible", keyframes=[_key(let_go, False, "hold")])]
          if scene.find_object(string_id(oid)) is not None else []),  # a flown kite's string snaps as it goes
        AddObject(object=copy),
        AddKeyframes(target=f"object:{copy_id}.visible", keyframes=[_key(0.0, False, "hold"), _key(let_go, True, "hold")]),
        AddKeyframes(target=f"object:{copy_id}.transform.position", keyframes=_sorted(positions)),
        AddKeyframes(target=f"object:{copy_id}.transform.rotation", keyframes=turns),
        *_shrunk(copy_id, thing, fit, land_at),
    ]
    return ops + (_splash(scene, oid, down, land_at, box) if kind == "water" else [])


def _splash(scene: Scene, oid: str, down: np.ndarray, t: float, box) -> list[Operator]:  # noqa: ANN001
    from autark.jobs.splashes import drops_at

    return drops_at(scene, oid, down, t, max(0.3, float(box.max[0] - box.min[0])))


def _overriding(scene: Scene, target: str, path: list[Keyframe], after_s: float) -> list[Keyframe]:
    """Keys on ``path`` (interpolated) at the times of the keys ``target``'s track has after ``after_s``, so the
    path replaces them (a flown kite's keys over its holder go on to the scene's end)."""
    track = next((tr for tr in scene.timeline.tracks if tr.target == target), None)
    path = _sorted(path)
    if track is None or not path:
        return []
    times = np.array([k.time_s for k in path])
    values = np.array([k.value for k in path], float)
    return [_key(k.time_s, tuple(float(np.interp(k.time_s, times, values[:, c])) for c in range(3)))
            for k in track.keyframes if k.time_s > after_s]


def handled(scene: Scene, oid: str) -> bool:
    """Whether an act places ``oid`` (``motion.holding`` overrides its own keys then)."""
    from autark.motion.holding import handled_id

    return any(handled_id(a) == oid or a.kind == "kick" and a.target_object == oid for a in scene.timeline.actions)


def _landing_point(scene: Scene, kind: str, target: str | None, sender: str | None, frm: np.ndarray,
                   height: float, t: float) -> np.ndarray:
    """Where the thing's box middle comes to rest at ``t``."""
    from autark.jobs.waters import water_near
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    if kind == "water":
        x, y, z = water_near(scene, float(frm[0]), float(frm[2]))
        return np.array([x, y + 0.1 * height, z])  # most of it under, its top out of the water
    if kind == "body" and target is not None:
        top = _head_top(evaluate_scene(scene, t).object(target))
        return top + np.array([0.0, 0.25 * height, 0.0])  # on the head, over the top of it
    if kind == "thing" and target is not None:
        obj = evaluate_scene(scene, t).object(target)
        b = world_bbox(obj)
        c = np.array(b.center, float)
        if obj.type in BARRIERS:  # over the fence, over the wall: down on the ground on its far side
            away = (c - frm) * np.array([1.0, 0.0, 1.0])
            if float(np.linalg.norm(away)) < 1e-3:
                away = np.array([0.0, 0.0, -1.0])
            away = away / float(np.linalg.norm(away))
            reach = float(abs(away[0]) * (b.max[0] - b.min[0]) + abs(away[2]) * (b.max[2] - b.min[2])) / 2
            beyond = c + away * (reach + _BEYOND_M)
            return np.array([beyond[0], float(b.min[1]) + 0.5 * height, beyond[2]])
        if _open_box(obj):  # a basket, a chest, a box: in it, its top over the rim (jobs.stacking)
            from autark.jobs.stacking import inside_point

            low = np.array([c[0], 0.0, c[2]])
            return inside_point(low, low + np.array([0.0, height, 0.0]), np.array(b.min, float), np.array(b.max, float))
        if any(w in obj.type for w in CONTAINERS):
            return np.array([c[0], b.min[1] + max(0.5 * height, 0.12 * (b.max[1] - b.min[1])), c[2]])
        return np.array([c[0], b.max[1] + 0.5 * height, c[2]])
    g = _ground_ahead(scene, sender, frm, t)
    return np.array([g[0], g[1] + 0.5 * height, g[2]])


def _shrunk(oid: str, thing, fit: float, land_at: float) -> list[Operator]:  # noqa: ANN001 - a SceneObject
    """Keys that shrink ``oid`` to ``fit`` of its size as it goes into a container narrower than it ([] at 1)."""
    if fit >= 0.999:
        return []
    full = tuple(float(c) for c in thing.transform.scale)
    return [AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=[
        _key(land_at - 0.35, full, "ease_in_out"), _key(land_at, tuple(c * fit for c in full), "hold")])]


def _open_box(obj) -> bool:  # noqa: ANN001 - a SceneObject
    """A container one sees into, low enough that what is in it shows over its rim (a basket, a chest, a bucket;
    not a fire, a goal, a well or an oven)."""
    from autark.scene.geometry import world_bbox

    b = world_bbox(obj)
    return any(w in obj.type for w in CONTAINERS) and not any(w in obj.type for w in _DEEP) \
        and float(b.max[1] - b.min[1]) <= _OPEN_BOX_M


def _path(frm: np.ndarray, to: np.ndarray, t0: float, t1: float, carried: bool,
          rot: tuple[float, ...]) -> tuple[list[Keyframe], list[Keyframe]]:
    """The flight from ``frm`` to ``to``: an arc tumbling over (a throw, a drop), or carried (up high, drifting
    with a sway, then down onto it); its rotation keys end as it started, upright, turned a whole number of times."""
    steps = 12
    moves, turns = [], []
    dist = float(np.linalg.norm((to - frm)[[0, 2]]))
    apex = 0.35 + 0.18 * dist
    for k in range(steps + 1):
        u = k / steps
        t = t0 + u * (t1 - t0)
        if carried:  # the wind lifts it high first, then it sails over and comes down
            lift = 3.0 * math.sin(math.pi * min(1.0, u / 0.85)) * (1.0 - 0.2 * u)
            side = 0.4 * math.sin(u * 3 * 2 * math.pi) * (1.0 - u)
            glide = u ** 1.2
            p = frm + (to - frm) * glide + np.array([side, lift, 0.0])
        else:
            p = frm + (to - frm) * u + np.array([0.0, 4 * apex * u * (1 - u), 0.0])
        moves.append(_key(t, tuple(float(c) for c in p)))
        turns.append(_key(t, (float(rot[0]) + 360.0 * (u if not carried else 0.0), float(rot[1]) + 90.0 * u,
                              float(rot[2]) + (25.0 * math.sin(u * 2 * math.pi) if carried else 0.0))))
    return moves, turns


def _afterwards(scene: Scene, kind: str, target: str | None, sender: str | None, frm: np.ndarray, height: float,
                t0: float, t_end: float, down: np.ndarray) -> list[tuple[float, np.ndarray]]:
    """Where it is after it lands, to the scene's end: riding on the body, bobbing on the water, lying still."""
    out: list[tuple[float, np.ndarray]] = []
    t = t0 + FOLLOW_STEP_S
    while t < t_end + FOLLOW_STEP_S:
        if kind == "body":
            p = _landing_point(scene, kind, target, sender, frm, height, min(t, t_end))
        elif kind == "water":
            p = down + np.array([0.0, _BOB_M * math.sin(2 * math.pi * (t - t0) / _BOB_S), 0.0])
        else:
            break
        out.append((min(t, t_end), p))
        t += FOLLOW_STEP_S
    return out


def _spill_ops(scene: Scene, oid: str, thing, kind: str, target: str | None, sender: str | None,  # noqa: ANN001
               at_s: float, end_s: float, warnings: list[str], where: str) -> list[Operator]:
    """A liquid poured or spilled from ``oid`` (a cup, a jug, a pot of soup) onto its destination: drops fly from
    the tipped vessel, which stays in the hand, and a splash of the liquid's colour stays on what it met (over a
    body's middle, following it; flat on a thing's top or on the ground)."""
    from autark.jobs.changes import _Particles
    from autark.language import new_object
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    color = _liquid_color(thing)
    frm = np.array(world_bbox(thing).center, float)
    land_at = at_s + 0.7
    scene_end = scene.settings.duration_s

    def spot(t: float) -> tuple[np.ndarray, tuple[float, float, float]]:
        """The splash's middle and size (metres) at ``t``."""
        if kind == "body" and target is not None:
            body = evaluate_scene(scene, t).object(target)
            b = world_bbox(body)
            w = 1.08 * max(float(b.max[0] - b.min[0]), float(b.max[2] - b.min[2]), 0.3)
            return _middle(body), (min(w, 0.7), 0.32 * float(b.max[1] - b.min[1]), min(w, 0.7))
        if kind == "thing" and target is not None:
            b = world_bbox(evaluate_scene(scene, t).object(target))
            c = np.array(b.center, float)
            w = 0.6 * min(float(b.max[0] - b.min[0]), float(b.max[2] - b.min[2]), 1.5)
            return np.array([c[0], b.max[1] + _LIQUID_M / 2, c[2]]), (w, _LIQUID_M, w)
        g = _ground_ahead(scene, sender, frm, t)
        return np.array([g[0], g[1] + _LIQUID_M / 2, g[2]]), (0.8, _LIQUID_M, 0.6)

    down, size = spot(land_at)
    p = _Particles(scene, oid, "spill")
    for k in range(6):  # the drops, on an arc from the vessel's lip to where they land
        mid = (frm + down) / 2 + np.array([0.08 * (k - 2.5), 0.35, 0.05 * (k % 3)])
        t = at_s + 0.05 * k
        p.add("sphere", color, 0.07, [(t, tuple(frm)), (t + 0.3, tuple(mid)), (land_at, tuple(down))])
    base = new_object(scene, "sphere", position=tuple(float(c) for c in down))
    span = max(max(h - lo for h, lo in zip(base.bounds_max, base.bounds_min, strict=True)), 1e-3)
    splash_id = landed_id(oid)
    mat = base.material.model_copy(update={"color": color, "roughness": 0.15, "opacity": 0.92})
    full = tuple(c / span for c in size)
    keys = [_key(land_at, tuple(float(c) for c in down))]
    t = land_at + FOLLOW_STEP_S
    while kind == "body" and t < scene_end + FOLLOW_STEP_S:
        keys.append(_key(min(t, scene_end), tuple(float(c) for c in spot(min(t, scene_end))[0])))
        t += FOLLOW_STEP_S
    return [*p.ops,
            AddObject(object=base.model_copy(update={
                "id": splash_id, "name": f"{thing.name} (spilled)", "material": mat, "visible": False,
                "transform": base.transform.model_copy(update={"scale": tuple(0.2 * c for c in full)})})),
            AddKeyframes(target=f"object:{splash_id}.visible", keyframes=[_key(0.0, False, "hold"),
                                                                          _key(land_at, True, "hold")]),
            AddKeyframes(target=f"object:{splash_id}.transform.scale", keyframes=[
                _key(land_at, tuple(0.2 * c for c in full), "ease_out"), _key(land_at + 0.3, full, "hold")]),
            AddKeyframes(target=f"object:{splash_id}.transform.position", keyframes=_sorted(keys))]


_LIQUIDS = {"juice": (1.0, 0.55, 0.05), "saft": (1.0, 0.55, 0.05), "soup": (0.75, 0.45, 0.15),
            "milk": (0.97, 0.96, 0.9), "coffee": (0.3, 0.17, 0.08), "wine": (0.45, 0.02, 0.1),
            "tea": (0.6, 0.35, 0.12), "paint": (0.2, 0.4, 0.95), "water": (0.55, 0.75, 0.95)}


def _liquid_color(thing) -> tuple[float, float, float]:  # noqa: ANN001
    """The colour of what is spilled: named by the thing's name or type, else the thing's own colour."""
    words = f"{thing.name} {thing.type}".lower()
    found = next((c for w, c in _LIQUIDS.items() if w in words), None)
    if found is not None:
        return found
    if any(w in words for w in _VESSELS):  # the cup's own colour is not its drink's: an amber drink
        return _DRINK
    return tuple(thing.material.color)[:3]  # type: ignore[return-value]


_VESSELS = ("cup", "glass", "mug", "jug", "bottle", "pitcher", "can", "pot", "bowl", "bucket")
_DRINK = (0.92, 0.58, 0.16)


def _sorted(keys: list[Keyframe]) -> list[Keyframe]:
    merged = {k.time_s: k for k in keys}
    return [merged[t] for t in sorted(merged)]


ALOFT_M = 3.2  # how high over its holder's hand a flown kite stands
_ALOFT_BACK_M = 1.6  # ... and how far behind them, downwind
_STRING_M = 0.012  # how thick the string is drawn: a line, seen from a medium shot


def string_id(oid: str) -> str:
    return f"{oid}_string"


def _palm(body) -> np.ndarray:  # noqa: ANN001 - a posed SceneObject
    """The holder's right palm, else its box's front at two thirds up."""
    from autark.motion import reach
    from autark.motion.kinematics import forward_dir, rig_info
    from autark.scene.geometry import model_matrix, world_bbox

    rig = rig_info(body.type)
    if rig is not None and "hand_r" in rig.bones:
        pose = {k: np.array(v, float) for k, v in (body.pose or {}).items()}
        m = model_matrix(body.transform)
        return m[:3, :3] @ reach.palm_point(rig, pose, "r") + m[:3, 3]
    b = world_bbox(body)
    f = forward_dir(body.transform.rotation[1])
    c = np.array(b.center, float)
    return np.array([c[0], b.min[1] + 0.66 * (b.max[1] - b.min[1]), c[2]]) + f * 0.3


def _towards(d: np.ndarray) -> tuple[float, float, float]:
    """Euler XYZ degrees that turn a thing's +y axis along ``d`` (R = Rz @ Rx: x first, then z)."""
    n = d / max(float(np.linalg.norm(d)), 1e-6)
    a = math.asin(max(-1.0, min(1.0, float(n[2]))))
    c = math.atan2(-float(n[0]), float(n[1]))
    return (math.degrees(a), 0.0, math.degrees(c))


def aloft_ops(scene: Scene, oid: str, holder: str, at_s: float) -> list[Operator]:
    """A kite (or a balloon) its holder flies stands ``ALOFT_M`` over and behind their hand from ``at_s`` to the
    end of the scene, swaying, on a string (``<oid>_string``) from the hand up to it; a later effect that lets
    it go (the wind carries it off) starts from where it stands and hides the string (``land_ops``)."""
    from autark.language import new_object
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import world_bbox

    if scene.find_object(string_id(oid)) is not None or scene.find_object(holder) is None:
        return []
    thing = scene.object(oid)
    box0 = world_bbox(thing)
    low = np.array(thing.transform.position, float) - np.array([(box0.min[0] + box0.max[0]) / 2, box0.min[1],
                                                                 (box0.min[2] + box0.max[2]) / 2])
    end_s = scene.settings.duration_s
    moves, ends, string_at, string_turn, string_size = [], [], [], [], []
    t = at_s
    rise_s = 1.5  # it climbs from the hand to its height over this long
    while True:
        body = evaluate_scene(scene, t).object(holder)
        hand = _palm(body)
        back = -forward_dir(body.transform.rotation[1])
        up = min(1.0, (t - at_s) / rise_s)
        sway = np.array([0.35 * math.sin(2 * math.pi * t / 2.3), 0.25 * math.sin(2 * math.pi * t / 1.7), 0.0])
        bottom = hand + np.array([back[0] * _ALOFT_BACK_M * up, ALOFT_M * up, back[2] * _ALOFT_BACK_M * up]) + sway * up
        moves.append(_key(t, tuple(float(c) for c in bottom + low)))
        d = bottom - hand
        length = max(float(np.linalg.norm(d)), 0.05)
        string_at.append(_key(t, tuple(float(c) for c in hand)))
        string_turn.append(_key(t, _towards(d)))
        string_size.append(_key(t, (_STRING_M, length, _STRING_M)))
        ends.append(t)
        if t >= end_s:
            break
        t = min(end_s, t + (0.25 if t < at_s + rise_s else FOLLOW_STEP_S))
    line = new_object(scene, "cylinder", position=string_at[0].value)  # type: ignore[arg-type]
    mat = line.material.model_copy(update={"color": (0.95, 0.95, 0.92), "roughness": 0.8})
    sid = string_id(oid)
    rest = _key(0.0, tuple(float(c) for c in thing.transform.position), "hold")  # where it lies until flown
    return [
        AddKeyframes(target=f"object:{oid}.transform.position", keyframes=_sorted([rest, *moves])),
        AddObject(object=line.model_copy(update={"id": sid, "name": f"{thing.name} string", "material": mat,
                                                 "visible": False})),
        AddKeyframes(target=f"object:{sid}.visible", keyframes=[_key(0.0, False, "hold"), _key(at_s, True, "hold")]),
        AddKeyframes(target=f"object:{sid}.transform.position", keyframes=string_at),
        AddKeyframes(target=f"object:{sid}.transform.rotation", keyframes=string_turn),
        AddKeyframes(target=f"object:{sid}.transform.scale", keyframes=string_size),
    ]
