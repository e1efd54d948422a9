"""A thing that acts by itself, moved on screen (``autark.story.thing_acts`` asks for it, ``autark.jobs.effects``
lays it): the effects ``perform``, ``roam`` and ``tumble`` as keyframes on the thing's own transform.

- ``perform``: a printer that sings, a radio that dances, a fridge that sings for the cook: it hops and rocks
  from side to side where it stands, turning a little each beat, and glows (``jobs.effects`` adds the glow):
  alive, seen from any side and at any shot size, and back to rest, where it stood, at the act's end.
- ``roam``: a toy robot that marches, a toy car that drives through the room, a vacuum cleaner that chases the
  cat: it travels along its own longer side (a car's length, so it never drives sideways) away from the one
  watching (never through their legs), bobbing as it goes, stops, and comes back to where it stood (the shots
  after see it where they expect).
- ``tumble``: a fridge that tips off the van, a barrel that rolls off the ship, a cabinet that topples: it tips
  over its edge (away from what it stood on, else away from the nearest one watching, so it never falls on them)
  and comes down to lie on its side on the ground beside where it stood, and stays there; knocked off by someone
  (a point at it in the shot, ``story.knocked_off``), it goes as their reach meets it, away from them.
- ``roll``: a barrel that rolls off the cart, a snowball that rolls down the hill: it rolls (turning about its
  own axis as far as its girth carries it) off the edge of what it stood on, drops to the ground and rolls on
  away from the ones watching, and stays where it stopped.
- ``approach``: a ship that appears on the horizon, a lost boat that comes out of the storm, a balloon that
  appears over the hills: out of sight before, it shows far off at the back of the set (small, in the fog or
  the haze), a little to the side, and nears on a long easing path to its place (a vessel in a set with water:
  on the water's near edge, bobbing and rocking on the waves, beside the cast rather than behind a head; a
  thing that flies: coming down from high up), where it stays; a thing the sea washes ashore drifts in over the
  water to its edge and then up the beach to its place. A small thing shows first nearer (a bottle 8 m out, a
  ship 30 m). A thing of its kind that belongs to the set (the beach's moored boat) is not there: the one that
  comes is the only one.

- ``fly_off``: a ball hit so far it never comes back, a hat the storm tears away, a paper plane that sails off:
  it leaves where it is on a high arc through the air (up ``FLY_UP_M``, ``FLY_M`` away from the one nearest it,
  a little towards the back of the set), spinning, so it leaves a medium shot's frame at the top and a wide's at
  the side, and is gone from then on (``story.consequence_staging`` asks for it where nothing else sends the
  thing off).

Each is computed from where the thing is at the act (the scene evaluated then), so a thing moved or held before
starts from there.
"""

from __future__ import annotations

import math

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.motion.vehicles import AIRBORNE
from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["thing_motion_ops", "THING_MOTIONS", "HOP_S", "ROAM_M", "AFAR_M", "FLY_M", "FLY_UP_M"]

THING_MOTIONS = ("perform", "roam", "tumble", "roll", "approach", "fly_off")
HOP_S = 0.5  # one hop and landing of a performing thing
_ROCK_DEG = 10.0  # how far it rocks to each side per hop
_TURN_DEG = 14.0  # and how far it turns about its upright
_HOP_SHARE = 0.25  # how high it hops, as a share of its height (a printer: 8 cm)
_HOP_MAX_M = 0.25
ROAM_M = 1.8  # how far a roaming thing travels before it turns back
_BOB_SHARE = 0.04  # how high it bobs on the way, as a share of its height
_TIP_SHARE = 0.3  # of a tumble's time, the first slow tipping over its edge
_TIP_DEG = 25.0  # how far it leans over its edge before it goes
_SUPPORT_GAP_M = 0.08  # a thing this close above another's top stands on it
ROLL_M = 2.5  # how far a rolling thing rolls on along the ground
AFAR_M = 30.0  # how far back (away from the camera's side) a thing that appears shows first
_AFAR_SIDE_M = 7.0  # ... and how far to the side of its place
_AFAR_UP_M = 9.0  # how high a flying thing that appears shows first
_ROCK_ON_WATER_DEG = 4.0  # how far a vessel on the water rocks to each side as it comes
_AFAR_MIN_M, _AFAR_PER_M = 8.0, 20.0  # a small thing shows first nearer (20 times its size, at least 8 m back)
_ASHORE_SHARE = 0.75  # of a thing washed ashore's time, the part it drifts in over the water
FLY_M = 16.0  # how far a thing sent flying off travels before it is gone
FLY_UP_M = 7.0  # ... and how high its arc goes over where it left
_FLY_SPIN_DEG = 720.0  # how far it turns on the way
_FLY_MIN_S, _FLY_MAX_S = 1.2, 2.4  # how long its flight takes


