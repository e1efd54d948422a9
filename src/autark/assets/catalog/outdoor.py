"""Built-in nature, architecture, vehicles and lights as props. Vehicles drive along their local +Z, so their
long axis is Z."""

from __future__ import annotations

import dataclasses
import math

from autark.assets.catalog._parts import (
    BARK,
    BLACK,
    CREAM,
    DARK_METAL,
    DARK_WOOD,
    FLAME,
    GLASS,
    LEAF,
    METAL,
    STONE,
    WARM_LIGHT,
    WHITE,
    WOOD,
    _part,
    _s,
    _top,
    register,
)
from autark.assets.spec import AssetSpec


# -- nature --------------------------------------------------------------------------------------------------
def _tree():
    s = _s()
    trunk = s.lathe([(0.2, 0.0), (0.15, 0.4), (0.12, 2.6), (0.06, 3.4)], 12)
    spheres = [(1.2, (0, 3.3, 0)), (0.9, (0.8, 2.8, 0.3)), (0.9, (-0.7, 2.9, -0.2)), (0.8, (0.1, 4.1, 0.1))]
    blobs = [s.jitter(s.sphere(r, c), 0.12, seed) for seed, (r, c) in enumerate(spheres, start=1)]
    (crown,) = s.fit([s.merge(blobs)], (-1.6, 2.0, -1.4), (1.6, 5.0, 1.4))
    # the crown takes the object's colour ("a blue tree"); the trunk stays bark brown
    return [_part(crown), _part(trunk, BARK, roughness=0.95)]


register(AssetSpec("tree", "nature", (-1.6, 0.0, -1.4), (1.6, 5.0, 1.4), _tree, color=LEAF, roughness=0.9))


def _pine_tree():
    s = _s()
    trunk = s.cylinder(0.15, 1.2, sections=10)
    tiers = [s.cone(1.4, 2.4, (0, 1.0, 0), sections=12), s.cone(1.1, 2.2, (0, 2.3, 0), sections=12),
             s.cone(0.75, 2.0, (0, 3.6, 0), sections=12)]
    return [_part(tiers), _part(trunk, BARK, roughness=0.95)]


register(AssetSpec("pine_tree", "nature", (-1.4, 0.0, -1.4), (1.4, 5.6, 1.4), _pine_tree,
                   color=(0.12, 0.35, 0.18), roughness=0.9))


def _rock():
    s = _s()
    (m,) = s.fit([s.jitter(s.sphere(1.0, subdivisions=2), 0.18, 7)], (-0.5, 0.0, -0.4), (0.5, 0.6, 0.4))
    return [_part(m)]


register(AssetSpec("rock", "nature", (-0.5, 0.0, -0.4), (0.5, 0.6, 0.4), _rock, color=STONE, roughness=0.95))


def _flower():
    s = _s()
    stem = [s.cylinder(0.006, 0.32, sections=6),
            s.rotated(s.ellipsoid((0.03, 0.006, 0.012), (0.03, 0.12, 0), subdivisions=1), 25, (0, 0, 1),
                      (0, 0.12, 0))]
    petals = [s.rotated(s.ellipsoid((0.035, 0.008, 0.016), (0.04, 0.32, 0), subdivisions=1), a, (0, 1, 0),
                        (0, 0.32, 0)) for a in range(0, 360, 60)]
    centre = s.sphere(0.02, (0, 0.33, 0), subdivisions=1)
    return [_part(petals), _part(stem, LEAF, roughness=0.8), _part(centre, (0.95, 0.8, 0.15), roughness=0.8)]


register(AssetSpec("flower", "nature", (-0.075, 0.0, -0.065), (0.075, 0.35, 0.065), _flower,
                   color=(0.9, 0.3, 0.5), roughness=0.7))


def _bush():
    s = _s()
    blobs = [s.jitter(s.sphere(0.5, (0, 0.45, 0), subdivisions=2), 0.15, 11),
             s.jitter(s.sphere(0.38, (0.35, 0.35, 0.1), subdivisions=2), 0.15, 12),
             s.jitter(s.sphere(0.38, (-0.35, 0.33, -0.05), subdivisions=2), 0.15, 13)]
    (m,) = s.fit([s.merge(blobs)], (-0.6, 0.0, -0.5), (0.6, 0.9, 0.5))
    return [_part(m)]


