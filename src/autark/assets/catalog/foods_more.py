"""More food at its real size, for the ideas people write: a sausage and a hot dog, a schnitzel or steak, fries,
salad, rice, sushi, a taco; fruit and vegetables (a tomato, a strawberry, a lemon, a potato, a corn cob); sweets
(chocolate, a wrapped candy, popcorn, pancakes, a waffle, a muffin, a croissant, a jar of jam). Each had been a
plate, a cup, a cake or an apple, or nothing at all ("Eine Katze klaut dem Metzger eine Wurst": no sausage)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import CREAM, LEAF, WHITE
from autark.assets.catalog._parts import _part as P

SAUSAGE = (0.62, 0.3, 0.2)
BUN = (0.85, 0.6, 0.32)
STEM = (0.3, 0.45, 0.15)
PLATE = (0.95, 0.95, 0.93)
GOLDEN = (0.92, 0.7, 0.3)


def _plate(s, r=0.12):
    return s.cylinder(r, 0.012, sections=24)


def _sausage(s):
    body = s.cylinder_between((-0.07, 0.016, 0.0), (0.07, 0.016, 0.0), 0.016, 12)
    ends = [s.sphere(0.016, (x, 0.016, 0.0), subdivisions=1) for x in (-0.07, 0.07)]
    return [P([body, *ends])]


kind("sausage", "prop", (0.172, 0.032, 0.032), _sausage, SAUSAGE, "sausage sausages wiener wieners bratwurst",
     "wurst würste würstchen bratwurst bockwurst", "f", roughness=0.5)


def _hot_dog(s):
    bun = s.ellipsoid((0.09, 0.022, 0.03), (0.0, 0.022, 0.0))
    sausage = s.cylinder_between((-0.1, 0.04, 0.0), (0.1, 0.04, 0.0), 0.013, 10)
    mustard = [s.sphere(0.005, (x, 0.053, 0.0), subdivisions=1) for x in (-0.06, -0.02, 0.02, 0.06)]
    return [P(bun), P(sausage, SAUSAGE), P(mustard, (0.95, 0.8, 0.1))]


kind("hot_dog", "prop", (0.2, 0.058, 0.06), _hot_dog, BUN, "hot_dog hot_dogs hotdog hotdogs", "hotdog hotdogs",
     "m", roughness=0.7)


def _steak(s):
    meat = s.scaled(s.cylinder(0.07, 0.015, bottom=(0.0, 0.012, 0.0), sections=14), (1.3, 1.0, 0.9))
    lemon = s.ellipsoid((0.018, 0.006, 0.018), (0.06, 0.03, 0.03))
    return [P(_plate(s), PLATE), P(meat), P(lemon, (0.95, 0.9, 0.3))]


kind("steak", "prop", (0.24, 0.036, 0.24), _steak, (0.62, 0.4, 0.2), "steak steaks cutlet cutlets schnitzel",
     "steak steaks schnitzel kotelett koteletts", "n", roughness=0.7)


def _fries(s):
    box = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.045, 0.09), (0.0, 0.09)], 4)
    sticks = [s.box((0.008, 0.07, 0.008), (x, 0.11, z)) for x, z in ((-0.025, 0.0), (-0.01, 0.012), (0.005, -0.01),
                                                                     (0.02, 0.008), (0.03, -0.012), (0.0, 0.02))]
    return [P(box, (0.85, 0.12, 0.1)), P(sticks)]


kind("fries", "prop", (0.09, 0.145, 0.09), _fries, (0.98, 0.82, 0.35), "fries french_fries", "pommes pommes_frites "
     "fritten", "f", roughness=0.8)


def _salad(s):
    bowl = s.lathe([(0.0, 0.0), (0.05, 0.0), (0.1, 0.05), (0.095, 0.052), (0.0, 0.01)], 20)
    leaves = [s.ellipsoid((0.035, 0.012, 0.025), (x, 0.05, z)) for x, z in ((-0.04, 0.0), (0.03, 0.02),
                                                                           (0.0, -0.035), (0.02, -0.01))]
    tomatoes = [s.sphere(0.012, (x, 0.06, z), subdivisions=1) for x, z in ((-0.015, 0.03), (0.045, -0.02))]
    return [P(bowl, WHITE), P(leaves), P(tomatoes, (0.85, 0.12, 0.08))]


kind("salad", "prop", (0.2, 0.072, 0.2), _salad, LEAF, "salad salads", "salat salate", "m", roughness=0.7)


def _rice(s):
    bowl = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.065, 0.05), (0.06, 0.052), (0.0, 0.01)], 20)
    heap = s.ellipsoid((0.058, 0.022, 0.058), (0.0, 0.05, 0.0))
    sticks = [s.cylinder_between((0.02 + d, 0.07, -0.05), (0.04 + d, 0.06, 0.07), 0.003, 5) for d in (0.0, 0.015)]
    return [P(bowl, (0.75, 0.15, 0.12)), P(heap), P(sticks, (0.45, 0.3, 0.15))]


kind("rice", "prop", (0.13, 0.073, 0.136), _rice, WHITE, "rice rice_bowl", "reis reisschale", "m", roughness=0.8)


def _sushi(s):
    rolls = []
    for x in (-0.05, 0.0, 0.05):
        rolls += [s.cylinder(0.02, 0.025, bottom=(x, 0.0, 0.0), sections=14)]
    fills = [s.cylinder(0.01, 0.026, bottom=(x, 0.0, 0.0), sections=10) for x in (-0.05, 0.0, 0.05)]
    return [P(rolls), P(fills, (0.95, 0.45, 0.35))]


kind("sushi", "prop", (0.139, 0.026, 0.04), _sushi, (0.1, 0.18, 0.1), "sushi maki", "sushi maki", "n",
     roughness=0.6)


def _taco(s):
    # a half moon of shell standing on its round side, the filling along its open top
    import math

    rim = [(0.07 * math.cos(math.radians(a)), 0.065 + 0.065 * math.sin(math.radians(a))) for a in range(180, 361, 15)]
    shell = s.prism(rim, -0.014, 0.014)
    filling = s.ellipsoid((0.06, 0.012, 0.012), (0.0, 0.068, 0.0))
    return [P(shell), P(filling, (0.35, 0.6, 0.2))]


kind("taco", "prop", (0.14, 0.08, 0.028), _taco, GOLDEN, "taco tacos burrito burritos", "taco tacos burrito "
     "burritos", "m", roughness=0.8)


def _tomato(s):
    body = s.ellipsoid((0.035, 0.03, 0.035), (0.0, 0.03, 0.0))
    leaves = [s.ellipsoid((0.014, 0.003, 0.005), (0.0, 0.06, 0.0), subdivisions=1)]
    leaves += [s.rotated(leaves[0], 70, (0, 1, 0), (0, 0.06, 0)), s.rotated(leaves[0], 130, (0, 1, 0), (0, 0.06, 0))]
    return [P(body), P(leaves, STEM)]


kind("tomato", "prop", (0.07, 0.063, 0.07), _tomato, (0.85, 0.12, 0.08), "tomato tomatoes", "tomate tomaten", "f",
     roughness=0.3)


def _strawberry(s):
    body = s.lathe([(0.0, 0.0), (0.012, 0.006), (0.02, 0.025), (0.016, 0.038), (0.0, 0.04)], 14)
    crown = [s.rotated(s.ellipsoid((0.012, 0.002, 0.004), (0.008, 0.041, 0.0), subdivisions=1), a, (0, 1, 0),
                       (0, 0.041, 0)) for a in (0, 72, 144, 216, 288)]
    seeds = [s.sphere(0.0018, (0.017, y, 0.0), subdivisions=0) for y in (0.015, 0.028)]
    return [P(body), P(crown, STEM), P(seeds, (0.95, 0.85, 0.3))]


kind("strawberry", "prop", (0.039, 0.043, 0.04), _strawberry, (0.85, 0.08, 0.12), "strawberry strawberries",
     "erdbeere erdbeeren", "f", roughness=0.4)


def _lemon(s):
    body = s.ellipsoid((0.038, 0.027, 0.027), (0.0, 0.027, 0.0))
    tips = [s.sphere(0.006, (x, 0.027, 0.0), subdivisions=1) for x in (-0.038, 0.038)]
    return [P([body, *tips])]


kind("lemon", "prop", (0.088, 0.054, 0.054), _lemon, (0.98, 0.88, 0.2), "lemon lemons lime limes",
     "zitrone zitronen limette limetten", "f", roughness=0.5)


def _potato(s):
    return [P(s.jitter(s.ellipsoid((0.045, 0.028, 0.032), (0.0, 0.028, 0.0)), 0.003, 7))]


kind("potato", "prop", (0.09, 0.056, 0.064), _potato, (0.72, 0.55, 0.32), "potato potatoes", "kartoffel kartoffeln",
     "f", roughness=0.9)


def _corn_cob(s):
    cob = s.ellipsoid((0.09, 0.025, 0.025), (0.0, 0.025, 0.0))
    husk = [s.rotated(s.ellipsoid((0.06, 0.004, 0.02), (-0.1, 0.03, z)), a, (0, 1, 0), (-0.06, 0.03, 0.0))
            for z, a in ((0.015, 15), (-0.015, -15))]
    return [P(cob), P(husk, (0.55, 0.7, 0.3))]


kind("corn_cob", "prop", (0.243, 0.05, 0.099), _corn_cob, (0.98, 0.82, 0.2), "corn_cob corncob corncobs maize",
     "maiskolben mais", "m", roughness=0.7)


def _chocolate(s):
    bar = s.box((0.16, 0.012, 0.08), (0.0, 0.006, 0.0))
    squares = [s.box((0.034, 0.005, 0.034), (x, 0.014, z)) for x in (-0.06, -0.02, 0.02, 0.06) for z in (-0.02, 0.02)]
    wrapper = s.box((0.07, 0.014, 0.082), (0.05, 0.007, 0.0))
    return [P([bar, *squares]), P(wrapper, (0.5, 0.1, 0.6))]


kind("chocolate", "prop", (0.165, 0.016, 0.082), _chocolate, (0.35, 0.2, 0.12), "chocolate chocolates chocolate_bar",
     "schokolade schokoladen schokoriegel", "f", roughness=0.4)


def _candy(s):
    sweet = s.ellipsoid((0.02, 0.014, 0.014), (0.0, 0.014, 0.0))
    twists = [s.cone(0.012, 0.018, (x, 0.014, 0.0), sections=8) for x in (-0.02, 0.02)]
    twists = [s.rotated(twists[0], 90, (0, 0, 1), (-0.02, 0.014, 0.0)),
              s.rotated(twists[1], -90, (0, 0, 1), (0.02, 0.014, 0.0))]
    return [P(sweet), P(twists, (0.98, 0.85, 0.3))]


kind("candy", "prop", (0.076, 0.028, 0.028), _candy, (0.9, 0.15, 0.35), "candy candies bonbon bonbons lollies",
     "bonbon bonbons süßigkeit süßigkeiten", "n", roughness=0.3)


def _popcorn(s):
    bucket = s.lathe([(0.0, 0.0), (0.05, 0.0), (0.07, 0.16), (0.0, 0.16)], 16)
    import math

    stripes = [s.cylinder_between((0.051 * math.cos(a), 0.0, 0.051 * math.sin(a)),
                                  (0.071 * math.cos(a), 0.16, 0.071 * math.sin(a)), 0.008, 6)
               for a in (math.radians(d) for d in range(0, 360, 45))]  # red down the sides
    pops = [s.sphere(0.014, (x, 0.17, z), subdivisions=1) for x, z in ((-0.03, 0.0), (0.02, 0.02), (0.0, -0.03),
                                                                        (0.03, -0.01), (0.0, 0.01))]
    return [P(bucket, WHITE), P(stripes, (0.85, 0.12, 0.1)), P(pops)]


kind("popcorn", "prop", (0.156, 0.185, 0.158), _popcorn, CREAM, "popcorn", "popcorn", "n", roughness=0.9)


def _pancakes(s):
    stack = [s.cylinder(0.07, 0.012, bottom=(0.0, 0.012 + 0.013 * k, 0.0), sections=20) for k in range(4)]
    syrup = s.cylinder(0.05, 0.004, bottom=(0.0, 0.064, 0.0), sections=16)
    butter = s.box((0.02, 0.01, 0.02), (0.0, 0.073, 0.0))
    return [P(_plate(s), PLATE), P(stack), P(syrup, (0.55, 0.3, 0.08)), P(butter, (0.98, 0.9, 0.5))]


kind("pancakes", "prop", (0.24, 0.078, 0.24), _pancakes, GOLDEN, "pancake pancakes crepe crepes",
     "pfannkuchen eierkuchen palatschinken crêpe crêpes", "m", roughness=0.7)


def _waffle(s):
    base = s.box((0.12, 0.014, 0.12), (0.0, 0.007, 0.0))
    grid = [s.box((0.006, 0.006, 0.12), (x, 0.017, 0.0)) for x in (-0.045, -0.015, 0.015, 0.045)]
    grid += [s.box((0.12, 0.006, 0.006), (0.0, 0.017, z)) for z in (-0.045, -0.015, 0.015, 0.045)]
    return [P([base, *grid])]


kind("waffle", "prop", (0.12, 0.02, 0.12), _waffle, GOLDEN, "waffle waffles", "waffel waffeln", "f", roughness=0.8)


def _muffin(s):
    cup = s.lathe([(0.0, 0.0), (0.025, 0.0), (0.032, 0.04), (0.0, 0.04)], 16)
    top = s.ellipsoid((0.04, 0.025, 0.04), (0.0, 0.042, 0.0))
    icing = s.ellipsoid((0.03, 0.012, 0.03), (0.0, 0.06, 0.0))
    return [P(cup, (0.9, 0.45, 0.6)), P(top), P(icing, (0.98, 0.8, 0.85))]


kind("muffin", "prop", (0.08, 0.072, 0.08), _muffin, (0.55, 0.33, 0.18), "muffin muffins cupcake cupcakes",
     "muffin muffins cupcake cupcakes", "m", roughness=0.7)


def _croissant(s):
    pts = [(-0.07, 0.0), (-0.035, 0.025), (0.0, 0.032), (0.035, 0.025), (0.07, 0.0)]
    radii = [0.008, 0.018, 0.024, 0.018, 0.008]
    segs = [s.cylinder_between((x0, 0.024, z0), (x1, 0.024, z1), r0, 10, radius1=r1)
            for (x0, z0), (x1, z1), r0, r1 in zip(pts[:-1], pts[1:], radii[:-1], radii[1:], strict=True)]
    joints = [s.sphere(r, (x, 0.024, z), subdivisions=1) for (x, z), r in zip(pts[1:-1], radii[1:-1], strict=True)]
    return [P([*segs, *joints])]


kind("croissant", "prop", (0.149, 0.048, 0.063), _croissant, (0.85, 0.58, 0.25), "croissant croissants",
     "croissant croissants", "n", roughness=0.7)


def _jam(s):
    jar = s.cylinder(0.035, 0.08, sections=18)
    lid = s.cylinder(0.037, 0.015, bottom=(0.0, 0.08, 0.0), sections=18)
    cloth = s.cylinder(0.045, 0.004, bottom=(0.0, 0.095, 0.0), sections=10)
    label = s.cylinder(0.0355, 0.03, bottom=(0.0, 0.025, 0.0), sections=18)
    return [P(jar), P(lid, (0.8, 0.75, 0.7)), P(cloth, (0.9, 0.2, 0.2)), P(label, CREAM)]


kind("jam", "prop", (0.086, 0.099, 0.09), _jam, (0.6, 0.05, 0.12), "jam jams jar_of_jam marmalade",
     "marmelade marmeladen konfitüre", "f", roughness=0.2)


