"""Built-in tools and workshop things: hand tools lie on their side (as on a bench or the ground), long garden
tools and ladders stand up."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, DARK_WOOD, METAL, WOOD
from autark.assets.catalog._parts import _part as P

RED = (0.8, 0.12, 0.1)
HANDLE = (0.6, 0.42, 0.24)


def _hammer(s):
    handle = s.box((0.3, 0.025, 0.03), (-0.03, 0.02, 0))
    head = s.box((0.04, 0.04, 0.12), (0.13, 0.02, 0))
    return [P(head), P(handle, HANDLE, roughness=0.7)]


kind("hammer", "prop", (0.33, 0.04, 0.12), _hammer, DARK_METAL, "hammer hammers mallet", "hammer", "m",
     roughness=0.4, metallic=0.9)


def _saw(s):
    blade = s.prism([(-0.2, 0.0), (0.25, 0.0), (0.25, 0.12), (-0.2, 0.04)], -0.001, 0.001)
    blade = s.translated(s.rotated(blade, -90, (1, 0, 0)), (0, 0.01, 0))
    handle = s.box((0.12, 0.02, 0.12), (0.3, 0.01, -0.06))
    return [P(blade), P(handle, RED, roughness=0.5)]


kind("saw", "prop", (0.56, 0.02, 0.12), _saw, METAL, "saw saws handsaw", "säge sägen", "f", roughness=0.3,
     metallic=1.0)


def _axe(s):
    handle = s.cylinder_between((0, 0, 0), (0, 0.8, 0), 0.018, 8)
    head = s.prism([(-0.02, 0.66), (0.16, 0.6), (0.16, 0.8), (-0.02, 0.76)], -0.012, 0.012)
    return [P(head), P(handle, HANDLE, roughness=0.7)]


kind("axe", "prop", (0.178, 0.8, 0.036), _axe, DARK_METAL, "axe axes hatchet", "axt äxte beil", "f", roughness=0.4,
     metallic=0.9)


def _shovel(s):
    shaft = s.cylinder(0.016, 1.0, (0, 0.3, 0), sections=8)
    grip = s.box((0.12, 0.03, 0.03), (0, 1.3, 0))
    blade = s.prism([(-0.11, 0.32), (0.11, 0.32), (0.11, 0.08), (0.0, 0.0), (-0.11, 0.08)], -0.01, 0.01)
    return [P(blade), P([shaft, grip], HANDLE, roughness=0.7)]


kind("shovel", "prop", (0.22, 1.315, 0.032), _shovel, DARK_METAL, "shovel shovels spade spades", "schaufel "
     "schaufeln spaten", "f", roughness=0.5, metallic=0.8)


def _broom(s):
    stick = s.cylinder(0.014, 1.2, (0, 0.25, 0), sections=8)
    head = s.box((0.3, 0.06, 0.06), (0, 0.25, 0))
    bristles = s.box((0.28, 0.22, 0.05), (0, 0.11, 0))
    return [P(bristles), P([stick, head], HANDLE, roughness=0.7)]


kind("broom", "prop", (0.3, 1.45, 0.06), _broom, (0.8, 0.65, 0.3), "broom brooms broomstick besom", "besen",
     "m", roughness=0.9)


def _ladder(s):
    rails = [s.box((0.05, 3.0, 0.04), (x, 1.5, 0)) for x in (-0.22, 0.22)]
    rungs = [s.cylinder_between((-0.2, y, 0), (0.2, y, 0), 0.016, 6) for y in (0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1,
                                                                                2.4, 2.7)]
    return [P([*rails, *rungs])]


kind("ladder", "prop", (0.49, 3.0, 0.04), _ladder, WOOD, "ladder ladders", "leiter leitern", "f", roughness=0.7)


def _wrench(s):
    shaft = s.box((0.18, 0.012, 0.025), (0, 0.006, 0))
    jaws = [s.box((0.03, 0.012, 0.015), (0.11, 0.006, z)) for z in (-0.02, 0.02)]
    ring = s.torus(0.018, 0.007, (-0.1, 0.007, 0), axis="y", sections=12)
    return [P([shaft, *jaws, ring])]


kind("wrench", "prop", (0.25, 0.014, 0.055), _wrench, METAL, "wrench wrenches spanner spanners",
     "schraubenschlüssel schraubenschlüsseln", "m", roughness=0.3, metallic=1.0)


def _bucket(s):
    body = s.lathe([(0.0, 0.0), (0.12, 0.0), (0.15, 0.28), (0.14, 0.28), (0.11, 0.01), (0.0, 0.01)], 16)
    handle = s.torus(0.145, 0.006, (0, 0.28, 0), axis="z", sections=16)
    return [P(body), P(handle, METAL, metallic=1.0)]


kind("bucket", "prop", (0.302, 0.431, 0.3), _bucket, (0.25, 0.45, 0.75), "bucket buckets pail pails",
     "eimer kübel", "m", roughness=0.4)


def _watering_can(s):
    body = s.cylinder(0.1, 0.24, sections=16)
    spout = s.cylinder_between((0.08, 0.05, 0), (0.3, 0.3, 0), 0.02, 8, radius1=0.012)
    rose = s.cylinder_between((0.3, 0.3, 0), (0.32, 0.32, 0), 0.03, 8)
    handle = s.torus(0.08, 0.01, (-0.04, 0.26, 0), axis="z", sections=12)
    return [P([body, spout, rose, handle])]


kind("watering_can", "prop", (0.47, 0.35, 0.2), _watering_can, (0.3, 0.6, 0.35), "watering_can watering_cans",
     "gießkanne gießkannen giesskanne", "f", roughness=0.4, metallic=0.4)


def _rake(s):
    shaft = s.cylinder(0.014, 1.45, (0, 0.1, 0), sections=8)
    head = s.box((0.4, 0.03, 0.03), (0, 0.1, 0))
    teeth = [s.box((0.01, 0.1, 0.01), (x, 0.05, 0)) for x in (-0.18, -0.12, -0.06, 0.0, 0.06, 0.12, 0.18)]
    return [P([head, *teeth]), P(shaft, HANDLE, roughness=0.7)]


kind("rake", "prop", (0.4, 1.55, 0.03), _rake, DARK_METAL, "rake rakes", "rechen harke harken", "m",
     roughness=0.5, metallic=0.8)


def _pickaxe(s):
    handle = s.cylinder(0.02, 0.9, sections=8)
    head = [s.cylinder_between((0.0, 0.85, 0), (0.32, 0.72, 0), 0.025, 6, radius1=0.004),
            s.cylinder_between((0.0, 0.85, 0), (-0.32, 0.72, 0), 0.025, 6, radius1=0.004)]
    return [P(head), P(handle, HANDLE, roughness=0.7)]


kind("pickaxe", "prop", (0.648, 0.9, 0.05), _pickaxe, DARK_METAL, "pickaxe pickaxes mattock",
     "spitzhacke spitzhacken pickel", "f", roughness=0.4, metallic=0.9)


def _screwdriver(s):
    handle = s.cylinder_between((-0.09, 0.016, 0), (0.0, 0.016, 0), 0.016, 8)
    shaft = s.cylinder_between((0.0, 0.016, 0), (0.12, 0.016, 0), 0.004, 6)
    return [P(handle), P(shaft, METAL, metallic=1.0, roughness=0.3)]


kind("screwdriver", "prop", (0.21, 0.032, 0.032), _screwdriver, (0.9, 0.7, 0.1), "screwdriver screwdrivers",
     "schraubenzieher schraubendreher", "m", roughness=0.4)


def _toolbox(s):
    box = s.box((0.5, 0.22, 0.24), (0, 0.11, 0))
    lid = s.box((0.5, 0.03, 0.24), (0, 0.235, 0))
    handle = [s.box((0.02, 0.06, 0.02), (x, 0.28, 0)) for x in (-0.1, 0.1)] + [s.box((0.22, 0.02, 0.03),
                                                                                    (0, 0.31, 0))]
    latch = [s.box((0.04, 0.04, 0.01), (x, 0.2, 0.125)) for x in (-0.15, 0.15)]
    return [P([box, lid]), P([*handle, *latch], DARK_METAL, metallic=0.8)]


kind("toolbox", "prop", (0.5, 0.32, 0.25), _toolbox, RED, "toolbox toolboxes tool_box tool_kit",
     "werkzeugkasten werkzeugkiste werkzeug", "m", roughness=0.4, metallic=0.5)


def _wheelbarrow(s):
    tray = s.lathe([(0.0, 0.3), (0.25, 0.3), (0.4, 0.62), (0.0, 0.62)], 4)
    tray = s.scaled(s.rotated(tray, 45, (0, 1, 0)), (0.9, 1, 1.3))
    wheel = s.torus(0.15, 0.04, (0, 0.19, 0.55), axis="x", sections=16)
    handles = [s.cylinder_between((x, 0.25, 0.55), (x * 1.1, 0.6, -0.95), 0.02, 6) for x in (-0.22, 0.22)]
    legs = [s.box((0.03, 0.3, 0.03), (x, 0.15, -0.35)) for x in (-0.2, 0.2)]
    return [P(tray), P(wheel, BLACK, roughness=0.9), P([*handles, *legs], DARK_METAL, metallic=0.6)]


kind("wheelbarrow", "vehicle", (0.52, 0.62, 1.69), _wheelbarrow, (0.2, 0.5, 0.25), "wheelbarrow wheelbarrows barrow",
     "schubkarre schubkarren", "f", roughness=0.5, metallic=0.4)


def _workbench(s):
    top = s.box((1.8, 0.08, 0.75), (0, 0.86, 0))
    legs = [s.box((0.08, 0.82, 0.08), (x, 0.41, z)) for x in (-0.8, 0.8) for z in (-0.3, 0.3)]
    shelf = s.box((1.6, 0.03, 0.6), (0, 0.2, 0))
    vice = s.box((0.15, 0.1, 0.15), (0.75, 0.95, 0.35))
    return [P([top, *legs, shelf]), P(vice, DARK_METAL, metallic=0.8)]


kind("workbench", "furniture", (1.8, 1.0, 0.8), _workbench, WOOD, "workbench workbenches", "werkbank werkbänke",
     "f", tops=((0.9, (-0.88, -0.36), (0.62, 0.36)),), roughness=0.8)


def _pitchfork(s):
    shaft = s.cylinder(0.016, 1.2, sections=8)
    head = s.box((0.22, 0.03, 0.02), (0, 1.2, 0))
    prongs = [s.cylinder_between((x, 1.2, 0), (x, 1.55, 0), 0.007, 5, radius1=0.002) for x in (-0.1, 0.0, 0.1)]
    return [P([head, *prongs]), P(shaft, HANDLE, roughness=0.7)]


kind("pitchfork", "prop", (0.22, 1.55, 0.032), _pitchfork, DARK_METAL, "pitchfork pitchforks trident",
     "mistgabel heugabel dreizack", "f", roughness=0.4, metallic=0.9)


def _anvil(s):
    base = s.box((0.3, 0.1, 0.25), (0, 0.05, 0))
    waist = s.box((0.16, 0.18, 0.14), (0, 0.19, 0))
    top = s.box((0.45, 0.1, 0.16), (-0.03, 0.33, 0))
    horn = s.cylinder_between((0.195, 0.33, 0), (0.4, 0.36, 0), 0.07, 8, radius1=0.01)
    return [P([base, waist, top, horn])]


kind("anvil", "prop", (0.655, 0.38, 0.25), _anvil, (0.2, 0.2, 0.22), "anvil anvils", "amboss ambosse", "m",
     roughness=0.4, metallic=0.9)


def _scissors(s):
    blades = [s.rotated(s.box((0.14, 0.004, 0.012), (0.06, 0.004, 0)), a, (0, 1, 0)) for a in (-12, 12)]
    rings = [s.torus(0.022, 0.006, (-0.03, 0.006, z), axis="y", sections=12) for z in (-0.025, 0.025)]
    return [P(blades, METAL, metallic=1.0, roughness=0.2), P(rings)]


kind("scissors", "prop", (0.19, 0.012, 0.11), _scissors, RED, "scissors shears", "schere scheren", "f",
     roughness=0.4)


def _paint_can(s):
    can = s.cylinder(0.1, 0.2, sections=16)
    paint = s.cylinder(0.095, 0.01, (0, 0.2, 0), sections=16)
    brush = [s.box((0.05, 0.2, 0.015), (0.0, 0.3, 0.0)), s.box((0.055, 0.06, 0.02), (0.0, 0.18, 0.0))]
    return [P(paint), P(can, METAL, metallic=0.9, roughness=0.3), P(brush, DARK_WOOD)]


kind("paint_can", "prop", (0.2, 0.4, 0.2), _paint_can, (0.2, 0.45, 0.85), "paint_can paint_pot", "farbeimer "
     "farbtopf", "m", roughness=0.3)  # a brush alone is the paintbrush (making_tools)