register(AssetSpec("bush", "nature", (-0.6, 0.0, -0.5), (0.6, 0.9, 0.5), _bush, color=(0.2, 0.45, 0.16),
                   roughness=0.9))


def _grass():
    import numpy as np

    s = _s()
    rng = np.random.default_rng(5)
    blades = []
    for _ in range(14):
        x, z = rng.uniform(-0.12, 0.12, 2)
        h = rng.uniform(0.18, 0.3)
        tip = (x * 1.6 + rng.uniform(-0.04, 0.04), h, z * 1.6 + rng.uniform(-0.04, 0.04))
        blades.append(s.cylinder_between((x, 0.0, z), tip, 0.008, 3, radius1=0.001))
    (m,) = s.fit([s.merge(blades)], (-0.2, 0.0, -0.2), (0.2, 0.3, 0.2))
    return [_part(m)]


register(AssetSpec("grass", "nature", (-0.2, 0.0, -0.2), (0.2, 0.3, 0.2), _grass, color=(0.3, 0.6, 0.2),
                   roughness=0.9))


def _cactus():
    s = _s()
    body = s.lathe([(0.14, 0.0), (0.15, 0.1), (0.15, 1.35), (0.12, 1.45), (0.0, 1.5)], 12)
    arms = []
    for sx, y0, y1 in ((1, 0.6, 1.1), (-1, 0.8, 1.2)):
        arms += [s.cylinder_between((0.0, y0, 0), (sx * 0.35, y0, 0), 0.07, 10),
                 s.lathe([(0.07, y0), (0.07, y1 - 0.04), (0.0, y1)], 10, (sx * 0.35, 0, 0)),
                 s.sphere(0.07, (sx * 0.35, y0, 0), subdivisions=1)]
    pot = s.lathe([(0.0, 0.0), (0.2, 0.0), (0.24, 0.3), (0.0, 0.3)], 16)
    return [_part([s.translated(body, (0, 0.25, 0)), *(s.translated(a, (0, 0.25, 0)) for a in arms)]),
            _part(pot, (0.7, 0.38, 0.22), roughness=0.9)]


register(AssetSpec("cactus", "nature", (-0.42, 0.0, -0.24), (0.42, 1.75, 0.24), _cactus,
                   color=(0.25, 0.55, 0.3), roughness=0.8))


def _mushroom():
    s = _s()
    stem = s.lathe([(0.04, 0.0), (0.03, 0.1), (0.028, 0.14)], 12)
    cap = s.lathe([(0.0, 0.12), (0.11, 0.12), (0.1, 0.16), (0.06, 0.2), (0.0, 0.21)], 16)
    spots = [s.ellipsoid((0.015, 0.006, 0.015), (0.07 * math.sin(a), 0.177, 0.07 * math.cos(a)), 1)
             for a in (0.3, 2.0, 3.6, 5.0)]
    return [_part(cap), _part([stem, *spots], CREAM, roughness=0.8)]


register(AssetSpec("mushroom", "nature", (-0.11, 0.0, -0.11), (0.11, 0.21, 0.11), _mushroom,
                   color=(0.8, 0.12, 0.1), roughness=0.6))


# -- architecture --------------------------------------------------------------------------------------------
register(AssetSpec("wall", "architecture", (-1.5, 0.0, -0.075), (1.5, 2.5, 0.075),
                   lambda: [_part(_s().box_between((-1.5, 0.0, -0.075), (1.5, 2.5, 0.075)))],
                   color=(0.9, 0.88, 0.82), roughness=0.9))
register(AssetSpec("floor", "architecture", (-2.0, 0.0, -2.0), (2.0, 0.05, 2.0),
                   lambda: [_part(_s().box_between((-2.0, 0.0, -2.0), (2.0, 0.05, 2.0)))],
                   supports=(_top("top", 0.05, (-2.0, -2.0), (2.0, 2.0)),), color=(0.6, 0.5, 0.4),
                   roughness=0.7))
