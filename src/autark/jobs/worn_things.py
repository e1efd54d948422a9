"""A thing worn, on the part of the body that wears it (the ``wear`` effect, ``autark.story.worn``): a crown or a hat
on top of the head, glasses or a mask on the face, a scarf or a necklace at the neck, a coat over the chest, a
backpack on the back, boots on both feet, gloves on both hands.

The wearer picks it up (the shot's pick-up of it, ``autark.motion.holding`` keeps it in the hand); as the pick-up
ends, a copy of it (``<id>_worn``; a second one for the other foot or hand, ``<id>_worn2``) rises from the hand
onto its place over ``PUT_ON_S`` and rides there, sized to the wearer and turned with them, keyed every
``_STEP_S`` to the scene's end (keyed again as each later shot's acts are laid, ``refresh_ops``), while the thing
itself is hidden (as a landed thing is, ``jobs.landings``).
Places are points that move with a bone of the rig (``assets.rig.bone_world_position``), measured from the head
bone's pivot in units of the head (from the pivot to the top of the body), so a fox's crown sits on a fox's head and
a grandfather's on his.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

import numpy as np

from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["PUT_ON_S", "WORN_ON", "refresh_ops", "wear_ops", "worn_id"]

PUT_ON_S = 0.7
_STEP_S = 0.15  # how often a worn thing's place is keyed (a walking wearer moves 0.1 m between keys)
_WORN = "_worn"
_TAG = "worn_by:"  # a worn copy's tag: whose it is
_PUTTING = "ease_in_out"  # the easing of the keys of the putting on (the others follow the wearer)
# kind -> (where it is worn, its size there in head units: the width of the thing, or for a hanging one its height)
WORN_ON: dict[str, tuple[str, float]] = {
    "crown": ("top", 1.1), "hat": ("top", 1.5), "helmet": ("top", 1.3), "space_helmet": ("top", 1.6),
    "diving_helmet": ("top", 1.6), "glasses": ("face", 0.8), "mask": ("face", 1.0), "scarf": ("neck", 2.2),
    "necklace": ("neck", 0.9), "medal": ("neck", 0.6), "coat": ("chest", 3.2), "life_jacket": ("chest", 2.6),
    "backpack": ("back", 2.0), "boot": ("feet", 1.1), "shoe": ("feet", 0.9), "sock": ("feet", 0.8),
    "glove": ("hands", 0.5), "ring": ("hands", 0.15),
}
_HANGING = frozenset({"neck", "chest", "back"})  # measured by their height, hung from the neck
_PAIRS = {"feet": ("foot_l", "foot_r"), "hands": ("hand_l", "hand_r")}
_SINK = 0.25  # of a hat's own height, how far it comes down over the head
_SMALLEST, _LARGEST = 0.25, 2.0  # the scale a worn thing is fitted with, at most
_TORSO_DEPTH = 1.5  # a torso's depth, in head units
_FACE = 0.55  # how far in front of the head's pivot the face is, in head units
_TURNS_WITH_HEAD = frozenset({"top", "face"})  # what turns and tilts with the head, not only with the body


def worn_id(oid: str, k: int = 0) -> str:
    return f"{oid}{_WORN}{k + 1 if k else ''}"


def _key(t: float, value: object, easing: str = "linear") -> Keyframe:
    return Keyframe(time_s=max(0.0, t), value=value, easing=easing)  # type: ignore[arg-type]


def _head_unit(body_type: str) -> tuple[np.ndarray, float]:
    """The head bone's pivot in the bind pose and the head's size (from the pivot up to the top of the body)."""
    from autark.assets import library
    from autark.assets import rig as rigmod

    pivot = np.asarray(rigmod.bone_world_position(body_type, None, "head"), float)
    top = float(library.get(body_type).bounds_max[1])
    return pivot, max(top - float(pivot[1]), 0.05)


def _local_points(body_type: str, place: str, height: float, depth: float) -> list[tuple[str, np.ndarray]]:
    """(bone, point in the bind pose) of each spot ``place`` puts a thing ``height`` tall and ``depth`` deep (already
    fitted) on: its origin (the middle of its bottom) goes there."""
    from autark.assets import rig as rigmod

    bones = rigmod.bone_names(body_type)
    pivot, d = _head_unit(body_type)
    if place in _PAIRS and all(b in bones for b in _PAIRS[place]):
        out = []
        for bone in _PAIRS[place]:
            p = np.asarray(rigmod.bone_world_position(body_type, None, bone), float)
            out.append((bone, np.array([p[0], p[1] - (0.5 * height if place == "feet" else 0.4 * height), p[2]])))
        return out
    if place == "face":
        return [("head", pivot + np.array([0.0, 0.45 * d - 0.5 * height, _FACE * d - 0.5 * depth]))]
    if place in _HANGING:
        bone = "neck" if "neck" in bones else "head"
        p = np.asarray(rigmod.bone_world_position(body_type, None, bone), float)
        ahead = {"neck": 0.35 * d, "chest": 0.1 * d, "back": -0.6 * d}[place]
        return [(bone, np.array([p[0], p[1] + 0.1 * d - height, p[2] + ahead]))]
    return [("head", pivot + np.array([0.0, (1.0 - _SINK * height / d) * d, 0.0]))]  # on top of the head


def _fitted_scale(kind: str, place: str, size: float, body_type: str) -> float:
    """How many times its own size a worn ``kind`` (``size``: its width or, hanging, its height) is shown at."""
    from autark.assets import library

    spec = library.get(kind)
    ext = np.asarray(spec.bounds_max, float) - np.asarray(spec.bounds_min, float)
    own = float(ext[1]) if place in _HANGING else float(max(ext[0], ext[2]))
    if kind == "scarf":  # a long strip hung from the neck: its length
        own = float(max(ext))
    _pivot, d = _head_unit(body_type)
    return float(np.clip(size * d / max(own, 1e-3), _SMALLEST, _LARGEST))


def _wrapped_depth(kind: str, body_type: str) -> float:
    """The depth scale of a garment worn round the chest: as deep as the torso and a little more, so the flat coat
    of the catalogue wraps the body rather than hangs inside it."""
    from autark.assets import library

    spec = library.get(kind)
    _pivot, d = _head_unit(body_type)
    own = float(spec.bounds_max[2] - spec.bounds_min[2])
    return float(np.clip(_TORSO_DEPTH * d / max(own, 1e-3), _SMALLEST, 4.0 * _LARGEST))


def _put_on_at(scene: Scene, oid: str, wearer: str, start_s: float, end_s: float, t0: float) -> float:
    """When the thing goes on: as the wearer's pick-up (or other handling) of it in this shot ends."""
    acts = [a for a in scene.timeline.actions if a.object_id == wearer and a.item == oid
            and start_s - 1e-6 <= a.start_s < end_s]
    at = acts[-1].end_s if acts else t0
    return max(start_s, min(at, end_s - PUT_ON_S - 0.8))


