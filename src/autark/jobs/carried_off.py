"""Things carried off and the water that comes: the ``float_away``, ``sink`` and ``wash_away`` effects
(``MOVING_EFFECTS``: the wind takes a kite up and away, the current carries a boat off, a boat founders where it lies)
and a ``flood`` rising over the set's floor, laid as keyframes on the scene (``autark.jobs.effects`` lays the
others). Split from ``jobs.effects`` by what it draws: motion off the set, and rising water.
"""

from __future__ import annotations

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["MOVING_EFFECTS", "FLOAT_RISE_M", "FLOOD_ID", "FLOOD_COLOR", "flood_ops", "away_ops", "let_go_at"]

MOVING_EFFECTS = ("float_away", "sink", "wash_away")  # the effects that move the thing off (``away_ops``)
FLOAT_RISE_M = 4.5  # how high a thing floating away rises over its act: out of a medium shot's top
_FLOAT_DRIFT_M = 2.5  # and how far it drifts sideways (downwind) meanwhile
_WASH_M = 6.0  # how far along the ground water carries a thing off (wash_away): out of a wide shot's side
_SINK_M = 1.2  # how deep a thing dropped into water goes, below where it met the water
_SWAY = 3  # a floating thing sways from side to side this many times on its way up
FLOOD_ID = "flood_water"
FLOOD_COLOR = (0.07, 0.19, 0.23)  # dark muddy blue-green: floodwater, not a swimming pool or ice
_FLOOD_OUTDOORS_M = 40.0  # the side of the flooded square where the set has no room floor
_FLOOD_FILM_M = 0.07  # the water's first height: just over a room's floor (0.05 m thick)


def flood_ops(scene: Scene, start_s: float, end_s: float, depth_m: float) -> list[Operator]:
    """Water rising over the set's floor from ``start_s`` to ``depth_m`` deep at ``end_s``, and staying: a
    flat, glossy, slightly see-through box (``FLOOD_ID``) hidden before it comes. Indoors it covers the room's
    floor (the walls hold it), outdoors a wide square about the middle of the set. Once per scene."""
    from autark.language import new_object
    from autark.ops import AddObject
    from autark.scene.geometry import world_bbox

    if scene.find_object(FLOOD_ID) is not None:
        return []
    floor = next((o for o in scene.objects if o.type == "floor" and o.tag == "setting"), None)
    if floor is not None:
        b = world_bbox(floor)
        x0, z0, x1, z1 = b[0], b[2], b[3], b[5]
    else:
        x0 = z0 = -_FLOOD_OUTDOORS_M / 2
        x1 = z1 = _FLOOD_OUTDOORS_M / 2
    base = new_object(scene, "cube", position=((x0 + x1) / 2, 0.0, (z0 + z1) / 2))
    lo, hi = base.bounds_min, base.bounds_max
    w, h, d = (x1 - x0) / (hi[0] - lo[0]), 1.0 / (hi[1] - lo[1]), (z1 - z0) / (hi[2] - lo[2])
    low, full = (w, _FLOOD_FILM_M * h, d), (w, max(depth_m, _FLOOD_FILM_M) * h, d)
    mat = base.material.model_copy(update={"color": FLOOD_COLOR, "roughness": 0.45, "metallic": 0.0,
                                           "opacity": 0.82})
    end_s = max(end_s, start_s + 0.5)
    return [
        AddObject(object=base.model_copy(update={
            "id": FLOOD_ID, "name": "floodwater", "material": mat, "visible": False, "tag": "setting",
            "transform": base.transform.model_copy(update={"scale": low})})),
        AddKeyframes(target=f"object:{FLOOD_ID}.visible", keyframes=[_key(0.0, False, "hold"),
                                                                      _key(start_s, True, "hold")]),
        AddKeyframes(target=f"object:{FLOOD_ID}.transform.scale", keyframes=[_key(start_s, low, "ease_in_out"),
                                                                              _key(end_s, full, "hold")]),
    ]


def let_go_at(scene: Scene, oid: str, start_s: float, end_s: float, default_s: float) -> float:
    """When ``oid`` leaves the hand in this shot: early in the put-down that lets go of it (while it is still
    up in the hand, not on the floor), else ``default_s``."""
    drop = next((a for a in scene.timeline.actions if a.kind == "put_down" and a.item == oid
                 and start_s <= a.start_s < end_s), None)
    return drop.start_s + 0.25 * (drop.end_s - drop.start_s) if drop is not None else default_s


