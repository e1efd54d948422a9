"""Bodies that act on one thing together stand round it side by side: three firefighters lifting the cat down, two
farmers pushing the tractor, pupils kneeling at the tree they plant. Each act that first steps up to its thing
(``autark.motion.approach``: push, pick up, put down, climb, hug, kiss) stands where the line from the body's
start to the thing's middle meets the thing's side, so bodies coming from the same side met on one spot and stood
inside each other for seconds.

``side_by_side`` runs after a shot's actions are laid (``autark.jobs.shot_actions.lay_actions``, after
``autark.jobs.apart.keep_apart``): for each thing that two or more bodies step up to at the same time, the later
ones start their act from a spot round the thing of their own, at least ``_GAP_M`` between their bodies at the
thing's side: the walk that brought them there goes to that spot (``apart``'s way of moving a goal), or, where none
did in this shot, a short walk to it ends as the act begins (when the body is free then; else it takes the act's
first moments, the shots before keeping what they planned). A spot inside the
furniture is never chosen; where no spot is free the act is left as it was.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np

from autark.jobs.apart import _blocked, _radius, _with_goal, rests
from autark.scene.model import Scene
from autark.scene.timeline import Action

log = logging.getLogger(__name__)

__all__ = ["STEP_UP_KINDS", "side_by_side"]

# the acts that walk up to their thing and stand at the side facing where the body came from
STEP_UP_KINDS = frozenset({"push", "pick_up", "put_down", "climb", "hug", "kiss", "kneel", "feed", "pet", "water",
                           "repair", "paint", "dig", "plant"})
_GAP_M = 0.25  # between two bodies standing side by side (their arms reach in toward the thing)
_REACH_M = 0.1  # a body stands about this far outside the thing's half size (a pick-up nearer, a push further)
_BACK_M = 0.5  # ... and starts its act this much further out, so that it still steps up
_SHOVE_M = 1.0  # how far a push walks on (``autark.motion.approach.push_end``)
_STEPS_DEG = (1, -1, 2, -2, 3, -3, 4, -4)  # multiples of the angle two bodies need, either side of the first
_WALK_S = (0.6, 1.6)  # an inserted walk's shortest and longest time
_MIN_ACT_S = 1.5  # an act that a walk to its spot shortens keeps at least this long


def _thing(a: Action) -> str | None:
    return a.target_object or a.item


def _centre(scene: Scene, oid: str) -> np.ndarray | None:
    from autark.scene.geometry import world_bbox

    obj = scene.find_object(oid)
    if obj is None:
        return None
    return np.asarray(world_bbox(obj).center, float)


def _half(scene: Scene, oid: str) -> float:
    from autark.scene.geometry import world_bbox

    obj = scene.find_object(oid)
    size = world_bbox(obj).size if obj is not None else (0.4, 0.4, 0.4)
    return max(size[0], size[2]) / 2


def _start_of(scene: Scene, body: str, at_s: float) -> tuple[float, float] | None:
    """Where ``body`` stands as its act at ``at_s`` begins (its last rest before it), on the ground."""
    before = [r for r in rests(scene, body) if r.start_s <= at_s + 1e-6]
    return (before[-1].x, before[-1].z) if before else None


def _groups(scene: Scene, start_s: float, end_s: float, bodies: set[str]) -> list[list[Action]]:
    """The step-up acts of the shot, grouped by the thing they step up to, of groups whose acts overlap in time
    and come from two or more bodies; each group by start."""
    by_thing: dict[str, list[Action]] = {}
    for a in scene.timeline.actions:
        thing = _thing(a)
        if (a.kind in STEP_UP_KINDS and thing is not None and thing not in bodies and a.object_id in bodies
                and start_s - 1e-6 <= a.start_s < end_s):
            by_thing.setdefault(thing, []).append(a)
    out = []
    for acts in by_thing.values():
        acts = sorted(acts, key=lambda a: (a.start_s, a.object_id))
        together = [a for a in acts if any(b is not a and b.object_id != a.object_id and b.start_s < a.end_s
                                           and a.start_s < b.end_s for b in acts)]
        if len({a.object_id for a in together}) >= 2:
            out.append(together)
    return out


def _moved_to(scene: Scene, act: Action, spot: tuple[float, float], start_s: float) -> Scene | None:
    """``scene`` with ``act``'s body starting it from ``spot``: the walk or run of the shot that ends as it begins
    sent there, else a short walk there inserted before it (the body free then); None where neither can be."""
    from autark.errors import UserInputError
    from autark.motion import validate_actions

    goal = (float(spot[0]), 0.0, float(spot[1]))
    mine = sorted((a for a in scene.timeline.actions if a.object_id == act.object_id), key=lambda a: a.start_s)
    brought = [a for a in mine if a.kind in ("walk", "run") and start_s - 1e-6 <= a.start_s
               and a.end_s <= act.start_s + 1e-6 and act.start_s - a.end_s < 1.0]
    if brought:
        cand = _with_goal(scene, brought[-1], goal, brought[-1].model_copy(update={"target_object": None}))
    else:
        here = _start_of(scene, act.object_id, act.start_s)
        if here is None:
            return None
        walk_s = min(max(math.dist(here, spot) / 1.2, _WALK_S[0]), _WALK_S[1])
        begin = act.start_s - walk_s
        actions = list(scene.timeline.actions)
        if begin < start_s - 1e-6 or any(a is not act and a.start_s < act.start_s and a.end_s > begin for a in mine):
            # no time before it (the act opens the shot): the walk takes the act's first moments
            if act.end_s - act.start_s - walk_s < _MIN_ACT_S:
                return None
            begin = act.start_s
            actions = [a.model_copy(update={"start_s": round(begin + walk_s, 4)}) if a is act else a for a in actions]
        walk = Action(object_id=act.object_id, kind="walk", start_s=round(begin, 4), end_s=round(begin + walk_s, 4),
                      target=goal)
        cand = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [*actions, walk]})})
    try:
        validate_actions(cand)
    except (UserInputError, KeyError, ValueError):
        return None
    return cand


def _spread(scene: Scene, group: Sequence[Action], start_s: float, bodies: set[str],
            names: dict[str, str]) -> tuple[Scene, list[str]]:
    thing = _thing(group[0])
    assert thing is not None  # noqa: S101 - grouped by it
    centre = _centre(scene, thing)
    if centre is None:
        return scene, []
    reach = _half(scene, thing) + _REACH_M
    taken: list[float] = []  # the angles round the thing already stood at
    notes: list[str] = []
    for act in group:
        here = _start_of(scene, act.object_id, act.start_s)
        if here is None:
            continue
        angle = math.atan2(here[1] - centre[2], here[0] - centre[0])
        r_body = _radius(scene.object(act.object_id))
        # a push walks its thing on toward its middle (``approach.push_end``): the bodies' angles apart are read where
        # the shove ends, nearer the middle
        inner = max(reach - (_SHOVE_M if act.kind == "push" else 0.0), r_body + _GAP_M)
        need = 2.0 * math.asin(min(1.0, (2.0 * r_body + _GAP_M) / (2.0 * inner)))
        if all(abs(math.remainder(angle - t, math.tau)) >= need for t in taken):
            taken.append(angle)
            continue
        base = taken[0] if taken else angle
        out = max(reach + _BACK_M, math.dist(here, (centre[0], centre[2])))
        for k in _STEPS_DEG:
            new = base + k * need
            if any(abs(math.remainder(new - t, math.tau)) < need - 1e-6 for t in taken):
                continue
            spot = (float(centre[0] + math.cos(new) * out), float(centre[2] + math.sin(new) * out))
            if _blocked(scene, spot[0], spot[1], r_body, bodies):
                continue
            moved = _moved_to(scene, act, spot, start_s)
            if moved is None:
                continue
            scene = moved
            taken.append(new)
            who = names.get(act.object_id, act.object_id)
            notes.append(f"{who} steps up to {scene.object(thing).name or thing} beside the others at "
                         f"{act.start_s:.1f} s, not inside them")
            break
    return scene, notes


def side_by_side(scene: Scene, start_s: float, end_s: float, names: dict[str, str] | None = None,
                 ) -> tuple[Scene, list[str]]:
    """``scene`` with the bodies that step up to one thing together in the shot from ``start_s`` to ``end_s`` set
    round it side by side (see the module's docstring), and a sentence per body moved."""
    from autark.motion.kinematics import rig_info

    bodies = {c.object_id for c in scene.characters if (o := scene.find_object(c.object_id)) is not None
              and o.visible and rig_info(o.type) is not None}
    if len(bodies) < 2:
        return scene, []
    notes: list[str] = []
    for group in _groups(scene, start_s, end_s, bodies):
        try:
            scene, said = _spread(scene, group, start_s, bodies, names or {})
        except (KeyError, ValueError) as exc:  # a body or thing the chain cannot place: left as it was
            log.info("bodies at one thing left as they were: %s", exc)
            continue
        notes += said
    for n in notes:
        log.info("%s", n)
    return scene, notes
