"""Going into a building and coming out again: "Tom goes into the house", "the knight runs into the castle",
"die Oma geht ins Haus", "der Hund rennt in die Scheune"; later "Tom walks out of the house", "geht aus dem
Haus".

A set piece one can go into (a house, a barn, a tent, the castle, a lighthouse: ``ENTERABLE``) has a door on
its front (its own +Z side, toward the camera as it stands). Going in is a walk (or a run, a sneak) to just
before that door, then the body is gone from view: it is inside, where the camera cannot follow. Coming out
brings it back into view at that door, and it steps a little way out. Each reading returns None where no such
building is meant ("walks into the garden", "goes in the water"), so the walk is staged as any other.
"""

from __future__ import annotations

import math

import numpy as np

from autark.language import parse as ps
from autark.language.context import Ctx, round3
from autark.language.grammar import Token
from autark.language.riding import things_named
from autark.language.staging import OWN_STAGING, actor_names, characters_and_thing
from autark.language.time_phrases import When, evaluated, finish, span
from autark.ops import Operator, SetTimeline
from autark.ops.visibility import visible_from
from autark.scene.geometry import model_matrix
from autark.scene.model import Scene, SceneObject
from autark.scene.speeds import RUN_M_S, WALK_M_S
from autark.scene.timeline import Action

__all__ = ["ENTERABLE", "door_of", "stage_go_inside"]

# catalogue kinds one walks into through a door (a house, a barn; not a wall, a tower's battlement or a car)
ENTERABLE = frozenset({"house", "barn", "tent", "castle", "castle_tower", "igloo", "kiosk", "lighthouse",
                       "phone_booth", "shop_front", "windmill"})
_IN = frozenset({"into", "inside", "in", "ins", "hinein", "herein", "rein"})
_OUT = frozenset({"out", "outside", "aus", "heraus", "hinaus", "raus"})
_DOOR_M = 0.35  # one stands this far before the door's face before going through it
_OUT_M = 1.6  # and steps this far out of it on coming out
_THROUGH_S = 0.4  # from reaching the door to being gone through it


def door_of(building: SceneObject) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """(the point on the ground just before ``building``'s door, the way out of the door) in the world: the
    middle of its front (+Z in its own frame), turned and scaled as it stands."""
    m = model_matrix(building.transform)
    lo, hi = np.array(building.bounds_min, float), np.array(building.bounds_max, float)
    front = np.array([(lo[0] + hi[0]) / 2, 0.0, hi[2], 1.0])
    at = m @ front
    out = m[:3, :3] @ np.array([0.0, 0.0, 1.0])
    out = out / (float(np.hypot(out[0], out[2])) or 1.0)
    spot = at[:3] + np.array([out[0], 0.0, out[2]]) * _DOOR_M
    return (float(spot[0]), 0.0, float(spot[2])), (float(out[0]), 0.0, float(out[2]))


def _building_named(rest: list[Token], after: int, actors: list[str], ctx: Ctx) -> str | None:
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    for _start, _end, oid in things_named(p, after, ctx):
        if oid not in actors and ctx.scene.object(oid).type in ENTERABLE:
            return oid
    return None


def _hidden_at(scene: Scene, oid: str, t: float) -> bool:
    track = next((tr for tr in scene.timeline.tracks if tr.target == f"object:{oid}.visible"), None)
    keys = [k for k in (track.keyframes if track else []) if k.time_s <= t + 1e-6]
    return bool(keys) and not keys[-1].value


def stage_go_inside(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'goes into the house', 'rennt in die Scheune': to the door, then gone inside; 'walks out of the house',
    'geht aus dem Haus' (for one who went in): back at the door and a few steps out. None otherwise."""
    words = {t.text for t in rest[verb + 1:]}
    going_in, coming_out = bool(words & _IN), bool(words & _OUT)
    if not going_in and not coming_out:
        return None
    found = characters_and_thing(rest, verb, ctx, _building_named)
    if found is None:
        return None
    actors, after, verb, building = found
    kind = rest[verb].text
    from autark.language import lang

    kind = lang.ACTION_VERBS.get(kind, "walk")
    speed = RUN_M_S if kind == "run" else WALK_M_S
    start0, _ = span(when, ctx, 0.0)
    state = evaluated(ctx.scene, start0)
    door, way_out = door_of(state.object(building))
    actions: list[Action] = []
    ops: list[Operator] = []
    end_all = start0
    for k, actor in enumerate(actors):
        if coming_out and not going_in:
            if not _hidden_at(ctx.scene, actor, start0):
                return None  # not inside: a walk "out of" something as any other
            side = (k - (len(actors) - 1) / 2) * 0.7  # side by side out of the door
            to = (door[0] + way_out[0] * _OUT_M - way_out[2] * side, 0.0, door[2] + way_out[2] * _OUT_M + way_out[0] * side)
            end = round(start0 + 0.3 + _OUT_M / speed, 4)
            ops.append(visible_from(ctx.scene, actor, round(start0, 4), True, before=True))
            actions.append(Action(object_id=actor, kind=kind if kind in ("walk", "run") else "walk",
                                  start_s=start0, end_s=end, target=round3(to)))
        else:
            here = state.object(actor).transform.position
            arrive = round(start0 + 0.3 + math.dist((here[0], here[2]), (door[0], door[2])) / speed, 4)
            actions.append(Action(object_id=actor, kind=kind if kind in ("walk", "run") else "walk",
                                  start_s=start0, end_s=arrive, target=round3(door)))
            end = round(arrive + _THROUGH_S + 0.3 * k, 4)  # one after the other through the door
            ops.append(visible_from(ctx.scene, actor, round(end, 4), False, before=True))
        end_all = max(end_all, end)
    ctx.last = list(actors)
    return finish([SetTimeline(actions=actions), *ops], ctx, start0, end_all)


for _kind in ("walk", "run", "sneak"):
    if _kind not in OWN_STAGING:
        OWN_STAGING[_kind] = stage_go_inside