def away_ops(scene: Scene, oid: str, kind: str, at_s: float, duration_s: float) -> list[Operator]:
    """``oid`` floats up and away (``float_away``) or sinks (``sink``) from where it is at ``at_s`` over
    ``duration_s``: the thing is hidden from ``at_s`` on and a copy of it (``<oid>_away``, shown from ``at_s``)
    makes the trip and is hidden at its end, out of the shot."""
    import math

    from autark.motion import evaluate_scene
    from autark.ops import AddObject
    from autark.scene.geometry import world_bbox

    away = f"{oid}_away"
    if scene.find_object(away) is not None:
        return []  # it can go away once
    duration_s = max(duration_s, 1.5)
    state = evaluate_scene(scene, at_s).object(oid)
    b = world_bbox(state)
    # where its origin is, from where its box is: the copy starts exactly where the thing was seen
    x, y, z = (float(c) for c in state.transform.position)
    base_y = y - b[1]
    end_s = at_s + duration_s
    side = -1.0 if x > 0 else 1.0  # it drifts across the set, over the middle of the frame, as it goes
    keys: list[Keyframe] = []
    from autark.motion.vehicles import AFLOAT

    if kind == "sink" and scene.object(oid).type in AFLOAT:  # a boat goes down where it is: it lists and settles
        return _founder_ops(scene, oid, state, at_s, end_s)
    from autark.jobs.waters import water_near

    into = water_near(scene, x, z) if kind in ("sink", "wash_away") else (x, 0.0, z)
    steps = 12
    for k in range(steps + 1):
        u = k / steps
        if kind == "float_away":  # slow at first, then faster as the wind takes it, swaying
            rise = FLOAT_RISE_M * u ** 1.5
            sway = 0.25 * math.sin(u * _SWAY * 2 * math.pi)
            keys.append(_key(at_s + u * duration_s, (x + side * (_FLOAT_DRIFT_M * u ** 1.3 + sway),
                                                      b[1] + base_y + rise, z - 0.8 * u), "linear"))
        elif kind == "wash_away":  # the water pulls it in (the set's river or lake, if it has one), then carries
            wx, wy, wz = into  # it off along the water, faster as it goes, bobbing, half under
            pull = min(1.0, u / 0.35)
            drift = max(0.0, u - 0.35) / 0.65
            bob = 0.08 * math.sin(u * 4 * math.pi)
            keys.append(_key(at_s + u * duration_s, (x + (wx - x) * pull + side * _WASH_M * drift ** 1.4,
                                                      b[1] + base_y + (wy - b[1]) * pull - 0.25 * drift + bob,
                                                      z + (wz - z) * pull - 0.5 * drift), "linear"))
        else:  # it flies into the water (the set's lake, else at the feet) first, then goes down slowly, drifting
            wx, wy, wz = into
            fly = min(1.0, u / 0.3)  # the first third of its time in the air, on an arc
            arc = 4 * fly * (1 - fly) * min(1.0, 0.15 * ((wx - x) ** 2 + (wz - z) ** 2) ** 0.5)
            bottom = b[1] + (wy - b[1]) * fly + arc - _SINK_M * max(0.0, u - 0.3) / 0.7
            keys.append(_key(at_s + u * duration_s, (x + (wx - x) * fly + side * 0.3 * u, bottom + base_y,
                                                      z + (wz - z) * fly - 0.4 * u), "linear"))
    obj = scene.object(oid)
    copy = obj.model_copy(update={"id": away, "name": f"{obj.name} (away)", "visible": False, "parent": None,
                                  "transform": state.transform.model_copy(update={"position": keys[0].value})})
    from autark.jobs.landings import string_id

    string = string_id(oid)  # a flown kite's string snaps as the wind takes it
    return [
        AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(at_s, False, "hold")]),
        *([AddKeyframes(target=f"object:{string}.visible", keyframes=[_key(at_s, False, "hold")])]
          if scene.find_object(string) is not None else []),
        AddObject(object=copy),
        AddKeyframes(target=f"object:{away}.visible",
                     keyframes=[_key(0.0, False, "hold"), _key(at_s, True, "hold"), _key(end_s, False, "hold")]),
        AddKeyframes(target=f"object:{away}.transform.position", keyframes=keys),
    ]


