"""The things of the open places ideas often name that had no set of their own, and the key props of those
places: a hot-air balloon and a small aeroplane (the sky, an airfield), a cloud to stand on, a far mountain
peak, reeds (a swamp, a river bank), a grandstand full of spectators (a stadium), a raft and a firefly.

Each is built from primitives, bottom centre at the origin, front toward +Z, in metres. The balloon and the
aeroplane are set pieces (``autark.story.set_pieces``): they stand behind the cast, seen whole.
"""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import WHITE
from autark.assets.catalog._parts import _part as P

WICKER = (0.62, 0.45, 0.25)
ROPE = (0.35, 0.3, 0.25)
SNOW = (0.96, 0.97, 0.99)
CROWD = ((0.85, 0.2, 0.15), (0.15, 0.35, 0.75), (0.95, 0.8, 0.2), (0.2, 0.6, 0.3), (0.95, 0.95, 0.92))
FACE = (0.87, 0.68, 0.55)


def _hot_air_balloon(s):
    # the envelope: a lathe of an inverted pear, its colour in vertical gores (two colours alternate)
    profile = [(0.0, 2.9), (0.7, 2.9), (1.4, 3.4), (2.1, 4.3), (2.45, 5.3), (2.5, 6.2), (2.1, 6.9), (1.2, 7.3),
               (0.0, 7.4)]  # bottom up: the lathe's faces then point outward
    envelope = s.lathe(profile, 24)
    stripes = [s.rotated(s.box_between((-0.05, 3.0, 0.0), (0.05, 7.35, 2.55)), a, (0, 1, 0))
               for a in range(0, 360, 45)]
    stripes = [s.merge([m]) for m in stripes]
    basket = s.box_between((-0.65, 0.0, -0.65), (0.65, 1.0, 0.65))
    rim = s.box_between((-0.7, 0.95, -0.7), (0.7, 1.08, 0.7))
    ropes = [s.cylinder_between((0.6 * sx, 1.05, 0.6 * sz), (0.7 * sx, 2.95, 0.7 * sz), 0.02, 4)
             for sx in (-1, 1) for sz in (-1, 1)]
    burner = s.cylinder(0.18, 0.3, (0.0, 2.0, 0.0), 10)
    flame = s.cone(0.12, 0.45, (0.0, 2.3, 0.0), 8)
    return [P(envelope, roughness=0.6), P(stripes, (0.95, 0.85, 0.2), roughness=0.6),
            P([basket, rim], WICKER, roughness=0.9), P(ropes, ROPE), P(burner, (0.3, 0.3, 0.32), metallic=0.6),
            P(flame, (1.0, 0.6, 0.15), emissive=2.0)]


kind("hot_air_balloon", "vehicle", (5.1, 7.4, 5.1), _hot_air_balloon, (0.85, 0.2, 0.15),
     "hot_air_balloon hot_air_balloons air_balloon montgolfier airship blimp zeppelin",
     "heissluftballon heissluftballons heißluftballon heißluftballons ballonkorb luftschiff zeppelin", "m",
     tops=((1.08, (-0.6, -0.6), (0.6, 0.6)),), roughness=0.6)


def _airplane(s):
    body = s.loft([[(math.cos(a) * r, 1.3 + math.sin(a) * r * 1.05, z) for a in
                    (i * math.pi / 6 for i in range(12))] for z, r in
                   ((-3.6, 0.12), (-2.6, 0.45), (0.0, 0.75), (2.4, 0.75), (3.3, 0.5), (3.7, 0.2))])
    wings = s.box_between((-4.6, 1.2, 0.3), (4.6, 1.32, 1.7))
    tail = s.box_between((-1.7, 1.3, -3.5), (1.7, 1.38, -2.8))
    fin = s.prism([(-3.6, 1.3), (-2.7, 1.3), (-3.5, 2.7), (-3.75, 2.7)], -0.05, 0.05)
    fin = s.rotated(fin, -90.0, (0, 1, 0))
    windows = s.box_between((-0.5, 1.65, 2.35), (0.5, 1.95, 2.75))
    prop_hub = s.cylinder_between((0.0, 1.3, 3.7), (0.0, 1.3, 3.85), 0.12, 10)
    blades = [s.box_between((-0.08, 0.55, 3.82), (0.08, 2.05, 3.86)), s.box_between((-0.75, 1.22, 3.82),
                                                                                    (0.75, 1.38, 3.86))]
    legs = [s.cylinder_between((x, 0.25, 1.4), (x * 0.5, 0.9, 1.2), 0.05, 6) for x in (-1.0, 1.0)]
    wheels = [s.cylinder_between((x - 0.1, 0.25, 1.4), (x + 0.1, 0.25, 1.4), 0.25, 12) for x in (-1.0, 1.0)]
    tail_wheel = s.cylinder_between((-0.05, 0.6, -3.2), (0.05, 0.6, -3.2), 0.1, 8)
    strut = s.cylinder_between((0.0, 0.65, -3.2), (0.0, 1.0, -3.1), 0.03, 6)
    return [P([body, fin], roughness=0.4), P([wings, tail], WHITE, roughness=0.4),
            P(windows, (0.15, 0.25, 0.35), roughness=0.1), P([prop_hub, *blades], (0.2, 0.2, 0.22), metallic=0.5),
            P([*legs, strut], (0.5, 0.5, 0.52), metallic=0.6), P([*wheels, tail_wheel], (0.08, 0.08, 0.08))]


