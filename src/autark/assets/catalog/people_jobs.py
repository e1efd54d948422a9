"""Costume kits for jobs ideas name: the pilot (a cap with a badge, a dark jacket with gold stripes and wings),
the diver (a mask, a tank on the back, flippers), the ballerina and the male dancer (a tutu; tights), the
painter (a beret, a smock with paint spots, a brush and a palette), the builder (a hard hat, a hi-vis vest, a
hammer), the mechanic (overalls, a cap, a wrench), the judge (a black robe, a white wig and jabot, a gavel), the
referee (a black-and-white striped shirt, a whistle), the lifeguard (red, a white cross, a visor, a rescue
float) and the photographer (a camera on its strap, a vest with pockets), each with the counterpart of the other
gender. Built like the cast of ``people`` and registered the same way; after changing a kit, measure its bounds
again: ``python tests/assets/costume_bounds.py``.
"""

from __future__ import annotations

import math

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_props import in_hand

__all__ = ["JOB_ROLES"]

RGB = tuple[float, float, float]
NAVY: RGB = (0.07, 0.09, 0.22)
HIVIS: RGB = (0.85, 1.0, 0.1)
SILVER: RGB = (0.8, 0.82, 0.85)
SMOCK: RGB = (0.93, 0.9, 0.8)
PINK_TIGHTS: RGB = (0.97, 0.8, 0.82)


def _torso_z(f: Frame, x: float, y: float) -> float:
    top, bottom = f.j("upper_arm_l")[1], f.j("spine")[1]
    r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, max(0.0, (y - bottom) / (top - bottom)))
    return f.depth * math.sqrt(max(r * r - x * x, 1e-6)) + f.lean(y)


# -- the pilot -----------------------------------------------------------------------------------------------
def cuff_stripes(colour: RGB = k.GOLD, n: int = 3) -> k.Piece:
    """Rings of braid round the sleeves above the wrists (a captain's four, a pilot's three)."""
    def piece(f: Frame) -> list:
        s = _s()
        out = []
        for side in "lr":
            el, wr = f.j(f"lower_arm_{side}"), f.j(f"hand_{side}")
            rings = []
            for i in range(n):
                at = 0.72 + 0.08 * i
                c = tuple(a + (b - a) * at for a, b in zip(el, wr, strict=True))
                rings.append(s.cylinder(0.043 * f.t, 0.012 * f.t, (c[0], c[1], c[2]), sections=10))
            out.append(_part(rings, colour, roughness=0.4, metallic=0.6, bone=f"lower_arm_{side}"))
        return out
    return piece


def epaulettes(colour: RGB = k.GOLD) -> k.Piece:
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] + 0.045 * f.t
        out = []
        for sx in (1.0, -1.0):
            x = sx * f.j("upper_arm_l")[0] * 0.72
            out += [s.box((0.09 * f.t, 0.006, 0.012 * f.t), (x, y + 0.004, dz * f.t)) for dz in (-0.02, 0.0, 0.02)]
        return [_part(out, colour, roughness=0.4, metallic=0.6, bone="spine")]
    return piece


