"""Costume pieces: hats, helmets, armour, tools and badges, placed on a body's ``Frame`` (``people_body``).

Each piece is a function ``Frame -> [MeshPart]`` bound to the bone it moves with (a crown on the head, a
sword on the hip, a book in the hand). Pieces keep their own colours; the garment that takes the object's
colour is the outfit's ``top`` (``people_body.Outfit``), so "a red knight" wears a red tabard in silver armour.
Things carried in a hand (a book, a staff, a guitar) are in ``people_props``; ``people`` combines bodies,
outfits and these pieces into the cast.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from autark.assets.catalog._parts import _part, _s
from autark.assets.catalog.people_body import Frame

__all__ = ["Piece", "RGB", "METAL", "GOLD", "WHITE", "BLACK", "helmet", "nasal_helmet", "crown", "tiara", "toque",
           "peaked_cap", "fire_helmet", "space_helmet", "backpack", "brimmed_hat", "pointed_hat", "tricorn",
           "sailor_cap", "headband", "glasses", "eye_patch", "sword", "tabard_skirt", "coat_skirt", "chest_badge",
           "buttons", "chest_cross", "tie", "collar_v", "neckerchief", "bands", "fur_collar", "cape", "stethoscope",
           "apron", "bib", "number_patch", "control_box", "belt", "cross_cap", "pouch_belt", "vest", "LEATHER", "WOOD"]

Piece = Callable[[Frame], list]
RGB = tuple[float, float, float]

METAL: RGB = (0.66, 0.67, 0.7)
GOLD: RGB = (0.95, 0.72, 0.2)
WHITE: RGB = (0.93, 0.93, 0.91)
BLACK: RGB = (0.05, 0.05, 0.06)
LEATHER: RGB = (0.35, 0.2, 0.1)
WOOD: RGB = (0.5, 0.3, 0.14)
RED: RGB = (0.75, 0.08, 0.08)


def _metal(meshes, colour: RGB = METAL, bone: str = "head"):
    # rough enough to read as steel or gold, not as a mirror of the sky
    return _part(meshes, colour, roughness=0.45, metallic=0.7, bone=bone)


def _top(f: Frame) -> float:
    return f.hc[1] + f.hr[1]


def _cap_shell(f: Frame, grow: float, down: float):
    """A shell over the head (a bigger head ellipsoid cut off ``down`` below the head centre)."""
    s = _s()
    rx, ry, rz = f.hr
    m = s.ellipsoid((rx + grow, ry + grow, rz + grow), f.hc, subdivisions=2)
    y0 = f.hc[1] - down
    keep = m.vertices[m.faces][:, :, 1].min(axis=1) >= y0
    import trimesh

    out = trimesh.Trimesh(m.vertices, m.faces[keep], process=False)
    out.remove_unreferenced_vertices()
    return out


# -- headwear ------------------------------------------------------------------------------------------------
def helmet(colour: RGB = METAL, down: float = -0.038) -> Piece:
    def piece(f: Frame) -> list:
        return [_metal(_cap_shell(f, 0.022 * f.hs, down * f.hs), colour)]
    return piece


def nasal_helmet(f: Frame) -> list:
    """A knight's open helmet: a dome, a rim and a nose guard."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    dome = _cap_shell(f, 0.024 * hs, -0.038 * hs)
    rim = s.scaled(s.torus(1.0, 0.012 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=6),
                   (f.hr[0] + 0.022 * hs, 1.0, f.hr[2] + 0.022 * hs))
    rim = s.translated(rim, (cx, cy + 0.045 * hs, cz))
    nose = s.box((0.014 * hs, 0.07 * hs, 0.012 * hs), (0.0, cy + 0.012 * hs, f.face_z(0, cy) + 0.018 * hs))
    return [_metal([dome, rim, nose])]


def crown(f: Frame, small: bool = False) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs * (0.8 if small else 1.0)
    base_y = _top(f) - 0.045 * f.hs
    r = f.hr[0] * (0.95 if small else 1.02)
    band = s.cylinder(r, 0.05 * hs, (cx, base_y, cz), sections=16)
    points = [s.cone(0.018 * hs, 0.06 * hs, (r * math.sin(a), base_y + 0.05 * hs, cz + r * math.cos(a)),
                     sections=6) for a in np.linspace(0, 2 * math.pi, 8, endpoint=False)]
    jewels = [s.sphere(0.011 * hs, (r * math.sin(a) * 1.02, base_y + 0.025 * hs, cz + r * math.cos(a) * 1.02),
                       subdivisions=1) for a in (-0.8, 0.0, 0.8)]
    return [_metal([band, *points], GOLD), _part(jewels, RED, roughness=0.2, bone="head")]


