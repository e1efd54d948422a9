"""Costume kits for fairy-tale folk who are not quite people: the troll (big and broad, green skin, a big nose,
pointed ears and tusks, rags and a club). Built like the painted kits of ``people_fantasy`` (the skin
recoloured on the built body); after changing a kit, measure its bounds again:
``python tests/assets/costume_bounds.py``.
"""

from __future__ import annotations

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import ROLES, Role, _he
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


_troll = Outfit(sleeves="none", legs="bare", legs_colour=(0.42, 0.32, 0.2), shoes=TROLL_GREEN,
                extras=(k.coat_skirt(None, "thigh"), k.belt(k.LEATHER, k.LEATHER), troll_face, in_hand("r", club)))

FOLK_ROLES: list[Role] = [
    Role("troll", "troll trolls ogre ogres", "troll trolle oger", "m",
         _he(height=2.05, build="broad", hair="long", hair_colour="black", skin="tan"), _troll, (0.45, 0.35, 0.22)),
]
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'troll': ((-0.3378, 0.0000, -0.2554), (0.3342, 2.0597, 0.2702)),
})
ROLES.extend(FOLK_ROLES)
for _r in FOLK_ROLES:
    register(declare_painted(_r, face=TROLL_GREEN, lips=(0.3, 0.4, 0.22)))