# A room's ceiling and fourth wall: 1 m set pieces (scale = metres), seen from inside the room only and
# throwing no shadow, so a camera outside looks in and lights above the ceiling still light the room.
register(AssetSpec("ceiling", "architecture", (-0.5, 0.0, -0.5), (0.5, 0.0, 0.5),
                   lambda: [_part(_s().panel("down"), casts_shadow=False, one_sided=True)],
                   color=(0.92, 0.91, 0.88), roughness=0.9, floating=True))
register(AssetSpec("fourth_wall", "architecture", (-0.5, 0.0, 0.0), (0.5, 1.0, 0.0),
                   lambda: [_part(_s().panel("back"), casts_shadow=False, one_sided=True)],
                   color=(0.9, 0.88, 0.82), roughness=0.9))


def _door():
    s = _s()
    leaf = [s.box_between((-0.45, 0.0, -0.025), (0.45, 2.0, 0.025))]
    # raised panels make the leaf read as a door from a distance
    leaf += [s.box_between((-0.35, y0, 0.025), (0.35, y1, 0.035)) for y0, y1 in ((0.15, 0.9), (1.1, 1.85))]
    frame = [s.box_between((-0.5, 0.0, -0.06), (-0.45, 2.05, 0.06)),
             s.box_between((0.45, 0.0, -0.06), (0.5, 2.05, 0.06)),
             s.box_between((-0.45, 2.0, -0.06), (0.45, 2.05, 0.06))]
    knob = [s.sphere(0.03, (0.36, 1.0, 0.06), subdivisions=1),
            s.cylinder_between((0.36, 1.0, 0.025), (0.36, 1.0, 0.05), 0.01, 6)]
    return [_part(leaf), _part(frame, WHITE, roughness=0.6), _part(knob, (0.8, 0.65, 0.3), roughness=0.25,
                                                                      metallic=1.0)]


register(AssetSpec("door", "architecture", (-0.5, 0.0, -0.06), (0.5, 2.05, 0.09), _door, color=WOOD,
                   roughness=0.6))


def _window():
    s = _s()
    frame = [s.box_between(lo, hi) for lo, hi in (
        ((-0.6, 0.0, -0.05), (0.6, 0.06, 0.05)), ((-0.6, 1.14, -0.05), (0.6, 1.2, 0.05)),  # sill and head
        ((-0.6, 0.06, -0.05), (-0.54, 1.14, 0.05)), ((0.54, 0.06, -0.05), (0.6, 1.14, 0.05)),  # jambs
        ((-0.02, 0.06, -0.03), (0.02, 1.14, 0.03)), ((-0.54, 0.58, -0.03), (0.54, 0.62, 0.03)))]  # cross
    glass = s.box_between((-0.54, 0.06, -0.005), (0.54, 1.14, 0.005))
    return [_part(frame), _part(glass, (0.7, 0.85, 0.95), roughness=0.05, opacity=0.3)]


register(AssetSpec("window", "architecture", (-0.6, 0.0, -0.05), (0.6, 1.2, 0.05), _window, color=WHITE,
                   roughness=0.6))


def _house():
    s = _s()
    walls = s.box_between((-3.7, 0.0, -3.0), (3.7, 3.0, 3.0))
    roof = s.rotated(s.prism([(-4.0, 2.9), (4.0, 2.9), (0.0, 5.4)], -3.3, 3.3), 0.0, (0, 1, 0))
    chimney = s.box_between((1.6, 3.6, -1.5), (2.2, 5.6, -0.9))
    door = s.box_between((-0.5, 0.0, 3.0), (0.5, 2.1, 3.06))
    windows = [s.box_between((x - 0.6, 1.0, 3.0), (x + 0.6, 2.2, 3.04)) for x in (-2.2, 2.2)]
    windows += [s.box_between((x - 0.6, 1.0, -3.04), (x + 0.6, 2.2, -3.0)) for x in (-2.2, 2.2)]
    windows += [s.box_between((-3.72, 1.0, -0.6), (-3.7, 2.2, 0.6)),
                s.box_between((3.7, 1.0, -0.6), (3.72, 2.2, 0.6))]
    return [_part(walls), _part([roof, chimney], (0.55, 0.2, 0.15), roughness=0.8),
            _part(door, DARK_WOOD, roughness=0.6), _part(windows, GLASS, roughness=0.1, metallic=0.2)]