def tiara(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y = _top(f) - 0.04 * hs
    arc = s.scaled(s.torus(1.0, 0.006 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=6),
                   (f.hr[0] + 0.01 * hs, 1.0, f.hr[2] * 0.9))
    arc = s.translated(arc, (cx, y, cz - 0.015 * hs))
    peak = s.cone(0.02 * hs, 0.045 * hs, (0.0, y - 0.004 * hs, cz + f.hr[2] * 0.75), sections=6)
    gem = s.sphere(0.01 * hs, (0.0, y + 0.012 * hs, cz + f.hr[2] * 0.8), subdivisions=1)
    return [_metal([arc, peak], GOLD), _part(gem, (0.3, 0.5, 0.95), roughness=0.1, bone="head")]


def toque(f: Frame) -> list:
    """A chef's tall white hat, puffed at the top."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y0 = _top(f) - 0.05 * hs
    r = f.hr[0] * 1.02
    prof = [(r, y0), (r, y0 + 0.06 * hs), (r * 1.05, y0 + 0.14 * hs), (r * 1.35, y0 + 0.2 * hs),
            (r * 1.3, y0 + 0.25 * hs), (0.0, y0 + 0.27 * hs)]
    return [_part(s.lathe(prof, 16, (cx, 0.0, cz - 0.01 * hs)), WHITE, roughness=0.7, bone="head")]


def peaked_cap(colour: RGB, badge: RGB = GOLD) -> Piece:
    """A police or officer's cap: a flat top, a band and a black peak."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        y0 = _top(f) - 0.06 * hs
        r = f.hr[0] * 1.06
        crown_ = s.lathe([(r, y0), (r * 1.02, y0 + 0.04 * hs), (r * 1.25, y0 + 0.08 * hs), (0.0, y0 + 0.085 * hs)],
                         16, (cx, 0.0, cz - 0.01 * hs))
        band = s.cylinder(r * 1.02, 0.025 * hs, (cx, y0, cz - 0.01 * hs), sections=16)
        peak = s.ellipsoid((r * 0.85, 0.008 * hs, 0.06 * hs), (cx, y0 + 0.004 * hs, cz + f.hr[2] * 0.85))
        pin = s.box((0.025 * hs, 0.025 * hs, 0.01 * hs), (cx, y0 + 0.045 * hs, cz + f.hr[2] * 1.05))
        return [_part(crown_, colour, roughness=0.7, bone="head"),
                _part([band, peak], BLACK, roughness=0.4, bone="head"), _metal(pin, badge)]
    return piece


def fire_helmet(f: Frame) -> list:
    """A firefighter's helmet: a red dome with a brim that sweeps out at the back, and a front badge."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    dome = _cap_shell(f, 0.025 * hs, -0.045 * hs)
    brim = s.ellipsoid((f.hr[0] * 1.4, 0.012 * hs, f.hr[2] * 1.5), (cx, cy + 0.05 * hs, cz - 0.05 * hs))
    ridge = s.ellipsoid((0.012 * hs, 0.03 * hs, f.hr[2] * 1.0), (cx, _top(f) + 0.02 * hs, cz - 0.01 * hs))
    badge = s.box((0.05 * hs, 0.05 * hs, 0.01 * hs), (cx, cy + 0.06 * hs, cz + f.hr[2] + 0.03 * hs))
    return [_part([dome, brim, ridge], (0.82, 0.1, 0.06), roughness=0.35, bone="head"), _metal(badge, GOLD)]


def space_helmet(f: Frame) -> list:
    """A round helmet open at the front, with a gold-tinted visor you can see the face through."""
    s = _s()
    import trimesh

    cx, cy, cz = f.hc
    hs = f.hs
    c = (cx, cy + 0.005 * hs, cz + 0.0)
    r = f.hr[1] * 1.5
    shell = s.sphere(r, c, subdivisions=2)
    fwd = shell.face_normals[:, 2] > 0.55
    shell = trimesh.Trimesh(shell.vertices, shell.faces[~fwd], process=False)
    visor = s.sphere(r * 0.985, c, subdivisions=2)
    visor = trimesh.Trimesh(visor.vertices, visor.faces[visor.face_normals[:, 2] > 0.5], process=False)
    ring = s.cylinder(r * 0.7, 0.04 * hs, (cx, c[1] - r * 0.86, cz), sections=16)
    return [_part([shell, ring], WHITE, roughness=0.35, bone="head"),
            _part(visor, (0.85, 0.62, 0.25), roughness=0.05, metallic=0.6, opacity=0.45, bone="head")]


def brimmed_hat(colour: RGB, brim: float = 1.6, height: float = 0.09, curl: float = 0.0) -> Piece:
    """A hat with a round brim: straw (farmer), felt (detective), a cowboy's (``curl`` lifts the sides)."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        y0 = _top(f) - 0.05 * hs
        r = f.hr[0] * 1.08
        crown_ = s.lathe([(r, y0), (r * 0.95, y0 + height * hs), (0.0, y0 + (height + 0.01) * hs)], 16,
                         (cx, 0.0, cz - 0.01 * hs))
        ring = s.lathe([(r * 0.98, y0), (r * brim, y0 + curl * hs), (r * brim, y0 + (curl + 0.012) * hs),
                        (r * 0.98, y0 + 0.014 * hs)], 16, (cx, 0.0, cz - 0.01 * hs))
        band = s.cylinder(r * 1.005, 0.02 * hs, (cx, y0 + 0.01 * hs, cz - 0.01 * hs), sections=16)
        dark = tuple(v * 0.45 for v in colour)
        return [_part([crown_, ring], colour, roughness=0.85, bone="head"),
                _part(band, dark, roughness=0.8, bone="head")]  # type: ignore[arg-type]
    return piece


def pointed_hat(colour: RGB | None, band: RGB = GOLD) -> Piece:
    """A wizard's or witch's hat: a wide brim and a tall cone, bent back at the tip."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        y0 = _top(f) - 0.05 * hs
        r = f.hr[0] * 1.1
        cone = s.cone(r, 0.24 * hs, (cx, y0, cz - 0.01 * hs), sections=16)
        cone.vertices[:, 2] -= np.clip(cone.vertices[:, 1] - (y0 + 0.12 * hs), 0, None) * 0.35
        brim_ = s.cylinder(r * 1.8, 0.01 * hs, (cx, y0, cz - 0.01 * hs), sections=16)
        ring = s.cylinder(r * 0.99, 0.025 * hs, (cx, y0 + 0.01 * hs, cz - 0.01 * hs), sections=16)
        return [_part([cone, brim_], colour, roughness=0.85, bone="head"), _part(ring, band, roughness=0.5,
                                                                                bone="head")]
    return piece


def tricorn(f: Frame) -> list:
    """A pirate's three-cornered black hat with a white skull badge."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y0 = _top(f) - 0.05 * hs
    r = f.hr[0] * 1.08
    crown_ = s.lathe([(r, y0), (r * 0.9, y0 + 0.08 * hs), (0.0, y0 + 0.09 * hs)], 16, (cx, 0.0, cz - 0.01 * hs))
    walls = []
    for a in (0.0, 120.0, 240.0):
        w = s.box((0.2 * hs, 0.07 * hs, 0.012 * hs), (0.0, y0 + 0.035 * hs, r * 1.1))
        w = s.rotated(w, -18.0, (1, 0, 0), (0.0, y0, r * 1.1))
        walls.append(s.translated(s.rotated(w, a, (0, 1, 0)), (cx, 0.0, cz - 0.01 * hs)))
    skull = s.sphere(0.018 * hs, (cx, y0 + 0.045 * hs, cz + r * 1.1 + 0.02 * hs), subdivisions=1)
    return [_part([crown_, *walls], BLACK, roughness=0.8, bone="head"), _part(skull, WHITE, bone="head")]


def sailor_cap(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y0 = _top(f) - 0.055 * hs
    r = f.hr[0] * 1.04
    cap = s.lathe([(r, y0), (r, y0 + 0.07 * hs), (0.0, y0 + 0.08 * hs)], 16, (cx, 0.0, cz))
    rim = s.torus(1.0, 0.014 * hs, (0, 0, 0), axis="y", sections=20, tube_sections=6)
    rim = s.translated(s.scaled(rim, (r * 1.05, 1.0, r * 1.05)), (cx, y0 + 0.02 * hs, cz))
    return [_part([cap, rim], WHITE, roughness=0.7, bone="head")]


def headband(colour: RGB) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        rim = s.torus(1.0, 0.012 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=6)
        rim = s.scaled(rim, (f.hr[0] * 1.0, 1.0, f.hr[2] * 1.0))
        return [_part(s.translated(rim, (cx, cy + 0.058 * hs, cz)), colour, roughness=0.8, bone="head")]
    return piece


def cross_cap(f: Frame) -> list:
    """A nurse's small white cap with a red cross."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y = _top(f) - 0.02 * hs
    cap = s.box((0.14 * hs, 0.05 * hs, 0.05 * hs), (cx, y, cz + 0.03 * hs))
    z = cz + 0.056 * hs
    cross = [s.box((0.03 * hs, 0.01 * hs, 0.005 * hs), (cx, y, z)), s.box((0.01 * hs, 0.03 * hs, 0.005 * hs),
                                                                          (cx, y, z))]
    return [_part(cap, WHITE, bone="head"), _part(cross, RED, bone="head")]


def glasses(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    ey, ex = cy + 0.004 * hs, 0.036 * hs
    z = f.face_z(ex, ey) + 0.012 * hs
    rims = [s.torus(0.021 * hs, 0.003 * hs, (sx * ex, ey, z), axis="z", sections=16, tube_sections=4)
            for sx in (1.0, -1.0)]
    bridge = s.box((0.03 * hs, 0.004 * hs, 0.004 * hs), (0.0, ey + 0.006 * hs, z))
    arms = []
    for sx in (1.0, -1.0):
        xs = sorted((sx * f.hr[0] * 0.98, sx * (ex + 0.021 * hs)))
        arms.append(s.box_between((xs[0], ey, cz - 0.01 * hs), (xs[1], ey + 0.004 * hs, z)))
    return [_part([*rims, bridge, *arms], BLACK, roughness=0.3, bone="head")]


def eye_patch(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    ex, ey = -0.036 * hs, cy + 0.004 * hs
    patch = s.ellipsoid((0.022 * hs, 0.019 * hs, 0.006 * hs), (ex, ey, f.face_z(ex, ey) + 0.006 * hs), 1)
    strap = s.scaled(s.torus(1.0, 0.004 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=4),
                     (f.hr[0] * 1.03, 1.0, f.hr[2] * 1.03))
    strap = s.rotated(s.translated(strap, (cx, cy + 0.01 * hs, cz)), -20.0, (0, 0, 1), (cx, cy + 0.01 * hs, cz))
    return [_part([patch, strap], BLACK, roughness=0.6, bone="head")]


# -- body pieces ---------------------------------------------------------------------------------------------
def _front_z(f: Frame, y: float) -> float:
    """How far the torso's front reaches at height y (about)."""
    return f.chest_r * f.depth + f.lean(y)


def chest_cross(colour: RGB) -> Piece:
    """A cross on the chest (a knight's tabard)."""
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] - 0.17 * f.t
        z = _front_z(f, y) - 0.01
        return [_part([s.box((0.05 * f.t, 0.2 * f.t, 0.02), (0.0, y, z)),
                       s.box((0.16 * f.t, 0.05 * f.t, 0.02), (0.0, y + 0.03 * f.t, z))], colour, roughness=0.8,
                      bone="spine")]
    return piece


def chest_badge(colour: RGB = GOLD, side: float = 1.0) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] - 0.12 * f.t
        return [_metal(s.box((0.04 * f.t, 0.05 * f.t, 0.012), (side * 0.08 * f.t, y, _front_z(f, y) - 0.005)),
                       colour, bone="spine")]
    return piece


