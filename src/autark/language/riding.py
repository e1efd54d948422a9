"""Riding: "Tom rides the horse to the castle", "die Ritterin reitet auf dem Einhorn nach links". The mount walks
or trots there by its own actions and the rider's ``ride`` action seats them on it (``autark.motion.riding``).
Split from ``autark.language.staging``, whose readers it uses."""

from __future__ import annotations

import math
from collections.abc import Iterator

from autark.errors import NotFound
from autark.language import lang
from autark.language import parse as ps
from autark.language.bodies import is_person
from autark.language.characters import is_character
from autark.language.context import Ctx, round3
from autark.language.grammar import Token
from autark.language.placement import box_distance, world_box
from autark.language.staging import (
    OWN_STAGING,
    actor_names,
    arrival_point,
    parse_ref,
    read_subject,
    read_target,
    stage_action,
    stage_one,
)
from autark.language.time_phrases import When, evaluated, finish, span
from autark.ops import Operator, SetTimeline
from autark.scene.model import Scene, SceneObject
from autark.scene.speeds import RUN_M_S, WALK_M_S
from autark.scene.timeline import Action

__all__ = ["stage_ride", "things_named", "CRUISE_M"]

_RIDE_TO = {"to", "toward", "towards", "zu", "zum", "zur", "nach"}
_RIDE_FAST = {"gallops", "galloping", "fast", "quickly", "galoppiert", "schnell"}
_RIDE_HOLD_S = 0.8  # the rider stays up a moment after the mount stops, before getting down
_RIDE_M = 4.0  # a ride with nowhere named crosses this far, away from the middle of the set
_RIDE_TROT_M = 3.5  # farther than this the mount trots (runs)


