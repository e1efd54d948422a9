"""Built-in food: fruit, vegetables, dishes and sweets at their real sizes (a table's props)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import CREAM, LEAF, WHITE
from autark.assets.catalog._parts import _part as P

BROWN_CRUST = (0.7, 0.45, 0.2)
TOMATO = (0.8, 0.15, 0.08)
CHEESE = (0.98, 0.8, 0.25)
STEM = (0.35, 0.22, 0.1)


def _apple(s):
    body = s.lathe([(0.0, 0.005), (0.025, 0.0), (0.04, 0.03), (0.038, 0.06), (0.022, 0.08), (0.0, 0.075)], 16)
    stem = s.cylinder_between((0, 0.07, 0), (0.004, 0.095, 0), 0.003, 5)
    leaf = s.rotated(s.ellipsoid((0.014, 0.002, 0.006), (0.012, 0.09, 0), subdivisions=1), 20, (0, 0, 1),
                     (0, 0.09, 0))
    return [P(body), P(stem, STEM), P(leaf, LEAF)]


kind("apple", "prop", (0.08, 0.1, 0.08), _apple, (0.8, 0.1, 0.08), "apple apples", "apfel äpfel", "m",
     roughness=0.4)


def _banana(s):
    pts = [(-0.1, 0.035), (-0.06, 0.012), (0.0, 0.0), (0.06, 0.012), (0.1, 0.035)]
    radii = [0.008, 0.017, 0.019, 0.017, 0.008]
    segs = [s.cylinder_between((x0, y0 + 0.02, 0), (x1, y1 + 0.02, 0), r0, 10, radius1=r1)
            for (x0, y0), (x1, y1), r0, r1 in zip(pts[:-1], pts[1:], radii[:-1], radii[1:], strict=True)]
    joints = [s.sphere(r, (x, y + 0.02, 0), subdivisions=1) for (x, y), r in zip(pts[1:-1], radii[1:-1],
                                                                                  strict=True)]
    tip = s.sphere(0.006, (0.1, 0.055, 0), subdivisions=1)
    return [P([*segs, *joints]), P(tip, STEM)]


kind("banana", "prop", (0.21, 0.065, 0.04), _banana, (0.98, 0.85, 0.2), "banana bananas", "banane bananen",
     "f", roughness=0.5)


def _bread(s):
    base = s.box((0.26, 0.04, 0.12), (0, 0.02, 0))
    top = s.ellipsoid((0.14, 0.07, 0.07), (0, 0.04, 0))
    cuts = [s.box((0.012, 0.01, 0.1), (x, 0.105, 0)) for x in (-0.07, 0.0, 0.07)]
    return [P([base, top]), P(cuts, CREAM)]


kind("bread", "prop", (0.28, 0.13, 0.14), _bread, BROWN_CRUST, "bread breads loaf loaves baguette",
     "brot brote laib", "n", roughness=0.9)


def _cheese(s):
    wedge = s.prism([(-0.1, 0.0), (0.1, 0.0), (0.1, 0.09)], -0.06, 0.06)
    holes = [s.ellipsoid((0.012, 0.012, 0.004), (x, y, 0.06)) for x, y in ((0.0, 0.02), (0.06, 0.05),
                                                                               (0.075, 0.02))]
    return [P(wedge), P(holes, (0.8, 0.6, 0.15))]


kind("cheese", "prop", (0.2, 0.09, 0.128), _cheese, CHEESE, "cheese cheeses", "käse", "m", roughness=0.6)


def _carrot(s):
    root = s.cylinder_between((0.09, 0.022, 0), (-0.1, 0.022, 0), 0.022, 10, radius1=0.003)
    leaves = [s.cylinder_between((0.09, 0.022, 0), (0.15, 0.022 + dy, dz), 0.004, 4)
              for dy, dz in ((0.03, 0.0), (0.0, 0.02), (-0.012, -0.015), (0.02, -0.02))]
    return [P(root), P(leaves, LEAF)]


kind("carrot", "prop", (0.254, 0.056, 0.048), _carrot, (0.95, 0.45, 0.08), "carrot carrots", "karotte karotten "
     "möhre möhren", "f", roughness=0.7)


def _cake(s):
    tiers = s.lathe([(0.0, 0.0), (0.15, 0.0), (0.15, 0.1), (0.1, 0.1), (0.1, 0.17), (0.0, 0.17)], 24)
    cream = [s.torus(0.148, 0.012, (0, 0.1, 0), axis="y", sections=24), s.torus(0.1, 0.01, (0, 0.17, 0),
                                                                                axis="y", sections=24)]
    candles = [s.cylinder(0.006, 0.05, (x, 0.17, z), sections=6) for x, z in ((0.05, 0), (-0.03, 0.04),
                                                                              (-0.03, -0.04))]
    flames = [s.ellipsoid((0.005, 0.01, 0.005), (x, 0.23, z), subdivisions=1) for x, z in
              ((0.05, 0), (-0.03, 0.04), (-0.03, -0.04))]
    return [P(tiers), P(cream, WHITE), P(candles, (0.4, 0.6, 0.95)), P(flames, (1.0, 0.6, 0.1), emissive=2.0)]


kind("cake", "prop", (0.324, 0.24, 0.324), _cake, (0.95, 0.6, 0.7), "cake cakes birthday_cake",
     "kuchen torte torten geburtstagskuchen", "m", roughness=0.7)


def _pizza(s):
    crust = s.lathe([(0.0, 0.0), (0.16, 0.0), (0.165, 0.012), (0.15, 0.018), (0.0, 0.012)], 24)
    sauce = s.cylinder(0.145, 0.006, (0, 0.01, 0), sections=24)
    salami = [s.cylinder(0.022, 0.005, (x, 0.014, z), sections=10) for x, z in
              ((0.06, 0.03), (-0.05, 0.06), (-0.04, -0.07), (0.07, -0.06), (0.0, 0.0), (-0.1, 0.0))]
    return [P(crust), P(sauce, TOMATO), P(salami, (0.6, 0.1, 0.08))]


kind("pizza", "prop", (0.33, 0.02, 0.33), _pizza, (0.9, 0.7, 0.4), "pizza pizzas", "pizza pizzen", "f",
     roughness=0.8)


def _burger(s):
    bottom = s.lathe([(0.0, 0.0), (0.055, 0.0), (0.06, 0.02), (0.0, 0.025)], 16)
    patty = s.cylinder(0.062, 0.02, (0, 0.025, 0), sections=16)
    cheese = s.box((0.12, 0.006, 0.12), (0, 0.048, 0))
    salad = s.cylinder(0.064, 0.008, (0, 0.051, 0), sections=12)
    top = s.lathe([(0.06, 0.059), (0.062, 0.075), (0.045, 0.1), (0.0, 0.11)], 16)
    return [P([bottom, top]), P(patty, (0.35, 0.18, 0.1)), P(cheese, CHEESE), P(salad, (0.35, 0.7, 0.2))]


kind("burger", "prop", (0.128, 0.11, 0.128), _burger, (0.85, 0.55, 0.25),
     "burger burgers hamburger hamburgers cheeseburger", "burger hamburger", "m", roughness=0.8)


def _fish_dish(s):
    plate = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.15, 0.02), (0.0, 0.012)], 24)
    body = s.ellipsoid((0.09, 0.025, 0.035), (-0.01, 0.035, 0))
    tail = s.prism([(0.07, 0.035), (0.12, 0.06), (0.12, 0.01)], -0.005, 0.005)
    lemon = s.ellipsoid((0.02, 0.012, 0.015), (-0.08, 0.03, 0.06), subdivisions=1)
    return [P(plate, WHITE), P([body, tail]), P(lemon, (0.98, 0.9, 0.2))]


kind("fish_dish", "prop", (0.3, 0.06, 0.3), _fish_dish, (0.75, 0.6, 0.45), "fish_dish grilled_fish",
     "fischgericht bratfisch", "n", roughness=0.5)


def _pasta(s):
    """A plate of spaghetti: a pale-gold mound of loops, red sauce on top, two meatballs."""
    plate = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.15, 0.02), (0.0, 0.012)], 24)
    mound = s.ellipsoid((0.09, 0.035, 0.08), (0.0, 0.03, 0.0))
    loops = [s.rotated(s.torus(0.045, 0.008, (0.0, 0.0, 0.0), axis="y"), a, (1, 0, 1)) for a in (8, 14, 20, 26)]
    loops = [s.translated(lp, (0.012 * (i - 1.5), 0.045 + 0.006 * i, 0.0)) for i, lp in enumerate(loops)]
    sauce = s.ellipsoid((0.05, 0.015, 0.045), (0.0, 0.066, 0.0), subdivisions=2)
    balls = [s.sphere(0.018, (x, 0.07, z), subdivisions=1) for x, z in ((0.04, 0.03), (-0.035, 0.035))]
    return [P(plate, WHITE), P([mound, *loops]), P(sauce, TOMATO), P(balls, (0.45, 0.25, 0.15))]


kind("pasta", "prop", (0.3, 0.09, 0.3), _pasta, (0.93, 0.8, 0.45), "pasta spaghetti noodles macaroni lasagna",
     "pasta spaghetti nudeln makkaroni lasagne", "f", roughness=0.6)


def _pie(s):
    dish = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.13, 0.04), (0.0, 0.04)], 24)
    crust = s.lathe([(0.128, 0.04), (0.09, 0.06), (0.0, 0.065)], 24)
    return [P(dish, (0.75, 0.5, 0.35)), P(crust)]


kind("pie", "prop", (0.26, 0.065, 0.26), _pie, (0.85, 0.6, 0.3), "pie pies tart", "obstkuchen pastete", "m",
     roughness=0.8)


def _watermelon(s):
    body = s.ellipsoid((0.16, 0.12, 0.12), (0, 0.12, 0))
    stripes = [s.scaled(s.torus(0.121, 0.006, (x, 0.12, 0), axis="x", sections=20), (1, 1, 1))
               for x in (-0.1, -0.04, 0.03, 0.09)]
    return [P(body), P(stripes, (0.1, 0.3, 0.1))]


kind("watermelon", "prop", (0.32, 0.24, 0.24), _watermelon, (0.25, 0.55, 0.2), "watermelon watermelons melon "
     "melons", "melone melonen wassermelone", "f", roughness=0.4)


def _pear(s):
    body = s.lathe([(0.0, 0.0), (0.03, 0.005), (0.04, 0.035), (0.025, 0.07), (0.018, 0.1), (0.0, 0.11)], 16)
    stem = s.cylinder_between((0, 0.105, 0), (0.005, 0.13, 0), 0.003, 5)
    return [P(body), P(stem, STEM)]


kind("pear", "prop", (0.08, 0.13, 0.08), _pear, (0.7, 0.8, 0.25), "pear pears", "birne birnen", "f",
     roughness=0.5)


def _grapes(s):
    berries = [s.sphere(0.012, (x * 0.02, 0.02 + row * 0.018, z * 0.02), subdivisions=1)
               for row, xs in enumerate(((0,), (-0.5, 0.5), (-1, 0, 1), (-1.5, -0.5, 0.5, 1.5)))
               for x in xs for z in (-0.3, 0.3)]
    stem = s.cylinder_between((0, 0.08, 0), (0.01, 0.11, 0), 0.003, 5)
    return [P(berries), P(stem, STEM)]


kind("grapes", "prop", (0.084, 0.104, 0.036), _grapes, (0.45, 0.15, 0.45), "grapes grape bunch_of_grapes",
     "trauben traube weintraube weintrauben", "f", roughness=0.3)


def _cookie(s):
    body = s.cylinder(0.04, 0.012, sections=16)
    chips = [s.box((0.01, 0.004, 0.01), (x, 0.013, z)) for x, z in ((0.015, 0.01), (-0.02, 0.0), (0.0, -0.02),
                                                                    (-0.005, 0.025))]
    return [P(body), P(chips, (0.25, 0.13, 0.06))]


kind("cookie", "prop", (0.08, 0.015, 0.08), _cookie, (0.85, 0.62, 0.35), "cookie cookies biscuit biscuits",
     "keks kekse plätzchen", "m", roughness=0.9)


def _donut(s):
    ring = s.torus(0.035, 0.02, (0, 0.02, 0), axis="y", sections=16)
    icing = s.torus(0.035, 0.017, (0, 0.026, 0), axis="y", sections=16)
    return [P(ring, (0.85, 0.6, 0.3)), P(icing)]


kind("donut", "prop", (0.11, 0.043, 0.11), _donut, (0.95, 0.5, 0.7), "donut donuts doughnut doughnuts",
     "donut donuts krapfen", "m", roughness=0.5)


def _ice_cream(s):
    cone = s.cone(0.005, 0.11, sections=12, top_radius=0.03)
    scoops = [s.sphere(0.032, (0, 0.13, 0)), s.sphere(0.028, (0, 0.175, 0))]
    return [P(cone, (0.85, 0.65, 0.35)), P(scoops[:1]), P(scoops[1:], (0.45, 0.25, 0.15))]


kind("ice_cream", "prop", (0.064, 0.203, 0.064), _ice_cream, (0.98, 0.75, 0.8), "ice_cream ice_creams icecream",
     "eis eiscreme eistüte", "n", roughness=0.6)


def _sandwich(s):
    tri = [(-0.06, 0.0), (0.06, 0.0), (0.0, 0.1)]  # seen from above: a triangle (x, z) made into a prism on Y

    def layer(y0, y1, grow=0.0):
        m = s.prism([(x * (1 + grow), z * (1 + grow)) for x, z in tri], -y1, -y0)
        return s.translated(s.rotated(m, -90, (1, 0, 0)), (0, 0, -0.05))

    bread = [layer(0.0, 0.012), layer(0.03, 0.042)]
    return [P(bread), P(layer(0.012, 0.02, 0.06), (0.3, 0.7, 0.2)), P(layer(0.02, 0.03, 0.02), TOMATO)]


kind("sandwich", "prop", (0.127, 0.042, 0.106), _sandwich, (0.93, 0.85, 0.65), "sandwich sandwiches toast",
     "sandwich sandwiches belegtes_brot", "n", roughness=0.9)


def _egg(s):
    return [P(s.lathe([(0.0, 0.0), (0.012, 0.002), (0.019, 0.008), (0.022, 0.02), (0.021, 0.032), (0.017, 0.043),
                       (0.01, 0.052), (0.0, 0.056)], 16))]


kind("egg", "prop", (0.044, 0.056, 0.044), _egg, (0.95, 0.9, 0.8), "egg eggs", "ei eier", "n", roughness=0.5)


def _pumpkin(s):
    ribs = [s.rotated(s.ellipsoid((0.09, 0.12, 0.16), (0.07, 0.12, 0)), a, (0, 1, 0)) for a in range(0, 360, 60)]
    stem = s.cylinder_between((0, 0.22, 0), (0.02, 0.28, 0), 0.02, 6, radius1=0.012)
    return [P(ribs), P(stem, (0.35, 0.4, 0.15))]


kind("pumpkin", "nature", (0.36, 0.28, 0.34), _pumpkin, (0.95, 0.5, 0.08), "pumpkin pumpkins", "kürbis kürbisse",
     "m", roughness=0.6)