@dataclasses.dataclass(frozen=True)
class _Fit:
    """How a kind of thing is worn by a kind of body: its spots (bone, point in the bind pose), its scale, its
    depth scale, its own turn (a scarf hangs)."""

    spots: list[tuple[str, np.ndarray]]
    scale: float
    depth: float
    lay: tuple[float, float, float]
    with_head: bool


def _fit(kind: str, body_type: str) -> _Fit:
    from autark.assets import library

    place, size = WORN_ON.get(kind, ("top", 1.2))
    scale = _fitted_scale(kind, place, size, body_type)
    spec = library.get(kind)
    ext = np.asarray(spec.bounds_max, float) - np.asarray(spec.bounds_min, float)
    spots = _local_points(body_type, place, float(ext[1]) * scale, float(ext[2]) * scale)
    depth = _wrapped_depth(kind, body_type) if place == "chest" else scale
    return _Fit(spots, scale, depth, (90.0, 0.0, 0.0) if kind == "scarf" else (0.0, 0.0, 0.0),
                place in _TURNS_WITH_HEAD)


def _worn_at(scene: Scene, wearer: str, fit: _Fit, t: float) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
    """(position, rotation) of each copy at ``t``: on its spot of the posed body, turned with it."""
    from autark.assets import rig as rigmod
    from autark.motion import evaluate_scene
    from autark.scene.geometry import model_matrix

    body = evaluate_scene(scene, t).object(wearer)
    pose = {k: np.array(v, float) for k, v in (body.pose or {}).items()}
    m = model_matrix(body.transform)
    pitch = yaw = 0.0
    if fit.with_head:  # a hat nods and turns with the head
        ahead = rigmod.bone_matrices(body.type, pose)["head"][:3, :3] @ np.array([0.0, 0.0, 1.0])
        yaw = math.degrees(math.atan2(float(ahead[0]), float(ahead[2])))
        pitch = math.degrees(math.asin(float(np.clip(-ahead[1], -1.0, 1.0))))
    out = []
    for bone, point in fit.spots:
        local = rigmod.bone_world_position(body.type, pose, bone, tuple(float(c) for c in point))
        w = m[:3, :3] @ np.asarray(local, float) + m[:3, 3]
        out.append((tuple(float(c) for c in w),
                    (fit.lay[0] + pitch, float(body.transform.rotation[1]) + yaw, fit.lay[2])))
    return out


