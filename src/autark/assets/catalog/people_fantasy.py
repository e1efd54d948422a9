"""Costume kits for the fairy-tale and adventure cast ideas name: the clown (a white face, a red nose, an
orange wig, a ruff, baggy dotted clothes and big shoes), the mermaid and merman (a scaled teal tail with a fin
instead of legs), the fairy (wings, a wand, a light dress), the vampire (a pale face, a black cape lined in
red, a high collar), the superhero (a cape, a chest emblem, a mask), the ninja (black, a hood with an eye
slit, a sword on the back), the viking (a horned helmet, fur, a beard, a round shield), the caveman (a spotted
fur tunic, a club, bare feet) and the dwarf (short, a big beard, a pointed hood, a pickaxe), each with the
counterpart of the other gender where the word has one.

Built like the cast of ``people`` (bodies from ``people_body``, pieces from ``people_kits``); two kits need
more than an outfit, so their builder changes the built body: a painted face (the clown's white, the
vampire's pallor) recolours the skin, and a tail replaces the legs (it moves with the left leg's bones).
After changing a kit, measure its bounds again: ``python tests/assets/costume_bounds.py``.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit, build_person, frame_of, head_shape
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_more import eye_mask
from autark.assets.catalog.people_props import in_hand
from autark.assets.spec import AssetSpec

__all__ = ["FANTASY_ROLES", "declare_painted", "TAIL_TEAL"]

RGB = tuple[float, float, float]
RED: RGB = (0.85, 0.06, 0.06)
CLOWN_WHITE: RGB = (0.97, 0.97, 0.95)
PALE: RGB = (0.84, 0.86, 0.82)
TAIL_TEAL: RGB = (0.05, 0.6, 0.55)
FIN: RGB = (0.35, 0.85, 0.7)
FUR: RGB = (0.45, 0.33, 0.22)
HORN: RGB = (0.92, 0.88, 0.74)


def _lip(skin: RGB) -> RGB:
    # the lips' colour as people_body derives it from the skin (the clown paints them red)
    lip = tuple(c * 0.78 for c in skin)
    return (min(1.0, lip[0] * 1.12), lip[1] * 0.85, lip[2] * 0.85)


def declare_painted(role: Role, face: RGB | None = None, lips: RGB | None = None, tail=None) -> AssetSpec:
    """The spec of a role whose body the outfit cannot dress: ``face`` recolours the skin (greasepaint,
    pallor), ``lips`` the lips, and ``tail`` (``Frame -> parts``) replaces the legs and feet."""
    def build() -> list:
        f = frame_of(role.body)
        parts = build_person(role.body, role.outfit)
        skin, lip = f.skin, _lip(f.skin)
        out = []
        for p in parts:
            if tail is not None and p.bone and p.bone.startswith(("upper_leg", "lower_leg", "foot")):
                continue
            if face is not None and p.color == skin:
                p = dataclasses.replace(p, color=face)
            elif lips is not None and p.color == lip:
                p = dataclasses.replace(p, color=lips)
            out.append(p)
        return out + (tail(f) if tail is not None else [])
    return dataclasses.replace(_declare(role), build=build)


def _torso_z(f: Frame, x: float, y: float) -> float:
    """Z of the torso's front surface at (x, y) (the lathe of people_body, about)."""
    top, bottom = f.j("upper_arm_l")[1], f.j("spine")[1]
    r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, max(0.0, (y - bottom) / (top - bottom)))
    return f.depth * math.sqrt(max(r * r - x * x, 1e-6)) + f.lean(y)


# -- the clown -----------------------------------------------------------------------------------------------
def red_nose(f: Frame) -> list:
    s = _s()
    cy, hs = f.hc[1], f.hs
    y = cy - 0.02 * hs
    return [_part(s.sphere(0.03 * hs, (0.0, y, f.face_z(0.0, y) + 0.016 * hs), subdivisions=1), RED,
                  roughness=0.25, bone="head")]


def clown_wig(f: Frame) -> list:
    """Orange curly puffs over the ears and a tuft on top (the crown of the head stays bald and white)."""
    s = _s()
    cx, cy, cz = f.hc
    rx, ry, rz = f.hr
    hs = f.hs
    puffs = [s.sphere(0.06 * hs, (sx * (rx + 0.02 * hs), cy + dy * hs, cz - dz * hs), subdivisions=1)
             for sx in (1.0, -1.0) for dy, dz in ((0.05, 0.0), (0.0, 0.04), (0.06, 0.06))]
    tuft = [s.sphere(0.045 * hs, (x * hs, cy + ry + 0.005 * hs, cz - 0.03 * hs), subdivisions=1) for x in (-0.03, 0.03)]
    return [_part([*puffs, *tuft], (1.0, 0.42, 0.02), roughness=0.95, bone="head")]