register(AssetSpec("house", "architecture", (-4.0, 0.0, -3.3), (4.0, 5.6, 3.3), _house,
                   color=(0.9, 0.85, 0.72), roughness=0.9))


def _fence():
    s = _s()
    posts = [s.box_between((x - 0.05, 0.0, -0.05), (x + 0.05, 1.0, 0.05)) for x in (-0.95, 0.95)]
    rails = [s.box_between((-0.9, y - 0.04, -0.04), (0.9, y + 0.04, 0.0)) for y in (0.3, 0.75)]
    pickets = [s.box_between((x - 0.04, 0.05, 0.0), (x + 0.04, 0.9, 0.025)) for x in
               (-0.8 + 0.16 * i for i in range(11))]
    return [_part([*posts, *rails, *pickets])]


register(AssetSpec("fence", "architecture", (-1.0, 0.0, -0.05), (1.0, 1.0, 0.05), _fence,
                   color=(0.85, 0.82, 0.75), roughness=0.8))

_STEP_RISE, _STEP_RUN, _STEPS = 0.18, 0.28, 6


def _stairs():
    s = _s()
    back = -_STEP_RUN * _STEPS / 2
    steps = [s.box_between((-0.5, 0.0, back), (0.5, (i + 1) * _STEP_RISE, -back - i * _STEP_RUN))
             for i in range(_STEPS)]
    return [_part(steps)]


register(AssetSpec("stairs", "architecture", (-0.5, 0.0, -0.84), (0.5, 1.08, 0.84), _stairs,
                   supports=tuple(_top(f"step{i + 1}", (i + 1) * _STEP_RISE,
                                       (-0.5, 0.84 - (i + 1) * _STEP_RUN), (0.5, 0.84 - i * _STEP_RUN))
                                  for i in range(_STEPS)),
                   color=(0.7, 0.68, 0.64), roughness=0.8))


def _column():
    s = _s()
    return [_part([s.box_between((-0.35, 0.0, -0.35), (0.35, 0.2, 0.35)),
                   s.lathe([(0.25, 0.2), (0.22, 0.35), (0.2, 2.7), (0.24, 2.8)], 16),
                   s.box_between((-0.35, 2.8, -0.35), (0.35, 3.0, 0.35))])]


register(AssetSpec("column", "architecture", (-0.35, 0.0, -0.35), (0.35, 3.0, 0.35), _column,
                   supports=(_top("top", 3.0, (-0.35, -0.35), (0.35, 0.35)),), color=(0.9, 0.88, 0.84),
                   roughness=0.7))


# -- vehicles (drive along +Z) -------------------------------------------------------------------------------
def _side_profile(points: list[tuple[float, float]], half_width: float):
    """A shape drawn in the (z, y) side view, extruded across the vehicle's width (X)."""
    s = _s()
    # prism extrudes an XY polygon along Z; draw in (z, y) as (x, y) then turn +X onto +Z
    m = s.prism(points, -half_width, half_width)
    return s.rotated(m, -90.0, (0, 1, 0))


def _wheels(positions, radius: float, width: float):
    s = _s()
    tyres, hubs = [], []
    for x, z in positions:
        tyres.append(s.rotated(s.cylinder(radius, width, (0, -width / 2, 0), sections=16), 90.0, (0, 0, 1)))
        tyres[-1].apply_translation((x, radius, z))
        hub_x = x + math.copysign(width / 2, x)
        hubs.append(s.cylinder_between((hub_x - math.copysign(0.01, x), radius, z),
                                       (hub_x + math.copysign(0.005, x), radius, z), radius * 0.55, 12))
    return tyres, hubs


