"""Everyday things ideas name that the catalogue lacked (found by asking the story lexicon for the nouns of
fresh ideas): shoes and boots, a scarf, glasses, a ring and a necklace, a pillow and a sleeping bag,
a bone, a bird's nest, a feather, a cage, gold coins, a toy box, and a rainbow for the sky.
Each is built from primitives, bottom centre at the origin, front toward +Z, in metres."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import _part as P

GOLD = (0.95, 0.75, 0.2)
DARK = (0.1, 0.1, 0.11)
TWIG = (0.45, 0.32, 0.18)


def _boot(s):
    foot = s.box_between((-0.05, 0.0, -0.06), (0.05, 0.1, 0.2))
    shaft = s.box_between((-0.055, 0.0, -0.08), (0.055, 0.32, 0.05))
    sole = s.box_between((-0.055, 0.0, -0.085), (0.055, 0.02, 0.205))
    return [P([foot, shaft], roughness=0.7), P(sole, DARK, roughness=0.9)]


kind("boot", "prop", (0.11, 0.32, 0.29), _boot, (0.35, 0.22, 0.12), "boots wellington wellingtons",
     "stiefel gummistiefel", "m", roughness=0.7)


def _shoe(s):
    body = s.box_between((-0.045, 0.0, -0.13), (0.045, 0.08, 0.14))
    toe = s.ellipsoid((0.045, 0.04, 0.05), (0.0, 0.04, 0.12))
    sole = s.box_between((-0.05, 0.0, -0.14), (0.05, 0.018, 0.16))
    return [P([body, toe], roughness=0.6), P(sole, (0.92, 0.92, 0.9), roughness=0.9)]


kind("shoe", "prop", (0.1, 0.08, 0.3), _shoe, (0.2, 0.35, 0.75), "shoe shoes sneaker sneakers trainer trainers",
     "schuh schuhe turnschuh turnschuhe", "m")


def _sock(s):
    # lying on its side as one finds it: the foot along the ground, the leg bent up at the heel, a striped cuff
    foot = s.cylinder_between((0.0, 0.045, -0.06), (0.0, 0.045, 0.14), 0.045, 12)
    toe = s.ellipsoid((0.045, 0.045, 0.05), (0.0, 0.045, 0.14))
    heel = s.sphere(0.047, (0.0, 0.047, -0.06), subdivisions=2)
    leg = s.cylinder_between((0.0, 0.05, -0.07), (0.0, 0.2, -0.12), 0.043, 12)
    cuff = s.cylinder_between((0.0, 0.2, -0.12), (0.0, 0.24, -0.133), 0.046, 12)
    return [P([foot, toe, heel, leg], roughness=0.95), P(cuff, (0.85, 0.15, 0.15), roughness=0.95)]


kind("sock", "prop", (0.094, 0.254, 0.366), _sock, (0.92, 0.92, 0.88), "sock socks stocking stockings",
     "socke socken strumpf strümpfe", "f", roughness=0.95)


def _scarf(s):
    band = [s.box_between((-0.1, 0.0, -0.7), (0.1, 0.025, 0.7))]
    stripes = [s.box_between((-0.101, 0.0, z - 0.04), (0.101, 0.027, z + 0.04)) for z in (-0.5, -0.2, 0.2, 0.5)]
    return [P(band, roughness=0.95), P(stripes, (0.95, 0.95, 0.92), roughness=0.95)]


kind("scarf", "prop", (0.2, 0.027, 1.4), _scarf, (0.8, 0.15, 0.15), "scarf scarves shawl", "schal schals", "m",
     roughness=0.95)


def _glasses(s):
    rims = [s.torus(0.025, 0.004, (x, 0.03, 0.0), "z", 16, 6) for x in (-0.035, 0.035)]
    bridge = s.cylinder_between((-0.01, 0.035, 0.0), (0.01, 0.035, 0.0), 0.003, 6)
    arms = [s.cylinder_between((x, 0.035, 0.0), (x, 0.035, -0.13), 0.003, 6) for x in (-0.06, 0.06)]
    lenses = [s.cylinder_between((x, 0.03, -0.001), (x, 0.03, 0.001), 0.022, 16) for x in (-0.035, 0.035)]
    return [P([*rims, bridge, *arms], metallic=0.3), P(lenses, (0.8, 0.9, 1.0), opacity=0.35, roughness=0.1)]


kind("glasses", "prop", (0.128, 0.06, 0.134), _glasses, DARK, "glasses spectacles sunglasses",
     "brille sonnenbrille", "f")


def _ring(s):
    band = s.torus(0.009, 0.0018, (0.0, 0.011, 0.0), "z", 20, 6)
    gem = s.sphere(0.004, (0.0, 0.022, 0.0))
    return [P(band, metallic=0.9, roughness=0.2), P(gem, (0.85, 0.95, 1.0), roughness=0.05, emissive=0.3)]


kind("ring", "prop", (0.0216, 0.026, 0.0036), _ring, GOLD, "ring rings", "ring ringe ehering", "m",
     metallic=0.9, roughness=0.2)


def _necklace(s):
    chain = s.torus(0.09, 0.003, (0.0, 0.004, 0.0), "y", 24, 5)
    pendant = s.sphere(0.015, (0.0, 0.015, 0.1))
    return [P(chain, metallic=0.9, roughness=0.25), P(pendant, (0.2, 0.45, 0.9), roughness=0.1, emissive=0.2)]


kind("necklace", "prop", (0.186, 0.03, 0.208), _necklace, GOLD, "necklace necklaces pendant",
     "halskette anhänger", "f", metallic=0.9, roughness=0.25)


def _pillow(s):
    return [P(s.ellipsoid((0.3, 0.08, 0.2), (0.0, 0.08, 0.0), 2), roughness=0.95)]


kind("pillow", "prop", (0.6, 0.16, 0.4), _pillow, (0.9, 0.88, 0.95), "pillow pillows cushion cushions",
     "kissen kopfkissen", "n", roughness=0.95)


def _sleeping_bag(s):
    bag = s.ellipsoid((0.38, 0.12, 1.0), (0.0, 0.12, 0.0), 2)
    hood = s.ellipsoid((0.3, 0.1, 0.15), (0.0, 0.1, -0.85), 2)
    return [P(bag, roughness=0.8), P(hood, (0.2, 0.25, 0.35), roughness=0.8)]


kind("sleeping_bag", "prop", (0.76, 0.24, 2.0), _sleeping_bag, (0.15, 0.45, 0.3), "sleeping_bag sleeping_bags",
     "schlafsack schlafsäcke", "m", roughness=0.8)


def _bone(s):
    shaft = s.cylinder_between((-0.08, 0.02, 0.0), (0.08, 0.02, 0.0), 0.012, 8)
    knobs = [s.sphere(0.02, (x, 0.02, z)) for x in (-0.09, 0.09) for z in (-0.012, 0.012)]
    return [P([shaft, *knobs], roughness=0.7)]


kind("bone", "prop", (0.22, 0.04, 0.064), _bone, (0.93, 0.9, 0.8), "bone bones", "knochen", "m",
     roughness=0.7)


def _nest(s):
    bowl = s.lathe([(0.0, 0.02), (0.1, 0.0), (0.16, 0.06), (0.13, 0.07), (0.09, 0.03), (0.0, 0.04)], 18)
    twigs = [s.cylinder_between((0.15 * math.cos(a), 0.05, 0.15 * math.sin(a)),
                                (0.15 * math.cos(a + 1.2), 0.06, 0.15 * math.sin(a + 1.2)), 0.006, 4)
             for a in (k * 0.9 for k in range(7))]
    eggs = [s.ellipsoid((0.022, 0.028, 0.022), (x, 0.05, z)) for x, z in ((-0.03, 0.0), (0.03, 0.01), (0.0, -0.03))]
    return [P([bowl, *twigs], roughness=0.95), P(eggs, (0.75, 0.85, 0.95), roughness=0.5)]


kind("nest", "prop", (0.32, 0.078, 0.32), _nest, TWIG, "nest nests", "nest nester vogelnest", "n",
     roughness=0.95)


def _feather(s):
    vane = s.ellipsoid((0.03, 0.004, 0.12), (0.0, 0.006, 0.0), 2)
    quill = s.cylinder_between((0.0, 0.006, -0.16), (0.0, 0.006, 0.12), 0.002, 5)
    return [P(vane, roughness=0.9), P(quill, (0.95, 0.93, 0.85))]


kind("feather", "prop", (0.06, 0.012, 0.28), _feather, (0.9, 0.9, 0.95), "feather feathers quill",
     "feder federn", "f", roughness=0.9)


def _cage(s):
    base = s.cylinder(0.22, 0.04, (0.0, 0.0, 0.0), 20)
    top = s.cone(0.22, 0.14, (0.0, 0.5, 0.0), 20, top_radius=0.02)
    bars = [s.cylinder_between((0.21 * math.cos(a), 0.04, 0.21 * math.sin(a)),
                               (0.21 * math.cos(a), 0.5, 0.21 * math.sin(a)), 0.005, 4)
            for a in (2 * math.pi * k / 16 for k in range(16))]
    hook = s.torus(0.03, 0.005, (0.0, 0.67, 0.0), "x", 12, 4)
    return [P([base, top, hook], metallic=0.7, roughness=0.3), P(bars, (0.85, 0.8, 0.6), metallic=0.8)]


kind("cage", "prop", (0.44, 0.705, 0.44), _cage, (0.7, 0.6, 0.3), "cage cages birdcage",
     "käfige vogelkäfig", "m", metallic=0.7, roughness=0.3)


def _gold(s):
    coins = [s.cylinder(0.02, 0.004, (0.035 * math.cos(k * 2.4) * (k % 4) / 3, 0.004 * (k // 3), 0.035
                                      * math.sin(k * 2.4) * (k % 4) / 3), 14) for k in range(18)]
    bars = [s.box_between((-0.12 + 0.05 * i, 0.0, 0.06), (-0.08 + 0.05 * i, 0.025, 0.13)) for i in range(3)]
    return [P(coins, metallic=0.95, roughness=0.2), P(bars, (1.0, 0.82, 0.3), metallic=0.95, roughness=0.15)]


kind("gold_bars", "prop", (0.161, 0.025, 0.185), _gold, GOLD, "gold_bars riches",
     "goldbarren reichtum", "m", metallic=0.95, roughness=0.2)


def _toy_box(s):
    box = s.box_between((-0.3, 0.0, -0.2), (0.3, 0.35, 0.2))
    ball = s.sphere(0.07, (-0.12, 0.4, 0.0))
    block = s.box_between((0.05, 0.35, -0.06), (0.17, 0.47, 0.06))
    return [P(box, roughness=0.6), P(ball, (0.9, 0.2, 0.2), roughness=0.4), P(block, (0.2, 0.5, 0.9))]


kind("toy_box", "furniture", (0.6, 0.47, 0.4), _toy_box, (0.95, 0.75, 0.25), "toy toys toy_box toybox plaything",
     "spielzeug spielsachen spielzeugkiste", "n")


_RAINBOW = ((0.9, 0.15, 0.15), (0.95, 0.55, 0.1), (0.95, 0.9, 0.2), (0.2, 0.7, 0.3), (0.2, 0.45, 0.9),
            (0.5, 0.25, 0.75))


def _rainbow(s):
    """Six bands on a half circle 6 m high, lit by their own light (a rainbow is light, not paint)."""
    parts = []
    for i, color in enumerate(_RAINBOW):
        r = 6.0 - 0.22 * i
        pts = [(r * math.cos(math.pi * k / 16), r * math.sin(math.pi * k / 16)) for k in range(17)]
        segs = [s.cylinder_between((x0, y0, 0.0), (x1, y1, 0.0), 0.12, 5) for (x0, y0), (x1, y1) in
                zip(pts, pts[1:], strict=False)]
        parts.append(P(segs, None if i == 0 else color, emissive=0.6, roughness=0.9, casts_shadow=False))
    return parts


kind("rainbow", "architecture", (12.23, 6.125, 0.217), _rainbow, _RAINBOW[0], "rainbow rainbows", "regenbogen", "m",
     roughness=0.9)


def _fireplace(s):
    """A stone hearth with a mantel and a fire burning in its opening (the fire lights itself: emissive)."""
    sides = [s.box_between((x0, 0.0, -0.25), (x1, 1.1, 0.25)) for x0, x1 in ((-0.8, -0.45), (0.45, 0.8))]
    top = s.box_between((-0.8, 0.8, -0.25), (0.8, 1.1, 0.25))
    back = s.box_between((-0.45, 0.0, -0.25), (0.45, 0.8, -0.15))
    mantel = s.box_between((-0.9, 1.1, -0.3), (0.9, 1.18, 0.32))
    logs = [s.cylinder_between((-0.3, 0.08 + 0.07 * k, -0.05 + 0.05 * k), (0.3, 0.08 + 0.07 * k, 0.0), 0.06, 8)
            for k in range(2)]
    flames = [s.cone(0.12, 0.38 - 0.08 * abs(k), (0.16 * k, 0.12, 0.0), 8) for k in (-1, 0, 1)]
    return [P([*sides, top, back], roughness=0.95), P(mantel, (0.35, 0.22, 0.12), roughness=0.7),
            P(logs, (0.3, 0.18, 0.1), roughness=0.9), P(flames, (1.0, 0.55, 0.12), emissive=1.6, casts_shadow=False)]


kind("fireplace", "furniture", (1.8, 1.18, 0.62), _fireplace, (0.55, 0.52, 0.5), "fireplace fireplaces hearth",
     "kamin kamine", "m", roughness=0.95)
