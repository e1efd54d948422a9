"""Where people go in a vehicle: the seat (or the standing place) of its driver or pilot and of each passenger,
as data per vehicle kind, in the vehicle's own metres (bottom centre at the origin, its front toward +Z, as the
catalogue builds them: ``autark.assets.catalog``).

``autark.motion.riding`` puts a rider's hips on the seat the rider holds (the first rider of a vehicle drives,
the next ones take the next seats) and keeps them there while the vehicle moves, flies or floats; a crew that
stands (a balloon's basket, a raft) stands on the floor at its place. A vehicle kind not listed here is ridden
astride on top of its middle (a bicycle, a sled), as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from autark.scene.geometry import model_matrix
from autark.scene.model import SceneObject

__all__ = ["Seat", "SEATS", "FLYING", "AIRBORNE", "AFLOAT", "seats_of", "seat_world", "flies", "floats"]

Posture = Literal["sit", "stand"]


@dataclass(frozen=True)
class Seat:
    """One place in a vehicle: ``at`` is the hip point of a seated body (or the floor point under a standing
    one), in the vehicle's own metres; ``posture`` says which."""

    at: tuple[float, float, float]
    posture: Posture = "sit"


def _row(y: float, zs: tuple[float, ...], xs: tuple[float, ...] = (0.38, -0.38), posture: Posture = "sit"
         ) -> tuple[Seat, ...]:
    return tuple(Seat((x, y, z), posture) for z in zs for x in xs)


# the driver's (pilot's, captain's) place first; a vehicle's left is +X (it faces +Z). Heights are the hips of a
# seated body over the vehicle's bottom: a car's driver sits under the roof (seen through the windows), a
# plane's pilot high in an open cockpit (head and shoulders over the fuselage, as a small plane is drawn), a
# boat's crew on its benches, a balloon's in the basket standing.
SEATS: dict[str, tuple[Seat, ...]] = {
    "car": _row(0.42, (0.1, -0.95)),
    "bus": (Seat((0.65, 0.95, 4.5)), *_row(0.95, (3.0, 1.8, 0.6, -0.6, -1.8, -3.0, -4.2), (0.75, -0.75))),
    "truck": _row(1.3, (2.35,), (0.5, -0.5)),
    "tractor": (Seat((0.0, 1.55, -0.35)),),
    "train": (Seat((0.7, 1.0, 5.9)), *_row(1.0, (5.2, 3.4, 1.6, -1.6, -3.4, -5.2), (0.85, -0.85))),
    "boat": (Seat((0.0, 0.5, -0.9)), Seat((0.0, 0.5, 0.4)), Seat((0.3, 0.15, 1.1)), Seat((-0.3, 0.15, -1.5))),
    "raft": _row(0.2, (0.35, -0.35), (0.5, -0.5), "stand"),
    "hot_air_balloon": _row(0.1, (0.28, -0.28), (0.28, -0.28), "stand"),
    "airplane": (Seat((0.0, 1.45, 1.7)), Seat((0.0, 1.45, 0.8)), Seat((0.0, 1.45, -0.1)), Seat((0.0, 1.45, -1.0))),
    "spaceship": (Seat((0.0, 1.6, 1.7)), Seat((0.0, 1.6, 0.9)), Seat((0.0, 1.6, 0.1))),
    "rocket": (Seat((0.0, 7.9, 0.25)), Seat((0.25, 7.9, -0.2)), Seat((-0.25, 7.9, -0.2))),
    "submarine": (Seat((0.0, 2.3, 0.5)), *_row(1.0, (2.0, 0.5, -1.0), (0.35, -0.35))),
    "lunar_lander": _row(1.1, (0.3, -0.3), (0.4, -0.4), "stand"),
    "moon_rover": _row(0.5, (0.2, -0.6), (0.4, -0.4)),
    "wagon": (Seat((0.0, 1.3, 1.2)), *_row(1.3, (0.3, -0.6), (0.35, -0.35))),
    "cart": _row(0.55, (0.2, -0.6), (0.3, -0.3)),
    # a tram (``assets.catalog.transit``): its driver at the front, its benches along the windows
    "tram": (Seat((0.0, 1.0, 5.3)), *_row(1.0, (4.2, 2.4, -2.4, -4.2), (0.7, -0.7))),
}

# vehicles that take to the air (their crew goes up with them; a landing brings them down: language.riding)
FLYING = frozenset({"airplane", "hot_air_balloon", "rocket", "spaceship", "helicopter", "lunar_lander"})
# words in a kind's name that make a thing sent off or let go fly, not fall (a balloon, a kite, a paper plane):
# the story sends such a thing off whatever its size, and a thing's own motion drifts it up
AIRBORNE = ("balloon", "airplane", "plane", "helicopter", "ufo", "spaceship", "rocket", "zeppelin", "airship", "kite")
# vehicles that float on water (their bottom sits in the water's surface)
AFLOAT = frozenset({"boat", "raft", "submarine", "ship", "canoe", "kayak"})


def seats_of(asset_type: str) -> tuple[Seat, ...]:
    """The places of a vehicle kind, its driver's first; () for a kind ridden astride or not a vehicle."""
    return SEATS.get(asset_type, ())


def seat_world(vehicle: SceneObject, index: int) -> tuple[np.ndarray, Posture] | None:
    """The world point of the ``index``-th place of the posed ``vehicle`` (the last place again when there are
    more riders than places, one row farther back), with its posture; None for a kind without seats."""
    seats = seats_of(vehicle.type)
    if not seats:
        return None
    seat = seats[min(index, len(seats) - 1)]
    x, y, z = seat.at
    if index >= len(seats):  # more riders than places: they squeeze in behind, never on the driver's lap
        z -= 0.55 * (index - len(seats) + 1)
    m = model_matrix(vehicle.transform)
    return (m[:3, :3] @ np.array([x, y, z]) + m[:3, 3]), seat.posture


def flies(asset_type: str) -> bool:
    return asset_type in FLYING


def floats(asset_type: str) -> bool:
    return asset_type in AFLOAT
