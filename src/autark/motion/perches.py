"""Where a body sits on something made with no seat: round a campfire, on a picnic blanket, on a log, on a
roof, up in a tree.

``chain.seat_for`` reads a chair's, a bench's or a sofa's own seat surface; a thing without one used to refuse
("cannot sit on the campfire: it has no seat"), so three friends round a campfire stood. ``seat_on`` says where
a body sits by the thing's shape instead:

* beside it on the ground, facing it, when it burns or is water (a campfire, a fireplace, a pond);
* on it, near the side the body comes from and facing its middle, when it is flat and wide (a blanket, a rug);
* on top of it, in its middle, facing the way one came (a log, a rock, a table, a wall, a car, a roof's ridge);
* up in a tree: on the lower edge of its crown, on the side the body comes from (a cat stuck in a tree).
"""

from __future__ import annotations

import math

import numpy as np

from autark.motion.kinematics import RigInfo, heading_to
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject

__all__ = ["seat_on", "crown_bottom", "trunk_half", "category_of", "BESIDE_WORDS", "FLAT_M"]

BESIDE_WORDS = ("fire", "pond", "lake", "water", "pool", "fountain", "stove", "oven", "grill")  # sat beside
FLAT_M = 0.15  # lower than this and wide: sat on (a blanket, a towel, a rug)
_GROUND_GAP_M = 0.45  # between a campfire's edge and the hips of one sitting by it
_INSET_M = 0.12  # how far inside a blanket's edge one sits (on its rim: three share a beach towel)
_CROWN_UP, _CROWN_OUT = 0.2, 0.95  # up in a tree: a fifth of the way up its crown, at its outside (0.7 hid a cat in the leaves)


def category_of(asset_type: str) -> str:
    from autark.assets import library

    try:
        return library.get(asset_type).category
    except KeyError:
        return ""


def crown_bottom(obj: SceneObject) -> float | None:
    """The world height where a tree's crown starts (its lowest part wider than a metre that is off the
    ground), or None when it has no such part."""
    from autark.assets.library import build_parts

    try:
        parts = build_parts(obj.type)
    except KeyError:
        return None
    sx, sy = float(obj.transform.scale[0]), float(obj.transform.scale[1])
    lows = [float(p.mesh.bounds[0][1]) for p in parts
            if (p.mesh.bounds[1][0] - p.mesh.bounds[0][0]) * sx > 1.0 and p.mesh.bounds[0][1] > 0.3]
    return obj.transform.position[1] + sy * min(lows) if lows else None


def trunk_half(obj: SceneObject) -> float | None:
    """Half the width of a tree's trunk in the world (its widest part that stands on the ground and is narrower
    than a metre), or None when it has none: a climber's chest stays that far and a little more from its
    middle."""
    from autark.assets.library import build_parts

    try:
        parts = build_parts(obj.type)
    except KeyError:
        return None
    sx, sz = float(obj.transform.scale[0]), float(obj.transform.scale[2])
    halves = [max((p.mesh.bounds[1][0] - p.mesh.bounds[0][0]) * sx, (p.mesh.bounds[1][2] - p.mesh.bounds[0][2]) * sz) / 2
              for p in parts if p.mesh.bounds[0][1] < 0.05]
    halves = [h for h in halves if h < 0.5]
    return max(halves) if halves else None


def _toward(c: np.ndarray, near: np.ndarray) -> np.ndarray:
    d = np.array([near[0] - c[0], 0.0, near[2] - c[2]])
    n = float(np.hypot(d[0], d[2]))
    return d / n if n > 1e-6 else np.array([0.0, 0.0, 1.0])  # toward the camera when it is right there


def seat_on(obj: SceneObject, rig: RigInfo | None, near: tuple[float, float, float]
            ) -> tuple[tuple[float, float, float], float]:
    """(hip point, heading) of a body coming from ``near`` to sit on or by ``obj``, which has no seat of its
    own (see the module's docstring). A body without legs (an animal) stands its feet on that point."""
    box = world_bbox(obj)
    c = np.array(box.center, float)
    p = np.array(near, float)
    away = _toward(c, p)
    clear = max(0.05, 0.085 * rig.leg) if rig is not None and rig.has_legs else 0.0  # the thigh under the hip
    height = float(box.size[1])
    radius = max(float(box.size[0]), float(box.size[2])) / 2
    kind = f"{obj.type} {obj.name}".lower()
    if any(w in kind for w in BESIDE_WORDS):  # on the ground beside it, facing it
        spot = c + away * (radius + _GROUND_GAP_M)
        hip = (float(spot[0]), float(p[1]) + clear, float(spot[2]))
        return hip, heading_to(spot, c, 0.0)
    if height < FLAT_M and radius > 0.4:  # on it, near its edge on one's own side, facing its middle
        x = min(max(p[0], box.min[0] + _INSET_M), box.max[0] - _INSET_M)
        z = min(max(p[2], box.min[2] + _INSET_M), box.max[2] - _INSET_M)
        spot = np.array([x, 0.0, z])
        heading = heading_to(spot, c, 0.0) if float(np.hypot(*(spot - c)[[0, 2]])) > 0.1 else 0.0
        return (float(x), float(box.max[1]) + clear, float(z)), heading
    crown = crown_bottom(obj) if category_of(obj.type) == "nature" else None
    if crown is not None and height > 2.0:  # up a tree: on a branch at the front of its crown, seen from there
        up = crown + _CROWN_UP * (float(box.max[1]) - crown)
        spot = c + away * _CROWN_OUT * radius
        return (float(spot[0]), up + clear, float(spot[2])), heading_to(c, c + away, 0.0)
    # on top, facing the way one came from (a roof, a wall, a table, a log)
    top = float(box.max[1])
    return (float(c[0]), top + clear, float(c[2])), math.degrees(math.atan2(away[0], away[2]))
