"""More folk ideas name: the troll (big and broad, green skin, a big nose, pointed ears and tusks, rags and a
club; built like the painted kits of ``people_fantasy``, the skin recoloured on the built body) and the gardener
(a straw hat, a green apron and gloves, a watering can) with her counterpart. After changing a kit, measure its
bounds again: ``python tests/assets/costume_bounds.py``.
"""

from __future__ import annotations

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_fantasy import club, declare_painted
from autark.assets.catalog.people_props import in_hand

__all__ = ["FOLK_ROLES"]

RGB = tuple[float, float, float]
TROLL_GREEN: RGB = (0.45, 0.58, 0.34)


def troll_face(f: Frame) -> list:
    """A big drooping nose, ears that stick out to a point, and two tusks over the upper lip."""
    s = _s()
    cx, cy, cz = f.hc
    rx = f.hr[0]
    hs = f.hs
    ny = cy - 0.03 * hs
    nose = s.ellipsoid((0.03 * hs, 0.045 * hs, 0.035 * hs), (0.0, ny, f.face_z(0.0, ny) + 0.015 * hs), subdivisions=1)
    ears = [s.rotated(s.cone(0.028 * hs, 0.08 * hs, (sx * rx * 0.9, cy, cz - 0.01 * hs), sections=8), -sx * 70.0,
                      (0, 0, 1), (sx * rx * 0.9, cy, cz - 0.01 * hs)) for sx in (1.0, -1.0)]
    my = cy - 0.06 * hs
    tusks = [s.cone(0.009 * hs, 0.035 * hs, (x * hs, my - 0.012 * hs, f.face_z(x * hs, my) + 0.004), sections=6)
             for x in (-0.02, 0.02)]
    return [_part([nose, *ears], TROLL_GREEN, roughness=0.8, bone="head"),
            _part(tusks, (0.95, 0.92, 0.8), roughness=0.4, bone="jaw")]


APRON_GREEN: RGB = (0.2, 0.45, 0.2)


def garden_apron(f: Frame) -> list:
    """A long green apron from the chest to below the knees, on a strap round the neck."""
    s = _s()
    top = f.j("upper_arm_l")[1] - 0.1 * f.t
    waist = f.j("spine")[1]
    hem = f.j("lower_leg_l")[1] - 0.06 * f.t
    zc = f.chest_r * f.depth + 0.006
    zh = f.hip_r * 0.9 + 0.02
    bib_ = s.box_between((-0.11 * f.t, waist, zc - 0.03), (0.11 * f.t, top, zc + f.lean(top)))
    skirt = s.prism([(-0.15 * f.t, hem), (0.15 * f.t, hem), (0.13 * f.t, waist), (-0.13 * f.t, waist)], zh - 0.012, zh)
    pocket = s.box((0.1 * f.t, 0.07 * f.t, 0.01), (0.0, waist - 0.12 * f.t, zh + 0.004))
    strap = s.scaled(s.torus(1.0, 0.008, (0, 0, 0), axis="x", sections=16, tube_sections=3), (1.0, 0.09 * f.t, 0.07 * f.t))
    strap = s.translated(strap, (0.0, top + 0.08 * f.t, f.lean(top) + 0.04 * f.t))
    return [_part([bib_, strap], APRON_GREEN, roughness=0.85, bone="spine"),
            _part([skirt, pocket], APRON_GREEN, roughness=0.85, bone="root")]


def watering_can(f: Frame, at: tuple[float, float, float]) -> list:
    """A green can with a long spout, carried by its handle."""
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    body = s.cylinder(0.08, 0.18, (x, y - 0.26, z + 0.02), sections=12)
    spout = s.cylinder_between((x, y - 0.2, z + 0.1), (x, y - 0.06, z + 0.3), 0.012, 6)
    rose = s.cone(0.03, 0.04, (x, y - 0.07, z + 0.29), sections=8, top_radius=0.012)
    handle = s.cylinder_between((x, y - 0.08, z - 0.04), (x, y + 0.01, z + 0.04), 0.01, 6)
    return [_part([body, spout, rose, handle], (0.35, 0.6, 0.4), roughness=0.4, metallic=0.5, bone=f"hand_{side}")]


_gardener = Outfit(legs_colour=(0.35, 0.27, 0.18), shoes=(0.2, 0.4, 0.2), gloves=(0.35, 0.6, 0.25),
                   extras=(k.brimmed_hat((0.9, 0.78, 0.45), 1.7), garden_apron, in_hand("r", watering_can)))
_troll = Outfit(sleeves="none", legs="bare", legs_colour=(0.42, 0.32, 0.2), shoes=TROLL_GREEN,
                extras=(k.coat_skirt(None, "thigh"), k.belt(k.LEATHER, k.LEATHER), troll_face, in_hand("r", club)))

FOLK_ROLES: list[Role] = [
    Role("troll", "troll trolls ogre ogres", "troll trolle oger", "m",
         _he(height=2.05, build="broad", hair="long", hair_colour="black", skin="tan"), _troll, (0.45, 0.35, 0.22)),
    Role("gardener", "gardener gardeners", "gärtner", "m", _he(hair="short", hair_colour="grey", beard="short"),
         _gardener, (0.85, 0.8, 0.62)),
    Role("female_gardener", "female_gardener", "gärtnerin gärtnerinnen", "f", _she(hair="long", hair_colour="brown"),
         _gardener, (0.9, 0.72, 0.72)),
]
COUNTERPARTS.update({"gardener": "female_gardener", "female_gardener": "gardener"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'troll': ((-0.3378, 0.0000, -0.2554), (0.3342, 2.0597, 0.2702)),
    'gardener': ((-0.2791, 0.0000, -0.1966), (0.2489, 1.8228, 0.3200)),
    'female_gardener': ((-0.2451, 0.0000, -0.1966), (0.2109, 1.7028, 0.3200)),
})
ROLES.extend(FOLK_ROLES)
for _r in FOLK_ROLES:
    register(declare_painted(_r, face=TROLL_GREEN, lips=(0.3, 0.4, 0.22)) if _r.type == "troll" else _declare(_r))