def ruff(colour: RGB = CLOWN_WHITE) -> k.Piece:
    """A ruffled collar: a wide flat ring round the neck whose outer edge waves up and down in pleats."""
    def piece(f: Frame) -> list:
        s = _s()
        # above the shoulders' tops: lower, the torso and the arms cut through it and it read as broken
        y = f.j("neck")[1] + 0.01 * f.t
        inner, outer = 0.06 * f.t, 0.2 * f.t
        disc = s.lathe([(inner, -0.02 * f.t), (outer, -0.012 * f.t), (outer, 0.0), (inner, 0.025 * f.t)], 36)
        v = disc.vertices
        reach = ((v[:, 0] ** 2 + v[:, 2] ** 2) ** 0.5 - inner) / (outer - inner)
        v[:, 1] += 0.035 * f.t * reach * [math.cos(12 * math.atan2(z, x)) for x, _, z in v]
        disc.vertices = v
        return [_part(s.translated(disc, (0.0, y, f.lean(y))), colour, roughness=0.9, bone="spine")]
    return piece


def polka_dots(colour: RGB) -> k.Piece:
    """Big dots on the front of the suit and on the baggy trousers."""
    def piece(f: Frame) -> list:
        s = _s()
        top, bottom = f.j("upper_arm_l")[1] - 0.05 * f.t, f.j("spine")[1] + 0.04 * f.t
        chest = []
        for row, y in enumerate((top, (top + bottom) / 2, bottom)):
            for x in ((-0.1, 0.1) if row != 1 else (0.0,)):
                z = _torso_z(f, x * f.t, y)
                chest.append(s.ellipsoid((0.028 * f.t, 0.028 * f.t, 0.012), (x * f.t, y, z), subdivisions=0))
        legs: dict[str, list] = {}
        for side in "lr":
            hp, kn = f.j(f"upper_leg_{side}"), f.j(f"lower_leg_{side}")
            for at in (0.35, 0.75):
                y = hp[1] + (kn[1] - hp[1]) * at
                r = 0.075 * f.t * 1.3 * (1 - at) + 0.055 * f.t * 1.3 * at
                legs.setdefault(f"upper_leg_{side}", []).append(
                    s.ellipsoid((0.026 * f.t, 0.026 * f.t, 0.012), (hp[0], y, r + 0.002), subdivisions=0))
        return [_part(chest, colour, roughness=0.8, bone="spine"),
                *(_part(m, colour, roughness=0.8, bone=b) for b, m in legs.items())]
    return piece


def pompoms(f: Frame) -> list:
    s = _s()
    top, bottom = f.j("upper_arm_l")[1] - 0.08 * f.t, f.j("spine")[1] + 0.08 * f.t
    out = []
    for n, colour in enumerate(((0.15, 0.35, 0.95), (0.1, 0.75, 0.2), RED)):
        y = top + (bottom - top) * n / 2
        out.append(_part(s.sphere(0.03 * f.t, (0.0, y, _torso_z(f, 0.0, y) + 0.01), subdivisions=1), colour,
                         roughness=0.9, bone="spine"))
    return out


def clown_shoes(f: Frame) -> list:
    """Long red shoes that reach far in front of the toes, soles on the floor."""
    s = _s()
    out = []
    for side in "lr":
        x = f.j(f"upper_leg_{side}")[0]
        toe = s.ellipsoid((0.075 * f.t, 0.06 * f.t, 0.13 * f.t), (x, 0.06 * f.t, 0.13 * f.t), subdivisions=1)
        out.append(_part(toe, RED, roughness=0.35, bone=f"foot_{side}"))
    return out


