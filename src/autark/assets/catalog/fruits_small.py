"""Small fruits, berries and nuts at their real size: a pair of cherries on their stems, a handful of berries, a
nut, an acorn in its cup, a plum, a coconut. Each had been played by the apple (or a palm tree), a thing ten
times a cherry's size and of another shape ("a baker puts a cherry on top of the cake": an apple on the cake;
"Ein Eichhörnchen sammelt Eicheln": nothing at all). German compounds of a berry or a nut are read by their head
("Heidelbeeren", "Haselnuss"), so the kinds' words are the heads and the English words that do not compound.
"""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import _part as P

STEM = (0.3, 0.45, 0.15)
SHELL = (0.55, 0.36, 0.18)
CUP = (0.42, 0.33, 0.2)


def _cherries(s):
    fruit = [s.sphere(0.011, (x, 0.011, 0.0), subdivisions=2) for x in (-0.013, 0.013)]
    stems = [s.cylinder_between((x, 0.02, 0.0), (0.0, 0.05, 0.0), 0.0012, 5) for x in (-0.012, 0.012)]
    return [P(fruit), P(stems, STEM)]


kind("cherry", "prop", (0.048, 0.05, 0.022), _cherries, (0.72, 0.04, 0.1), "cherry cherries sour_cherry",
     "kirsche sauerkirsche", "f", roughness=0.25)


def _berries(s):
    # a small heap: a ring of seven round berries and three on top
    ring = [s.sphere(0.008, (0.014 * math.cos(a), 0.008, 0.014 * math.sin(a)), subdivisions=1)
            for a in (i * math.tau / 7 for i in range(7))]
    top = [s.sphere(0.008, (0.007 * math.cos(a), 0.02, 0.007 * math.sin(a)), subdivisions=1)
           for a in (0.0, 2.1, 4.2)]
    return [P([*ring, *top])]


kind("berries", "prop", (0.046, 0.028, 0.046), _berries, (0.2, 0.22, 0.5),
     "berry berries blueberry blueberries bilberry bilberries raspberry raspberries blackberry blackberries "
     "cranberry cranberries gooseberry gooseberries currant currants elderberry elderberries",
     "beere", "f", roughness=0.35)


def _nut(s):
    shell = s.ellipsoid((0.011, 0.012, 0.011), (0.0, 0.012, 0.0), subdivisions=2)
    tip = s.cone(0.004, 0.005, (0.0, 0.023, 0.0), 6)
    return [P(shell), P(tip, (0.45, 0.3, 0.15))]


kind("nut", "prop", (0.022, 0.028, 0.022), _nut, SHELL, "nut nuts hazelnut hazelnuts walnut walnuts peanut "
     "peanuts chestnut chestnuts almond almonds", "nuss nüsse kastanie mandel", "f",
     roughness=0.7)


def _acorn(s):
    body = s.ellipsoid((0.008, 0.012, 0.008), (0.0, 0.012, 0.0), subdivisions=2)
    cap = s.ellipsoid((0.0095, 0.006, 0.0095), (0.0, 0.021, 0.0), subdivisions=1)
    stalk = s.cylinder_between((0.0, 0.026, 0.0), (0.0, 0.031, 0.0), 0.0012, 5)
    return [P(body), P([cap, stalk], CUP)]


kind("acorn", "prop", (0.019, 0.031, 0.019), _acorn, (0.62, 0.48, 0.18), "acorn acorns", "eichel", "f",
     roughness=0.6)


def _plum(s):
    body = s.ellipsoid((0.022, 0.026, 0.021), (0.0, 0.026, 0.0), subdivisions=2)
    stalk = s.cylinder_between((0.0, 0.05, 0.0), (0.002, 0.058, 0.0), 0.0012, 5)
    return [P(body), P(stalk, STEM)]


kind("plum", "prop", (0.044, 0.058, 0.042), _plum, (0.35, 0.12, 0.42), "plum plums damson damsons",
     "pflaume zwetschge zwetschke", "f", roughness=0.35)


def _coconut(s):
    husk = s.ellipsoid((0.06, 0.065, 0.06), (0.0, 0.065, 0.0), subdivisions=2)
    eyes = [s.sphere(0.006, (x, 0.12, 0.02), subdivisions=1) for x in (-0.012, 0.012)]
    return [P(husk), P(eyes, (0.18, 0.11, 0.06))]


kind("coconut", "prop", (0.12, 0.13, 0.12), _coconut, (0.4, 0.25, 0.12), "coconut coconuts",
     "kokosnuss kokosnüsse", "f", roughness=0.95)
