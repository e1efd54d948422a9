"""Built-in space and moon things: moon rocks and craters, a lander, a rocket on its pad, satellites and planets
(planets and stars are small models: scale them up for a sky)."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, GLASS, METAL, WHITE
from autark.assets.catalog._parts import _part as P

MOON_GREY = (0.62, 0.62, 0.6)
FOIL = (0.9, 0.7, 0.2)
SOLAR = (0.1, 0.15, 0.4)


def _moon_rock(s):
    (rock,) = s.fit([s.jitter(s.sphere(1.0, subdivisions=2), 0.25, 21)], (-0.4, 0.0, -0.35), (0.4, 0.5, 0.35))
    return [P(rock)]


kind("moon_rock", "nature", (0.8, 0.5, 0.7), _moon_rock, MOON_GREY, "moon_rock moon_rocks meteorite meteorites "
     "asteroid asteroids", "mondgestein mondstein meteorit meteoriten asteroid asteroiden", "m", roughness=0.95)


def _crater(s):
    rim = s.lathe([(0.0, 0.0), (2.0, 0.0), (1.6, 0.35), (1.3, 0.3), (0.9, 0.06), (0.0, 0.04)], 24)
    floor = s.cylinder(0.9, 0.05, sections=16)
    return [P(rim), P(floor, (0.5, 0.5, 0.49), roughness=1.0)]


kind("crater", "nature", (4.0, 0.35, 4.0), _crater, MOON_GREY, "crater craters", "krater", "m", roughness=1.0)


def _lander(s):
    body = s.box((1.6, 1.0, 1.6), (0, 1.5, 0))
    cabin = s.lathe([(0.9, 2.0), (0.8, 2.6), (0.4, 2.9), (0.0, 2.95)], 8)
    window = s.box((0.4, 0.3, 0.05), (0, 2.5, 0.78))
    legs = [s.cylinder_between((x * 0.7, 1.2, z * 0.7), (x * 1.6, 0.1, z * 1.6), 0.05, 6) for x in (-1, 1)
            for z in (-1, 1)]
    pads = [s.cylinder(0.25, 0.08, (x * 1.6, 0.0, z * 1.6), sections=10) for x in (-1, 1) for z in (-1, 1)]
    nozzle = s.cone(0.4, 0.4, (0, 0.6, 0), sections=12, top_radius=0.2)
    ladder = s.box((0.3, 0.9, 0.05), (0, 0.9, 1.0))
    return [P(body, FOIL, metallic=1.0, roughness=0.35), P(cabin), P(window, GLASS, roughness=0.05),
            P([*legs, *pads, ladder], METAL, metallic=1.0), P(nozzle, DARK_METAL)]


kind("lunar_lander", "vehicle", (3.7, 2.95, 3.7), _lander, (0.8, 0.8, 0.78), "lunar_lander lander lunar_module "
     "moon_lander", "mondlandefähre mondfähre landefähre", "f", roughness=0.5, metallic=0.6)


def _rocket(s):
    body = s.lathe([(0.0, 1.0), (0.7, 1.0), (0.7, 9.0), (0.55, 10.5), (0.0, 12.0)], 16)
    nozzle = s.cone(0.65, 1.0, sections=12, top_radius=0.4)
    fins = [s.rotated(s.prism([(0.6, 1.0), (1.5, 0.0), (1.5, 0.6), (0.6, 3.0)], -0.05, 0.05), a, (0, 1, 0))
            for a in (0, 90, 180, 270)]
    band = s.lathe([(0.72, 7.0), (0.72, 7.6)], 16)
    window = s.translated(s.rotated(s.cylinder(0.22, 0.05, (0, -0.025, 0), sections=12), 90, (1, 0, 0)),
                          (0, 8.3, 0.68))
    return [P(body), P(fins, (0.85, 0.15, 0.1)), P(band, (0.85, 0.15, 0.1)), P(nozzle, DARK_METAL, metallic=1.0),
            P(window, (0.3, 0.6, 0.9), roughness=0.05)]


kind("rocket", "vehicle", (3.0, 12.0, 3.0), _rocket, WHITE, "rocket rockets space_rocket",
     "rakete raketen weltraumrakete", "f", roughness=0.4)


def _launch_pad(s):
    pad = s.box((8.0, 0.6, 8.0), (0, 0.3, 0))
    hole = s.cylinder(1.2, 0.005, (0, 0.6, 0), sections=16)  # a painted ring: things stand on the pad
    tower = [s.box((0.15, 14.0, 0.15), (x, 7.6, z)) for x in (2.4, 3.6) for z in (-0.6, 0.6)]
    braces = [s.box((1.35, 0.12, 1.35), (3.0, y, 0)) for y in (2.0, 5.0, 8.0, 11.0, 14.0)]
    arm = s.box((1.6, 0.3, 0.3), (1.8, 11.0, 0))
    stripes = [s.box((8.0, 0.01, 0.3), (0, 0.605, z)) for z in (-3.5, 3.5)]
    return [P([pad]), P(hole, BLACK), P([*tower, *braces, arm], (0.8, 0.2, 0.12), metallic=0.6),
            P(stripes, (0.95, 0.8, 0.1))]


kind("launch_pad", "architecture", (8.0, 14.6, 8.0), _launch_pad, (0.55, 0.55, 0.55), "launch_pad launch_pads "
     "launchpad launch_tower", "startrampe startrampen startplatz", "f", tops=((0.6, (-2.0, -3.9), (1.0, 3.9)),),
     roughness=0.9)


def _flag(s):
    pole = s.cylinder(0.025, 2.5, sections=8)
    cloth = s.box((1.0, 0.65, 0.02), (0.52, 2.1, 0))
    knob = s.sphere(0.04, (0, 2.52, 0), subdivisions=1)
    return [P(cloth, roughness=0.9), P([pole, knob], METAL, metallic=1.0, roughness=0.3)]


kind("flag", "prop", (1.06, 2.56, 0.08), _flag, (0.8, 0.15, 0.15), "flag flags pennant",
     "flagge flaggen fahne fahnen", "f", roughness=0.9)


def _satellite(s):
    body = s.box((0.8, 0.8, 0.8), (0, 1.0, 0))
    panels = [s.box((2.0, 0.03, 0.7), (x * 1.5, 1.0, 0)) for x in (-1, 1)]
    arms = s.cylinder_between((-0.6, 1.0, 0), (0.6, 1.0, 0), 0.03, 6)
    dish = s.cone(0.5, 0.25, (0, 1.4, 0), sections=12, top_radius=0.05)
    antenna = s.cylinder(0.015, 0.6, (0, 1.4, 0), sections=6)
    stand = s.cylinder(0.05, 0.6, sections=6)
    return [P(body, FOIL, metallic=1.0, roughness=0.35), P(panels, SOLAR, metallic=0.6, roughness=0.2),
            P([arms, dish, antenna, stand])]


kind("satellite", "vehicle", (5.0, 2.0, 1.0), _satellite, (0.85, 0.85, 0.85), "satellite satellites space_probe",
     "satellit satelliten raumsonde", "m", roughness=0.4, metallic=0.6, floating=True)


def _planet(s):
    body = s.sphere(1.0, (0, 1.0, 0), subdivisions=3)
    bands = [s.torus(1.0 * (1 - (y / 1.0) ** 2) ** 0.5, 0.05, (0, 1.0 + y, 0), axis="y", sections=24)
             for y in (-0.5, 0.1, 0.6)]
    return [P(body), P(bands, (0.6, 0.35, 0.25), roughness=0.9)]


kind("planet", "nature", (2.0, 2.0, 2.0), _planet, (0.85, 0.6, 0.4), "planet planets jupiter",
     "planet planeten jupiter", "m", roughness=0.8, floating=True)


def _ringed_planet(s):
    body = s.sphere(1.0, (0, 1.0, 0), subdivisions=3)
    ring = s.rotated(s.scaled(s.torus(1.8, 0.25, (0, 0, 0), axis="y", sections=32), (1, 0.08, 1)), 20, (0, 0, 1))
    return [P(body), P(s.translated(ring, (0, 1.0, 0)), (0.85, 0.75, 0.55), roughness=0.6)]


kind("ringed_planet", "nature", (4.01, 2.0, 4.1), _ringed_planet, (0.9, 0.78, 0.5), "ringed_planet saturn",
     "ringplanet saturn", "m", roughness=0.7, floating=True)


def _space_helmet(s):
    shell = s.sphere(0.17, (0, 0.2, 0))
    visor = s.scaled(s.sphere(0.14, (0, 0.0, 0)), (1.0, 0.8, 0.6))
    visor = s.translated(visor, (0, 0.22, 0.09))
    collar = s.cylinder(0.15, 0.06, sections=16)
    return [P([shell, collar]), P(visor, FOIL, metallic=1.0, roughness=0.05)]


kind("space_helmet", "prop", (0.34, 0.37, 0.34), _space_helmet, WHITE, "space_helmet space_helmets astronaut_helmet",
     "raumhelm astronautenhelm", "m", roughness=0.4)


def _rover(s):
    deck = s.box((1.4, 0.12, 2.4), (0, 0.55, 0))
    wheels = [s.torus(0.25, 0.1, (x, 0.35, z), axis="x", sections=12) for x in (-0.8, 0.8) for z in (-0.85, 0.85)]
    seats = [s.box((0.45, 0.45, 0.08), (x, 0.85, -0.2)) for x in (-0.3, 0.3)]
    dish = s.cone(0.35, 0.15, (0.2, 1.3, 0.8), sections=12, top_radius=0.03)
    mast = s.cylinder(0.02, 0.7, (0.2, 0.6, 0.8), sections=6)
    return [P([deck, *seats]), P(wheels, DARK_METAL, roughness=0.8), P([dish, mast], WHITE)]


kind("moon_rover", "vehicle", (1.8, 1.45, 2.55), _rover, (0.75, 0.7, 0.55), "rover rovers moon_rover moon_buggy "
     "mars_rover", "mondauto mondfahrzeug rover", "m", roughness=0.5, metallic=0.5)


def _telescope(s):
    legs = [s.cylinder_between((0, 1.1, 0), (x * 0.45, 0.0, z * 0.45), 0.02, 6)
            for x, z in ((1, 0), (-0.5, 0.87), (-0.5, -0.87))]
    tube = s.cylinder_between((0, 1.0, -0.55), (0, 1.55, 0.6), 0.09, 12)
    lens = s.cylinder_between((0, 1.55, 0.6), (0, 1.57, 0.64), 0.1, 12)
    eyepiece = s.cylinder_between((0, 1.05, -0.5), (0, 1.1, -0.7), 0.025, 8)
    return [P(tube), P([*legs, eyepiece], DARK_METAL, metallic=0.8), P(lens, (0.2, 0.4, 0.7), roughness=0.05)]


kind("telescope", "prop", (0.675, 1.67, 1.34), _telescope, WHITE, "telescope telescopes",
     "teleskop teleskope fernrohr", "n", roughness=0.4)


def _star(s):
    pts = []
    for i in range(10):
        r = 0.5 if i % 2 == 0 else 0.2
        a = math.pi / 2 + i * math.pi / 5
        pts.append((r * math.cos(a), 0.5 + r * math.sin(a)))
    star = [s.prism([(0.0, 0.5), pts[i], pts[i + 1] if i + 1 < 10 else pts[0]], -0.08, 0.08) for i in range(10)]
    return [P(star, emissive=1.5)]


kind("star", "light", (0.951, 0.905, 0.16), _star, (1.0, 0.85, 0.3), "star stars", "stern sterne", "m",
     roughness=0.4, floating=True)


def _solar_panel(s):
    panel = s.rotated(s.box((2.0, 0.05, 1.2), (0, 1.0, 0)), 30, (1, 0, 0), (0, 1.0, 0))
    grid = [s.rotated(s.box((0.02, 0.06, 1.2), (x, 1.0, 0)), 30, (1, 0, 0), (0, 1.0, 0)) for x in (-0.5, 0.0, 0.5)]
    post = s.cylinder(0.06, 1.0, sections=8)
    return [P(panel), P(grid, METAL, metallic=1.0), P(post, DARK_METAL, metallic=0.6)]


kind("solar_panel", "architecture", (2.0, 1.33, 1.06), _solar_panel, SOLAR, "solar_panel solar_panels",
     "solarpanel solarzelle sonnenkollektor", "n", roughness=0.15, metallic=0.5)


def _radar_dish(s):
    base = s.box((0.8, 1.5, 0.8), (0, 0.75, 0))
    dish = s.rotated(s.lathe([(0.0, 0.0), (1.5, 0.5), (1.45, 0.55), (0.0, 0.08)], 20), -40, (1, 0, 0))
    dish = s.translated(dish, (0, 2.0, 0))
    mast = s.cylinder(0.1, 0.6, (0, 1.5, 0), sections=8)
    feed = s.cylinder_between((0, 2.0, 0), (0, 2.8, 0.7), 0.03, 6)
    return [P(dish), P([base, mast], (0.6, 0.6, 0.62)), P(feed, DARK_METAL)]


kind("radar_dish", "architecture", (3.0, 3.35, 2.3), _radar_dish, WHITE, "radar_dish radar antenna",
     "radarschüssel radar antenne parabolantenne", "f", roughness=0.4)
