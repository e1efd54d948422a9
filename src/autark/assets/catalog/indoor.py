"""Built-in furniture and props."""

from __future__ import annotations

import math

from autark.assets.catalog._parts import (
    BLACK,
    CREAM,
    DARK_METAL,
    DARK_WOOD,
    METAL,
    WARM_LIGHT,
    WHITE,
    WOOD,
    _part,
    _s,
    _top,
    register,
)
from autark.assets.spec import AssetSpec


# -- furniture -----------------------------------------------------------------------------------------------
def _table():
    s = _s()
    top = s.box((1.6, 0.04, 0.9), (0, 0.73, 0))
    legs = [s.box((0.06, 0.71, 0.06), (x * 0.72, 0.355, z * 0.37)) for x in (-1, 1) for z in (-1, 1)]
    return [_part([top, *legs])]


register(AssetSpec("table", "furniture", (-0.8, 0.0, -0.45), (0.8, 0.75, 0.45), _table,
                   supports=(_top("top", 0.75, (-0.8, -0.45), (0.8, 0.45)),), color=WOOD))


def _chair():
    s = _s()
    seat = s.box((0.45, 0.04, 0.45), (0, 0.45, 0))
    legs = [s.box((0.04, 0.43, 0.04), (x * 0.2, 0.215, z * 0.2)) for x in (-1, 1) for z in (-1, 1)]
    back = s.box((0.45, 0.45, 0.04), (0, 0.695, -0.205))
    return [_part([seat, *legs, back])]


register(AssetSpec("chair", "furniture", (-0.225, 0.0, -0.225), (0.225, 0.92, 0.225), _chair,
                   supports=(_top("seat", 0.47, (-0.2, -0.18), (0.2, 0.2)),), color=WOOD))


def _sofa():
    s = _s()
    fabric = [
        s.box_between((-1.0, 0.08, -0.45), (1.0, 0.35, 0.45)),  # base
        s.box_between((-0.8, 0.35, -0.25), (0.8, 0.45, 0.45)),  # seat cushions
        s.box_between((-1.0, 0.35, -0.45), (1.0, 0.85, -0.25)),  # back
        s.box_between((-1.0, 0.35, -0.45), (-0.8, 0.62, 0.45)),  # arms
        s.box_between((0.8, 0.35, -0.45), (1.0, 0.62, 0.45)),
    ]
    legs = [s.box_between((x - 0.03, 0.0, z - 0.03), (x + 0.03, 0.08, z + 0.03))
            for x in (-0.94, 0.94) for z in (-0.39, 0.39)]
    return [_part(fabric), _part(legs, DARK_WOOD, roughness=0.5)]


register(AssetSpec("sofa", "furniture", (-1.0, 0.0, -0.45), (1.0, 0.85, 0.45), _sofa,
                   supports=(_top("seat", 0.45, (-0.78, -0.23), (0.78, 0.43)),),
                   color=(0.35, 0.45, 0.6), roughness=0.9))


def _bed():
    s = _s()
    frame = [s.box_between((-0.8, 0.12, -1.05), (0.8, 0.35, 1.05)),
             s.box_between((-0.8, 0.0, -1.05), (0.8, 1.0, -0.98)),  # headboard
             *[s.box_between((x - 0.04, 0.0, z - 0.04), (x + 0.04, 0.12, z + 0.04))
               for x in (-0.75, 0.75) for z in (-1.0, 1.0)]]
    mattress = s.box_between((-0.78, 0.35, -0.98), (0.78, 0.55, 1.03))
    pillow = s.box_between((-0.6, 0.55, -0.95), (0.6, 0.66, -0.6))
    return [_part(mattress), _part(frame, WOOD, roughness=0.5), _part(pillow, WHITE, roughness=0.9)]


register(AssetSpec("bed", "furniture", (-0.8, 0.0, -1.05), (0.8, 1.0, 1.05), _bed,
                   supports=(_top("mattress", 0.55, (-0.76, -0.55), (0.76, 1.0)),),
                   color=(0.75, 0.8, 0.9), roughness=0.9))

_SHELF_BOARDS = (0.06, 0.47, 0.88, 1.29)  # top faces of the inner boards; the top panel is at 1.8


def _shelf():
    s = _s()
    parts = [s.box_between((-0.45, 0.0, -0.16), (-0.43, 1.8, 0.16)),
             s.box_between((0.43, 0.0, -0.16), (0.45, 1.8, 0.16)),
             s.box_between((-0.43, 0.0, -0.16), (0.43, 1.8, -0.15)),  # back panel
             s.box_between((-0.43, 1.775, -0.15), (0.43, 1.8, 0.16))]
    parts += [s.box_between((-0.43, y - 0.025, -0.15), (0.43, y, 0.16)) for y in _SHELF_BOARDS]
    return [_part(parts)]


