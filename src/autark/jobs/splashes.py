"""A splash where a body falls or jumps into water (``autark.motion.plunges``): a ring of water drops thrown up
out of the surface at the moment the body goes in, falling back into it.

The moment and the place are read off the body's own motion (the first time, sampled every ``_STEP_S``, that
it is below the water's top inside its rim), so the splash is where and when the body meets the water whatever
the walk to the edge took.
"""

from __future__ import annotations

import numpy as np

from autark.jobs.changes import WATER_COLOR, _burst, _Particles
from autark.ops import Operator
from autark.scene.model import Scene

__all__ = ["splash_ops", "drops_at", "DROPS"]

DROPS = 10
_STEP_S = 0.1
_FOAM = tuple(0.5 * c + 0.5 for c in WATER_COLOR)  # lighter than the water it comes out of


def splash_ops(scene: Scene, body_id: str, water_id: str, start_s: float, end_s: float) -> list[Operator]:
    """The drops of ``body_id`` going into ``water_id`` between ``start_s`` and ``end_s``; none when it does
    not go in then."""
    from autark.motion import evaluate_scene
    from autark.motion.plunges import is_in
    from autark.scene.geometry import world_bbox

    for t in np.arange(start_s, end_s, _STEP_S):
        state = evaluate_scene(scene, float(t))
        body, water = state.object(body_id), state.object(water_id)
        where = np.array(body.transform.position, float)
        if is_in(water, where):
            top = float(world_bbox(water).max[1])
            size = float(world_bbox(body).size[0])
            box = (where[0] - size, top - 0.05, where[2] - size, where[0] + size, top + 0.05, where[2] + size)
            # named after the body too: two bodies going into one pond are built before either is added
            p = _Particles(scene, water_id, f"splash_{body_id}_")
            _burst(p, box, float(t), DROPS, _FOAM, 0.09, reach=max(0.6, 2 * size), up=0.9, asset="sphere", glow=0.2)
            return p.ops
    return []


def drops_at(scene: Scene, oid: str, where: np.ndarray, t: float, size: float) -> list[Operator]:
    """The drops thrown up where a thing of about ``size`` metres across lands in water at ``where`` at ``t``
    (``autark.jobs.landings``): fewer and lower than a body's."""
    box = (where[0] - size, where[1] - 0.05, where[2] - size, where[0] + size, where[1] + 0.05, where[2] + size)
    p = _Particles(scene, oid, "splash")
    _burst(p, box, t, DROPS // 2 + 2, _FOAM, 0.07, reach=max(0.4, 1.5 * size), up=0.6, asset="sphere", glow=0.2)
    return p.ops