def buttons(colour: RGB = BLACK, rows: tuple[float, ...] = (0.05, -0.05), n: int = 4) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        top, bottom = f.j("upper_arm_l")[1] - 0.06 * f.t, f.j("spine")[1] + 0.02
        out = []
        for x in rows:
            for k in range(n):
                y = top + (bottom - top) * k / max(n - 1, 1)
                r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, (y - bottom) / max(top - bottom, 1e-6))
                out.append(s.sphere(0.011 * f.t, (x * f.t, y, r * f.depth + f.lean(y) + 0.004), subdivisions=0))
        return [_part(out, colour, roughness=0.3, bone="spine")]
    return piece


def tie(colour: RGB) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        top = f.j("neck")[1] - 0.02 * f.t
        low = f.j("spine")[1] + 0.12 * f.t
        z = _front_z(f, (top + low) / 2) + 0.008
        knot = s.box((0.035 * f.t, 0.03 * f.t, 0.02), (0.0, top - 0.01, z - 0.01 + f.lean(top)))
        blade = s.prism([(-0.028 * f.t, top - 0.02), (0.028 * f.t, top - 0.02), (0.038 * f.t, low + 0.03),
                         (0.0, low), (-0.038 * f.t, low + 0.03)], z - 0.006, z + 0.004)
        return [_part([knot, blade], colour, roughness=0.5, bone="spine")]
    return piece


