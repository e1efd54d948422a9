"""Flowers that ideas name by their kind, each with the silhouette that tells it from the others: the sunflower
(taller than a person, a brown disc in a ring of yellow petals facing forward, broad leaves on a thick stem),
the tulip (a closed cup of petals on a bare stem, two long leaves from the ground) and the rose (a tight bloom of
curled petals on a thorny stem with small leaves). All had been the one small daisy-like ``flower`` (a
sunflower that grows taller than the farmer was 35 cm high and pink).

The bloom's petals take the object's colour (a "yellow rose", "rote Tulpen"), the rest keeps its own.
"""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import LEAF
from autark.assets.catalog._parts import _part as P

__all__: list[str] = []

STEM = (0.25, 0.48, 0.18)
DISC = (0.35, 0.2, 0.08)


def _leaf(s, base: tuple[float, float, float], angle: float, length: float, width: float, droop: float):
    """A flat leaf from ``base`` outward along ``angle`` (degrees about the stem), drooping at its tip."""
    m = s.ellipsoid((width, 0.004, length / 2), (0.0, 0.0, length / 2), 1)
    m = s.rotated(m, droop, (1, 0, 0))
    m = s.rotated(m, angle, (0, 1, 0))
    return s.translated(m, base)


def _sunflower(s):
    h, r = 1.9, 0.15  # height to the top of the head, the disc's radius
    centre = (0.0, h - r * 1.9, 0.06)
    stem = s.cylinder_between((0.0, 0.0, 0.0), (0.0, centre[1] - 0.02, 0.0), 0.022, 8, radius1=0.016)
    neck = s.cylinder_between((0.0, centre[1] - 0.05, 0.0), (0.0, centre[1], centre[2] - 0.03), 0.016, 6)
    leaves = [_leaf(s, (0.0, y, 0.0), a, 0.28, 0.1, 25.0) for y, a in ((0.5, 90.0), (0.8, -80.0), (1.1, 100.0),
                                                                         (1.35, -95.0))]
    disc = s.rotated(s.cylinder(r, 0.05, (0.0, -0.025, 0.0), 20), 80.0, (1, 0, 0))
    disc = s.translated(disc, centre)
    petals = []
    for k in range(20):
        a = 2 * math.pi * k / 20
        p = s.ellipsoid((0.035, 0.09, 0.008), (0.0, r + 0.07, 0.0), 1)
        p = s.rotated(p, math.degrees(a), (0, 0, 1))
        p = s.rotated(p, -10.0, (1, 0, 0))
        petals.append(s.translated(p, (centre[0], centre[1], centre[2] - 0.01)))
    return [P(petals, roughness=0.7), P(disc, DISC, roughness=0.95), P([stem, neck, *leaves], STEM, roughness=0.8)]


def _tulip(s):
    h = 0.45
    bloom_y = h - 0.1
    stem = s.cylinder_between((0.0, 0.0, 0.0), (0.0, bloom_y, 0.0), 0.006, 6)
    leaves = [s.rotated(s.ellipsoid((0.03, 0.16, 0.006), (sx * 0.035, 0.13, 0.0), 1), sx * -12.0, (0, 0, 1))
              for sx in (1.0, -1.0)]
    petals = []
    for k in range(6):
        a = 360.0 * k / 6 + (30.0 if k % 2 else 0.0)
        p = s.ellipsoid((0.028, 0.055, 0.012), (0.0, bloom_y + 0.048, 0.026 if k % 2 else 0.022), 1)
        petals.append(s.rotated(s.rotated(p, -6.0, (1, 0, 0), (0.0, bloom_y, 0.0)), a, (0, 1, 0)))
    return [P(petals, roughness=0.5), P([stem, *leaves], LEAF, roughness=0.8)]


def _rose(s):
    h = 0.55
    bloom_y = h - 0.07
    stem = s.cylinder_between((0.0, 0.0, 0.0), (0.0, bloom_y, 0.0), 0.005, 6)
    thorns = [s.translated(s.rotated(s.cone(0.004, 0.012, (0.0, 0.0, 0.0), 4), 70.0 * sx, (0, 0, 1)),
                           (sx * 0.004, y, 0.0)) for y, sx in ((0.12, 1.0), (0.2, -1.0), (0.3, 1.0), (0.36, -1.0))]
    leaves = [_leaf(s, (0.0, y, 0.0), a, 0.06, 0.022, -15.0) for y, a in ((0.17, 70.0), (0.26, -110.0),
                                                                            (0.34, 160.0))]
    sepals = [s.rotated(s.ellipsoid((0.006, 0.002, 0.02), (0.0, bloom_y - 0.012, 0.018), 1), 72.0 * k, (0, 1, 0))
              for k in range(5)]
    bud = s.ellipsoid((0.022, 0.03, 0.022), (0.0, bloom_y + 0.035, 0.0), 1)
    rings = [s.torus(0.02 + 0.006 * k, 0.008 - 0.001 * k, (0.0, bloom_y + 0.045 - 0.008 * k, 0.0), axis="y",
                     sections=12, tube_sections=5) for k in range(4)]
    cup = s.lathe([(0.004, bloom_y - 0.01), (0.03, bloom_y + 0.01), (0.04, bloom_y + 0.03), (0.0, bloom_y + 0.03)], 12)
    return [P([bud, *rings, cup], roughness=0.6), P([stem, *thorns, *leaves, *sepals], LEAF, roughness=0.8)]


kind("sunflower", "nature", (0.62, 1.92, 0.24), _sunflower, (0.98, 0.78, 0.08), "sunflower sunflowers",
     "sonnenblume sonnenblumen", "f", roughness=0.7)
kind("tulip", "nature", (0.21, 0.49, 0.07), _tulip, (0.88, 0.12, 0.15), "tulip tulips", "tulpe tulpen", "f",
     roughness=0.6)
kind("rose", "nature", (0.11, 0.55, 0.1), _rose, (0.8, 0.05, 0.1), "rose roses", "rose rosen", "f", roughness=0.6)
