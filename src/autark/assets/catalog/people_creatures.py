"""Person-shaped creatures film ideas name that had only a stand-in body: Santa Claus (a red coat and hat
trimmed white, a white beard, a black belt and boots; he had been a plain man), the alien (green skin, big
black eyes, antennae, a silver suit; it had been the robot), the mummy (wrapped head to foot in bandages, dark
eye slits), the skeleton (white bones on black: a skull with dark sockets, ribs, a spine, the long bones of the
limbs) and the zombie (grey-green skin, sunken eyes, torn clothes): the risen dead had all been the ghost's sheet.

Built like the cast of ``people``: bodies from ``people_body``, pieces from ``people_kits``; a painted skin
(``people_fantasy.declare_painted``) recolours the face and hands. Bounds measured from the built meshes.
"""

from __future__ import annotations

import numpy as np

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_fantasy import big_beard, declare_painted

__all__ = ["CREATURE_ROLES"]

RGB = tuple[float, float, float]
SANTA_RED: RGB = (0.78, 0.05, 0.06)
TRIM: RGB = (0.97, 0.97, 0.95)
ALIEN_GREEN: RGB = (0.45, 0.78, 0.3)
SILVER: RGB = (0.72, 0.74, 0.78)
BANDAGE: RGB = (0.86, 0.82, 0.7)
BANDAGE_SHADE: RGB = (0.62, 0.57, 0.45)
BONE: RGB = (0.93, 0.91, 0.84)
ZOMBIE_SKIN: RGB = (0.58, 0.66, 0.5)
DARK: RGB = (0.05, 0.05, 0.05)


def _limb_points(f: Frame) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(bone, start, end) of each long bone of the arms and legs, joint to joint."""
    out = []
    for side in "lr":
        for a, b in (("upper_arm", "lower_arm"), ("lower_arm", "hand"), ("upper_leg", "lower_leg"),
                     ("lower_leg", "foot")):
            out.append((f"{a}_{side}", np.array(f.j(f"{a}_{side}")), np.array(f.j(f"{b}_{side}"))))
    return out


# -- Santa Claus ---------------------------------------------------------------------------------------------
def santa_hat(f: Frame) -> list:
    """A red stocking cap drooping to one side, a white fur brim and a white pompom at its tip."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    y0 = cy + f.hr[1] * 0.55
    r = f.hr[0] * 1.08
    cone = s.cone(r, 0.26 * hs, (cx, y0, cz - 0.01 * hs), sections=16, top_radius=0.01 * hs)
    lift = np.clip(cone.vertices[:, 1] - (y0 + 0.08 * hs), 0, None)
    cone.vertices[:, 0] += lift * 0.6
    cone.vertices[:, 1] -= lift * 0.45
    tip = cone.vertices[np.argmax(cone.vertices[:, 0])]
    brim = s.torus(r * 1.02, 0.03 * hs, (cx, y0 + 0.005 * hs, cz - 0.01 * hs), axis="y", sections=16,
                   tube_sections=6)
    pompom = s.sphere(0.04 * hs, (float(tip[0]), float(tip[1]), float(tip[2])), 1)
    return [_part(cone, SANTA_RED, roughness=0.9, bone="head"), _part([brim, pompom], TRIM, roughness=0.95, bone="head")]


def coat_trim(f: Frame) -> list:
    """White fur down the coat's front and round its hem and cuffs."""
    s = _s()
    hem = f.j("lower_leg_l")[1] - 0.04 * f.t
    waist = f.j("spine")[1]
    front = f.hip_r * 1.3 * 0.85
    strip = s.box((0.07 * f.t, f.j("upper_arm_l")[1] - hem - 0.02, 0.03 * f.t),
                  (0.0, (f.j("upper_arm_l")[1] + hem) / 2, max(front, f.chest_r * f.depth) + 0.01))
    ring = s.scaled(s.torus(f.hip_r * 1.45, 0.028 * f.t, (0.0, hem + 0.01, 0.0), axis="y", sections=16,
                            tube_sections=4), (1.0, 1.0, 0.85))
    cuffs = {}
    for side in "lr":
        h = f.j(f"hand_{side}")
        cuffs[f"lower_arm_{side}"] = s.sphere(0.055 * f.t, (h[0], h[1] + 0.04 * f.t, h[2]), 1)
    del waist
    return [_part([strip], TRIM, roughness=0.95, bone="spine"), _part(ring, TRIM, roughness=0.95, bone="root"),
            *[_part(m, TRIM, roughness=0.95, bone=b) for b, m in cuffs.items()]]