def stage_ride(rest: list[Token], verb: int, when: When, ctx: Ctx, vehicle: str | None = None) -> list[Operator]:
    """'Tom rides the horse to the castle', 'die Ritterin reitet auf dem Einhorn nach links': the mount (the first
    thing or animal named that is not a person, else the nearest animal to ride) walks or gallops there and the
    rider sits astride it all the way (``autark.motion.riding``), walking up to it first and getting down beside
    it after. Without a mount it is a walk, as before. ``vehicle``: the mount when the words name none (the
    plane a pilot flies on in: ``autark.language.vehicles``). Everyone the subject names rides ("the driver
    and the children drive the bus"): the first drives, the others take the next places (motion.vehicles).
    A flying vehicle takes off to ``CRUISE_M`` over the ground on the way (or stays at its height)."""
    from autark.motion.riding import DISMOUNT_S, MOUNT_S, riding_on
    from autark.motion.vehicles import flies

    actors, after, verb = read_subject(rest, verb, ctx)
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    mount: str | None = None
    cut: tuple[int, int] | None = None
    last_end = after
    for start, end, oid in things_named(p, after, ctx):
        to = any(p.at(j) in _RIDE_TO for j in range(last_end, start))  # "to the castle": the goal, no mount
        if mount is None and not to and oid not in actors and not _person(ctx.scene.object(oid)):
            mount, cut = oid, (start, end)
        last_end = end
    rider = ctx.scene.object(actors[0])
    mount = mount or vehicle or _nearest_mount(rider, ctx)
    if mount is None:
        return stage_action([*rest[:verb], Token("walks" if not ctx.german else "geht", rest[verb].orig),
                             *rest[verb + 1:]], verb, when, ctx)
    rest2 = rest if cut is None else [*rest[:cut[0]], *rest[cut[1]:]]
    goal, where, _extra = read_target(rest2, after, ctx)
    steed = ctx.scene.object(mount)
    start0, _ = span(when, ctx, 0.0)
    state = evaluated(ctx.scene, start0)
    here = state.object(rider.id)
    actions: list[Action] = []
    gap = box_distance(world_box(state.object(mount)), world_box(here))
    astride = riding_on(ctx.scene.timeline.actions, rider.id, mount, start0)  # rode on in the shot before
    if gap > 0.6 and not astride:  # walks up to it first
        beside = arrival_point(here, mount, state, ctx)
        far = math.dist(here.transform.position, beside)
        walk_s = max(0.6, far / (WALK_M_S if far < 3.0 else RUN_M_S))  # hurries to a mount far off
        actions.append(Action(object_id=rider.id, kind="walk" if far < 3.0 else "run", start_s=start0, end_s=round(start0 + walk_s, 4),
                              target=round3(beside)))
        start0 = round(start0 + walk_s, 4)
    nowhere = goal is None and where is None
    flying = flies(steed.type)
    water = _water_for(steed, state) if goal is None else None
    if water is not None:  # a boat goes out onto the set's water (from the beach), or on along it
        where = _on_water(state.object(mount), water, where, state)
    elif nowhere:
        x = state.object(mount).transform.position[0]
        where = ("dir", (1 if x <= 0.3 else -1, 0, 0), _FLY_M if flying else _RIDE_M)
    elif where is not None and where[0] == "dir" and where[2] is None:  # "drives to the right": as far as a ride
        where = ("dir", where[1], _FLY_M if flying else _RIDE_M)
    far = (math.dist(state.object(mount).transform.position, state.object(goal[0]).transform.position)
           if goal else float(where[2] or 0.0) if where[0] == "dir" else _RIDE_M)
    # a long way is ridden at a trot: a walk across the set outlasts the shot it is filmed in; a ride with
    # nowhere named is ridden at a walk, so the shot it fills is spent in the saddle, not waiting beside the mount
    fast = {t.text for t in rest} & _RIDE_FAST or when.pace < 1.0
    kind = "run" if fast or (far > _RIDE_TROT_M and not nowhere) else "walk"
    leave = start0 + (0.0 if astride else MOUNT_S)
    # a vehicle waits for those getting into it just before (the children walking up to the bus board first)
    boarding = [a.start_s for a in ctx.scene.timeline.actions if a.kind == "ride" and a.target_object == mount
                and a.object_id not in actors and start0 - 1.0 <= a.start_s <= start0 + 8.0]
    leave = max([leave, *(b + MOUNT_S for b in boarding)])
    going = When(at=round(leave, 4), duration=when.duration, pace=when.pace)
    # a flying vehicle flies straight over what stands in the way (a drive goes round it, or is refused)
    m_start, m_end, m_acts, keys = stage_one(steed, kind if is_character(steed) else "fly" if flying else "drive",
                                               [*(goal or []), rider.id] if goal or where else None, where,
                                               going, ctx)
    if water is not None:
        keys = [_afloat(k, water) for k in keys]
    if flying:
        keys = [_aloft(k, state.object(mount)) for k in keys]
        keys += _headed(steed, state.object(mount), keys, m_start, ctx)
    stop, heading = _last_place(steed, m_acts, keys, state)
    side = math.radians(heading)
    half = max(world_box(steed)[3] - world_box(steed)[0], world_box(steed)[5] - world_box(steed)[2]) * 0.2
    off = half + 0.55
    down = (stop[0] + math.cos(side) * off, stop[1], stop[2] - math.sin(side) * off)  # on the mount's left
    end = round(m_end + _RIDE_HOLD_S + DISMOUNT_S, 4)
    actions.append(Action(object_id=rider.id, kind="ride", start_s=start0, end_s=end, target_object=mount,
                          target=None if flying or water is not None else round3(down)))  # a crew stays in a
    # plane up in the air, and in a boat out on the water
    for k, other in enumerate(actors[1:], 1):  # the passengers: in from the start, out beside the first
        if other == mount or not is_character(ctx.scene.object(other)):
            continue
        beside = (down[0] - math.sin(side) * 0.7 * k, down[1], down[2] - math.cos(side) * 0.7 * k)
        actions.append(Action(object_id=other, kind="ride", start_s=start0, end_s=end, target_object=mount,
                              target=None if flying or water is not None else round3(beside)))
    ops: list[Operator] = [SetTimeline(actions=[*actions, *m_acts]), *keys]
    ctx.last = [rider.id]
    return finish(ops, ctx, min(start0, m_start), end)


