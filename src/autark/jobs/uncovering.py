"""A thing dug up on screen (the ``unearth`` effect, ``autark.story.presence``): "digs up a treasure chest",
"gräbt einen Knochen aus". It lies under the ground, out of sight, from its shot's start; while the digger works
(their strokes with the shovel at it, ``autark.jobs.making.work_span``) a dark hole opens in the ground, clods of
earth fly from it onto a heap beside it that grows with each stroke, and in the last part of the dig the thing
comes up out of the hole to lie on the ground. The hole and the heap stay until the film ends, so any later frame
still shows where it was dug up.

A thing buried (the ``bury`` effect, ``autark.story.containers``: "vergräbt einen Knochen", "buries nuts") is
the other way round: while the one at it works, it sinks into the ground, clods fly off onto a mound beside it
that grows, and the mound stays over it until the film ends (``bury_ops``).
"""

from __future__ import annotations

from autark.jobs.making import work_span
from autark.jobs.particles import _key, _Particles
from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene

__all__ = ["EARTH_COLOR", "HOLE_COLOR", "unearth_ops", "bury_ops", "BURIED"]

EARTH_COLOR = (0.4, 0.28, 0.16)  # dug earth: brown, lighter than the hole
HOLE_COLOR = (0.12, 0.08, 0.05)
_COMES_UP = 0.6  # share of the dig after which the thing comes up out of the hole
_STROKE_S = 0.55  # a clod flies off the shovel this often
BURIED = "_buried"  # the copy that plays a thing as it is buried


def unearth_ops(scene: Scene, state: Scene, oid: str, t0: float, t1: float, film_end_s: float) -> list[Operator]:
    """``oid`` under the ground until it comes up over ``t0``..``t1`` (aligned to the digger's act at it), with
    the hole and the heap of earth made as they dig; ``state``: the scene evaluated at ``t0``."""
    from autark.scene.geometry import world_bbox

    t0, t1 = work_span(scene, oid, t0, t1)
    t1 = max(t1, t0 + 1.0)
    obj = scene.object(oid)
    pos = tuple(float(c) for c in obj.transform.position)
    box = tuple(float(c) for c in world_bbox(state.object(oid)))
    width = max(box[3] - box[0], box[5] - box[2], 0.2)
    height = max(box[4] - box[1], 0.1)
    ground = box[1]
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    up_at = t0 + _COMES_UP * (t1 - t0)
    under = (pos[0], pos[1] - height * 1.1, pos[2])
    ops: list[Operator] = [AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[
        _key(0.0, under, "hold"), _key(up_at, under, "ease_out"), _key(t1, pos, "hold")])]
    p = _Particles(scene, oid, "dig")
    hole = (cx, ground + 0.005, cz)
    p.add("cylinder", HOLE_COLOR, width * 1.3, [(t0, hole), (film_end_s, hole)], tall=0.02 / (width * 1.3),
          end_size=1.0)
    heap_size = max(0.7, width * 1.3)  # the earth out of a hole as big as the thing: a mound bigger than it
    heap_at = (box[3] + 0.15 + heap_size * 0.45, ground, cz + 0.1)
    ops += _growing_heap(p, heap_at, heap_size, t0, t1, film_end_s)
    t, k = t0 + 0.2, 0
    while t < t1 - 0.2:  # a clod off the shovel, over to the heap
        mid = ((cx + heap_at[0]) / 2, ground + 0.6 + 0.1 * (k % 2), cz)
        p.add("sphere", EARTH_COLOR, max(0.06, width / 8), [(t, hole), (t + 0.25, mid), (t + 0.5, (heap_at[0],
              ground + heap_size * 0.3, heap_at[2]))])
        t, k = t + _STROKE_S, k + 1
    return ops + p.ops


def bury_ops(scene: Scene, state: Scene, oid: str, t0: float, t1: float, film_end_s: float) -> list[Operator]:
    """``oid`` sinking into the ground over ``t0``..``t1`` (aligned to the act at it) and under it after, a mound
    of earth growing over it meanwhile and staying; ``state``: the scene evaluated at ``t0``. It is played by a
    copy (``<id>_buried``) set on the ground under where it is then: a thing still in the hands goes down too."""
    from autark.motion import evaluate_scene
    from autark.ops.visibility import visible_from
    from autark.scene.geometry import floor_top_y, world_bbox

    t0, t1 = work_span(scene, oid, t0, t1)
    t1 = max(t1, t0 + 1.0)
    down_from = t0 + (1.0 - _COMES_UP) * (t1 - t0)  # a first stroke or two, then it goes down
    now = evaluate_scene(scene, down_from)
    if now.find_object(oid) is None or scene.find_object(f"{oid}{BURIED}") is not None:
        return []
    thing = now.object(oid)
    box = world_bbox(thing)
    ground = floor_top_y(now)
    x, y, z = (float(c) for c in thing.transform.position)
    pos = (x, y + ground - float(box.min[1]), z)  # on the ground under where it is (out of the hands)
    width = max(box.max[0] - box.min[0], box.max[2] - box.min[2], 0.2)
    height = max(box.max[1] - box.min[1], 0.1)
    cx, cz = (box.min[0] + box.max[0]) / 2, (box.min[2] + box.max[2]) / 2
    under = (pos[0], pos[1] - height * 1.3, pos[2])
    cid = f"{oid}{BURIED}"
    ops: list[Operator] = [
        AddObject(object=thing.model_copy(update={"id": cid, "name": f"{thing.name}{BURIED}", "visible": False,
                                                  "transform": thing.transform.model_copy(update={"position": pos})})),
        AddKeyframes(target=f"object:{cid}.visible", keyframes=[_key(0.0, False, "hold"),
                                                               _key(down_from, True, "hold")]),
        AddKeyframes(target=f"object:{cid}.transform.position", keyframes=[
            _key(down_from, pos, "ease_in"), _key(t1, under, "hold")]),
        visible_from(scene, oid, down_from, False, before=True)]
    p = _Particles(scene, oid, "bury")
    heap_size = max(0.3, width * 1.2)
    ops += _growing_heap(p, (cx, ground, cz), heap_size, down_from, t1, film_end_s)  # over it: it marks the spot
    t, k = t0 + 0.2, 0
    while t < t1 - 0.2:  # earth thrown onto it
        p.add("sphere", EARTH_COLOR, max(0.06, width / 8), [(t, (cx + 0.5, ground + 0.05, cz)), (t + 0.25, (
              cx + 0.25, ground + 0.5 + 0.1 * (k % 2), cz)), (t + 0.5, (cx, ground + heap_size * 0.25, cz))])
        t, k = t + _STROKE_S, k + 1
    return ops + p.ops


def _growing_heap(p: _Particles, at: tuple[float, float, float], size: float, t0: float, t1: float,
                  film_end_s: float) -> list[Operator]:
    """A mound of earth (a flattened ball, half under the ground) at ``at`` from ``t0``, growing to ``size``
    across by ``t1`` and lying there until ``film_end_s``."""
    p.add("sphere", EARTH_COLOR, size, [(t0, at), (film_end_s, at)], tall=0.55)
    pid = p.ops[-3].object.id  # type: ignore[attr-defined]  # the AddObject just made
    full = p.ops[-3].object.transform.scale  # type: ignore[attr-defined]
    return [AddKeyframes(target=f"object:{pid}.transform.scale", keyframes=[
        _key(t0, tuple(c * 0.2 for c in full), "linear"), _key(t1, tuple(full), "hold")])]
