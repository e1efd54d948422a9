"""Built-in castle and fairy-tale things: a castle and its walls and towers, a throne room's furniture, arms
and armour, treasure, and a wizard's kit. Held things (swords, spears, wands) stand on their tip or pommel."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, DARK_WOOD, FLAME, METAL, WOOD
from autark.assets.catalog._parts import _part as P

GOLD = (0.95, 0.75, 0.2)
RED_VELVET = (0.6, 0.06, 0.08)
CASTLE_STONE = (0.62, 0.6, 0.55)


def _battlements(s, x0, x1, y, z, depth, step=0.6):
    n = int((x1 - x0) / step)
    return [s.box((step / 2, 0.5, depth), (x0 + step * (i + 0.25), y + 0.25, z)) for i in range(n)]


def _throne(s):
    seat = s.box((0.9, 0.5, 0.8), (0, 0.25, 0))
    back = s.box((0.9, 1.6, 0.15), (0, 1.05, -0.33))
    arms = [s.box((0.12, 0.3, 0.8), (x, 0.65, 0)) for x in (-0.45, 0.45)]
    crest = s.cone(0.2, 0.35, (0, 1.85, -0.33), sections=4)
    cushion = [s.box((0.7, 0.1, 0.6), (0, 0.55, 0.05)), s.box((0.66, 1.0, 0.05), (0, 1.05, -0.24))]
    return [P([seat, back, *arms, crest]), P(cushion, RED_VELVET, roughness=0.9)]


kind("throne", "furniture", (1.02, 2.2, 0.93), _throne, GOLD, "throne thrones", "thron throne königsthron", "m",
     tops=((0.6, (-0.35, -0.2), (0.35, 0.35)),), roughness=0.3, metallic=0.8)


def _castle(s):
    keep = s.box((6.0, 8.0, 6.0), (0, 4.0, -1.0))
    towers = [s.cylinder(1.6, 11.0, (x, 0, z), sections=12) for x in (-4.5, 4.5) for z in (-4.5, 2.5)]
    roofs = [s.cone(2.0, 3.0, (x, 11.0, z), sections=12) for x in (-4.5, 4.5) for z in (-4.5, 2.5)]
    walls = [s.box((9.0, 6.0, 1.0), (0, 3.0, 2.5)), s.box((9.0, 6.0, 1.0), (0, 3.0, -4.5))]
    walls += [s.box((1.0, 6.0, 7.0), (x, 3.0, -1.0)) for x in (-4.5, 4.5)]
    crenels = _battlements(s, -3.0, 3.0, 8.0, -1.0, 6.0, 1.0) + _battlements(s, -2.8, 3.2, 6.0, 2.5, 1.0, 1.0)
    gate = s.box((2.2, 3.2, 0.1), (0, 1.6, 3.0))
    return [P([keep, *towers, *walls, *crenels]), P(roofs, (0.25, 0.3, 0.6), roughness=0.7),
            P(gate, DARK_WOOD, roughness=0.8)]


kind("castle", "architecture", (13.0, 14.0, 11.0), _castle, CASTLE_STONE, "castle castles palace palaces fortress "
     "fort", "burg burgen schloss schlösser palast festung", "f", roughness=0.95)


def _castle_wall(s):
    wall = s.box((4.0, 4.0, 1.0), (0, 2.0, 0))
    crenels = _battlements(s, -2.0, 2.0, 4.0, 0.0, 1.0, 0.8)
    stones = [s.box((0.5, 0.25, 0.02), ((i % 4) - 1.5 + 0.25 * (j % 2), 0.6 + j * 0.8, 0.5)) for i in range(4)
              for j in range(4)]
    return [P([wall, *crenels]), P(stones, (0.5, 0.48, 0.44), roughness=1.0)]


kind("castle_wall", "architecture", (4.0, 4.5, 1.02), _castle_wall, CASTLE_STONE, "castle_wall castle_walls "
     "rampart battlement city_wall", "burgmauer burgmauern stadtmauer festungsmauer", "f", roughness=0.95)


def _castle_tower(s):
    tower = s.cylinder(1.5, 8.0, sections=16)
    top = s.cylinder(1.8, 0.6, (0, 8.0, 0), sections=16)
    crenels = [s.rotated(s.box((0.5, 0.6, 0.4), (0, 8.9, 1.6)), a, (0, 1, 0)) for a in range(0, 360, 45)]
    door = s.box((1.0, 2.0, 0.1), (0, 1.0, 1.5))
    windows = [s.box((0.3, 0.8, 0.1), (0, y, 1.5)) for y in (4.0, 6.2)]
    return [P([tower, top, *crenels]), P([door, *windows], DARK_WOOD, roughness=0.8)]


kind("castle_tower", "architecture", (3.6, 9.2, 3.6), _castle_tower, CASTLE_STONE, "tower towers castle_tower "
     "turret turrets", "turm türme burgturm", "m", roughness=0.95)


def _banner(s):
    pole = s.cylinder_between((-0.5, 2.6, 0), (0.5, 2.6, 0), 0.025, 6)
    cloth = s.prism([(-0.45, 2.6), (0.45, 2.6), (0.45, 0.5), (0.0, 0.8), (-0.45, 0.5)], -0.01, 0.01)
    emblem = s.translated(s.rotated(s.cylinder(0.2, 0.01, (0, -0.005, 0), sections=12), 90, (1, 0, 0)),
                          (0, 1.8, 0.012))
    stand = [s.cylinder(0.03, 2.62, (x, 0, -0.02), sections=6) for x in (-0.5, 0.5)]
    return [P(cloth, roughness=0.9), P(emblem, GOLD, metallic=0.8), P([pole, *stand], DARK_WOOD)]


kind("banner", "prop", (1.052, 2.622, 0.075), _banner, RED_VELVET, "banner banners tapestry",
     "banner wimpel wandteppich standarte", "n", roughness=0.9)


def _torch(s):
    stick = s.cylinder(0.025, 0.5, sections=8)
    head = s.cylinder(0.045, 0.1, (0, 0.5, 0), sections=8)
    flame = [s.cone(0.05, 0.16, (0, 0.6, 0), sections=8), s.sphere(0.04, (0, 0.63, 0), subdivisions=1)]
    return [P(stick), P(head, BLACK), P(flame, FLAME, emissive=3.0)]


kind("torch", "light", (0.1, 0.76, 0.1), _torch, WOOD, "torch torches flambeau", "fackel fackeln", "f",
     roughness=0.8)


def _armour_stand(s):
    post = s.cylinder(0.03, 1.2, (0, 0.05, 0), sections=6)
    base = s.cylinder(0.25, 0.05, sections=12)
    chest = s.lathe([(0.16, 0.95), (0.2, 1.15), (0.22, 1.35), (0.12, 1.45), (0.0, 1.47)], 12)
    belt = s.lathe([(0.15, 0.85), (0.17, 0.95)], 12)
    helmet = [s.lathe([(0.0, 1.5), (0.12, 1.52), (0.13, 1.68), (0.08, 1.78), (0.0, 1.8)], 12)]
    slit = s.box((0.16, 0.02, 0.02), (0, 1.64, 0.125))
    arms = [s.cylinder_between((x * 0.22, 1.38, 0), (x * 0.3, 0.95, 0.05), 0.06, 8) for x in (-1, 1)]
    shoulders = [s.sphere(0.09, (x * 0.24, 1.38, 0), subdivisions=1) for x in (-1, 1)]
    legs = [s.cylinder_between((x * 0.09, 0.85, 0), (x * 0.1, 0.1, 0), 0.065, 8) for x in (-1, 1)]
    return [P([chest, belt, *helmet, *arms, *shoulders, *legs]), P(slit, BLACK), P([post, base], DARK_WOOD)]


kind("armour_stand", "prop", (0.75, 1.8, 0.5), _armour_stand, (0.75, 0.76, 0.78), "armour suit_of_armour armor "
     "suit_of_armor armour_stand", "rüstung rüstungen ritterrüstung", "f", roughness=0.25, metallic=1.0)


def _shield(s):
    outline = [(-0.3, 0.75), (0.3, 0.75), (0.3, 0.35), (0.15, 0.1), (0.0, 0.0), (-0.15, 0.1), (-0.3, 0.35)]
    board = s.prism(outline, -0.02, 0.02)
    cross = [s.box((0.1, 0.6, 0.01), (0, 0.42, 0.025)), s.box((0.45, 0.1, 0.01), (0, 0.5, 0.025))]
    rim = s.prism([(-0.32, 0.77), (0.32, 0.77), (0.32, 0.72), (-0.32, 0.72)], -0.025, 0.025)
    return [P(board), P(cross, GOLD, metallic=0.8), P(rim, METAL, metallic=1.0)]


kind("shield", "prop", (0.64, 0.77, 0.055), _shield, (0.15, 0.25, 0.6), "shield shields", "schild schilde", "m",
     roughness=0.5)


def _sword(s):
    blade = s.prism([(-0.025, 0.25), (0.025, 0.25), (0.025, 1.0), (0.0, 1.06), (-0.025, 1.0)], -0.004, 0.004)
    guard = s.box((0.22, 0.03, 0.04), (0, 0.235, 0))
    grip = s.cylinder(0.016, 0.2, (0, 0.03, 0), sections=8)
    pommel = s.sphere(0.03, (0, 0.03, 0), subdivisions=1)
    return [P(blade), P([guard, pommel], GOLD, metallic=1.0), P(grip, (0.3, 0.15, 0.08))]


kind("sword", "prop", (0.22, 1.06, 0.06), _sword, (0.85, 0.86, 0.88), "sword swords blade sabre saber",
     "schwert schwerter säbel klinge", "n", roughness=0.15, metallic=1.0)


def _spear(s):
    shaft = s.cylinder(0.017, 2.0, sections=8)
    head = s.lathe([(0.0, 2.0), (0.03, 2.05), (0.0, 2.25)], 4)
    return [P(head), P(shaft, WOOD, roughness=0.7)]


kind("spear", "prop", (0.06, 2.25, 0.06), _spear, METAL, "spear spears lance lances javelin", "speer speere lanze "
     "lanzen", "m", roughness=0.3, metallic=1.0)


def _chest(s):
    box = s.box((0.8, 0.4, 0.5), (0, 0.2, 0))
    lid = s.translated(s.rotated(s.cylinder(0.25, 0.8, (0, -0.4, 0), sections=12), 90, (0, 0, 1)), (0, 0.4, 0))
    bands = [s.box((0.06, 0.42, 0.52), (x, 0.21, 0)) for x in (-0.3, 0.3)]
    arches = [s.translated(s.rotated(s.cylinder(0.26, 0.06, (0, -0.03, 0), sections=12), 90, (0, 0, 1)),
                           (x, 0.4, 0)) for x in (-0.3, 0.3)]
    lock = s.box((0.1, 0.12, 0.03), (0, 0.38, 0.26))
    gold = [s.sphere(0.05, (x, 0.42, z), subdivisions=1) for x, z in ((-0.1, 0.12), (0.12, 0.1), (0.0, 0.2))]
    return [P([box, lid]), P([*bands, *arches], DARK_METAL, metallic=0.8), P([lock, *gold], GOLD, metallic=1.0)]


kind("treasure_chest", "prop", (0.8, 0.66, 0.53), _chest, (0.45, 0.25, 0.1), "treasure_chest treasure_chests chest "
     "chests treasure", "schatztruhe schatztruhen truhe truhen schatz", "f", roughness=0.7)


def _crown(s):
    band = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.1, 0.06), (0.09, 0.06), (0.09, 0.01), (0.0, 0.01)], 16)
    points = [s.rotated(s.cone(0.025, 0.08, (0, 0.06, 0.095), sections=4), a, (0, 1, 0)) for a in range(0, 360, 45)]
    gems = [s.rotated(s.sphere(0.015, (0, 0.03, 0.1), subdivisions=1), a, (0, 1, 0)) for a in (0, 90, 180, 270)]
    return [P([band, *points]), P(gems, (0.8, 0.1, 0.15), roughness=0.1)]


kind("crown", "prop", (0.23, 0.14, 0.23), _crown, GOLD, "crown crowns tiara diadem", "krone kronen diadem", "f",
     roughness=0.2, metallic=1.0)


def _cannon(s):
    barrel = s.cylinder_between((0, 0.6, -0.7), (0, 0.75, 1.1), 0.2, 12, radius1=0.14)
    muzzle = s.torus(0.15, 0.04, (0, 0.75, 1.08), axis="z", sections=12)
    carriage = s.box((0.6, 0.35, 1.2), (0, 0.4, -0.2))
    wheels = [s.torus(0.3, 0.06, (x, 0.36, z), axis="x", sections=12) for x in (-0.38, 0.38) for z in (0.2,)]
    balls = [s.sphere(0.12, (x, 0.12, -0.9), subdivisions=1) for x in (-0.15, 0.15)]
    return [P([barrel, muzzle]), P([carriage], DARK_WOOD), P(wheels, WOOD), P(balls, BLACK)]


kind("cannon", "prop", (0.88, 0.95, 2.1), _cannon, (0.15, 0.15, 0.16), "cannon cannons", "kanone kanonen", "f",
     roughness=0.4, metallic=0.8)


def _catapult(s):
    base = [s.box((0.15, 0.15, 2.4), (x, 0.5, 0)) for x in (-0.6, 0.6)] + [s.box((1.35, 0.15, 0.15),
                                                                                 (0, 0.5, z)) for z in (-1, 1)]
    wheels = [s.torus(0.35, 0.06, (x, 0.38, z), axis="x", sections=12) for x in (-0.75, 0.75) for z in (-0.8, 0.8)]
    frame = [s.cylinder_between((x, 0.5, -0.3), (x * 0.5, 1.8, 0.1), 0.06, 6) for x in (-0.6, 0.6)]
    frame += [s.cylinder_between((-0.4, 1.6, 0.05), (0.4, 1.6, 0.05), 0.07, 6)]
    arm = s.cylinder_between((0, 0.6, 0.9), (0, 2.3, -0.6), 0.06, 6)
    bucket = s.lathe([(0.0, 0.0), (0.2, 0.0), (0.25, 0.15), (0.0, 0.15)], 8, (0, 2.3, -0.6))
    return [P([*base, *frame, arm, bucket]), P(wheels, DARK_WOOD)]


kind("catapult", "vehicle", (1.62, 2.45, 2.4), _catapult, WOOD, "catapult catapults trebuchet", "katapult "
     "katapulte", "n", roughness=0.8)


def _bow(s):
    pts = [(0.0, 0.05), (0.12, 0.3), (0.16, 0.65), (0.12, 1.0), (0.0, 1.25)]
    limbs = [s.cylinder_between((x0, y0, 0), (x1, y1, 0), 0.014, 6) for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:],
                                                                                                   strict=True)]
    string = s.cylinder_between((0.0, 0.05, 0), (0.0, 1.25, 0), 0.002, 4)
    arrow = [s.cylinder_between((-0.45, 0.65, 0), (0.25, 0.65, 0), 0.006, 4),
             s.cone(0.015, 0.06, (0, 0, 0), sections=4)]
    arrow[1] = s.translated(s.rotated(arrow[1], -90, (0, 0, 1)), (0.25, 0.65, 0))
    return [P(limbs), P(string, (0.9, 0.9, 0.85)), P(arrow, (0.6, 0.6, 0.6))]


kind("bow", "prop", (0.77, 1.27, 0.03), _bow, WOOD, "longbow longbows bow_and_arrow arrow arrows",
     "bogen pfeil pfeile langbogen", "m", roughness=0.6)


def _helmet(s):
    dome = s.lathe([(0.0, 0.0), (0.13, 0.0), (0.14, 0.14), (0.1, 0.24), (0.0, 0.27)], 12)
    slit = s.box((0.18, 0.025, 0.02), (0, 0.13, 0.135))
    plume = s.ellipsoid((0.03, 0.08, 0.1), (0, 0.3, -0.03), subdivisions=1)
    return [P(dome), P(slit, BLACK), P(plume, (0.8, 0.1, 0.1), roughness=0.9)]


kind("helmet", "prop", (0.28, 0.38, 0.29), _helmet, (0.75, 0.76, 0.78), "helmet helmets", "helm helme", "m",
     roughness=0.25, metallic=1.0)


def _goblet(s):
    return [P(s.lathe([(0.0, 0.0), (0.05, 0.0), (0.05, 0.01), (0.012, 0.03), (0.012, 0.1), (0.05, 0.13),
                       (0.055, 0.2), (0.05, 0.2), (0.0, 0.14)], 12))]


kind("chalice", "prop", (0.11, 0.2, 0.11), _goblet, GOLD, "chalice chalices grail", "gral "
     "abendmahlskelch", "m", roughness=0.2, metallic=1.0)


def _cauldron(s):
    pot = s.lathe([(0.0, 0.05), (0.2, 0.08), (0.3, 0.25), (0.27, 0.45), (0.25, 0.45), (0.0, 0.4)], 16)
    brew = s.cylinder(0.25, 0.02, (0, 0.42, 0), sections=16)
    legs = [s.cylinder_between((x * 0.18, 0.1, z * 0.18), (x * 0.2, 0.0, z * 0.2), 0.03, 6)
            for x, z in ((1, 0), (-0.5, 0.87), (-0.5, -0.87))]
    return [P([pot, *legs]), P(brew, (0.3, 0.9, 0.3), emissive=1.2)]


kind("cauldron", "prop", (0.6, 0.45, 0.6), _cauldron, (0.12, 0.12, 0.13), "cauldron cauldrons",
     "kessel hexenkessel zauberkessel", "m", roughness=0.5, metallic=0.7)


def _wand(s):
    stick = s.cylinder(0.008, 0.35, sections=6)
    tip = s.sphere(0.018, (0, 0.36, 0), subdivisions=1)
    return [P(stick), P(tip, (0.8, 0.9, 1.0), emissive=2.0)]


kind("wand", "prop", (0.036, 0.378, 0.036), _wand, (0.25, 0.15, 0.1), "magic_wand magic_wands",
     "zauberstab zauberstäbe stab", "m", roughness=0.6)


def _crystal_ball(s):
    ball = s.sphere(0.12, (0, 0.2, 0))
    stand = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.06, 0.06), (0.09, 0.1), (0.0, 0.1)], 12)
    return [P(ball, opacity=0.6, emissive=0.6), P(stand, GOLD, metallic=1.0)]


kind("crystal_ball", "prop", (0.24, 0.32, 0.24), _crystal_ball, (0.6, 0.7, 1.0), "crystal_ball crystal_balls",
     "kristallkugel kristallkugeln wahrsagekugel", "f", roughness=0.05)


def _gem(s):
    gem = s.lathe([(0.0, 0.0), (0.06, 0.06), (0.045, 0.09), (0.0, 0.095)], 8)
    return [P(gem, emissive=0.3)]


kind("gem", "prop", (0.12, 0.095, 0.12), _gem, (0.3, 0.85, 0.6), "gem gems jewel jewels crystal crystals diamond "
     "diamonds emerald ruby", "edelstein edelsteine juwel juwelen kristall kristalle diamant diamanten smaragd "
     "rubin", "m", roughness=0.05)


def _coffin(s):
    outline = [(-0.28, 0.0), (0.28, 0.0), (0.35, 1.4), (0.22, 2.0), (-0.22, 2.0), (-0.35, 1.4)]
    body = s.translated(s.rotated(s.prism(outline, 0.0, 0.5), -90, (1, 0, 0)), (0, 0, 1.0))
    cross = [s.box((0.06, 0.02, 0.5), (0, 0.51, -0.3)), s.box((0.3, 0.02, 0.06), (0, 0.51, -0.4))]
    return [P(body), P(cross, GOLD, metallic=0.8)]


kind("coffin", "furniture", (0.7, 0.52, 2.0), _coffin, (0.25, 0.13, 0.08), "coffin coffins", "sarg särge", "m",
     roughness=0.6)