# -- the mermaid -----------------------------------------------------------------------------------------------
def fish_tail(f: Frame) -> list:
    """A scaled tail from the hips to the floor, tapering and bending forward at the end, in bands of two teals
    (scales at a distance), a frill at the waist and a fin fanned out at the tip.

    The tail moves with the left leg's bones (the right leg's move nothing): thigh to knee, knee down, the fin
    with the foot, so a mermaid who sits folds her tail over the seat instead of pushing it through the floor,
    and one who walks swishes it."""
    s = _s()
    hip = f.j("upper_leg_l")[1]
    knee = f.j("lower_leg_l")[1]
    top = f.j("spine")[1] - 0.02 * f.t
    end = 0.12
    ys = [top, (top + hip) / 2, hip, *(hip + (knee - hip) * q / 3 for q in (1, 2, 3)),
          *(knee + (end - knee) * q / 4 for q in (1, 2, 3, 4))]
    rings = []
    for y in ys:
        a = min(1.0, max(0.0, (hip - y) / (hip - end)))
        rx = f.hip_r * 1.04 * (1 - a) ** 0.8 + 0.045 * a
        rz = rx * 0.72
        zc = 0.06 * a * a
        rings.append([(rx * math.cos(t), y, zc + rz * math.sin(t))
                      for t in (2 * math.pi * q / 14 for q in range(14))])
    bands: dict[tuple[str, int], list] = {}
    for i in range(len(ys) - 1):
        mid = (ys[i] + ys[i + 1]) / 2
        bone = "root" if mid > hip else "upper_leg_l" if mid > knee else "lower_leg_l"
        bands.setdefault((bone, i % 2), []).append(s.loft(rings[i:i + 2]))
    # scales: a lighter band every other segment
    shades = (TAIL_TEAL, (0.1, 0.72, 0.62))
    parts = [_part(m, shades[k], roughness=0.35, metallic=0.2, bone=bone) for (bone, k), m in bands.items()]
    frill = s.torus(1.0, 0.025, (0, 0, 0), axis="y", sections=28, tube_sections=5)
    v = frill.vertices
    wave = [1.0 + 0.1 * math.cos(10 * math.atan2(z, x)) for x, _, z in v]
    v[:, 0] *= wave
    v[:, 2] *= wave
    frill.vertices = v
    frill = s.translated(s.scaled(frill, (f.hip_r * 1.12, 1.0, f.hip_r * 0.85)), (0.0, hip - 0.05 * f.t, 0.0))
    # the fin fans out sideways at the tip, facing front (seen flat from the front, edge-on from the side)
    fin = []
    for sx in (1.0, -1.0):
        lobe = s.ellipsoid((0.15, 0.05, 0.014), (sx * 0.12, 0.0, 0.0), subdivisions=1)
        fin.append(s.rotated(lobe, sx * 28.0, (0, 0, 1)))
    low = min(float(m.vertices[:, 1].min()) for m in fin)
    fin = [s.translated(m, (0.0, -low, 0.06 + 0.02)) for m in fin]
    return [*parts, _part(frill, FIN, roughness=0.4, bone="root"), _part(fin, FIN, roughness=0.4, bone="foot_l")]


