"""Things ideas name by a two-word or compound noun that no nearer thing plays without losing what it is: a
walking stick (a cane with a crook, not a magic wand), a sarcophagus (a painted mummy case, not a wooden
coffin with a cross), a chariot (two spoked wheels and a standing box, not a covered wagon) and a rocking horse
(a toy on rockers, not a live horse)."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import DARK_WOOD, WOOD
from autark.assets.catalog._parts import _part as P

_GOLD = (0.85, 0.65, 0.2)
_LAPIS = (0.1, 0.2, 0.55)
_BRONZE = (0.55, 0.38, 0.18)


def _walking_stick(s):
    shaft = s.cylinder(0.012, 0.86, sections=8)
    # the crook: half a ring over the top, its far end hanging down a little
    arc = [(0.05 - 0.05 * math.cos(math.pi * i / 6), 0.86 + 0.05 * math.sin(math.pi * i / 6)) for i in range(7)]
    crook = [s.cylinder_between((x0, y0, 0), (x1, y1, 0), 0.012, 6) for (x0, y0), (x1, y1) in
             zip(arc, arc[1:], strict=False)]
    hook_end = s.cylinder_between((0.1, 0.86, 0), (0.1, 0.82, 0), 0.012, 6)
    tip = s.cylinder(0.014, 0.03, sections=8)
    return [P([shaft, *crook, hook_end]), P(tip, (0.1, 0.1, 0.1))]


kind("walking_stick", "prop", (0.124, 0.92, 0.028), _walking_stick, DARK_WOOD,
     "walking_stick walking_sticks cane canes walking_cane hiking_stick hiking_sticks hiking_pole",
     "spazierstock spazierstöcke wanderstock wanderstöcke gehstock gehstöcke krückstock", "m", roughness=0.7)


def _sarcophagus(s):
    # a mummy case: the outline of a wrapped body (head, shoulders, narrowing to the feet), painted gold with
    # blue bands and a gold face at the head
    outline = [(-0.16, -1.0), (0.16, -1.0), (0.26, -0.2), (0.35, 0.45), (0.3, 0.62), (0.22, 0.72), (0.24, 0.9),
               (0.16, 1.0), (-0.16, 1.0), (-0.24, 0.9), (-0.22, 0.72), (-0.3, 0.62), (-0.35, 0.45), (-0.26, -0.2)]
    body = s.rotated(s.prism([(x, -z) for x, z in outline], 0.0, 0.55), -90, (1, 0, 0))  # the head to +Z
    face = s.ellipsoid((0.13, 0.05, 0.15), (0, 0.55, 0.84))
    bands = [s.box((0.62 - 0.3 * i / 4, 0.02, 0.06), (0, 0.555, 0.3 - 0.28 * i)) for i in range(5)]
    return [P(body), P(face, _GOLD, metallic=0.8, roughness=0.3), P(bands, _LAPIS)]


kind("sarcophagus", "furniture", (0.7, 0.6, 2.0), _sarcophagus, _GOLD,
     "sarcophagus sarcophagi sarcophaguses mummy_case mummy_cases", "sarkophag sarkophage mumiensarg mumiensärge",
     "m", roughness=0.45, metallic=0.3)


def _chariot(s):
    floor = s.box((1.0, 0.06, 0.8), (0, 0.55, 0))
    front = s.box((1.0, 0.55, 0.06), (0, 0.85, 0.4))
    sides = [s.box((0.06, 0.4, 0.8), (x, 0.78, 0)) for x in (-0.5, 0.5)]
    wheels = [s.torus(0.45, 0.04, (x, 0.49, 0.0), axis="x", sections=16) for x in (-0.62, 0.62)]
    spokes = [s.box((0.03, 0.9, 0.03), (x, 0.49, 0)) for x in (-0.62, 0.62)]
    axle = s.cylinder_between((-0.62, 0.49, 0), (0.62, 0.49, 0), 0.03, 6)
    pole = s.cylinder_between((0, 0.55, 0.4), (0, 0.85, 2.0), 0.035, 6)
    return [P([floor, front, *sides], _BRONZE, metallic=0.6, roughness=0.4), P([*wheels, *spokes, axle, pole])]


kind("chariot", "vehicle", (1.32, 1.125, 2.496), _chariot, WOOD, "chariot chariots war_chariot",
     "streitwagen kampfwagen", "m", roughness=0.8)


def _rocking_horse(s):
    rockers = []
    for x in (-0.15, 0.15):  # each rocker a shallow arc of three staves
        rockers.append(s.box((0.04, 0.04, 0.6), (x, 0.02, 0)))
        for z, tilt in ((0.45, -20), (-0.45, 20)):
            rockers.append(s.rotated(s.box((0.04, 0.04, 0.35), (x, 0.08, z)), tilt, (1, 0, 0), (x, 0.08, z)))
    body = s.ellipsoid((0.14, 0.14, 0.34), (0, 0.62, 0))
    neck = s.cylinder_between((0, 0.66, 0.24), (0, 0.92, 0.36), 0.07, 8)
    head = s.ellipsoid((0.08, 0.09, 0.17), (0, 0.95, 0.46))
    legs = [s.cylinder_between((x, 0.55, z), (x * 1.5, 0.04, z * 1.3), 0.03, 6) for x in (-0.1, 0.1)
            for z in (-0.25, 0.25)]
    mane = s.box((0.04, 0.1, 0.22), (0, 0.9, 0.3))
    return [P([body, neck, head, *legs]), P(mane, (0.9, 0.88, 0.8)), P(rockers, DARK_WOOD)]


kind("rocking_horse", "prop", (0.356, 1.04, 1.251), _rocking_horse, WOOD,
     "rocking_horse rocking_horses hobby_horse", "schaukelpferd schaukelpferde steckenpferd", "n", roughness=0.7)