def collar_v(colour: RGB = WHITE, depth: float = 0.16) -> Piece:
    """A shirt's V showing at the neck of a jacket or coat."""
    def piece(f: Frame) -> list:
        s = _s()
        top = f.j("neck")[1] + 0.005
        low = top - depth * f.t
        z = _front_z(f, low) + 0.002
        v = s.prism([(-0.07 * f.t, top), (0.07 * f.t, top), (0.0, low)], z - 0.05, z)
        return [_part(v, colour, roughness=0.6, bone="spine")]
    return piece


def neckerchief(colour: RGB) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("neck")[1]
        ring = s.scaled(s.torus(1.0, 0.022 * f.t, (0, 0, 0), axis="y", sections=16, tube_sections=6),
                        (0.065 * f.t, 1.0, 0.06 * f.t))
        ring = s.translated(ring, (0.0, y - 0.005, f.lean(y)))
        knot = s.cone(0.045 * f.t, 0.08 * f.t, (0.0, y - 0.1 * f.t, 0.075 * f.t + f.lean(y)), sections=8)
        knot = s.rotated(knot, 180.0, (1, 0, 0), (0.0, y - 0.06 * f.t, 0.075 * f.t + f.lean(y)))
        return [_part([ring, knot], colour, roughness=0.7, bone="spine")]
    return piece


