"""Where a set's water is and how far a point lies from it: the geometry that swimming (``language.water``), a
boat rowed on (``language.riding``) and an angler at the water's edge (``language.act_places``) all read, kept
below the staging modules so that none of them imports another to ask. (``language.afloat`` reads every water
surface of a set, a lake's disc as round, where a vessel must fit; this finds the one nearest a point.)"""

from __future__ import annotations

import math

from autark.language.characters import is_character
from autark.language.placement import world_box
from autark.scene.model import Scene, SceneObject

__all__ = ["INTO_WATER_M", "WATER_WORDS", "distance_to_water", "in_water", "inside_point", "water_of"]

INTO_WATER_M = 1.5  # how far inside the water's edge one swims out to
WATER_WORDS = ("sea", "lake", "river", "pond", "pool", "water", "ocean", "meer", "see", "fluss", "teich")


def water_of(state: Scene, near: tuple[float, float, float]) -> SceneObject | None:
    """The water of the set nearest ``near`` (a wide flat thing named for water), or None."""
    waters = []
    for o in state.objects:
        name = f"{o.name} {o.type}".lower()
        if not any(w in name.split() or w in name for w in WATER_WORDS) or is_character(o):
            continue
        x0, y0, z0, x1, y1, z1 = world_box(o)
        if y1 - y0 > 0.3 or min(x1 - x0, z1 - z0) < 2.0:  # a slab of water, not a bottle of it
            continue
        waters.append((distance_to_water(o, near), o))
    return min(waters, key=lambda w: w[0])[1] if waters else None


def distance_to_water(water: SceneObject, p: tuple[float, float, float]) -> float:
    """How far ``p`` lies from the water's footprint on the ground (0 inside it)."""
    x0, _y0, z0, x1, _y1, z1 = world_box(water)
    return math.hypot(max(x0 - p[0], 0.0, p[0] - x1), max(z0 - p[2], 0.0, p[2] - z1))


def in_water(water: SceneObject, p: tuple[float, float, float]) -> bool:
    return distance_to_water(water, p) <= 1e-6


def inside_point(water: SceneObject, p: tuple[float, float, float]) -> tuple[float, float]:
    """The point ``INTO_WATER_M`` inside the water's edge nearest ``p`` (x, z)."""
    x0, _y0, z0, x1, _y1, z1 = world_box(water)
    m = INTO_WATER_M
    x = min(max(p[0], x0 + m), x1 - m)
    z = min(max(p[2], z0 + m), z1 - m)
    return x, z