def pilot_wings(f: Frame) -> list:
    """A gold badge of two spread wings on the left breast."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.11 * f.t
    x = 0.09 * f.t
    z = _torso_z(f, x, y) + 0.004
    wing = [s.ellipsoid((0.045 * f.t, 0.012 * f.t, 0.006), (x + dx * f.t, y, z), subdivisions=1) for dx in (-0.035, 0.035)]
    return [_part([*wing, s.sphere(0.012 * f.t, (x, y, z + 0.003), subdivisions=1)], k.GOLD, roughness=0.35,
                  metallic=0.7, bone="spine")]


# -- the diver -----------------------------------------------------------------------------------------------
def dive_mask(f: Frame) -> list:
    """A mask over the eyes and nose: a black rim round see-through glass, a strap, and a snorkel."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y = cy + 0.0
    z = f.face_z(0.0, y) + 0.02 * hs
    rim = s.scaled(s.torus(1.0, 0.012 * hs, (0, 0, 0), axis="z", sections=20, tube_sections=5), (0.075 * hs, 0.045 * hs, 1.0))
    rim = s.translated(rim, (0.0, y, z))
    glass = s.ellipsoid((0.072 * hs, 0.043 * hs, 0.01 * hs), (0.0, y, z + 0.002), subdivisions=1)
    strap = s.scaled(s.torus(1.0, 0.01 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=4),
                     (f.hr[0] * 1.05, 1.0, f.hr[2] * 1.0))
    strap = s.translated(strap, (cx, y, cz - 0.006 * hs))
    tube = [s.cylinder_between((-f.hr[0] - 0.01 * hs, cy - 0.05 * hs, cz + 0.02 * hs),
                               (-f.hr[0] - 0.015 * hs, cy + 0.16 * hs, cz), 0.011 * hs, 8),
            s.cylinder_between((-f.hr[0] - 0.01 * hs, cy - 0.05 * hs, cz + 0.02 * hs),
                               (-0.01 * hs, cy - 0.06 * hs, f.face_z(0.0, cy - 0.06 * hs) + 0.01 * hs), 0.011 * hs, 8)]
    return [_part([rim, strap], (0.05, 0.05, 0.06), roughness=0.5, bone="head"),
            _part(glass, (0.7, 0.9, 1.0), roughness=0.05, opacity=0.35, bone="head"),
            _part(tube, (1.0, 0.75, 0.05), roughness=0.4, bone="head")]


def air_tank(f: Frame) -> list:
    """A yellow cylinder on the back with a valve at the top."""
    s = _s()
    sh = f.j("upper_arm_l")[1]
    zb = -f.chest_r * f.depth - 0.085
    low, top = sh - 0.55 * f.t, sh - 0.02 * f.t
    body = s.cylinder(0.085, top - low, (0.0, low, zb), sections=14)
    caps = [s.ellipsoid((0.085, 0.04, 0.085), (0.0, yy, zb), subdivisions=1) for yy in (low, top)]
    valve = s.cylinder(0.022, 0.07, (0.0, top + 0.02, zb), sections=8)
    straps = [s.box_between((x - 0.02, sh - 0.1, -f.chest_r * f.depth - 0.01), (x + 0.02, sh + 0.03,
                                                                                 _torso_z(f, x, sh - 0.1) + 0.006))
              for x in (-0.09 * f.t, 0.09 * f.t)]
    return [_part([body, *caps], (1.0, 0.78, 0.05), roughness=0.3, metallic=0.3, bone="spine"),
            _part([valve, *straps], (0.12, 0.12, 0.14), roughness=0.5, bone="spine")]


def flippers(colour: RGB = (0.1, 0.45, 0.95)) -> k.Piece:
    """Long fins on the feet, flat on the floor and wide at the toes."""
    def piece(f: Frame) -> list:
        s = _s()
        out = []
        for side in "lr":
            x = f.j(f"upper_leg_{side}")[0]
            fin = s.prism([(-0.06, -0.06), (0.06, -0.06), (0.11, 0.42), (-0.11, 0.42)], 0.0, 0.025)
            fin = s.rotated(fin, 90.0, (1, 0, 0))  # lie the plate on the floor, its length along +Z
            out.append(_part(s.translated(fin, (x, 0.025, 0.0)), colour, roughness=0.4, bone=f"foot_{side}"))
        return out
    return piece


def stripes(colour: RGB) -> k.Piece:
    """A bright stripe down each side of a wetsuit (arms and legs)."""
    def piece(f: Frame) -> list:
        s = _s()
        out = []
        for side, sx in (("l", 1.0), ("r", -1.0)):
            for a, b, r in (("upper_arm", "lower_arm", 0.05), ("lower_arm", "hand", 0.04), ("upper_leg", "lower_leg", 0.07),
                            ("lower_leg", "foot", 0.055)):
                p, q = f.j(f"{a}_{side}"), f.j(f"{b}_{side}")
                off = sx * r * f.t * 1.02
                out.append(_part(s.cylinder_between((p[0] + off, p[1], p[2]), (q[0] + off, q[1] + 0.02, q[2]), 0.012 * f.t, 6),
                                 colour, roughness=0.5, bone=f"{a}_{side}"))
        return out
    return piece


