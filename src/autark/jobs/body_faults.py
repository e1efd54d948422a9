"""What no viewer may see bodies do, read from the animated scene over time: two bodies inside each other, a body
inside a big thing (a dragon inside a grand piano, a climber inside the tree's trunk), hands at work on a thing
they do not reach (a chef's hands half a metre over the cake), and a body left in its bind pose while it acts.

``body_faults(scene)`` samples the scene every ``step_s`` (``autark.cinema.states.SceneStates``: the evaluated
scene and the posed world boxes of every part) and returns each fault once, with the moments it lasted:

- ``bodies_inside``: the trunks (torso, head, thighs; an animal's body and head, not its forearms, hands, shins, feet, tail or
  wings, whose boxes are loose and which touch on purpose) of two bodies overlap by more than ``_DEPTH_M`` on
  every axis, and no act of theirs has them touch (``autark.jobs.apart``'s hugs, rides, fights, gifts);
- ``inside_thing``: a body's trunk overlaps a solid part of a thing at least ``BIG_M`` across by more than
  ``_DEPTH_M`` (the seat it sits on, the horse it rides, the bed it lies in, the car it drives are no fault, nor
  the branches of a tree it climbs into: only its trunk);
- ``hands_off``: at the middle of a hand act on a thing (rubbing, chopping, pouring over it, picking it up), the
  nearer hand is more than ``_REACH_M`` from the thing's box;
- ``bind_pose``: a rigged body that acts (any act but standing, turning, talking, looking) has no rotated bone:
  its clip gave it no pose.

It is a measure for tests and benchmarks (``benchmarks/bench_body_faults.py``), not a step of the film.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

from autark.cinema.boxes import bone_part_boxes, box_distances, part_world_boxes
from autark.cinema.states import SceneStates
from autark.jobs.apart import _touching
from autark.motion import rig_info
from autark.motion.handwork import HANDWORK_GESTURES
from autark.scene.geometry import model_matrix
from autark.scene.model import Scene, SceneObject

__all__ = ["BIG_M", "BodyFault", "FAULT_CODES", "body_faults", "trunk_boxes"]

FAULT_CODES = ("bodies_inside", "inside_thing", "hands_off", "bind_pose")
BIG_M = 0.5  # a thing this large across is one a body cannot be inside unseen
_DEPTH_M = 0.08  # boxes overlapping less than this on some axis touch (loose boxes of posed parts)
_GROUNDED_M = 0.3  # a part of a climbed thing starting this low is its trunk, one higher its branches
_REACH_M = 0.3  # a working hand nearer its thing than this is on it
_NOT_TRUNK = ("hand_", "lower_arm_", "lower_leg_", "foot_", "shin_", "tail_", "wing_", "jaw", "brow_", "leg_f", "leg_b")
_ON = frozenset({"sit", "lie", "sleep", "ride", "drive", "kneel", "swim", "slide", "fly", "land"})  # on their thing
_HANDS_ON = frozenset({*HANDWORK_GESTURES, "cook", "hammer", "knock", "pick_up"})
_STILL = frozenset({"idle", "turn", "talk", "look", "think", "walk", "run", "sneak", "chase"})


@dataclass
class BodyFault:
    """One fault: ``code`` (``FAULT_CODES``), the body, the other body or thing (None for a pose), the first and
    last moment seen, and the worst depth of overlap or distance of the hands, in metres."""

    code: str
    body: str
    other: str | None
    start_s: float
    end_s: float
    worst_m: float

    def describe(self, names: dict[str, str] | None = None) -> str:
        n = names or {}
        other = f" / {n.get(self.other, self.other)}" if self.other else ""
        return (f"{self.code}: {n.get(self.body, self.body)}{other} {self.start_s:.2f}-{self.end_s:.2f}s "
                f"({self.worst_m:.2f} m)")


@cache
def _trunk_parts(asset_type: str) -> np.ndarray:
    """Indices of a rigged asset's parts that make its trunk."""
    parts = bone_part_boxes(asset_type)
    return np.array([i for i, (bone, _box) in enumerate(parts)
                     if bone is None or not bone.startswith(_NOT_TRUNK)], int)


def trunk_boxes(obj: SceneObject) -> np.ndarray:
    """(K, 6) world boxes of a body's trunk as posed: its parts but the hands, forearms, feet, shins, tail and
    wings (an unrigged body: its boxes)."""
    boxes = part_world_boxes(obj)
    if rig_info(obj.type) is None:
        return boxes
    return boxes[_trunk_parts(obj.type)]


def _depth(a: np.ndarray, b: np.ndarray) -> float:
    """The deepest overlap of any box of ``a`` with any of ``b``: the least of its three extents (0: apart)."""
    if not len(a) or not len(b):
        return 0.0
    lo = np.maximum(a[:, None, :3], b[None, :, :3])
    hi = np.minimum(a[:, None, 3:], b[None, :, 3:])
    return float(max(0.0, (hi - lo).min(axis=2).max()))


def _acting(scene: Scene, body: str, t: float) -> list:  # noqa: ANN401 - Actions
    return [a for a in scene.timeline.actions if a.object_id == body and a.start_s <= t < a.end_s]


