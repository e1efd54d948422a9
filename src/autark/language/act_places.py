"""Where an act belongs, reached before it is done: an angler goes to the water's edge and casts into the water
(the fisherman had angled on the meadow 8 m from the lake, at a fish lying in the grass), and one who takes a thing
that sits up a tree (a cat on a branch) climbs the tree to it, takes it there and comes down with it (the
firefighter had lifted the cat from 2.6 m while standing on the ground).

``autark.language.acting`` asks these for a character's act before it lays the act itself.
"""

from __future__ import annotations

import math

from autark.language.context import Ctx
from autark.language.time_phrases import evaluated
from autark.scene.model import SceneObject
from autark.scene.speeds import RUN_M_S, WALK_M_S
from autark.scene.timeline import Action

__all__ = ["fishing_place", "water_named_near", "to_the_water", "up_to_it", "down_again", "REACH_UP_M"]

REACH_UP_M = 2.0  # a thing whose bottom is higher than this is out of a standing person's reach
_SHORE_M = 0.6  # an angler stands this far from the water's edge
_NEAR_WATER_M = 1.0  # one standing this near the water already is at its edge
_WALK_AT_MOST_S = 2.5  # a way to the water longer than this at a walk is run
_CLIMB_S = 3.0
_DOWN_S = 1.2
_UP_KINDS = frozenset({"pick_up", "take", "catch"})


_WATER_WORDS = ("lake", "pond", "sea", "ocean", "river", "water", "pool", "stream")
_WATER_NEAR_M = 25.0


def water_named_near(obj: SceneObject, ctx: Ctx) -> str | None:
    """The nearest water of the set (a lake, the sea, a pond) one fishes in, or None."""
    here = obj.transform.position
    waters = [(math.dist(here, o.transform.position), o.id) for o in ctx.scene.objects
              if o.id != obj.id and any(w in f"{o.type} {o.name}".lower() for w in _WATER_WORDS)]
    near = [w for w in waters if w[0] < _WATER_NEAR_M]
    return min(near)[1] if near else None


def to_the_water(obj: SceneObject, start: float, ctx: Ctx) -> tuple[Action | None, str | None]:
    """(a walk to the water's edge, or None when the angler is at it; the water), or (None, None) when the set
    has no water."""
    from autark.language.placement import world_box
    from autark.language.water_surfaces import water_of

    state = evaluated(ctx.scene, start)
    here = state.object(obj.id).transform.position
    water = water_of(state, here)
    if water is None:
        return None, None
    x0, _y0, z0, x1, _y1, z1 = world_box(water)
    nx, nz = min(max(here[0], x0), x1), min(max(here[2], z0), z1)  # the nearest point of the water
    gap = math.hypot(here[0] - nx, here[2] - nz)
    if gap <= _NEAR_WATER_M:
        return None, water.id
    ux, uz = (here[0] - nx) / gap, (here[2] - nz) / gap
    goal = (round(nx + ux * _SHORE_M, 3), here[1], round(nz + uz * _SHORE_M, 3))
    walk_s = round((gap - _SHORE_M) / WALK_M_S + 0.4, 2)
    kind = "walk"
    if walk_s > _WALK_AT_MOST_S:  # far off: hurries there, so the cast is seen within a shot, not after it
        kind, walk_s = "run", round((gap - _SHORE_M) / RUN_M_S + 0.4, 2)
    return Action(object_id=obj.id, kind=kind, start_s=start, end_s=round(start + walk_s, 4), target=goal), water.id


def fishing_place(obj: SceneObject, target: str | None, start: float, ctx: Ctx) -> tuple[Action | None, str | None]:
    """(the walk to the water's edge or None, what the line is cast at): the fish named when it is in the water,
    else the water itself; the target unchanged on a set without water."""
    from autark.language.water_surfaces import in_water

    walk, water = to_the_water(obj, start, ctx)
    if water is None:
        return None, target
    state = evaluated(ctx.scene, start)
    fish = state.find_object(target) if target is not None else None
    if fish is None or not in_water(state.object(water), fish.transform.position):
        target = water
    return walk, target


def _perch(item: SceneObject, state_objects: list[SceneObject]) -> SceneObject | None:
    """The tree (or other climbable thing of the set's nature) the item is up in, or None."""
    from autark.motion.perches import category_of
    from autark.scene.geometry import world_bbox

    box = world_bbox(item)
    cx, cz = float(box.center[0]), float(box.center[2])
    for o in state_objects:
        if o.id == item.id or category_of(o.type) != "nature":
            continue
        b = world_bbox(o)
        if b.min[0] - 0.5 <= cx <= b.max[0] + 0.5 and b.min[2] - 0.5 <= cz <= b.max[2] + 0.5 and b.max[1] >= box.min[1]:
            return o
    return None


def up_to_it(obj: SceneObject, kind: str, item: str | None, start: float, ctx: Ctx) -> Action | None:
    """The climb up the tree the item sits in when it is out of reach from the ground, or None."""
    from autark.scene.geometry import world_bbox

    if kind not in _UP_KINDS or item is None:
        return None
    state = evaluated(ctx.scene, start)
    thing = state.find_object(item)
    if thing is None or float(world_bbox(thing).min[1]) <= REACH_UP_M:
        return None
    perch = _perch(thing, list(state.objects))
    if perch is None:
        return None
    return Action(object_id=obj.id, kind="climb", start_s=start, end_s=round(start + _CLIMB_S, 4),
                  target_object=perch.id)


def down_again(obj: SceneObject, after: float) -> Action:
    """Back down to the ground below, with what was taken up there."""
    return Action(object_id=obj.id, kind="land", start_s=after, end_s=round(after + _DOWN_S, 4))