# -- the dancers ---------------------------------------------------------------------------------------------
def tutu(colour: RGB | None) -> k.Piece:
    """A ballet skirt standing out flat from the hips in two layers."""
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_leg_l")[1] + 0.02 * f.t
        layers = []
        for dy, w in ((0.0, 2.6), (0.035, 2.3)):
            prof = [(f.hip_r * 0.95, y + dy - 0.02), (f.hip_r * w, y + dy - 0.005), (f.hip_r * w * 0.98, y + dy + 0.012),
                    (f.hip_r * 0.98, y + dy + 0.04)]
            layer = s.scaled(s.lathe(prof, 24), (1.0, 1.0, 0.85))
            v = layer.vertices
            wave = [1.0 + 0.05 * math.cos(14 * math.atan2(zz, xx)) for xx, _, zz in v]
            v[:, 0] *= wave
            v[:, 2] *= wave
            layer.vertices = v
            layers.append(layer)
        return [_part(layers, colour, roughness=0.9, bone="root")]
    return piece


def pointe_ribbons(colour: RGB) -> k.Piece:
    def piece(f: Frame) -> list:
        s = _s()
        out = []
        for side in "lr":
            an = f.j(f"foot_{side}")
            out.append(_part(s.cylinder(0.047 * f.t, 0.02, (an[0], an[1] + 0.02, an[2]), 10), colour, roughness=0.5,
                             bone=f"lower_leg_{side}"))
        return out
    return piece


# -- the painter ---------------------------------------------------------------------------------------------
def beret(colour: RGB) -> k.Piece:
    """A soft flat cap tipped to one side, with a little stalk on top."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        y = cy + f.hr[1] * 0.82
        cap = s.ellipsoid((f.hr[0] * 1.25, 0.035 * hs, f.hr[2] * 1.15), (cx, y, cz - 0.01 * hs), subdivisions=2)
        stalk = s.cylinder(0.006 * hs, 0.025 * hs, (cx, y + 0.03 * hs, cz - 0.01 * hs), sections=6)
        tipped = [s.rotated(m, -14.0, (0, 0, 1), (cx, cy, cz)) for m in (cap, stalk)]
        return [_part(tipped, colour, roughness=0.95, bone="head")]
    return piece


PAINTS: tuple[RGB, ...] = ((0.9, 0.1, 0.1), (0.1, 0.35, 0.95), (1.0, 0.8, 0.05), (0.1, 0.7, 0.2))


def paint_spots(f: Frame) -> list:
    """Dabs of paint on the smock."""
    s = _s()
    out = []
    top, low = f.j("upper_arm_l")[1] - 0.1 * f.t, f.j("lower_leg_l")[1] + 0.05
    spots_ = ((0.08, 0.0), (-0.1, 0.2), (0.03, 0.35), (-0.05, 0.55), (0.1, 0.7), (-0.09, 0.85))
    for i, (x, a) in enumerate(spots_):
        y = top + (low - top) * a
        z = _torso_z(f, x * f.t, y) if y > f.j("spine")[1] else f.hip_r * 1.3 * 0.85 + 0.006
        out.append(_part(s.ellipsoid((0.03 * f.t, 0.022 * f.t, 0.008), (x * f.t, y, z), subdivisions=0),
                         PAINTS[i % 4], roughness=0.4, bone="spine" if y > f.j("spine")[1] else "root"))
    return out


def brush(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.05, z), (x, y + 0.12, z + 0.18), 0.008, 6)
    tip = s.cylinder_between((x, y + 0.12, z + 0.18), (x, y + 0.15, z + 0.22), 0.011, 6, radius1=0.002)
    return [_part(handle, k.WOOD, roughness=0.6, bone=f"hand_{side}"), _part(tip, PAINTS[0], roughness=0.5,
                                                                            bone=f"hand_{side}")]


def palette(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    board = s.ellipsoid((0.14, 0.012, 0.1), (x, y + 0.02, z + 0.08), subdivisions=1)
    board = s.rotated(board, -25.0, (1, 0, 0), (x, y + 0.02, z + 0.08))
    dabs = [_part(s.sphere(0.016, (x + dx, y + 0.04 + dz * -0.3, z + 0.08 + dz), subdivisions=0), c, roughness=0.4,
                  bone=f"hand_{side}") for (dx, dz), c in zip(((-0.07, 0.0), (-0.03, 0.05), (0.03, 0.05), (0.07, 0.0)),
                                                             PAINTS, strict=True)]
    return [_part(board, (0.7, 0.5, 0.3), roughness=0.7, bone=f"hand_{side}"), *dabs]


# -- the builder ---------------------------------------------------------------------------------------------
def hard_hat(colour: RGB) -> k.Piece:
    """A builder's helmet: a dome with a ridge and a short peak in front."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        dome = k._cap_shell(f, 0.042 * hs, -0.045 * hs)  # over the hair
        brim = s.ellipsoid((f.hr[0] * 1.3, 0.01 * hs, f.hr[2] * 1.45), (cx, cy + 0.045 * hs, cz + 0.02 * hs), 2)
        ridge = s.ellipsoid((0.018 * hs, 0.03 * hs, f.hr[2] * 0.95), (cx, cy + f.hr[1] + 0.032 * hs, cz), 1)
        return [_part([dome, brim, ridge], colour, roughness=0.35, bone="head")]
    return piece