def _car():
    s = _s()
    body = _side_profile([(-2.1, 0.3), (2.1, 0.3), (2.1, 0.75), (1.9, 0.92), (0.9, 0.98), (-1.9, 0.98),
                          (-2.1, 0.9)], 0.9)
    cabin = _side_profile([(-1.6, 0.96), (1.0, 0.96), (0.35, 1.4), (-1.2, 1.4)], 0.8)
    roof = s.box_between((-0.78, 1.4, -1.2), (0.78, 1.45, 0.35))
    tyres, hubs = _wheels([(x, z) for x in (-0.78, 0.78) for z in (-1.35, 1.35)], 0.33, 0.22)
    lights = [s.box_between((x - 0.15, 0.7, 2.06), (x + 0.15, 0.8, 2.11)) for x in (-0.6, 0.6)]
    tails = [s.box_between((x - 0.15, 0.72, -2.11), (x + 0.15, 0.82, -2.06)) for x in (-0.6, 0.6)]
    return [_part([body, roof]), _part(cabin, GLASS, roughness=0.05, metallic=0.3),
            _part(tyres, BLACK, roughness=0.9), _part(hubs, METAL, roughness=0.3, metallic=1.0),
            _part(lights, (1.0, 0.95, 0.8), emissive=1.0), _part(tails, (0.9, 0.05, 0.05), emissive=0.6)]


register(AssetSpec("car", "vehicle", (-0.9, 0.0, -2.11), (0.9, 1.45, 2.11), _car, color=(0.75, 0.1, 0.1),
                   roughness=0.3, metallic=0.6))


def _truck():
    s = _s()
    cab = _side_profile([(1.6, 0.5), (3.25, 0.5), (3.25, 1.7), (3.0, 2.6), (1.6, 2.6)], 1.2)
    chassis = s.box_between((-1.1, 0.45, -3.25), (1.1, 0.8, 1.6))
    cargo = s.box_between((-1.2, 0.8, -3.25), (1.2, 3.2, 1.45))
    glass = _side_profile([(2.6, 1.75), (3.21, 1.75), (2.97, 2.45), (2.6, 2.45)], 1.21)
    tyres, hubs = _wheels([(x, z) for x in (-1.0, 1.0) for z in (-2.4, -1.3, 2.4)], 0.48, 0.36)
    lights = [s.box_between((x - 0.18, 0.9, 3.25), (x + 0.18, 1.05, 3.28)) for x in (-0.85, 0.85)]
    return [_part([cab]), _part([chassis], DARK_METAL, roughness=0.6, metallic=0.5),
            _part(cargo, (0.88, 0.88, 0.86), roughness=0.6),
            _part(glass, GLASS, roughness=0.05, metallic=0.3),
            _part(tyres, BLACK, roughness=0.9), _part(hubs, METAL, roughness=0.3, metallic=1.0),
            _part(lights, (1.0, 0.95, 0.8), emissive=1.0)]


register(AssetSpec("truck", "vehicle", (-1.21, 0.0, -3.25), (1.21, 3.2, 3.28), _truck,
                   color=(0.15, 0.3, 0.65), roughness=0.4, metallic=0.5))


def _bicycle():
    s = _s()
    r, rear, front = 0.34, (0.0, 0.36, -0.52), (0.0, 0.36, 0.52)
    tyres = [s.torus(r, 0.02, c, axis="x", sections=24, tube_sections=6) for c in (rear, front)]
    seat_top = (0.0, 0.86, -0.25)
    bb = (0.0, 0.3, -0.05)  # bottom bracket (pedals)
    head = (0.0, 0.82, 0.42)
    frame = [s.cylinder_between(rear, bb, 0.015), s.cylinder_between(rear, seat_top, 0.015),
             s.cylinder_between(bb, seat_top, 0.018), s.cylinder_between(bb, head, 0.02),
             s.cylinder_between(seat_top, head, 0.018), s.cylinder_between(head, front, 0.015)]
    metal = [s.cylinder_between((-0.3, 0.96, 0.4), (0.3, 0.96, 0.4), 0.012),  # handlebar and stem
             s.cylinder_between(head, (0, 0.96, 0.4), 0.015),
             s.cylinder_between((-0.1, 0.3, -0.05), (0.1, 0.3, -0.05), 0.02),
             *(s.cylinder_between((0, c[1] - r, c[2]), (0, c[1] + r, c[2]), 0.004, 4) for c in (rear, front)),
             *(s.cylinder_between((0, c[1], c[2] - r), (0, c[1], c[2] + r), 0.004, 4) for c in (rear, front))]
    seat = s.ellipsoid((0.08, 0.03, 0.13), (0, 0.89, -0.27), subdivisions=1)
    return [_part(frame), _part(tyres, BLACK, roughness=0.9),
            _part(metal, METAL, roughness=0.3, metallic=1.0), _part(seat, BLACK, roughness=0.7)]


