"""Built-in rail vehicles and a lift: a tram, a goods wagon (the generic rail vehicle a story shows where it names
one autark has no kind for: a boxy carriage on its rails, never a ship) and a lift cabin open to the camera, so
that two people stuck in it are seen inside. A tram had been played by a horse's wagon and a lift was left out.
Front toward +Z (a rail vehicle runs along Z), bottom centre at the origin, metres.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, METAL, WHITE
from autark.assets.catalog._parts import _part as P

WINDOW = (0.1, 0.14, 0.18)
STEEL = (0.75, 0.76, 0.78)


def _tram(s):
    body = s.box_between((-1.2, 0.45, -6.0), (1.2, 3.1, 6.0))
    skirt = s.box_between((-1.21, 0.45, -6.0), (1.21, 1.1, 6.0))
    windows = [s.box_between((sx * 1.2 - 0.01, 1.5, z - 0.7), (sx * 1.2 + 0.01, 2.7, z + 0.7))
               for sx in (-1, 1) for z in (-4.2, -2.4, 2.4, 4.2)]
    doors = [s.box_between((sx * 1.2 - 0.012, 0.5, -0.6), (sx * 1.2 + 0.012, 2.8, 0.6)) for sx in (-1, 1)]
    front = [s.box_between((-0.95, 1.5, sz * 6.0 - 0.01), (0.95, 2.8, sz * 6.0 + 0.01)) for sz in (-1, 1)]
    lights = [s.sphere(0.09, (x, 0.9, 6.02), subdivisions=1) for x in (-0.8, 0.8)]
    pantograph = [s.cylinder_between((0, 3.1, -1.0), (0, 3.8, 0.0), 0.03, 6),
                  s.cylinder_between((0, 3.8, 0.0), (0, 3.1, 1.0), 0.03, 6), s.box((1.4, 0.04, 0.1), (0, 3.82, 0))]
    wheels = [s.cylinder_between((x - 0.05, 0.35, z), (x + 0.05, 0.35, z), 0.33, 14)
              for x in (-0.72, 0.72) for z in (-4.5, 4.5)]
    return [P(body), P(skirt, WHITE), P([*windows, *front], WINDOW, roughness=0.1), P(doors, (0.85, 0.2, 0.12)),
            P(lights, (1.0, 0.95, 0.8), emissive=2.0), P(pantograph, DARK_METAL, metallic=0.8),
            P(wheels, BLACK, metallic=0.5)]


kind("tram", "vehicle", (2.424, 3.812, 12.12), _tram, (0.95, 0.72, 0.1),
     "tram trams tramcar tramcars streetcar streetcars trolley_car trolleycar light_rail",
     "straßenbahn straßenbahnen tram trams trambahn", "f", roughness=0.4, metallic=0.2)


def _rail_wagon(s):
    body = s.box_between((-1.4, 1.0, -6.0), (1.4, 3.6, 6.0))
    ribs = [s.box_between((sx * 1.4 - 0.03, 1.0, z - 0.05), (sx * 1.4 + 0.03, 3.6, z + 0.05))
            for sx in (-1, 1) for z in (-4.5, -3.0, -1.5, 1.5, 3.0, 4.5)]
    door = [s.box_between((sx * 1.4 - 0.02, 1.1, -1.0), (sx * 1.4 + 0.02, 3.4, 1.0)) for sx in (-1, 1)]
    roof = s.box_between((-1.45, 3.6, -6.05), (1.45, 3.7, 6.05))
    frame = s.box_between((-1.2, 0.7, -6.2), (1.2, 1.0, 6.2))
    buffers = [s.cylinder_between((x, 0.85, sz * 6.2), (x, 0.85, sz * 6.5), 0.15, 10) for x in (-0.9, 0.9)
               for sz in (-1, 1)]
    wheels = [s.cylinder_between((x - 0.05, 0.45, z), (x + 0.05, 0.45, z), 0.45, 14)
              for x in (-0.72, 0.72) for z in (-4.8, -3.6, 3.6, 4.8)]
    rails = [s.box_between((x - 0.035, 0.0, -6.5), (x + 0.035, 0.08, 6.5)) for x in (-0.77, 0.77)]
    return [P([body, *ribs]), P(door, (0.45, 0.2, 0.12)), P(roof, (0.35, 0.35, 0.36)),
            P([frame, *buffers, *wheels], BLACK, metallic=0.5), P(rails, METAL, metallic=0.8, roughness=0.3)]


# the generic of a rail vehicle: a goods wagon on its rails ("ein Waggon", "a boxcar", "a freight train")
kind("rail_wagon", "vehicle", (2.9, 3.7, 13.0), _rail_wagon, (0.55, 0.25, 0.15),
     "rail_wagon rail_wagons goods_wagon freight_car freight_cars boxcar boxcars railroad_car railway_wagon "
     "freight_train goods_train", "güterwagen güterwaggon güterzug güterzüge eisenbahnwaggon "
     "eisenbahnwagen", "m", roughness=0.7, metallic=0.2)


def _lift(s):
    floor = s.box((1.6, 0.06, 1.5), (0, 0.03, 0))
    back = s.box((1.6, 2.4, 0.06), (0, 1.2, -0.72))
    sides = [s.box((0.06, 2.4, 1.5), (x * 0.77, 1.2, 0)) for x in (-1, 1)]
    ceiling = s.box((1.6, 0.08, 1.5), (0, 2.44, 0))
    doors = [s.box((0.3, 2.3, 0.05), (x * 0.62, 1.18, 0.72)) for x in (-1, 1)]
    header = s.box((1.6, 0.3, 0.08), (0, 2.33, 0.74))
    rail = s.cylinder_between((-0.6, 0.95, -0.66), (0.6, 0.95, -0.66), 0.02, 8)
    buttons = [s.sphere(0.02, (0.7, 1.0 + 0.08 * i, 0.55), subdivisions=1) for i in range(5)]
    display = s.box((0.3, 0.1, 0.01), (0, 2.33, 0.785))
    light = s.box((0.8, 0.02, 0.5), (0, 2.39, 0))
    return [P([back, *sides, ceiling, header]), P(floor, (0.3, 0.3, 0.32), roughness=0.8),
            P(doors, METAL, metallic=0.9, roughness=0.25), P(rail, METAL, metallic=1.0, roughness=0.2),
            P(buttons, (1.0, 0.8, 0.3), emissive=1.5), P(display, (1.0, 0.3, 0.1), emissive=1.5),
            P(light, (1.0, 1.0, 0.95), emissive=1.5)]


kind("elevator", "architecture", (1.6, 2.48, 1.54), _lift, STEEL,
     "elevator elevators elevator_car lift_cabin", "aufzug aufzüge fahrstuhl fahrstühle lift lifte "
     "aufzugskabine", "m", roughness=0.3, metallic=0.6)
