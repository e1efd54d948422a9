"""More costume kits for roles ideas name: the thief (dark clothes, a beanie, an eye mask and a loot sack), the
beekeeper (a white suit and a hat with a veil) and the waiter (a white shirt, a black waistcoat and trousers, a
bow tie), each with a woman's kit of the pair. Built like the cast of
``people`` (bodies from ``people_body``, pieces from ``people_kits``) and registered the same way."""

from __future__ import annotations

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_props import in_hand

__all__ = ["MORE_ROLES"]

NIGHT = (0.09, 0.09, 0.11)
SUIT = (0.93, 0.92, 0.86)
SHIRT = (0.95, 0.95, 0.94)


def eye_mask(f: Frame) -> list:
    """A robber's black band across the eyes, tied round the head."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    ey = cy + 0.006 * hs
    band = s.scaled(s.cylinder(1.0, 0.034 * hs, (0.0, 0.0, 0.0), sections=24),
                    (f.hr[0] * 1.04, 1.0, f.hr[2] * 1.04))
    band = s.translated(band, (cx, ey - 0.017 * hs, cz))
    return [_part(band, k.BLACK, roughness=0.7, bone="head")]


def beanie(f: Frame) -> list:
    """A dark knitted cap pulled low: a helmet's shell in wool (matte, not metal)."""
    return [_part(k._cap_shell(f, 0.022 * f.hs, -0.02 * f.hs), (0.16, 0.16, 0.2), roughness=0.95, metallic=0.0,
                  bone="head")]


def _sack(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    body = s.ellipsoid((0.13, 0.16, 0.11), (x, y - 0.2, z - 0.02), subdivisions=2)
    neck = s.cylinder(0.03, 0.07, (x, y - 0.07, z - 0.02), sections=8)
    return [_part([body, neck], (0.6, 0.5, 0.34), roughness=0.95, bone=f"hand_{side}")]


def veil_hat(f: Frame) -> list:
    """A beekeeper's hat: a round brim with a pale mesh veil hanging to the shoulders."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    top = cy + f.hr[1]
    parts = k.brimmed_hat(SUIT, 1.7, 0.08)(f)
    veil = s.lathe([(f.hr[0] * 1.45, cy - f.hr[1] * 1.1), (f.hr[0] * 1.75, top - 0.03 * hs)], 20,
                   (cx, 0.0, cz - 0.01 * hs))
    return [*parts, _part(veil, (0.8, 0.8, 0.76), roughness=0.9, opacity=0.4, bone="head")]


def bow_tie(f: Frame) -> list:
    """A black bow at the collar: two flat wings either side of a small knot."""
    s = _s()
    y = f.j("neck")[1] - 0.035 * f.t
    z = k._front_z(f, y) + 0.012 + f.lean(y)
    wings = [s.ellipsoid((0.032 * f.t, 0.018 * f.t, 0.01), (x * f.t, y, z), subdivisions=1) for x in (0.03, -0.03)]
    knot = s.sphere(0.012 * f.t, (0.0, y, z + 0.004), subdivisions=1)
    return [_part([*wings, knot], k.BLACK, roughness=0.5, bone="spine")]


_thief = Outfit(legs_colour=NIGHT, shoes=k.BLACK, gloves=k.BLACK,
                extras=(beanie, eye_mask, in_hand("l", _sack)))
_waiter = Outfit(top=None, legs_colour=k.BLACK, shoes=k.BLACK, extras=(k.vest(k.BLACK), bow_tie))
_waitress = Outfit(top=None, legs="skirt", legs_colour=k.BLACK, shoes=k.BLACK, extras=(k.vest(k.BLACK), bow_tie))
_bees = Outfit(legs_colour=SUIT, shoes=(0.3, 0.3, 0.3), gloves=(0.85, 0.8, 0.6), extras=(veil_hat,))

MORE_ROLES: list[Role] = [
    Role("thief", "thief thieves burglar burglars robber robbers", "dieb diebe einbrecher räuber", "m",
         _he(build="slim", hair_colour="black"), _thief, NIGHT),
    Role("female_thief", "female_thief", "diebin diebinnen einbrecherin räuberin", "f",
         _she(hair="ponytail", hair_colour="black"), _thief, NIGHT),
    Role("beekeeper", "beekeeper beekeepers", "imker", "m", _he(hair_colour="brown"), _bees, SUIT),
    Role("female_beekeeper", "female_beekeeper", "imkerin imkerinnen", "f", _she(hair="bun"), _bees, SUIT),
    Role("waiter", "waiter waiters butler butlers server servers steward", "kellner ober butler diener", "m",
         _he(hair_colour="black", build="slim"), _waiter, SHIRT),
    Role("waitress", "waitress waitresses", "kellnerin kellnerinnen bedienung", "f",
         _she(hair="long", hair_colour="blonde"), _waitress, SHIRT),
]
COUNTERPARTS.update({"thief": "female_thief", "female_thief": "thief", "beekeeper": "female_beekeeper",
                     "female_beekeeper": "beekeeper", "waiter": "waitress", "waitress": "waiter"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'thief': ((-0.2290, 0.0000, -0.1387), (0.3132, 1.7913, 0.1490)),
    'female_thief': ((-0.2109, 0.0000, -0.1747), (0.2951, 1.6713, 0.1490)),
    'beekeeper': ((-0.2489, 0.0000, -0.1966), (0.2489, 1.8116, 0.1966)),
    'female_beekeeper': ((-0.2109, 0.0000, -0.1966), (0.2109, 1.6916, 0.1966)),
    'waiter': ((-0.2290, 0.0000, -0.1387), (0.2290, 1.7897, 0.1466)),
    'waitress': ((-0.2129, 0.0000, -0.1703), (0.2129, 1.6697, 0.1703)),
})
ROLES.extend(MORE_ROLES)
for _r in MORE_ROLES:
    register(_declare(_r))
