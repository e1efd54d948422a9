"""The furniture of the places ideas name that had no set of their own: a hospital ward (a hospital bed, the
curtain between beds, a medical cart, a drip stand), a library (tall bookshelves), a laboratory (a lab bench
with glassware), a church (pews, an altar, a stained-glass window), a supermarket (grocery shelves, a checkout,
a shopping cart), a train station (a train, the track, the platform's edge), a playground (a slide, a swing set,
a sandbox), a zoo (an enclosure fence, a sign board, a gravel footpath), a cave (stalagmites), a swimming pool
(a lap pool, a diving board, a pool ladder), a museum (a display case, a rope barrier), a ship's deck (the deck planks between
bulwarks, a mast with its sails, a ship's wheel, a coil of rope) and a room's wall with a window opening.

The ``window_wall`` is a wall with a real hole in it (the frame and a faintly tinted pane sit in the hole), so
the sky the renderer draws behind the set, with the weather's clouds and lightning, shows through it from
inside; it declares the hole as an ``Opening`` (``autark.assets.openings`` finds them in a scene).
"""

from __future__ import annotations

import numpy as np

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import WHITE
from autark.assets.catalog._parts import _part as P
from autark.assets.spec import Opening

STEEL = (0.72, 0.73, 0.75)
DARK = (0.12, 0.12, 0.13)
WOOD = (0.5, 0.32, 0.16)
DARK_WOOD = (0.3, 0.18, 0.1)
SHEET = (0.93, 0.94, 0.96)
MINT = (0.55, 0.78, 0.72)
BOOKS = ((0.55, 0.12, 0.1), (0.12, 0.28, 0.5), (0.15, 0.42, 0.2), (0.75, 0.6, 0.2), (0.35, 0.2, 0.35))
GOODS = ((0.85, 0.2, 0.12), (0.95, 0.75, 0.15), (0.2, 0.5, 0.8), (0.3, 0.65, 0.25), (0.95, 0.95, 0.9))


def _wheels(s, xs, zs, r=0.05):
    return [s.cylinder_between((x - 0.02, r, z), (x + 0.02, r, z), r, 10) for x in xs for z in zs]


def _hospital_bed(s):
    frame = [s.box_between((-0.48, 0.45, -1.05), (0.48, 0.55, 1.05))]
    frame += [s.box_between((x - 0.025, 0.1, z - 0.025), (x + 0.025, 0.45, z + 0.025))
              for x in (-0.45, 0.45) for z in (-1.0, 1.0)]
    head = s.box_between((-0.5, 0.45, -1.08), (0.5, 1.1, -1.03))
    foot = s.box_between((-0.5, 0.45, 1.03), (0.5, 0.85, 1.08))
    rails = [s.box_between((x - 0.015, 0.7, -0.7), (x + 0.015, 0.74, 0.2)) for x in (-0.49, 0.49)]
    rails += [s.box_between((x - 0.015, 0.55, z - 0.015), (x + 0.015, 0.7, z + 0.015))
              for x in (-0.49, 0.49) for z in (-0.65, 0.15)]
    mattress = s.box_between((-0.45, 0.55, -1.0), (0.45, 0.7, 1.0))
    pillow = s.box_between((-0.3, 0.7, -0.97), (0.3, 0.8, -0.65))
    blanket = s.box_between((-0.46, 0.7, -0.3), (0.46, 0.74, 1.0))
    return [P([*frame, *rails], STEEL, metallic=0.6, roughness=0.35), P([head, foot], WHITE),
            P(mattress, SHEET, roughness=0.9), P(pillow, WHITE, roughness=0.9), P(blanket),
            P(_wheels(s, (-0.45, 0.45), (-1.0, 1.0)), DARK)]


kind("hospital_bed", "furniture", (1.0, 1.1, 2.16), _hospital_bed, (0.55, 0.7, 0.85),
     "hospital_bed hospital_beds sickbed patient_bed", "krankenbett krankenbetten patientenbett", "n",
     tops=((0.74, (-0.4, -0.25), (0.4, 0.95)),), roughness=0.8)


def _privacy_curtain(s):
    rail = s.box_between((-1.0, 2.16, -0.06), (1.0, 2.2, 0.06))
    posts = [s.cylinder_between((x, 0.0, 0.0), (x, 2.16, 0.0), 0.015, 8) for x in (-0.98, 0.98)]
    feet = [s.box_between((x - 0.12, 0.0, -0.06), (x + 0.12, 0.03, 0.06)) for x in (-0.98, 0.98)]
    folds = [s.box_between((x - 0.1, 0.12, -0.05 if i % 2 else 0.0), (x + 0.1, 2.12, 0.0 if i % 2 else 0.05))
             for i, x in enumerate(-0.85 + 0.19 * k for k in range(10))]
    return [P([rail, *posts, *feet], STEEL, metallic=0.6, roughness=0.35), P(folds, roughness=0.95)]


kind("privacy_curtain", "furniture", (2.2, 2.2, 0.12), _privacy_curtain, MINT,
     "privacy_curtain curtain curtains hospital_curtain screen_curtain", "vorhang vorhänge trennvorhang", "m",
     roughness=0.95)