def hivis_vest(f: Frame) -> list:
    """A fluorescent vest round the torso with two silver reflective bands."""
    s = _s()
    low, sh = f.j("spine")[1] - 0.05 * f.t, f.j("upper_arm_l")[1]
    prof = [(f.waist_r * 1.1, low), (f.waist_r * 1.08, f.j("spine")[1] + 0.05 * f.t),
            (f.chest_r * 1.07, f.j("spine")[1] + 0.72 * (sh - f.j("spine")[1])), (f.chest_r * 1.02, sh - 0.01)]
    shell = s.scaled(s.lathe(prof, 16), (1.0, 1.0, f.depth))
    bands = []
    for y in (f.j("spine")[1] + 0.04 * f.t, f.j("spine")[1] + 0.17 * f.t):
        r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, (y - f.j("spine")[1]) / (0.72 * (sh - f.j("spine")[1])))
        bands.append(s.scaled(s.cylinder(r * 1.1 + 0.004, 0.035 * f.t, (0.0, y, 0.0), 16), (1.0, 1.0, f.depth * 1.02)))
    return [_part(shell, HIVIS, roughness=0.6, emissive=0.12, bone="spine"),
            _part(bands, SILVER, roughness=0.25, emissive=0.2, bone="spine")]


def hammer(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.06, z + 0.02), (x, y + 0.2, z + 0.06), 0.014, 8)
    head = s.box((0.03, 0.035, 0.12), (x, y + 0.21, z + 0.06))
    return [_part(handle, k.WOOD, roughness=0.7, bone=f"hand_{side}"),
            _part(head, (0.3, 0.3, 0.33), roughness=0.4, metallic=0.7, bone=f"hand_{side}")]


# -- the mechanic --------------------------------------------------------------------------------------------
def cap_with_visor(colour: RGB) -> k.Piece:
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        dome = k._cap_shell(f, 0.035 * hs, -0.05 * hs)  # over the hair
        visor = s.ellipsoid((f.hr[0] * 0.85, 0.008 * hs, 0.07 * hs), (cx, cy + 0.05 * hs, cz + f.hr[2] * 0.95), 1)
        return [_part([dome, visor], colour, roughness=0.8, bone="head")]
    return piece


def name_patch(f: Frame) -> list:
    s = _s()
    # on the overalls' bib (people_kits.bib), whose front stands off the chest
    y = f.j("upper_arm_l")[1] - 0.16 * f.t
    x = 0.05 * f.t
    z = f.chest_r * f.depth + 0.004 + f.lean(y)
    return [_part(s.box((0.08 * f.t, 0.04 * f.t, 0.012), (x, y, z)), k.WHITE, roughness=0.7, bone="spine"),
            _part(s.box((0.05 * f.t, 0.008 * f.t, 0.012), (x, y, z + 0.004)), (0.8, 0.1, 0.1), bone="spine")]