def _founder_ops(scene: Scene, oid: str, state: object, at_s: float, end_s: float) -> list[Operator]:
    """A boat, a raft or a ship that sinks goes down where it lies, not thrown into the nearest lake: it lists to
    one side (``_LIST_DEG``), its bow rises as its stern settles, and it goes down by its own height, fading out
    as it goes under; a copy (``<oid>_away``) does it, the thing itself is hidden from ``at_s`` on."""
    from autark.ops import AddObject
    from autark.scene.geometry import world_bbox

    away = f"{oid}_away"
    b = world_bbox(state)  # type: ignore[arg-type]
    x, y, z = (float(c) for c in state.transform.position)  # type: ignore[attr-defined]
    rx, ry, rz = (float(c) for c in state.transform.rotation)  # type: ignore[attr-defined]
    # all the way under, bow last: its own height left a rowing boat awash 0.7 m down, which a viewer did not
    # read as sunk
    depth = max(float(b.max[1] - b.min[1]) * 1.1, _FOUNDER_M, 0.6 * float(max(b.max[0] - b.min[0], b.max[2] - b.min[2])))
    # before it goes it already lists and settles a little, with whoever is aboard (their seats ride on it)
    pre_s = max(0.0, at_s - _PRE_LIST_S)
    moved = any(t.target in (f"object:{oid}.transform.position", f"object:{oid}.transform.rotation")
                for t in scene.timeline.tracks)  # a boat rowed or driven keeps its own way: no listing laid over it
    own = [] if moved else [AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=[
               _key(pre_s, (rx, ry, rz), "ease_in_out"), _key(at_s, (rx, ry, rz + _PRE_LIST_DEG), "hold")]),
           AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
               _key(pre_s, (x, y, z), "ease_in_out"), _key(at_s, (x, y - _PRE_SETTLE_M, z), "hold")])]
    if own:
        y, rz = y - _PRE_SETTLE_M, rz + _PRE_LIST_DEG
    steps = 8
    moves, turns = [], []
    for k in range(steps + 1):
        u = k / steps
        settle = u ** 1.6  # slowly at first, then it goes
        moves.append(_key(at_s + u * (end_s - at_s), (x, y - depth * settle, z), "linear"))
        turns.append(_key(at_s + u * (end_s - at_s), (rx - 12.0 * min(1.0, 2 * u), ry, rz + _LIST_DEG * min(1.0, 1.5 * u)),
                          "linear"))
    obj = scene.object(oid)
    copy = obj.model_copy(update={"id": away, "name": f"{obj.name} (away)", "visible": False, "parent": None,
                                  "transform": state.transform})  # type: ignore[attr-defined]
    fade = at_s + 0.6 * (end_s - at_s)
    # the hidden boat itself goes down a little too, so whoever still sits in it is left in the water up to the
    # chest, not sitting in the air where the boat was (their seats ride on it, not on the copy)
    crew = AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
        _key(at_s, (x, y, z), "ease_in"), _key(end_s, (x, y - min(depth, _CREW_SINKS_M), z), "hold")])
    return [*own, crew,
        AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(at_s, False, "hold")]),
        AddObject(object=copy),
        AddKeyframes(target=f"object:{away}.visible",
                     keyframes=[_key(0.0, False, "hold"), _key(at_s, True, "hold"), _key(end_s, False, "hold")]),
        AddKeyframes(target=f"object:{away}.transform.position", keyframes=moves),
        AddKeyframes(target=f"object:{away}.transform.rotation", keyframes=turns),
        AddKeyframes(target=f"object:{away}.material.opacity",
                     keyframes=[_key(fade, 1.0, "linear"), _key(end_s, 0.0, "hold")]),
    ]


_LIST_DEG = 25.0  # how far a sinking boat lists to one side as it goes down
_FOUNDER_M = 2.0  # how far down a sinking boat goes at least (out of sight under the water)
_PRE_LIST_S = 8.0  # how long before it goes down a sinking boat already lists ...
_PRE_LIST_DEG = 7.0  # ... this far
_PRE_SETTLE_M = 0.12  # ... and sits this much lower in the water
_CREW_SINKS_M = 0.6  # how far those still aboard go down with it (to the chest, the head above the water)