register(AssetSpec("shelf", "furniture", (-0.45, 0.0, -0.16), (0.45, 1.8, 0.16), _shelf,
                   supports=(*(_top(f"board{i + 1}", y, (-0.42, -0.14), (0.42, 0.15))
                               for i, y in enumerate(_SHELF_BOARDS)),
                             _top("top", 1.8, (-0.44, -0.15), (0.44, 0.15))),
                   color=WOOD))


def _desk():
    s = _s()
    body = [s.box_between((-0.7, 0.72, -0.35), (0.7, 0.75, 0.35)),
            s.box_between((0.3, 0.0, -0.33), (0.68, 0.72, 0.33)),  # drawer pedestal
            *[s.box_between((x - 0.025, 0.0, z - 0.025), (x + 0.025, 0.72, z + 0.025))
              for x in (-0.65,) for z in (-0.3, 0.3)]]
    handles = [s.box_between((0.44, y - 0.01, 0.33), (0.54, y + 0.01, 0.35)) for y in (0.15, 0.38, 0.61)]
    return [_part(body), _part(handles, METAL, roughness=0.3, metallic=1.0)]


register(AssetSpec("desk", "furniture", (-0.7, 0.0, -0.35), (0.7, 0.75, 0.35), _desk,
                   supports=(_top("top", 0.75, (-0.7, -0.35), (0.7, 0.35)),), color=WOOD))


def _floor_lamp():
    s = _s()
    metal = [s.cylinder(0.15, 0.03, sections=24), s.cylinder(0.015, 1.3, (0, 0.03, 0), sections=8)]
    shade = s.lathe([(0.22, 1.3), (0.14, 1.6)], 24)
    bulb = s.sphere(0.05, (0, 1.3, 0), subdivisions=1)
    return [_part(shade), _part(metal, DARK_METAL, roughness=0.4, metallic=0.9),
            _part(bulb, WARM_LIGHT, emissive=3.0)]


register(AssetSpec("lamp", "furniture", (-0.22, 0.0, -0.22), (0.22, 1.6, 0.22), _floor_lamp,
                   color=CREAM, roughness=0.9))


def _table_lamp():
    s = _s()
    metal = [s.cylinder(0.08, 0.02, sections=24), s.cylinder(0.01, 0.25, (0, 0.02, 0), sections=8)]
    shade = s.lathe([(0.15, 0.25), (0.1, 0.45)], 24)
    bulb = s.sphere(0.03, (0, 0.25, 0), subdivisions=1)
    return [_part(shade), _part(metal, DARK_METAL, roughness=0.4, metallic=0.9),
            _part(bulb, WARM_LIGHT, emissive=3.0)]


register(AssetSpec("table_lamp", "furniture", (-0.15, 0.0, -0.15), (0.15, 0.45, 0.15), _table_lamp,
                   color=CREAM, roughness=0.9))


def _cabinet():
    s = _s()
    body = [s.box_between((-0.4, 0.05, -0.225), (0.4, 0.9, 0.225)),
            s.box_between((-0.38, 0.0, -0.2), (0.38, 0.05, 0.2)),  # plinth
            s.box_between((-0.385, 0.07, 0.225), (-0.005, 0.88, 0.235)),  # doors
            s.box_between((0.005, 0.07, 0.225), (0.385, 0.88, 0.235))]
    handles = [s.box_between((x - 0.008, 0.55, 0.235), (x + 0.008, 0.7, 0.25)) for x in (-0.05, 0.05)]
    return [_part(body), _part(handles, METAL, roughness=0.3, metallic=1.0)]


register(AssetSpec("cabinet", "furniture", (-0.4, 0.0, -0.225), (0.4, 0.9, 0.25), _cabinet,
                   supports=(_top("top", 0.9, (-0.4, -0.225), (0.4, 0.225)),), color=WOOD))


def _stool():
    s = _s()
    seat = s.cylinder(0.17, 0.04, (0, 0.41, 0), sections=24)
    legs = [s.cylinder_between((0.15 * math.sin(a), 0.002, 0.15 * math.cos(a)),
                               (0.1 * math.sin(a), 0.41, 0.1 * math.cos(a)), 0.015, 6)
            for a in (math.radians(d) for d in (45, 135, 225, 315))]
    return [_part([seat, *legs])]


register(AssetSpec("stool", "furniture", (-0.17, 0.0, -0.17), (0.17, 0.45, 0.17), _stool,
                   supports=(_top("seat", 0.45, (-0.11, -0.11), (0.11, 0.11)),), color=WOOD))