# -- the alien -----------------------------------------------------------------------------------------------
def alien_eyes(f: Frame) -> list:
    """Two big black almond eyes slanting up and out."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    out = []
    for sx in (1.0, -1.0):
        x, y = sx * 0.042 * hs, cy + 0.01 * hs
        eye = s.ellipsoid((0.032 * hs, 0.02 * hs, 0.012 * hs), (x, y, f.face_z(x, y) - 0.002), 1)
        out.append(s.rotated(eye, sx * 25.0, (0, 0, 1), (x, y, f.face_z(x, y))))
    return [_part(out, DARK, roughness=0.15, bone="head")]


def antennae(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    top = cy + f.hr[1] * 0.85
    out = []
    for sx in (1.0, -1.0):
        base = (sx * 0.03 * hs, top, cz)
        tip = (sx * 0.07 * hs, top + 0.14 * hs, cz + 0.02 * hs)
        out += [s.cylinder_between(base, tip, 0.006 * hs, 6), s.sphere(0.02 * hs, tip, 1)]
    return [_part(out, ALIEN_GREEN, roughness=0.5, bone="head")]


# -- the mummy -----------------------------------------------------------------------------------------------
def wrappings(f: Frame) -> list:
    """Bandage edges round the limbs and the body, slightly askew, in a darker shade than the cloth."""
    s = _s()
    out: dict[str, list] = {}
    for bone, p, q in _limb_points(f):
        r = (0.06 if "leg" in bone else 0.045) * f.t
        for i, t in enumerate((0.3, 0.75)):
            c = p + (q - p) * t
            ring = s.torus(r, 0.006 * f.t, tuple(c), axis="y", sections=8, tube_sections=3)
            out.setdefault(bone, []).append(s.rotated(ring, 12.0 if i % 2 else -12.0, (1, 0, 0), tuple(c)))
    spine, shoulder = f.j("spine")[1], f.j("upper_arm_l")[1]
    for i, y in enumerate(np.linspace(spine - 0.1 * f.t, shoulder - 0.03 * f.t, 4)):
        r = f.waist_r + (f.chest_r - f.waist_r) * min(1.0, max(0.0, (y - spine) / (shoulder - spine)))
        ring = s.scaled(s.torus(r * 1.04, 0.007 * f.t, (0.0, y, 0.0), axis="y", sections=12, tube_sections=3),
                        (1.0, 1.0, f.depth))
        out.setdefault("spine", []).append(s.rotated(ring, 8.0 if i % 2 else -8.0, (0, 0, 1), (0.0, y, 0.0)))
    cx, cy, cz = f.hc
    for i, dy in enumerate((0.05, -0.04)):
        y = cy + dy * f.hs
        ring = s.torus(f.hr[0] * 1.01, 0.006 * f.hs, (cx, y, cz), axis="y", sections=10, tube_sections=3)
        out.setdefault("head", []).append(s.scaled(s.rotated(ring, 10.0 if i % 2 else -10.0, (0, 0, 1), (cx, y, cz)),
                                                   (1.0, 1.0, f.hr[2] / f.hr[0]), (cx, y, cz)))
    slits = [s.ellipsoid((0.022 * f.hs, 0.007 * f.hs, 0.006 * f.hs),
                         (sx * 0.035 * f.hs, cy + 0.025 * f.hs, f.face_z(sx * 0.035 * f.hs, cy + 0.025 * f.hs)), 1)
             for sx in (1.0, -1.0)]
    return [*[_part(m, BANDAGE_SHADE, roughness=0.95, bone=b) for b, m in out.items()],
            _part(slits, DARK, roughness=0.6, bone="head")]


# -- the skeleton --------------------------------------------------------------------------------------------
def bones(f: Frame) -> list:
    """The bones drawn over a black body: ribs, a spine and a pelvis in front, the limbs' long bones with
    knobbed ends, the skull's dark sockets, nose hole and teeth."""
    s = _s()
    out: dict[str, list] = {}
    for bone, p, q in _limb_points(f):
        r = (0.028 if "leg" in bone else 0.02) * f.t
        fwd = np.array([0.0, 0.0, (0.05 if "leg" in bone else 0.035) * f.t])
        a, b = p + (q - p) * 0.08 + fwd, p + (q - p) * 0.92 + fwd
        out.setdefault(bone, []).extend([s.cylinder_between(tuple(a), tuple(b), r, 6),
                                         s.sphere(r * 1.5, tuple(a), 0), s.sphere(r * 1.5, tuple(b), 0)])
    spine, shoulder = f.j("spine")[1], f.j("upper_arm_l")[1]
    front = f.chest_r * f.depth
    chest = out.setdefault("spine", [])
    chest.append(s.box((0.03 * f.t, shoulder - spine + 0.05, 0.02 * f.t), (0.0, (shoulder + spine) / 2, front)))
    for y in np.linspace(spine + 0.08 * f.t, shoulder - 0.04 * f.t, 5):
        w = f.chest_r * 0.85
        rib = s.box((w * 2.0, 0.018 * f.t, 0.02 * f.t), (0.0, float(y), front * 0.98))
        rib.vertices[:, 1] -= np.abs(rib.vertices[:, 0]) * 0.35  # ribs slope down from the breastbone
        chest.append(rib)
    pelvis = s.ellipsoid((f.hip_r * 0.9, 0.04 * f.t, 0.02 * f.t), (0.0, f.j("root")[1] - 0.02, f.hip_r * f.depth * 1.05
                                                                 + 0.01), 1)
    out.setdefault("root", []).append(pelvis)
    cx, cy, cz = f.hc
    hs = f.hs
    holes = [s.ellipsoid((0.022 * hs, 0.024 * hs, 0.01 * hs), (sx * 0.038 * hs, cy + 0.012 * hs,
                                                                f.face_z(sx * 0.038 * hs, cy + 0.012 * hs)), 1)
             for sx in (1.0, -1.0)]
    holes.append(s.cone(0.012 * hs, 0.022 * hs, (0.0, cy - 0.032 * hs, f.face_z(0.0, cy - 0.03 * hs)), 3))
    teeth = s.box((0.05 * hs, 0.014 * hs, 0.004 * hs), (0.0, cy - 0.062 * hs, f.face_z(0.0, cy - 0.062 * hs)))
    gaps = [s.box((0.002 * hs, 0.016 * hs, 0.006 * hs), (x * hs, cy - 0.062 * hs, f.face_z(x * hs, cy - 0.062 * hs)))
            for x in (-0.018, -0.006, 0.006, 0.018)]
    return [*[_part(m, BONE, roughness=0.6, bone=b) for b, m in out.items()],
            _part([*holes, *gaps], DARK, roughness=0.8, bone="head"), _part(teeth, BONE, roughness=0.5, bone="jaw")]