register(AssetSpec("bicycle", "vehicle", (-0.3, 0.0, -0.88), (0.3, 0.972, 0.88), _bicycle,
                   color=(0.1, 0.45, 0.75), roughness=0.4, metallic=0.5))


def _boat():
    import numpy as np

    s = _s()
    rings = []
    zs = (-2.0, -1.6, -0.8, 0.0, 0.8, 1.4, 2.0)
    half = (0.55, 0.65, 0.7, 0.7, 0.62, 0.42, 0.04)
    wall = 0.04
    for z, w in zip(zs, half, strict=True):
        bottom = 0.0 if z < 1.5 else 0.35  # the bow rises
        depth = 0.8 - bottom
        # the hull's cross-section is a thick U: the outside from the port gunwale under the keel to the
        # starboard gunwale, then the inside back again, so the boat is open on top
        angles = [math.pi * k / 12 for k in range(13)]
        outer = [(-w * math.cos(a), 0.8 - depth * math.sin(a), z) for a in angles]
        wi, di = max(w - wall, 0.005), max(depth - wall, 0.005)
        inner = [(-wi * math.cos(a), 0.8 - di * math.sin(a), z) for a in angles]
        rings.append(outer + inner[::-1])
    hull = s.loft(rings, cap=False)
    # the loft's winding depends on the ring direction; make the keel's face point down
    keel = int(np.argmin(hull.vertices[:, 1]))
    faces_at_keel = np.nonzero((hull.faces == keel).any(axis=1))[0]
    if hull.face_normals[faces_at_keel, 1].mean() > 0:
        hull.invert()
    transom = s.box_between((-0.55, 0.05, -2.0), (0.55, 0.8, -1.96))
    wood = [s.box_between((-0.6, 0.5, z - 0.12), (0.6, 0.55, z + 0.12)) for z in (-0.9, 0.4)]
    wood += [s.box_between((-0.2, 0.12, -1.4), (0.2, 0.14, 1.0))]
    return [_part([hull, transom]), _part(wood, WOOD, roughness=0.8)]


register(AssetSpec("boat", "vehicle", (-0.7, 0.0, -2.0), (0.7, 0.8, 2.0), _boat, color=WHITE, roughness=0.5))


def _spaceship():
    s = _s()
    rings = []
    for z, r in ((-4.0, 0.9), (-3.0, 1.1), (0.0, 1.0), (2.5, 0.7), (3.7, 0.25), (4.0, 0.02)):
        rings.append([(r * math.cos(a), 1.4 + 0.8 * r * math.sin(a), z)
                      for a in (2 * math.pi * k / 12 for k in range(12))])
    body = s.loft(rings)
    # wings drawn from above as (x, -z), extruded through their thickness, then laid flat (rotate -90 about X)
    wings = [s.rotated(s.prism([(sx * 0.5, 3.5), (sx * 3.0, 3.2), (sx * 3.0, 2.4), (sx * 0.5, -0.8)],
                               1.25, 1.4), -90.0, (1, 0, 0)) for sx in (-1, 1)]
    fin = _side_profile([(-4.0, 2.0), (-2.6, 2.0), (-3.6, 3.0), (-4.0, 3.0)], 0.06)
    legs = [m for x, z in ((-0.8, -2.0), (0.8, -2.0), (0.0, 2.0))
            for m in (s.cylinder(0.06, 1.0, (x, 0.0, z), sections=8),  # leg and foot pad
                      s.cylinder(0.15, 0.04, (x, 0.0, z), sections=8))]
    cockpit = s.ellipsoid((0.45, 0.35, 1.0), (0.0, 2.0, 1.6), subdivisions=2)
    glow = [s.cylinder_between((x, 1.4, -4.05), (x, 1.4, -3.95), 0.35, 16) for x in (-0.55, 0.55)]
    return [_part([body, *wings, fin]), _part(legs, DARK_METAL, roughness=0.5, metallic=0.8),
            _part(cockpit, (0.2, 0.5, 0.8), roughness=0.05, metallic=0.3, opacity=0.7),
            _part(glow, (0.4, 0.7, 1.0), emissive=3.0)]


