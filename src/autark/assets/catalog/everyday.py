"""Built-in everyday things people carry, give and use (bags, phones, keys, letters, gifts, balloons) and the
places of a walk outside (a tent, a well, a bridge, a pond)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import (
    BLACK,
    CREAM,
    DARK_METAL,
    DARK_WOOD,
    GLASS,
    STONE,
    WARM_LIGHT,
    WHITE,
    WOOD,
)
from autark.assets.catalog._parts import _part as P

GOLD = (0.95, 0.75, 0.2)
WATER = (0.2, 0.45, 0.65)


def _bag(s):
    body = s.lathe([(0.0, 0.0), (0.16, 0.0), (0.14, 0.22), (0.0, 0.22)], 4)
    body = s.scaled(s.rotated(body, 45, (0, 1, 0)), (1.0, 1.0, 0.45))
    handle = s.torus(0.08, 0.01, (0, 0.22, 0), axis="z", sections=12)
    clasp = s.box((0.04, 0.03, 0.01), (0, 0.19, 0.05))
    return [P(body), P(handle, BLACK), P(clasp, GOLD, metallic=1.0)]


kind("bag", "prop", (0.226, 0.31, 0.102), _bag, (0.55, 0.25, 0.15), "bag bags handbag handbags purse shopping_bag",
     "tasche taschen handtasche einkaufstasche", "f", roughness=0.6)


def _umbrella(s):
    shaft = s.cylinder(0.01, 0.9, (0, 0.1, 0), sections=6)
    canopy = s.lathe([(0.0, 0.75), (0.5, 0.75), (0.42, 0.9), (0.0, 1.0)], 8)
    handle = s.torus(0.04, 0.01, (0.04, 0.1, 0), axis="z", sections=10)
    return [P(canopy), P([shaft, handle], BLACK)]


kind("umbrella", "prop", (1.0, 1.0, 1.0), _umbrella, (0.15, 0.2, 0.55), "umbrella umbrellas brolly",
     "regenschirm regenschirme schirm schirme", "m", roughness=0.6)


def _phone(s):
    body = s.box((0.075, 0.155, 0.009), (0, 0.08, 0))
    screen = s.box((0.066, 0.14, 0.002), (0, 0.08, 0.005))
    stand = s.box((0.05, 0.005, 0.06), (0, 0.0025, -0.02))
    return [P([body, stand]), P(screen, (0.2, 0.45, 0.85), emissive=1.0)]


kind("phone", "prop", (0.075, 0.158, 0.06), _phone, BLACK, "phone phones telephone telephones smartphone "
     "cellphone mobile_phone", "telefon telefone handy handys smartphone", "n", roughness=0.3)


def _camera(s):
    body = s.box((0.13, 0.09, 0.07), (0, 0.045, 0))
    lens = s.cylinder_between((0, 0.045, 0.035), (0, 0.045, 0.1), 0.032, 12)
    glass = s.cylinder_between((0, 0.045, 0.1), (0, 0.045, 0.102), 0.026, 12)
    flash = s.box((0.035, 0.025, 0.03), (-0.04, 0.1, 0))
    return [P([body, flash]), P(lens, DARK_METAL, metallic=0.7), P(glass, GLASS, roughness=0.05)]


kind("photo_camera", "prop", (0.13, 0.1125, 0.137), _camera, (0.15, 0.15, 0.16), "photo_camera photo_cameras",
     "fotoapparat fotoapparate fotokamera", "m", roughness=0.4)  # "camera" is the film's camera


def _key(s):
    bow = s.torus(0.02, 0.006, (-0.045, 0.006, 0), axis="y", sections=12)
    shaft = s.box((0.07, 0.008, 0.008), (0.0, 0.006, 0))
    bits = [s.box((0.008, 0.008, 0.018), (x, 0.006, 0.012)) for x in (0.02, 0.03)]
    return [P([bow, shaft, *bits])]


kind("key", "prop", (0.106, 0.012, 0.052), _key, GOLD, "key keys", "schlüssel", "m", roughness=0.2, metallic=1.0)


def _lantern(s):
    base = s.cylinder(0.08, 0.03, sections=8)
    glass = s.cylinder(0.065, 0.18, (0, 0.03, 0), sections=8)
    bars = [s.cylinder(0.006, 0.18, (0.07 * c, 0.03, 0.07 * z), sections=4) for c, z in ((1, 0), (-1, 0), (0, 1),
                                                                                         (0, -1))]
    top = s.cone(0.085, 0.07, (0, 0.21, 0), sections=8)
    ring = s.torus(0.03, 0.006, (0, 0.3, 0), axis="z", sections=10)
    flame = s.ellipsoid((0.02, 0.04, 0.02), (0, 0.1, 0), subdivisions=1)
    return [P([base, *bars, top, ring]), P(glass, (1.0, 0.85, 0.55), opacity=0.5, emissive=0.8),
            P(flame, WARM_LIGHT, emissive=3.0)]


kind("lantern", "light", (0.17, 0.336, 0.17), _lantern, BLACK, "lantern lanterns oil_lamp",
     "laterne laternen öllampe", "f", roughness=0.4, metallic=0.7)


def _letter(s):
    envelope = s.box((0.22, 0.004, 0.11), (0, 0.002, 0))
    flap = s.prism([(-0.11, 0.0), (0.11, 0.0), (0.0, 0.06)], -0.0005, 0.0005)
    flap = s.translated(s.rotated(flap, 90, (1, 0, 0)), (0, 0.0045, -0.055))
    seal = s.cylinder(0.012, 0.003, (0, 0.004, 0.0), sections=8)
    return [P(envelope), P(flap, (0.85, 0.82, 0.72)), P(seal, (0.75, 0.1, 0.1))]


kind("letter", "prop", (0.22, 0.007, 0.11), _letter, CREAM, "letter letters envelope envelopes postcard note",
     "brief briefe umschlag briefumschlag postkarte zettel", "m", roughness=0.9)


def _gift(s):
    box = s.box((0.3, 0.25, 0.3), (0, 0.125, 0))
    ribbons = [s.box((0.06, 0.254, 0.304), (0, 0.127, 0)), s.box((0.304, 0.254, 0.06), (0, 0.127, 0))]
    bow = [s.rotated(s.torus(0.04, 0.015, (x, 0.28, 0), axis="z", sections=10), 0, (0, 1, 0)) for x in (-0.04, 0.04)]
    return [P(box), P([*ribbons, *bow], GOLD, roughness=0.4)]


kind("gift", "prop", (0.304, 0.335, 0.304), _gift, (0.8, 0.15, 0.2), "gift gifts present presents package packages "
     "parcel parcels", "geschenk geschenke paket pakete päckchen", "n", roughness=0.5)


def _balloon(s):
    balloon = s.lathe([(0.0, 1.2), (0.05, 1.23), (0.14, 1.33), (0.15, 1.45), (0.1, 1.55), (0.0, 1.58)], 12)
    knot = s.cone(0.02, 0.03, (0, 1.18, 0), sections=6)
    string = s.cylinder(0.002, 1.2, sections=4)
    return [P([balloon, knot], roughness=0.2), P(string, WHITE)]


kind("balloon", "prop", (0.3, 1.58, 0.3), _balloon, (0.9, 0.15, 0.2), "balloon balloons", "luftballon luftballons "
     "ballon ballons", "m", roughness=0.2)


def _kite(s):
    sail = s.prism([(0.0, 0.0), (0.35, 0.55), (0.0, 1.0), (-0.35, 0.55)], -0.01, 0.01)
    sail = s.translated(sail, (0, 0.6, 0))
    cross = [s.box((0.7, 0.02, 0.03), (0, 1.15, 0.015)), s.box((0.02, 1.0, 0.03), (0, 1.1, 0.015))]
    tail = [s.rotated(s.box((0.08, 0.04, 0.01), (0.03 * (i % 2), 0.55 - i * 0.12, 0)), 45, (0, 0, 1),
                      (0.03 * (i % 2), 0.55 - i * 0.12, 0)) for i in range(5)]
    return [P(sail), P(cross, WOOD), P(tail, (0.95, 0.85, 0.2))]


kind("kite", "prop", (0.7, 1.572, 0.04), _kite, (0.2, 0.6, 0.9), "kite kites", "flugdrachen papierdrachen",
     "m", roughness=0.6, floating=True)


def _tent(s):
    tent = s.translated(s.rotated(s.prism([(-1.1, 0.0), (1.1, 0.0), (0.0, 1.4)], -1.3, 1.3), 0, (0, 1, 0)),
                        (0, 0, 0))
    door = s.prism([(-0.45, 0.0), (0.45, 0.0), (0.0, 0.9)], 1.3, 1.32)
    poles = [s.cylinder(0.02, 1.5, (0, 0, z), sections=6) for z in (-1.3, 1.3)]
    return [P(tent), P(door, (0.15, 0.15, 0.1)), P(poles, DARK_METAL)]


kind("tent", "architecture", (2.2, 1.5, 2.64), _tent, (0.85, 0.45, 0.15), "tent tents", "zelt zelte", "n",
     roughness=0.8)


def _well(s):
    wall = s.lathe([(0.0, 0.0), (0.8, 0.0), (0.8, 0.8), (0.65, 0.8), (0.65, 0.1), (0.0, 0.1)], 16)
    water = s.cylinder(0.64, 0.05, (0, 0.5, 0), sections=16)
    posts = [s.box((0.1, 1.6, 0.1), (x, 1.3, 0)) for x in (-0.7, 0.7)]
    roof = s.translated(s.rotated(s.prism([(-0.8, 0.0), (0.8, 0.0), (0.0, 0.55)], -1.0, 1.0), 90, (0, 1, 0)),
                        (0, 2.0, 0))
    roof = s.rotated(roof, 90, (0, 1, 0))
    crank = s.cylinder_between((-0.7, 1.5, 0), (0.7, 1.5, 0), 0.05, 8)
    bucket = s.cylinder(0.12, 0.2, (0, 1.0, 0), sections=8)
    return [P(wall), P(water, WATER, roughness=0.05), P([*posts, crank, bucket], WOOD),
            P(roof, (0.55, 0.25, 0.15), roughness=0.8)]


kind("well", "architecture", (1.6, 2.55, 2.0), _well, STONE, "well wells wishing_well", "brunnen ziehbrunnen "
     "wunschbrunnen", "m", roughness=0.9)


def _cart(s):
    bed = s.box((1.0, 0.3, 1.4), (0, 0.6, 0))
    wheels = [s.torus(0.35, 0.04, (x, 0.39, 0.0), axis="x", sections=14) for x in (-0.56, 0.56)]
    spokes = [s.box((0.03, 0.7, 0.03), (x, 0.39, 0)) for x in (-0.56, 0.56)]
    shafts = [s.cylinder_between((x, 0.5, 0.7), (x, 0.3, 1.9), 0.03, 6) for x in (-0.35, 0.35)]
    return [P([bed, *shafts]), P([*wheels, *spokes], DARK_WOOD)]


kind("cart", "vehicle", (1.19, 0.78, 2.63), _cart, WOOD, "cart carts handcart", "karren handkarren "
     "handwagen bollerwagen leiterwagen ziehwagen", "m", tops=((0.75, (-0.48, -1.29), (0.48, 0.06)),), roughness=0.8)  # shafts to +Z: the bed sits back


def _wagon(s):
    bed = s.box((1.4, 0.5, 3.0), (0, 1.0, 0))
    hoops = s.translated(s.rotated(s.lathe([(0.0, 0.0), (0.72, 0.0), (0.72, 2.6), (0.0, 2.6)], 16), -90, (1, 0, 0)),
                         (0, 1.25, 1.3))
    cover = s.scaled(hoops, (1.0, 1.0, 1.0))
    wheels = [s.torus(0.5, 0.05, (x, 0.55, z), axis="x", sections=16) for x in (-0.78, 0.78) for z in (-1.0, 1.0)]
    pole = s.cylinder_between((0, 0.8, 1.5), (0, 0.6, 3.0), 0.04, 6)
    return [P([bed, pole]), P(cover, CREAM, roughness=0.9), P(wheels, DARK_WOOD)]


kind("wagon", "vehicle", (1.66, 1.97, 4.55), _wagon, WOOD, "wagon wagons covered_wagon carriage carriages "
     "stagecoach", "planwagen kutsche kutschen pferdewagen", "m", roughness=0.8)


def _bridge(s):
    posts = []
    n = 8
    for i in range(n):
        x0 = -4.0 + 8.0 * i / n
        y0 = 1.2 * (1 - (x0 / 4.0) ** 2)  # the deck arches over the water
        if i % 2:  # a railing post every other plank
            posts += [s.box((0.1, 0.8, 0.1), (x0, y0 + 0.5, z)) for z in (-0.95, 0.95)]
    planks = [s.box((8.0 / n + 0.05, 0.1, 2.0), ((-4.0 + 8.0 * (i + 0.5) / n),
                                                   1.2 * (1 - ((-4.0 + 8.0 * (i + 0.5) / n) / 4.0) ** 2) + 0.1, 0))
              for i in range(n)]
    rails = [s.cylinder_between((-4.0, 0.9, z), (0.0, 2.1, z), 0.05, 4) for z in (-0.95, 0.95)]
    rails += [s.cylinder_between((0.0, 2.1, z), (4.0, 0.9, z), 0.05, 4) for z in (-0.95, 0.95)]
    return [P(planks), P(rails + posts, DARK_WOOD)]


kind("bridge", "architecture", (8.05, 1.82, 2.0), _bridge, WOOD, "bridge bridges footbridge", "brücke brücken "
     "holzbrücke", "f", roughness=0.8)


def _pond(s):
    water = s.scaled(s.cylinder(1.0, 0.03, sections=16), (1.8, 1.0, 1.2))
    stones = [s.scaled(s.jitter(s.sphere(0.2, (1.8 * c, 0.12, 1.2 * z), subdivisions=1), 0.2, i), (1, 0.5, 1))
              for i, (c, z) in enumerate(((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1),
                                           (0.7, -0.7)))]
    pads = [s.cylinder(0.15, 0.01, (x, 0.03, z), sections=8) for x, z in ((0.5, 0.2), (-0.6, -0.3), (0.1, -0.5))]
    return [P(water, roughness=0.05), P(stones, STONE, roughness=0.9), P(pads, (0.3, 0.6, 0.25))]


kind("pond", "nature", (4.02, 0.233, 2.79), _pond, WATER, "pond ponds pool puddle", "teich teiche tümpel "
     "pfütze weiher", "m", roughness=0.05)


def _suitcase(s):
    body = s.box((0.5, 0.7, 0.22), (0, 0.39, 0))
    handle = [s.box((0.03, 0.05, 0.03), (x, 0.765, 0)) for x in (-0.08, 0.08)] + [s.box((0.19, 0.025, 0.03),
                                                                                    (0, 0.79, 0))]
    wheels = [s.cylinder_between((x - 0.015, 0.03, -0.08), (x + 0.015, 0.03, -0.08), 0.03, 8) for x in (-0.2, 0.2)]
    straps = [s.box((0.04, 0.704, 0.224), (x, 0.39, 0)) for x in (-0.12, 0.12)]
    return [P(body), P([*handle, *wheels], BLACK), P(straps, (0.7, 0.55, 0.3))]


kind("suitcase", "prop", (0.5, 0.8025, 0.224), _suitcase, (0.3, 0.45, 0.55), "suitcase suitcases luggage trunk",
     "koffer reisekoffer gepäck", "m", roughness=0.5)


def _mirror(s):
    glass = s.scaled(s.translated(s.rotated(s.cylinder(0.3, 0.02, (0, -0.01, 0), sections=16), 90, (1, 0, 0)),
                                  (0, 1.2, 0)), (1.0, 1.6, 1.0), (0, 1.2, 0))
    frame = s.scaled(s.torus(0.31, 0.03, (0, 1.2, -0.005), axis="z", sections=16), (1.0, 1.6, 1.0), (0, 1.2, 0))
    stand = [s.box((0.06, 0.8, 0.06), (0, 0.4, -0.1)), s.box((0.6, 0.05, 0.4), (0, 0.025, -0.05))]
    return [P(glass, (0.75, 0.85, 0.9), roughness=0.02, metallic=1.0), P([frame, *stand])]


kind("mirror", "furniture", (0.68, 1.74, 0.4), _mirror, GOLD, "mirror mirrors looking_glass", "spiegel", "m",
     roughness=0.3, metallic=0.8)


def _painting(s):
    canvas = s.box((1.0, 0.7, 0.03), (0, 0.35, 0))
    frame = [s.box((1.1, 0.06, 0.05), (0, y, 0.01)) for y in (0.0, 0.7)] + [s.box((0.06, 0.76, 0.05), (x, 0.35, 0.01))
                                                                            for x in (-0.52, 0.52)]
    sky = s.box((0.96, 0.3, 0.005), (0, 0.5, 0.017))
    hills = [s.scaled(s.sphere(0.3, (x, 0.2, 0.017), subdivisions=1), (1.0, 0.6, 0.02), (x, 0.2, 0.017))
             for x in (-0.2, 0.25)]
    sun = s.cylinder_between((0.3, 0.55, 0.017), (0.3, 0.55, 0.022), 0.07, 10)
    return [P(canvas), P(frame, GOLD, metallic=0.8), P(sky, (0.5, 0.7, 0.95)), P(hills, (0.3, 0.6, 0.25)),
            P(sun, (1.0, 0.85, 0.3))]


kind("painting", "prop", (1.1, 0.76, 0.05), _painting, CREAM, "painting paintings picture pictures portrait "
     "artwork", "gemälde bild bilder porträt kunstwerk", "n", roughness=0.8)


def _rug(s):
    rug = s.box((2.0, 0.015, 1.4), (0, 0.0075, 0))
    border = [s.box((2.0, 0.017, 0.1), (0, 0.0085, z)) for z in (-0.6, 0.6)] + [s.box((0.1, 0.017, 1.2), (x, 0.0085, 0))
                                                                                for x in (-0.9, 0.9)]
    medallion = s.cylinder(0.3, 0.017, sections=8)
    return [P(rug), P([*border, medallion], (0.9, 0.75, 0.4), roughness=0.95)]


kind("rug", "furniture", (2.0, 0.017, 1.4), _rug, (0.6, 0.12, 0.12), "rug rugs carpet carpets mat",
     "teppich teppiche", "m", roughness=0.95)


def _teddy(s):
    body = s.ellipsoid((0.11, 0.13, 0.09), (0, 0.15, 0))
    head = s.sphere(0.09, (0, 0.34, 0.01))
    ears = [s.sphere(0.035, (x, 0.42, 0.0), subdivisions=1) for x in (-0.065, 0.065)]
    legs = [s.ellipsoid((0.045, 0.04, 0.08), (x, 0.04, 0.07)) for x in (-0.07, 0.07)]
    arms = [s.ellipsoid((0.04, 0.08, 0.04), (x, 0.18, 0.03)) for x in (-0.12, 0.12)]
    snout = s.sphere(0.035, (0, 0.32, 0.09), subdivisions=1)
    eyes = [s.sphere(0.012, (x, 0.37, 0.085), subdivisions=1) for x in (-0.03, 0.03)]
    return [P([body, head, *ears, *legs, *arms]), P(snout, (0.9, 0.8, 0.6)), P(eyes, BLACK)]


kind("teddy_bear", "prop", (0.32, 0.455, 0.23), _teddy, (0.65, 0.42, 0.22), "teddy teddies teddy_bear teddy_bears "
     "stuffed_animal", "teddy teddys teddybär teddybären kuscheltier", "m", roughness=0.95)


def _hat(s):
    brim = s.cylinder(0.17, 0.01, sections=16)
    crown = s.lathe([(0.1, 0.0), (0.1, 0.12), (0.0, 0.13)], 16)
    band = s.cylinder(0.102, 0.03, (0, 0.01, 0), sections=16)
    return [P([brim, crown]), P(band, (0.6, 0.1, 0.1))]


# "Hut" is the English "hut" (a house) in the one vocabulary: the German hat goes by its other names
kind("hat", "prop", (0.34, 0.13, 0.34), _hat, (0.2, 0.15, 0.12), "hat hats top_hat cap",
     "mütze hüte mützen zylinderhut strohhut", "f", roughness=0.8)


def _newspaper(s):
    paper = s.box((0.3, 0.02, 0.4), (0, 0.01, 0))
    lines = [s.box((0.12, 0.022, 0.01), (x, 0.011, z)) for x in (-0.07, 0.07) for z in (-0.1, -0.05, 0.0, 0.05)]
    title = s.box((0.26, 0.022, 0.04), (0, 0.011, -0.16))
    photo = s.box((0.1, 0.022, 0.08), (0.07, 0.011, 0.13))
    return [P(paper), P([*lines, title, photo], (0.2, 0.2, 0.2))]


kind("newspaper", "prop", (0.3, 0.022, 0.4), _newspaper, (0.9, 0.88, 0.82), "newspaper newspapers magazine",
     "zeitung zeitungen zeitschrift", "f", roughness=0.95)


def _basket(s):
    body = s.lathe([(0.0, 0.0), (0.17, 0.0), (0.2, 0.2), (0.19, 0.2), (0.16, 0.01), (0.0, 0.01)], 12)
    handle = s.torus(0.18, 0.012, (0, 0.2, 0), axis="z", sections=14)
    apples = [s.sphere(0.045, (x, 0.17, z), subdivisions=1) for x, z in ((0.06, 0.03), (-0.06, 0.0), (0.0, -0.07))]
    return [P([body, handle]), P(apples, (0.8, 0.1, 0.1))]


kind("basket", "prop", (0.4, 0.392, 0.4), _basket, (0.75, 0.58, 0.35), "basket baskets picnic_basket",
     "korb körbe picknickkorb", "m", roughness=0.9)


def _signpost(s):
    post = s.box((0.1, 2.2, 0.1), (0, 1.1, 0))
    arrows = [s.prism([(-0.1, 0.0), (0.6, 0.0), (0.72, 0.08), (0.6, 0.16), (-0.1, 0.16)], -0.02, 0.02)]
    arrows.append(s.rotated(s.translated(arrows[0], (0, 1.6, 0)), 150, (0, 1, 0)))
    arrows[0] = s.rotated(s.translated(arrows[0], (0, 1.85, 0)), 20, (0, 1, 0))
    return [P(post, DARK_WOOD), P(arrows, roughness=0.8)]


kind("signpost", "architecture", (1.32, 2.2, 0.445), _signpost, WOOD, "signpost signposts fingerpost guidepost",
     "wegweiser", "m", roughness=0.8)


def _candle_holder(s):
    base = s.lathe([(0.0, 0.0), (0.08, 0.0), (0.03, 0.03), (0.015, 0.25), (0.0, 0.25)], 12)
    arms = [s.cylinder_between((0, 0.25, 0), (x, 0.3, 0), 0.008, 6) for x in (-0.12, 0.12)]
    cups = [s.cylinder(0.02, 0.02, (x, 0.3, 0), sections=8) for x in (-0.12, 0.0, 0.12)]
    candles = [s.cylinder(0.012, 0.12, (x, 0.32, 0), sections=8) for x in (-0.12, 0.0, 0.12)]
    flames = [s.ellipsoid((0.008, 0.018, 0.008), (x, 0.46, 0), subdivisions=1) for x in (-0.12, 0.0, 0.12)]
    return [P([base, *arms, *cups]), P(candles, CREAM), P(flames, WARM_LIGHT, emissive=3.0)]


kind("candelabra", "light", (0.28, 0.478, 0.16), _candle_holder, (0.85, 0.7, 0.35), "candelabra candelabras "
     "candlestick candlesticks", "kerzenleuchter kerzenständer", "m", roughness=0.3, metallic=1.0)


def _bookstack(s):
    colours = ((0.7, 0.15, 0.15), (0.15, 0.35, 0.6), (0.2, 0.5, 0.25), (0.8, 0.6, 0.15))
    books = [s.rotated(s.box((0.24 - i * 0.02, 0.04, 0.17), (0, 0.02 + i * 0.04, 0)), (-1) ** i * 6 * i, (0, 1, 0))
             for i in range(4)]
    return [P(b, c, roughness=0.7) for b, c in zip(books[1:], colours[1:], strict=True)] + [P(books[0])]


kind("stack_of_books", "prop", (0.24, 0.16, 0.217), _bookstack, (0.7, 0.15, 0.15), "stack_of_books pile_of_books "
     "books_pile", "bücherstapel bücherstapeln", "m", roughness=0.7)