def bands(colour: RGB, torso: bool = True) -> Piece:
    """Reflective stripes round the arms, the legs and the coat (a firefighter's)."""
    def piece(f: Frame) -> list:
        s = _s()
        out: dict[str, list] = {}
        for side in "lr":
            for a, b, bone, at, r in (("lower_arm", "hand", "lower_arm", 0.6, 0.047),
                                      ("lower_leg", "foot", "lower_leg", 0.55, 0.062)):
                p, q = np.array(f.j(f"{a}_{side}")), np.array(f.j(f"{b}_{side}"))
                c = p + (q - p) * at
                out.setdefault(f"{bone}_{side}", []).append(
                    s.cylinder(r * f.t * 1.25, 0.035 * f.t, (c[0], c[1], c[2]), sections=12))
        if torso:
            for y, r in ((f.j("spine")[1] + 0.05 * f.t, f.waist_r * 1.08), (f.j("spine")[1] + 0.2 * f.t, f.chest_r)):
                out.setdefault("spine", []).append(s.scaled(s.cylinder(r * 1.06, 0.04 * f.t, (0, y, 0), 16),
                                                            (1.0, 1.0, f.depth * 1.05)))
        return [_part(m, colour, roughness=0.3, emissive=0.15, bone=bone) for bone, m in out.items()]
    return piece


def fur_collar(f: Frame) -> list:
    """Ermine: a white collar over the shoulders with black spots."""
    s = _s()
    y = f.j("upper_arm_l")[1] + 0.01
    sx = f.j("upper_arm_l")[0]
    collar = s.ellipsoid((sx + 0.05 * f.t, 0.05 * f.t, f.chest_r * f.depth * 1.35), (0.0, y, f.lean(y)))
    spots = [s.sphere(0.012 * f.t, (x * sx, y + 0.035 * f.t, f.chest_r * f.depth * 1.1 + f.lean(y)), 0)
             for x in (-0.6, 0.0, 0.6)]
    return [_part(collar, WHITE, roughness=0.95, bone="spine"), _part(spots, BLACK, bone="spine")]