def _medical_cart(s):
    body = s.box_between((-0.3, 0.12, -0.22), (0.3, 0.9, 0.22))
    drawers = [s.box_between((-0.26, y, 0.22), (0.26, y + 0.16, 0.235)) for y in (0.18, 0.4, 0.62)]
    handles = [s.box_between((-0.08, y + 0.07, 0.235), (0.08, y + 0.09, 0.25)) for y in (0.18, 0.4, 0.62)]
    top = s.box_between((-0.32, 0.9, -0.24), (0.32, 0.93, 0.24))
    bottles = [s.cylinder(0.03, 0.1, (x, 0.93, -0.08), 10) for x in (-0.2, -0.12)]
    box = s.box_between((0.02, 0.93, -0.15), (0.24, 0.99, 0.05))
    cross = [s.box_between((-0.12, 0.45, 0.25), (0.12, 0.51, 0.255)), s.box_between((-0.03, 0.36, 0.25),
                                                                                      (0.03, 0.6, 0.255))]
    return [P([body, top]), P(drawers, WHITE), P(handles, STEEL, metallic=0.6), P(bottles, (0.85, 0.9, 0.95),
            roughness=0.2), P(box, (0.3, 0.55, 0.8)), P(cross, (0.85, 0.1, 0.1)),
            P(_wheels(s, (-0.26, 0.26), (-0.18, 0.18)), DARK)]


kind("medical_cart", "furniture", (0.64, 1.03, 0.495), _medical_cart, (0.82, 0.86, 0.9),
     "medical_cart medical_carts crash_cart medicine_cart", "arztwagen medizinwagen visitenwagen", "m",
     tops=((0.93, (0.02, 0.08), (0.3, 0.22)),), roughness=0.5)


def _drip_stand(s):
    pole = s.cylinder_between((0, 0.05, 0), (0, 1.85, 0), 0.015, 8)
    feet = [s.cylinder_between((0, 0.05, 0), (0.25 * dx, 0.05, 0.25 * dz), 0.015, 6)
            for dx, dz in ((1, 0), (-1, 0), (0, 1), (0, -1))]
    hook = s.cylinder_between((-0.12, 1.85, 0), (0.12, 1.85, 0), 0.01, 6)
    bag = s.box_between((0.05, 1.45, -0.04), (0.19, 1.8, 0.04))
    tube = s.cylinder_between((0.12, 1.45, 0), (0.12, 0.7, 0.0), 0.004, 4)
    return [P([pole, *feet, hook], metallic=0.7, roughness=0.3), P(bag, (0.85, 0.92, 0.95), roughness=0.2,
            opacity=0.8), P(tube, WHITE), P(_wheels(s, (-0.24, 0.24), (0.0,), 0.04), DARK)]


kind("drip_stand", "furniture", (0.52, 1.86, 0.5), _drip_stand, STEEL, "drip_stand iv_stand infusion_stand",
     "infusionsständer tropf infusion", "m", roughness=0.3, metallic=0.7)


def _tall_bookshelf(s):
    sides = [s.box_between((x0, 0.0, -0.18), (x0 + 0.04, 2.45, 0.18)) for x0 in (-0.52, 0.48)]
    back = s.box_between((-0.48, 0.0, -0.18), (0.48, 2.45, -0.16))
    boards = [s.box_between((-0.48, y - 0.03, -0.16), (0.48, y, 0.18)) for y in (0.1, 0.58, 1.06, 1.54, 2.02, 2.45)]
    books: list[list] = [[] for _ in BOOKS]
    for row, y in enumerate((0.1, 0.58, 1.06, 1.54, 2.02)):
        x = -0.46
        k = row
        while x < 0.42:
            w = 0.035 + 0.015 * ((k * 7) % 3)
            h = 0.28 + 0.03 * ((k * 5) % 4)
            books[k % len(BOOKS)].append(s.box_between((x, y, -0.13), (x + w - 0.004, y + h, 0.12)))
            x += w
            k += 1
    return [P([*sides, back, *boards]), *(P(b, c, roughness=0.8) for b, c in zip(books, BOOKS, strict=True))]


kind("tall_bookshelf", "furniture", (1.04, 2.45, 0.36), _tall_bookshelf, DARK_WOOD,
     "tall_bookshelf tall_bookshelves library_shelf library_shelves",
     "bibliotheksregal bibliotheksregale hochregal", "n", roughness=0.7)


def _lab_bench(s):
    top = s.box_between((-1.0, 0.88, -0.38), (1.0, 0.93, 0.38))
    body = [s.box_between((x0, 0.0, -0.35), (x1, 0.88, 0.35)) for x0, x1 in ((-0.98, -0.4), (0.4, 0.98))]
    shelf = s.box_between((-1.0, 1.35, -0.38), (1.0, 1.38, -0.2))
    uprights = [s.box_between((x - 0.02, 0.93, -0.36), (x + 0.02, 1.35, -0.32)) for x in (-0.95, 0.95)]
    glass = [s.lathe([(0.0, 0.93), (0.07, 0.93), (0.07, 0.96), (0.02, 1.1), (0.02, 1.16), (0.0, 1.16)], 14)]
    glass[0] = s.translated(glass[0], (-0.6, 0, 0.05))
    glass += [s.cylinder(0.045, 0.12, (x, 0.93, 0.12), 12) for x in (-0.3, -0.18)]
    tubes = [s.cylinder(0.012, 0.12, (0.3 + 0.04 * i, 0.93, -0.05), 6) for i in range(5)]
    liquid = [s.lathe([(0.0, 0.935), (0.066, 0.935), (0.066, 0.955), (0.045, 1.0), (0.0, 1.0)], 14)]
    liquid[0] = s.translated(liquid[0], (-0.6, 0, 0.05))
    jars = [s.cylinder(0.05, 0.14, (x, 1.38, -0.29), 10) for x in (-0.7, -0.5, 0.1, 0.5)]
    return [P([top], DARK, roughness=0.4), P(body), P([shelf, *uprights], WHITE),
            P(glass, (0.8, 0.9, 0.95), roughness=0.05, opacity=0.5), P(liquid, (0.2, 0.85, 0.35), emissive=0.3),
            P(tubes, (0.9, 0.3, 0.6), roughness=0.2), P(jars, (0.55, 0.4, 0.2), roughness=0.3)]