def wear_ops(scene: Scene, oid: str, into: str, start_s: float, end_s: float, t0: float,
             resolve: Callable[[str], str | None], warnings: list[str], where: str) -> list[Operator]:
    """``oid`` put on by ``into`` (a cast name) in this shot and worn from then on (see the module doc)."""
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import rig_info

    wearer = resolve(into)
    body0 = scene.find_object(wearer) if wearer else None
    if wearer is None or body0 is None or rig_info(body0.type) is None or scene.find_object(worn_id(oid)):
        warnings.append(f"{where}: nobody in the set to wear the {oid}: it stays where it is")
        return []
    thing = scene.object(oid)
    fit = _fit(thing.type, body0.type)
    if t0 <= start_s + 1e-3:  # dressed in it from the scene's first frame ("a girl in a red raincoat")
        return _dressed_ops(scene, oid, wearer, fit, thing, start_s)
    on_at = _put_on_at(scene, oid, wearer, start_s, end_s, t0)
    times = [on_at + PUT_ON_S]
    while times[-1] < scene.settings.duration_s:
        times.append(min(times[-1] + _STEP_S, scene.settings.duration_s))
    worn = [_worn_at(scene, wearer, fit, t) for t in times]
    held = evaluate_scene(scene, on_at).object(oid)
    frm = np.asarray(held.transform.position, float)
    ops: list[Operator] = [AddKeyframes(target=f"object:{oid}.visible",
                                        keyframes=[_key(0.0, True, "hold"), _key(on_at, False, "hold")])]
    for k in range(len(fit.spots)):
        cid = worn_id(oid, k)
        lift = np.maximum(np.asarray(worn[0][k][0]), frm)  # up from the hand, then onto the spot
        copy = held.model_copy(update={"id": cid, "name": f"{thing.name} (worn)", "visible": False, "parent": None,
                                       "tag": f"{_TAG}{wearer}"})
        ops += [
            AddObject(object=copy),
            AddKeyframes(target=f"object:{cid}.visible", keyframes=[_key(0.0, False, "hold"),
                                                                   _key(on_at, True, "hold")]),
            AddKeyframes(target=f"object:{cid}.transform.position", keyframes=[
                _key(on_at, tuple(float(c) for c in frm), _PUTTING),
                _key(on_at + 0.5 * PUT_ON_S, tuple(float(c) for c in (lift + [0.0, 0.08, 0.0])), _PUTTING),
                *[_key(t, w[k][0]) for t, w in zip(times, worn, strict=True)]]),
            AddKeyframes(target=f"object:{cid}.transform.rotation", keyframes=[
                _key(on_at, tuple(float(c) for c in held.transform.rotation), _PUTTING),
                *[_key(t, w[k][1]) for t, w in zip(times, worn, strict=True)]]),
            AddKeyframes(target=f"object:{cid}.transform.scale", keyframes=[
                _key(on_at, tuple(float(c) for c in held.transform.scale), _PUTTING),
                _key(on_at + PUT_ON_S, (fit.scale, fit.scale, fit.depth))]),
        ]
    return ops


def _dressed_ops(scene: Scene, oid: str, wearer: str, fit: _Fit, thing, start_s: float) -> list[Operator]:
    """``oid`` on ``wearer`` from ``start_s`` to the scene's end, never put on: the thing itself hidden, its worn
    copies on their spots (``story.worn.dressed_effects``)."""
    times = [start_s]
    while times[-1] < scene.settings.duration_s:
        times.append(min(times[-1] + _STEP_S, scene.settings.duration_s))
    worn = [_worn_at(scene, wearer, fit, t) for t in times]
    ops: list[Operator] = [AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, False, "hold")])]
    for k in range(len(fit.spots)):
        cid = worn_id(oid, k)
        copy = thing.model_copy(update={"id": cid, "name": f"{thing.name} (worn)", "visible": True, "parent": None,
                                        "tag": f"{_TAG}{wearer}"})
        ops += [
            AddObject(object=copy),
            AddKeyframes(target=f"object:{cid}.transform.position",
                         keyframes=[_key(t, w[k][0]) for t, w in zip(times, worn, strict=True)]),
            AddKeyframes(target=f"object:{cid}.transform.rotation",
                         keyframes=[_key(t, w[k][1]) for t, w in zip(times, worn, strict=True)]),
            AddKeyframes(target=f"object:{cid}.transform.scale", keyframes=[_key(0.0, (fit.scale, fit.scale, fit.depth))]),
        ]
    return ops


def refresh_ops(scene: Scene, start_s: float, end_s: float) -> list[Operator]:
    """The keys of every worn thing between ``start_s`` and ``end_s`` placed again on its wearer as posed now: a
    thing put on in an earlier shot was keyed before the acts of this one were laid (the production lays a shot's
    acts, then its effects, shot after shot), and would float where the wearer stood still."""
    ops: list[Operator] = []
    for copy in scene.objects:
        if not copy.tag.startswith(_TAG) or scene.find_object(wearer := copy.tag[len(_TAG):]) is None:
            continue
        k = int(copy.id.rsplit(_WORN, 1)[1] or 1) - 1
        fit = _fit(copy.type, scene.object(wearer).type)
        track = next((tr for tr in scene.timeline.tracks if tr.target == f"object:{copy.id}.transform.position"), None)
        times = [key.time_s for key in (track.keyframes if track else []) if start_s - 1e-6 <= key.time_s <= end_s
                 and key.easing != _PUTTING]
        if not times:
            continue
        worn = [_worn_at(scene, wearer, fit, t)[k] for t in times]
        ops += [AddKeyframes(target=f"object:{copy.id}.transform.position",
                             keyframes=[_key(t, w[0]) for t, w in zip(times, worn, strict=True)]),
                AddKeyframes(target=f"object:{copy.id}.transform.rotation",
                             keyframes=[_key(t, w[1]) for t, w in zip(times, worn, strict=True)])]
    return ops
