"""Built-in classroom and study things: a blackboard, pupils' desks, a globe, maps and a microscope."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, CREAM, DARK_METAL, DARK_WOOD, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

CHALK_GREEN = (0.12, 0.25, 0.18)
SEA = (0.2, 0.45, 0.8)
LAND = (0.3, 0.65, 0.3)


def _blackboard(s):
    board = s.box((3.0, 1.2, 0.04), (0, 1.5, 0))
    frame = [s.box((3.1, 0.06, 0.06), (0, y, 0.01)) for y in (0.9, 2.1)] + [s.box((0.06, 1.26, 0.06), (x, 1.5, 0.01))
                                                                           for x in (-1.52, 1.52)]
    tray = s.box((3.0, 0.03, 0.1), (0, 0.88, 0.06))
    writing = [s.box((w, 0.03, 0.01), (-1.0 + w / 2, 1.9 - i * 0.15, 0.025))
               for i, w in enumerate((1.2, 0.8, 1.5, 0.6))]
    sum_ = [s.box((0.25, 0.03, 0.01), (0.8, 1.4, 0.025)), s.box((0.03, 0.25, 0.01), (0.8, 1.4, 0.025)),
            s.box((0.25, 0.03, 0.01), (1.2, 1.44, 0.025)), s.box((0.25, 0.03, 0.01), (1.2, 1.36, 0.025))]
    legs = [s.box((0.06, 0.9, 0.06), (x, 0.45, 0.0)) for x in (-1.4, 1.4)]
    return [P(board), P([*frame, tray, *legs], WOOD), P([*writing, *sum_], (0.95, 0.95, 0.92), roughness=1.0)]


kind("blackboard", "furniture", (3.1, 2.13, 0.14), _blackboard, CHALK_GREEN, "blackboard blackboards chalkboard "
     "board whiteboard", "tafel tafeln wandtafel schultafel", "f", roughness=0.95)


def _school_desk(s):
    top = s.box((0.7, 0.03, 0.5), (0, 0.72, 0))
    frame = [s.box((0.03, 0.72, 0.03), (x, 0.36, z)) for x in (-0.32, 0.32) for z in (-0.22, 0.22)]
    tray = s.box((0.64, 0.02, 0.4), (0, 0.6, -0.02))
    chair_seat = s.box((0.4, 0.03, 0.38), (0, 0.44, 0.5))
    chair_back = s.box((0.4, 0.3, 0.03), (0, 0.72, 0.7))
    chair_legs = [s.box((0.025, 0.44, 0.025), (x, 0.22, z)) for x in (-0.17, 0.17) for z in (0.33, 0.67)]
    chair_posts = [s.box((0.025, 0.3, 0.025), (x, 0.59, 0.7)) for x in (-0.17, 0.17)]
    return [P([top, chair_seat, chair_back]), P([*frame, tray, *chair_legs, *chair_posts], DARK_METAL, metallic=0.6)]


kind("school_desk", "furniture", (0.7, 0.87, 0.965), _school_desk, (0.85, 0.7, 0.45), "school_desk school_desks "
     "pupil_desk", "schulbank schulbänke schultisch", "f",
     tops=((0.735, (-0.34, -0.47), (0.34, 0.0)),),  # the chair in front: fitting centres the pair, the desk sits back
     roughness=0.7)


def _globe(s):
    stand = [s.cylinder(0.1, 0.02, sections=12), s.cylinder(0.012, 0.12, (0, 0.02, 0), sections=6)]
    ring = s.rotated(s.torus(0.16, 0.008, (0, 0.3, 0), axis="x", sections=20), 23, (0, 0, 1), (0, 0.3, 0))
    ball = s.sphere(0.15, (0, 0.3, 0))
    land = [s.ellipsoid((0.07, 0.08, 0.06), (x, y, z), subdivisions=1) for x, y, z in
            ((0.06, 0.34, 0.1), (-0.08, 0.28, 0.09), (0.02, 0.38, -0.12), (-0.1, 0.36, -0.06))]
    return [P(ball), P(land, LAND, roughness=0.8), P([*stand, ring], (0.7, 0.55, 0.3), metallic=0.7)]


kind("globe", "prop", (0.32, 0.46, 0.35), _globe, SEA, "globe globes earth_globe world_globe",
     "globus globen erdkugel", "m", roughness=0.5)


def _easel(s):
    legs = [s.cylinder_between((x, 0.0, 0.2), (x * 0.3, 1.7, 0.0), 0.02, 6) for x in (-0.35, 0.35)]
    back = s.cylinder_between((0, 0.0, -0.45), (0, 1.6, 0.0), 0.02, 6)
    ledge = s.box((0.7, 0.03, 0.08), (0, 0.7, 0.17))
    canvas = s.rotated(s.box((0.6, 0.75, 0.03), (0, 1.1, 0.15)), -6, (1, 0, 0), (0, 0.7, 0.15))
    picture = [s.rotated(s.ellipsoid((0.15, 0.1, 0.01), (-0.1, 1.2, 0.168)), -6, (1, 0, 0), (0, 0.7, 0.15)),
               s.rotated(s.box((0.5, 0.15, 0.01), (0, 0.85, 0.168)), -6, (1, 0, 0), (0, 0.7, 0.15))]
    return [P([*legs, back, ledge]), P(canvas, WHITE, roughness=0.9), P(picture, (0.3, 0.55, 0.85), roughness=0.9)]


kind("easel", "prop", (0.74, 1.7, 0.7), _easel, WOOD, "easel easels canvas", "staffelei staffeleien leinwand",
     "f", roughness=0.7)


def _backpack(s):
    body = s.box((0.3, 0.4, 0.16), (0, 0.22, 0))
    top = s.translated(s.rotated(s.cylinder(0.08, 0.3, (0, -0.15, 0), sections=10), 90, (0, 0, 1)), (0, 0.42, 0))
    pocket = s.box((0.22, 0.16, 0.06), (0, 0.14, 0.1))
    straps = [s.box((0.05, 0.38, 0.03), (x, 0.25, -0.09)) for x in (-0.08, 0.08)]
    return [P([body, top]), P([pocket, *straps], (0.2, 0.2, 0.25), roughness=0.8)]


kind("backpack", "prop", (0.3, 0.5, 0.24), _backpack, (0.85, 0.3, 0.15), "backpack backpacks rucksack schoolbag "
     "knapsack", "rucksack rucksäcke schulranzen ranzen schultasche", "m", roughness=0.8)


def _pencil(s):
    body = s.cylinder_between((-0.08, 0.004, 0), (0.07, 0.004, 0), 0.004, 6)
    tip = s.cylinder_between((0.07, 0.004, 0), (0.09, 0.004, 0), 0.004, 6, radius1=0.0005)
    eraser = s.cylinder_between((-0.095, 0.004, 0), (-0.08, 0.004, 0), 0.004, 6)
    return [P(body), P(tip, CREAM), P(eraser, (0.95, 0.55, 0.6))]


kind("pencil", "prop", (0.185, 0.007, 0.008), _pencil, (0.95, 0.8, 0.1), "pencil pencils pen pens crayon marker markers "
     "felt_pen felt_pens", "bleistift bleistifte stift stifte füller filzstift filzstifte buntstift buntstifte "
     "textmarker", "m", roughness=0.5)


def _microscope(s):
    base = s.box((0.16, 0.03, 0.2), (0, 0.015, 0))
    arm = s.cylinder_between((0, 0.03, -0.07), (0, 0.3, -0.05), 0.022, 8)
    stage = s.box((0.14, 0.015, 0.12), (0, 0.13, 0.02))
    tube = s.cylinder_between((0, 0.17, 0.03), (0, 0.34, -0.02), 0.025, 10)
    eye = s.cylinder_between((0, 0.34, -0.02), (0, 0.38, -0.04), 0.015, 8)
    objective = s.cylinder(0.012, 0.03, (0, 0.145, 0.03), sections=8)
    return [P([arm, tube, eye]), P([base, stage, objective], BLACK, roughness=0.4)]


kind("microscope", "prop", (0.16, 0.385, 0.2), _microscope, WHITE, "microscope microscopes", "mikroskop "
     "mikroskope", "n", roughness=0.3)


def _abacus(s):
    frame = [s.box((0.4, 0.03, 0.04), (0, y, 0)) for y in (0.015, 0.285)] + [s.box((0.03, 0.3, 0.04), (x, 0.15, 0))
                                                                            for x in (-0.185, 0.185)]
    rods = [s.cylinder_between((-0.17, y, 0), (0.17, y, 0), 0.003, 4) for y in (0.07, 0.12, 0.17, 0.22)]
    colours = ((0.9, 0.2, 0.2), (0.95, 0.75, 0.1), (0.2, 0.6, 0.9), (0.3, 0.7, 0.3))
    beads = [[s.ellipsoid((0.012, 0.016, 0.016), (-0.14 + k * 0.026 + (0.12 if k > 2 + i % 3 else 0), y, 0),
                          subdivisions=1) for k in range(6)] for i, y in enumerate((0.07, 0.12, 0.17, 0.22))]
    return [P(frame), P(rods, METAL), *(P(b, c, roughness=0.4) for b, c in zip(beads, colours, strict=True))]


kind("abacus", "prop", (0.4, 0.3, 0.04), _abacus, WOOD, "abacus abacuses", "abakus rechenschieber rechenrahmen",
     "m", roughness=0.6)


def _map(s):
    paper = s.box((1.6, 1.0, 0.02), (0, 0.6, 0))
    rods = [s.cylinder_between((-0.85, y, 0), (0.85, y, 0), 0.02, 8) for y in (0.1, 1.1)]
    land = [s.ellipsoid((rx, ry, 0.008), (x, y, 0.012), subdivisions=1) for rx, ry, x, y in
            ((0.25, 0.2, -0.45, 0.75), (0.15, 0.25, -0.3, 0.4), (0.3, 0.22, 0.25, 0.75), (0.18, 0.2, 0.35, 0.4),
             (0.12, 0.08, 0.6, 0.25))]
    return [P(paper), P(rods, DARK_WOOD), P(land, (0.85, 0.75, 0.45), roughness=0.9)]


kind("map", "prop", (1.0, 0.61, 0.024), _map, (0.55, 0.75, 0.85), "map maps world_map treasure_map chart",
     "karte landkarte landkarten weltkarte schatzkarte", "f", roughness=0.9)


def _hourglass(s):
    plates = [s.cylinder(0.07, 0.02, (0, y, 0), sections=12) for y in (0.0, 0.26)]
    posts = [s.cylinder(0.008, 0.24, (x, 0.02, z), sections=6) for x, z in ((0.055, 0), (-0.028, 0.048),
                                                                           (-0.028, -0.048))]
    glass = s.lathe([(0.0, 0.02), (0.045, 0.025), (0.045, 0.08), (0.006, 0.14), (0.045, 0.2), (0.045, 0.255),
                     (0.0, 0.26)], 12)
    sand = s.cone(0.04, 0.05, (0, 0.025, 0), sections=12)
    return [P([*plates, *posts]), P(glass, (0.85, 0.9, 0.95), opacity=0.4, roughness=0.05),
            P(sand, (0.9, 0.75, 0.45))]


kind("hourglass", "prop", (0.14, 0.28, 0.14), _hourglass, DARK_WOOD, "hourglass hourglasses sandglass",
     "sanduhr sanduhren stundenglas", "f", roughness=0.5)


def _lectern(s):
    post = s.box((0.3, 1.0, 0.3), (0, 0.5, 0))
    top = s.rotated(s.box((0.6, 0.04, 0.45), (0, 1.08, 0)), 20, (1, 0, 0), (0, 1.05, 0))
    base = s.box((0.5, 0.05, 0.45), (0, 0.025, 0))
    book = s.rotated(s.box((0.36, 0.03, 0.25), (0, 1.115, 0.02)), 20, (1, 0, 0), (0, 1.05, 0))
    return [P([post, top, base]), P(book, CREAM, roughness=0.9)]


kind("lectern", "furniture", (0.6, 1.22, 0.45), _lectern, DARK_WOOD, "lectern lecterns",
     "rednerpult lesepult", "n", roughness=0.6)
