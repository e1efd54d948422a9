"""Where a thing is at a time, read from the built scene's geometry: held in someone's hands (or mouth, or paws),
on someone (a crown on the head), on top of another thing, inside another thing, on the floor, up in the air,
or gone. It is the fact a line that claims a result is checked against ("I caught it!" only once the hat is
``held`` by the one who says it; "the star is on the tree" only once it is ``on`` the tree), and what the tests
of catches, puttings and falls measure.

A thing may be played by a copy while it travels or is worn (``<id>_landed``, ``jobs.landings``; ``<id>_worn``,
``jobs.worn_things``), or a body while it sits in a container or hides (``<id>_inside``, ``<id>_hidden``,
``jobs.hiding``), or one going into the ground (``<id>_buried``, ``jobs.uncovering``): whichever of them is shown
is the thing.

- ``held``: (unless it rests on a thing those hands carry: ``on`` that thing) its middle is within
  ``HAND_REACH_M`` of a body's palm (a rigged body's hands), or, for a body
  without hands (a dog), within its box, off the ground, near its head end;
- ``on``: its bottom rests on the top of another thing's box (within ``REST_GAP_M``, its middle over that box),
  or on a body's head or shoulders (a crown, a hat: ``by`` is the body);
- ``in``: its bottom down inside another thing's box, its middle no higher than half its height over the top (an
  apple in a basket, a pizza in the oven, a coin in a chest);
- ``buried``: its top down under the floor (put in the ground, not yet dug up);
- ``ground``: its bottom within ``REST_GAP_M`` of the floor (the set's floor, else y = 0);
- ``air``: none of these (flying, falling, on a shelf no box says is one);
- ``gone``: not shown (eaten, vanished, out of the film).

``hidden_from`` says whether one body cannot see a thing (or another body) at a time: it is gone, in the ground,
inside a container, or a thing stands between the seer's eyes and most of it (a boy behind a curtain, a cat in
the wardrobe); what the lines of a search are checked against ("Found you!" only once the one hidden is seen).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from autark.scene.model import Scene, SceneObject

__all__ = ["Whereabouts", "where_is", "shown_id", "HAND_REACH_M", "REST_GAP_M", "holder_at", "hidden_from",
           "BURIED_M"]

HAND_REACH_M = 0.3  # a thing whose middle is this near a palm is in that hand
REST_GAP_M = 0.12  # a thing whose bottom is this near another's top (or the floor) rests on it
_SUNK_M = 0.03  # a thing whose bottom is this far below another's top is in it
_HEAD_SHARE = 0.75  # of a body's height, where its head and shoulders start (a worn crown is above)
BURIED_M = 0.02  # a thing whose top is this far under the floor is in the ground
_SEEN_SHARE = 0.5  # of the points of a thing (its middle and its box's upper corners), how many the seer must see


@dataclass(frozen=True)
class Whereabouts:
    """Where a thing is: ``relation`` (held, on, in, ground, air, gone) and ``by`` (the object id of the body
    that holds or wears it, or of the thing it is on or in; "" for the ground, the air or gone);
    ``state_object`` is the shown object (the thing or its copy), posed at that time."""

    relation: str
    by: str = ""
    state_object: SceneObject | None = None


def shown_id(state: Scene, oid: str) -> str | None:
    """The id of the object that shows ``oid`` in the evaluated ``state``: itself, its landed or worn copy; None
    when none of them is visible."""
    from autark.jobs.hiding import HIDDEN, INSIDE
    from autark.jobs.landings import landed_id
    from autark.jobs.uncovering import BURIED
    from autark.jobs.worn_things import worn_id

    for cid in (worn_id(oid), landed_id(oid), f"{oid}{INSIDE}", f"{oid}{HIDDEN}", f"{oid}{BURIED}", oid):
        obj = state.find_object(cid)
        if obj is not None and obj.visible:
            return cid
    return None


def _floor_y(state: Scene) -> float:
    from autark.scene.geometry import floor_top_y

    return floor_top_y(state)


def _palms(body: SceneObject) -> list[np.ndarray]:
    """The palms of a posed rigged body ([] without hands)."""
    from autark.motion import reach
    from autark.motion.kinematics import rig_info
    from autark.scene.geometry import model_matrix

    rig = rig_info(body.type)
    if rig is None or "hand_r" not in rig.bones or body.pose is None:
        return []
    pose = {k: np.array(v, float) for k, v in body.pose.items()}
    m = model_matrix(body.transform)
    return [m[:3, :3] @ reach.palm_point(rig, pose, side) + m[:3, 3] for side in ("l", "r")]


def _bodies(state: Scene) -> list[SceneObject]:
    return [state.object(c.object_id) for c in state.characters if state.find_object(c.object_id) is not None
            and state.object(c.object_id).visible]  # one played by a copy (jobs.hiding) holds nothing


def _held_by(state: Scene, thing: SceneObject) -> str:
    """The body whose hands (or mouth) hold ``thing``, "" for none."""
    from autark.scene.geometry import world_bbox

    b = world_bbox(thing)
    c = np.array(b.center, float)
    floor = _floor_y(state)
    best, best_d = "", HAND_REACH_M
    for body in _bodies(state):
        palms = _palms(body)
        if palms:
            d = min(float(np.linalg.norm(c - p)) for p in palms)
            if d <= best_d:
                best, best_d = body.id, d
            continue
        bb = world_bbox(body)  # no hands: in the box, off the ground, in its upper half (a dog's mouth)
        lo, hi = np.array(bb.min, float) - 0.1, np.array(bb.max, float) + 0.1
        if (lo <= c).all() and (c <= hi).all() and b.min[1] > floor + REST_GAP_M \
                and c[1] > bb.min[1] + 0.4 * (bb.max[1] - bb.min[1]) and not best:
            best = body.id
    return best


def _over(b, s, margin: float = 0.05) -> bool:  # noqa: ANN001 - two boxes
    c = np.array(b.center, float)
    return bool(s.min[0] - margin <= c[0] <= s.max[0] + margin and s.min[2] - margin <= c[2] <= s.max[2] + margin)


def _worn_by(state: Scene, thing: SceneObject) -> str:
    from autark.scene.geometry import world_bbox

    b = world_bbox(thing)
    for body in _bodies(state):
        bb = world_bbox(body)
        top = bb.min[1] + _HEAD_SHARE * (bb.max[1] - bb.min[1])
        if _over(b, bb) and b.center[1] >= top and b.min[1] <= bb.max[1] + REST_GAP_M:
            return body.id
    return ""


def _support(state: Scene, thing: SceneObject, skip: set[str]) -> tuple[str, str]:
    """("on" or "in", id) of the thing ``thing`` rests on or is inside, ("", "") for none."""
    from autark.jobs.landings import CONTAINERS
    from autark.scene.geometry import world_bbox

    b = world_bbox(thing)
    c = np.array(b.center, float)
    floor = _floor_y(state)
    bodies = {ch.object_id for ch in state.characters}
    found: tuple[str, str] = ("", "")
    best = float("inf")
    for other in state.objects:
        if other.id in skip or other.id in bodies or not other.visible or other.type == "floor":
            continue
        s = world_bbox(other)
        if not _over(b, s):
            continue
        size = np.array(s.max, float) - np.array(s.min, float)
        if float(np.max(size)) > 30.0:  # the ground, a sky dome, a room's walls
            continue
        low = b.min[1] <= floor + REST_GAP_M and not any(w in other.type for w in CONTAINERS)  # under a table
        if s.min[1] - 0.02 <= b.min[1] < s.max[1] - _SUNK_M and c[1] <= s.max[1] + 0.5 * (b.max[1] - b.min[1]) \
                and (np.array(b.max) - np.array(b.min) <= size + 0.05).all() and not low:
            return ("in", other.id)  # its bottom down inside the other's box: in it (an apple in a basket)
        gap = abs(float(b.min[1]) - float(s.max[1]))
        if gap <= max(REST_GAP_M, 0.1 * float(size[1])) and gap < best:
            found, best = ("on", other.id), gap
    return found


def where_is(scene: Scene, oid: str, t: float, state: Scene | None = None) -> Whereabouts:
    """Where ``oid`` (an object id of the built ``scene``) is at ``t`` (see the module doc); ``state``: the scene
    evaluated at ``t`` already."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = state if state is not None else evaluate_scene(scene, t)
    cid = shown_id(state, oid)
    if cid is None:
        return Whereabouts("gone")
    thing = state.object(cid)
    holder = _held_by(state, thing)
    skip = {oid, cid, f"{oid}_landed", f"{oid}_worn", f"{oid}_inside", f"{oid}_hidden", f"{oid}_buried"}
    relation, by = _support(state, thing, skip)
    if holder:  # in the hands, unless it rests on what those hands carry (the cherry on the cake carried in)
        carried = relation and _held_by(state, state.object(by)) == holder
        return Whereabouts(relation, by, thing) if carried else Whereabouts("held", holder, thing)
    wearer = _worn_by(state, thing)
    if wearer:
        return Whereabouts("on", wearer, thing)
    if relation:
        return Whereabouts(relation, by, thing)
    if float(world_bbox(thing).max[1]) <= _floor_y(state) - BURIED_M:
        return Whereabouts("buried", "", thing)
    if float(world_bbox(thing).min[1]) <= _floor_y(state) + REST_GAP_M:
        return Whereabouts("ground", "", thing)
    return Whereabouts("air", "", thing)


