"""Built-in kitchen and restaurant things: cookware, tableware, appliances and a dining room's furniture."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import (
    BLACK,
    CREAM,
    DARK_METAL,
    DARK_WOOD,
    GLASS,
    METAL,
    WARM_LIGHT,
    WHITE,
    WOOD,
)
from autark.assets.catalog._parts import _part as P

STEEL = (0.75, 0.76, 0.78)


def _pot(s):
    body = s.lathe([(0.0, 0.0), (0.13, 0.0), (0.13, 0.16), (0.125, 0.16), (0.125, 0.01), (0.0, 0.01)], 20)
    lid = s.lathe([(0.135, 0.16), (0.12, 0.175), (0.0, 0.18)], 20)
    knob = s.sphere(0.015, (0, 0.19, 0), subdivisions=1)
    handles = [s.box((0.04, 0.015, 0.05), (x * 0.15, 0.13, 0)) for x in (-1, 1)]
    return [P([body, lid]), P([knob, *handles], BLACK, roughness=0.5)]


kind("cooking_pot", "prop", (0.34, 0.205, 0.27), _pot, STEEL, "pot pots cooking_pot saucepan soup_pot stockpot",
     "kochtopf kochtöpfe topf töpfe suppentopf", "m", roughness=0.3, metallic=0.9)


def _pan(s):
    pan = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.13, 0.045), (0.122, 0.045), (0.095, 0.008), (0.0, 0.008)], 20)
    handle = s.cylinder_between((0.13, 0.04, 0), (0.33, 0.06, 0), 0.012, 8)
    return [P(pan), P(handle, BLACK, roughness=0.6)]


kind("frying_pan", "prop", (0.475, 0.072, 0.26), _pan, DARK_METAL, "frying_pan frying_pans skillet skillets",
     "pfanne pfannen bratpfanne", "f", roughness=0.4, metallic=0.7)


def _bowl(s):
    return [P(s.lathe([(0.0, 0.0), (0.045, 0.0), (0.08, 0.04), (0.085, 0.07), (0.08, 0.07), (0.075, 0.045),
                       (0.04, 0.01), (0.0, 0.01)], 24))]


kind("bowl", "prop", (0.17, 0.07, 0.17), _bowl, (0.9, 0.85, 0.75), "bowl bowls", "schüssel schüsseln schale "
     "schalen", "f", roughness=0.3)


def _fork(s):
    handle = s.box((0.11, 0.006, 0.014), (-0.045, 0.003, 0))
    neck = s.box((0.03, 0.006, 0.024), (0.025, 0.003, 0))
    tines = [s.box((0.05, 0.006, 0.004), (0.065, 0.003, z)) for z in (-0.01, -0.0033, 0.0033, 0.01)]
    return [P([handle, neck, *tines])]


kind("fork", "prop", (0.19, 0.006, 0.024), _fork, STEEL, "fork forks", "gabel gabeln", "f", roughness=0.2,
     metallic=1.0)


def _knife(s):
    handle = s.box((0.09, 0.012, 0.018), (-0.065, 0.006, 0))
    blade = s.prism([(-0.02, -0.01), (0.11, -0.01), (0.13, 0.006), (-0.02, 0.012)], -0.002, 0.002)
    blade = s.translated(s.rotated(blade, -90, (1, 0, 0)), (0, 0.006, 0))
    return [P(blade), P(handle, DARK_WOOD, roughness=0.6)]


kind("knife", "prop", (0.24, 0.012, 0.022), _knife, STEEL, "knife knives", "messer", "n", roughness=0.2,
     metallic=1.0)


def _spoon(s):
    handle = s.box((0.12, 0.005, 0.012), (-0.04, 0.005, 0))
    bowl = s.ellipsoid((0.03, 0.007, 0.02), (0.05, 0.007, 0), subdivisions=1)
    return [P([handle, bowl])]


kind("spoon", "prop", (0.18, 0.014, 0.04), _spoon, STEEL, "spoon spoons", "löffel", "m", roughness=0.2,
     metallic=1.0)


def _kettle(s):
    body = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.105, 0.1), (0.07, 0.19), (0.0, 0.2)], 16)
    spout = s.cylinder_between((0.08, 0.06, 0), (0.17, 0.17, 0), 0.018, 8, radius1=0.01)
    handle = s.torus(0.07, 0.012, (0, 0.22, 0), axis="z", sections=16)
    knob = s.sphere(0.015, (0, 0.205, 0), subdivisions=1)
    return [P([body, spout]), P([handle, knob], BLACK, roughness=0.5)]


kind("kettle", "prop", (0.28, 0.302, 0.21), _kettle, (0.7, 0.1, 0.1), "kettle kettles", "wasserkocher "
     "wasserkessel", "m", roughness=0.3, metallic=0.5)


def _teapot(s):
    body = s.lathe([(0.0, 0.0), (0.06, 0.0), (0.09, 0.05), (0.08, 0.1), (0.04, 0.12), (0.0, 0.12)], 16)
    lid = s.lathe([(0.04, 0.12), (0.03, 0.14), (0.0, 0.15)], 12)
    spout = s.cylinder_between((0.07, 0.04, 0), (0.15, 0.12, 0), 0.016, 8, radius1=0.008)
    handle = s.torus(0.04, 0.008, (-0.09, 0.07, 0), axis="z", sections=12)
    return [P([body, lid, spout, handle])]


kind("teapot", "prop", (0.288, 0.15, 0.18), _teapot, (0.95, 0.95, 0.92), "teapot teapots", "teekanne teekannen",
     "f", roughness=0.2)


def _stove(s):
    body = s.box((0.6, 0.88, 0.6), (0, 0.44, 0))
    top = s.box((0.6, 0.02, 0.6), (0, 0.89, 0))
    burners = [s.cylinder(0.08, 0.015, (x, 0.9, z), sections=12) for x in (-0.15, 0.15) for z in (-0.14, 0.14)]
    door = s.box((0.5, 0.4, 0.01), (0, 0.35, 0.305))
    knobs = [s.cylinder_between((x, 0.8, 0.3), (x, 0.8, 0.33), 0.018, 8) for x in (-0.2, -0.07, 0.07, 0.2)]
    return [P([body, top]), P([*burners, door], BLACK, roughness=0.3), P(knobs, METAL, metallic=1.0)]


kind("stove", "furniture", (0.6, 0.915, 0.63), _stove, WHITE, "stove stoves cooker",
     "herd herde kochherd", "m", tops=((0.9, (-0.3, -0.3), (0.3, 0.3)),), roughness=0.3)


def _oven(s):
    dome = s.lathe([(0.0, 0.0), (0.75, 0.0), (0.75, 0.5), (0.6, 0.95), (0.3, 1.2), (0.0, 1.25)], 16)
    mouth = s.box((0.5, 0.4, 0.12), (0, 0.55, 0.72))
    fire = s.box((0.4, 0.15, 0.05), (0, 0.42, 0.76))
    chimney = s.cylinder(0.1, 0.5, (0.0, 1.1, -0.35), sections=8)
    return [P([dome, chimney]), P(mouth, BLACK, roughness=0.9), P(fire, (1.0, 0.45, 0.1), emissive=2.0)]


kind("oven", "furniture", (1.5, 1.6, 1.6), _oven, (0.7, 0.4, 0.3), "oven ovens stone_oven pizza_oven",
     "ofen öfen backofen steinofen", "m", roughness=0.9)


def _fridge(s):
    body = s.box((0.7, 1.8, 0.68), (0, 0.9, 0))
    seam = s.box((0.7, 0.02, 0.01), (0, 1.2, 0.345))
    handles = [s.box((0.03, 0.3, 0.04), (0.28, y, 0.36)) for y in (0.9, 1.45)]
    return [P(body), P([seam, *handles], METAL, metallic=1.0, roughness=0.3)]


kind("fridge", "furniture", (0.7, 1.8, 0.74), _fridge, WHITE, "fridge fridges refrigerator freezer",
     "kühlschrank kühlschränke", "m", roughness=0.3)


def _sink(s):
    cabinet = s.box((1.0, 0.86, 0.6), (0, 0.43, 0))
    top = s.box((1.0, 0.04, 0.62), (0, 0.88, 0.01))
    basin = s.box((0.5, 0.02, 0.36), (0, 0.905, 0.03))
    tap = [s.cylinder(0.015, 0.25, (0, 0.9, -0.22), sections=8), s.cylinder_between((0, 1.15, -0.22),
                                                                                   (0, 1.15, -0.05), 0.012, 8)]
    doors = [s.box((0.46, 0.7, 0.01), (x, 0.42, 0.305)) for x in (-0.245, 0.245)]
    return [P([cabinet, *doors]), P(top, (0.3, 0.3, 0.32), roughness=0.4), P([basin, *tap], STEEL, metallic=1.0,
                                                                             roughness=0.2)]


kind("kitchen_sink", "furniture", (1.0, 1.162, 0.62), _sink, (0.85, 0.85, 0.82), "sink sinks kitchen_sink washbasin",
     "spüle spülen waschbecken spülbecken", "f", tops=((0.9, (-0.5, -0.3), (-0.26, 0.3)),))


def _cutting_board(s):
    board = s.box((0.36, 0.02, 0.24), (0, 0.01, 0))
    grip = s.box((0.08, 0.02, 0.05), (0.21, 0.01, 0))
    return [P([board, grip])]


kind("cutting_board", "prop", (0.43, 0.02, 0.24), _cutting_board, WOOD, "cutting_board chopping_board breadboard",
     "schneidebrett brett frühstücksbrett", "n", roughness=0.8)


def _wine_glass(s):
    return [P(s.lathe([(0.0, 0.0), (0.035, 0.0), (0.035, 0.004), (0.004, 0.01), (0.004, 0.09), (0.035, 0.13),
                       (0.038, 0.19), (0.034, 0.19), (0.0, 0.1)], 16), opacity=0.45)]


kind("wine_glass", "prop", (0.076, 0.19, 0.076), _wine_glass, (0.85, 0.9, 0.95), "wineglass wineglasses "
     "wine_glass goblet goblets", "weinglas weingläser kelch sektglas", "n", roughness=0.05)


def _toaster(s):
    body = s.box((0.28, 0.18, 0.16), (0, 0.1, 0))
    feet = s.box((0.26, 0.01, 0.14), (0, 0.005, 0))
    slots = [s.box((0.2, 0.005, 0.03), (0, 0.192, z)) for z in (-0.035, 0.035)]
    toast = [s.box((0.16, 0.07, 0.015), (0, 0.21, z)) for z in (-0.035, 0.035)]
    lever = s.box((0.02, 0.02, 0.03), (0.15, 0.14, 0))
    return [P(body), P([feet, *slots, lever], BLACK), P(toast, (0.85, 0.6, 0.3), roughness=0.9)]


kind("toaster", "prop", (0.3, 0.245, 0.16), _toaster, STEEL, "toaster toasters", "toaster", "m", roughness=0.3,
     metallic=0.8)


def _microwave(s):
    body = s.box((0.5, 0.3, 0.38), (0, 0.15, 0))
    window = s.box((0.32, 0.2, 0.01), (-0.06, 0.15, 0.19))
    panel = [s.box((0.08, 0.22, 0.01), (0.19, 0.15, 0.19))]
    return [P(body), P(window, GLASS, roughness=0.1), P(panel, BLACK, roughness=0.4)]


kind("microwave", "prop", (0.5, 0.3, 0.39), _microwave, WHITE, "microwave microwaves", "mikrowelle mikrowellen",
     "f", roughness=0.4)


def _counter(s):
    body = s.box((2.4, 1.0, 0.6), (0, 0.5, 0))
    top = s.box((2.5, 0.05, 0.7), (0, 1.025, 0.0))
    panels = [s.box((0.7, 0.8, 0.01), (x, 0.45, 0.305)) for x in (-0.8, 0.0, 0.8)]
    return [P(body), P(top, (0.25, 0.22, 0.2), roughness=0.3), P(panels, DARK_WOOD, roughness=0.6)]


kind("counter", "furniture", (2.5, 1.05, 0.7), _counter, WOOD, "counter counters bar shop_counter",
     "theke theken tresen ladentheke", "f", tops=((1.05, (-1.2, -0.33), (1.2, 0.33)),), roughness=0.6)


def _dining_set(s):
    top = s.cylinder(0.45, 0.04, (0, 0.71, 0), sections=20)
    leg = [s.cylinder(0.05, 0.71, sections=8), s.cylinder(0.25, 0.03, sections=12)]
    cloth = s.lathe([(0.5, 0.55), (0.47, 0.75), (0.0, 0.76)], 20)
    chairs = []
    for z in (-1, 1):
        chairs += [s.box((0.42, 0.04, 0.42), (0, 0.45, z * 0.72)), s.box((0.42, 0.45, 0.04), (0, 0.7, z * 0.93))]
        chairs += [s.box((0.04, 0.45, 0.04), (x, 0.225, z * 0.72 + dz)) for x in (-0.18, 0.18) for dz in (-0.18,
                                                                                                            0.18)]
    return [P(cloth), P([top, *leg], DARK_WOOD), P(chairs, WOOD, roughness=0.6)]


kind("dining_set", "furniture", (1.0, 0.925, 1.9), _dining_set, (0.95, 0.95, 0.92),
     "dining_set restaurant_table table_for_two", "restauranttisch tischgruppe", "m",
     tops=((0.76, (-0.32, -0.32), (0.32, 0.32)),), roughness=0.9)


def _menu_board(s):
    board = s.box((0.6, 0.8, 0.03), (0, 0.95, 0))
    frame = [s.box((0.66, 0.04, 0.04), (0, y, 0)) for y in (0.55, 1.35)]
    legs = [s.cylinder_between((x, 0.0, 0.25), (x * 0.9, 1.4, 0.0), 0.02, 6) for x in (-0.3, 0.3)]
    back = s.cylinder_between((0, 0.0, -0.35), (0, 1.3, -0.02), 0.02, 6)
    lines = [s.box((0.4 - 0.1 * (i % 2), 0.025, 0.01), (-0.02, 1.2 - i * 0.1, 0.02)) for i in range(6)]
    return [P(board, (0.12, 0.14, 0.12), roughness=0.95), P([*frame, *legs, back]), P(lines, WHITE, roughness=0.9)]


kind("menu_board", "prop", (0.66, 1.41, 0.62), _menu_board, WOOD, "menu_board menu menus chalkboard_sign",
     "speisekarte speisekarten menütafel", "f")


def _chandelier(s):
    chain = s.cylinder(0.01, 0.6, (0, 0.5, 0), sections=6)
    hub = s.lathe([(0.0, 0.3), (0.12, 0.35), (0.05, 0.5), (0.0, 0.5)], 12)
    ring = s.torus(0.4, 0.015, (0, 0.35, 0), axis="y", sections=24)
    arms = [s.cylinder_between((0, 0.38, 0), (0.4 * c, 0.35, 0.4 * z), 0.012, 6)
            for c, z in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.707, 0.707), (-0.707, 0.707), (0.707, -0.707),
                         (-0.707, -0.707))]
    lights = [s.ellipsoid((0.03, 0.06, 0.03), (0.4 * c, 0.42, 0.4 * z), subdivisions=1)
              for c, z in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.707, 0.707), (-0.707, 0.707), (0.707, -0.707),
                           (-0.707, -0.707))]
    drops = [s.ellipsoid((0.02, 0.05, 0.02), (0.3 * c, 0.25, 0.3 * z), subdivisions=1)
             for c, z in ((1, 0), (-1, 0), (0, 1), (0, -1))]
    return [P([chain, hub, ring, *arms]), P(lights, WARM_LIGHT, emissive=3.0), P(drops, (0.9, 0.95, 1.0),
                                                                                 roughness=0.05, opacity=0.7)]


kind("chandelier", "light", (0.86, 0.9, 0.86), _chandelier, (0.85, 0.7, 0.3), "chandelier chandeliers",
     "kronleuchter kronleuchtern lüster", "m", roughness=0.3, metallic=1.0, floating=True)


def _bar_stool(s):
    seat = s.cylinder(0.19, 0.06, (0, 0.72, 0), sections=16)
    pole = s.cylinder(0.03, 0.72, sections=8)
    foot = s.cylinder(0.22, 0.02, sections=16)
    ring = s.torus(0.16, 0.012, (0, 0.3, 0), axis="y", sections=16)
    return [P(seat), P([pole, foot, ring], METAL, metallic=1.0, roughness=0.3)]


kind("bar_stool", "furniture", (0.464, 0.78, 0.464), _bar_stool, (0.6, 0.1, 0.1), "bar_stool barstool barstools",
     "barhocker", "m", tops=((0.78, (-0.13, -0.13), (0.13, 0.13)),), roughness=0.7)


def _jug(s):
    body = s.lathe([(0.0, 0.0), (0.07, 0.0), (0.08, 0.08), (0.06, 0.18), (0.065, 0.22), (0.06, 0.22),
                    (0.055, 0.19), (0.0, 0.19)], 16)
    handle = s.torus(0.055, 0.01, (-0.075, 0.13, 0), axis="z", sections=12)
    return [P(body), P(handle, CREAM)]


kind("jug", "prop", (0.22, 0.22, 0.16), _jug, (0.55, 0.65, 0.8), "jug jugs pitcher pitchers", "krug krüge kanne "
     "kannen", "m", roughness=0.3)
