"""Boats float: where a set's water lies and where a vessel in it stands and its people step ashore.

A set's water is drawn as flat slabs named for what they are (the beach's "sea", the harbour's "harbour basin",
the mountain lake's disc, the river bank's "river", the swamp's pools). A boat or raft an idea brings had stood
on the story's prop spots, on the sand or the village grass, and a sinking one sank into the ground. Here a
vessel goes to the nearest place in that water where its whole footprint fits (``afloat_spot``), its hull a
little under the water line, and whoever climbs out of it steps onto the shore nearest to it, each on a spot
of their own (``ashore_spot``). Sets without water, or with only puddles too small for the vessel, change
nothing: the vessel stays where it was planned. A boat rowed on from there keeps to the water
(``language.riding``, whose ``language.water.water_of`` finds the one water nearest a point; here every water
surface is needed, a lake's disc read as round).
"""

from __future__ import annotations

from dataclasses import dataclass

from autark.scene.model import Scene, SceneObject

__all__ = ["VESSELS", "Water", "afloat_spot", "ashore_spot", "is_afloat", "water_areas"]

# the kinds that float on water (``motion.vehicles.AFLOAT``, the submarine aside: it lives under it)
VESSELS = frozenset({"boat", "raft", "ship", "canoe", "kayak"})
# what a set names its water slabs (folded words inside the item's name)
_WATER_WORDS = ("sea", "lake", "pond", "river", "water", "basin", "pool", "canal", "moat", "harbour", "harbor")
_FLAT_M = 0.2  # a slab at most this thick is a water surface, not a thing
_MARGIN_M = 0.4  # between a vessel's hull and the water's edge
_DRAUGHT = 0.3  # share of its height a vessel lies under the water line ...
_DRAUGHT_MAX_M = 0.25  # ... at most (as deep as ``riding.AFLOAT_DEPTH_M`` keeps a boat rowed on the water)
_ASHORE_M = 0.7  # how far up the shore from the water's edge one who gets out stands
_APART_M = 0.8  # between those who got out


@dataclass(frozen=True)
class Water:
    """One water surface of a set: its footprint (x0, z0, x1, z1), its top (the water line) and whether it is
    round (a lake drawn as a disc: the ellipse inside the footprint)."""

    name: str
    x0: float
    z0: float
    x1: float
    z1: float
    top_y: float
    round: bool

    def holds(self, x: float, z: float, half_w: float = 0.0, half_d: float = 0.0) -> bool:
        """Whether a footprint of half sizes (``half_w``, ``half_d``) centred on (x, z) lies wholly in it."""
        if self.round:
            cx, cz = (self.x0 + self.x1) / 2, (self.z0 + self.z1) / 2
            rx, rz = (self.x1 - self.x0) / 2 - half_w, (self.z1 - self.z0) / 2 - half_d
            return rx > 0 and rz > 0 and ((x - cx) / rx) ** 2 + ((z - cz) / rz) ** 2 <= 1.0
        return self.x0 + half_w <= x <= self.x1 - half_w and self.z0 + half_d <= z <= self.z1 - half_d


def _is_water(obj: SceneObject) -> bool:
    name = (obj.name or "").lower()
    if obj.tag != "setting" or obj.type not in ("cube", "cylinder", "plane", "disc"):
        return False
    lo, hi = obj.bounds_min, obj.bounds_max
    thick = (hi[1] - lo[1]) * float(obj.transform.scale[1])
    return thick <= _FLAT_M and any(w in name for w in _WATER_WORDS)


def water_areas(scene: Scene) -> list[Water]:
    """The set's water surfaces, largest first."""
    from autark.scene.geometry import world_bbox

    out = []
    for obj in scene.objects:
        if _is_water(obj):
            box = world_bbox(obj)
            out.append(Water(obj.name, float(box.min[0]), float(box.min[2]), float(box.max[0]), float(box.max[2]),
                             float(box.max[1]), obj.type in ("cylinder", "disc")))
    return sorted(out, key=lambda w: -(w.x1 - w.x0) * (w.z1 - w.z0))


def _halves(vessel: SceneObject) -> tuple[float, float, float]:
    """Half width, half depth (as it lies, turned a quarter or not) and height of ``vessel``."""
    sx, sy, sz = (float(v) for v in vessel.transform.scale)
    w, h, d = ((vessel.bounds_max[i] - vessel.bounds_min[i]) * s for i, s in enumerate((sx, sy, sz)))
    if round(float(vessel.transform.rotation[1]) / 90.0) % 2:
        w, d = d, w
    return w / 2, d / 2, h


def _nearest_in(water: Water, x: float, z: float, hw: float, hd: float) -> tuple[float, float] | None:
    """The point nearest to (x, z) where a footprint of half sizes (hw, hd) fits in ``water`` with a margin,
    or None where it fits nowhere."""
    hw, hd = hw + _MARGIN_M, hd + _MARGIN_M
    if water.round:
        cx, cz = (water.x0 + water.x1) / 2, (water.z0 + water.z1) / 2
        if not water.holds(cx, cz, hw, hd):
            return None
        for k in range(41):  # from where it was toward the centre until it fits
            px, pz = x + (cx - x) * k / 40, z + (cz - z) * k / 40
            if water.holds(px, pz, hw, hd):
                return px, pz
        return cx, cz
    if water.x1 - water.x0 < 2 * hw or water.z1 - water.z0 < 2 * hd:
        return None
    return min(max(x, water.x0 + hw), water.x1 - hw), min(max(z, water.z0 + hd), water.z1 - hd)


