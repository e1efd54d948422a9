"""Hand things the other catalogue modules lacked and ideas name (a cook's whisk and ladle, a waiter's tray, a
smith's horseshoe and pliers, a nurse's syringe and thermometer, a detective's magnifying glass): before them the
nearest known word played them, often a thing of another shape and use (a broom for a whisk, a ball for a
horseshoe, a first-aid kit for a syringe). Sized a little over life so a wide shot sees them in the hand; like
the other hand tools they lie on their side, handle along x, the working end at +x."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, DARK_WOOD, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

RED = (0.8, 0.12, 0.1)
STEEL = (0.75, 0.76, 0.78)


def _whisk(s):
    handle = s.cylinder_between((-0.16, 0.035, 0.0), (0.0, 0.035, 0.0), 0.014, 8)
    # wire loops turned about the handle's axis, bulging out past its end: the balloon of a whisk
    wires = []
    for a in (0, 45, 90, 135):
        ring = s.scaled(s.torus(0.075, 0.006, (0.0, 0.0, 0.0), axis="z", sections=16), (1.0, 0.42, 1.0))
        wires.append(s.translated(s.rotated(ring, a, (1, 0, 0)), (0.075, 0.035, 0.0)))
    return [P(handle, RED, roughness=0.5), P(wires, metallic=1.0, roughness=0.3)]


kind("whisk", "prop", (0.376, 0.079, 0.079), _whisk, STEEL, "whisk whisks eggbeater eggbeaters egg_whisk",
     "schneebesen rührbesen", "m", metallic=0.8, roughness=0.3)


def _ladle(s):
    handle = s.cylinder_between((-0.22, 0.07, 0.0), (0.06, 0.03, 0.0), 0.008, 8)
    bowl = s.lathe([(0.0, 0.0), (0.05, 0.01), (0.07, 0.04), (0.066, 0.045), (0.046, 0.014), (0.0, 0.006)], 16,
                   (0.11, 0.0, 0.0))
    return [P([handle, bowl])]


kind("ladle", "prop", (0.401, 0.078, 0.14), _ladle, STEEL, "ladle ladles soup_ladle", "schöpflöffel kelle "
     "kellen suppenkelle schöpfkelle", "f", metallic=0.9, roughness=0.3)


def _tray(s):
    base = s.box((0.5, 0.012, 0.34), (0.0, 0.006, 0.0))
    rims = [s.box((0.5, 0.03, 0.012), (0.0, 0.015, z)) for z in (-0.164, 0.164)]
    rims += [s.box((0.012, 0.03, 0.34), (x, 0.015, 0.0)) for x in (-0.244, 0.244)]
    return [P([base, *rims])]


kind("tray", "prop", (0.5, 0.03, 0.34), _tray, (0.72, 0.72, 0.74), "tray trays serving_tray platter platters",
     "tablett tabletts servierbrett", "n", metallic=0.7, roughness=0.35)


def _pliers(s):
    grips = [s.cylinder_between((-0.16, 0.012, z0), (-0.01, 0.012, z1), 0.011, 8) for z0, z1 in ((-0.035, -0.008),
                                                                                                   (0.035, 0.008))]
    jaws = s.prism([(-0.01, -0.012), (0.09, -0.004), (0.09, 0.004), (-0.01, 0.012)], 0.0, 0.024)
    jaws = s.rotated(jaws, -90, (1, 0, 0))
    pivot = s.cylinder(0.016, 0.026, (0.0, -0.001, 0.0), sections=10)
    return [P(grips, RED, roughness=0.5), P([jaws, pivot])]


kind("pliers", "prop", (0.328, 0.034, 0.12), _pliers, DARK_METAL, "pliers pincers tongs", "zange zangen "
     "kneifzange kombizange beißzange", "f", metallic=0.9, roughness=0.35)


def _magnifying_glass(s):
    handle = s.cylinder_between((-0.2, 0.012, 0.0), (-0.07, 0.012, 0.0), 0.013, 8)
    rim = s.torus(0.06, 0.008, (0.0, 0.012, 0.0), axis="y", sections=24)
    lens = s.cylinder(0.058, 0.006, (0.0, 0.009, 0.0), sections=24)
    return [P(handle, DARK_WOOD, roughness=0.5), P(rim, metallic=1.0, roughness=0.3),
            P(lens, (0.65, 0.8, 0.9), roughness=0.05, opacity=0.55)]


kind("magnifying_glass", "prop", (0.348, 0.034, 0.177), _magnifying_glass, (0.8, 0.62, 0.25),
     "magnifying_glass magnifying_glasses magnifier magnifiers loupe", "lupe lupen vergrößerungsglas", "f",
     metallic=0.6, roughness=0.3)


def _syringe(s):
    barrel = s.cylinder_between((-0.06, 0.02, 0.0), (0.08, 0.02, 0.0), 0.02, 12)
    liquid = s.cylinder_between((0.0, 0.02, 0.0), (0.078, 0.02, 0.0), 0.016, 12)
    plunger = s.cylinder_between((-0.13, 0.02, 0.0), (-0.06, 0.02, 0.0), 0.006, 6)
    thumb = s.cylinder_between((-0.14, 0.02, 0.0), (-0.13, 0.02, 0.0), 0.018, 10)
    flange = s.box((0.006, 0.012, 0.07), (-0.058, 0.02, 0.0))
    needle = s.cylinder_between((0.08, 0.02, 0.0), (0.15, 0.02, 0.0), 0.0025, 6)
    return [P(barrel, (0.85, 0.9, 0.95), roughness=0.1, opacity=0.6), P(liquid, (0.3, 0.55, 0.95)),
            P([plunger, thumb, flange]), P(needle, STEEL, metallic=1.0, roughness=0.2)]


kind("syringe", "prop", (0.348, 0.048, 0.084), _syringe, WHITE, "syringe syringes hypodermic injection_needle",
     "spritze spritzen injektionsspritze", "f", roughness=0.3)


def _thermometer(s):
    tube = s.cylinder_between((-0.1, 0.012, 0.0), (0.1, 0.012, 0.0), 0.011, 10)
    bulb = s.sphere(0.016, (0.105, 0.016, 0.0), subdivisions=1)
    red = s.cylinder_between((-0.04, 0.012, 0.0), (0.1, 0.012, 0.0), 0.005, 6)
    scale = [s.box((0.002, 0.004, 0.016), (x, 0.022, 0.0)) for x in (-0.08, -0.06, -0.04, -0.02, 0.0, 0.02, 0.04)]
    return [P(tube, roughness=0.1, opacity=0.7), P([bulb, red], RED, emissive=0.2),
            P(scale, BLACK)]


kind("thermometer", "prop", (0.309, 0.045, 0.045), _thermometer, WHITE, "thermometer thermometers",
     "thermometer fieberthermometer", "n", roughness=0.2)


def _horseshoe(s):
    # the U lies flat, toe toward +z, heels toward -z (points written as (x, -z): the prism is turned up onto
    # the ground); nail holes along its rim
    outer = [(0.06, -0.07), *((0.065 * math.cos(math.radians(a)), 0.065 * math.sin(math.radians(a)))
                              for a in range(0, 181, 15)), (-0.06, -0.07)]
    inner = [(0.6 * x, z if z < 0 else 0.6 * z) for x, z in outer]
    shoe = s.rotated(s.prism([(x, -z) for x, z in [*outer, *reversed(inner)]], 0.0, 0.016), -90, (1, 0, 0))
    holes = [s.box((0.008, 0.002, 0.008), (0.052 * math.cos(math.radians(a)), 0.016,
                                              0.052 * math.sin(math.radians(a)))) for a in (15, 55, 125, 165)]
    return [P(shoe), P(holes, BLACK)]


kind("horseshoe", "prop", (0.208, 0.027, 0.216), _horseshoe, (0.45, 0.45, 0.48), "horseshoe horseshoes", "hufeisen",
     "n", metallic=0.9, roughness=0.45)


def _yarn(s):
    ball = s.sphere(0.07, (0.0, 0.07, 0.0), subdivisions=2)
    return ball, [s.torus(0.071, 0.006, (0.0, 0.07, 0.0), axis=ax, sections=20) for ax in ("x", "z")]


def _ball_of_yarn(s):
    ball, bands = _yarn(s)
    return [P([ball, *bands], roughness=0.95)]


# A ball of wool on its own: what a cat plays with (the knitting set's needles would be a hazard in its paws)
kind("ball_of_yarn", "prop", (0.142, 0.14, 0.142), _ball_of_yarn, (0.75, 0.2, 0.35), "ball_of_yarn "
     "ball_of_wool yarn wool_ball", "wollknäuel knäuel strickwolle wolle", "n", roughness=0.95)


def _knitting(s):
    ball, bands = _yarn(s)
    needles = [s.cylinder_between((-0.15, 0.03, z), (0.16, 0.13 + z, z * 2), 0.004, 6) for z in (-0.015, 0.015)]
    knobs = [s.sphere(0.009, (-0.15, 0.03, z), subdivisions=1) for z in (-0.015, 0.015)]
    return [P([ball, *bands], roughness=0.95), P(needles, STEEL, metallic=1.0),
            P(knobs, (0.95, 0.8, 0.2))]


kind("knitting_needles", "prop", (0.384, 0.186, 0.185), _knitting, (0.75, 0.2, 0.35), "knitting_needles "
     "knitting_needle", "stricknadeln stricknadel strickzeug", "f", roughness=0.9)


def _garden_hose(s):
    # a garden hose rolled up on the ground, its nozzle end lying out toward +x
    coils = [s.torus(0.2 - 0.03 * i, 0.018, (0.0, 0.018 + 0.032 * (i % 2), 0.0), axis="y", sections=24)
             for i in range(4)]
    tail = s.cylinder_between((0.19, 0.018, 0.0), (0.42, 0.018, 0.12), 0.018, 8)
    nozzle = s.cylinder_between((0.42, 0.018, 0.12), (0.5, 0.018, 0.15), 0.026, 8, radius1=0.016)
    return [P([*coils, tail]), P(nozzle, (0.85, 0.7, 0.2), metallic=0.8, roughness=0.3)]


kind("garden_hose", "prop", (0.724, 0.076, 0.436), _garden_hose, (0.2, 0.55, 0.25), "garden_hose hose hoses fire_hose hosepipe",
     "schlauch schläuche gartenschlauch wasserschlauch feuerwehrschlauch", "m", roughness=0.6)


def _nails(s):
    shanks = [s.cylinder_between((x, 0.006, z), (x + 0.1, 0.006, z + 0.01), 0.004, 6) for x, z in (
        (-0.08, -0.03), (-0.05, 0.0), (-0.07, 0.03))]
    heads = [s.cylinder_between((x - 0.004, 0.006, z), (x, 0.006, z), 0.009, 10) for x, z in (
        (-0.08, -0.03), (-0.05, 0.0), (-0.07, 0.03))]
    box = s.box((0.09, 0.05, 0.07), (-0.14, 0.025, 0.0))
    return [P([*shanks, *heads], metallic=1.0), P(box, (0.75, 0.55, 0.25), roughness=0.8)]


kind("nails", "prop", (0.305, 0.069, 0.108), _nails, STEEL, "nails nail screws", "nägel nagel schrauben",
     "m", metallic=0.7, roughness=0.4)


def _grindstone(s):
    wheel = s.cylinder_between((0.0, 0.55, -0.07), (0.0, 0.55, 0.07), 0.3, 24)
    legs = [s.box((0.06, 0.6, 0.06), (x, 0.3, z)) for x in (-0.3, 0.3) for z in (-0.14, 0.14)]
    rails = [s.box((0.7, 0.06, 0.06), (0.0, 0.55, z)) for z in (-0.14, 0.14)]
    axle = s.cylinder_between((0.0, 0.55, -0.24), (0.0, 0.55, 0.24), 0.02, 8)
    crank = [s.box((0.03, 0.18, 0.03), (0.0, 0.64, 0.25)), s.cylinder_between((0.0, 0.72, 0.25),
                                                                               (0.0, 0.72, 0.34), 0.018, 8)]
    trough = s.box((0.5, 0.14, 0.22), (0.0, 0.28, 0.0))
    return [P(wheel, roughness=0.95), P([*legs, *rails, trough], WOOD, roughness=0.8),
            P([axle, *crank], DARK_METAL, metallic=0.9)]


kind("grindstone", "furniture", (0.7, 0.85, 0.58), _grindstone, (0.62, 0.6, 0.55), "grindstone grindstones "
     "whetstone whetstones millstone", "schleifstein schleifsteine wetzstein", "m", roughness=0.9)



def _buttons(s):
    # a little heap of sewing buttons, each a flat disc with a rim, more lying about it
    heap = s.lathe([(0.0, 0.0), (0.09, 0.0), (0.05, 0.03), (0.0, 0.04)], 12)
    spots = [(0.0, 0.04, 0.0), (0.1, 0.0, 0.03), (-0.09, 0.0, 0.06), (0.05, 0.0, -0.1), (-0.06, 0.0, -0.08),
             (0.13, 0.0, -0.05), (-0.13, 0.0, -0.01), (0.02, 0.0, 0.12)]
    discs = [s.cylinder(0.022, 0.008, spot, sections=12) for spot in spots]
    rims = [s.cylinder(0.017, 0.011, spot, sections=12) for spot in spots]
    return [P([heap, *discs]), P(rims, roughness=0.3)]


kind("buttons", "prop", (0.3, 0.05, 0.26), _buttons, (0.9, 0.72, 0.25), "buttons button sewing_buttons",
     "knopf knöpfe", "m", roughness=0.35, metallic=0.6)