def shell_top(f: Frame) -> list:
    """Two shells on the chest."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.12 * f.t
    shells = [s.ellipsoid((0.05 * f.t, 0.045 * f.t, 0.02), (x * f.t, y, _torso_z(f, x * f.t, y) - 0.004), 1)
              for x in (-0.075, 0.075)]
    return [_part(shells, (0.95, 0.55, 0.7), roughness=0.4, bone="spine")]


# -- the fairy ---------------------------------------------------------------------------------------------------
def wings(colour: RGB = (0.75, 0.9, 1.0)) -> k.Piece:
    """Four see-through wings on the back, the upper pair larger, spread up and out."""
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] - 0.1 * f.t
        zb = -f.chest_r * f.depth - 0.03 + f.lean(y)
        out = []
        for sx in (1.0, -1.0):
            for big, dy, tilt in ((True, 0.1, 35.0), (False, -0.12, -30.0)):
                w = s.ellipsoid((0.2 if big else 0.14, 0.09 if big else 0.065, 0.008), (0.0, 0.0, 0.0), 1)
                w = s.translated(w, ((0.2 if big else 0.14) * 0.95, 0.0, 0.0))
                w = s.rotated(w, tilt, (0, 0, 1))
                w = s.rotated(w, 25.0, (0, 1, 0))  # swept back a little
                if sx < 0:
                    w = s.scaled(w, (-1.0, 1.0, 1.0))
                    w.invert()
                out.append(s.translated(w, (sx * 0.03, y + dy * f.t, zb)))
        return [_part(out, colour, roughness=0.2, emissive=0.25, opacity=0.55, bone="spine")]
    return piece


def wand(f: Frame, at: tuple[float, float, float]) -> list:
    """A thin stick held up with a glowing star at the tip."""
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    tip = (x, y + 0.3 * f.t, z + 0.16)
    stick = s.cylinder_between((x, y - 0.04, z + 0.02), tip, 0.008, 6)
    r = 0.05
    tri = [(r * math.sin(a), r * math.cos(a)) for a in (0.0, 2 * math.pi / 3, 4 * math.pi / 3)]
    star = [s.translated(s.prism([(px, py) for px, py in pts], -0.008, 0.008), (tip[0], tip[1] + r * 0.6, tip[2]))
            for pts in (tri, [(px, -py) for px, py in tri])]
    return [_part(stick, (0.95, 0.95, 0.98), roughness=0.3, bone=f"hand_{side}"),
            _part(star, (1.0, 0.85, 0.2), emissive=0.9, bone=f"hand_{side}")]


def flower_crown(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y = cy + 0.07 * hs
    flowers = [s.sphere(0.018 * hs, (f.hr[0] * 0.98 * math.sin(a), y, cz + f.hr[2] * 0.98 * math.cos(a)), 1)
               for a in (-1.3, -0.65, 0.0, 0.65, 1.3)]
    return [_part(flowers, (1.0, 0.55, 0.75), roughness=0.6, bone="head")]


# -- the vampire -------------------------------------------------------------------------------------------------
def lined_cape(outer: RGB, lining: RGB) -> k.Piece:
    """A floor-length cape spreading wide at the hem, its inside (seen past the body) in ``lining``, and a high
    collar standing up behind the head."""
    def piece(f: Frame) -> list:
        s = _s()
        sx = f.j("upper_arm_l")[0]
        top = f.j("upper_arm_l")[1] + 0.02
        back = -f.chest_r * f.depth - 0.015 * f.t

        def slab(z0: float, w_top: float, w_bottom: float, y_top: float, y_bottom: float, lean: float):
            rings = []
            for y, w in ((y_top, w_top), (y_bottom, w_bottom)):
                zb = z0 - lean * (y_top - y) + f.lean(y) * 0.5
                rings.append([(w, y, zb), (-w, y, zb), (-w, y, zb - 0.015), (w, y, zb - 0.015)])
            return s.loft(rings)

        outer_ = slab(back - 0.016, sx * 1.08, sx * 1.9, top, 0.03, 0.06)
        inner = slab(back, sx * 1.05, sx * 1.86, top, 0.05, 0.06)
        head_top = f.hc[1] + 0.03 * f.hs
        collar_o = slab(back - 0.03, sx * 0.72, sx * 0.95, top - 0.02, head_top, -0.35)
        collar_i = slab(back - 0.014, sx * 0.68, sx * 0.9, top - 0.02, head_top - 0.01, -0.35)
        # the collar rises from the shoulders and leans out backwards: built bottom to top, so swap the rings
        return [_part([outer_, collar_o], outer, roughness=0.6, bone="spine"),
                _part([inner, collar_i], lining, roughness=0.5, bone="spine")]
    return piece


def fangs(f: Frame) -> list:
    s = _s()
    cy, hs = f.hc[1], f.hs
    my = cy - 0.052 * hs
    out = []
    for x in (-0.012, 0.012):
        z = f.face_z(x * hs, my) + 0.003
        out.append(s.rotated(s.cone(0.005 * hs, 0.018 * hs, (x * hs, my - 0.014 * hs, z), sections=6), 180.0,
                             (1, 0, 0), (x * hs, my - 0.005 * hs, z)))
    return [_part(out, (1.0, 1.0, 0.98), roughness=0.3, bone="head")]


def medallion(f: Frame) -> list:
    s = _s()
    y = f.j("neck")[1] - 0.09 * f.t
    z = _torso_z(f, 0.0, y) + 0.01
    disc = s.rotated(s.cylinder(0.03 * f.t, 0.012, (0.0, y, z - 0.006), 12), 90.0, (1, 0, 0), (0.0, y, z))
    return [_part(disc, RED, roughness=0.2, metallic=0.3, bone="spine")]


# -- the superhero ---------------------------------------------------------------------------------------------
def emblem(field_: RGB, mark: RGB) -> k.Piece:
    """A diamond on the chest with a smaller one of another colour inside."""
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] - 0.15 * f.t
        z = _torso_z(f, 0.0, y)
        w, h = 0.12 * f.t, 0.09 * f.t
        outer_ = s.prism([(-w, y), (0.0, y + h), (w, y), (0.0, y - h * 1.2)], z - 0.03, z + 0.008)
        inner = s.prism([(-w * 0.55, y), (0.0, y + h * 0.55), (w * 0.55, y), (0.0, y - h * 0.65)], z, z + 0.014)
        return [_part(outer_, field_, roughness=0.4, bone="spine"), _part(inner, mark, roughness=0.4, bone="spine")]
    return piece


def _hood_shell(f: Frame, grow: float, rings: int, keep) -> Any:
    """The head's own shape grown by ``grow`` all round, keeping the faces ``keep(centres, normals)`` marks (a
    hood's opening is the faces it leaves out)."""
    import trimesh

    rx, ry, rz = f.hr
    shell = head_shape((rx + grow, ry + grow, rz + grow), f.hc, 20, rings)
    kept = keep(shell.triangles_center, shell.face_normals)
    return trimesh.Trimesh(shell.vertices, shell.faces[kept], process=False)


