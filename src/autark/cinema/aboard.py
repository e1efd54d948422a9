"""Who rides in what: a body whose middle lies inside the box of a vehicle with seats (``motion.vehicles.SEATS``:
a plane, a bus, a rocket) is aboard it. The measures see the crew of a closed vehicle as the vehicle (its walls hide
them; the shot of their ride is a shot of the vehicle), and see a vehicle through its own crew (the pilot's body in
the cockpit is no wall in front of the plane).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from autark.motion.vehicles import SEATS
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject

__all__ = ["carrier", "riders"]


# by the pair of posed objects (one moment's, asked again for every camera a planner tries), each held so that
# its id stays its own while kept
_INSIDE: dict[tuple[int, int], tuple[SceneObject, SceneObject, bool]] = {}
_INSIDE_KEPT = 8192


def _inside(body: SceneObject, vehicle: SceneObject) -> bool:
    key = (id(body), id(vehicle))
    hit = _INSIDE.get(key)
    if hit is not None and hit[0] is body and hit[1] is vehicle:
        return hit[2]
    middle = np.asarray(world_bbox(body).center, float)
    box = world_bbox(vehicle)
    out = bool(np.all(middle >= np.asarray(box.min, float)) and np.all(middle <= np.asarray(box.max, float)))
    if len(_INSIDE) >= _INSIDE_KEPT:
        _INSIDE.clear()
    _INSIDE[key] = (body, vehicle, out)
    return out


def carrier(obj: SceneObject | None, solid: Iterable[SceneObject], bodies: set[str]) -> SceneObject | None:
    """The vehicle whose box holds the body's middle, if any (None for anything not in ``bodies``)."""
    if obj is None or obj.id not in bodies:
        return None
    return next((o for o in solid if o.id != obj.id and o.type in SEATS and _inside(obj, o)), None)


def riders(vehicle: SceneObject | None, solid: Iterable[SceneObject], bodies: set[str]) -> set[str]:
    """The ids of the bodies aboard ``vehicle`` (none where it has no seats)."""
    if vehicle is None or vehicle.type not in SEATS:
        return set()
    return {o.id for o in solid if o.id in bodies and o.id != vehicle.id and _inside(o, vehicle)}
