"""Built-in farm things: a barn, a tractor, hay, a windmill, a scarecrow, crops and a beehive."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BARK, BLACK, DARK_METAL, DARK_WOOD, LEAF, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

BARN_RED = (0.65, 0.12, 0.1)
HAY = (0.88, 0.75, 0.35)
STRAW = (0.85, 0.72, 0.4)


def _barn(s):
    walls = s.box((6.0, 4.0, 8.0), (0, 2.0, 0))
    gable = s.prism([(-3.0, 4.0), (3.0, 4.0), (0.0, 6.5)], -4.0, 4.0)
    roof = [s.rotated(s.box((3.6, 0.15, 8.4), (-1.6, 5.3, 0)), 40, (0, 0, 1), (-1.6, 5.3, 0)),
            s.rotated(s.box((3.6, 0.15, 8.4), (1.6, 5.3, 0)), -40, (0, 0, 1), (1.6, 5.3, 0))]
    doors = s.box((3.0, 3.2, 0.05), (0, 1.6, 4.02))
    cross = [s.rotated(s.box((0.15, 4.2, 0.03), (x, 1.6, 4.06)), a, (0, 0, 1), (x, 1.6, 4.06))
             for x, a in ((-0.75, 35), (-0.75, -35), (0.75, 35), (0.75, -35))]
    trim = [s.box((3.2, 0.15, 0.06), (0, 3.25, 4.05)), s.box((0.15, 3.2, 0.06), (0, 1.6, 4.05))]
    loft = s.box((1.0, 0.9, 0.05), (0, 5.0, 4.02))
    return [P([walls, gable]), P(roof, (0.35, 0.33, 0.3), roughness=0.8), P([doors, loft], (0.55, 0.1, 0.08)),
            P([*cross, *trim], WHITE)]


kind("barn", "architecture", (6.27, 6.51, 8.4), _barn, BARN_RED, "barn barns stable stables farmhouse",
     "scheune scheunen stall ställe", "f", roughness=0.85)


def _tractor(s):
    body = s.box((1.0, 0.8, 2.2), (0, 1.2, 0.3))
    cabin = s.box((1.3, 1.2, 1.2), (0, 2.2, -0.4))
    roof = s.box((1.45, 0.08, 1.35), (0, 2.84, -0.4))
    glass = s.box((1.32, 0.8, 1.0), (0, 2.3, -0.4))
    rear = [s.cylinder_between((x - 0.25, 0.8, -0.6), (x + 0.25, 0.8, -0.6), 0.8, 16) for x in (-0.9, 0.9)]
    front = [s.cylinder_between((x - 0.15, 0.45, 1.1), (x + 0.15, 0.45, 1.1), 0.45, 14) for x in (-0.65, 0.65)]
    hubs = [s.cylinder_between((x * 1.16, 0.8, -0.6), (x * 1.17, 0.8, -0.6), 0.4, 12) for x in (-1, 1)]
    pipe = s.cylinder(0.06, 1.2, (0.35, 1.6, 1.0), sections=6)
    return [P([body, cabin]), P(roof, WHITE), P(glass, (0.15, 0.2, 0.25), opacity=0.5, roughness=0.05),
            P([*rear, *front], BLACK, roughness=0.9), P(hubs, (0.95, 0.8, 0.15)), P(pipe, DARK_METAL)]


kind("tractor", "vehicle", (2.3, 2.88, 3.0), _tractor, (0.2, 0.55, 0.2), "tractor tractors", "traktor traktoren "
     "trecker", "m", roughness=0.5, metallic=0.4)


def _haystack(s):
    bales = [s.translated(s.rotated(s.cylinder(0.6, 1.2, (0, -0.6, 0), sections=14), 90, (0, 0, 1)), (x, 0.6, z))
             for x, z in ((-0.65, 0.0), (0.65, 0.0))]
    bales.append(s.translated(s.rotated(s.cylinder(0.6, 1.2, (0, -0.6, 0), sections=14), 90, (0, 0, 1)),
                              (0.0, 1.62, 0.0)))
    ends = [s.translated(s.rotated(s.cylinder(0.5, 0.01, (0, 0, 0), sections=14), 90, (0, 0, 1)), (x, y, 0.0))
            for x, y in ((-1.25, 0.6), (1.26, 0.6), (0.61, 1.62), (-0.61, 1.62))]
    return [P(bales), P(ends, (0.75, 0.6, 0.25))]


kind("haystack", "nature", (2.51, 2.22, 1.2), _haystack, HAY, "haystack haystacks hay hay_bale hay_bales straw",
     "heuhaufen heuballen heu stroh strohballen", "m", roughness=1.0)


def _windmill(s):
    tower = s.lathe([(0.0, 0.0), (2.0, 0.0), (1.3, 7.0), (0.0, 7.0)], 8)
    cap = s.cone(1.6, 1.6, (0, 7.0, 0), sections=8)
    hub = s.cylinder_between((0, 7.0, 1.2), (0, 7.0, 1.6), 0.25, 8)
    sails = [s.rotated(s.box((0.9, 4.2, 0.08), (0.3, 9.2, 1.5)), a, (0, 0, 1), (0, 7.0, 1.5)) for a in (20, 110, 200,
                                                                                                    290)]
    door = s.box((1.0, 2.0, 0.1), (0, 1.0, 1.9))
    return [P([tower, cap]), P(hub, DARK_WOOD), P(sails, (0.92, 0.9, 0.82), roughness=0.9), P(door, DARK_WOOD)]


kind("windmill", "architecture", (8.7, 11.75, 4.0), _windmill, (0.9, 0.85, 0.75), "windmill windmills mill mills",
     "windmühle windmühlen mühle", "f", roughness=0.85)


def _scarecrow(s):
    post = s.cylinder(0.04, 1.9, sections=6)
    beam = s.cylinder_between((-0.7, 1.4, 0), (0.7, 1.4, 0), 0.03, 6)
    coat = s.lathe([(0.0, 0.8), (0.32, 0.8), (0.25, 1.45), (0.0, 1.5)], 8)
    sleeves = s.cylinder_between((-0.6, 1.4, 0), (0.6, 1.4, 0), 0.08, 6)
    head = s.sphere(0.15, (0, 1.68, 0), subdivisions=1)
    hat = [s.cylinder(0.26, 0.02, (0, 1.78, 0), sections=10), s.cone(0.15, 0.25, (0, 1.79, 0), sections=10)]
    straw = [s.cone(0.06, 0.12, (x, 1.28, 0), sections=5) for x in (-0.64, 0.64)]
    return [P([coat, sleeves]), P([post, beam], BARK), P([head, *straw], STRAW), P(hat, (0.35, 0.25, 0.15))]


kind("scarecrow", "prop", (1.4, 2.04, 0.64), _scarecrow, (0.3, 0.35, 0.55), "scarecrow scarecrows",
     "vogelscheuche vogelscheuchen", "f", roughness=0.9)


def _wheat(s):
    import numpy as np

    rng = np.random.default_rng(3)
    stalks, ears = [], []
    for x in np.linspace(-0.9, 0.9, 6):
        for z in np.linspace(-0.9, 0.9, 6):
            dx, dz = rng.uniform(-0.08, 0.08, 2)
            h = rng.uniform(0.85, 1.0)
            stalks.append(s.cylinder_between((x + dx, 0, z + dz), (x + dx * 2, h, z + dz * 2), 0.008, 3))
            ears.append(s.cylinder_between((x + dx * 2, h, z + dz * 2), (x + dx * 2.2, h + 0.12, z + dz * 2.2),
                                           0.02, 4, radius1=0.006))
    return [P(ears), P(stalks, (0.7, 0.65, 0.3))]


kind("wheat", "nature", (2.0, 1.12, 2.0), _wheat, (0.92, 0.78, 0.35), "wheat cornfield wheat_field grain crops "
     "crop", "weizen weizenfeld getreide kornfeld korn", "m", roughness=0.9)


def _trough(s):
    body = s.box((1.6, 0.45, 0.5), (0, 0.35, 0))
    water = s.box((1.5, 0.02, 0.4), (0, 0.56, 0))
    legs = [s.box((0.08, 0.15, 0.5), (x, 0.075, 0)) for x in (-0.65, 0.65)]
    return [P(body), P(water, (0.25, 0.45, 0.6), roughness=0.05), P(legs, DARK_WOOD)]


kind("trough", "prop", (1.6, 0.575, 0.5), _trough, WOOD, "trough troughs water_trough feeding_trough",
     "trog tröge wassertrog futtertrog tränke", "m", roughness=0.8)


def _coop(s):
    house = s.box((1.2, 0.8, 0.9), (0, 0.8, 0))
    roof = s.prism([(-0.7, 1.2), (0.7, 1.2), (0.0, 1.6)], -0.5, 0.5)
    legs = [s.box((0.06, 0.4, 0.06), (x, 0.2, z)) for x in (-0.55, 0.55) for z in (-0.4, 0.4)]
    ramp = s.rotated(s.box((0.3, 0.03, 0.7), (0, 0.2, 0.75)), 35, (1, 0, 0), (0, 0.2, 0.75))
    door = s.box((0.3, 0.35, 0.02), (0, 0.6, 0.455))
    return [P([house]), P(roof, (0.35, 0.3, 0.28)), P([*legs, ramp], DARK_WOOD), P(door, BLACK)]


kind("chicken_coop", "architecture", (1.4, 1.61, 1.545), _coop, (0.8, 0.6, 0.35), "chicken_coop chicken_coops "
     "henhouse hen_house coop", "hühnerstall hühnerställe", "m", roughness=0.85)


def _milk_can(s):
    can = s.lathe([(0.0, 0.0), (0.17, 0.0), (0.17, 0.42), (0.09, 0.52), (0.09, 0.6), (0.11, 0.62), (0.0, 0.64)], 16)
    handles = [s.torus(0.05, 0.012, (x * 0.15, 0.48, 0), axis="z", sections=10) for x in (-1, 1)]
    return [P([can, *handles])]


kind("milk_can", "prop", (0.424, 0.64, 0.34), _milk_can, (0.8, 0.82, 0.85), "milk_can milk_cans churn milk_churn",
     "milchkanne milchkannen", "f", roughness=0.3, metallic=0.9)


def _beehive(s):
    boxes = [s.box((0.5, 0.25, 0.45), (0, 0.3 + i * 0.26, 0)) for i in range(3)]
    lid = s.box((0.56, 0.06, 0.5), (0, 1.07, 0))
    stand = [s.box((0.05, 0.18, 0.05), (x, 0.09, z)) for x in (-0.2, 0.2) for z in (-0.18, 0.18)]
    entry = s.box((0.2, 0.03, 0.02), (0, 0.22, 0.23))
    return [P(boxes), P([lid, *stand], WOOD), P(entry, BLACK)]


kind("beehive", "prop", (0.56, 1.1, 0.5), _beehive, (0.95, 0.85, 0.4), "beehive beehives hive hives",
     "bienenstock bienenstöcke bienenkorb", "m", roughness=0.7)


def _silo(s):
    tank = s.cylinder(1.6, 9.0, sections=16)
    dome = s.lathe([(1.6, 9.0), (1.3, 9.8), (0.6, 10.3), (0.0, 10.4)], 16)
    ladder = [s.box((0.04, 9.0, 0.04), (x, 4.5, 1.65)) for x in (-0.2, 0.2)]
    rings = [s.lathe([(1.62, y), (1.62, y + 0.1)], 16) for y in (2.0, 4.5, 7.0)]
    return [P([tank]), P(dome, METAL, metallic=0.8), P([*ladder, *rings], DARK_METAL)]


kind("silo", "architecture", (3.24, 10.4, 3.24), _silo, (0.75, 0.74, 0.7), "silo silos grain_silo", "silo silos "
     "getreidesilo", "n", roughness=0.6, metallic=0.3)


def _apple_tree(s):
    trunk = s.lathe([(0.15, 0.0), (0.12, 0.3), (0.1, 1.6), (0.05, 2.2)], 10)
    blobs = [s.jitter(s.sphere(r, c), 0.1, seed) for seed, (r, c) in enumerate(((1.0, (0, 2.4, 0)),
                                                                                (0.7, (0.7, 2.1, 0.2)),
                                                                                (0.7, (-0.6, 2.2, -0.2))), start=4)]
    (crown,) = s.fit([s.merge(blobs)], (-1.4, 1.4, -1.1), (1.4, 3.4, 1.1))
    apples = [s.sphere(0.07, (x, y, z), subdivisions=1) for x, y, z in
              ((0.8, 2.0, 0.7), (-0.5, 1.9, 0.9), (0.2, 2.6, 1.05), (-1.1, 2.5, 0.5), (1.2, 2.7, 0.2),
               (0.0, 1.7, 0.95))]
    return [P(crown), P(trunk, BARK, roughness=0.95), P(apples, (0.85, 0.1, 0.08))]


kind("apple_tree", "nature", (2.8, 3.4, 2.2), _apple_tree, LEAF, "apple_tree apple_trees fruit_tree orchard",
     "apfelbaum apfelbäume obstbaum obstgarten", "m", roughness=0.9)


def _vegetable_patch(s):
    soil = s.box((2.0, 0.12, 1.2), (0, 0.06, 0))
    cabbages = [s.sphere(0.13, (x, 0.2, z), subdivisions=1) for x in (-0.7, -0.25, 0.2, 0.65) for z in (-0.3, 0.3)]
    return [P(soil, (0.35, 0.22, 0.12), roughness=1.0), P(cabbages)]


kind("vegetable_patch", "nature", (2.0, 0.33, 1.2), _vegetable_patch, (0.45, 0.7, 0.3), "vegetable_patch "
     "vegetable_garden garden_bed cabbage cabbages vegetables", "gemüsebeet beet kohl gemüse", "n", roughness=0.8)