def _bench():
    s = _s()
    slats = [s.box_between((-0.75, 0.42, z0), (0.75, 0.45, z0 + 0.185)) for z0 in (-0.185, 0.0)]
    legs = [s.box_between((x - 0.03, 0.0, -0.18), (x + 0.03, 0.42, 0.18)) for x in (-0.65, 0.65)]
    return [_part(slats), _part(legs, DARK_METAL, roughness=0.5, metallic=0.8)]


register(AssetSpec("bench", "furniture", (-0.75, 0.0, -0.185), (0.75, 0.45, 0.185), _bench,
                   supports=(_top("seat", 0.45, (-0.74, -0.18), (0.74, 0.18)),), color=WOOD))


# -- props ---------------------------------------------------------------------------------------------------
def _cup():
    s = _s()
    body = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.04, 0.1), (0.036, 0.1), (0.032, 0.008), (0.0, 0.008)], 24)
    handle = s.torus(0.028, 0.006, (0.042, 0.05, 0), axis="z", sections=12, tube_sections=6)
    return [_part([body, handle])]


register(AssetSpec("cup", "prop", (-0.04, 0.0, -0.04), (0.076, 0.1, 0.04), _cup, color=WHITE, roughness=0.3))


def _book():
    s = _s()
    cover = [s.box_between((-0.08, 0.0, -0.115), (0.08, 0.004, 0.115)),
             s.box_between((-0.08, 0.026, -0.115), (0.08, 0.03, 0.115)),
             s.box_between((-0.08, 0.0, -0.115), (-0.074, 0.03, 0.115))]  # spine on the left (-X)
    pages = s.box_between((-0.074, 0.004, -0.112), (0.078, 0.026, 0.112))
    return [_part(cover), _part(pages, CREAM, roughness=0.9)]


register(AssetSpec("book", "prop", (-0.08, 0.0, -0.115), (0.08, 0.03, 0.115), _book,
                   supports=(_top("cover", 0.03, (-0.075, -0.11), (0.075, 0.11)),),
                   color=(0.6, 0.12, 0.12), roughness=0.7))


def _vase():
    s = _s()
    return [_part(s.lathe([(0.0, 0.0), (0.05, 0.0), (0.08, 0.1), (0.07, 0.18), (0.035, 0.26), (0.045, 0.3),
                           (0.04, 0.3), (0.03, 0.26), (0.0, 0.26)], 24))]


register(AssetSpec("vase", "prop", (-0.08, 0.0, -0.08), (0.08, 0.3, 0.08), _vase,
                   color=(0.3, 0.5, 0.7), roughness=0.2))


def _crate():
    s = _s()
    core = s.box_between((-0.24, 0.005, -0.24), (0.24, 0.495, 0.24))  # just inside the battens: no z-fighting
    # edge battens in a darker wood make it read as a crate rather than a cube
    e, h = 0.25, 0.5
    bars = []
    for a in (-1, 1):
        for b in (-1, 1):
            bars.append(s.box_between((a * e - 0.03 * (a > 0), 0, b * e - 0.03 * (b > 0)),
                                      (a * e + 0.03 * (a < 0), h, b * e + 0.03 * (b < 0))))
    for y0 in (0.0, h - 0.04):
        bars += [s.box_between((-e, y0, -e), (e, y0 + 0.04, -e + 0.03)),
                 s.box_between((-e, y0, e - 0.03), (e, y0 + 0.04, e)),
                 s.box_between((-e, y0, -e), (-e + 0.03, y0 + 0.04, e)),
                 s.box_between((e - 0.03, y0, -e), (e, y0 + 0.04, e))]
    return [_part(core), _part(bars, DARK_WOOD, roughness=0.8)]


register(AssetSpec("box", "prop", (-0.25, 0.0, -0.25), (0.25, 0.5, 0.25), _crate,
                   supports=(_top("top", 0.495, (-0.22, -0.22), (0.22, 0.22)),), color=(0.7, 0.52, 0.3),
                   roughness=0.85))


def _barrel():
    s = _s()
    body = s.lathe([(0.26, 0.0), (0.3, 0.2), (0.31, 0.45), (0.3, 0.7), (0.26, 0.9)], 24)
    hoops = [s.lathe([(r + 0.005, y - 0.02), (r + 0.005, y + 0.02)], 24)
             for r, y in ((0.263, 0.03), (0.3, 0.25), (0.3, 0.65), (0.263, 0.87))]
    return [_part(body), _part(hoops, DARK_METAL, roughness=0.5, metallic=0.8)]


