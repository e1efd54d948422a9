"""A thing that rests on or in another from the start (``autark.story.placements``: the cherry on the cake, the
star on the Christmas tree, the apple in the basket) stays there: set by the top of the support's box (the command
engine sets it on the top, ``autark.language.placement``), sunk into an open container so that only its top shows
over the rim, and carried along wherever the support goes (a cake carried to the table, a basket picked up), until
an act of its own takes it (eaten, taken out, knocked off).

The prop is tagged ``rests_on:<support id>`` when it is added (``stacked_object``); each shot, after its acts are
laid, ``follow_ops`` keys the thing's place to keep its offset from the support's box wherever the support moved
in that shot (``motion.holding`` places the support while it is carried; this reads where that put it).
"""

from __future__ import annotations

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene, SceneObject

__all__ = ["RESTS_ON", "FOLLOW_STEP_S", "stacked_object", "support_of", "follow_ops", "fit_inside", "inside_point"]

RESTS_ON = "rests_on:"
FOLLOW_STEP_S = 0.15  # how often a carried support's passenger is keyed
_SHOWS_OVER_RIM = 0.35  # of a thing in a container, the share of its height over the rim
_FILLS = 0.9  # a thing in a container is at most this share of its opening wide
_MOVED_M = 0.02  # a support that moved less than this stayed
_SHELF_M = 1.4  # the highest board a thing is set on (eye height, within reach)


def _box(obj: SceneObject) -> tuple[np.ndarray, np.ndarray]:
    from autark.scene.geometry import world_bbox

    b = world_bbox(obj)
    return np.array(b.min, float), np.array(b.max, float)


def stacked_object(scene: Scene, obj: SceneObject, placement: str) -> SceneObject:
    """``obj`` as placed by ``placement`` ("on the cake", "in the basket": the words ``story.placements`` writes)
    in ``scene`` (its support added already): tagged as resting on its support, and a thing in a container sunk
    into it, its top over the rim. Any other placement returns ``obj`` unchanged."""
    words = placement.split()
    if len(words) < 3 or words[0] not in ("on", "in") or words[1] != "the":
        return obj
    kind = "_".join(words[2:])
    support = next((o for o in reversed(scene.objects) if o.type == kind and o.tag != "setting" and o.id != obj.id),
                   None)
    if support is None:
        return obj
    out = obj.model_copy(update={"tag": f"{RESTS_ON}{support.id}"})
    if words[0] != "in":
        return _at_eye_height(out, support)
    k = fit_inside(obj, support)
    scale = tuple(float(c) * k for c in obj.transform.scale)
    out = out.model_copy(update={"transform": obj.transform.model_copy(update={"scale": scale})})
    lo, hi = _box(out)
    middle = inside_point(lo, hi, *_box(support))
    pos = np.array(out.transform.position, float) + middle - (lo + hi) / 2
    return out.model_copy(update={"transform": out.transform.model_copy(
        update={"position": tuple(float(c) for c in pos)})})


def fit_inside(thing: SceneObject, container: SceneObject) -> float:
    """The share of its size ``thing`` is shown at inside ``container``: 1, or less where its footprint is wider
    than the container's opening (a heap of coins in a chest)."""
    lo, hi = _box(thing)
    clo, chi = _box(container)
    room = np.array([chi[0] - clo[0], chi[2] - clo[2]]) * _FILLS
    size = np.maximum(np.array([hi[0] - lo[0], hi[2] - lo[2]]), 1e-3)
    return float(min(1.0, *(room / size)))


def inside_point(lo: np.ndarray, hi: np.ndarray, clo: np.ndarray, chi: np.ndarray) -> np.ndarray:
    """Where the middle of a box ``lo``..``hi`` goes in a container's box ``clo``..``chi``: over the container's
    middle, sunk so that ``_SHOWS_OVER_RIM`` of its height shows over the rim (never below its floor)."""
    height = float(hi[1] - lo[1])
    bottom = max(float(clo[1]) + 0.05 * float(chi[1] - clo[1]), float(chi[1]) - (1.0 - _SHOWS_OVER_RIM) * height)
    centre = (clo + chi) / 2
    return np.array([centre[0], bottom + height / 2, centre[2]])


def _at_eye_height(obj: SceneObject, support: SceneObject) -> SceneObject:
    """``obj`` on the highest of its support's surfaces up to ``_SHELF_M`` (a shelf's middle board, where it is
    seen and has room to fall from, not its bottom board at the floor), where the engine set it on a lower one."""
    from autark.language.placement import surfaces

    lo, hi = _box(obj)
    boards = [(h, r) for h, r in surfaces(support) if h <= _SHELF_M and r[0] <= (lo[0] + hi[0]) / 2 <= r[2]]
    if not boards:
        return obj
    height, _rect = max(boards)
    if height <= float(lo[1]) + 1e-3:
        return obj
    x, y, z = obj.transform.position
    return obj.model_copy(update={"transform": obj.transform.model_copy(
        update={"position": (x, float(y) + height - float(lo[1]), z)})})


def support_of(obj: SceneObject) -> str | None:
    """The id of the thing ``obj`` rests on or in from the start (None: none)."""
    return obj.tag[len(RESTS_ON):] if obj.tag.startswith(RESTS_ON) else None


def _may_move(scene: Scene, sid: str, start_s: float, end_s: float) -> bool:
    """Whether anything in this span can move the support: an act that handles it, or keys of its own."""
    from autark.motion.holding import handled_id

    if any(handled_id(a) == sid and a.start_s < end_s for a in scene.timeline.actions):
        return True
    return any(tr.target == f"object:{sid}.transform.position" for tr in scene.timeline.tracks)


def follow_ops(scene: Scene, start_s: float, end_s: float) -> list[Operator]:
    """Keys that keep each resting thing (``stacked_object``) on its support while the support moves between
    ``start_s`` and ``end_s``, until an act of the thing's own takes it."""
    from autark.motion import evaluate_scene
    from autark.motion.holding import handled_id

    riders = [(o, sid) for o in scene.objects if (sid := support_of(o)) is not None
              and scene.find_object(sid) is not None and _may_move(scene, sid, start_s, end_s)]
    if not riders:
        return []
    first = evaluate_scene(scene, 0.0)
    ops: list[Operator] = []
    for obj, sid in riders:
        taken = min((a.start_s for a in scene.timeline.actions if handled_id(a) == obj.id), default=float("inf"))
        stop = min(end_s, taken)
        if stop <= start_s:
            continue
        slo0, shi0 = _box(first.object(sid))
        offset = np.array(first.object(obj.id).transform.position, float) - np.array(
            [(slo0[0] + shi0[0]) / 2, shi0[1], (slo0[2] + shi0[2]) / 2])
        keys, moved = [], False
        t = start_s
        while True:
            slo, shi = _box(evaluate_scene(scene, t).object(sid))
            top = np.array([(slo[0] + shi[0]) / 2, shi[1], (slo[2] + shi[2]) / 2])
            moved = moved or float(np.linalg.norm(top - np.array([(slo0[0] + shi0[0]) / 2, shi0[1],
                                                                    (slo0[2] + shi0[2]) / 2]))) > _MOVED_M
            keys.append(_key(t, tuple(float(c) for c in top + offset)))
            if t >= stop:
                break
            t = min(stop, t + FOLLOW_STEP_S)
        if moved:
            ops.append(AddKeyframes(target=f"object:{obj.id}.transform.position", keyframes=keys))
    return ops