# -- the zombie ----------------------------------------------------------------------------------------------
def sunken_eyes(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    rings = [s.ellipsoid((0.03 * hs, 0.02 * hs, 0.008 * hs), (sx * 0.038 * hs, cy + 0.005 * hs,
                                                              f.face_z(sx * 0.038 * hs, cy + 0.005 * hs) - 0.003), 1)
             for sx in (1.0, -1.0)]
    return [_part(rings, (0.25, 0.18, 0.2), roughness=0.9, bone="head")]


def rags(f: Frame) -> list:
    """Torn strips hanging from the shirt's hem and the trouser legs."""
    s = _s()
    out: dict[str, list] = {}
    hem = f.j("spine")[1] - 0.07 * f.t
    for i, a in enumerate(np.linspace(0.0, 2 * np.pi, 9)[:-1]):
        x, z = np.cos(a) * f.hip_r * 1.1, np.sin(a) * f.hip_r * f.depth * 1.1
        out.setdefault("root", []).append(s.box((0.04 * f.t, (0.06 + 0.03 * (i % 3)) * f.t, 0.012 * f.t),
                                                (float(x), hem - 0.02 * f.t, float(z))))
    for side in "lr":
        p = np.array(f.j(f"foot_{side}"))
        for dx in (-0.04, 0.0, 0.04):
            out.setdefault(f"lower_leg_{side}", []).append(
                s.box((0.03 * f.t, 0.07 * f.t, 0.012 * f.t), (p[0] + dx * f.t, p[1] + 0.12 * f.t, p[2] + 0.06 * f.t)))
    return [_part(m, (0.3, 0.27, 0.22), roughness=0.95, bone=b) for b, m in out.items()]


# -- the cast ------------------------------------------------------------------------------------------------
_santa = Outfit(legs_colour=SANTA_RED, shoes=DARK, gloves=DARK, bulk=1.15,
                extras=(santa_hat, k.coat_skirt(None, "knee"), coat_trim, k.belt(DARK, k.GOLD),
                        big_beard(TRIM)))
_alien = Outfit(top=None, legs_colour=SILVER, shoes=(0.4, 0.42, 0.46), gloves=ALIEN_GREEN,
                extras=(alien_eyes, antennae, k.belt((0.3, 0.32, 0.36), (0.2, 0.9, 0.95))))
_mummy = Outfit(legs_colour=BANDAGE, shoes=BANDAGE, gloves=BANDAGE, extras=(wrappings,))
_skeleton = Outfit(legs_colour=DARK, shoes=DARK, gloves=BONE, extras=(bones,))
_zombie = Outfit(top=None, sleeves="short", legs_colour=(0.28, 0.26, 0.3), shoes=(0.2, 0.16, 0.12),
                 extras=(sunken_eyes, rags))

CREATURE_ROLES: list[Role] = [
    Role("santa", "santa santa_claus father_christmas st_nick", "weihnachtsmann weihnachtsmänner nikolaus", "m",
         _he(hair="short", hair_colour="white", beard="short", build="broad", skin="light"), _santa, SANTA_RED),
    Role("alien", "alien aliens extraterrestrial extraterrestrials martian martians",
         "außerirdischer außerirdische außerirdischen außerirdischen alien aliens marsmensch marsmenschen", "m",
         _he(height=1.45, hair="none", build="slim"), _alien, SILVER),
    Role("mummy", "egyptian_mummy mummies", "mumie mumien", "f", _he(hair="none", build="slim", gender=""), _mummy,
         BANDAGE),
    Role("skeleton", "skeleton skeletons", "skelett skelette", "n", _he(hair="none", build="slim"), _skeleton, DARK),
    Role("zombie", "zombie zombies ghoul ghouls", "zombie zombies", "m", _he(hair="short", hair_colour="black",
                                                                            build="slim"), _zombie,
         (0.42, 0.45, 0.38)),
    Role("female_zombie", "female_zombie", "zombiefrau", "f", _she(hair="long", hair_colour="black"), _zombie,
         (0.42, 0.45, 0.38)),
]
COUNTERPARTS.update({"zombie": "female_zombie", "female_zombie": "zombie"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'santa': ((-0.2923, 0.0000, -0.2439), (0.2923, 1.9575, 0.2439)),
    'alien': ((-0.1792, 0.0000, -0.1071), (0.1792, 1.5982, 0.1460)),
    'mummy': ((-0.2299, 0.0000, -0.1095), (0.2299, 1.7665, 0.1466)),
    'skeleton': ((-0.2290, 0.0000, -0.1079), (0.2290, 1.7665, 0.1466)),
    'zombie': ((-0.2345, 0.0000, -0.1387), (0.2345, 1.7897, 0.1466)),
    'female_zombie': ((-0.2164, 0.0000, -0.1387), (0.2164, 1.6697, 0.1467)),
})
ROLES.extend(CREATURE_ROLES)
_LIPS = {"mummy": BANDAGE_SHADE, "skeleton": BONE, "zombie": (0.4, 0.35, 0.38), "female_zombie": (0.4, 0.35, 0.38)}
_PAINTED = {"alien": ALIEN_GREEN, "mummy": BANDAGE, "skeleton": BONE, "zombie": ZOMBIE_SKIN,
            "female_zombie": ZOMBIE_SKIN}
for _r in CREATURE_ROLES:
    register(declare_painted(_r, face=_PAINTED[_r.type], lips=_LIPS.get(_r.type)) if _r.type in _PAINTED
             else _declare(_r))