def cape(colour: RGB | None, length: float = 1.0, spread: float = 1.5) -> Piece:
    """A cape hanging from the shoulders down the back (``length`` 1: to the floor; a sailor's collar is a short
    one that does not spread)."""
    def piece(f: Frame) -> list:
        s = _s()
        sx = f.j("upper_arm_l")[0]
        top = f.j("upper_arm_l")[1] + 0.02
        bottom = top - (top - 0.03) * length
        back = -f.chest_r * f.depth - 0.015 * f.t
        rings = []
        for y, w in ((top, sx * (1.05 if spread > 1.0 else 0.75)), (bottom, sx * spread * (1.0 if spread > 1.0 else 0.75))):
            zb = back - 0.04 * (top - y) + f.lean(y) * 0.5
            rings.append([(w, y, zb), (-w, y, zb), (-w, y, zb - 0.02), (w, y, zb - 0.02)])
        return [_part(s.loft(rings), colour, roughness=0.85, bone="spine")]
    return piece


def coat_skirt(colour: RGB | None, to: str = "knee", open_front: bool = False) -> Piece:
    """A coat's lower half, from the waist to the knee (lab coat, trench coat, pirate's coat)."""
    def piece(f: Frame) -> list:
        s = _s()
        top = f.j("spine")[1] + 0.03 * f.t
        knee = f.j("lower_leg_l")[1]
        hem = knee - 0.06 * f.t if to == "knee" else (knee + f.j("upper_leg_l")[1]) / 2
        prof = [(f.hip_r * 1.45, hem), (f.hip_r * 1.15, f.j("upper_leg_l")[1]), (f.waist_r * 1.06, top)]
        return [_part(s.scaled(s.lathe(prof, 16), (1.0, 1.0, 0.85)), colour, roughness=0.8, bone="root")]
    return piece


def tabard_skirt(colour: RGB | None) -> Piece:
    return coat_skirt(colour, to="thigh")


def apron(f: Frame) -> list:
    s = _s()
    top = f.j("spine")[1] + 0.02
    hem = f.j("lower_leg_l")[1] - 0.02
    z = f.hip_r * 0.8 + 0.015
    return [_part(s.box_between((-0.16 * f.t, hem, z - 0.01), (0.16 * f.t, top, z + 0.005)), WHITE,
                  roughness=0.8, bone="root")]


def bib(colour: RGB | None) -> Piece:
    """Overalls: a bib on the chest and two straps over the shoulders."""
    def piece(f: Frame) -> list:
        s = _s()
        low, top = f.j("spine")[1] - 0.02, f.j("upper_arm_l")[1] - 0.12 * f.t
        z = f.chest_r * f.depth + 0.004
        plate = s.box_between((-0.1 * f.t, low, z - 0.04), (0.1 * f.t, top, z + f.lean(top)))
        straps = [s.box_between((x - 0.02 * f.t, top, -f.chest_r * f.depth - 0.01 + f.lean(top)),
                                (x + 0.02 * f.t, f.j("upper_arm_l")[1] + 0.045 * f.t, z + f.lean(top)))
                  for x in (-0.09 * f.t, 0.09 * f.t)]
        return [_part([plate, *straps], colour, roughness=0.85, bone="spine")]
    return piece


def vest(colour: RGB | None) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        low, top = f.j("spine")[1] - 0.03, f.j("upper_arm_l")[1]
        z = f.chest_r * f.depth
        panels = [s.box_between((x0 * f.t, low, z - 0.05), (x1 * f.t, top, z + 0.012 + f.lean(top)))
                  for x0, x1 in ((0.03, 0.15), (-0.15, -0.03))]
        return [_part(panels, colour, roughness=0.8, bone="spine")]
    return piece


def number_patch(f: Frame) -> list:
    s = _s()
    y = f.j("spine")[1] + 0.22 * f.t
    z = _front_z(f, y) - 0.01
    patch = s.box((0.13 * f.t, 0.13 * f.t, 0.02), (0.0, y, z))
    digit = s.box((0.022 * f.t, 0.1 * f.t, 0.02), (0.0, y, z + 0.006))
    return [_part(patch, WHITE, bone="spine"), _part(digit, BLACK, bone="spine")]


