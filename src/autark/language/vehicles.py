"""Getting in, flying and landing in vehicles: "Tom climbs into the car", "die Pilotin steigt in das Flugzeug",
"the sailors board the ship" seat them in it (``autark.motion.vehicles``: the first one in drives); "climbs out
of the truck", "steigt aus dem Bus" gets them out beside it; "the pilot flies (the plane) to the mountain" is a
ride in the flying vehicle (``autark.language.riding.stage_ride``), and "the pilot lands (the plane)" brings it
down onto the ground with its crew in it. Each reading returns None where no vehicle with places is meant, so
the verb is staged as any other (a bird lands, a boy climbs a tree)."""

from __future__ import annotations

import math

from autark.errors import NotFound
from autark.language import parse as ps
from autark.language.afloat import ashore_spot
from autark.language.bodies import is_person
from autark.language.characters import is_character
from autark.language.context import Ctx, round3
from autark.language.grammar import Token
from autark.language.placement import box_distance, world_box
from autark.language.riding import CRUISE_M, stage_ride, things_named
from autark.language.staging import (
    OWN_STAGING,
    actor_names,
    arrival_point,
    characters_and_thing,
    read_subject,
)
from autark.language.time_phrases import When, evaluated, finish, span
from autark.ops import AddKeyframes, Operator, SetTimeline
from autark.scene.model import SceneObject
from autark.scene.speeds import WALK_M_S
from autark.scene.timeline import Action, Keyframe

__all__ = ["stage_board", "stage_fly", "stage_land", "BOARD_S", "LAND_S", "TOUCHDOWN_AT"]

BOARD_S = 3.2  # in the seat and sitting there a while: the shot after goes on from the seat (riding.CHAINED_S)
LAND_S = 4.0  # a landing told without a duration: the approach, the touchdown and the roll
TOUCHDOWN_AT = 0.7  # the share of a landing's span at which the wheels touch the ground ("we landed" after it)
_OUT = frozenset({"out", "off", "aus", "heraus", "raus", "herunter", "down"})
_APPROACH_M = 6.0  # a landing comes in from this far behind where it touches down


def _vehicle_named(rest: list[Token], after: int, actors: list[str], ctx: Ctx) -> str | None:
    """The first vehicle with places (``autark.motion.vehicles.SEATS``) the words after the subject name."""
    from autark.motion.vehicles import seats_of

    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    for _start, _end, oid in things_named(p, after, ctx):
        if oid not in actors and seats_of(ctx.scene.object(oid).type):
            return oid
    return None


def _riding_now(actor: str, t: float, ctx: Ctx, flying: bool = False) -> str | None:
    """The vehicle ``actor`` sits in at ``t`` (or got out of a moment before), if any."""
    from autark.motion.riding import riding_on
    from autark.motion.vehicles import flies, seats_of

    for a in reversed(ctx.scene.timeline.actions):
        if a.kind == "ride" and a.object_id == actor and a.target_object and riding_on(
                ctx.scene.timeline.actions, actor, a.target_object, t):
            typ = ctx.scene.object(a.target_object).type
            if seats_of(typ) and (flies(typ) or not flying):
                return a.target_object
    return None


def _only_flier(actor: SceneObject, ctx: Ctx) -> str | None:
    """The one flying vehicle of the scene, for a person who flies or lands without naming it ("the pilot
    lands" beside her plane); None for a body with wings of its own or where there is none or several."""
    from autark.motion.vehicles import flies

    if not is_person(actor):
        return None
    fliers = [o.id for o in ctx.scene.objects if flies(o.type)]
    return fliers[0] if len(fliers) == 1 else None


