"""Things of tales, nurseries and sports that ideas name and the catalogue lacked: a spinning wheel (had been a
bicycle, read from "Spinnrad"), a cradle, a pram (a cart), a rolling pin, a hammock, Tell's crossbow, a golf
club (a tennis racket, read from "Golfschläger"), ice skates, a life jacket, a megaphone, a light bulb (a pear,
read from "Glühbirne") and test tubes in their rack. Each stands as it would on the floor or a table, front
toward +Z, sized so a wide shot sees what it is."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, DARK_WOOD, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

ORANGE = (0.95, 0.45, 0.08)
GLASS_CLEAR = (0.85, 0.92, 0.95)


def _spinning_wheel(s):
    wheel = s.torus(0.35, 0.02, (0.0, 0.62, 0.0), axis="z", sections=28)
    spokes = [s.cylinder_between((0.0, 0.62, 0.0), (0.34 * math.cos(math.radians(a)), 0.62 + 0.34 * math.sin(
        math.radians(a)), 0.0), 0.008, 6) for a in range(0, 360, 45)]
    hub = s.cylinder_between((0.0, 0.62, -0.06), (0.0, 0.62, 0.06), 0.04, 10)
    bench = s.box((1.0, 0.06, 0.24), (0.15, 0.4, 0.0))
    legs = [s.cylinder_between((x, 0.4, z), (x * 1.1, 0.0, z * 1.3), 0.022, 6) for x, z in (
        (-0.3, 0.0), (0.55, -0.09), (0.55, 0.09))]
    posts = [s.box((0.04, 0.3, 0.04), (0.0, 0.55, z)) for z in (-0.08, 0.08)]
    spindle = s.cylinder_between((0.5, 0.62, 0.0), (0.72, 0.68, 0.0), 0.012, 6)
    wool = s.ellipsoid((0.06, 0.05, 0.05), (0.6, 0.66, 0.0))
    treadle = s.box((0.3, 0.02, 0.14), (-0.05, 0.05, 0.0))
    return [P([wheel, *spokes, hub]), P([bench, *legs, *posts, treadle, spindle], DARK_WOOD, roughness=0.8),
            P(wool, (0.92, 0.88, 0.78), roughness=1.0)]


kind("spinning_wheel", "furniture", (1.093, 0.993, 0.278), _spinning_wheel, WOOD, "spinning_wheel spinning_wheels",
     "spinnrad spinnräder", "n", roughness=0.7)


def _cradle(s):
    # a wooden cradle on two rockers, a hood at its head, a white blanket inside
    sides = [s.box((0.9, 0.3, 0.03), (0.0, 0.35, z)) for z in (-0.24, 0.24)]
    ends = [s.box((0.03, 0.36, 0.5), (x, 0.38, 0.0)) for x in (-0.45, 0.45)]
    bottom = s.box((0.9, 0.03, 0.5), (0.0, 0.21, 0.0))
    hood = s.box((0.25, 0.03, 0.5), (-0.33, 0.56, 0.0))
    rockers = []
    for x in (-0.4, 0.4):
        arc = [(x + 0.0, 0.2 - 0.2 * math.cos(math.radians(a)), 0.3 * math.sin(math.radians(a)))
               for a in range(-60, 61, 20)]
        rockers += [s.cylinder_between(p, q, 0.02, 6) for p, q in zip(arc, arc[1:], strict=False)]
    blanket = s.box((0.7, 0.06, 0.42), (0.05, 0.25, 0.0))
    return [P([*sides, *ends, bottom, hood]), P(rockers, DARK_WOOD), P(blanket, WHITE, roughness=1.0)]


kind("cradle", "furniture", (0.93, 0.593, 0.544), _cradle, WOOD, "cradle cradles crib cribs",
     "wiege wiegen babywiege", "f", roughness=0.7)


def _pram(s):
    body = s.box((0.7, 0.35, 0.45), (0.0, 0.55, 0.0))
    hood = s.ellipsoid((0.2, 0.22, 0.23), (-0.2, 0.72, 0.0))
    wheels = [s.torus(0.14, 0.025, (x, 0.16, z), axis="z", sections=16) for x in (-0.25, 0.25) for z in (-0.22, 0.22)]
    frame = [s.cylinder_between((x, 0.16, z), (x * 0.6, 0.4, z), 0.012, 6) for x in (-0.25, 0.25)
             for z in (-0.22, 0.22)]
    handle = [s.cylinder_between((0.3, 0.65, z), (0.55, 1.0, z), 0.014, 6) for z in (-0.2, 0.2)]
    bar = s.cylinder_between((0.55, 1.0, -0.22), (0.55, 1.0, 0.22), 0.018, 8)
    return [P([body, hood]), P(wheels, BLACK, roughness=0.9), P([*frame, *handle, bar], METAL, metallic=1.0)]


kind("pram", "prop", (0.983, 1.023, 0.49), _pram, (0.25, 0.4, 0.65), "pram prams stroller strollers "
     "baby_carriage pushchair pushchairs baby_buggy", "kinderwagen buggy sportwagen", "m", roughness=0.6)


def _rolling_pin(s):
    roll = s.cylinder_between((-0.15, 0.035, 0.0), (0.15, 0.035, 0.0), 0.035, 14)
    grips = [s.cylinder_between((x, 0.035, 0.0), (x * 1.7, 0.035, 0.0), 0.016, 8) for x in (-0.15, 0.15)]
    return [P(roll), P(grips, DARK_WOOD)]


kind("rolling_pin", "prop", (0.51, 0.068, 0.07), _rolling_pin, (0.85, 0.7, 0.48), "rolling_pin rolling_pins",
     "nudelholz nudelhölzer teigrolle wellholz", "n", roughness=0.6)


def _hammock(s):
    posts = [s.cylinder(0.05, 1.5, (x, 0.0, 0.0), sections=8) for x in (-1.3, 1.3)]
    cloth = [s.box((0.25, 0.03, 0.8), (-1.0 + i * 0.25, 1.0 - 0.25 * math.sin(math.pi * (i + 0.5) / 9), 0.0))
             for i in range(9)]
    ropes = [s.cylinder_between((x, 1.35, 0.0), (x * 0.78, 1.0, z), 0.008, 4) for x in (-1.3, 1.3)
             for z in (-0.35, 0.35)]
    return [P(cloth), P(posts, DARK_WOOD), P(ropes, (0.85, 0.8, 0.65))]


kind("hammock", "furniture", (2.7, 1.5, 0.8), _hammock, (0.85, 0.3, 0.2), "hammock hammocks",
     "hängematte hängematten", "f", roughness=0.9)


def _crossbow(s):
    stock = s.box((0.6, 0.05, 0.05), (0.0, 0.025, 0.0))
    bow = [s.cylinder_between((0.27, 0.03, 0.0), (0.2, 0.03, z), 0.012, 6) for z in (-0.3, 0.3)]
    string = [s.cylinder_between((0.2, 0.03, z), (0.05, 0.03, 0.0), 0.003, 4) for z in (-0.3, 0.3)]
    bolt = s.cylinder_between((0.05, 0.06, 0.0), (0.34, 0.06, 0.0), 0.006, 6)
    grip = s.box((0.08, 0.1, 0.04), (-0.2, -0.02, 0.0))
    return [P([stock, grip]), P(bow, DARK_METAL, metallic=0.8), P(string, WHITE), P(bolt, (0.6, 0.2, 0.1))]


kind("crossbow", "prop", (0.64, 0.135, 0.605), _crossbow, WOOD, "crossbow crossbows", "armbrust armbrüste",
     "f", roughness=0.6)


def _golf_club(s):
    shaft = s.cylinder_between((-0.5, 0.03, 0.0), (0.42, 0.03, 0.0), 0.008, 6)
    grip = s.cylinder_between((-0.5, 0.03, 0.0), (-0.3, 0.03, 0.0), 0.014, 8)
    head = s.box((0.06, 0.06, 0.11), (0.45, 0.03, 0.03))
    return [P(shaft, METAL, metallic=1.0), P(grip, BLACK), P(head)]


kind("golf_club", "prop", (0.98, 0.06, 0.11), _golf_club, DARK_METAL, "golf_club golf_clubs putter putters",
     "golfschläger", "m", metallic=0.8, roughness=0.3)


def _ice_skates(s):
    # a pair side by side: a laced boot (foot and a tall round ankle) on two struts over a long steel blade that
    # curls up at the toe
    boots, laces, blades = [], [], []
    for z in (-0.07, 0.07):
        boots += [s.box((0.24, 0.08, 0.085), (0.0, 0.13, z)), s.cylinder(0.05, 0.19, (-0.07, 0.13, z), sections=12)]
        laces += [s.box((0.012, 0.005, 0.06), (x, 0.175, z)) for x in (0.02, 0.06, 0.1)]
        laces += [s.box((0.006, 0.012, 0.07), (-0.02, y, z)) for y in (0.22, 0.27)]
        blades += [s.box((0.32, 0.03, 0.008), (0.0, 0.03, z)), s.cylinder_between((0.16, 0.03, z), (0.18, 0.07, z),
                                                                                  0.008, 6),
                   *(s.box((0.025, 0.07, 0.02), (x, 0.075, z)) for x in (-0.08, 0.08))]
    return [P(boots), P(laces, BLACK), P(blades, METAL, metallic=1.0, roughness=0.2)]


kind("ice_skates", "prop", (0.346, 0.305, 0.24), _ice_skates, WHITE, "ice_skates ice_skate skates skate",
     "schlittschuhe schlittschuh", "m", roughness=0.5)


def _life_jacket(s):
    front = [s.box((0.17, 0.5, 0.1), (x, 0.3, 0.06)) for x in (-0.1, 0.1)]
    back = s.box((0.42, 0.55, 0.08), (0.0, 0.3, -0.06))
    collar = s.torus(0.12, 0.04, (0.0, 0.58, 0.0), axis="y", sections=14)
    straps = [s.box((0.44, 0.03, 0.24), (0.0, y, 0.0)) for y in (0.2, 0.38)]
    return [P([*front, back, collar]), P(straps, BLACK)]


kind("life_jacket", "prop", (0.44, 0.595, 0.312), _life_jacket, ORANGE, "life_jacket life_jackets life_vest "
     "lifejacket", "schwimmweste schwimmwesten rettungsweste", "f", roughness=0.7)


def _megaphone(s):
    horn = s.cylinder_between((-0.1, 0.1, 0.0), (0.2, 0.1, 0.0), 0.1, 16, radius1=0.035)
    mouth = s.cylinder_between((-0.16, 0.1, 0.0), (-0.1, 0.1, 0.0), 0.03, 10)
    grip = s.box((0.04, 0.1, 0.03), (-0.06, 0.02, 0.0))
    rim = s.torus(0.1, 0.01, (0.2, 0.1, 0.0), axis="x", sections=16)
    return [P([horn]), P([mouth, grip], BLACK), P(rim, WHITE)]


kind("megaphone", "prop", (0.37, 0.24, 0.22), _megaphone, (0.95, 0.8, 0.1), "megaphone megaphones bullhorn",
     "megafon megaphon flüstertüte", "n", roughness=0.5)


def _light_bulb(s):
    # as big as a hand prop: the invention held up in a wide shot
    glass = s.lathe([(0.0, 0.12), (0.05, 0.13), (0.1, 0.2), (0.11, 0.26), (0.09, 0.32), (0.0, 0.34)], 16)
    base = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.045, 0.03), (0.045, 0.13), (0.0, 0.13)], 12)
    filament = s.cylinder_between((-0.03, 0.22, 0.0), (0.03, 0.22, 0.0), 0.006, 4)
    return [P(glass, roughness=0.1, opacity=0.6, emissive=0.3), P(base, METAL, metallic=1.0),
            P(filament, (1.0, 0.7, 0.2), emissive=1.0)]


kind("light_bulb", "prop", (0.22, 0.34, 0.22), _light_bulb, (1.0, 0.95, 0.7), "light_bulb light_bulbs "
     "lightbulb lightbulbs", "glühbirne glühbirnen glühlampe", "f", roughness=0.1)


def _test_tubes(s):
    rack = [s.box((0.3, 0.02, 0.08), (0.0, y, 0.0)) for y in (0.02, 0.1)]
    feet = [s.box((0.02, 0.1, 0.08), (x, 0.05, 0.0)) for x in (-0.14, 0.14)]
    tubes = [s.cylinder(0.015, 0.2, (x, 0.0, 0.0), sections=10) for x in (-0.09, -0.03, 0.03, 0.09)]
    liquids = [s.cylinder(0.013, 0.08, (x, 0.01, 0.0), sections=10) for x in (-0.09, -0.03, 0.03, 0.09)]
    colours = ((0.2, 0.8, 0.3), (0.9, 0.2, 0.5), (0.2, 0.5, 0.95), (0.95, 0.75, 0.1))
    return [P([*rack, *feet], WOOD), P(tubes, roughness=0.05, opacity=0.5),
            *(P(m, c, emissive=0.3) for m, c in zip(liquids, colours, strict=True))]


kind("test_tubes", "prop", (0.3, 0.2, 0.08), _test_tubes, GLASS_CLEAR, "test_tubes test_tube", "reagenzglas "
     "reagenzgläser reagenzgläsern", "n", roughness=0.1)