def _vec(v: object) -> tuple[float, float, float]:
    x, y, z = (float(c) for c in v)  # type: ignore[union-attr]
    return (x, y, z)


def thing_motion_ops(scene: Scene, kind: str, oid: str, t0: float, t1: float) -> list[Operator]:
    """The keyframes of ``oid`` doing ``kind`` (one of ``THING_MOTIONS``) from ``t0`` to ``t1``."""
    from autark.motion import evaluate_scene

    state = evaluate_scene(scene, t0)
    t1 = max(t1, t0 + 0.6)
    if kind == "perform":  # (and it glows: autark.jobs.effects lays that)
        return _perform(state, oid, t0, t1)
    if kind == "roam":
        return _roam(state, oid, t0, t1)
    if kind == "roll":
        return _roll(state, oid, t0, t1)
    if kind == "approach":
        return _approach(scene, state, oid, t0, t1)
    if kind == "fly_off":  # as the kick strikes it or the throw lets go, where one sends it
        from autark.jobs.landings import let_go_s

        sent = let_go_s(scene, oid, t0 - 4.0, t1)
        if sent is not None and abs(sent - t0) > 0.05:
            t1, t0 = t1 + sent - t0, sent
            state = evaluate_scene(scene, t0)
        return _fly_off(scene, state, oid, t0, t1)
    reach = next((a for a in scene.timeline.actions if a.kind == "point" and a.target_object == oid
                  and t0 - 6.0 <= a.start_s <= t0 + 8.0), None)
    if reach is not None:  # knocked off (story.knocked_off): it goes as the paw or the hand reaches it
        t1, t0 = t1 - t0 + reach.start_s + 0.5 * (reach.end_s - reach.start_s), reach.start_s + 0.5 * (
            reach.end_s - reach.start_s)
        state = evaluate_scene(scene, t0)
        doer = float(state.object(reach.object_id).transform.position[0])
        return _tumble(state, oid, t0, t1, 1.0 if float(state.object(oid).transform.position[0]) >= doer else -1.0)
    return _tumble(state, oid, t0, t1)


def _tracks(oid: str, positions: list[Keyframe], rotations: list[Keyframe]) -> list[Operator]:
    return [
        AddKeyframes(target=f"object:{oid}.transform.position", keyframes=positions),
        AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=rotations),
    ]


def _height(state: Scene, oid: str) -> float:
    box = world_bbox(state.object(oid))
    return float(box.max[1] - box.min[1])