register(AssetSpec("spaceship", "vehicle", (-3.0, 0.0, -4.05), (3.0, 3.0, 4.0), _spaceship,
                   color=(0.75, 0.77, 0.8), roughness=0.3, metallic=0.8))


# -- lights as props -----------------------------------------------------------------------------------------
def _candle():
    s = _s()
    wax = s.cylinder(0.03, 0.15, sections=16)
    wick = s.cylinder(0.002, 0.015, (0, 0.15, 0), sections=4)
    flame = s.lathe([(0.0, 0.158), (0.009, 0.17), (0.007, 0.185), (0.0, 0.2)], 8)
    return [_part(wax), _part(wick, BLACK), _part(flame, FLAME, emissive=4.0)]


register(AssetSpec("candle", "light", (-0.03, 0.0, -0.03), (0.03, 0.2, 0.03), _candle, color=CREAM,
                   roughness=0.7))


def _street_lamp():
    s = _s()
    pole = [s.lathe([(0.14, 0.0), (0.1, 0.3), (0.06, 0.35), (0.05, 4.5)], 12),
            s.cylinder_between((0.0, 4.4, 0.0), (0.0, 4.4, 0.7), 0.035, 8),
            s.lathe([(0.2, 4.25), (0.05, 4.5)], 12, (0.0, 0.0, 0.75))]
    head = s.lathe([(0.0, 4.15), (0.12, 4.2), (0.12, 4.25), (0.0, 4.25)], 12, (0.0, 0.0, 0.75))
    return [_part(pole), _part(head, WARM_LIGHT, emissive=4.0)]


register(AssetSpec("street_lamp", "light", (-0.2, 0.0, -0.14), (0.2, 4.5, 0.95), _street_lamp,
                   color=DARK_METAL, roughness=0.5, metallic=0.8))


def _campfire():
    s = _s()
    logs = [s.rotated(s.cylinder_between((-0.32, 0.06, 0.0), (0.32, 0.22, 0.0), 0.05, 8), a, (0, 1, 0))
            for a in (0, 60, 120)]
    stones = [s.jitter(s.sphere(0.08, (0.42 * math.sin(a), 0.06, 0.42 * math.cos(a)), 1), 0.2, i)
              for i, a in enumerate(2 * math.pi * k / 10 for k in range(10))]
    flames = [s.cone(0.16, 0.6, (0, 0.1, 0), sections=8), s.cone(0.09, 0.4, (0.1, 0.1, 0.06), sections=8),
              s.cone(0.09, 0.45, (-0.08, 0.1, -0.07), sections=8)]
    parts = [_part(logs), _part(stones, STONE, roughness=0.95), _part(flames, FLAME, emissive=4.0)]
    meshes = s.fit([p.mesh for p in parts], (-0.5, 0.0, -0.5), (0.5, 0.7, 0.5))
    return [dataclasses.replace(p, mesh=m) for m, p in zip(meshes, parts, strict=True)]


register(AssetSpec("campfire", "light", (-0.5, 0.0, -0.5), (0.5, 0.7, 0.5), _campfire, color=DARK_WOOD,
                   roughness=0.95))
