"""Things people carry in stories that the other catalogue modules lacked and that had been left out (a mask, a
briefcase, a magnet, a compass): each is drawn by the shape that says what it is from a wide shot (the
carnival mask's eye holes, the red horseshoe magnet with its silver poles, the compass's needle on its face).
Sized a little over life, standing or lying as they would on a table."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, METAL, WHITE
from autark.assets.catalog._parts import _part as P

BRASS = (0.8, 0.62, 0.25)
RED = (0.8, 0.12, 0.1)


def _mask(s):
    # a face mask standing up, facing +z: an oval face with two eye holes, a nose ridge and a stick to hold it
    face = s.scaled(s.sphere(0.1, (0.0, 0.0, 0.0), subdivisions=2), (1.0, 1.2, 0.35))
    face = s.translated(face, (0.0, 0.2, 0.0))
    eyes = [s.scaled(s.sphere(0.026, (0.0, 0.0, 0.0), subdivisions=1), (1.4, 0.8, 0.5)) for _ in (0, 1)]
    eyes = [s.translated(e, (x, 0.23, 0.032)) for e, x in zip(eyes, (-0.04, 0.04), strict=True)]
    nose = s.cylinder_between((0.0, 0.21, 0.03), (0.0, 0.16, 0.04), 0.01, 6)
    trims = [s.cylinder_between((x, 0.3, 0.0), (x * 1.9, 0.36, 0.0), 0.008, 6) for x in (-0.06, 0.06)]
    stick = s.cylinder_between((0.07, 0.0, 0.0), (0.06, 0.12, 0.0), 0.006, 6)
    return [P([face, nose]), P(eyes, BLACK), P(trims, BRASS, metallic=0.8), P(stick, DARK_METAL)]


kind("mask", "prop", (0.238, 0.365, 0.085), _mask, WHITE, "mask masks carnival_mask masquerade_mask",
     "maske masken faschingsmaske karnevalsmaske", "f", roughness=0.4)


def _briefcase(s):
    body = s.box((0.44, 0.32, 0.11), (0.0, 0.16, 0.0))
    handle = s.torus(0.05, 0.01, (0.0, 0.33, 0.0), axis="z", sections=12)
    flap = s.box((0.442, 0.02, 0.112), (0.0, 0.24, 0.0))
    locks = [s.box((0.03, 0.02, 0.01), (x, 0.24, 0.057)) for x in (-0.14, 0.14)]
    return [P(body), P(flap, (0.25, 0.14, 0.07)), P(handle, BLACK), P(locks, BRASS, metallic=1.0)]


kind("briefcase", "prop", (0.442, 0.39, 0.118), _briefcase, (0.38, 0.22, 0.12), "briefcase briefcases "
     "attache_case", "aktentasche aktentaschen aktenkoffer", "f", roughness=0.5)


def _magnet(s):
    # a horseshoe magnet standing on its bend, the two poles up
    arc = [(0.06 * math.cos(math.radians(a)), 0.06 + 0.06 * math.sin(math.radians(a))) for a in range(180, 361, 20)]
    bend = [s.cylinder_between((x0, y0, 0.0), (x1, y1, 0.0), 0.022, 8) for (x0, y0), (x1, y1) in zip(
        arc, arc[1:], strict=False)]
    arms = [s.cylinder_between((x, 0.06, 0.0), (x, 0.16, 0.0), 0.022, 8) for x in (-0.06, 0.06)]
    poles = [s.cylinder_between((x, 0.16, 0.0), (x, 0.2, 0.0), 0.022, 8) for x in (-0.06, 0.06)]
    return [P([*bend, *arms]), P(poles, METAL, metallic=1.0, roughness=0.3)]


kind("magnet", "prop", (0.213, 0.287, 0.057), _magnet, RED, "magnet magnets horseshoe_magnet",
     "magnet magneten hufeisenmagnet", "m", roughness=0.4)


def _compass(s):
    case = s.cylinder(0.07, 0.025, sections=24)
    face = s.cylinder(0.06, 0.002, (0.0, 0.025, 0.0), sections=24)
    north = s.prism([(-0.008, 0.0), (0.008, 0.0), (0.0, 0.05)], 0.027, 0.031)
    south = s.prism([(-0.008, 0.0), (0.008, 0.0), (0.0, -0.05)], 0.027, 0.031)
    north, south = (s.rotated(m, -90, (1, 0, 0)) for m in (north, south))
    ring = s.torus(0.012, 0.004, (0.0, 0.025, -0.078), axis="y", sections=10)
    return [P([case, ring]), P(face, WHITE), P(north, RED), P(south, DARK_METAL)]


kind("compass", "prop", (0.196, 0.043, 0.228), _compass, BRASS, "compass compasses", "kompass kompasse", "m",
     metallic=0.8, roughness=0.35)