def _perform(state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    obj = state.object(oid)
    pos, rot = _vec(obj.transform.position), _vec(obj.transform.rotation)
    hop = min(_HOP_MAX_M, _HOP_SHARE * _height(state, oid))
    positions, rotations = [_key(t0, pos)], [_key(t0, rot)]
    beats = max(1, int((t1 - t0) / HOP_S))
    for k in range(beats):
        up, down = t0 + (k + 0.5) * HOP_S, t0 + (k + 1) * HOP_S
        side = 1.0 if k % 2 == 0 else -1.0
        positions += [_key(up, (pos[0], pos[1] + hop, pos[2]), "ease_in"), _key(down, pos, "ease_out")]
        rotations += [
            _key(up, (rot[0], rot[1] + side * _TURN_DEG, rot[2] + side * _ROCK_DEG)),
            _key(down, (rot[0], rot[1] + side * _TURN_DEG / 2, rot[2])),
        ]
    end = t0 + beats * HOP_S + 0.2
    positions.append(_key(end, pos, "hold"))
    rotations.append(_key(end, rot, "hold"))
    return _tracks(oid, positions, rotations)


def _roam(state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    obj = state.object(oid)
    pos, rot = _vec(obj.transform.position), _vec(obj.transform.rotation)
    m = np.abs(_rotation(rot)) * np.asarray(obj.transform.scale, float)[None, :]
    extent = m @ (np.asarray(obj.bounds_max, float) - np.asarray(obj.bounds_min, float))
    axis = 0 if extent[0] >= extent[2] else 2  # along its length: a car drives forwards, not sideways
    sign = _away_side(state, oid, axis)  # away from the one watching, never through them
    far = list(pos)
    far[axis] += sign * ROAM_M
    bob = _BOB_SHARE * _height(state, oid)
    span = t1 - t0
    out_s, back_s = t0 + 0.45 * span, t0 + 0.55 * span
    positions = [_key(t0, pos, "linear")]
    steps = max(2, int(span / 0.3))
    for k in range(1, steps):
        t = t0 + span * k / steps
        if out_s < t < back_s:
            continue
        share = (t - t0) / (out_s - t0) if t <= out_s else (t1 - t) / (t1 - back_s)
        at = [p + share * (f - p) for p, f in zip(pos, far, strict=True)]
        at[1] += bob * (k % 2)
        positions.append(_key(t, tuple(at), "linear"))
    positions += [_key(out_s, tuple(far), "hold"), _key(back_s, tuple(far), "linear"), _key(t1, pos, "hold")]
    wiggle = (rot[0], rot[1] + 6.0, rot[2])  # a little turn as it sets off and as it comes back
    rotations = [
        _key(t0, rot),
        _key(t0 + 0.2 * span, wiggle),
        _key(out_s, rot),
        _key(back_s + 0.2 * span, wiggle),
        _key(t1, rot, "hold"),
    ]
    return _tracks(oid, sorted(positions, key=lambda k: k.time_s), rotations)


def _rotation(rot: tuple[float, float, float]) -> np.ndarray:
    from autark.scene.geometry import rotation_matrix

    return rotation_matrix(rot)


def _support(state: Scene, oid: str) -> tuple[float, float, float, float] | None:
    """The (x, z) middle and the x edges of the thing ``oid`` stands on (a table, a shelf, a cart), or None on
    the ground."""
    box = world_bbox(state.object(oid))
    if box.min[1] < _SUPPORT_GAP_M:
        return None
    cx, cz = (box.min[0] + box.max[0]) / 2, (box.min[2] + box.max[2]) / 2
    for other in state.objects:
        if other.id == oid or not other.visible or other.tag == "setting":
            continue
        b = world_bbox(other)
        if not (b.min[0] <= cx <= b.max[0] and b.min[2] <= cz <= b.max[2]):
            continue
        from autark.language.placement import surfaces

        # its box top, or one of its boards (a shelf's middle board)
        if abs(b.max[1] - box.min[1]) < _SUPPORT_GAP_M or any(
                abs(h - box.min[1]) < _SUPPORT_GAP_M for h, _r in surfaces(other)):
            return ((b.min[0] + b.max[0]) / 2, (b.min[2] + b.max[2]) / 2, b.min[0], b.max[0])
    return None


def _away_side(state: Scene, oid: str, axis: int = 0) -> float:
    """+1 to go towards + along ``axis`` (x: 0, z: 2), -1 towards -: off the edge of what it stands on (along x),
    else away from the nearest one watching."""
    pos = _vec(state.object(oid).transform.position)
    under = _support(state, oid) if axis == 0 else None
    if under is not None:
        return 1.0 if pos[0] >= under[0] else -1.0
    bodies = [
        state.object(c.object_id) for c in state.characters if state.find_object(c.object_id) is not None
    ]
    if not bodies:
        return 1.0
    near = min(bodies, key=lambda b: math.dist(pos, _vec(b.transform.position)))
    return 1.0 if pos[axis] >= float(near.transform.position[axis]) else -1.0


def _tumble(state: Scene, oid: str, t0: float, t1: float, side: float = 0.0) -> list[Operator]:
    """Over its edge and down (``side``: +1 towards +x, -1 towards -x; 0: ``_away_side``)."""
    obj = state.object(oid)
    pos, rot = _vec(obj.transform.position), _vec(obj.transform.rotation)
    box = world_bbox(obj)
    side = side or _away_side(state, oid)
    edge = np.array([box.max[0] if side > 0 else box.min[0], box.min[1], pos[2]])  # the edge it tips over
    lean = (rot[0], rot[1], rot[2] - side * _TIP_DEG)  # +z rotation tips the top towards -x
    turn = _rotation(lean) @ np.linalg.inv(_rotation(rot))
    leaning = edge + turn @ (np.asarray(pos) - edge)
    down = (rot[0], rot[1], rot[2] - side * 90.0)
    lying = obj.model_copy(update={"transform": obj.transform.model_copy(update={"rotation": down})})
    b = world_bbox(lying)
    # on its side on the ground, its near end where the edge it tipped over was
    shift = np.array([(edge[0] - b.min[0]) if side > 0 else (edge[0] - b.max[0]), -b.min[1], 0.0])
    under = _support(state, oid)
    if under is not None:  # off a shelf or a table: down on the floor past its edge, not inside its legs
        past = (under[3] - b.min[0] + 0.05) if side > 0 else (under[2] - b.max[0] - 0.05)
        shift[0] = max(shift[0], past) if side > 0 else min(shift[0], past)
    fallen = np.asarray(pos) + shift
    t_lean = t0 + _TIP_SHARE * (t1 - t0)
    positions = [
        _key(t0, pos, "ease_in"),
        _key(t_lean, tuple(float(c) for c in leaning), "ease_in"),
        _key(t1, tuple(float(c) for c in fallen), "hold"),
    ]
    rotations = [_key(t0, rot, "ease_in"), _key(t_lean, lean, "ease_in"), _key(t1, down, "hold")]
    return _tracks(oid, positions, rotations)


def _roll(state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    obj = state.object(oid)
    rot = _vec(obj.transform.rotation)
    lo, hi = np.asarray(obj.bounds_min, float), np.asarray(obj.bounds_max, float)
    middle = np.asarray(obj.transform.scale, float) * (lo + hi) / 2  # its middle, from its origin, unturned
    box = world_bbox(obj)
    centre = np.asarray(box.center, float)
    side = _away_side(state, oid)
    radius = max(0.05, (box.max[1] - box.min[1]) / 2)

    def at(x: float, y: float, t: float, easing: str) -> tuple[Keyframe, Keyframe]:
        """Its middle at (x, y), turned as far as rolling there from where it stood turns it (clockwise, seen
        from +z, towards +x), turning about its middle."""
        turn = (rot[0], rot[1], rot[2] - math.degrees((x - centre[0]) / radius))
        origin = np.array([x, y, centre[2]]) - _rotation(turn) @ middle
        return _key(t, tuple(float(c) for c in origin), easing), _key(t, turn, easing)

    keys = [at(centre[0], centre[1], t0, "linear")]
    x = centre[0]
    under = _support(state, oid)
    if under is not None:  # along the top to its edge, then down to the ground past it
        edge_x = (under[3] if side > 0 else under[2]) + side * radius
        x = edge_x + side * radius
        keys += [
            at(edge_x, centre[1], t0 + 0.3 * (t1 - t0), "ease_in"),
            at(x, radius, t0 + 0.45 * (t1 - t0), "linear"),
        ]
    keys.append(at(x + side * ROLL_M, radius, t1, "hold"))
    return _tracks(oid, [p for p, _ in keys], [r for _, r in keys])


def _approach(scene: Scene, state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    from autark.jobs.waters import water_near, waters
    from autark.ops.visibility import visible_from
    from autark.story.waterside import VESSEL_KINDS

    obj = state.object(oid)
    pos, rot = _vec(obj.transform.position), _vec(obj.transform.rotation)
    height = _height(state, oid)
    flies = any(w in obj.type for w in AIRBORNE)
    afloat = not flies and any(w in obj.type for w in VESSEL_KINDS) and bool(waters(scene))
    end = pos
    if afloat:  # on the water, where it is nearest the thing's place (beside the cast, not behind a head)
        x, y, z = water_near(scene, _beside_cast(state, pos[0]), pos[2])
        end = (x, y - 0.15 * height, z)
    side = -1.0 if end[0] >= 0.0 else 1.0  # it comes in from the far side of the middle, not across the cast
    box = world_bbox(obj)
    afar = min(AFAR_M, max(_AFAR_MIN_M, _AFAR_PER_M * float(np.max(np.asarray(box.max) - np.asarray(box.min)))))  # a bottle nearer than a ship
    start = (end[0] - side * min(_AFAR_SIDE_M, afar / 4), end[1] + (_AFAR_UP_M if flies else 0.0), end[2] - afar)
    via = end
    if not flies and not afloat and waters(scene):  # washed ashore: over the water to its edge, then up the beach
        via = water_near(scene, end[0], end[2])
        start = (via[0] - side * min(_AFAR_SIDE_M, afar / 4), via[1], via[2] - afar)
    steps = max(4, int((t1 - t0) / 0.3))
    positions, rotations = [], []
    for k in range(steps + 1):
        u = k / steps
        t = t0 + u * (t1 - t0)
        if via is not end and u > _ASHORE_SHARE:  # the last stretch, out of the water to its place
            share = (u - _ASHORE_SHARE) / (1.0 - _ASHORE_SHARE)
            at = [a + share * (b - a) for a, b in zip(via, end, strict=True)]
        else:
            w = u / _ASHORE_SHARE if via is not end else u
            share = 1.0 - (1.0 - w) ** 2  # fast from afar, slowing as it comes to its place
            at = [a + share * (b - a) for a, b in zip(start, via, strict=True)]
        roll = 0.0
        if afloat:  # rides the waves as it comes
            at[1] += 0.05 * height * math.sin(2 * math.pi * t / 1.6)
            roll = _ROCK_ON_WATER_DEG * math.sin(2 * math.pi * t / 2.1) * (1.0 - 0.5 * u)
        positions.append(_key(t, tuple(at), "linear"))
        rotations.append(_key(t, (rot[0], rot[1], rot[2] + roll), "linear"))
    positions.append(_key(t1 + 0.01, end, "hold"))
    rotations.append(_key(t1 + 0.01, rot, "hold"))
    # the one that comes is the only one of its kind: a boat of the set's own (moored on the beach) is not there
    others = [AddKeyframes(target=f"object:{o.id}.visible", keyframes=[_key(0.0, False, "hold")])
              for o in scene.objects if o.tag == "setting" and o.type == obj.type and o.id != oid]
    return [visible_from(scene, oid, t0, True, before=False), *_tracks(oid, positions, rotations), *others]


def _fly_off(scene: Scene, state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    """Up and away on a high arc, spinning, and gone at its end (see the module doc). A thing in someone's hands
    leaves from there (its own keys take over from the hand's placing at ``t0``: ``motion.holding`` places only
    a thing with no keys of its own after the hold)."""
    from autark.ops.visibility import visible_from

    obj = state.object(oid)
    pos, rot = np.asarray(_vec(obj.transform.position)), _vec(obj.transform.rotation)
    side = _away_side(state, oid)
    flight = min(_FLY_MAX_S, max(_FLY_MIN_S, t1 - t0))
    end = pos + np.array([side * FLY_M, 0.0, -0.35 * FLY_M])
    steps = 10
    positions, rotations = [], []
    for k in range(steps + 1):
        u = k / steps
        at = pos + u * (end - pos)
        at[1] = pos[1] + 4.0 * FLY_UP_M * u * (1.0 - u) + u * 0.5 * FLY_UP_M  # up, and never back down in sight
        t = t0 + u * flight
        positions.append(_key(t, tuple(float(c) for c in at), "linear"))
        rotations.append(_key(t, (rot[0], rot[1], rot[2] - side * _FLY_SPIN_DEG * u), "linear"))
    from autark.jobs.landings import handled, landed_id

    if not handled(scene, oid):
        return [*_tracks(oid, positions, rotations), visible_from(scene, oid, t0 + flight, False, before=True)]
    copy_id = landed_id(oid)  # a hand places the thing itself: a copy makes the trip, as jobs.landings does
    if scene.find_object(copy_id) is not None:
        return []
    copy = obj.model_copy(update={"id": copy_id, "name": f"{obj.name} (flown off)", "visible": False,
                                  "parent": None})
    return [
        AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(t0, False, "hold")]),
        AddObject(object=copy),
        AddKeyframes(target=f"object:{copy_id}.visible", keyframes=[
            _key(0.0, False, "hold"), _key(t0, True, "hold"), _key(t0 + flight, False, "hold")]),
        *_tracks(copy_id, positions, rotations),
    ]


_CLEAR_X_M = 2.5  # a thing that comes to the back of the set ends at least this far to the side of the cast


def _beside_cast(state: Scene, x: float) -> float:
    """``x``, or a place beside the cast where the thing coming to the back of the set is not behind one of
    them."""
    xs = [float(state.object(c.object_id).transform.position[0]) for c in state.characters
          if state.find_object(c.object_id) is not None]
    for _ in range(4):
        near = [cx for cx in xs if abs(cx - x) < _CLEAR_X_M]
        if not near:
            break
        x = (max(near) + _CLEAR_X_M) if x >= sum(near) / len(near) else (min(near) - _CLEAR_X_M)
    return x
