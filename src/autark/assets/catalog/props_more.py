"""Common things ideas name that the other modules lacked: a bowl of soup, a honey jar, a market stall, a
long banquet table, a fishing rod, a fishing net and a sack (a thief's loot)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import WHITE
from autark.assets.catalog._parts import _part as P

SOUP = (0.85, 0.45, 0.12)
HONEY = (0.95, 0.62, 0.08)
WOOD = (0.5, 0.32, 0.16)
DARK_WOOD = (0.32, 0.2, 0.1)
CLOTH = (0.82, 0.78, 0.7)


def _soup(s):
    bowl = s.lathe([(0.0, 0.0), (0.045, 0.0), (0.07, 0.03), (0.085, 0.065), (0.08, 0.068), (0.0, 0.04)], 24)
    soup = s.cylinder(0.077, 0.006, (0, 0.056, 0), 24)
    bits = [s.sphere(0.008, (x, 0.063, z), subdivisions=1) for x, z in ((0.03, 0.01), (-0.025, 0.03), (0.0, -0.035))]
    return [P(bowl, WHITE, roughness=0.3), P(soup, roughness=0.35), P(bits, (0.3, 0.55, 0.15))]


kind("soup", "prop", (0.17, 0.07, 0.17), _soup, SOUP, "soup soups bowl_of_soup stew broth",
     "suppe suppen eintopf brühe", "f", roughness=0.35)


def _honey_jar(s):
    jar = s.lathe([(0.0, 0.0), (0.05, 0.0), (0.055, 0.02), (0.055, 0.1), (0.04, 0.115), (0.0, 0.115)], 20)
    lid = s.cylinder(0.045, 0.025, (0, 0.113, 0), 20)
    cloth = s.lathe([(0.0, 0.105), (0.05, 0.105), (0.065, 0.11), (0.06, 0.13), (0.0, 0.14)], 12)
    label = s.box((0.06, 0.04, 0.004), (0, 0.06, 0.055))
    return [P(jar, roughness=0.15), P(lid, (0.75, 0.6, 0.3), roughness=0.5), P(cloth, (0.85, 0.2, 0.15)),
            P(label, CLOTH, roughness=0.8)]


kind("honey_jar", "prop", (0.13, 0.14, 0.13), _honey_jar, HONEY, "honey honey_jar honeypot honey_pot",
     "honig honigglas honigtopf", "m", roughness=0.15)


def _market_stall(s):
    counter = s.box((1.8, 0.9, 0.7), (0, 0.45, 0))
    top = s.box((1.9, 0.05, 0.8), (0, 0.925, 0))
    posts = [s.cylinder_between((x, 0.9, z), (x, 2.2, z), 0.03, 8) for x in (-0.9, 0.9) for z in (-0.35, 0.35)]
    roof = s.rotated(s.box((2.1, 0.04, 1.1), (0, 2.25, 0.05)), -12, (1, 0, 0), (0, 2.25, 0))
    stripes = [s.rotated(s.box((0.3, 0.045, 1.11), (x, 2.25, 0.05)), -12, (1, 0, 0), (0, 2.25, 0))
               for x in (-0.75, -0.15, 0.45)]
    goods = [s.sphere(0.07, (x, 1.13, z), subdivisions=1) for x in (-0.6, -0.45, 0.3, 0.45) for z in (-0.1, 0.1)]
    crates = [s.box((0.4, 0.12, 0.3), (x, 1.01, 0)) for x in (-0.5, 0.4)]
    return [P([counter, top, *posts], WOOD), P(roof, WHITE), P(stripes), P(crates, DARK_WOOD),
            P(goods[:4], (0.85, 0.15, 0.1), roughness=0.4), P(goods[4:], (0.95, 0.7, 0.1), roughness=0.4)]


kind("market_stall", "furniture", (2.1, 2.4, 1.1), _market_stall, (0.2, 0.45, 0.75),
     "market_stall market_stalls booth booths market_booth vendor_stall", "marktstand marktstände bude buden", "m",
     tops=((0.95, (-0.9, -0.35), (0.9, 0.35)),), roughness=0.8)


def _long_table(s):
    top = s.box((3.6, 0.06, 1.0), (0, 0.75, 0))
    legs = [s.box((0.1, 0.72, 0.1), (x, 0.36, z)) for x in (-1.65, 0.0, 1.65) for z in (-0.4, 0.4)]
    cloth = s.box((3.64, 0.02, 1.04), (0, 0.79, 0))
    runner = s.box((3.4, 0.025, 0.3), (0, 0.795, 0))
    return [P([top, *legs]), P(cloth, CLOTH, roughness=0.9), P(runner, (0.6, 0.08, 0.1))]


kind("long_table", "furniture", (3.64, 0.81, 1.04), _long_table, DARK_WOOD,
     "long_table banquet_table feast_table dining_table", "festtafel esstafel tafelrunde", "f",
     tops=((0.81, (-1.75, -0.45), (1.75, 0.45)),), roughness=0.7)


def _fishing_rod(s):
    rod = s.cylinder_between((0, 0.0, 0), (0, 1.8, 0.25), 0.012, 6, radius1=0.004)
    grip = s.cylinder_between((0, 0.0, 0), (0, 0.35, 0.05), 0.018, 8)
    reel = s.cylinder_between((-0.05, 0.3, 0.04), (0.0, 0.3, 0.04), 0.035, 10)
    line = s.cylinder_between((0, 1.8, 0.25), (0, 0.9, 0.3), 0.002, 4)
    return [P(rod), P(grip, DARK_WOOD), P(reel, (0.6, 0.6, 0.62), metallic=0.6), P(line, WHITE)]


kind("fishing_rod", "prop", (0.07, 1.8, 0.32), _fishing_rod, (0.2, 0.25, 0.3),
     "fishing_rod rod fishing_pole rods", "angel angelrute angelruten", "f", roughness=0.5)


def _sack(s):
    body = s.lathe([(0.0, 0.0), (0.2, 0.02), (0.24, 0.18), (0.2, 0.38), (0.07, 0.46), (0.0, 0.46)], 14)
    neck = s.cylinder(0.05, 0.08, (0, 0.44, 0), 10)
    tie = s.torus(0.055, 0.012, (0, 0.47, 0), axis="y")
    return [P(body), P(neck), P(tie, (0.35, 0.2, 0.1))]


kind("sack", "prop", (0.48, 0.53, 0.48), _sack, (0.62, 0.52, 0.36), "sack sacks loot bag_of_loot",
     "sack säcke beute beutel", "m", roughness=0.95)


def _net(s):
    frame = s.torus(0.25, 0.012, (0, 1.0, 0), axis="y")
    handle = s.cylinder_between((0, 0.0, 0.0), (0, 1.0, -0.25), 0.015, 8)
    mesh = s.lathe([(0.0, 0.7), (0.12, 0.72), (0.22, 0.85), (0.25, 1.0), (0.0, 1.0)], 16)
    return [P(frame, (0.6, 0.6, 0.62), metallic=0.5), P(handle, WOOD), P(mesh, roughness=0.9)]


kind("fishing_net", "prop", (0.53, 1.02, 0.53), _net, (0.85, 0.85, 0.8), "fishing_net fishing_nets butterfly_net landing_net",
     "fischernetz fischernetze kescher", "n", roughness=0.9)