def holder_at(scene: Scene, oid: str, t: float) -> str:
    """The id of the body holding ``oid`` at ``t`` (in the hands, or worn), "" for none."""
    w = where_is(scene, oid, t)
    return w.by if w.relation == "held" or w.relation == "on" and w.by in {c.object_id for c in scene.characters} \
        else ""


def _eyes(body: SceneObject) -> np.ndarray:
    from autark.scene.geometry import world_bbox

    b = world_bbox(body)
    return np.array([(b.min[0] + b.max[0]) / 2, b.min[1] + 0.9 * (b.max[1] - b.min[1]), (b.min[2] + b.max[2]) / 2])


def hidden_from(scene: Scene, oid: str, seer: str, t: float, state: Scene | None = None) -> bool:
    """Whether the body ``seer`` (an object id) cannot see ``oid`` (a thing or another body) at ``t``: it is gone,
    in the ground or inside a container, or things of the set (not bodies, not the floor) stand between the
    seer's eyes and more than half of its points (its middle and the upper corners of its box)."""
    from autark.cinema.boxes import segment_hits
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = state if state is not None else evaluate_scene(scene, t)
    where = where_is(scene, oid, t, state)
    if where.relation in ("gone", "buried", "in") or where.state_object is None:
        return True
    if state.find_object(seer) is None:
        return False
    eye = _eyes(state.object(seer))
    b = world_bbox(where.state_object)
    lo, hi = np.array(b.min, float), np.array(b.max, float)
    shrink = 0.15 * (hi - lo)  # just inside its box: not the corner a wall's edge grazes
    points = [(lo + hi) / 2] + [np.array([x, hi[1] - shrink[1], z]) for x in (lo[0] + shrink[0], hi[0] - shrink[0])
                                for z in (lo[2] + shrink[2], hi[2] - shrink[2])]
    bodies = {c.object_id for c in state.characters}
    skip = {oid, seer, *(i for i in (shown_id(state, oid),) if i)}
    boxes = []
    for o in state.objects:
        if o.id in skip or o.id in bodies or not o.visible or o.type == "floor":
            continue
        s = world_bbox(o)
        if float(np.max(np.array(s.max, float) - np.array(s.min, float))) > 30.0:  # the ground, the sky dome
            continue
        boxes.append([*s.min, *s.max])
    if not boxes:
        return False
    arr = np.array(boxes, float)
    blocked = sum(bool(segment_hits(eye, p, arr).any()) for p in points)
    return blocked > (1.0 - _SEEN_SHARE) * len(points)