def _on_things(scene: Scene, body: str, t: float) -> set[str]:
    """The things a body is on or in at t: the seat of its last sit, lie or ride begun by t (a posture lasts),
    and what it holds."""
    out: set[str] = set()
    for a in scene.timeline.actions:
        if a.object_id != body or a.start_s > t:
            continue
        if a.kind in _ON and a.target_object:
            out.add(a.target_object)
        if a.item:
            out.add(a.item)
    return out


def _climbed(scene: Scene, body: str, t: float) -> set[str]:
    """What a body has begun to climb by t."""
    return {a.target_object for a in scene.timeline.actions
            if a.object_id == body and a.kind == "climb" and a.start_s <= t and a.target_object}


def _held(scene: Scene) -> set[str]:
    return {a.item for a in scene.timeline.actions if a.item}


def _hands(obj: SceneObject) -> np.ndarray:
    """(2, 3) world points of a rigged body's two palms, where ``motion.reach`` puts a palm on what it reaches."""
    from autark.motion.reach import palm_point

    info = rig_info(obj.type)
    m = model_matrix(obj.transform)
    return np.array([m[:3, :3] @ np.asarray(palm_point(info, obj.pose, side), float) + m[:3, 3] for side in "lr"])


def _has_hands(obj_type: str) -> bool:
    info = rig_info(obj_type)
    return info is not None and "hand_l" in info.pivots and "lower_arm_l" in info.pivots


def _merge(found: dict[tuple[str, str, str | None], BodyFault], code: str, body: str, other: str | None, t: float,
           worst: float) -> None:
    key = (code, body, other)
    f = found.get(key)
    if f is None:
        found[key] = BodyFault(code, body, other, t, t, worst)
    else:
        f.end_s, f.worst_m = t, max(f.worst_m, worst)


def _times(start_s: float, end_s: float, step_s: float) -> Iterable[float]:
    n = max(1, int((end_s - start_s) / step_s))
    return (start_s + (i + 0.5) * (end_s - start_s) / n for i in range(n))


def body_faults(scene: Scene, step_s: float = 0.25, states: SceneStates | None = None) -> list[BodyFault]:
    """Every fault of ``FAULT_CODES`` in ``scene``, sampled every ``step_s`` over its timeline."""
    states = states or SceneStates(scene)
    bodies = [c.object_id for c in scene.characters]
    held = _held(scene)
    found: dict[tuple[str, str, str | None], BodyFault] = {}
    duration = scene.timeline.duration_s or max((a.end_s for a in scene.timeline.actions), default=0.0)
    for t in _times(0.0, duration, step_s):
        state, solid, boxes, owner = states.at(t)
        index = {o.id: i for i, o in enumerate(solid)}
        trunks = {b: trunk_boxes(solid[index[b]]) for b in bodies if b in index}
        for i, a in enumerate(bodies):
            if a not in trunks:
                continue
            for b in bodies[i + 1:]:
                if b in trunks and not _touching(scene, a, b):
                    on = _on_things(scene, a, t) | _on_things(scene, b, t)
                    d = _depth(trunks[a], trunks[b])
                    if d > _DEPTH_M and a not in on and b not in on:
                        _merge(found, "bodies_inside", a, b, t, d)
            on = _on_things(scene, a, t)
            climbed = _climbed(scene, a, t)
            for j, thing in enumerate(solid):
                if thing.id in trunks or thing.id in on or thing.id in held:
                    continue
                own = boxes[owner == j]
                if thing.id in climbed:  # into the branches of what it climbs: only the trunk is solid
                    own = own[own[:, 1] <= thing.transform.position[1] + _GROUNDED_M]
                if not len(own) or float((own[:, 3:] - own[:, :3]).max()) < BIG_M:
                    continue
                d = _depth(trunks[a], own)
                if d > _DEPTH_M:
                    _merge(found, "inside_thing", a, thing.id, t, d)
            obj = solid[index[a]]
            acts = [x for x in _acting(scene, a, t) if x.kind not in _STILL]
            if acts and rig_info(obj.type) is not None and not any(any(r) for r in obj.pose.values()):
                _merge(found, "bind_pose", a, None, t, 0.0)
    _hands_off(scene, states, found)
    return sorted(found.values(), key=lambda f: (f.start_s, f.code, f.body))


def _hands_off(scene: Scene, states: SceneStates, found: dict[tuple[str, str, str | None], BodyFault]) -> None:
    """Hand acts whose hands do not reach their thing at the act's middle."""
    for act in scene.timeline.actions:
        thing = act.target_object or (act.item if act.kind == "pick_up" else None)
        if act.kind not in _HANDS_ON or not thing:
            continue
        t = (act.start_s + act.end_s) / 2
        state = states.evaluated(t)
        try:
            body, obj = state.object(act.object_id), state.object(thing)
        except KeyError:
            continue
        if not _has_hands(body.type) or not obj.visible:
            continue
        d = float(min(box_distances(p, part_world_boxes(obj)).min() for p in _hands(body)))
        if d > _REACH_M:
            _merge(found, "hands_off", act.object_id, thing, t, d)