def wrench(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    bar = s.box((0.02, 0.26, 0.035), (x, y + 0.08, z + 0.04))
    jaw = s.torus(0.03, 0.012, (x, y + 0.23, z + 0.04), axis="x", sections=12, tube_sections=4)
    return [_part([bar, jaw], SILVER, roughness=0.3, metallic=0.8, bone=f"hand_{side}")]


def rag(f: Frame) -> list:
    s = _s()
    y = f.j("spine")[1] - 0.08
    return [_part(s.box((0.07, 0.12, 0.01), (f.hip_r * 0.55, y, -f.hip_r * 0.7 - 0.01)), (0.8, 0.1, 0.1),
                  roughness=0.95, bone="root")]


# -- the judge -----------------------------------------------------------------------------------------------
def court_wig(f: Frame) -> list:
    """A judge's white wig: a cap with rows of curls over the ears."""
    s = _s()
    cx, cy, cz = f.hc
    rx, ry, rz = f.hr
    hs = f.hs
    cap = k._cap_shell(f, 0.014 * hs, -0.035 * hs)
    curls = [s.scaled(s.torus(1.0, 0.45, (0, 0, 0), axis="z", sections=10, tube_sections=4), (0.02 * hs, 0.02 * hs, 0.03 * hs))]
    rows = []
    for sx in (1.0, -1.0):
        for i, dy in enumerate((0.02, -0.02, -0.06)):
            for dz in (0.02, -0.03):
                c = s.rotated(curls[0], 90.0, (0, 1, 0))
                rows.append(s.translated(c, (sx * (rx + 0.012 * hs), cy + dy * hs, cz + dz * hs - 0.005 * i * hs)))
    return [_part([cap, *rows], (0.92, 0.92, 0.88), roughness=0.95, bone="head")]


def jabot(f: Frame) -> list:
    """Two white bands hanging from the collar."""
    s = _s()
    top = f.j("neck")[1] - 0.005
    out = []
    for x in (-0.018, 0.018):
        z = _torso_z(f, x * f.t, top - 0.06 * f.t) + 0.006
        out.append(s.box((0.03 * f.t, 0.1 * f.t, 0.008), (x * f.t, top - 0.06 * f.t, z)))
    return [_part(out, k.WHITE, roughness=0.7, bone="spine")]


def gavel(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.05, z + 0.02), (x, y + 0.16, z + 0.06), 0.012, 8)
    head = s.cylinder_between((x, y + 0.17, z - 0.01), (x, y + 0.17, z + 0.13), 0.03, 10)
    return [_part([handle, head], (0.4, 0.22, 0.1), roughness=0.5, bone=f"hand_{side}")]


# -- the referee, the lifeguard, the photographer ------------------------------------------------------------
def vertical_stripes(colour: RGB, n: int = 12) -> k.Piece:
    """Stripes running down the shirt all round (a referee's black on white), on the torso's surface."""
    def piece(f: Frame) -> list:
        s = _s()
        low, top = f.j("spine")[1] - 0.04 * f.t, f.j("upper_arm_l")[1] - 0.01 * f.t
        half = math.pi / n * 0.5
        out = []
        for q in range(n):
            a = 2 * math.pi * q / n
            rings = []
            for y in (low, (low + top) / 2, top):
                r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, max(0.0, (y - f.j("spine")[1]) / (
                    0.72 * (top - f.j("spine")[1]))))
                r = r * 1.015 + 0.002
                ring = [(r * math.sin(b) * o, y, (r * math.cos(b) * f.depth + f.lean(y)) * o)
                        for b, o in ((a - half, 1.0), (a + half, 1.0), (a + half, 0.985), (a - half, 0.985))]
                rings.append(ring)
            out.append(s.loft(rings))
        return [_part(out, colour, roughness=0.8, bone="spine")]
    return piece