kind("airplane", "vehicle", (9.2, 2.7, 7.61), _airplane, (0.85, 0.15, 0.15),
     "airplane airplanes aeroplane aeroplanes plane planes aircraft jet jets airliner biplane seaplane",
     "flugzeug flugzeuge jet jets passagierflugzeug propellerflugzeug doppeldecker", "n",
     roughness=0.4)


def _cloud(s):
    puffs = [s.ellipsoid((rx, ry, rz), c, 2) for rx, ry, rz, c in (
        (1.3, 0.7, 1.0, (0.0, 0.7, 0.0)), (0.9, 0.55, 0.8, (-1.2, 0.55, 0.2)), (1.0, 0.6, 0.85, (1.2, 0.6, -0.1)),
        (0.7, 0.5, 0.7, (0.3, 1.05, 0.3)), (0.8, 0.45, 0.7, (-0.4, 0.45, 0.7)), (0.75, 0.4, 0.6, (0.8, 0.4, 0.65)))]
    return [P(puffs, roughness=1.0)]


kind("cloud", "nature", (4.3, 1.55, 2.4), _cloud, SNOW, "cloud fluffy_cloud cumulus",
     "wolke schaefchenwolke schäfchenwolke", "f", roughness=1.0)


def _mountain(s):
    peak = s.cone(7.0, 9.0, (0.0, 0.0, 0.0), 9)
    shoulder = s.cone(4.5, 5.5, (4.0, 0.0, 1.0), 8)
    cap = s.cone(2.35, 3.0, (0.0, 6.02, 0.0), 9)
    cap2 = s.cone(1.2, 1.5, (4.0, 4.02, 1.0), 8)
    return [P([peak, shoulder], roughness=0.95), P([cap, cap2], SNOW, roughness=0.8)]


kind("mountain", "nature", (15.4, 9.02, 13.58), _mountain, (0.45, 0.43, 0.42), "far_mountain mountain_range",
     "bergkette gebirgskette", "f", roughness=0.95)


def _reeds(s):
    stems, heads = [], []
    for i in range(11):
        x = -0.45 + 0.09 * i + 0.03 * math.sin(i * 2.1)
        z = 0.25 * math.sin(i * 1.7)
        h = 1.1 + 0.35 * abs(math.sin(i * 0.9))
        lean = 0.12 * math.sin(i * 3.1)
        stems.append(s.cylinder_between((x, 0.0, z), (x + lean, h, z), 0.012, 5))
        heads.append(s.cylinder_between((x + lean * 0.85, h - 0.22, z), (x + lean, h, z), 0.03, 6))
    return [P(stems, roughness=0.9), P(heads, (0.4, 0.26, 0.14), roughness=0.9)]


kind("reeds", "nature", (0.96, 1.44, 0.55), _reeds, (0.45, 0.55, 0.25), "reed reeds cattail cattails bulrush",
     "schilf schilfrohr rohrkolben binsen", "n", roughness=0.9)


def _grandstand(s):
    tiers, backs, people, heads = [], [], [], []
    for row in range(5):
        y0, z0 = 0.5 * row, -0.9 * row
        tiers.append(s.box_between((-7.0, 0.0, z0 - 0.9), (7.0, y0 + 0.5, z0)))
        for k in range(18):
            x = -6.6 + 0.78 * k + 0.12 * (row % 2)
            people.append((row * 18 + k, s.box_between((x - 0.17, y0 + 0.5, z0 - 0.55), (x + 0.17, y0 + 1.05,
                                                                                            z0 - 0.3))))
            heads.append(s.box_between((x - 0.11, y0 + 1.06, z0 - 0.53), (x + 0.11, y0 + 1.28, z0 - 0.31)))
    backs.append(s.box_between((-7.0, 0.0, -5.0), (7.0, 3.6, -4.5)))
    roof = s.box_between((-7.2, 3.6, -5.0), (7.2, 3.75, -1.6))
    posts = [s.cylinder_between((x, 0.0, -1.75), (x, 3.6, -1.75), 0.06, 6) for x in (-6.9, 0.0, 6.9)]
    shirts = [[m for i, m in people if i * 7 % len(CROWD) == c] for c in range(len(CROWD))]
    return [P([*tiers, *backs], roughness=0.8), P([roof, *posts], (0.85, 0.86, 0.88), metallic=0.3),
            P(heads, FACE, roughness=0.7), *(P(group, colour, roughness=0.8) for group, colour in
                                              zip(shirts, CROWD, strict=True) if group)]


