"""Swimming in the set's water: "Mia swims", "der Junge schwimmt im See", "the diver swims to the right" take a
person into the water of the set (the sea of a beach or an island, a lake, a river: a flat slab at the ground)
and keep them in its surface, the body sunk to the chest, rather than crawling over the sand. Where the set has
no water, or the swimmer is a fish, the verb is staged as before (None)."""

from __future__ import annotations

import math

from autark.errors import NotFound
from autark.language.bodies import is_person
from autark.language.context import Ctx, round3
from autark.language.grammar import Token
from autark.language.placement import world_box
from autark.language.staging import OWN_STAGING, read_subject
from autark.language.time_phrases import When, evaluated, finish, span
from autark.language.water_surfaces import INTO_WATER_M, in_water, inside_point, water_of
from autark.ops import Operator, SetTimeline
from autark.scene.model import SceneObject
from autark.scene.speeds import RUN_M_S
from autark.scene.timeline import Action

__all__ = ["stage_swim", "SWIM_M_S", "SWIM_DEPTH_M"]

SWIM_M_S = 0.9  # a person swimming (a crawl, not a race)
SWIM_DEPTH_M = 0.45  # how far under the surface the swimmer's ground point goes: the water at the chest
_SWIM_ON_M = 3.0  # a swim in the water with nowhere named goes this far along the shore
_RIGHT, _LEFT = {"right", "rechts"}, {"left", "links"}


def _shore(water: SceneObject, here: tuple[float, float, float], goal: tuple[float, float, float]
           ) -> tuple[float, float, float]:
    """Where the way from ``here`` to ``goal`` (in the water) reaches the water's edge, a step before it."""
    lo, hi = 0.0, 1.0
    for _ in range(24):  # the edge along the straight way (the water is a box on the ground)
        mid = (lo + hi) / 2
        p = (here[0] + (goal[0] - here[0]) * mid, 0.0, here[2] + (goal[2] - here[2]) * mid)
        lo, hi = (lo, mid) if in_water(water, p) else (mid, hi)
    u = max(hi - 0.3 / max(math.dist((here[0], here[2]), (goal[0], goal[2])), 1e-6), 0.0)
    return here[0] + (goal[0] - here[0]) * u, 0.0, here[2] + (goal[2] - here[2]) * u


def stage_swim(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator] | None:
    """'Mia swims', 'Tom schwimmt nach rechts': each person named swims out into the set's water (from the shore
    the body goes in and down to the chest) and, once in it, on along the shore; None without water or for a
    body that swims by nature (a fish, a duck: their own staging)."""
    try:
        actors, after, _verb = read_subject(rest, verb, ctx)
    except NotFound:
        return None
    start, _ = span(when, ctx, 0.0)
    state = evaluated(ctx.scene, start)
    people = [a for a in actors if is_person(state.object(a))]
    if not people or len(people) != len(actors):
        return None
    words = {t.text for t in rest[after:]}
    side = 1.0 if words & _RIGHT else -1.0 if words & _LEFT else 0.0
    actions: list[Action] = []
    end_all = start
    for k, actor in enumerate(people):
        here = tuple(float(v) for v in state.object(actor).transform.position)
        water = water_of(state, here)  # type: ignore[arg-type]
        if water is None:
            return None
        begin = start
        if in_water(water, here):  # swimming on in it, along the shore
            along = side or (1.0 if here[0] <= 0 else -1.0)
            x0, _y0, _z0, x1, _y1, _z1 = world_box(water)
            x = min(max(here[0] + along * _SWIM_ON_M, x0 + INTO_WATER_M), x1 - INTO_WATER_M)
            goal = (x, -SWIM_DEPTH_M, here[2])
        else:  # down to the shore at a run, then in: the body sinks only once it is over the water
            x, z = inside_point(water, here)  # type: ignore[arg-type]
            goal = (x + side * 2.0 + 0.9 * k, -SWIM_DEPTH_M, z)
            shore = _shore(water, here, goal)
            run = math.dist((here[0], here[2]), (shore[0], shore[2]))
            if run > 0.3:
                at = round(start + max(0.6, run / RUN_M_S), 4)
                actions.append(Action(object_id=actor, kind="run", start_s=start, end_s=at, target=round3(shore)))
                begin = at
        far = math.dist((here[0], here[2]), (goal[0], goal[2])) if begin == start else INTO_WATER_M + 1.0
        _s, end = span(when, ctx, max(2.0, far / SWIM_M_S))
        end = max(end, round(begin + 2.0, 4))
        actions.append(Action(object_id=actor, kind="swim", start_s=begin, end_s=end, target=round3(goal)))
        end_all = max(end_all, end)
    ctx.last = list(people)
    return finish([SetTimeline(actions=actions)], ctx, start, end_all)


OWN_STAGING["swim"] = stage_swim