def whistle(f: Frame) -> list:
    """A silver whistle on a cord round the neck, hanging on the chest."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.13 * f.t
    z = _torso_z(f, 0.0, y) + 0.015
    cord = s.scaled(s.torus(1.0, 0.004, (0, 0, 0), axis="x", sections=16, tube_sections=3), (1.0, 0.08 * f.t, 0.07 * f.t))
    cord = s.translated(cord, (0.0, y + 0.08 * f.t, f.lean(y) + 0.05 * f.t))
    body = s.rotated(s.cylinder(0.012, 0.04, (0.0, y - 0.02, z), 8), 90.0, (1, 0, 0), (0.0, y, z))
    return [_part(cord, k.BLACK, roughness=0.6, bone="spine"), _part(body, SILVER, roughness=0.3, metallic=0.8, bone="spine")]


def rescue_buoy(f: Frame, at: tuple[float, float, float]) -> list:
    """A lifeguard's red float, a long rounded tube held upright by the hand."""
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    tube = s.cylinder(0.05, 0.42, (x, y - 0.28, z + 0.07), sections=10)
    caps = [s.ellipsoid((0.05, 0.03, 0.05), (x, yy, z + 0.07), subdivisions=1) for yy in (y - 0.28, y + 0.14)]
    return [_part([tube, *caps], (0.92, 0.12, 0.08), roughness=0.4, bone=f"hand_{side}")]


def sun_visor(colour: RGB) -> k.Piece:
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        band = s.scaled(s.torus(1.0, 0.014 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=4),
                        (f.hr[0] * 1.04, 1.0, f.hr[2] * 1.02))
        band = s.translated(band, (cx, cy + 0.06 * hs, cz))
        peak = s.ellipsoid((f.hr[0] * 0.85, 0.008 * hs, 0.075 * hs), (cx, cy + 0.055 * hs, cz + f.hr[2] * 0.98), 1)
        return [_part([band, peak], colour, roughness=0.6, bone="head")]
    return piece