CRUISE_M = 3.5  # how high a flying vehicle goes over the ground on a flight (its bottom)
_FLY_M = 8.0  # a flight with nowhere named crosses this far


def _aloft(op: Operator, vehicle: SceneObject) -> Operator:
    """A flying vehicle's position keys taken up: from where it starts (on the ground or up already) to
    ``CRUISE_M`` at the first way point after it, and on at that height."""
    from autark.ops import AddKeyframes

    if not isinstance(op, AddKeyframes) or not op.target.endswith(".position"):
        return op
    y0 = float(vehicle.transform.position[1])
    top = max(y0, CRUISE_M)
    keys = list(op.keyframes)
    moving = [k for k, key in enumerate(keys) if key.easing != "hold" or k == len(keys) - 1]
    first = moving[0] if moving else 0
    out = []
    for k, key in enumerate(keys):
        x, _y, z = key.value  # type: ignore[misc]
        y = y0 if k <= first else top
        out.append(key.model_copy(update={"value": (x, round(y, 3), z)}))
    return op.model_copy(update={"keyframes": out})


AFLOAT_DEPTH_M = 0.25  # how far a boat's bottom sits under the water's surface


def _water_for(vehicle: SceneObject, state: Scene) -> SceneObject | None:
    """The set's water a floating vehicle (``motion.vehicles.AFLOAT``) goes on, or None."""
    from autark.language.water_surfaces import water_of
    from autark.motion.vehicles import floats

    if not floats(vehicle.type):
        return None
    return water_of(state, tuple(state.object(vehicle.id).transform.position))  # type: ignore[arg-type]


def _on_water(boat: SceneObject, water: SceneObject, where: object, state: Scene) -> tuple:
    """Where a boat goes: from the shore straight out to ``INTO_WATER_M`` past the water's edge plus its own
    length, or, on the water already, the way told (else ``_RIDE_M`` along the shore)."""
    from autark.language.water_surfaces import INTO_WATER_M, in_water, inside_point

    here = tuple(float(v) for v in boat.transform.position)
    if in_water(water, here):  # type: ignore[arg-type]
        if where is not None and where[0] == "dir":  # type: ignore[index]
            return where  # type: ignore[return-value]
        return ("dir", (1 if here[0] <= 0.3 else -1, 0, 0), _RIDE_M)
    x, z = inside_point(water, here)  # type: ignore[arg-type]
    length = max(world_box(boat)[5] - world_box(boat)[2], world_box(boat)[3] - world_box(boat)[0])
    for _try in range(3):
        dx, dz = x - here[0], z - here[2]
        far = math.hypot(dx, dz) or 1.0
        go = far + INTO_WATER_M + length / 2
        end = (here[0] + dx / far * go, here[2] + dz / far * go)
        if not any(o.id != boat.id and math.dist(end, (o.transform.position[0], o.transform.position[2])) < 2.5
                   for o in state.objects if o.type not in ("cube", "cylinder")):
            break
        x += 3.0 if end[0] <= 0 else -3.0  # a boat moored there already: beside it
    return ("dir", (dx / far, 0, dz / far), round(go, 2))


def _afloat(op: Operator, water: SceneObject) -> Operator:
    """A boat's position keys, sunk ``AFLOAT_DEPTH_M`` into the surface wherever they lie on the water."""
    from autark.language.water_surfaces import in_water
    from autark.ops import AddKeyframes

    if not isinstance(op, AddKeyframes) or not op.target.endswith(".position"):
        return op
    out = []
    for key in op.keyframes:
        x, y, z = key.value  # type: ignore[misc]
        sunk = in_water(water, (x, y, z))
        out.append(key.model_copy(update={"value": (x, round(-AFLOAT_DEPTH_M if sunk else y, 3), z)}))
    return op.model_copy(update={"keyframes": out})