def stage_board(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'climbs into the plane', 'boards the bus', 'steigt in das Auto', 'sits in the car': each one named walks
    up to the vehicle (when not beside it) and takes the next place in it, staying there ``BOARD_S`` (a drive
    or a flight after it goes on from the seat); 'climbs out of the truck', 'steigt aus dem Bus': out beside it."""
    from autark.motion.riding import DISMOUNT_S, FROM_THE_SEAT, MOUNT_S

    found = characters_and_thing(rest, verb, ctx, _vehicle_named)
    if found is None:
        return None
    actors, after, verb, vehicle = found
    start0, _ = span(when, ctx, 0.0)
    state = evaluated(ctx.scene, start0)
    out = bool({t.text for t in rest[after:]} & _OUT)
    actions: list[Action] = []
    end_all = start0
    car = state.object(vehicle)
    # everyone who ever got out of it keeps the spot of their first time (told again, "Tom climbs out" stays
    # Tom's), and each new one takes the next spot, not another's: told one by one they had all stood on one
    gone = list(dict.fromkeys(a.object_id for a in sorted(ctx.scene.timeline.actions, key=lambda a: a.start_s)
                              if a.kind == "ride" and a.target_object == vehicle and a.target is not None))
    for actor in actors:
        if out:
            if actor not in gone:
                gone.append(actor)
            nth = gone.index(actor)
            beside = ashore_spot(car, ctx.scene, nth) or _beside(car, nth)
            # one who gets out was in it: seated from the scene's start unless they were seen moving about
            # before (a look or a wave is done from the seat), so an opening "the mechanic gets out of the
            # truck" begins in the truck, not beside it
            moved = any(a.object_id == actor and a.start_s < start0 and a.kind not in FROM_THE_SEAT
                        for a in ctx.scene.timeline.actions)
            s = start0 if _riding_now(actor, start0, ctx) == vehicle else 0.0 if start0 < 0.5 or not moved else start0
            end = round(start0 + DISMOUNT_S + 0.5, 4)  # a ride from the scene's start: seen in it already
            actions.append(Action(object_id=actor, kind="ride", start_s=s, end_s=end, target_object=vehicle,
                                  target=round3(beside)))
            end_all = max(end_all, end)
            continue
        here = state.object(actor)
        begin = start0
        if box_distance(world_box(car), world_box(here)) > 0.6 and _riding_now(actor, start0, ctx) != vehicle:
            # a boat afloat is boarded from the shore nearest to it, not by wading out through the lake
            to = ashore_spot(car, state, 0) or arrival_point(here, vehicle, state, ctx)
            walk_s = max(0.6, math.dist(here.transform.position, to) / WALK_M_S)
            actions.append(Action(object_id=actor, kind="walk", start_s=start0, end_s=round(start0 + walk_s, 4),
                                  target=round3(to)))
            begin = round(start0 + walk_s, 4)
        _s, end = span(when, ctx, BOARD_S)
        end = round(max(end, begin + (BOARD_S if when.duration is None else MOUNT_S + 0.5)), 4)
        actions.append(Action(object_id=actor, kind="ride", start_s=begin, end_s=end, target_object=vehicle))
        end_all = max(end_all, end)
    ctx.last = list(actors)
    return finish([SetTimeline(actions=actions)], ctx, start0, end_all)


def _beside(vehicle: SceneObject, k: int) -> tuple[float, float, float]:
    """Where the ``k``-th one getting out of ``vehicle`` stands: beside it, level with the driver's seat, clear
    of its body (a plane's wing: ahead of it), alternately on its left and its right, each pair a step further
    back, so a whole crew getting out stands apart rather than on one spot."""
    from autark.motion.vehicles import seats_of
    from autark.scene.geometry import model_matrix

    seat = seats_of(vehicle.type)[0].at
    box = world_box(vehicle)
    scale = float(vehicle.transform.scale[0]) or 1.0
    wide = (box[3] - box[0]) / scale
    side = -1.0 if k % 2 else 1.0
    x, z = (side * min(wide / 2 + 0.5, 2.0), seat[2] - 0.8 * (k // 2))
    if wide > 4.0:  # wings: step down ahead of them, beside the nose
        x, z = side * 1.4, seat[2] + 1.2 - 0.8 * (k // 2)
    m = model_matrix(vehicle.transform)
    w = m[:3, :3] @ [x, 0.0, z] + m[:3, 3]
    return float(w[0]), 0.0, float(w[2])


def stage_fly(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'the pilot flies the plane over the town', 'die Pilotin fliegt nach rechts' (in the plane she sits in, or
    the one plane of the scene): a ride in the flying vehicle; None for a flight of one's own (a bird, a kite)."""
    from autark.motion.vehicles import flies

    try:
        actors, after, _verb = read_subject(rest, verb, ctx)
    except NotFound:
        return None
    actor = ctx.scene.object(actors[0])
    named = _vehicle_named(rest, after, actors, ctx)
    start0, _ = span(when, ctx, 0.0)
    vehicle = (named if named and flies(ctx.scene.object(named).type) else None) or _riding_now(
        actor.id, start0, ctx, flying=True) or _only_flier(actor, ctx)
    if vehicle is None or not is_character(actor):
        return None
    return stage_ride(rest, verb, when, ctx, vehicle=vehicle)


def stage_land(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'the pilot lands', 'der Pilot landet das Flugzeug auf der Wiese': the flying vehicle (named, sat in, or the
    scene's only one) comes down from ``CRUISE_M`` and touches the ground at ``TOUCHDOWN_AT`` of the span,
    rolling on a little, its crew in it throughout; None for a landing of one's own (a bird on a branch)."""
    from autark.motion.vehicles import flies

    try:
        actors, after, _verb = read_subject(rest, verb, ctx)
    except NotFound:
        return None
    actor = ctx.scene.object(actors[0])
    if flies(actor.type):  # "the plane lands": it comes down by itself
        vehicle, crew = actor.id, []
    else:
        start_probe, _ = span(when, ctx, 0.0)
        named = _vehicle_named(rest, after, actors, ctx)
        vehicle = (named if named and flies(ctx.scene.object(named).type) else None) or _riding_now(
            actor.id, start_probe, ctx, flying=True) or _only_flier(actor, ctx)
        crew = [a for a in actors if is_character(ctx.scene.object(a))]
    if vehicle is None:
        return None
    start, end = span(when, ctx, LAND_S)
    state = evaluated(ctx.scene, start)
    craft = state.object(vehicle)
    x, y, z = (float(v) for v in craft.transform.position)
    yaw = math.radians(float(craft.transform.rotation[1]))
    ahead = (math.sin(yaw), math.cos(yaw))
    if y < 0.3:  # seen on the ground before: it comes in from behind, over its own place
        p0 = (x - ahead[0] * _APPROACH_M, CRUISE_M, z - ahead[1] * _APPROACH_M)
        touch = (x, 0.0, z)
    else:
        p0 = (x, y, z)
        touch = (x + ahead[0] * _APPROACH_M, 0.0, z + ahead[1] * _APPROACH_M)
    roll = (touch[0] + ahead[0] * 1.0, 0.0, touch[2] + ahead[1] * 1.0)
    at = round(start + TOUCHDOWN_AT * (end - start), 4)
    keys = [Keyframe(time_s=start, value=round3(p0), easing="ease_out"),
            Keyframe(time_s=at, value=round3(touch), easing="ease_out"),
            Keyframe(time_s=end, value=round3(roll), easing="hold")]
    path = f"object:{vehicle}.transform.position"
    track = next((tr for tr in ctx.scene.timeline.tracks if tr.target == path and tr.keyframes), None)
    if track is None and start > 0:  # where it stood (or flew) until the landing begins
        keys.insert(0, Keyframe(time_s=0.0, value=round3(p0 if start < 0.5 else (x, y, z)), easing="hold"))
    elif track is not None and (before := [k for k in track.keyframes if k.time_s < start - 1e-9]):
        keys.insert(0, before[-1].model_copy(update={"easing": "hold"}))
    ops: list[Operator] = [AddKeyframes(target=path, keyframes=keys)]
    from autark.motion.riding import riding_on

    actions = []
    for actor_id in crew:
        was_in = riding_on(ctx.scene.timeline.actions, actor_id, vehicle, start)
        actions.append(Action(object_id=actor_id, kind="ride", start_s=start if was_in else 0.0 if start < 0.5
                              else start, end_s=round(end + 0.8, 4), target_object=vehicle))
    ops.insert(0, SetTimeline(actions=actions))
    ctx.last = list(actors)
    return finish(ops, ctx, start, end)


def stage_jump_out(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'jumps out of the truck', 'hops out of the taxi', 'springt aus dem Auto': getting out of a vehicle, as
    'climbs out of' (``stage_board``); any other jump (into the pond, over the fence) is None: a jump as ever."""
    if not {t.text for t in rest[verb + 1:]} & {"out", "aus", "heraus", "raus"}:
        return None
    return stage_board(rest, verb, when, ctx)


OWN_STAGING["climb"] = stage_board
OWN_STAGING["jump"] = stage_jump_out
OWN_STAGING["sit"] = stage_board
OWN_STAGING["fly"] = stage_fly
OWN_STAGING["land"] = stage_land