# -- the ninja ---------------------------------------------------------------------------------------------------
def ninja_hood(f: Frame) -> list:
    """A black hood over the whole head with a slit for the eyes, and a red band with tails at the back."""
    s = _s()
    cx, cy, cz = f.hc
    rx, ry, rz = f.hr
    hs = f.hs
    g = 0.022 * hs
    ey = cy + 0.004 * hs
    shell = _hood_shell(f, g, 18, lambda c, _n: ~((abs(c[:, 1] - ey) < 0.02 * hs) & (c[:, 2] > cz + 0.5 * rz)
                                                  & (abs(c[:, 0]) < 0.07 * hs)))  # a slit for the eyes
    neck = s.cylinder(0.065 * f.t, 0.12 * f.t, (0.0, cy - ry - 0.05 * hs, cz - 0.02 * hs), sections=12)
    band = s.scaled(s.torus(1.0, 0.012 * hs, (0, 0, 0), axis="y", sections=24, tube_sections=5),
                    (rx + g + 0.004 * hs, 1.0, rz + g + 0.004 * hs))
    band = s.translated(band, (cx, cy + 0.055 * hs, cz))
    tails = [s.rotated(s.box((0.02 * hs, 0.14 * hs, 0.008), (x * hs, cy - 0.01 * hs, cz - rz - g - 0.01)),
                       x * 200.0, (0, 0, 1), (x * hs, cy + 0.055 * hs, cz - rz - g)) for x in (-0.02, 0.03)]
    return [_part([shell, neck], (0.07, 0.07, 0.08), roughness=0.85, bone="head"),
            _part([band, *tails], RED, roughness=0.7, bone="head")]


def katana_on_back(f: Frame) -> list:
    s = _s()
    zb = -f.chest_r * f.depth - 0.03
    low = (0.16 * f.t, f.j("spine")[1] - 0.05 * f.t, zb)
    high = (-0.17 * f.t, f.j("upper_arm_l")[1] + 0.18 * f.t, zb - 0.01)
    mid = tuple(a + (b - a) * 0.72 for a, b in zip(low, high, strict=True))
    sheath = s.cylinder_between(low, mid, 0.02 * f.t, 8)
    grip = s.cylinder_between(mid, high, 0.015 * f.t, 8)
    guard = s.cylinder_between(mid, tuple(m + (b - m) * 0.05 for m, b in zip(mid, high, strict=True)),
                               0.04 * f.t, 10)
    return [_part(sheath, (0.1, 0.06, 0.05), roughness=0.4, bone="spine"),
            _part([grip, guard], (0.55, 0.1, 0.08), roughness=0.6, bone="spine")]


# -- the viking --------------------------------------------------------------------------------------------------
def horned_helmet(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    horns = []
    for sx in (1.0, -1.0):
        pts = [(sx * (f.hr[0] + 0.005 * hs), cy + 0.07 * hs, cz), (sx * (f.hr[0] + 0.07 * hs), cy + 0.1 * hs, cz + 0.01),
               (sx * (f.hr[0] + 0.11 * hs), cy + 0.16 * hs, cz + 0.02), (sx * (f.hr[0] + 0.12 * hs), cy + 0.23 * hs, cz + 0.02)]
        radii = (0.032, 0.025, 0.016, 0.004)
        horns += [s.cylinder_between(pts[i], pts[i + 1], radii[i] * hs, 8, radius1=radii[i + 1] * hs)
                  for i in range(3)]
    return [*k.helmet(k.METAL, -0.045)(f), _part(horns, HORN, roughness=0.6, bone="head")]


def fur_mantle(colour: RGB = FUR) -> k.Piece:
    """A shaggy fur over the shoulders and the upper back."""
    def piece(f: Frame) -> list:
        s = _s()
        y = f.j("upper_arm_l")[1] - 0.02 * f.t
        sx = f.j("upper_arm_l")[0]
        # low enough in front that the beard falls over it
        mantle = s.ellipsoid((sx + 0.07 * f.t, 0.06 * f.t, f.chest_r * f.depth * 1.35), (0.0, y, f.lean(y) - 0.02), 1)
        back = s.ellipsoid((sx * 0.9, 0.2 * f.t, 0.05 * f.t), (0.0, y - 0.14 * f.t, -f.chest_r * f.depth), 1)
        return [_part([s.jitter(mantle, 0.012, 3), back], colour, roughness=1.0, bone="spine")]
    return piece


def round_shield(f: Frame) -> list:
    """A round red shield slung on the back, a metal boss in the middle (its rim shows past the body)."""
    s = _s()
    y = f.j("spine")[1] + 0.2 * f.t
    zb = -f.chest_r * f.depth - 0.05
    disc = s.rotated(s.cylinder(0.34 * f.t, 0.03, (0.0, y, zb - 0.015), 20), 90.0, (1, 0, 0), (0.0, y, zb))
    boss = s.sphere(0.06 * f.t, (0.0, y, zb - 0.045), subdivisions=1)
    return [_part(disc, (0.7, 0.15, 0.1), roughness=0.8, bone="spine"),
            _part(boss, k.METAL, roughness=0.45, metallic=0.7, bone="spine")]


def axe(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.2 * f.t, z + 0.05), (x, y + 0.35 * f.t, z + 0.05), 0.016, 8)
    top = y + 0.3 * f.t
    blade = s.prism([(0.0, top - 0.05), (0.0, top + 0.05), (0.13, top + 0.09), (0.13, top - 0.1)], -0.008, 0.008)
    blade = s.translated(s.rotated(blade, -90.0, (0, 1, 0)), (x, 0.0, z + 0.05))
    return [_part(handle, k.WOOD, roughness=0.8, bone=f"hand_{side}"), _part(blade, k.METAL, roughness=0.4, metallic=0.7,
                                                                           bone=f"hand_{side}")]