register(AssetSpec("barrel", "prop", (-0.31, 0.0, -0.31), (0.31, 0.9, 0.31), _barrel,
                   supports=(_top("top", 0.9, (-0.17, -0.17), (0.17, 0.17)),), color=(0.5, 0.32, 0.18),
                   roughness=0.8))


def _tv():
    s = _s()
    frame = [s.box_between((-0.62, 0.1, -0.03), (0.62, 0.81, 0.02)),
             s.box_between((-0.03, 0.02, -0.04), (0.03, 0.12, 0.0)),
             s.box_between((-0.25, 0.0, -0.12), (0.25, 0.02, 0.1))]
    screen = s.box_between((-0.6, 0.12, 0.02), (0.6, 0.79, 0.025))
    return [_part(frame), _part(screen, (0.1, 0.18, 0.3), roughness=0.1, emissive=0.6)]


register(AssetSpec("tv", "prop", (-0.62, 0.0, -0.12), (0.62, 0.81, 0.1), _tv, color=(0.06, 0.06, 0.07),
                   roughness=0.4))


def _laptop():
    s = _s()
    base = s.box_between((-0.16, 0.0, -0.11), (0.16, 0.018, 0.11))
    lid = s.box_between((-0.16, 0.0, -0.006), (0.16, 0.21, 0.0))
    screen = s.box_between((-0.15, 0.01, 0.0), (0.15, 0.2, 0.002))
    keys = s.box_between((-0.14, 0.018, -0.08), (0.14, 0.02, 0.02))
    # the lid leans back 15 degrees past upright, hinged at the back edge of the base
    lid_t, screen_t = (s.translated(s.rotated(m, -15.0, (1, 0, 0)), (0, 0.018, -0.104))
                       for m in (lid, screen))
    return [_part([base, lid_t]), _part(screen_t, (0.25, 0.4, 0.6), roughness=0.1, emissive=0.8),
            _part(keys, BLACK, roughness=0.6)]


register(AssetSpec("computer", "prop", (-0.16, 0.0, -0.1634), (0.16, 0.2208, 0.11), _laptop,
                   color=(0.7, 0.7, 0.72), roughness=0.3, metallic=0.8))


def _clock():
    s = _s()
    rim = s.rotated(s.lathe([(0.15, -0.02), (0.15, 0.02)], 32), 90.0, (1, 0, 0))
    face = s.rotated(s.lathe([(0.135, 0.0), (0.135, 0.025)], 32), 90.0, (1, 0, 0))
    hands = [s.box_between((-0.004, 0.0, 0.025), (0.004, 0.1, 0.03)),
             s.rotated(s.box_between((-0.005, 0.0, 0.03), (0.005, 0.07, 0.035)), -100.0, (0, 0, 1))]
    c = (0, 0.15, 0)
    return [_part(s.translated(rim, c)), _part(s.translated(face, c), WHITE, roughness=0.5),
            _part([s.translated(h, c) for h in hands], BLACK)]


register(AssetSpec("clock", "prop", (-0.15, 0.0, -0.02), (0.15, 0.3, 0.035), _clock, color=(0.2, 0.2, 0.22),
                   roughness=0.4, metallic=0.5))

register(AssetSpec("ball", "prop", (-0.11, 0.0, -0.11), (0.11, 0.22, 0.11),
                   lambda: [_part(_s().sphere(0.11, (0, 0.11, 0), subdivisions=2))],
                   color=(0.85, 0.2, 0.15), roughness=0.5))


def _bottle():
    s = _s()
    glass = s.lathe([(0.0, 0.0), (0.037, 0.0), (0.04, 0.01), (0.04, 0.18), (0.015, 0.24), (0.014, 0.28),
                     (0.0, 0.28)], 16)
    cap = s.cylinder(0.016, 0.02, (0, 0.28, 0), sections=16)
    return [_part(glass, opacity=0.85), _part(cap, (0.75, 0.7, 0.2), roughness=0.3, metallic=0.9)]


register(AssetSpec("bottle", "prop", (-0.04, 0.0, -0.04), (0.04, 0.3, 0.04), _bottle,
                   color=(0.15, 0.45, 0.2), roughness=0.1))


def _plate():
    s = _s()
    return [_part(s.lathe([(0.0, 0.0), (0.08, 0.0), (0.09, 0.008), (0.13, 0.02), (0.125, 0.022),
                           (0.085, 0.012), (0.0, 0.012)], 32))]


register(AssetSpec("plate", "prop", (-0.13, 0.0, -0.13), (0.13, 0.022, 0.13), _plate,
                   supports=(_top("plate", 0.012, (-0.055, -0.055), (0.055, 0.055)),), color=WHITE,
                   roughness=0.2))
