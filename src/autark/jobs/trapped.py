"""A creature caught in a net, a cage or a trap (an ``inside`` effect on a body that no hand takes out) is seen in
it, and seen freed: the trap stands over it from the scene's start, grown (each way on its own) to hold it, so the viewer sees what it
is caught in; when the one who frees it acts on it (``hiding._own_act``: the act on it in the shot), the trap is
lifted off and set down beside it, and from then it is free to go (``story.consequence_staging`` has it go off).

Before, a body in a container was hidden until a hand came for it (a rabbit from a hat); a seal freed from a net
with nobody lifting it out was hidden the whole time, then stood on the ground beside the net: no net on it, no
freeing seen.
"""

from __future__ import annotations

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene

__all__ = ["trapped_ops", "LIFT_S"]

LIFT_S = 0.7  # how long the trap takes to come off
_ROOM = 1.15  # the trap is this much larger than the one in it, every way
_MOST_GROWN = 4.0  # ... grown at most this much any way (a net is no tent)
_ASIDE_M = 0.35  # the gap between the freed one and the trap set down beside it


def trapped_ops(scene: Scene, oid: str, place: str, start_s: float, end_s: float, freed_s: float) -> list[Operator]:
    """``place`` over the body ``oid`` from the scene's start until ``freed_s`` (in the shot ``start_s``..
    ``end_s``), then lifted off it over ``LIFT_S`` and set down beside it, on the side away from the middle of
    the set's cast (where the one who frees it stands)."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, start_s)
    body, trap = state.find_object(oid), state.find_object(place)
    if body is None or trap is None:
        return []
    bb, tb = world_bbox(body), world_bbox(trap)
    blo, bhi, tlo, thi = (np.array(v, float) for v in (bb.min, bb.max, tb.min, tb.max))
    size, tsize = bhi - blo, np.maximum(thi - tlo, 1e-3)
    grows = np.clip(_ROOM * size / tsize, 1.0, _MOST_GROWN)  # each way on its own: a net drapes to its shape
    scale = tuple(float(c) * float(g) for c, g in zip(trap.transform.scale, grows, strict=True))
    centre = (blo + bhi) / 2
    origin = np.array(trap.transform.position, float)
    offset = origin - (tlo + thi) / 2  # from the trap's box middle to its origin, grown with it
    over = centre + grows * offset
    over[1] = float(blo[1]) + (origin[1] - float(tlo[1])) * float(grows[1])  # on what the body stands on
    others = [np.array(state.object(c.object_id).transform.position, float) for c in state.characters
              if c.object_id != oid and state.find_object(c.object_id) is not None]
    away = centre - (np.mean(others, axis=0) if others else centre + np.array([1.0, 0.0, 0.0]))
    away[1] = 0.0
    away = away / (np.linalg.norm(away) or 1.0)
    reach = (float(np.max(size[[0, 2]])) + float(np.max(grows[[0, 2]] * tsize[[0, 2]]))) / 2 + _ASIDE_M
    aside = over + away * reach
    lift = over + np.array([0.0, float(size[1]) * 0.8, 0.0]) + away * reach * 0.5
    t0 = max(start_s, min(freed_s, end_s - LIFT_S))
    pos = [_key(0.0, tuple(float(c) for c in over), "hold"), _key(t0, tuple(float(c) for c in over), "ease_out"),
           _key(t0 + LIFT_S / 2, tuple(float(c) for c in lift), "ease_in"),
           _key(t0 + LIFT_S, tuple(float(c) for c in aside), "hold")]
    return [AddKeyframes(target=f"object:{place}.transform.scale", keyframes=[_key(0.0, scale, "hold")]),
            AddKeyframes(target=f"object:{place}.transform.position", keyframes=pos),
            AddKeyframes(target=f"object:{place}.visible", keyframes=[_key(0.0, True, "hold")])]