def afloat_spot(vessel: SceneObject, scene: Scene,
                at: tuple[float, float, float] | None = None) -> tuple[float, float, float] | None:
    """Where ``vessel`` (a boat or raft) floats in ``scene``'s water nearest to ``at`` (default: where it
    stands): its footprint inside the water with a margin, its hull ``_DRAUGHT`` of its height under the water
    line. None for a kind that does not float, or a set with no water it fits in."""
    if vessel.type not in VESSELS:
        return None
    x, _y, z = at if at is not None else (float(v) for v in vessel.transform.position)
    hw, hd, h = _halves(vessel)
    best = None
    for water in water_areas(scene):
        spot = _nearest_in(water, x, z, hw, hd)
        if spot is not None:
            dist = (spot[0] - x) ** 2 + (spot[1] - z) ** 2
            if best is None or dist < best[0]:
                best = (dist, spot, water)
    if best is None:
        return None
    _d, (px, pz), water = best
    px, pz = _clear_of_others(vessel, scene, water, px, pz, hw, hd)
    return round(px, 4), round(water.top_y - min(_DRAUGHT * h, _DRAUGHT_MAX_M), 4), round(pz, 4)


def _clear_of_others(vessel: SceneObject, scene: Scene, water: Water, x: float, z: float, hw: float,
                     hd: float) -> tuple[float, float]:
    """The spot nearest to (x, z) in ``water`` where the vessel's footprint touches no other thing standing in
    it (the set's own moored boat, a jetty): the idea's boat had lain half inside the lake's rowing boat."""
    from autark.scene.geometry import world_bbox

    others = []
    for obj in scene.objects:
        if obj.id == vessel.id or _is_water(obj) or obj.parent == vessel.id:
            continue
        box = world_bbox(obj)
        if box.max[1] > water.top_y + 0.05 and box.min[0] < water.x1 and box.max[0] > water.x0 \
                and box.min[2] < water.z1 and box.max[2] > water.z0:
            others.append((float(box.min[0]), float(box.min[2]), float(box.max[0]), float(box.max[2])))

    def free(px: float, pz: float) -> bool:
        return not any(px - hw - 0.2 < b[2] and px + hw + 0.2 > b[0] and pz - hd - 0.2 < b[3]
                       and pz + hd + 0.2 > b[1] for b in others)

    steps = [(dx * 0.5, dz * 0.5) for dz in range(0, 13) for dx in range(-24, 25)]
    for dx, dz in sorted(steps, key=lambda d: d[0] ** 2 + d[1] ** 2):
        px, pz = x + dx, z - dz  # sideways, or further out on the water, never ashore
        if water.holds(px, pz, hw + _MARGIN_M, hd + _MARGIN_M) and free(px, pz):
            return px, pz
    return x, z


def is_afloat(vessel: SceneObject, scene: Scene) -> bool:
    """Whether ``vessel``'s centre lies on one of the set's water surfaces."""
    x, _y, z = (float(v) for v in vessel.transform.position)
    return any(w.holds(x, z) for w in water_areas(scene))


def ashore_spot(vessel: SceneObject, scene: Scene, k: int) -> tuple[float, float, float] | None:
    """Where the ``k``-th one getting out of ``vessel`` afloat stands: on the shore nearest to it (the water's
    edge toward the camera for the sea at the back), beside each other ``_APART_M`` apart, alternately left and
    right of the vessel; None where the vessel is not afloat."""
    x, _y, z = (float(v) for v in vessel.transform.position)
    water = next((w for w in water_areas(scene) if w.holds(x, z)), None)
    if water is None:
        return None
    side = (k + 1) // 2 * (1 if k % 2 else -1) * _APART_M
    px = x + side
    if water.round:  # the shore toward the camera, below the disc's rim at that x
        cx, cz = (water.x0 + water.x1) / 2, (water.z0 + water.z1) / 2
        rx, rz = (water.x1 - water.x0) / 2, (water.z1 - water.z0) / 2
        u = max(-0.95, min(0.95, (px - cx) / rx))
        return round(px, 4), 0.0, round(cz + rz * (1 - u * u) ** 0.5 + _ASHORE_M, 4)
    edges = [(abs(water.z1 - z), "front"), (abs(z - water.z0), "back"), (abs(x - water.x0), "left"),
             (abs(water.x1 - x), "right")]
    # the near edge (toward the camera, +Z) unless another is much nearer
    front = edges[0][0]
    nearest = min(edges)
    edge = "front" if front <= nearest[0] + 6.0 else nearest[1]
    if edge == "front":
        return round(px, 4), 0.0, round(water.z1 + _ASHORE_M, 4)
    if edge == "back":
        return round(px, 4), 0.0, round(water.z0 - _ASHORE_M, 4)
    pz = z + side
    return (round(water.x0 - _ASHORE_M if edge == "left" else water.x1 + _ASHORE_M, 4), 0.0, round(pz, 4))