def _headed(obj: SceneObject, now: SceneObject, keys: list[Operator], start: float, ctx: Ctx) -> list[Operator]:
    """A flying vehicle turned to where it flies (nose first), as a driven one is; a rocket stays upright."""
    from autark.language.time_phrases import change
    from autark.ops import AddKeyframes

    pos = next((op for op in keys if isinstance(op, AddKeyframes) and op.target.endswith(".position")), None)
    if pos is None or obj.type == "rocket" or len(pos.keyframes) < 2:
        return []
    a, b = pos.keyframes[0].value, pos.keyframes[-1].value
    dx, dz = b[0] - a[0], b[2] - a[2]  # type: ignore[index]
    if math.hypot(dx, dz) < 1e-3:
        return []
    r = now.transform.rotation
    yaw = round(math.degrees(math.atan2(dx, dz)), 3)
    return [change(ctx.scene, f"object:{obj.id}.transform.rotation", r, (r[0], yaw, r[2]), start, start, False)]


_person = is_person  # the body a rider has (language.bodies)


def _nearest_mount(rider: SceneObject, ctx: Ctx) -> str | None:
    """The nearest four-legged animal a person could sit on (a horse, not a cat), for 'rides to the castle'."""
    from autark.motion.creatures import creature_rig

    mounts = [o for o in ctx.scene.objects if o.id != rider.id and (c := creature_rig(o.type)) is not None
              and c.plan == "quadruped" and c.size * o.transform.scale[1] >= 0.9]
    here = rider.transform.position
    return min(mounts, key=lambda o: math.dist(here, o.transform.position)).id if mounts else None


def _last_place(obj: SceneObject, acts: list[Action], keys: list[Operator], state: Scene
                ) -> tuple[tuple[float, float, float], float]:
    """Where a mount's travel leaves it and which way it faces then."""
    from autark.ops import AddKeyframes

    here = state.object(obj.id).transform.position
    points = [here, *[a.target for a in acts if a.target is not None]]
    for op in keys:
        if isinstance(op, AddKeyframes) and op.target.endswith(".position"):
            points += [tuple(k.value) for k in op.keyframes]  # type: ignore[misc]
    last = points[-1]
    prev = next((q for q in reversed(points[:-1]) if math.dist(q, last) > 1e-3), here)
    heading = math.degrees(math.atan2(last[0] - prev[0], last[2] - prev[2])) if prev != last else \
        state.object(obj.id).transform.rotation[1]
    return (float(last[0]), float(last[1]), float(last[2])), heading


# things one drives, rides or sails in or on: "drives the car", "fährt mit dem Bus", "sails the boat" seat the
# driver in it and it goes (``autark.motion.riding.SEATS``); anything else driven is a drive of its own
VEHICLES = frozenset({"car", "bus", "truck", "boat", "train", "tractor", "wagon", "cart", "moon_rover", "submarine",
                      "bicycle", "motorcycle", "scooter", "skateboard", "sled", "van", "taxi", "raft", "airplane",
                      "hot_air_balloon", "rocket", "spaceship", "lunar_lander"})


def stage_drive(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'Oma fährt mit dem Auto zum Markt', 'Tom drives the bus': a ride in the vehicle named after the verb;
    None where no vehicle is named (or the vehicle is the one that drives: 'the car drives to the left')."""
    actors, after, _verb = read_subject(rest, verb, ctx)
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    for _start, _end, oid in things_named(p, after, ctx):
        if oid not in actors and ctx.scene.object(oid).type in VEHICLES and not any(
                ctx.scene.object(a).type in VEHICLES for a in actors):
            return stage_ride(rest, verb, when, ctx)
    return None


def things_named(p: ps.Parser, start: int, ctx: Ctx) -> Iterator[tuple[int, int, str]]:
    """(first word, word after, object id) of each thing the words from ``start`` on refer to, in order; words
    that name nothing in the scene, and the words of a goal ("to", "zum"), are passed over."""
    i = start
    while i < p.n:
        try:
            r = parse_ref(p, i, ctx) if p.at(i) not in lang.PREPOSITIONS - {"the"} | _RIDE_TO else None
        except NotFound:
            r = None
        if r is None:
            i += 1
            continue
        yield i, r[1], r[0][0]
        i = r[1]


OWN_STAGING["ride"] = stage_ride
OWN_STAGING["drive"] = stage_drive