def camera_at_chest(f: Frame) -> list:
    """A camera hanging on its strap in front of the chest, the lens toward the viewer."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.2 * f.t
    z = _torso_z(f, 0.0, y) + 0.045
    body = s.box((0.13, 0.085, 0.06), (0.0, y, z))
    lens = s.rotated(s.cylinder(0.032, 0.06, (0.0, y - 0.03, z + 0.03), 12), 90.0, (1, 0, 0), (0.0, y, z + 0.03))
    flash = s.box((0.03, 0.02, 0.03), (-0.04, y + 0.05, z))
    strap = s.scaled(s.torus(1.0, 0.006, (0, 0, 0), axis="x", sections=16, tube_sections=3), (1.0, 0.14 * f.t, 0.075 * f.t))
    strap = s.translated(strap, (0.0, y + 0.15 * f.t, f.lean(y) + 0.05 * f.t))
    glass = s.sphere(0.024, (0.0, y, z + 0.09), subdivisions=1)
    return [_part([body, flash, strap], (0.08, 0.08, 0.09), roughness=0.4, bone="spine"),
            _part(lens, (0.2, 0.2, 0.22), roughness=0.3, metallic=0.5, bone="spine"),
            _part(glass, (0.3, 0.45, 0.7), roughness=0.05, bone="spine")]


# -- the cast ------------------------------------------------------------------------------------------------
_pilot = Outfit(legs_colour=NAVY, shoes=k.BLACK,
                extras=(k.peaked_cap(NAVY), k.collar_v(k.WHITE, 0.15), k.tie(k.BLACK), cuff_stripes(), epaulettes(),
                        pilot_wings))
_pilot_she = Outfit(legs="skirt", legs_colour=NAVY, shoes=k.BLACK, extras=_pilot.extras)
_diver = Outfit(legs_colour=None, shoes=(0.07, 0.07, 0.08), gloves=(0.07, 0.07, 0.08),
                extras=(dive_mask, air_tank, flippers(), stripes((0.1, 0.45, 0.95))))
_ballet = Outfit(sleeves="none", legs_colour=PINK_TIGHTS, shoes=(0.97, 0.72, 0.76),
                 extras=(tutu(None), pointe_ribbons((0.97, 0.72, 0.76))))
_dancer = Outfit(legs_colour=k.BLACK, shoes=k.BLACK, extras=(k.belt(k.BLACK, k.BLACK),))
_painter = Outfit(legs_colour=(0.3, 0.3, 0.35), shoes=k.LEATHER,
                  extras=(beret((0.1, 0.1, 0.12)), k.coat_skirt(None), k.neckerchief((0.8, 0.1, 0.1)), paint_spots,
                          in_hand("r", brush), in_hand("l", palette)))
_builder = Outfit(legs_colour=(0.16, 0.22, 0.38), shoes=(0.35, 0.22, 0.1), gloves=(0.6, 0.45, 0.25),
                  extras=(hard_hat((1.0, 0.78, 0.05)), hivis_vest, k.belt(k.LEATHER, SILVER), in_hand("r", hammer)))
_mechanic = Outfit(legs_colour=None, shoes=k.BLACK,
                   extras=(cap_with_visor((0.75, 0.1, 0.1)), k.bib(None), name_patch, k.belt(k.BLACK, SILVER), rag,
                           in_hand("r", wrench)))
_judge = Outfit(legs="gown", legs_colour=None, shoes=k.BLACK, extras=(court_wig, jabot, in_hand("r", gavel)))

_referee = Outfit(sleeves="short", legs="shorts", legs_colour=k.BLACK, shoes=k.BLACK,
                  extras=(vertical_stripes(k.BLACK), whistle, k.belt(k.BLACK, SILVER)))
_lifeguard = Outfit(sleeves="none", legs="shorts", legs_colour=(0.85, 0.1, 0.08), shoes=(0.9, 0.9, 0.88),
                    extras=(sun_visor(k.WHITE), k.chest_cross(k.WHITE), whistle, in_hand("r", rescue_buoy)))
_photographer = Outfit(legs_colour=(0.45, 0.4, 0.3), shoes=k.LEATHER,
                       extras=(k.vest((0.55, 0.5, 0.36)), camera_at_chest, cap_with_visor((0.15, 0.15, 0.17))))

JOB_ROLES: list[Role] = [
    Role("pilot", "pilot pilots aviator", "pilot piloten flieger", "m", _he(hair_colour="brown"), _pilot, NAVY),
    Role("female_pilot", "female_pilot aviatrix", "pilotin pilotinnen fliegerin", "f", _she(hair="bun", hair_colour="blonde"),
         _pilot_she, NAVY),
    Role("diver", "diver divers scuba_diver frogman", "taucher froschmann", "m", _he(hair="short", hair_colour="black"),
         _diver, (0.08, 0.08, 0.1)),
    Role("female_diver", "female_diver", "taucherin taucherinnen", "f", _she(hair="ponytail", hair_colour="blonde"),
         _diver, (0.08, 0.08, 0.1)),
    Role("ballerina", "ballerina ballerinas dancer dancers", "ballerina ballerinas tänzerin tänzerinnen", "f",
         _she(height=1.62, hair="bun", hair_colour="brown", build="slim"), _ballet, (0.97, 0.62, 0.75)),
    Role("male_dancer", "male_dancer", "tänzer balletttänzer", "m", _he(build="slim", hair_colour="black"), _dancer,
         (0.96, 0.96, 0.96)),
    Role("painter", "painter painters artist artists", "maler künstler kunstmaler", "m",
         _he(hair_colour="black", beard="short", build="slim"), _painter, SMOCK),
    Role("female_painter", "female_painter", "malerin malerinnen künstlerin künstlerinnen", "f",
         _she(hair="bob", hair_colour="red"), _painter, SMOCK),
    Role("builder", "builder builders construction_worker bricklayer", "bauarbeiter maurer", "m",
         _he(hair="short", skin="tan", beard="short"), _builder, (0.25, 0.4, 0.65)),
    Role("female_builder", "female_builder", "bauarbeiterin bauarbeiterinnen maurerin", "f",
         _she(hair="ponytail", hair_colour="brown"), _builder, (0.25, 0.4, 0.65)),
    Role("mechanic", "mechanic mechanics", "mechaniker", "m", _he(hair_colour="brown", skin="brown"), _mechanic,
         (0.2, 0.3, 0.55)),
    Role("female_mechanic", "female_mechanic", "mechanikerin mechanikerinnen", "f", _she(hair="ponytail"),
         _mechanic, (0.2, 0.3, 0.55)),
    Role("judge", "judge judges", "richter", "m", _he(hair="none", build="broad"), _judge, (0.06, 0.06, 0.07)),
    Role("female_judge", "female_judge", "richterin richterinnen", "f", _she(hair="none"), _judge, (0.06, 0.06, 0.07)),
    Role("referee", "referee referees umpire umpires", "schiedsrichter", "m", _he(hair="short", hair_colour="black",
                                                                               build="slim"), _referee, k.WHITE),
    Role("female_referee", "female_referee", "schiedsrichterin schiedsrichterinnen", "f",
         _she(hair="ponytail", hair_colour="brown"), _referee, (0.95, 0.95, 0.95)),
    Role("lifeguard", "lifeguard lifeguards", "rettungsschwimmer bademeister", "m",
         _he(hair="short", hair_colour="blonde", skin="tan", build="broad"), _lifeguard, (0.9, 0.12, 0.1)),
    Role("female_lifeguard", "female_lifeguard", "rettungsschwimmerin bademeisterin", "f",
         _she(hair="ponytail", hair_colour="blonde", skin="tan"), _lifeguard, (0.9, 0.12, 0.1)),
    Role("photographer", "photographer photographers cameraman", "fotograf fotografen kameramann", "m",
         _he(hair_colour="brown", beard="short"), _photographer, (0.3, 0.35, 0.45)),
    Role("female_photographer", "female_photographer", "fotografin fotografinnen", "f", _she(hair="bob", hair_colour="black"),
         _photographer, (0.3, 0.35, 0.45)),
]
COUNTERPARTS.update({"pilot": "female_pilot", "female_pilot": "pilot", "diver": "female_diver",
                     "female_diver": "diver", "ballerina": "male_dancer", "male_dancer": "ballerina",
                     "painter": "female_painter", "female_painter": "painter", "builder": "female_builder",
                     "female_builder": "builder", "mechanic": "female_mechanic", "female_mechanic": "mechanic",
                     "judge": "female_judge", "female_judge": "judge", "referee": "female_referee",
                     "female_referee": "referee", "lifeguard": "female_lifeguard", "female_lifeguard": "lifeguard",
                     "photographer": "female_photographer", "female_photographer": "photographer"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'pilot': ((-0.2489, 0.0000, -0.1419), (0.2489, 1.7947, 0.1795)),
    'female_pilot': ((-0.2129, 0.0000, -0.1703), (0.2129, 1.6747, 0.1795)),
    'diver': ((-0.2603, 0.0000, -0.2811), (0.2603, 1.8240, 0.4200)),
    'female_diver': ((-0.2214, 0.0000, -0.2608), (0.2214, 1.7040, 0.4200)),
    'ballerina': ((-0.3848, 0.0000, -0.3073), (0.3848, 1.6297, 0.3073)),
    'male_dancer': ((-0.2290, 0.0000, -0.1387), (0.2290, 1.7897, 0.1466)),
    'painter': ((-0.2290, 0.0000, -0.1750), (0.3232, 1.8027, 0.2212)),
    'female_painter': ((-0.2287, 0.0000, -0.1944), (0.3051, 1.6827, 0.2212)),
    'builder': ((-0.2489, 0.0000, -0.1387), (0.2489, 1.8364, 0.2054)),
    'female_builder': ((-0.2109, 0.0000, -0.1747), (0.2109, 1.7164, 0.2054)),
    'mechanic': ((-0.2489, 0.0000, -0.1387), (0.2489, 1.8059, 0.2026)),
    'female_mechanic': ((-0.2109, 0.0000, -0.1747), (0.2109, 1.6859, 0.2026)),
    'judge': ((-0.2991, 0.0000, -0.2393), (0.2991, 1.7823, 0.2393)),
    'female_judge': ((-0.2681, 0.0000, -0.2145), (0.2681, 1.6623, 0.2145)),
    'referee': ((-0.2345, 0.0000, -0.1387), (0.2345, 1.7897, 0.1466)),
    'female_referee': ((-0.2164, 0.0000, -0.1747), (0.2164, 1.6697, 0.1467)),
    'lifeguard': ((-0.2838, 0.0000, -0.1387), (0.2838, 1.7897, 0.2118)),
    'female_lifeguard': ((-0.2151, 0.0000, -0.1747), (0.2109, 1.6697, 0.2118)),
    'photographer': ((-0.2489, 0.0000, -0.1387), (0.2489, 1.8059, 0.2601)),
    'female_photographer': ((-0.2109, 0.0000, -0.1387), (0.2109, 1.6859, 0.2370)),
})
ROLES.extend(JOB_ROLES)
for _r in JOB_ROLES:
    register(_declare(_r))
