"""Built-in beach, snow and underwater things: parasols and palms, snowmen and igloos, coral and shipwrecks."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BARK, BLACK, DARK_WOOD, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

SAND = (0.92, 0.8, 0.55)
SNOW = (0.95, 0.96, 0.98)
ICE = (0.7, 0.85, 0.95)
GOLD = (0.95, 0.75, 0.2)
CORAL = (0.95, 0.45, 0.4)


# -- beach ---------------------------------------------------------------------------------------------------
def _parasol(s):
    pole = s.cylinder(0.025, 2.2, sections=8)
    canopy = s.lathe([(0.0, 1.85), (1.0, 1.85), (0.0, 2.25)], 8)
    stripes = s.rotated(s.lathe([(0.0, 1.86), (1.0, 1.86), (0.0, 2.26)], 8), 0, (0, 1, 0))
    stripes = s.scaled(stripes, (0.35, 1, 1.0))
    return [P(canopy), P(stripes, WHITE, roughness=0.9), P(pole, WOOD)]


kind("beach_umbrella", "prop", (2.0, 2.26, 2.0), _parasol, (0.9, 0.2, 0.2), "parasol parasols beach_umbrella "
     "sunshade", "sonnenschirm sonnenschirme", "m", roughness=0.9)


def _palm(s):
    pts = [(0.0, 0.0), (0.1, 1.5), (0.35, 3.0), (0.7, 4.5)]
    trunk = [s.cylinder_between((x0, y0, 0), (x1, y1, 0), 0.2 - 0.03 * i, 8, radius1=0.17 - 0.03 * i)
             for i, ((x0, y0), (x1, y1)) in enumerate(zip(pts[:-1], pts[1:], strict=True))]
    rings = [s.torus(0.18 - 0.02 * i, 0.03, (x, y, 0), axis="y", sections=8, tube_sections=4)
             for i, (x, y) in enumerate(((0.05, 0.8), (0.2, 2.2), (0.5, 3.7)))]
    leaves = [s.rotated(s.rotated(s.ellipsoid((1.4, 0.05, 0.3), (1.3, 4.5, 0), subdivisions=1), -25, (0, 0, 1),
                                  (0.0, 4.5, 0)), a, (0, 1, 0), (0, 4.5, 0)) for a in range(0, 360, 60)]
    leaves = [s.translated(m, (0.7, 0, 0)) for m in leaves]
    nuts = [s.sphere(0.12, (0.7 + dx, 4.35, dz), subdivisions=1) for dx, dz in ((0.15, 0.0), (-0.1, 0.12),
                                                                              (0.0, -0.15))]
    return [P(leaves), P([*trunk, *rings], BARK, roughness=0.95), P(nuts, (0.35, 0.25, 0.12))]


kind("palm_tree", "nature", (4.9, 4.56, 4.24), _palm, (0.25, 0.6, 0.2), "palm palms palm_tree palm_trees",
     "palme palmen palmenbaum", "f", roughness=0.8)


def _sandcastle(s):
    keep = s.box((0.4, 0.3, 0.4), (0, 0.15, 0))
    towers = [s.cone(0.12, 0.45, (x, 0, z), sections=8, top_radius=0.08) for x in (-0.25, 0.25) for z in (-0.25, 0.25)]
    tops = [s.cone(0.09, 0.1, (x, 0.45, z), sections=8) for x in (-0.25, 0.25) for z in (-0.25, 0.25)]
    centre = s.cone(0.15, 0.25, (0, 0.3, 0), sections=8, top_radius=0.1)
    flag = [s.cylinder(0.005, 0.2, (0, 0.55, 0), sections=4), s.box((0.1, 0.06, 0.005), (0.05, 0.72, 0))]
    return [P([keep, *towers, *tops, centre]), P(flag, (0.9, 0.2, 0.2))]


kind("sand_castle", "prop", (0.74, 0.75, 0.74), _sandcastle, SAND, "sandcastle sandcastles sand_castle",
     "sandburg sandburgen", "f", roughness=1.0)


def _deckchair(s):
    def sling(profile):  # a (z, y) outline made a 0.54 m wide piece across X
        return s.rotated(s.prism([(-z, y) for z, y in profile], -0.27, 0.27), 90, (0, 1, 0))

    seat = sling([(0.35, 0.42), (0.0, 0.28), (0.0, 0.25), (0.35, 0.39)])
    back = sling([(0.0, 0.28), (-0.45, 0.88), (-0.45, 0.85), (0.0, 0.25)])
    frame = []
    for x in (-0.29, 0.29):
        frame += [s.cylinder_between((x, 0.0, -0.52), (x, 0.9, -0.46), 0.02, 6),
                  s.cylinder_between((x, 0.0, 0.45), (x, 0.44, 0.35), 0.02, 6),
                  s.cylinder_between((x, 0.2, -0.5), (x, 0.2, 0.42), 0.015, 6)]
    frame += [s.cylinder_between((-0.29, y, z), (0.29, y, z), 0.02, 6) for y, z in ((0.42, 0.35), (0.88, -0.46))]
    return [P([seat, back]), P(frame, WOOD, roughness=0.7)]


kind("beach_chair", "furniture", (0.62, 0.92, 1.01), _deckchair, (0.2, 0.5, 0.85), "deckchair deckchairs "
     "deck_chair beach_chair sun_lounger lounger", "liegestuhl liegestühle strandstuhl sonnenliege", "m",
     roughness=0.9)


def _lifebuoy(s):
    ring = s.torus(0.28, 0.08, (0, 0.36, 0), axis="z", sections=16)
    bands = [s.rotated(s.box((0.1, 0.2, 0.17), (0, 0.64, 0)), a, (0, 0, 1), (0, 0.36, 0)) for a in (0, 90, 180, 270)]
    rope = s.torus(0.37, 0.012, (0, 0.36, 0), axis="z", sections=16)
    return [P(ring), P(bands, WHITE), P(rope, (0.85, 0.8, 0.6))]


kind("lifebuoy", "prop", (0.764, 0.764, 0.17), _lifebuoy, (0.95, 0.35, 0.1), "lifebuoy lifebuoys life_ring "
     "lifebelt life_preserver", "rettungsring rettungsringe", "m", roughness=0.6)


def _towel(s):
    towel = s.box((0.9, 0.01, 1.7), (0, 0.005, 0))
    stripes = [s.box((0.9, 0.012, 0.15), (0, 0.006, z)) for z in (-0.5, 0.0, 0.5)]
    return [P(towel), P(stripes, WHITE)]


kind("beach_towel", "prop", (0.9, 0.012, 1.7), _towel, (0.2, 0.6, 0.8), "towel towels beach_towel blanket "
     "picnic_blanket", "handtuch handtücher strandtuch decke picknickdecke", "n", roughness=1.0)


def _lifeguard_tower(s):
    legs = [s.cylinder_between((x, 0.0, z), (x * 0.7, 1.8, z * 0.7), 0.05, 6) for x in (-0.8, 0.8) for z in (-0.8,
                                                                                                              0.8)]
    floor = s.box((1.4, 0.1, 1.4), (0, 1.85, 0))
    hut = s.box((1.2, 1.2, 1.2), (0, 2.5, -0.05))
    roof = s.rotated(s.cone(1.1, 0.5, (0, 3.1, 0), sections=4), 45, (0, 1, 0))
    window = s.box((0.9, 0.5, 0.02), (0, 2.6, 0.56))
    ramp = s.rotated(s.box((0.6, 0.06, 2.2), (0, 0.95, 1.5)), 38, (1, 0, 0), (0, 0.95, 1.5))
    return [P([floor, hut]), P([*legs, ramp], WOOD), P(roof, (0.85, 0.15, 0.15)), P(window, BLACK)]


kind("lifeguard_tower", "architecture", (1.7, 3.6, 3.24), _lifeguard_tower, WHITE, "lifeguard_tower "
     "lifeguard_towers lifeguard_hut", "rettungsturm rettungsschwimmerturm", "m", roughness=0.7)


def _beach_ball(s):
    ball = s.sphere(0.2, (0, 0.2, 0))
    segs = [s.rotated(s.torus(0.197, 0.012, (0, 0.2, 0), axis="x", sections=20), a, (0, 1, 0), (0, 0.2, 0))
            for a in (0, 60, 120)]  # three pole-to-pole bands
    return [P(ball), P(segs, (0.2, 0.45, 0.9))]


kind("beach_ball", "prop", (0.41, 0.418, 0.418), _beach_ball, WHITE, "beach_ball beachball beachballs",
     "wasserball strandball", "m", roughness=0.4)


def _lighthouse(s):
    tower = s.lathe([(0.0, 0.0), (1.5, 0.0), (1.0, 9.0), (0.0, 9.0)], 16)
    stripes = [s.lathe([(1.5 - 0.5 * y / 9.0 + 0.01, y), (1.5 - 0.5 * (y + 1.2) / 9.0 + 0.01, y + 1.2)], 16)
               for y in (1.2, 3.6, 6.0)]
    gallery = s.cylinder(1.3, 0.2, (0, 9.0, 0), sections=16)
    lamp = s.cylinder(0.7, 1.0, (0, 9.2, 0), sections=12)
    roof = s.cone(0.9, 0.8, (0, 10.2, 0), sections=12)
    return [P([tower, gallery]), P(stripes, (0.85, 0.15, 0.15)), P(lamp, (1.0, 0.9, 0.6), emissive=2.5),
            P(roof, BLACK)]


kind("lighthouse", "architecture", (3.02, 11.0, 3.02), _lighthouse, WHITE, "lighthouse lighthouses beacon",
     "leuchtturm leuchttürme", "m", roughness=0.6)


def _jetty(s):
    deck = [s.box((0.2, 0.06, 8.0), (x, 0.8, 0)) for x in [-0.9 + 0.225 * i for i in range(9)]]
    posts = [s.cylinder(0.1, 1.1, (x, -0.0, z), sections=8) for x in (-1.0, 1.0) for z in (-3.5, -1.0, 1.5, 3.8)]
    return [P(deck), P(posts, DARK_WOOD, roughness=0.9)]


kind("jetty", "architecture", (2.2, 1.1, 8.0), _jetty, WOOD, "jetty jetties pier piers dock boardwalk",
     "steg stege anlegesteg bootssteg", "m", tops=((0.83, (-1.0, -4.0), (1.0, 4.0)),), roughness=0.9)


# -- snow ----------------------------------------------------------------------------------------------------
def _snowman(s):
    balls = [s.sphere(0.4, (0, 0.36, 0)), s.sphere(0.3, (0, 0.95, 0)), s.sphere(0.22, (0, 1.42, 0))]
    hat = [s.cylinder(0.2, 0.02, (0, 1.6, 0), sections=12), s.cylinder(0.13, 0.25, (0, 1.6, 0), sections=12)]
    nose = s.cylinder_between((0, 1.42, 0.2), (0, 1.4, 0.42), 0.035, 8, radius1=0.004)
    eyes = [s.sphere(0.03, (x, 1.5, 0.19), subdivisions=1) for x in (-0.08, 0.08)]
    buttons = [s.sphere(0.035, (0, y, 0.29 - abs(y - 0.95) * 0.5), subdivisions=1) for y in (0.85, 1.0, 1.15)]
    arms = [s.cylinder_between((x * 0.28, 1.05, 0), (x * 0.75, 1.35, 0), 0.02, 5) for x in (-1, 1)]
    scarf = s.torus(0.21, 0.05, (0, 1.23, 0), axis="y", sections=16)
    return [P(balls), P([*hat, *eyes, *buttons], BLACK), P(nose, (0.95, 0.45, 0.1)), P(arms, BARK),
            P(scarf, (0.85, 0.15, 0.15))]


kind("snowman", "prop", (1.5, 1.85, 0.84), _snowman, SNOW, "snowman snowmen", "schneemann schneemänner", "m",
     roughness=0.9)


def _igloo(s):
    dome = s.lathe([(0.0, 0.0), (1.5, 0.0), (1.45, 0.5), (1.2, 1.0), (0.7, 1.4), (0.0, 1.55)], 16)
    tunnel = s.translated(s.rotated(s.cylinder(0.5, 1.0, (0, -0.5, 0), sections=12), 90, (1, 0, 0)),
                          (0, 0.5, 1.5))
    door = s.translated(s.rotated(s.cylinder(0.38, 0.05, (0, 0, 0), sections=12), 90, (1, 0, 0)),
                        (0, 0.5, 2.0))
    joints = [s.lathe([(1.48 - 0.3 * y, y), (1.485 - 0.3 * y, y + 0.02)], 16) for y in (0.35, 0.7)]
    return [P([dome, tunnel]), P(door, (0.1, 0.12, 0.2)), P(joints, ICE)]


kind("igloo", "architecture", (3.0, 1.55, 3.55), _igloo, SNOW, "igloo igloos", "iglu iglus", "n", roughness=0.7)


def _sled(s):
    slats = [s.box((0.45, 0.04, 0.12), (0, 0.3, z)) for z in (-0.35, -0.15, 0.05, 0.25)]
    runners = [s.box((0.04, 0.05, 1.0), (x, 0.025, 0)) for x in (-0.2, 0.2)]
    curls = [s.torus(0.1, 0.025, (x, 0.12, 0.5), axis="x", sections=10) for x in (-0.2, 0.2)]
    posts = [s.box((0.04, 0.28, 0.04), (x, 0.16, z)) for x in (-0.2, 0.2) for z in (-0.35, 0.25)]
    rope = s.cylinder_between((-0.2, 0.22, 0.6), (0.2, 0.22, 0.6), 0.01, 4)
    return [P([*slats, *posts]), P([*runners, *curls], (0.7, 0.1, 0.1), metallic=0.6), P(rope, (0.8, 0.7, 0.5))]


kind("sled", "vehicle", (0.45, 0.32, 1.125), _sled, WOOD, "sled sleds sledge sleigh toboggan", "schlitten rodel",
     "m", roughness=0.7)


def _snowy_pine(s):
    trunk = s.cylinder(0.15, 1.2, sections=10)
    tiers = [s.cone(1.4, 2.4, (0, 1.0, 0), sections=12), s.cone(1.1, 2.2, (0, 2.3, 0), sections=12),
             s.cone(0.75, 2.0, (0, 3.6, 0), sections=12)]
    snow = [s.cone(r * 0.75, h * 0.55, (0, y + h * 0.45, 0), sections=12) for r, h, y in
            ((1.42, 2.4, 1.0), (1.12, 2.2, 2.3), (0.77, 2.0, 3.6))]
    snow = [s.scaled(m, (1.02, 1.0, 1.02)) for m in snow]
    return [P(tiers), P(snow, SNOW, roughness=0.9), P(trunk, BARK, roughness=0.95)]


kind("snowy_pine", "nature", (2.8, 5.6, 2.8), _snowy_pine, (0.1, 0.3, 0.18), "snowy_pine snowy_pines snowy_tree "
     "snowy_fir", "schneetanne schneetannen verschneite_tanne", "f", roughness=0.9)


def _christmas_tree(s):
    trunk = s.cylinder(0.06, 0.3, sections=8)
    pot = s.cylinder(0.2, 0.25, sections=12)
    tiers = [s.cone(0.7, 0.9, (0, 0.3, 0), sections=12), s.cone(0.55, 0.8, (0, 0.8, 0), sections=12),
             s.cone(0.38, 0.7, (0, 1.25, 0), sections=12)]
    star = s.sphere(0.08, (0, 1.97, 0), subdivisions=1)
    baubles = [s.sphere(0.045, (r * x, y, r * z), subdivisions=1) for r, y, x, z in
               ((0.52, 0.55, 0.6, 0.8), (0.5, 0.6, -0.8, 0.6), (0.38, 1.05, 0.0, 1.0), (0.4, 1.0, 0.9, -0.4),
                (0.25, 1.45, -0.6, 0.8), (0.52, 0.55, -0.2, -0.98))]
    return [P(tiers), P([trunk, pot], (0.6, 0.15, 0.12)), P(star, GOLD, emissive=2.0),
            P(baubles, (0.9, 0.1, 0.1), metallic=0.8, roughness=0.2)]


kind("christmas_tree", "nature", (1.4, 2.05, 1.4), _christmas_tree, (0.1, 0.4, 0.2), "christmas_tree "
     "christmas_trees xmas_tree", "weihnachtsbaum weihnachtsbäume christbaum", "m", roughness=0.8)


def _ice_block(s):
    block = s.box((1.0, 0.8, 0.8), (0, 0.4, 0))
    return [P(block, opacity=0.75, roughness=0.05)]


kind("ice_block", "nature", (1.0, 0.8, 0.8), _ice_block, ICE, "ice_block ice_blocks ice ice_cube iceberg",
     "eisblock eisblöcke eisklotz eisberg eiswürfel", "m", roughness=0.05)


def _snowball(s):
    return [P(s.jitter(s.sphere(0.1, (0, 0.1, 0), subdivisions=2), 0.06, 3))]


kind("snowball", "prop", (0.2, 0.2, 0.2), _snowball, SNOW, "snowball snowballs", "schneeball schneebälle", "m",
     roughness=0.9)


def _snowdrift(s):
    (m,) = s.fit([s.jitter(s.sphere(1.0, subdivisions=2), 0.15, 9)], (-1.2, -0.6, -0.8), (1.2, 0.6, 0.8))
    return [P(m)]


kind("snow_pile", "nature", (2.4, 1.2, 1.6), _snowdrift, SNOW, "snowdrift snowdrifts snow_pile heap_of_snow",
     "schneehaufen schneewehe", "m", roughness=0.9)


# -- underwater ----------------------------------------------------------------------------------------------
def _coral(s):
    stem = s.cylinder(0.08, 0.3, sections=8)
    branches = [s.cylinder_between((0, 0.25, 0), (x, y, z), 0.05, 6, radius1=0.03) for x, y, z in
                ((0.3, 0.7, 0.0), (-0.25, 0.8, 0.1), (0.05, 0.9, -0.25), (-0.1, 0.6, 0.3), (0.2, 0.55, -0.2))]
    tips = [s.sphere(0.05, (x, y, z), subdivisions=1) for x, y, z in
            ((0.3, 0.7, 0.0), (-0.25, 0.8, 0.1), (0.05, 0.9, -0.25), (-0.1, 0.6, 0.3), (0.2, 0.55, -0.2))]
    return [P([stem, *branches, *tips])]


kind("coral", "nature", (0.65, 0.95, 0.65), _coral, CORAL, "coral corals coral_reef reef", "koralle korallen "
     "korallenriff riff", "f", roughness=0.8)


def _seaweed(s):
    fronds = []
    for k, (x0, z0, h) in enumerate(((0.0, 0.0, 1.4), (0.12, 0.08, 1.1), (-0.1, -0.06, 1.2))):
        pts = [(x0 + 0.07 * ((i + k) % 2 * 2 - 1), i * h / 4, z0) for i in range(5)]
        fronds += [s.cylinder_between(a, b, 0.03, 5, radius1=0.02) for a, b in zip(pts[:-1], pts[1:], strict=True)]
    return [P(fronds)]


kind("seaweed", "nature", (0.41, 1.42, 0.2), _seaweed, (0.2, 0.5, 0.25), "seaweed kelp algae", "seetang tang algen "
     "alge", "m", roughness=0.7)


def _shell(s):
    ribs = [s.rotated(s.ellipsoid((0.025, 0.02, 0.07), (0, 0.02, 0.05), subdivisions=1), a, (0, 1, 0)) for a in range(-60, 61, 20)]
    hinge = s.box((0.04, 0.02, 0.02), (0, 0.01, 0))
    return [P([*ribs, hinge])]


kind("seashell", "nature", (0.21, 0.04, 0.14), _shell, (0.95, 0.8, 0.75), "shell shells seashell seashells clam "
     "scallop", "muschel muscheln seemuschel", "f", roughness=0.4)


def _anchor(s):
    shank = s.cylinder(0.05, 1.4, (0, 0.1, 0), sections=8)
    ring = s.torus(0.12, 0.03, (0, 1.6, 0), axis="z", sections=12)
    stock = s.cylinder_between((-0.4, 1.35, 0), (0.4, 1.35, 0), 0.04, 6)
    arms = [s.cylinder_between((0, 0.15, 0), (x * 0.5, 0.5, 0), 0.05, 6) for x in (-1, 1)]
    flukes = [s.cone(0.1, 0.2, (x * 0.52, 0.45, 0), sections=4) for x in (-1, 1)]
    crown = s.sphere(0.1, (0, 0.1, 0), subdivisions=1)
    return [P([shank, ring, stock, *arms, *flukes, crown])]


kind("anchor", "prop", (1.24, 1.75, 0.2), _anchor, (0.25, 0.25, 0.27), "anchor anchors", "anker", "m",
     roughness=0.5, metallic=0.8)


def _shipwreck(s):
    hull = s.lathe([(0.0, 0.0), (1.0, 0.4), (1.6, 1.5), (1.7, 2.2), (0.0, 2.2)], 12)
    hull = s.rotated(s.scaled(hull, (1.0, 1.0, 3.0)), 15, (0, 0, 1))
    mast = s.rotated(s.cylinder(0.12, 4.0, (0, 1.5, 0), sections=6), 35, (0, 0, 1), (0, 1.5, 0))
    hole = s.box((0.05, 0.8, 1.2), (1.73, 1.2, 1.0))
    planks = [s.rotated(s.box((3.0, 0.06, 0.3), (0, 2.25, z)), 15, (0, 0, 1)) for z in (-2.5, -1.0, 1.5)]
    return [P(hull), P([mast, *planks], DARK_WOOD, roughness=0.95), P(hole, BLACK)]


kind("shipwreck", "architecture", (4.13, 4.84, 10.2), _shipwreck, (0.35, 0.28, 0.2), "shipwreck shipwrecks wreck "
     "sunken_ship", "schiffswrack wrack wracks", "n", roughness=0.95)


def _coins(s):
    pile = s.lathe([(0.0, 0.0), (0.35, 0.0), (0.15, 0.2), (0.0, 0.25)], 12)
    coins = [s.cylinder(0.04, 0.01, (x, 0.0, z), sections=10) for x, z in ((0.4, 0.1), (-0.35, 0.25), (0.2, -0.4),
                                                                          (-0.1, 0.42))]
    gems = [s.sphere(0.04, (x, y, z), subdivisions=1) for x, y, z in ((0.1, 0.15, 0.1), (-0.12, 0.1, 0.15))]
    return [P([pile, *coins]), P(gems, (0.8, 0.1, 0.2), roughness=0.1)]


kind("coins", "prop", (0.83, 0.25, 0.9), _coins, GOLD, "coins coin gold_coins pile_of_gold gold_treasure",
     "münzen münze goldmünzen goldschatz", "f", roughness=0.2, metallic=1.0)


def _diving_helmet(s):
    dome = s.sphere(0.22, (0, 0.35, 0))
    collar = s.cylinder(0.26, 0.12, sections=12)
    ports = [s.translated(s.rotated(s.cylinder(0.09, 0.04, (0, 0, 0), sections=12), 90, (1, 0, 0)),
                          (0, 0.36, 0.19)),
             s.translated(s.rotated(s.cylinder(0.07, 0.04, (0, 0, 0), sections=12), 90, (0, 0, 1)), (0.19, 0.36, 0))]
    glass = s.translated(s.rotated(s.cylinder(0.07, 0.02, (0, 0, 0), sections=12), 90, (1, 0, 0)), (0, 0.36, 0.23))
    return [P([dome, collar, *ports]), P(glass, (0.2, 0.35, 0.4), roughness=0.05)]


kind("diving_helmet", "prop", (0.52, 0.57, 0.52), _diving_helmet, (0.85, 0.6, 0.3), "diving_helmet diving_helmets",
     "taucherhelm taucherhelme", "m", roughness=0.25, metallic=1.0)


def _submarine(s):
    hull = s.scaled(s.sphere(1.0, (0, 0, 0), subdivisions=2), (1.2, 1.2, 5.0))
    hull = s.translated(hull, (0, 1.2, 0))
    tower = s.box((0.8, 1.0, 1.6), (0, 2.6, 0.5))
    scope = s.cylinder(0.06, 0.8, (0, 3.1, 0.8), sections=6)
    fins = [s.box((3.0, 0.08, 0.6), (0, 1.2, -4.3)), s.box((0.08, 2.0, 0.6), (0, 1.2, -4.3))]
    portholes = [s.translated(s.rotated(s.cylinder(0.15, 0.05, (0, 0, 0), sections=10), 90, (0, 0, 1)),
                              (1.17, 1.35, z)) for z in (-1.0, 0.5, 2.0)]
    return [P([hull, tower]), P([scope, *fins], METAL, metallic=0.8), P(portholes, (0.9, 0.85, 0.5), emissive=1.0)]


kind("submarine", "vehicle", (3.0, 3.9, 10.0), _submarine, (0.95, 0.8, 0.15), "submarine submarines u_boat",
     "uboot unterseeboot", "n", roughness=0.4, metallic=0.6)


def _bottle_message(s):
    glass = s.translated(s.rotated(s.lathe([(0.0, 0.0), (0.04, 0.0), (0.04, 0.18), (0.015, 0.23), (0.015, 0.27),
                                            (0.0, 0.27)], 10), -90, (0, 0, 1)), (-0.135, 0.04, 0))
    paper = s.translated(s.rotated(s.cylinder(0.02, 0.14, (0, 0, 0), sections=8), -90, (0, 0, 1)),
                         (-0.1, 0.04, 0))
    cork = s.translated(s.rotated(s.cylinder(0.016, 0.03, (0, 0, 0), sections=8), -90, (0, 0, 1)), (0.125, 0.04, 0))
    return [P(glass, opacity=0.5, roughness=0.05), P(paper, (0.95, 0.9, 0.75)), P(cork, WOOD)]


kind("message_in_a_bottle", "prop", (0.3, 0.08, 0.08), _bottle_message, (0.5, 0.75, 0.55), "message_in_a_bottle "
     "bottle_post", "flaschenpost", "f", roughness=0.05)