# -- the caveman -------------------------------------------------------------------------------------------------
def spots(colour: RGB) -> k.Piece:
    """Dark spots on a fur tunic (front, back and the skirt)."""
    def piece(f: Frame) -> list:
        s = _s()
        out = []
        top, bottom = f.j("upper_arm_l")[1] - 0.06 * f.t, f.j("spine")[1]
        for i, (x, a) in enumerate(((-0.1, 0.0), (0.06, 0.3), (-0.03, 0.55), (0.11, 0.75), (-0.08, 1.0))):
            y = top + (bottom - top) * a
            for zs in (1.0, -1.0):
                out.append(s.ellipsoid((0.03 * f.t, 0.024 * f.t, 0.012), (x * f.t * zs, y, zs * _torso_z(f, x * f.t, y)),
                                       subdivisions=0))
            if i < 3:
                hy = f.j("upper_leg_l")[1] - 0.05 - 0.06 * i
                out.append(s.ellipsoid((0.03 * f.t, 0.024 * f.t, 0.012), (x * f.t, hy, f.hip_r * 1.2 * 0.85), 0))
        return [_part(out, colour, roughness=0.9, bone="spine")]
    return piece


def club(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    stick = s.cylinder_between((x, y - 0.08, z + 0.03), (x, y + 0.45 * f.t, z + 0.2), 0.022, 8, radius1=0.06)
    knob = s.jitter(s.sphere(0.07, (x, y + 0.45 * f.t, z + 0.2), subdivisions=1), 0.01, 5)
    return [_part([stick, knob], (0.42, 0.27, 0.12), roughness=0.95, bone=f"hand_{side}")]


# -- the dwarf ---------------------------------------------------------------------------------------------------
def pointed_hood(colour: RGB) -> k.Piece:
    """A woollen hood over the head, the sides and the back, open round the face, ending in a point that droops
    backwards."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        rx = f.hr[0]
        hs = f.hs
        # open round the face, and above the neck
        shell = _hood_shell(f, 0.03 * hs, 12, lambda c, n: ~((n[:, 2] > 0.2) & (c[:, 1] < cy + 0.06 * hs))
                            & (c[:, 1] > cy - 0.09 * hs))
        y0 = cy + 0.06 * hs
        h = 0.22 * hs
        # a blunt tip (a frustum with a small ball): a cone's apex shades black in the renderer
        cone = s.cone(rx * 0.9, h, (cx, y0, cz - 0.02 * hs), sections=14, top_radius=0.012 * hs)
        lift = (cone.vertices[:, 1] - y0).clip(0) / h
        cone.vertices[:, 2] -= lift ** 2 * 0.07 * hs
        tip = s.sphere(0.014 * hs, (cx, y0 + h, cz - 0.09 * hs), subdivisions=1)
        return [_part([shell, cone, tip], colour, roughness=0.95, bone="head")]
    return piece


def big_beard(colour: RGB) -> k.Piece:
    """A beard to the belly, wide at the cheeks (the jaw moves it when he talks)."""
    def piece(f: Frame) -> list:
        s = _s()
        cx, cy, cz = f.hc
        hs = f.hs
        chin = cy - f.hr[1]
        beard = s.ellipsoid((0.1 * hs, 0.17 * hs, 0.07 * hs), (0.0, chin - 0.08 * hs, cz + 0.05 * hs), 1)
        beard.vertices[:, 0] *= 1.0 + (beard.vertices[:, 1] - (chin - 0.08 * hs)).clip(0) / (0.3 * hs)
        moustache = s.ellipsoid((0.05 * hs, 0.014 * hs, 0.018 * hs), (0.0, cy - 0.04 * hs, f.face_z(0, cy - 0.04 * hs)), 1)
        return [_part(s.jitter(beard, 0.006, 7), colour, roughness=0.95, bone="jaw"),
                _part(moustache, colour, roughness=0.95, bone="head")]
    return piece


def pickaxe(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.12, z + 0.04), (x, y + 0.4 * f.t, z + 0.04), 0.016, 8)
    head_y = y + 0.38 * f.t
    pick = s.cylinder_between((x, head_y, z - 0.14), (x, head_y, z + 0.2), 0.022, 8)
    pick.vertices[:, 1] -= ((pick.vertices[:, 2] - (z + 0.03)) ** 2) * 1.6
    return [_part(handle, k.WOOD, roughness=0.8, bone=f"hand_{side}"),
            _part(pick, (0.5, 0.5, 0.52), roughness=0.4, metallic=0.7, bone=f"hand_{side}")]


# -- the cast ----------------------------------------------------------------------------------------------------
_clown = Outfit(legs_colour=(0.15, 0.4, 0.95), shoes=RED, gloves=CLOWN_WHITE, bulk=1.3,
                extras=(clown_wig, red_nose, ruff(), polka_dots(RED), pompoms, clown_shoes))
_tail = Outfit(sleeves="none", legs_colour=TAIL_TEAL, extras=(shell_top,))
_merman = Outfit(sleeves="none", legs_colour=TAIL_TEAL, extras=(k.belt((0.35, 0.8, 0.7), k.GOLD),))
_fairy = Outfit(sleeves="none", legs="skirt", legs_colour=None, shoes=(0.85, 0.6, 0.85),
                extras=(wings(), flower_crown, in_hand("r", wand)))
_vampire = Outfit(legs_colour=(0.06, 0.06, 0.07), shoes=k.BLACK,
                  extras=(k.collar_v(k.WHITE, 0.14), medallion, fangs, lined_cape((0.04, 0.04, 0.05), (0.65, 0.02, 0.06))))
_vampiress = Outfit(legs="gown", legs_colour=None, shoes=k.BLACK,
                    extras=(medallion, fangs, lined_cape((0.04, 0.04, 0.05), (0.65, 0.02, 0.06))))
_hero = Outfit(legs_colour=None, shoes=RED, gloves=RED,
               extras=(emblem((1.0, 0.8, 0.1), RED), k.belt((1.0, 0.8, 0.1), (1.0, 0.8, 0.1)), eye_mask,
                       k.cape(RED, 0.75, 1.35)))
_ninja = Outfit(legs_colour=None, shoes=(0.07, 0.07, 0.08), gloves=(0.07, 0.07, 0.08),
                extras=(ninja_hood, k.belt(RED, RED), katana_on_back))
_viking = Outfit(legs_colour=(0.35, 0.25, 0.16), shoes=k.LEATHER,
                 extras=(horned_helmet, fur_mantle(), k.coat_skirt(None, "thigh"), k.belt(k.LEATHER, k.METAL),
                         round_shield, in_hand("r", axe)))
_cave = Outfit(sleeves="none", legs="bare", legs_colour=(0.78, 0.5, 0.18), shoes=(0.6, 0.42, 0.3),
               extras=(k.coat_skirt(None, "thigh"), spots((0.2, 0.12, 0.05)), in_hand("r", club)))
_dwarf = Outfit(legs_colour=(0.35, 0.24, 0.14), shoes=k.LEATHER,
                extras=(pointed_hood((0.75, 0.12, 0.1)), k.coat_skirt(None, "thigh"), k.belt(k.LEATHER, k.GOLD),
                        in_hand("r", pickaxe)))
_bearded_dwarf = dataclasses.replace(_dwarf, extras=(*_dwarf.extras, big_beard((0.85, 0.85, 0.85))))

FANTASY_ROLES: list[Role] = [
    Role("clown", "clown clowns", "clown clowns", "m", _he(hair="none", build="broad"), _clown, (1.0, 0.82, 0.1)),
    Role("female_clown", "female_clown", "clownin clowninnen", "f", _she(hair="none"), _clown, (0.3, 0.85, 0.3)),
    Role("mermaid", "mermaid mermaids", "meerjungfrau meerjungfrauen nixe nixen", "f",
         _she(hair="long", hair_colour="red", skin="light"), _tail, (0.55, 0.3, 0.75)),
    Role("merman", "merman mermen", "wassermann meermann", "m", _he(hair="long", hair_colour="blonde", beard="short",
                                                                   build="broad"), _merman, (0.85, 0.75, 0.6)),
    Role("fairy", "fairy fairies", "fee feen elfe elfen", "f", _she(height=1.52, hair="bun", hair_colour="blonde", skin="light",
                                                         build="slim"), _fairy, (0.8, 0.65, 0.95)),
    Role("vampire", "vampire vampires dracula", "vampir vampire", "m", _he(hair_colour="black", build="slim"),
         _vampire, (0.06, 0.06, 0.07)),
    Role("female_vampire", "female_vampire", "vampirin vampirinnen", "f", _she(hair="long", hair_colour="black"),
         _vampiress, (0.08, 0.05, 0.08)),
    Role("superhero", "superhero superheroes", "superheld superhelden", "m", _he(hair_colour="black", build="broad"),
         _hero, (0.12, 0.28, 0.85)),
    Role("superheroine", "superheroine superheroines", "superheldin superheldinnen", "f",
         _she(hair="ponytail", hair_colour="black", skin="tan"), _hero, (0.12, 0.28, 0.85)),
    Role("ninja", "ninja ninjas", "ninja ninjas", "m", _he(hair="none", build="slim"), _ninja, (0.07, 0.07, 0.08)),
    Role("viking", "viking vikings", "wikinger", "m", _he(hair="long", hair_colour="red", beard="long", build="broad"),
         _viking, (0.35, 0.42, 0.2)),
    Role("female_viking", "female_viking", "wikingerin wikingerinnen", "f", _she(hair="ponytail", hair_colour="blonde"),
         _viking, (0.3, 0.38, 0.55)),
    Role("caveman", "caveman cavemen", "höhlenmensch höhlenmenschen höhlenmann steinzeitmensch", "m",
         _he(hair="long", hair_colour="black", beard="short", build="broad", skin="tan"), _cave, (0.78, 0.5, 0.18)),
    Role("cavewoman", "cavewoman cavewomen", "höhlenfrau höhlenfrauen", "f", _she(hair="long", hair_colour="brown",
                                                                                skin="tan"), _cave, (0.78, 0.5, 0.18)),
    Role("dwarf", "dwarf dwarfs dwarves", "zwerg zwerge", "m",
         _he(height=1.28, build="broad", hair="none", hair_colour="grey", beard="short"), _bearded_dwarf,
         (0.2, 0.42, 0.22)),
    Role("female_dwarf", "female_dwarf", "zwergin zwerginnen", "f",
         _she(height=1.22, build="broad", hair="none", hair_colour="red"), _dwarf, (0.45, 0.25, 0.5)),
]
COUNTERPARTS.update({"clown": "female_clown", "female_clown": "clown", "mermaid": "merman", "merman": "mermaid",
                     "vampire": "female_vampire", "female_vampire": "vampire", "superhero": "superheroine",
                     "superheroine": "superhero", "viking": "female_viking", "female_viking": "viking",
                     "caveman": "cavewoman", "cavewoman": "caveman", "dwarf": "female_dwarf", "female_dwarf": "dwarf"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'clown': ((-0.3008, 0.0000, -0.2270), (0.3008, 1.8228, 0.2951)),
    'female_clown': ((-0.2247, 0.0000, -0.1834), (0.2247, 1.7028, 0.2384)),
    'mermaid': ((-0.2384, 0.0000, -0.1423), (0.2384, 1.6697, 0.1460)),
    'merman': ((-0.2838, 0.0000, -0.1588), (0.2838, 1.7897, 0.1588)),
    'fairy': ((-0.3195, 0.0000, -0.2402), (0.3195, 1.5297, 0.1680)),
    'vampire': ((-0.3481, 0.0000, -0.2529), (0.3481, 1.7897, 0.1466)),
    'female_vampire': ((-0.3136, 0.0000, -0.2386), (0.3136, 1.6697, 0.2145)),
    'superhero': ((-0.3065, 0.0000, -0.2058), (0.3065, 1.7897, 0.1816)),
    'superheroine': ((-0.2228, 0.0000, -0.1747), (0.2228, 1.6697, 0.1467)),
    'ninja': ((-0.2290, 0.0000, -0.1762), (0.2290, 1.7913, 0.1609)),
    'viking': ((-0.3859, 0.0000, -0.2898), (0.3859, 1.9024, 0.2169)),
    'female_viking': ((-0.3118, 0.0000, -0.2408), (0.3118, 1.7824, 0.1944)),
    'caveman': ((-0.2974, 0.0000, -0.2169), (0.2838, 1.7897, 0.2702)),
    'cavewoman': ((-0.2355, 0.0000, -0.1944), (0.2287, 1.6697, 0.2702)),
    'dwarf': ((-0.1903, 0.0000, -0.1454), (0.1903, 1.4739, 0.2000)),
    'female_dwarf': ((-0.1787, 0.0000, -0.1519), (0.1787, 1.4139, 0.2000)),
})
ROLES.extend(FANTASY_ROLES)
_PAINTED = {"clown": {"face": CLOWN_WHITE, "lips": RED}, "female_clown": {"face": CLOWN_WHITE, "lips": RED},
            "vampire": {"face": PALE}, "female_vampire": {"face": PALE},
            "mermaid": {"tail": fish_tail}, "merman": {"tail": fish_tail}}
for _r in FANTASY_ROLES:
    register(declare_painted(_r, **_PAINTED[_r.type]) if _r.type in _PAINTED else _declare(_r))
