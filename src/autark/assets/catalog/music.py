"""Built-in musical instruments and stage gear, standing up as they would on a stage (a guitar on its stand)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, CREAM, DARK_METAL, DARK_WOOD, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

BRASS = (0.85, 0.65, 0.25)


def _body_8(s, lower, upper, waist, y_low, y_up, depth):
    """A guitar-like body: two flattened discs joined at a waist, standing in the XY plane."""
    low = s.scaled(s.cylinder(lower, depth, (0, -depth / 2, 0), sections=16), (1, 1, 1))
    low = s.translated(s.rotated(low, 90, (1, 0, 0)), (0, y_low, 0))
    up = s.translated(s.rotated(s.cylinder(upper, depth, (0, -depth / 2, 0), sections=16), 90, (1, 0, 0)),
                      (0, y_up, 0))
    mid = s.box((waist * 2, y_up - y_low, depth), (0, (y_low + y_up) / 2, 0))
    return [low, up, mid]


def _guitar(s):
    body = _body_8(s, 0.19, 0.145, 0.12, 0.2, 0.44, 0.1)
    hole = s.translated(s.rotated(s.cylinder(0.045, 0.01, (0, -0.005, 0), sections=12), 90, (1, 0, 0)),
                        (0, 0.4, 0.05))
    neck = s.box((0.05, 0.5, 0.03), (0, 0.8, 0.02))
    head = s.box((0.08, 0.18, 0.03), (0, 1.12, 0.01))
    return [P(body), P(hole, BLACK), P([neck, head], DARK_WOOD, roughness=0.5)]


kind("guitar", "prop", (0.38, 1.2, 0.1), _guitar, (0.85, 0.55, 0.25), "guitar guitars acoustic_guitar",
     "gitarre gitarren", "f", roughness=0.35)


def _electric_guitar(s):
    body = _body_8(s, 0.17, 0.12, 0.1, 0.2, 0.38, 0.05)
    horn = s.translated(s.rotated(s.cylinder(0.05, 0.05, (0, -0.025, 0), sections=8), 90, (1, 0, 0)),
                        (0.12, 0.52, 0))
    neck = s.box((0.045, 0.55, 0.03), (0, 0.75, 0.0))
    head = s.box((0.07, 0.16, 0.025), (0.01, 1.1, 0.0))
    pick = s.box((0.14, 0.12, 0.01), (0.0, 0.26, 0.028))
    return [P([*body, horn]), P([neck, head], DARK_WOOD), P(pick, WHITE, roughness=0.3)]


kind("electric_guitar", "prop", (0.34, 1.15, 0.058), _electric_guitar, (0.8, 0.1, 0.12),
     "electric_guitar electric_guitars bass_guitar", "e-gitarre egitarre bassgitarre", "f", roughness=0.25)


def _violin(s):
    body = _body_8(s, 0.1, 0.085, 0.06, 0.1, 0.26, 0.05)
    neck = s.box((0.03, 0.22, 0.025), (0, 0.45, 0))
    scroll = s.sphere(0.022, (0, 0.58, 0), subdivisions=1)
    chin = s.box((0.04, 0.1, 0.02), (0.0, 0.2, 0.03))
    return [P(body), P([neck, scroll, chin], BLACK, roughness=0.4)]


kind("violin", "prop", (0.2, 0.602, 0.065), _violin, (0.6, 0.25, 0.08), "violin violins fiddle fiddles viola",
     "geige geigen violine violinen bratsche", "f", roughness=0.3)


def _cello(s):
    body = _body_8(s, 0.22, 0.18, 0.13, 0.3, 0.6, 0.2)
    neck = s.box((0.05, 0.4, 0.04), (0, 0.95, 0))
    scroll = s.sphere(0.04, (0, 1.18, 0), subdivisions=1)
    spike = s.cylinder(0.01, 0.09, sections=6)
    return [P(body), P([neck, scroll, spike], BLACK, roughness=0.4)]


kind("cello", "prop", (0.44, 1.22, 0.2), _cello, (0.55, 0.22, 0.08), "cello cellos double_bass contrabass",
     "cello celli kontrabass", "n", roughness=0.3)


def _piano(s):
    outline = [(-0.75, 0.0), (0.75, 0.0), (0.75, 1.9), (0.1, 1.5), (-0.75, 0.6)]  # seen from above, keys at y=0
    case = s.translated(s.rotated(s.prism(outline, 0.0, 0.35), -90, (1, 0, 0)), (0, 0.65, 0.95))
    lid = s.translated(s.rotated(s.prism(outline, 0.0, 0.03), -90, (1, 0, 0)), (0, 1.0, 0.95))
    open_lid = s.rotated(lid, -40, (0, 0, 1), (0.75, 1.03, 0))  # hinged on the straight side, propped open
    legs = [s.box((0.08, 0.65, 0.08), (x, 0.325, z)) for x, z in ((-0.65, 0.85), (0.65, 0.85), (0.6, -0.85))]
    keys = s.box((1.4, 0.04, 0.18), (0, 0.72, 1.04))
    black = [s.box((0.012, 0.02, 0.1), (-0.65 + i * 0.1, 0.75, 1.0)) for i in range(14)]
    return [P([case, *legs]), P(open_lid), P(keys, WHITE, roughness=0.3), P(black, BLACK, roughness=0.3)]


kind("piano", "furniture", (1.5, 2.05, 2.14), _piano, (0.04, 0.04, 0.05), "piano pianos grand_piano",
     "klavier klaviere flügel piano", "n", roughness=0.15)


def _drum(s):
    shell = s.cylinder(0.2, 0.3, (0, 0.5, 0), sections=20)
    heads = [s.cylinder(0.205, 0.01, (0, y, 0), sections=20) for y in (0.495, 0.8)]
    stand = [s.cylinder_between((0, 0.5, 0), (x * 0.25, 0.0, z * 0.25), 0.012, 6)
             for x, z in ((1, 0), (-0.5, 0.87), (-0.5, -0.87))]
    sticks = [s.cylinder_between((x, 0.82, 0.05), (x * 1.8, 0.86, 0.3), 0.008, 6) for x in (-0.05, 0.05)]
    return [P(shell), P(heads, CREAM, roughness=0.8), P(stand, METAL, metallic=1.0), P(sticks, WOOD)]


kind("drum", "prop", (0.46, 0.87, 0.53), _drum, (0.8, 0.12, 0.12), "drum drums snare_drum", "trommel trommeln "
     "pauke", "f", roughness=0.3)


def _drum_kit(s):
    bass = s.translated(s.rotated(s.cylinder(0.28, 0.4, (0, -0.2, 0), sections=20), 90, (1, 0, 0)), (0, 0.28, 0))
    toms = [s.cylinder(0.15, 0.2, (x, 0.6, 0.1), sections=16) for x in (-0.2, 0.2)]
    floor_tom = s.cylinder(0.2, 0.45, (0.6, 0.0, 0.15), sections=16)
    snare = s.cylinder(0.18, 0.14, (-0.55, 0.5, 0.25), sections=16)
    cymbals = [s.cone(0.22, 0.03, (x, 1.0, z), sections=16) for x, z in ((-0.7, -0.1), (0.65, -0.2))]
    stands = [s.cylinder(0.012, 1.0, (x, 0.0, z), sections=6) for x, z in ((-0.7, -0.1), (0.65, -0.2))]
    heads = s.translated(s.rotated(s.cylinder(0.24, 0.01, (0, 0.2, 0), sections=20), 90, (1, 0, 0)), (0, 0.28, 0))
    return [P([bass, *toms, floor_tom, snare]), P(cymbals, (0.85, 0.7, 0.3), metallic=1.0, roughness=0.3),
            P(stands, METAL, metallic=1.0), P(heads, WHITE, roughness=0.7)]


kind("drum_kit", "prop", (1.79, 1.03, 0.85), _drum_kit, (0.15, 0.25, 0.6), "drum_kit drum_set drumkit drumkits",
     "schlagzeug schlagzeuge", "n", roughness=0.25)


def _trumpet(s):
    tube = s.cylinder_between((-0.22, 0.08, 0), (0.12, 0.08, 0), 0.008, 8)
    bell = s.cylinder_between((0.12, 0.08, 0), (0.25, 0.08, 0), 0.012, 12, radius1=0.06)
    lower = s.cylinder_between((-0.12, 0.04, 0), (0.12, 0.04, 0), 0.008, 8)
    valves = [s.cylinder(0.011, 0.1, (x, 0.02, 0), sections=8) for x in (-0.03, 0.0, 0.03)]
    mouth = s.cylinder_between((-0.25, 0.08, 0), (-0.22, 0.08, 0), 0.01, 8)
    return [P([tube, bell, lower, *valves, mouth])]


kind("trumpet", "prop", (0.5, 0.12, 0.12), _trumpet, (0.9, 0.7, 0.25), "trumpet trumpets horn horns",
     "trompete trompeten horn hörner", "f", roughness=0.2, metallic=1.0)


def _flute(s):
    body = s.cylinder_between((-0.33, 0.012, 0), (0.33, 0.012, 0), 0.011, 10)
    keys = [s.cylinder(0.006, 0.006, (x, 0.022, 0), sections=6) for x in (-0.1, -0.05, 0.0, 0.05, 0.1, 0.15, 0.2)]
    return [P([body, *keys])]


kind("flute", "prop", (0.66, 0.028, 0.022), _flute, (0.85, 0.86, 0.88), "flute flutes recorder",
     "flöte flöten querflöte blockflöte", "f", roughness=0.2, metallic=1.0)


def _microphone(s):
    base = s.cylinder(0.14, 0.02, sections=16)
    pole = s.cylinder(0.012, 1.45, sections=8)
    arm = s.cylinder_between((0, 1.45, 0), (0, 1.5, 0.12), 0.01, 6)
    mic = s.cylinder_between((0, 1.5, 0.12), (0, 1.55, 0.25), 0.016, 8, radius1=0.022)
    grille = s.sphere(0.028, (0, 1.56, 0.27), subdivisions=1)
    return [P([base, pole, arm]), P(mic, BLACK), P(grille, METAL, metallic=1.0, roughness=0.4)]


kind("microphone", "prop", (0.28, 1.588, 0.438), _microphone, DARK_METAL, "microphone microphones mic mics",
     "mikrofon mikrofone mikro", "n", roughness=0.4, metallic=0.8)


def _harp(s):
    pillar = s.cylinder_between((-0.35, 0.1, 0), (-0.38, 1.6, 0), 0.04, 8)
    sound = s.cylinder_between((-0.3, 0.1, 0), (0.35, 1.55, 0), 0.07, 8, radius1=0.035)
    neck = [s.cylinder_between((-0.38, 1.6, 0), (0.0, 1.5, 0), 0.04, 8),
            s.cylinder_between((0.0, 1.5, 0), (0.35, 1.62, 0), 0.04, 8)]
    base = s.box((0.8, 0.1, 0.3), (0, 0.05, 0))
    strings = [s.cylinder_between((x, 0.1 + (x + 0.3) * 2.2, 0), (x, min(1.5 + (x * 0.3 if x > 0 else -x * 0.3),
                                                                   1.6), 0), 0.003, 4)
               for x in [-0.28 + 0.06 * i for i in range(11)]]
    return [P([pillar, sound, *neck, base]), P(strings, (0.95, 0.9, 0.7), roughness=0.3)]


kind("harp", "prop", (0.82, 1.66, 0.3), _harp, (0.8, 0.6, 0.25), "harp harps lyre", "harfe harfen leier", "f",
     roughness=0.3, metallic=0.4)


def _saxophone(s):
    neck = s.cylinder_between((0.02, 0.75, 0), (-0.06, 0.85, 0), 0.012, 8)
    body = s.cylinder_between((0.0, 0.75, 0), (0.0, 0.2, 0), 0.02, 10, radius1=0.045)
    bow = s.torus(0.07, 0.045, (0.07, 0.17, 0), axis="z", sections=12, tube_sections=8)
    bell = s.cylinder_between((0.14, 0.17, 0), (0.16, 0.45, 0), 0.045, 12, radius1=0.075)
    keys = [s.sphere(0.012, (-0.03, y, 0.02), subdivisions=1) for y in (0.3, 0.38, 0.46, 0.54, 0.62)]
    return [P([neck, body, bow, bell]), P(keys, CREAM)]


kind("saxophone", "prop", (0.304, 0.8, 0.15), _saxophone, BRASS, "saxophone saxophones sax", "saxofon saxophon "
     "saxofone", "n", roughness=0.2, metallic=1.0)


def _xylophone(s):
    frame = [s.box((0.9, 0.04, 0.04), (0, 0.7, z)) for z in (-0.15, 0.15)]
    legs = [s.box((0.04, 0.7, 0.04), (x, 0.35, z)) for x in (-0.4, 0.4) for z in (-0.15, 0.15)]
    colours = ((0.9, 0.2, 0.2), (0.95, 0.6, 0.1), (0.95, 0.9, 0.2), (0.3, 0.75, 0.3), (0.2, 0.5, 0.9))
    bars = [[s.box((0.06, 0.025, 0.36 - i * 0.02), (-0.36 + (j * 5 + i) * 0.08, 0.73, 0))
             for j in range(2)] for i in range(5)]
    return [P([*frame, *legs]), *(P(b, c, roughness=0.4) for b, c in zip(bars, colours, strict=True))]


kind("xylophone", "prop", (0.9, 0.742, 0.36), _xylophone, DARK_WOOD, "xylophone xylophones glockenspiel",
     "xylofon xylophon glockenspiel", "n")


def _music_stand(s):
    tripod = [s.cylinder_between((0, 0.5, 0), (x * 0.28, 0.0, z * 0.28), 0.01, 6)
              for x, z in ((1, 0), (-0.5, 0.87), (-0.5, -0.87))]
    pole = s.cylinder(0.012, 1.1, (0, 0.5, 0), sections=6)
    desk = s.rotated(s.box((0.5, 0.35, 0.01), (0, 1.3, 0)), -20, (1, 0, 0), (0, 1.15, 0))
    sheet = s.rotated(s.box((0.4, 0.28, 0.004), (0, 1.32, 0.008)), -20, (1, 0, 0), (0, 1.15, 0))
    return [P([*tripod, pole, desk]), P(sheet, WHITE, roughness=0.9)]


kind("music_stand", "prop", (0.54, 1.6, 0.5), _music_stand, BLACK, "music_stand music_stands sheet_music",
     "notenständer notenpult noten", "m", roughness=0.4, metallic=0.6)


def _loudspeaker(s):
    box = s.box((0.5, 1.0, 0.45), (0, 0.5, 0))
    cones = [s.translated(s.rotated(s.cone(r, 0.04, (0, 0, 0), sections=16), 90, (1, 0, 0)), (0, y, 0.225))
             for r, y in ((0.19, 0.32), (0.08, 0.75))]
    return [P(box), P(cones, DARK_METAL, roughness=0.6)]


kind("loudspeaker", "prop", (0.5, 1.0, 0.49), _loudspeaker, (0.1, 0.1, 0.11), "loudspeaker loudspeakers speaker "
     "speakers amplifier amp", "lautsprecher boxen verstärker", "m", roughness=0.7)


def _tambourine(s):
    ring = s.translated(s.rotated(s.torus(0.12, 0.025, axis="y", sections=20), 90, (1, 0, 0)), (0, 0.145, 0))
    skin = s.translated(s.rotated(s.cylinder(0.12, 0.01, (0, -0.005, 0), sections=20), 90, (1, 0, 0)),
                        (0, 0.145, 0))
    jingles = [s.translated(s.rotated(s.cylinder(0.02, 0.012, (0, -0.006, 0), sections=8), 90, (0, 0, 1)),
                            (0.0, 0.145, 0.0)) for _ in range(1)]
    return [P(ring), P(skin, CREAM, roughness=0.8), P(jingles, METAL, metallic=1.0)]


kind("tambourine", "prop", (0.29, 0.29, 0.05), _tambourine, (0.7, 0.35, 0.15), "tambourine tambourines",
     "tamburin tamburine", "n", roughness=0.5)
