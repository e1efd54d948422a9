"""A thing repaired, mended, built or put together on screen (the ``repair`` effect): broken before, whole
after, and the change seen while the tool works on it.

From the start of the scene the thing is broken: slumped (a third lower), tipped to one side, its colour dull,
with pieces of it (cubes in its own colour) lying on the ground around it. While the one who repairs it works
(``t0``..``t1``, the hammering), the pieces fly up into it one after another and are gone, and it rises
upright to its own size and colour; at ``t1`` a few bright sparks say it is done. A lamp mended is lit from then
on (``autark.jobs.changes``'s ``light``).
"""

from __future__ import annotations

from autark.jobs.changes import _burst, _key, _Particles, change_ops
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene

__all__ = ["BROKEN_SQUASH", "BROKEN_TILT_DEG", "DULL", "repair_ops", "PIECES"]

BROKEN_SQUASH = 0.62  # a broken thing stands this share of its height
BROKEN_TILT_DEG = 18.0  # ... tipped this far to one side
DULL = 0.55  # ... its colour this share as bright
PIECES = 5  # pieces of it on the ground while it is broken
_LIT = ("lamp", "lantern", "lighthouse", "street_light", "streetlight", "torch", "candle", "light")


def repair_ops(scene: Scene, state: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    """Keyframes and pieces for ``oid`` broken from the scene's start until it is repaired over ``t0``..``t1``
    (``state``: the scene evaluated at ``t0``)."""
    from autark.scene.geometry import world_bbox

    obj = scene.object(oid)
    t1 = max(t1, t0 + 0.6)
    scale = tuple(float(c) for c in obj.transform.scale)
    rot = tuple(float(c) for c in obj.transform.rotation)
    color = tuple(float(c) for c in obj.material.color)
    slumped = (scale[0], scale[1] * BROKEN_SQUASH, scale[2])
    tipped = (rot[0], rot[1], rot[2] + BROKEN_TILT_DEG)
    dull = tuple(c * DULL for c in color)
    ops: list[Operator] = [
        AddKeyframes(target=f"object:{oid}.transform.scale",
                     keyframes=[_key(0.0, slumped, "hold"), _key(t0, slumped, "ease_in_out"), _key(t1, scale, "hold")]),
        AddKeyframes(target=f"object:{oid}.transform.rotation",
                     keyframes=[_key(0.0, tipped, "hold"), _key(t0, tipped, "ease_in_out"), _key(t1, rot, "hold")]),
        AddKeyframes(target=f"object:{oid}.material.color",
                     keyframes=[_key(0.0, dull, "hold"), _key(t0, dull), _key(t1, color, "hold")]),
    ]
    box = tuple(float(c) for c in world_bbox(state.object(oid)))
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    width = max(box[3] - box[0], box[5] - box[2])
    size = max(0.05, min(0.3, (box[4] - box[1]) / 5, width / 4))
    middle = (cx, box[1] + 0.5 * (box[4] - box[1]) / BROKEN_SQUASH, cz)
    p = _Particles(scene, oid, "repair")
    step = (t1 - t0) / (PIECES + 1)
    for k in range(PIECES):  # on the ground around it (to its sides and front), each flying home in turn
        side = -1.0 if k % 2 else 1.0
        out = (cx + side * (0.6 * width / 2 + 0.25 + 0.1 * k), box[1] + size / 2, cz + 0.25 * (k - 2) * size * 3)
        fly = t0 + step * (k + 1)
        p.add("cube", color, size, [(0.0, out), (fly - 0.01, out), (fly + 0.5 * step, middle)],
              until_s=fly + 0.5 * step, rotation=(0.0, 25.0 * k, 12.0 * side))
    _burst(p, box, t1, 6, (1.0, 0.95, 0.6), 0.06, reach=max(0.4, width), up=0.35, asset="star", glow=2.0)
    ops += p.ops
    if any(w in obj.type for w in _LIT):  # a lamp mended gives light again
        ops += change_ops(scene, state, "light", oid, t1, t1 + 0.3, t1 + 1.0, twin=False)  # no whole twin
    return ops