kind("grandstand", "structure", (14.4, 3.75, 5.0), _grandstand, (0.55, 0.57, 0.6),
     "grandstand grandstands bleachers tribune spectator_stand",
     "tribuene tribüne tribuenen tribünen zuschauertribuene zuschauertribüne", "f", roughness=0.8)


def _raft(s):
    logs = [s.cylinder_between((-1.0, 0.1, z), (1.0, 0.1, z), 0.1, 10) for z in (-0.6, -0.4, -0.2, 0.0, 0.2, 0.4,
                                                                               0.6)]
    ties = [s.box_between((x - 0.05, 0.14, -0.72), (x + 0.05, 0.2, 0.72)) for x in (-0.75, 0.75)]
    mast = s.cylinder_between((0.0, 0.2, 0.0), (0.0, 1.9, 0.0), 0.035, 6)
    sail = s.box_between((0.04, 0.7, -0.5), (0.06, 1.8, 0.5))
    return [P(logs, roughness=0.9), P(ties, ROPE, roughness=0.9), P(mast, (0.45, 0.3, 0.16)),
            P(sail, (0.92, 0.88, 0.76), roughness=0.95)]


kind("raft", "vehicle", (2.0, 1.9, 1.44), _raft, (0.55, 0.38, 0.2), "raft rafts log_raft",
     "floss floß flosse flöße floesse holzfloss holzfloß", "n", tops=((0.2, (-0.9, -0.6), (0.9, 0.6)),),
     roughness=0.9)


def _anchor(s):
    # an invisible speck on the ground: a story's props stand on the ground, so a thing seen in the air (a
    # firefly, the moon) keeps its ground point here and its body up where it is seen
    return P(s.box_between((-0.001, 0.0, -0.001), (0.001, 0.001, 0.001)), opacity=0.01, casts_shadow=False)


def _firefly(s):
    body = s.ellipsoid((0.006, 0.006, 0.012), (0.0, 1.2, 0.0), 1)
    glow = s.sphere(0.009, (0.0, 1.198, -0.012), 1)
    halo = s.sphere(0.05, (0.0, 1.2, -0.01), 1)  # the glow seen from a few metres at dusk, not the body
    wings = [s.ellipsoid((0.01, 0.002, 0.006), (x, 1.208, 0.002), 1) for x in (-0.008, 0.008)]
    return [_anchor(s), P(body, (0.15, 0.12, 0.1)), P(glow, (0.85, 1.0, 0.35), emissive=4.0),
            P(halo, (0.8, 1.0, 0.4), emissive=2.5, opacity=0.4, casts_shadow=False),
            P(wings, (0.8, 0.85, 0.9), opacity=0.6)]


kind("firefly", "prop", (0.1, 1.25, 0.1), _firefly, (0.85, 1.0, 0.35),
     "firefly fireflies glowworm glowworms lightning_bug",
     "gluehwuermchen glühwürmchen leuchtkaefer leuchtkäfer", "n", roughness=0.5)


def _moon_orb(s):
    disc = s.sphere(1.0, (0.0, 3.6, 0.0), 3)
    craters = [s.sphere(r, (x, y, 0.82), 1) for r, x, y in ((0.22, -0.3, 3.9), (0.15, 0.35, 3.3), (0.12, 0.1, 4.1))]
    return [_anchor(s), P(disc, emissive=0.8, roughness=0.9), P(craters, (0.78, 0.77, 0.7), emissive=0.5)]


# the moon as a thing something is done to ("paints the moon blue", "howls at the moon"): a large pale disc
# hanging behind the cast (a set piece), not a jump to the moon's surface (``story.thing_words.sky_bodies``)
kind("moon_orb", "prop", (2.0, 4.6, 2.04), _moon_orb, (0.95, 0.93, 0.8), "full_moon moon_disc",
     "vollmond mondscheibe", "m", roughness=0.9)