kind("lab_bench", "furniture", (2.0, 1.52, 0.76), _lab_bench, (0.85, 0.87, 0.88),
     "lab_bench lab_benches laboratory_bench lab_table", "labortisch labortische labortheke", "m",
     tops=((0.93, (0.55, 0.0), (0.95, 0.3)),), roughness=0.6)


def _pew(s):
    seat = s.box_between((-1.2, 0.42, -0.05), (1.2, 0.47, 0.38))
    back = s.rotated(s.box_between((-1.2, 0.47, -0.08), (1.2, 1.0, -0.03)), -8, (1, 0, 0), (0, 0.47, -0.05))
    ends = [s.box_between((x - 0.04, 0.0, -0.12), (x + 0.04, 1.0, 0.4)) for x in (-1.2, 1.2)]
    kneeler = s.box_between((-1.15, 0.1, -0.3), (1.15, 0.16, -0.18))
    return [P([seat, back, *ends, kneeler])]


kind("pew", "furniture", (2.48, 1.0, 0.7), _pew, DARK_WOOD, "pew pews church_bench",
     "kirchenbank kirchenbänke", "f", tops=((0.47, (-1.1, 0.0), (1.1, 0.35)),), roughness=0.6)


def _altar(s):
    block = s.box_between((-0.9, 0.0, -0.4), (0.9, 1.0, 0.4))
    cloth = s.box_between((-0.95, 0.9, -0.42), (0.95, 1.02, 0.42))
    runner = s.box_between((-0.3, 0.3, 0.42), (0.3, 1.02, 0.44))
    cross = [s.box_between((-0.02, 1.02, -0.2), (0.02, 1.52, -0.16)), s.box_between((-0.14, 1.34, -0.2),
                                                                                     (0.14, 1.38, -0.16))]
    candles = [s.cylinder(0.025, 0.25, (x, 1.02, -0.1), 10) for x in (-0.6, 0.6)]
    flames = [s.cone(0.015, 0.05, (x, 1.27, -0.1), 8) for x in (-0.6, 0.6)]
    return [P(block), P(cloth, WHITE, roughness=0.9), P(runner, (0.6, 0.08, 0.12)),
            P(cross, (0.85, 0.68, 0.25), metallic=0.8, roughness=0.3), P(candles, (0.95, 0.92, 0.8)),
            P(flames, (1.0, 0.7, 0.2), emissive=1.0)]


kind("altar", "furniture", (1.9, 1.52, 0.86), _altar, (0.7, 0.66, 0.6), "altar altars", "altar altäre", "m",
     tops=((1.02, (-0.35, 0.0), (0.35, 0.38)),), roughness=0.8)


def _stained_glass_window(s):
    frame = [s.box_between((-0.6, 0.0, -0.04), (-0.52, 1.8, 0.04)), s.box_between((0.52, 0.0, -0.04),
                                                                                   (0.6, 1.8, 0.04)),
             s.box_between((-0.6, 0.0, -0.04), (0.6, 0.08, 0.04))]
    arch = s.prism([(-0.6, 1.8), (0.6, 1.8), (0.35, 2.2), (0.0, 2.35), (-0.35, 2.2)], -0.04, 0.04)
    colours = ((0.15, 0.3, 0.8), (0.85, 0.15, 0.15), (0.95, 0.75, 0.15), (0.2, 0.6, 0.3))
    panes: list[list] = [[] for _ in colours]
    for i in range(4):
        for j in range(2):
            x0, y0 = -0.5 + 0.5 * j, 0.1 + 0.42 * i
            panes[(i + j) % 4].append(s.box_between((x0 + 0.01, y0 + 0.01, -0.01), (x0 + 0.49, y0 + 0.41, 0.01)))
    top = s.prism([(-0.5, 1.82), (0.5, 1.82), (0.3, 2.15), (0.0, 2.27), (-0.3, 2.15)], -0.012, 0.012)
    top = s.translated(top, (0, 0, 0.035))
    return [P([*frame, arch]), *(P(p, c, emissive=0.45, roughness=0.1)
                                                   for p, c in zip(panes, colours, strict=True)),
            P(top, (0.95, 0.75, 0.15), emissive=0.45, roughness=0.1)]


kind("stained_glass_window", "architecture", (1.2, 2.35, 0.08), _stained_glass_window, (0.35, 0.33, 0.3),
     "stained_glass_window stained_glass church_window", "kirchenfenster buntglasfenster", "n", floating=True)


