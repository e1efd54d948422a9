"""Gear ideas name that the other catalogue modules lacked, before it was played by a thing of another shape and
use: a church bell (had been a drum or left out), an oxygen tank (a car, a bottle), a coat (a scarf), a
goalkeeper's glove (a ball), an oar (a hammer), a plough (a hammer), an accordion (a guitar), a kick scooter (a
troll, read from "Tretroller"), a birdhouse (a house at a twentieth of its size), a thermos (a jug), a pretzel
(left out), a puck (a plate). Each stands as it would on the ground or a table, front toward +Z."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, DARK_WOOD, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

BRONZE = (0.72, 0.5, 0.22)
RED = (0.8, 0.12, 0.1)


def _bell(s):
    # a church bell's flared profile, hung from a wooden yoke on two posts so it reads as hung, not as a pot
    body = s.lathe([(0.0, 0.32), (0.34, 0.3), (0.38, 0.3), (0.36, 0.34), (0.27, 0.5), (0.24, 0.7), (0.2, 0.86),
                    (0.12, 0.9), (0.0, 0.9)], 24)
    lip = s.torus(0.37, 0.025, (0.0, 0.31, 0.0), axis="y", sections=24)
    clapper = [s.cylinder(0.012, 0.4, (0.0, 0.3, 0.0), sections=6), s.sphere(0.05, (0.0, 0.26, 0.0),
                                                                               subdivisions=1)]
    yoke = s.box((1.0, 0.1, 0.12), (0.0, 0.98, 0.0))
    posts = [s.box((0.1, 1.03, 0.12), (x, 0.515, 0.0)) for x in (-0.45, 0.45)]
    return [P([body, lip]), P(clapper, DARK_METAL),
            P([yoke, *posts], DARK_WOOD, roughness=0.8)]


kind("bell", "prop", (1.0, 1.03, 0.79), _bell, BRONZE, "bell bells church_bell church_bells handbell "
     "cowbell", "glocke glocken kirchenglocke kirchenglocken turmglocke glöckchen kuhglocke", "f",
     metallic=0.8, roughness=0.35)


def _gas_cylinder(s):
    # a diver's or welder's tank: a tall rounded cylinder with a valve and a strap, upright
    body = s.lathe([(0.0, 0.0), (0.09, 0.0), (0.095, 0.02), (0.095, 0.58), (0.07, 0.65), (0.03, 0.68),
                    (0.0, 0.68)], 20)
    valve = [s.cylinder(0.022, 0.06, (0.0, 0.68, 0.0), sections=10),
             s.cylinder_between((-0.05, 0.72, 0.0), (0.05, 0.72, 0.0), 0.012, 8)]
    knob = s.cylinder_between((0.0, 0.74, 0.0), (0.0, 0.74, 0.06), 0.028, 10)
    band = s.torus(0.097, 0.008, (0.0, 0.5, 0.0), axis="y", sections=20)
    return [P(body), P([*valve, knob], (0.2, 0.2, 0.22), metallic=0.9, roughness=0.3),
            P(band, BLACK, roughness=0.8)]


kind("gas_cylinder", "prop", (0.21, 0.767, 0.21), _gas_cylinder, (0.95, 0.75, 0.1), "gas_cylinder gas_cylinders "
     "oxygen_tank oxygen_tanks scuba_tank scuba_tanks air_tank air_tanks gas_bottle gas_bottles oxygen_bottle",
     "sauerstoffflasche sauerstoffflaschen gasflasche gasflaschen pressluftflasche tauchflasche "
     "sauerstofftank", "f", metallic=0.5, roughness=0.3)


def _coat(s):
    # a long coat on a hanger, its hook at the top (as it hangs on a coat stand or is held out)
    body = s.prism([(-0.28, 0.0), (0.28, 0.0), (0.24, 0.9), (0.1, 0.98), (-0.1, 0.98), (-0.24, 0.9)], -0.07, 0.07)
    sleeves = [s.cylinder_between((x * 0.24, 0.92, 0.0), (x * 0.34, 0.36, 0.0), 0.06, 10) for x in (-1, 1)]
    collar = s.prism([(-0.1, 0.98), (0.0, 0.8), (0.1, 0.98)], 0.07, 0.08)
    buttons = [s.cylinder_between((0.0, y, 0.07), (0.0, y, 0.085), 0.018, 8) for y in (0.35, 0.55, 0.75)]
    hanger = [s.cylinder_between((-0.2, 0.99, 0.0), (0.2, 0.99, 0.0), 0.008, 6),
              s.torus(0.04, 0.006, (0.0, 1.05, 0.0), axis="z", sections=12)]
    return [P([body, *sleeves]), P(collar, (0.35, 0.22, 0.12)), P(buttons, BLACK), P(hanger, METAL,
                                                                                      metallic=1.0)]


kind("coat", "prop", (0.792, 1.096, 0.155), _coat, (0.5, 0.33, 0.2), "coat coats overcoat overcoats raincoat "
     "raincoats jacket jackets cloak cloaks trench_coat", "mantel mäntel jacke jacken regenmantel wintermantel "
     "umhang", "m", roughness=0.9)


def _glove(s):
    # a padded glove standing on its cuff, palm toward +Z, fingers spread up
    palm = s.box((0.16, 0.14, 0.05), (0.0, 0.17, 0.0))
    cuff = s.cylinder(0.075, 0.1, (0.0, 0.0, 0.0), sections=12)
    fingers = [s.cylinder_between((x, 0.24, 0.0), (x * 1.15, 0.24 + h, 0.0), 0.021, 8) for x, h in (
        (-0.06, 0.1), (-0.02, 0.125), (0.02, 0.12), (0.06, 0.095))]
    tips = [s.sphere(0.021, (x * 1.15, 0.24 + h, 0.0), subdivisions=1) for x, h in (
        (-0.06, 0.1), (-0.02, 0.125), (0.02, 0.12), (0.06, 0.095))]
    thumb = s.cylinder_between((0.08, 0.14, 0.0), (0.15, 0.23, 0.0), 0.022, 8)
    return [P([palm, *fingers, *tips, thumb]), P(cuff, WHITE)]


kind("glove", "prop", (0.257, 0.386, 0.15), _glove, (0.15, 0.45, 0.85), "glove gloves mitten mittens "
     "goalkeeper_gloves boxing_glove boxing_gloves", "handschuh handschuhe fäustling fäustlinge "
     "torwarthandschuhe boxhandschuhe", "m", roughness=0.8)


def _oar(s):
    shaft = s.cylinder_between((-0.9, 0.03, 0.0), (0.45, 0.03, 0.0), 0.022, 8)
    grip = s.cylinder_between((-1.0, 0.03, 0.0), (-0.9, 0.03, 0.0), 0.028, 8)
    blade = s.prism([(0.4, -0.04), (1.0, -0.09), (1.1, 0.0), (1.0, 0.09), (0.4, 0.04)], 0.015, 0.045)
    blade = s.rotated(blade, -90, (1, 0, 0))
    return [P([shaft, grip]), P(blade, (0.85, 0.2, 0.15), roughness=0.6)]


kind("oar", "prop", (2.1, 0.056, 0.18), _oar, WOOD, "oar oars paddle paddles", "ruder paddel paddeln", "n",
     roughness=0.6)


def _plough(s):
    beam = s.cylinder_between((-0.2, 0.5, 0.0), (1.3, 0.35, 0.0), 0.05, 8)
    handles = [s.cylinder_between((-0.2, 0.5, z * 0.05), (-0.6, 1.0, z * 0.25), 0.025, 8) for z in (-1, 1)]
    share = s.prism([(0.0, 0.0), (0.45, 0.0), (0.15, 0.35), (0.0, 0.35)], -0.05, 0.12)
    coulter = s.box((0.04, 0.45, 0.04), (0.6, 0.2, 0.0))
    hitch = s.torus(0.06, 0.012, (1.32, 0.35, 0.0), axis="z", sections=12)
    return [P([beam, *handles], WOOD, roughness=0.8), P([share, coulter, hitch])]


kind("plough", "prop", (2.011, 1.041, 0.547), _plough, DARK_METAL, "plough ploughs plow plows", "pflug pflüge",
     "m", metallic=0.7, roughness=0.5)


def _accordion(s):
    ends = [s.box((0.06, 0.34, 0.2), (x, 0.2, 0.0)) for x in (-0.2, 0.2)]
    folds = [s.box((0.02, 0.3 + 0.02 * (i % 2), 0.18 + 0.02 * (i % 2)), (-0.16 + i * 0.029, 0.2, 0.0))
             for i in range(12)]
    keys = [s.box((0.03, 0.022, 0.012), (0.22, 0.07 + i * 0.03, 0.105)) for i in range(10)]
    buttons = [s.cylinder_between((-0.2, 0.1 + i * 0.06, 0.1), (-0.2, 0.1 + i * 0.06, 0.115), 0.01, 8)
               for i in range(5)]
    straps = [s.box((0.04, 0.3, 0.01), (x, 0.2, -0.11)) for x in (-0.12, 0.12)]
    return [P(ends), P(folds, (0.1, 0.1, 0.12), roughness=0.8), P(keys, WHITE), P(buttons, (0.95, 0.9, 0.8)),
            P(straps, (0.35, 0.2, 0.1))]


kind("accordion", "prop", (0.465, 0.34, 0.23), _accordion, RED, "accordion accordions concertina concertinas "
     "squeezebox", "akkordeon akkordeons ziehharmonika schifferklavier quetschkommode", "n", roughness=0.35)


def _kick_scooter(s):
    deck = s.box((0.62, 0.04, 0.13), (0.0, 0.09, 0.0))
    wheels = [s.cylinder_between((x, 0.065, -0.025), (x, 0.065, 0.025), 0.065, 14) for x in (-0.34, 0.34)]
    stem = s.cylinder_between((0.34, 0.065, 0.0), (0.28, 0.95, 0.0), 0.018, 8)
    bar = s.cylinder_between((0.28, 0.95, -0.22), (0.28, 0.95, 0.22), 0.016, 8)
    grips = [s.cylinder_between((0.28, 0.95, z), (0.28, 0.95, z * 1.5), 0.022, 8) for z in (-0.16, 0.16)]
    return [P([deck, stem, bar]), P(wheels, BLACK, roughness=0.9), P(grips, BLACK, roughness=0.9)]


kind("kick_scooter", "prop", (0.81, 0.97, 0.48), _kick_scooter, (0.2, 0.7, 0.9), "kick_scooter kick_scooters "
     "scooter scooters", "tretroller tretrollern kickboard kickroller cityroller roller rollern", "m", metallic=0.5, roughness=0.4)


def _birdhouse(s):
    pole = s.cylinder(0.025, 1.1, sections=8)
    box = s.box((0.22, 0.24, 0.2), (0.0, 1.22, 0.0))
    roof = s.prism([(-0.15, 1.33), (0.15, 1.33), (0.0, 1.46)], -0.13, 0.13)
    hole = s.cylinder_between((0.0, 1.24, 0.1), (0.0, 1.24, 0.102), 0.04, 12)
    perch = s.cylinder_between((0.0, 1.17, 0.1), (0.0, 1.17, 0.16), 0.008, 6)
    return [P([pole, box, perch]), P(roof, (0.6, 0.15, 0.1), roughness=0.7), P(hole, BLACK)]


kind("birdhouse", "prop", (0.3, 1.46, 0.29), _birdhouse, WOOD, "birdhouse birdhouses nest_box nesting_box "
     "bird_box", "vogelhaus vogelhäuschen vogelhäuser nistkasten futterhaus", "n", roughness=0.8)


def _thermos(s):
    body = s.lathe([(0.0, 0.0), (0.05, 0.0), (0.05, 0.26), (0.04, 0.28), (0.0, 0.28)], 16)
    cup = s.cylinder(0.052, 0.07, (0.0, 0.27, 0.0), sections=16)
    band = s.torus(0.051, 0.006, (0.0, 0.05, 0.0), axis="y", sections=16)
    return [P([body, band]), P(cup, DARK_METAL, metallic=0.8, roughness=0.3)]


kind("thermos", "prop", (0.114, 0.34, 0.114), _thermos, (0.15, 0.4, 0.3), "thermos thermoses flask flasks "
     "vacuum_flask thermos_flask", "thermoskanne thermoskannen thermosflasche thermosflaschen", "f",
     metallic=0.4, roughness=0.4)


def _pretzel(s):
    # a knot of dough standing up, facing +z: the round belly below, two lobes above with the arms twisting
    # across the dip between them down onto the belly (lying flat, or as a full ring, it read as a wheel)
    def at(a):
        return 0.1 * math.cos(math.radians(a)), 0.1 + 0.085 * math.sin(math.radians(a))

    pts = [at(a) for a in range(120, 421, 15)]  # round from the left lobe's top, the belly, to the right one's
    belly = [s.cylinder_between((x0, y0, 0.0), (x1, y1, 0.0), 0.022, 8) for (x0, y0), (x1, y1) in zip(
        pts, pts[1:], strict=False)]
    (lx, ly), (rx, ry) = at(120), at(60)
    arms = [s.cylinder_between((lx, ly, 0.0), (0.05, 0.04, 0.012), 0.02, 8),
            s.cylinder_between((rx, ry, 0.0), (-0.05, 0.04, -0.012), 0.02, 8)]
    salt = [s.box((0.01, 0.01, 0.01), (x, y, 0.022)) for x, y in ((-0.08, 0.15), (0.08, 0.15), (0.0, 0.02),
                                                                  (0.095, 0.08), (-0.095, 0.07))]
    return [P([*belly, *arms]), P(salt, WHITE)]


kind("pretzel", "prop", (0.316, 0.259, 0.083), _pretzel, (0.55, 0.3, 0.1), "pretzel pretzels", "brezel brezeln "
     "breze brezen laugenbrezel", "f", roughness=0.6)


def _puck(s):
    return [P(s.cylinder(0.06, 0.05, sections=20))]


kind("puck", "prop", (0.156, 0.065, 0.156), _puck, BLACK, "puck pucks hockey_puck", "puck pucks eishockeypuck", "m",
     roughness=0.8)

