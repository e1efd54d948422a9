"""The parametric body every person is built on: a ``Body`` (age, gender presentation, build, hair, skin) gives
a skeleton (the humanoid's bone names plus the brows) and the mesh of a clothed person wearing an ``Outfit``.

Everything is measured from two numbers: the height and the head's size. A child's head is a larger share of
its height and its legs a smaller one; an elder stoops (the upper body leans forward). Costume pieces
(``people_kits``) are placed on the ``Frame``, the landmarks of one body (joints, head centre and radii, the
torso's radii), so a crown sits on a child's head as well as on a king's.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from autark.assets.catalog._parts import _part, _s

__all__ = ["Body", "Outfit", "Frame", "frame_of", "joints_of", "build_person", "head_shape", "SKIN_TONES", "HAIR_COLOURS"]

RGB = tuple[float, float, float]

SKIN_TONES: dict[str, RGB] = {"light": (0.93, 0.74, 0.62), "fair": (0.87, 0.68, 0.55),
                              "tan": (0.72, 0.52, 0.38), "brown": (0.52, 0.34, 0.22), "dark": (0.34, 0.22, 0.15)}
HAIR_COLOURS: dict[str, RGB] = {"black": (0.05, 0.04, 0.04), "brown": (0.25, 0.15, 0.08),
                                "blonde": (0.85, 0.68, 0.35), "red": (0.6, 0.22, 0.08), "grey": (0.62, 0.62, 0.62),
                                "white": (0.92, 0.92, 0.9)}
EYE_WHITE = (0.96, 0.96, 0.94)
PUPIL = (0.06, 0.04, 0.03)
MOUTH = (0.3, 0.06, 0.06)


@dataclass(frozen=True)
class Body:
    """Who the person is, bodily. ``height`` in metres (shoes included, hair on top excluded)."""

    height: float = 1.75
    age: str = "adult"  # baby, child, adult, elder
    gender: str = "male"  # male, female or "" (a child's neutral look)
    build: str = "average"  # slim, average, broad
    skin: str = "fair"
    hair: str = "short"  # short, long, ponytail, bun, bob, bald, none (a helmet hides it)
    hair_colour: str = "brown"
    beard: str = ""  # "", short, long (a wizard's)
    stoop: float = 0.0  # metres the upper body leans forward (elders)


@dataclass(frozen=True)
class Outfit:
    """What the body wears. A colour ``None`` takes the object's colour ("a red knight"): the main garment."""

    top: RGB | None = None
    sleeves: str = "long"  # long, short, none
    sleeve_colour: RGB | None | str = "top"  # "top": as the top
    legs: str = "trousers"  # trousers, shorts, skirt, gown (to the floor), bare
    legs_colour: RGB | None = (0.16, 0.22, 0.38)
    shoes: RGB = (0.12, 0.09, 0.07)
    gloves: RGB | None = None  # None: bare hands
    bulk: float = 1.0  # >1: padded sleeves and legs (a space suit, a fire coat)
    extras: tuple[Callable[[Frame], list], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Frame:
    """The landmarks of one body in its bind pose, for the body builder and the costume pieces."""

    body: Body
    joints: dict[str, tuple[float, float, float]]
    hc: tuple[float, float, float]  # head centre
    hr: tuple[float, float, float]  # head radii
    t: float  # limb thickness scale (1 for an adult man)
    waist_r: float
    chest_r: float
    hip_r: float
    depth: float  # torso depth / width
    skin: RGB
    hair: RGB

    @property
    def hs(self) -> float:
        """Head scale (1 for an adult's head)."""
        return self.hr[1] / 0.11

    def j(self, name: str) -> tuple[float, float, float]:
        return self.joints[name]

    def face_z(self, x: float, y: float) -> float:
        """Z of the head's front surface at (x, y)."""
        cx, cy, cz = self.hc
        rx, ry, rz = self.hr
        q = 1.0 - ((x - cx) / rx) ** 2 - ((y - cy) / ry) ** 2
        return cz + rz * math.sqrt(max(q, 0.0))

    def lean(self, y: float) -> float:
        """How far forward (z) the stoop carries a point at height y."""
        spine, shoulder = self.joints["spine"][1], self.joints["upper_arm_l"][1]
        if self.body.stoop == 0.0 or y <= spine:
            return 0.0
        return self.body.stoop * min(1.0, (y - spine) / (shoulder - spine)) ** 1.5


_LEG_SHARE = {"baby": 0.5, "child": 0.56, "adult": 0.603, "elder": 0.6}
_HEAD_R = {"baby": 0.1, "child": 0.115, "adult": 0.124, "elder": 0.122}


def joints_of(b: Body) -> dict[str, tuple[str | None, tuple[float, float, float]]]:
    """The skeleton of ``b``: the humanoid's bones (same names, parents, order) plus ``brow_l``/``brow_r``."""
    f = frame_of(b)
    parents = {"root": None, "spine": "root", "neck": "spine", "head": "neck", "jaw": "head", "brow_l": "head",
               "brow_r": "head", "upper_arm_l": "spine", "lower_arm_l": "upper_arm_l", "hand_l": "lower_arm_l",
               "upper_arm_r": "spine", "lower_arm_r": "upper_arm_r", "hand_r": "lower_arm_r",
               "upper_leg_l": "root", "lower_leg_l": "upper_leg_l", "foot_l": "lower_leg_l",
               "upper_leg_r": "root", "lower_leg_r": "upper_leg_r", "foot_r": "lower_leg_r"}
    return {name: (parent, f.joints[name]) for name, parent in parents.items()}


def frame_of(b: Body) -> Frame:
    rh = _HEAD_R[b.age]
    hs = rh / 0.11
    head_y = b.height - 0.012 * hs - rh
    chin = head_y - rh
    k = chin / 1.525  # 1 for an adult man
    hip = chin * _LEG_SHARE[b.age]
    ankle = 0.052 * chin
    wide = {"slim": 0.92, "average": 1.0, "broad": 1.14}[b.build]
    female = b.gender == "female"
    sx = (0.18 if female else 0.2) * k * wide * (1.12 if b.age == "baby" else 1.0)
    hx = (0.095 if female else 0.09) * k * (1.1 if b.age == "baby" else 1.0)
    shoulder = chin - 0.069 * chin
    arm = 0.354 * chin
    stoop_z = b.stoop
    j: dict[str, tuple[float, float, float]] = {
        "root": (0.0, hip + 0.0197 * chin, 0.0),
        "spine": (0.0, hip + 0.085 * chin, 0.0),
        "neck": (0.0, chin - 0.036 * chin, 0.0),
        "head": (0.0, chin + 0.32 * rh, 0.0),
        "jaw": (0.0, head_y - 0.035 * hs, 0.02 * hs),
        "brow_l": (0.037 * hs, head_y + 0.03 * hs, 0.01 * hs),
        "brow_r": (-0.037 * hs, head_y + 0.03 * hs, 0.01 * hs),
    }
    for side, s in (("l", 1.0), ("r", -1.0)):
        j[f"upper_arm_{side}"] = (s * sx, shoulder, 0.0)
        j[f"lower_arm_{side}"] = (s * sx, shoulder - 0.52 * arm, 0.0)
        j[f"hand_{side}"] = (s * sx, shoulder - arm, 0.0)
        j[f"upper_leg_{side}"] = (s * hx, hip, 0.0)
        j[f"lower_leg_{side}"] = (s * hx, ankle + 0.5 * (hip - ankle), 0.0)
        j[f"foot_{side}"] = (s * hx, ankle, 0.0)
    t = k * wide * (1.15 if b.age == "baby" else 1.0)
    proto = Frame(b, j, (0.0, head_y, 0.01 * hs), (0.095 * hs, rh, 0.105 * hs), t,
                  waist_r=(0.122 if female else 0.15) * k * wide, chest_r=(0.165 if female else 0.18) * k * wide,
                  hip_r=(0.172 if female else 0.155) * k * wide, depth=0.6 if female else 0.62,
                  skin=SKIN_TONES[b.skin], hair=HAIR_COLOURS[b.hair_colour])
    if stoop_z == 0.0:
        return proto
    # the stoop: everything above the waist leans forward, the head most (pivots and parts alike)
    leaned = {}
    for name, p in j.items():
        top = name in ("neck", "head", "jaw", "brow_l", "brow_r")
        dz = proto.lean(p[1]) + (0.35 * stoop_z if top and name != "neck" else 0.0)
        leaned[name] = (p[0], p[1] - (0.3 * stoop_z if top else 0.0), p[2] + dz) if name not in (
            "root", "spine") and not name.startswith(("upper_leg", "lower_leg", "foot")) else p
    dz_head = leaned["head"][2] - j["head"][2]
    hc = (0.0, head_y - 0.3 * stoop_z, 0.01 * hs + dz_head)
    return Frame(b, leaned, hc, proto.hr, t, proto.waist_r, proto.chest_r, proto.hip_r, proto.depth, proto.skin,
                 proto.hair)


# -- the mesh ------------------------------------------------------------------------------------------------
def head_shape(radii: tuple[float, float, float], centre: tuple[float, float, float], sections: int = 20,
               rings: int = 12):
    """An ellipsoid as a lathe: its outline seen from the front or the side is the smooth profile (a head reads
    by its outline), for a third of the triangles of an equally smooth icosphere."""
    s = _s()
    prof = [(math.cos(a), math.sin(a)) for a in (math.pi * (k / rings - 0.5) for k in range(rings + 1))]
    prof[0], prof[-1] = (0.0, -1.0), (0.0, 1.0)
    unit = s.lathe(prof, sections)
    return s.translated(s.scaled(unit, radii), centre)


def _sheared(mesh, f: Frame):
    """The torso under the stoop: each vertex moves forward as far as its height leans."""
    if f.body.stoop == 0.0:
        return mesh
    m = mesh.copy()
    m.vertices[:, 2] += [f.lean(float(y)) for y in m.vertices[:, 1]]
    return m


def _head(f: Frame) -> list:
    s = _s()
    cx, cy, cz = f.hc
    rx, ry, rz = f.hr
    hs = f.hs
    child = f.body.age in ("child", "baby")
    eye_k = 1.2 if child else 1.0
    ey = cy + 0.004 * hs
    ex = 0.036 * hs
    whites, pupils = [], []
    for sx in (1.0, -1.0):
        z = f.face_z(sx * ex, ey)
        whites.append(s.ellipsoid((0.017 * hs * eye_k, 0.012 * hs * eye_k, 0.008 * hs), (sx * ex, ey, z - 0.003),
                                  subdivisions=1))
        pupils.append(s.sphere(0.0085 * hs * eye_k, (sx * ex, ey - 0.001, z + 0.0015), subdivisions=0))
    my = cy - 0.052 * hs
    mz = f.face_z(0.0, my)
    nose_k = 0.75 if child else 1.0
    skin = [head_shape(f.hr, f.hc),
            s.ellipsoid((0.014 * hs * nose_k, 0.022 * hs * nose_k, 0.018 * hs * nose_k),
                        (0.0, cy - 0.02 * hs, f.face_z(0.0, cy - 0.02 * hs) - 0.002), subdivisions=1)]
    skin += [s.ellipsoid((0.011 * hs, 0.024 * hs, 0.016 * hs), (sx * rx * 0.97, cy - 0.004 * hs, cz - 0.012 * hs),
                         subdivisions=0) for sx in (1.0, -1.0)]
    lip = tuple(c * 0.78 for c in f.skin)
    lip = (min(1.0, lip[0] * 1.12), lip[1] * 0.85, lip[2] * 0.85)
    parts = [
        _part(skin, f.skin, roughness=0.7, bone="head"),
        _part(whites, EYE_WHITE, roughness=0.3, bone="head"),
        _part(pupils, PUPIL, roughness=0.2, bone="head"),
        # the mouth: an opening the lower lip (on the jaw) uncovers when the jaw drops
        _part(s.ellipsoid((0.021 * hs, 0.013 * hs, 0.006 * hs), (0.0, my - 0.006 * hs, mz - 0.0015), 1), MOUTH,
              roughness=0.8, bone="head"),
        _part(s.ellipsoid((0.024 * hs, 0.0055 * hs, 0.008 * hs), (0.0, my + 0.004 * hs, mz + 0.0005),
                          subdivisions=1), lip, roughness=0.6, bone="head"),
        _part(s.ellipsoid((0.022 * hs, 0.006 * hs, 0.008 * hs), (0.0, my - 0.006 * hs, mz + 0.0005),
                          subdivisions=1), lip, roughness=0.6, bone="jaw"),
        _part(s.ellipsoid((0.045 * hs, 0.026 * hs, 0.05 * hs), (0.0, cy - 0.085 * hs, cz + 0.026 * hs), 1), f.skin,
              roughness=0.7, bone="jaw"),
    ]
    brow_colour = tuple(c * 0.55 for c in f.hair) if f.body.hair_colour not in ("white", "grey") else (0.7, 0.7, 0.68)
    for side, sx in (("l", 1.0), ("r", -1.0)):
        by = cy + 0.03 * hs
        z = f.face_z(sx * ex, by)
        brow = s.box((0.03 * hs, 0.0075 * hs * (1.3 if f.body.gender == "male" else 1.0), 0.01 * hs),
                     (sx * ex, by, z + 0.001))
        parts.append(_part(s.rotated(brow, -sx * 6.0, (0, 0, 1), (sx * ex, by, z)), brow_colour, roughness=0.9,
                           bone=f"brow_{side}"))
    parts += _hair(f)
    return parts


def _hair(f: Frame) -> list:
    s = _s()
    b = f.body
    cx, cy, cz = f.hc
    rx, ry, rz = f.hr
    hs = f.hs
    col = f.hair
    # the hairline sits above the brows (they must show: they carry the expressions)
    cap = s.ellipsoid((rx + 0.007 * hs, ry * 0.66, rz + 0.008 * hs), (0.0, cy + 0.058 * hs, cz - 0.02 * hs))
    head, jaw = [], []
    chin = cy - ry
    if b.hair in ("short", "long", "ponytail", "bun", "bob"):
        head.append(cap)
    if b.hair == "short" and b.age != "baby":
        head.append(s.ellipsoid((rx * 0.95, ry * 0.6, rz * 0.6), (0.0, cy + 0.0 * hs, cz - 0.05 * hs), 1))
    if b.hair in ("long", "bob"):
        bottom = chin - (0.16 if b.hair == "long" else 0.0) * hs
        top = cy + 0.04 * hs
        head.append(s.ellipsoid((rx * 1.06, (top - bottom) / 2, 0.055 * hs), (0.0, (top + bottom) / 2,
                                                                            cz - rz * 0.55), 1))
        for sx in (1.0, -1.0):
            sb = chin - (0.08 if b.hair == "long" else 0.0) * hs
            head.append(s.ellipsoid((0.028 * hs, (top - sb) / 2, 0.065 * hs),
                                    (sx * rx * 0.93, (top + sb) / 2, cz - 0.03 * hs), 1))
    if b.hair == "ponytail":
        head += [s.sphere(0.022 * hs, (0.0, cy + 0.03 * hs, cz - rz - 0.008 * hs), subdivisions=1),
                 s.ellipsoid((0.03 * hs, 0.09 * hs, 0.03 * hs), (0.0, cy - 0.06 * hs, cz - rz - 0.03 * hs), 1)]
    if b.hair == "bun":
        head.append(s.sphere(0.045 * hs, (0.0, cy + 0.06 * hs, cz - rz * 0.85), 1))
    if b.hair == "bald":  # a fringe round the back and the sides
        head.append(s.ellipsoid((rx * 1.04, 0.035 * hs, rz * 0.8), (0.0, cy + 0.005 * hs, cz - 0.04 * hs), 1))
    if b.beard:
        long = b.beard == "long"
        my = cy - 0.052 * hs
        head.append(s.ellipsoid((0.032 * hs, 0.009 * hs, 0.014 * hs), (0.0, my + 0.014 * hs,
                                                                       f.face_z(0.0, my + 0.014 * hs)), 1))
        length = 0.2 * hs if long else 0.05 * hs
        jaw.append(s.ellipsoid((0.075 * hs, length / 2 + 0.02 * hs, 0.06 * hs),
                               (0.0, chin + 0.02 * hs - length / 2 + 0.01 * hs, cz + 0.035 * hs), 1))
    out = []
    if head:
        out.append(_part(head, col, roughness=0.9, bone="head"))
    if jaw:
        out.append(_part(jaw, col, roughness=0.9, bone="jaw"))
    return out


def _colour(value: RGB | None | str, top: RGB | None) -> RGB | None:
    return top if value == "top" else value  # type: ignore[return-value]


def build_person(b: Body, o: Outfit) -> list:
    """The parts of a person: the body in its outfit, then the outfit's extra pieces (hats, tools, armour)."""
    s = _s()
    f = frame_of(b)
    j = f.joints
    t = f.t
    root, spine, neck = j["root"], j["spine"], j["neck"]
    hip_y = j["upper_leg_l"][1]
    sh_y = j["upper_arm_l"][1]
    d = f.depth
    sleeve = _colour(o.sleeve_colour, o.top)
    # torso: waist, chest, shoulders, the base of the neck (a woman's narrower waist and wider hips are in the
    # frame's radii: her outline reads at a distance, where a modelled bust only looked odd)
    chest_y = spine[1] + 0.72 * (sh_y - spine[1])
    sx = j["upper_arm_l"][0]
    prof = [(f.waist_r * 1.02, spine[1] - 0.06 * t), (f.waist_r, spine[1] + 0.05 * t), (f.chest_r, chest_y),
            (max(f.chest_r, sx * 0.95), sh_y + 0.005 * t), (sx * 0.7, sh_y + 0.045 * t), (0.07 * t, neck[1] + 0.02 * t)]
    torso = [_sheared(s.scaled(s.lathe(prof, 16), (1.0, 1.0, d)), f)]
    parts = [_part(torso, o.top, roughness=0.8, bone="spine")]
    # pelvis, or a skirt (knee length) / gown (to the floor) that hangs from the waist
    knee_y = j["lower_leg_l"][1]
    legs_col = o.legs_colour
    if o.legs in ("skirt", "gown"):
        hem = knee_y - 0.03 * t if o.legs == "skirt" else 0.012
        flare = f.hip_r * (1.35 if o.legs == "skirt" else 1.7)
        parts.append(_part(s.scaled(s.lathe([(flare, hem), (f.hip_r * 1.05, hip_y),
                                             (f.waist_r * 1.04, spine[1] + 0.02 * t)], 16), (1.0, 1.0, 0.8)),
                           legs_col, roughness=0.85, bone="root"))
    else:
        parts.append(_part(s.scaled(s.lathe([(f.hip_r * 0.72, hip_y - 0.06 * t), (f.hip_r * 0.97, hip_y),
                                             (f.hip_r, root[1]),
                                             (f.waist_r * 1.02, spine[1] + 0.02 * t)], 16), (1.0, 1.0, 0.68)),
                           legs_col, roughness=0.85, bone="root"))
    nk = f.lean(neck[1])
    parts.append(_part(s.cylinder(0.05 * t, j["head"][1] - neck[1] + 0.04 * t,
                                  (0, neck[1] - 0.03 * t, nk + (j["head"][2] - nk) * 0.5)), f.skin, roughness=0.7,
                       bone="neck"))
    parts += _head(f)
    bulk = o.bulk
    for side in ("l", "r"):
        sh, el, wr = j[f"upper_arm_{side}"], j[f"lower_arm_{side}"], j[f"hand_{side}"]
        hp, kn, an = j[f"upper_leg_{side}"], j[f"lower_leg_{side}"], j[f"foot_{side}"]
        ra, rf = 0.05 * t * bulk, 0.04 * t * bulk
        upper = [s.cylinder_between(sh, el, ra, 12), head_shape((ra, ra, ra), (sh[0], sh[1] - 0.015 * t, sh[2]), 12, 6)]
        if o.sleeves == "none":
            parts.append(_part(upper, f.skin, roughness=0.7, bone=f"upper_arm_{side}"))
        elif o.sleeves == "short":
            mid = tuple(a + (b_ - a) * 0.55 for a, b_ in zip(sh, el, strict=True))
            parts.append(_part([s.cylinder_between(sh, mid, ra * 1.12, 12), head_shape((ra * 1.12,) * 3, sh, 12, 6)],
                               sleeve, roughness=0.8, bone=f"upper_arm_{side}"))
            parts.append(_part(s.cylinder_between(mid, el, ra * 0.92, 10), f.skin, roughness=0.7,
                               bone=f"upper_arm_{side}"))
        else:
            parts.append(_part(upper, sleeve, roughness=0.8, bone=f"upper_arm_{side}"))
        long_sleeve = o.sleeves == "long"
        parts.append(_part(s.cylinder_between(el, (wr[0], wr[1] + 0.01 * t, wr[2]), rf if long_sleeve else 0.038 * t,
                                              10, radius1=(0.035 * t * bulk) if long_sleeve else 0.032 * t),
                           sleeve if long_sleeve else f.skin, roughness=0.75, bone=f"lower_arm_{side}"))
        hand_k = 1.25 if o.gloves is not None and bulk > 1.1 else 1.0
        parts.append(_part(head_shape((0.028 * t * hand_k, 0.08 * t, 0.045 * t * hand_k),
                                      (wr[0], wr[1] - 0.075 * t, wr[2]), 12, 6),
                           o.gloves if o.gloves is not None else f.skin, roughness=0.7, bone=f"hand_{side}"))
        rl = 0.075 * t * bulk
        if o.legs in ("trousers", "gown"):
            thigh_c, shin_c = legs_col, legs_col
        elif o.legs == "shorts":
            thigh_c, shin_c = legs_col, f.skin
        else:
            thigh_c, shin_c = f.skin, f.skin
        if o.legs == "skirt":
            thigh_c = shin_c = (0.22, 0.18, 0.16) if b.age in ("adult", "elder") else f.skin  # tights
        parts.append(_part(s.cylinder_between(hp, kn, rl, 12, radius1=0.055 * t * bulk), thigh_c, roughness=0.85,
                           bone=f"upper_leg_{side}"))
        parts.append(_part(s.cylinder_between(kn, (an[0], an[1] + 0.01, an[2]), 0.055 * t * bulk, 12,
                                              radius1=0.042 * t * bulk), shin_c, roughness=0.85,
                           bone=f"lower_leg_{side}"))
        fx = hp[0]
        fw, fl = 0.042 * t * max(1.0, bulk * 0.95), 0.16 * t
        parts.append(_part(s.box_between((fx - fw, 0.0, -0.055 * t), (fx + fw, an[1], fl)), o.shoes,
                           roughness=0.6, bone=f"foot_{side}"))
    for extra in o.extras:
        parts += extra(f)
    return parts