def _grocery_shelf(s):
    frame = [s.box_between((x0, 0.0, -0.25), (x0 + 0.04, 1.8, 0.25)) for x0 in (-1.0, 0.96)]
    frame.append(s.box_between((-0.96, 0.0, -0.25), (0.96, 1.8, -0.22)))
    boards = [s.box_between((-0.96, y - 0.03, -0.22), (0.96, y, 0.25)) for y in (0.15, 0.55, 0.95, 1.35)]
    goods: list[list] = [[] for _ in GOODS]
    for row, y in enumerate((0.15, 0.55, 0.95, 1.35)):
        for k in range(12):
            x = -0.9 + 0.15 * k
            c = (row * 2 + k // 3) % len(GOODS)
            if row % 2:
                goods[c].append(s.cylinder(0.05, 0.16, (x + 0.06, y, 0.05), 10))
            else:
                goods[c].append(s.box_between((x, y, -0.15), (x + 0.12, y + 0.26, 0.18)))
    return [P([*frame, *boards]), *(P(g, c, roughness=0.5) for g, c in zip(goods, GOODS, strict=True))]


kind("grocery_shelf", "furniture", (2.0, 1.8, 0.5), _grocery_shelf, (0.8, 0.82, 0.85),
     "grocery_shelf grocery_shelves supermarket_shelf store_shelf", "supermarktregal supermarktregale warenregal",
     "n", roughness=0.5)


def _checkout(s):
    body = s.box_between((-0.9, 0.0, -0.3), (0.9, 0.85, 0.3))
    belt = s.box_between((-0.85, 0.85, -0.22), (0.3, 0.88, 0.22))
    top = s.box_between((0.3, 0.85, -0.3), (0.9, 0.88, 0.3))
    till = s.box_between((0.45, 0.88, -0.15), (0.8, 1.05, 0.15))
    screen = s.rotated(s.box_between((0.5, 1.05, -0.02), (0.75, 1.25, 0.02)), -15, (1, 0, 0), (0.6, 1.05, 0))
    return [P(body), P(belt, DARK, roughness=0.9), P(top, STEEL, metallic=0.5), P(till, (0.25, 0.25, 0.28)),
            P(screen, (0.2, 0.5, 0.7), emissive=0.5)]


kind("checkout", "furniture", (1.8, 1.25, 0.6), _checkout, (0.85, 0.3, 0.2),
     "checkout checkouts checkout_counter cash_register", "kasse kassen supermarktkasse", "f",
     tops=((0.88, (-0.8, -0.18), (0.25, 0.18)),), roughness=0.5)


def _shopping_cart(s):
    basket = [s.box_between((-0.25, 0.45, -0.35), (0.25, 0.47, 0.4))]
    basket += [s.box_between((x - 0.01, 0.47, -0.35), (x + 0.01, 0.85, 0.4)) for x in (-0.25, 0.25)]
    basket += [s.box_between((-0.25, 0.47, z - 0.01), (0.25, 0.85, z + 0.01)) for z in (-0.35, 0.4)]
    basket += [s.box_between((-0.25, y, -0.35), (0.25, y + 0.015, 0.4)) for y in (0.6, 0.72)]
    legs = [s.cylinder_between((x, 0.1, z), (x, 0.45, z), 0.012, 6) for x in (-0.22, 0.22) for z in (-0.3, 0.35)]
    handle = s.cylinder_between((-0.25, 0.95, 0.45), (0.25, 0.95, 0.45), 0.02, 8)
    arms = [s.cylinder_between((x, 0.85, 0.4), (x, 0.95, 0.45), 0.012, 6) for x in (-0.24, 0.24)]
    return [P([*basket, *legs, *arms]), P(handle, (0.85, 0.15, 0.1)), P(_wheels(s, (-0.22, 0.22), (-0.3, 0.35)),
                                                                         DARK)]


kind("shopping_cart", "prop", (0.52, 0.97, 0.83), _shopping_cart, STEEL,
     "shopping_cart shopping_carts shopping_trolley trolley", "einkaufswagen einkaufswägen", "m",
     roughness=0.3, metallic=0.7)


def _train(s):
    body = s.box_between((-1.4, 0.9, -7.0), (1.4, 3.6, 7.0))
    roof = s.cylinder_between((0, 3.4, -7.0), (0, 3.4, 7.0), 1.42, 16)
    roof = s.scaled(roof, (1.0, 0.25, 1.0), (0, 3.4, 0))
    under = s.box_between((-1.2, 0.4, -6.8), (1.2, 0.9, 6.8))
    windows = [s.box_between((sx * 1.4 - 0.01, 2.0, z - 0.5), (sx * 1.4 + 0.01, 2.9, z + 0.5))
               for sx in (-1, 1) for z in (-5.2, -3.4, -1.6, 1.6, 3.4, 5.2)]
    doors = [s.box_between((sx * 1.4 - 0.012, 0.95, -0.5), (sx * 1.4 + 0.012, 3.1, 0.5)) for sx in (-1, 1)]
    front = [s.box_between((-1.0, 2.2, 6.99), (1.0, 3.2, 7.01))]
    stripe = [s.box_between((sx * 1.4 - 0.008, 1.3, -7.0), (sx * 1.4 + 0.008, 1.5, 7.0)) for sx in (-1, 1)]
    wheels = [s.cylinder_between((x - 0.05, 0.4, z), (x + 0.05, 0.4, z), 0.4, 14)
              for x in (-0.72, 0.72) for z in (-5.5, -4.5, 4.5, 5.5)]
    return [P([body]), P(roof, (0.75, 0.76, 0.78)), P(under, DARK), P([*windows, *front], (0.1, 0.14, 0.18),
            roughness=0.1), P(doors, (0.75, 0.76, 0.78)), P(stripe, (0.95, 0.8, 0.1)), P(wheels, DARK, metallic=0.5)]


kind("train", "vehicle", (2.84, 3.75, 14.0), _train, (0.8, 0.15, 0.12),
     "passenger_train steam_train railway_carriage locomotive locomotives railcar", "zug züge eisenbahn lokomotive waggon", "m",
     roughness=0.4, metallic=0.2)


GAUGE_M = 1.435


def _railway_track(s):
    # standard gauge: 1.435 m between the rails' inner edges
    rails = [s.box_between((x - 0.035, 0.12, -5.0), (x + 0.035, 0.2, 5.0)) for x in (-GAUGE_M / 2 - 0.035, GAUGE_M / 2 + 0.035)]
    sleepers = [s.box_between((-1.1, 0.04, z - 0.12), (1.1, 0.12, z + 0.12)) for z in [-4.8 + 0.6 * k
                                                                                      for k in range(17)]]
    ballast = s.box_between((-1.4, 0.0, -5.0), (1.4, 0.04, 5.0))
    return [P(rails, metallic=0.8, roughness=0.3), P(sleepers, (0.35, 0.25, 0.18), roughness=0.9),
            P(ballast, (0.45, 0.43, 0.4), roughness=1.0)]


kind("railway_track", "architecture", (2.8, 0.2, 10.0), _railway_track, (0.55, 0.52, 0.5),
     "railway_track railway_tracks rails train_track train_tracks", "gleis gleise schienen", "n", roughness=0.4,
     metallic=0.6)


def _slide(s):
    ladder = [s.cylinder_between((x, 0.0, -1.4), (x, 2.0, -1.1), 0.03, 8) for x in (-0.28, 0.28)]
    rungs = [s.cylinder_between((-0.28, y, -1.4 + 0.15 * y), (0.28, y, -1.4 + 0.15 * y), 0.02, 6)
             for y in (0.35, 0.7, 1.05, 1.4)]
    deck = s.box_between((-0.3, 1.45, -1.15), (0.3, 1.5, -0.7))
    posts = [s.cylinder_between((x, 0.0, -0.72), (x, 1.95, -0.72), 0.03, 8) for x in (-0.28, 0.28)]
    chute = s.prism([(-0.7, 1.48), (-0.6, 1.5), (1.6, 0.25), (1.6, 0.2)], -0.25, 0.25)
    chute = s.rotated(chute, -90, (0, 1, 0))
    sides = [s.translated(s.rotated(s.prism([(-0.7, 1.5), (-0.7, 1.62), (1.6, 0.35), (1.6, 0.22)], -0.02, 0.02),
                                    -90, (0, 1, 0)), (x, 0, 0)) for x in (-0.26, 0.26)]
    feet = [s.box_between((-0.25, 0.0, 1.4), (0.25, 0.2, 1.6))]
    return [P([*ladder, *rungs, *posts], (0.2, 0.45, 0.8), metallic=0.4), P([deck, *feet], (0.95, 0.75, 0.15)),
            P([chute, *sides])]


kind("playground_slide", "furniture", (0.62, 2.01, 3.2), _slide, (0.9, 0.2, 0.15),
     "playground_slide playground_slides", "rutsche", "f", roughness=0.4)


def _swing_set(s):
    legs = [s.cylinder_between((sx * 1.3, 0.0, sz * 0.6), (sx * 1.2, 2.2, 0.0), 0.04, 8)
            for sx in (-1, 1) for sz in (-1, 1)]
    beam = s.cylinder_between((-1.3, 2.2, 0.0), (1.3, 2.2, 0.0), 0.05, 10)
    chains = [s.cylinder_between((x + dx, 2.15, 0.0), (x + dx, 0.5, 0.0), 0.008, 4)
              for x in (-0.55, 0.55) for dx in (-0.2, 0.2)]
    seats = [s.box_between((x - 0.24, 0.45, -0.1), (x + 0.24, 0.5, 0.1)) for x in (-0.55, 0.55)]
    return [P([*legs, beam]), P(chains, (0.5, 0.5, 0.52), metallic=0.8), P(seats, (0.95, 0.75, 0.15))]


kind("swing_set", "furniture", (2.68, 2.25, 1.28), _swing_set, (0.2, 0.55, 0.3),
     "swing_set swing_sets playground_swing", "schaukel schaukeln schaukelgerüst", "f", roughness=0.5, metallic=0.3)


def _sandbox(s):
    rim = [s.box_between((-1.0, 0.0, -1.0), (1.0, 0.3, -0.9)), s.box_between((-1.0, 0.0, 0.9), (1.0, 0.3, 1.0)),
           s.box_between((-1.0, 0.0, -0.9), (-0.9, 0.3, 0.9)), s.box_between((0.9, 0.0, -0.9), (1.0, 0.3, 0.9))]
    sand = s.box_between((-0.9, 0.0, -0.9), (0.9, 0.2, 0.9))
    bucket = s.cylinder(0.08, 0.14, (0.4, 0.2, 0.3), 12)
    mound = s.sphere(0.22, (-0.3, 0.2, -0.2), subdivisions=2)
    mound = s.scaled(mound, (1.0, 0.45, 1.0), (-0.3, 0.2, -0.2))
    return [P(rim), P([sand, mound], (0.9, 0.8, 0.55), roughness=1.0), P(bucket, (0.2, 0.5, 0.9))]


kind("sandbox", "furniture", (2.0, 0.34, 2.0), _sandbox, WOOD, "sandbox sandboxes sandpit", "sandkasten sandkästen",
     "m", roughness=0.8)


def _enclosure_fence(s):
    posts = [s.box_between((x - 0.05, 0.0, -0.05), (x + 0.05, 2.2, 0.05)) for x in (-1.45, 1.45)]
    rails = [s.box_between((-1.45, y - 0.03, -0.03), (1.45, y + 0.03, 0.03)) for y in (0.15, 2.05)]
    bars = [s.cylinder_between((-1.35 + 0.15 * k, 0.15, 0.0), (-1.35 + 0.15 * k, 2.05, 0.0), 0.015, 6)
            for k in range(19)]
    return [P([*posts, *rails, *bars])]


kind("enclosure_fence", "architecture", (3.0, 2.2, 0.1), _enclosure_fence, (0.2, 0.32, 0.22),
     "enclosure_fence enclosure enclosures zoo_fence cage_fence", "gehegezaun käfig gitterzaun", "m",
     roughness=0.5, metallic=0.5)


def _sign_board(s):
    posts = [s.box_between((x - 0.05, 0.0, -0.05), (x + 0.05, 2.2, 0.05)) for x in (-0.7, 0.7)]
    board = s.box_between((-0.8, 1.3, 0.05), (0.8, 2.2, 0.11))
    plate = s.box_between((-0.7, 1.38, 0.11), (0.7, 2.12, 0.12))
    letters = [s.box_between((-0.6 + 0.22 * k, 1.85, 0.12), (-0.45 + 0.22 * k, 2.0, 0.125)) for k in range(6)]
    picture = [s.ellipsoid((0.2, 0.12, 0.004), (-0.25, 1.58, 0.122)), s.ellipsoid((0.08, 0.1, 0.004),
                                                                                    (0.05, 1.66, 0.122))]
    return [P(posts, WOOD), P(board, DARK_WOOD), P(plate), P(letters, (0.95, 0.92, 0.8)),
            P(picture, (0.55, 0.35, 0.15))]


kind("sign_board", "architecture", (1.6, 2.2, 0.175), _sign_board, (0.25, 0.5, 0.3),
     "sign_board sign_boards information_board zoo_sign notice_board", "hinweistafel infotafel schautafel", "f",
     roughness=0.7)


def _stalagmite(s):
    cones = [s.jitter(s.cone(r, h, (x, 0.0, z), 9), 0.01, seed) for seed, (x, z, r, h) in enumerate(
        ((0.0, 0.0, 0.22, 1.6), (0.22, 0.12, 0.12, 0.8), (-0.2, -0.1, 0.1, 0.55)))]
    return [P(cones)]


kind("stalagmite", "nature", (0.64, 1.61, 0.45), _stalagmite, (0.55, 0.5, 0.44),
     "stalagmite stalagmites dripstone", "tropfstein tropfsteine stalagmit stalagmiten", "m", roughness=0.95)


WINDOW_OPENING_M = (-0.75, 1.0, 0.75, 2.7)  # the window_wall's hole: x0, y0 (sill), x1, y1 (local, metres)


def _window_wall(s):
    # a room's wall, 3 m wide and 4 m high (as high as the sets' walls), with a 1.5 m x 1.7 m opening whose sill
    # is at 1 m: the hole is real (four wall blocks around it), the frame and a faintly tinted pane fill it
    w0, y0, w1, y1 = WINDOW_OPENING_M
    blocks = [s.box_between((-1.5, 0.0, -0.1), (w0, 4.0, 0.1)), s.box_between((w1, 0.0, -0.1),
                                                                                  (1.5, 4.0, 0.1)),
              s.box_between((w0, 0.0, -0.1), (w1, y0, 0.1)), s.box_between((w0, y1, -0.1), (w1, 4.0, 0.1))]
    frame = [s.box_between((w0, y0, -0.1), (w1, y0 + 0.06, 0.1)), s.box_between((w0, y1 - 0.06, -0.08),
                                                                                   (w1, y1, 0.08)),
             s.box_between((w0, y0 + 0.06, -0.08), (w0 + 0.06, y1 - 0.06, 0.08)),
             s.box_between((w1 - 0.06, y0 + 0.06, -0.08), (w1, y1 - 0.06, 0.08)),
             s.box_between((-0.02, y0 + 0.06, -0.03), (0.02, y1 - 0.06, 0.03)),
             s.box_between((w0 + 0.06, 1.83, -0.03), (w1 - 0.06, 1.87, 0.03))]
    glass = s.box_between((w0 + 0.06, y0 + 0.06, -0.004), (w1 - 0.06, y1 - 0.06, 0.004))
    return [P(blocks), P(frame, WHITE, roughness=0.6), P(glass, (0.8, 0.9, 1.0), roughness=0.05, opacity=0.2)]


kind("window_wall", "architecture", (3.0, 4.0, 0.2), _window_wall, (0.9, 0.88, 0.82),
     "window_wall window_walls wall_with_window", "fensterwand fensterwände", "f", roughness=0.9,
     openings=(Opening((WINDOW_OPENING_M[0], WINDOW_OPENING_M[1]), (WINDOW_OPENING_M[2], WINDOW_OPENING_M[3])),))


def _footpath(s):
    gravel = s.box_between((-0.9, 0.0, -3.0), (0.9, 0.02, 3.0))
    edges = [s.box_between((x - 0.06, 0.0, -3.0), (x + 0.06, 0.05, 3.0)) for x in (-0.96, 0.96)]
    return [P(gravel, roughness=1.0), P(edges, (0.6, 0.58, 0.55), roughness=0.9)]


kind("footpath", "architecture", (2.04, 0.05, 6.0), _footpath, (0.78, 0.7, 0.55),
     "footpath footpaths gravel_path walkway", "fußweg fußwege kiesweg", "m", roughness=1.0)


def _platform_edge(s):
    line = s.box_between((-5.0, 0.0, -0.15), (5.0, 0.012, 0.15))
    tactile = [s.box_between((x - 0.12, 0.0, -0.1), (x + 0.12, 0.016, 0.1)) for x in (-4.5 + 0.5 * k for k in range(19))]
    return [P(line), P(tactile, WHITE, roughness=0.8)]


kind("platform_edge", "architecture", (10.0, 0.016, 0.3), _platform_edge, (0.95, 0.8, 0.1),
     "platform_edge platform_edges safety_line", "bahnsteigkante bahnsteigkanten", "f", roughness=0.7)


def _lap_pool(s):
    # an in-ground pool seen from the deck: a low tiled rim around the water, which lies just below it
    rim = [s.box_between((-5.0, 0.0, -1.2), (5.0, 0.1, -1.0)), s.box_between((-5.0, 0.0, 1.0), (5.0, 0.1, 1.2)),
           s.box_between((-5.0, 0.0, -1.0), (-4.8, 0.1, 1.0)), s.box_between((4.8, 0.0, -1.0), (5.0, 0.1, 1.0))]
    water = s.box_between((-4.8, 0.0, -1.0), (4.8, 0.07, 1.0))
    lines = [s.box_between((-4.6, 0.0705, z - 0.08), (4.6, 0.072, z + 0.08)) for z in (-0.5, 0.5)]
    ropes = [s.cylinder_between((-4.8, 0.08, 0.0), (4.8, 0.08, 0.0), 0.03, 8)]
    floats = [s.sphere(0.045, (-4.4 + 0.8 * k, 0.08, 0.0), subdivisions=1) for k in range(12)]
    return [P(rim, WHITE, roughness=0.4), P(water, roughness=0.05, emissive=0.15), P(lines, (0.1, 0.2, 0.55)),
            P(ropes, (0.85, 0.2, 0.15)), P(floats, (0.95, 0.85, 0.2))]


kind("lap_pool", "architecture", (10.0, 0.125, 2.4), _lap_pool, (0.2, 0.6, 0.85),
     "lap_pool swimming_pool_basin pool_water lap_pools", "schwimmbecken becken wasserbecken", "n", roughness=0.05)


def _diving_board(s):
    stand = s.box_between((-0.3, 0.0, -0.4), (0.3, 0.6, 0.2))
    board = s.rotated(s.box_between((-0.25, 0.6, -0.3), (0.25, 0.65, 2.2)), -2, (1, 0, 0), (0, 0.6, -0.3))
    rails = [s.cylinder_between((x, 0.0, -0.6), (x, 1.3, -0.2), 0.025, 8) for x in (-0.32, 0.32)]
    return [P(stand, (0.85, 0.85, 0.82)), P(board), P(rails, (0.75, 0.76, 0.78), metallic=0.7)]


kind("diving_board", "furniture", (0.69, 1.315, 2.82), _diving_board, (0.2, 0.5, 0.8),
     "diving_board diving_boards springboard", "sprungbrett sprungbretter", "n", roughness=0.5)


def _pool_ladder(s):
    rails = [s.cylinder_between((x, 0.0, 0.0), (x, 0.9, 0.0), 0.025, 8) for x in (-0.25, 0.25)]
    bows = [s.cylinder_between((x, 0.9, 0.0), (x, 0.9, 0.3), 0.025, 8) for x in (-0.25, 0.25)]
    ends = [s.cylinder_between((x, 0.9, 0.3), (x, 0.0, 0.3), 0.025, 8) for x in (-0.25, 0.25)]
    return [P([*rails, *bows, *ends])]


kind("pool_ladder", "prop", (0.55, 0.925, 0.35), _pool_ladder, (0.78, 0.79, 0.8), "pool_ladder pool_ladders",
     "beckenleiter poolleiter", "f", roughness=0.3, metallic=0.8)


def _display_case(s):
    plinth = s.box_between((-0.45, 0.0, -0.35), (0.45, 0.9, 0.35))
    glass = s.box_between((-0.42, 0.9, -0.32), (0.42, 1.5, 0.32))
    cap = s.box_between((-0.45, 1.5, -0.35), (0.45, 1.53, 0.35))
    treasure = [s.lathe([(0.0, 0.9), (0.06, 0.9), (0.09, 1.05), (0.05, 1.2), (0.07, 1.25), (0.0, 1.25)], 14)]
    return [P([plinth, cap]), P(glass, (0.85, 0.92, 0.95), roughness=0.05, opacity=0.25),
            P(treasure, (0.8, 0.6, 0.2), metallic=0.8, roughness=0.3)]


kind("display_case", "furniture", (0.9, 1.53, 0.7), _display_case, (0.95, 0.94, 0.9),
     "display_case display_cases glass_case vitrine", "vitrine vitrinen schaukasten", "f", roughness=0.6)


def _rope_barrier(s):
    posts = [s.cylinder_between((x, 0.0, 0.0), (x, 0.95, 0.0), 0.025, 8) for x in (-0.9, 0.9)]
    bases = [s.cylinder(0.15, 0.03, (x, 0.0, 0.0), 14) for x in (-0.9, 0.9)]
    knobs = [s.sphere(0.04, (x, 0.97, 0.0), subdivisions=1) for x in (-0.9, 0.9)]
    rope = [s.cylinder_between((-0.88 + 0.22 * k, 0.9 - 0.12 * (1 - ((k - 4) / 4) ** 2), 0.0),
                               (-0.66 + 0.22 * k, 0.9 - 0.12 * (1 - ((k - 3) / 4) ** 2), 0.0), 0.018, 6)
            for k in range(8)]
    return [P([*posts, *bases, *knobs], (0.8, 0.65, 0.3), metallic=0.8, roughness=0.3), P(rope)]


kind("rope_barrier", "prop", (2.09, 1.01, 0.3), _rope_barrier, (0.6, 0.08, 0.1),
     "rope_barrier rope_barriers velvet_rope stanchions", "absperrkordel absperrung", "f", roughness=0.8)


def _ship_deck(s):
    # the deck of a sailing ship, standing on the sea (the set's ground): planks between two bulwarks, with a
    # raised stern rail at the back; the acting area is the open deck in the middle
    planks = s.box_between((-4.3, 0.0, -11.0), (4.3, 0.03, 11.0))
    seams = [s.box_between((x - 0.01, 0.03, -11.0), (x + 0.01, 0.032, 11.0)) for x in (-3.0, -1.5, 0.0, 1.5, 3.0)]
    bulwarks = [s.box_between((sx * 4.3 - 0.15, 0.0, -11.0), (sx * 4.3 + 0.15, 1.0, 11.0)) for sx in (-1, 1)]
    stern = s.box_between((-4.45, 0.0, -11.3), (4.45, 1.2, -11.0))
    rails = [s.box_between((sx * 4.3 - 0.2, 1.0, -11.3), (sx * 4.3 + 0.2, 1.08, 11.0)) for sx in (-1, 1)]
    return [P([planks, *bulwarks, stern]), P(seams, (0.3, 0.2, 0.12)), P(rails, (0.35, 0.22, 0.12))]


kind("deck_planks", "architecture", (9.0, 1.2, 22.3), _ship_deck, (0.62, 0.45, 0.28),
     "deck_planks ship_planks", "decksplanken schiffsplanken", "f", roughness=0.85)


def _mast(s):
    pole = s.cylinder_between((0, 0.0, 0), (0, 9.0, 0), 0.16, 12, radius1=0.1)
    yards = [s.cylinder_between((-2.6, y, 0.15), (2.6, y, 0.15), 0.07, 8) for y in (3.2, 6.6)]
    sails = [s.prism([(-2.4, 3.3), (2.4, 3.3), (2.2, 6.5), (-2.2, 6.5)], 0.16, 0.3)]
    nest = s.cylinder(0.5, 0.5, (0, 7.2, 0), 12)
    flag = s.box_between((0.0, 8.4, -0.02), (0.9, 8.9, 0.02))
    return [P([pole, *yards, nest]), P(sails, (0.95, 0.92, 0.82), roughness=0.95), P(flag, (0.08, 0.08, 0.08))]


kind("mast", "architecture", (5.2, 9.0, 1.0), _mast, (0.45, 0.3, 0.16),
     "mast masts ship_mast", "mast masten schiffsmast", "m", roughness=0.8)


def _ship_wheel(s):
    post = s.box_between((-0.12, 0.0, -0.12), (0.12, 1.0, 0.12))
    rim = s.torus(0.45, 0.035, (0, 1.3, 0.18), axis="z")
    hub = s.cylinder_between((0, 1.3, 0.1), (0, 1.3, 0.26), 0.08, 10)
    spokes = [s.cylinder_between((0, 1.3, 0.18), (0.62 * np.cos(a), 1.3 + 0.62 * np.sin(a), 0.18), 0.018, 6)
              for a in np.linspace(0, 2 * np.pi, 8, endpoint=False)]
    axle = s.cylinder_between((0, 1.3, 0.0), (0, 1.3, 0.12), 0.04, 8)
    return [P([post, axle]), P([rim, hub, *spokes], (0.5, 0.32, 0.15))]


kind("ship_wheel", "furniture", (1.24, 1.92, 0.38), _ship_wheel, (0.38, 0.24, 0.12),
     "ship_wheel ship_wheels helm_wheel steering_wheel", "steuerrad steuerräder", "n", roughness=0.6)


def _rope_coil(s):
    loops = [s.torus(0.22 - 0.03 * k, 0.03, (0, 0.03 + 0.055 * k, 0), axis="y") for k in range(4)]
    return [P(loops)]


kind("rope_coil", "prop", (0.5, 0.225, 0.5), _rope_coil, (0.78, 0.66, 0.45),
     "rope_coil rope coil_of_rope", "seil seile tau taue", "n", roughness=0.95)


def _volcano(s):
    """A dark cone with a crater whose lava glows, and lava running down one side: it reads as a volcano
    before it erupts (autark.jobs.changes throws its lava when an idea says it erupts)."""
    rock = s.cone(4.0, 4.2, (0, 0, 0), 24, top_radius=0.9)
    rim = s.cone(1.05, 0.25, (0, 4.15, 0), 24, top_radius=0.8)
    lava = s.cylinder(0.78, 0.06, (0, 4.2, 0), 20)
    flows = [s.cylinder_between((0.35 * dx, 4.15, 0.35 * dz + 0.5), (2.6 * dx, 1.4, 2.6 * dz + 1.6), 0.14, 6,
                                radius1=0.3) for dx, dz in ((0.25, 1.0), (-0.45, 0.9))]
    return [P(rock, roughness=0.95), P(rim, (0.2, 0.17, 0.16), roughness=0.95),
            P([lava, *flows], LAVA, emissive=1.4, roughness=0.6)]


LAVA = (1.0, 0.35, 0.08)
kind("volcano", "architecture", (8.0, 4.4, 8.0), _volcano, (0.27, 0.23, 0.21), "volcano volcanoes",
     "vulkan vulkane", "m", roughness=0.95)