def belt(colour: RGB = BLACK, buckle: RGB = GOLD) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("spine")[1] - 0.02
        b = s.scaled(s.cylinder(f.waist_r * 1.08, 0.045 * f.t, (0, y, 0), 16), (1.0, 1.0, 0.72))
        bk = s.box((0.05 * f.t, 0.04 * f.t, 0.01), (0.0, y + 0.022 * f.t, f.waist_r * 0.78 + 0.002))
        return [_part(b, colour, roughness=0.5, bone="root"), _metal(bk, buckle, bone="root")]
    return piece


def pouch_belt(colour: RGB) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("spine")[1] - 0.02
        pouches = [s.box((0.07 * f.t, 0.07 * f.t, 0.05 * f.t), (x * f.t, y, f.waist_r * 0.7))
                   for x in (-0.09, 0.09)]
        return belt(colour, colour)(f) + [_part(pouches, colour, roughness=0.8, bone="root")]
    return piece


def backpack(colour: RGB, size: float = 1.0) -> Piece:
    def piece(f: Frame) -> list:
        s = _s()
        sh = f.j("upper_arm_l")[1]
        top, low = sh + 0.02 * size, sh - 0.42 * size * f.t
        zb = -f.chest_r * f.depth + 0.02
        box = s.box_between((-0.15 * f.t * size, low, zb - 0.16 * size * f.t), (0.15 * f.t * size, top, zb))
        box = s.translated(box, (0.0, 0.0, f.lean(top) * 0.6))
        return [_part(box, colour, roughness=0.6, bone="spine")]
    return piece


def control_box(f: Frame) -> list:
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.15 * f.t
    z = _front_z(f, y) + 0.01
    box = s.box((0.16 * f.t, 0.09 * f.t, 0.05), (0.0, y, z))
    lights = [s.sphere(0.012 * f.t, (x * f.t, y + 0.01, z + 0.026), subdivisions=1) for x in (-0.04, 0.0, 0.04)]
    return [_part(box, (0.45, 0.47, 0.5), roughness=0.5, bone="spine"),
            _part(lights[:2], RED, emissive=0.6, bone="spine"),
            _part(lights[2:], (0.2, 0.4, 0.95), emissive=0.6, bone="spine")]


def stethoscope(f: Frame) -> list:
    s = _s()
    y = f.j("neck")[1] - 0.03 * f.t
    loop = s.scaled(s.torus(1.0, 0.008 * f.t, (0, 0, 0), axis="x", sections=20, tube_sections=4),
                    (1.0, 0.13 * f.t, 0.07 * f.t))
    loop = s.translated(s.scaled(loop, (1.0, 1.0, 1.0)), (0.0, y - 0.1 * f.t, 0.07 * f.t + f.lean(y)))
    tube = s.scaled(s.torus(1.0, 0.008 * f.t, (0, 0, 0), axis="y", sections=20, tube_sections=4),
                    (0.075 * f.t, 1.0, 0.075 * f.t))
    tube = s.translated(tube, (0.0, y, f.lean(y)))
    disc = s.cylinder(0.022 * f.t, 0.012, (0.05 * f.t, y - 0.25 * f.t, _front_z(f, y - 0.25 * f.t) - 0.004), 12)
    return [_part([tube, disc], (0.15, 0.15, 0.17), roughness=0.4, bone="spine"),
            _part(loop, (0.15, 0.15, 0.17), roughness=0.4, bone="spine")]


def sword(f: Frame) -> list:
    """A sword in its scabbard at the left hip, hilt up."""
    s = _s()
    x = f.hip_r * 1.12
    top = f.j("spine")[1] + 0.02
    low = top - 0.75 * f.t
    scab = s.cylinder_between((x, top - 0.06, 0.03), (x + 0.03, low, -0.12 * f.t), 0.022 * f.t, 8)
    grip = s.cylinder_between((x, top - 0.04, 0.045), (x - 0.02, top + 0.1 * f.t, 0.1 * f.t), 0.012 * f.t, 6)
    guard = s.box((0.03, 0.02, 0.14 * f.t), (x, top - 0.04, 0.045))
    return [_part(scab, LEATHER, roughness=0.6, bone="root"), _metal([grip, guard], GOLD, bone="root")]
