"""Costume kits for common trades that had worn another trade's kit: the tailor (a white shirt, a dark
waistcoat, a yellow tape measure round the neck, a red pincushion on the wrist), the explorer (a khaki shirt and
shorts, a pith helmet, a backpack, binoculars on the chest) and the mail carrier (a blue uniform and cap, a
leather bag on the hip with letters in it), each with the woman's kit of the pair. A tailor in the waiter's
bow tie read as a waiter, an explorer in the cowboy's hat as a cowboy. Built like the cast of ``people`` and
registered the same way; after changing a kit, measure its bounds again (``tests/assets/costume_bounds.py``).
"""

from __future__ import annotations

from autark.assets.catalog import people_kits as k
from autark.assets.catalog._parts import _part, _s, register
from autark.assets.catalog.people import COUNTERPARTS, ROLES, Role, _declare, _he, _she
from autark.assets.catalog.people_body import Frame, Outfit
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.catalog.people_jobs import _torso_z

__all__ = ["TRADE_ROLES"]

RGB = tuple[float, float, float]
SHIRT: RGB = (0.95, 0.95, 0.94)
WAISTCOAT: RGB = (0.22, 0.2, 0.24)
TAPE: RGB = (0.98, 0.82, 0.15)
KHAKI: RGB = (0.72, 0.63, 0.43)
POST_BLUE: RGB = (0.16, 0.26, 0.52)


def tape_measure(f: Frame) -> list:
    """A yellow tape measure over the neck, its two ends hanging down the chest."""
    s = _s()
    top = f.j("neck")[1] - 0.01
    low = f.j("upper_arm_l")[1] - 0.3 * f.t
    out = []
    for sx in (1.0, -1.0):
        x = sx * 0.06 * f.t
        z_top, z_low = _torso_z(f, x, top - 0.04) + 0.03, _torso_z(f, x, low) + 0.035
        out.append(s.box_between((x - 0.014 * f.t, low, min(z_top, z_low) - 0.004),
                                 (x + 0.014 * f.t, top, max(z_top, z_low) + 0.004)))
    ring = s.scaled(s.torus(1.0, 0.008 * f.t, (0, 0, 0), axis="y", sections=16, tube_sections=4),
                    (0.075 * f.t, 1.0, 0.07 * f.t))
    out.append(s.translated(ring, (0.0, top, f.lean(top))))
    return [_part(out, TAPE, roughness=0.5, bone="spine")]


def pincushion(f: Frame) -> list:
    """A red pincushion strapped to the left wrist."""
    s = _s()
    w = f.j("hand_l")
    el = f.j("lower_arm_l")
    at = tuple(a + (b - a) * 0.85 for a, b in zip(el, w, strict=True))
    return [_part(s.sphere(0.03 * f.t, at, subdivisions=1), (0.8, 0.1, 0.12), roughness=0.9, bone="lower_arm_l")]


def pith_helmet(f: Frame) -> list:
    """An explorer's khaki sun helmet: a tall dome and a brim all round."""
    s = _s()
    cx, cy, cz = f.hc
    hs = f.hs
    dome = s.ellipsoid((f.hr[0] * 1.18, f.hr[1] * 0.75, f.hr[2] * 1.2), (cx, cy + f.hr[1] * 0.45, cz), 2)
    brim = s.scaled(s.cylinder(1.0, 0.008 * hs, (0, 0, 0), sections=24), (f.hr[0] * 1.7, 1.0, f.hr[2] * 1.7))
    brim = s.translated(brim, (cx, cy + f.hr[1] * 0.35, cz))
    band = s.scaled(s.cylinder(1.0, 0.02 * hs, (0, 0, 0), sections=24), (f.hr[0] * 1.2, 1.0, f.hr[2] * 1.22))
    band = s.translated(band, (cx, cy + f.hr[1] * 0.45, cz))
    return [_part([dome, brim], (0.85, 0.78, 0.6), roughness=0.8, bone="head"),
            _part(band, (0.35, 0.25, 0.15), roughness=0.8, bone="head")]


def binoculars(f: Frame) -> list:
    """Binoculars on a strap, hanging on the chest."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.2 * f.t
    z = _torso_z(f, 0.0, y) + 0.04
    tubes = [s.rotated(s.cylinder(0.022, 0.1, (x, y, z), 10), 90.0, (1, 0, 0), (x, y, z)) for x in (-0.03, 0.03)]
    strap = s.scaled(s.torus(1.0, 0.005, (0, 0, 0), axis="x", sections=16, tube_sections=3),
                     (1.0, 0.14 * f.t, 0.075 * f.t))
    strap = s.translated(strap, (0.0, y + 0.15 * f.t, f.lean(y) + 0.05 * f.t))
    return [_part([*tubes, strap], (0.1, 0.1, 0.11), roughness=0.4, bone="spine")]


def mail_bag(f: Frame) -> list:
    """A leather bag on the right hip, its strap across the chest, white letters standing out of it."""
    s = _s()
    hip = f.j("spine")[1] - 0.08 * f.t
    x = -(f.waist_r + 0.05 * f.t)
    bag = s.box((0.09 * f.t, 0.26 * f.t, 0.32 * f.t), (x, hip, 0.02))
    letters = [s.box((0.012, 0.1 * f.t, 0.14 * f.t), (x + dx, hip + 0.13 * f.t, 0.02 + dz))
               for dx, dz in ((0.012, -0.05), (-0.01, 0.04))]
    sh = f.j("upper_arm_l")
    top = (sh[0] * 0.8, sh[1] + 0.02, _torso_z(f, sh[0] * 0.8, sh[1]) + 0.01)
    low = (x, hip + 0.13 * f.t, _torso_z(f, x * 0.8, hip + 0.13 * f.t) + 0.01)
    strap = s.cylinder_between(top, low, 0.012 * f.t, 6)
    return [_part([bag, strap], (0.4, 0.24, 0.12), roughness=0.6, bone="spine"),
            _part(letters, SHIRT, roughness=0.9, bone="spine")]


def pocket_tools(f: Frame) -> list:
    """A hairdresser's breast pocket with a comb and the handles of a pair of scissors standing out of it."""
    s = _s()
    y = f.j("upper_arm_l")[1] - 0.14 * f.t
    x = 0.09 * f.t
    z = _torso_z(f, x, y) + 0.006
    pocket = s.box((0.09 * f.t, 0.08 * f.t, 0.012), (x, y, z))
    comb = s.box((0.012, 0.11 * f.t, 0.006), (x - 0.022 * f.t, y + 0.04 * f.t, z + 0.004))
    rings = [s.scaled(s.torus(1.0, 0.0035, (0, 0, 0), axis="z", sections=10, tube_sections=3),
                      (0.017, 0.017, 1.0)) for _ in range(2)]
    rings = [s.translated(r, (x + dx * f.t, y + 0.075 * f.t, z + 0.005)) for r, dx in zip(rings, (0.01, 0.032),
                                                                                         strict=True)]
    return [_part(pocket, (0.88, 0.88, 0.9), roughness=0.8, bone="spine"),
            _part(comb, k.BLACK, roughness=0.5, bone="spine"),
            _part(rings, (0.82, 0.83, 0.86), roughness=0.3, metallic=0.8, bone="spine")]


_tailor = Outfit(top=None, legs_colour=(0.2, 0.2, 0.22), shoes=k.BLACK,
                 extras=(k.vest(WAISTCOAT), tape_measure, pincushion))
_explorer = Outfit(top=None, sleeves="short", legs="shorts", legs_colour=KHAKI, shoes=k.LEATHER,
                   extras=(pith_helmet, k.backpack((0.35, 0.4, 0.22)), binoculars, k.belt(k.LEATHER)))
_mail_carrier = Outfit(top=None, legs_colour=(0.12, 0.16, 0.3), shoes=k.BLACK,
                       extras=(k.peaked_cap(POST_BLUE, (0.95, 0.8, 0.15)), mail_bag))
_hairdresser = Outfit(top=None, sleeves="short", legs_colour=(0.1, 0.1, 0.12), shoes=k.BLACK,
                      extras=(pocket_tools, k.collar_v(k.WHITE, depth=0.1)))
_ringmaster = Outfit(top=None, legs_colour=(0.93, 0.92, 0.88), shoes=k.BLACK,
                     extras=(k.brimmed_hat(k.BLACK, brim=1.3, height=0.24), k.coat_skirt(None, to="knee"),
                             k.buttons(k.GOLD), k.collar_v(k.WHITE), k.belt(k.BLACK, k.GOLD)))

TRADE_ROLES: list[Role] = [
    Role("tailor", "tailor tailors dressmaker seamster", "schneider schneidermeister", "m",
         _he(hair_colour="grey", build="slim"), _tailor, SHIRT),
    Role("female_tailor", "female_tailor seamstress seamstresses", "schneiderin schneiderinnen näherin", "f",
         _she(hair="bun", hair_colour="brown"), _tailor, SHIRT),
    Role("explorer", "expedition_leader", "forschungsreisender expeditionsleiter", "m",
         _he(hair_colour="brown", beard="short", skin="tan"), _explorer, KHAKI),
    Role("female_explorer", "female_explorer", "forschungsreisende expeditionsleiterin", "f",
         _she(hair="ponytail", hair_colour="red", skin="tan"), _explorer, KHAKI),
    Role("mail_carrier", "mail_carrier mail_carriers postman postmen mailman mailmen", "briefträger postbote postboten",
         "m", _he(hair_colour="black"), _mail_carrier, POST_BLUE),
    Role("female_mail_carrier", "female_mail_carrier postwoman", "briefträgerin postbotin", "f",
         _she(hair="ponytail", hair_colour="blonde"), _mail_carrier, POST_BLUE),
    Role("hairdresser", "hairdresser hairdressers barber barbers hair_stylist", "friseur frisör barbier", "m",
         _he(hair="short", hair_colour="black", beard="short"), _hairdresser, (0.32, 0.33, 0.38)),
    Role("female_hairdresser", "female_hairdresser", "friseurin friseurinnen friseuse frisörin", "f",
         _she(hair="bob", hair_colour="red"), _hairdresser, (0.32, 0.33, 0.38)),
    Role("ringmaster", "ringmaster ringmasters circus_director", "zirkusdirektor", "m",
         _he(hair_colour="black", beard="short"), _ringmaster, (0.72, 0.05, 0.08)),
    Role("female_ringmaster", "female_ringmaster", "zirkusdirektorin", "f", _she(hair="bun", hair_colour="black"),
         _ringmaster, (0.72, 0.05, 0.08)),
]
COUNTERPARTS.update({"tailor": "female_tailor", "female_tailor": "tailor", "explorer": "female_explorer",
                     "female_explorer": "explorer", "mail_carrier": "female_mail_carrier",
                     "female_mail_carrier": "mail_carrier", "hairdresser": "female_hairdresser",
                     "female_hairdresser": "hairdresser", "ringmaster": "female_ringmaster",
                     "female_ringmaster": "ringmaster"})
BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)
    'tailor': ((-0.2290, 0.0000, -0.1387), (0.2290, 1.7897, 0.1466)),
    'female_tailor': ((-0.2109, 0.0000, -0.1401), (0.2109, 1.6697, 0.1467)),
    'explorer': ((-0.2549, 0.0000, -0.2504), (0.2549, 1.7913, 0.2411)),
    'female_explorer': ((-0.2164, 0.0000, -0.2175), (0.2164, 1.6713, 0.2180)),
    'mail_carrier': ((-0.2489, 0.0000, -0.1419), (0.2489, 1.7947, 0.1795)),
    'female_mail_carrier': ((-0.2109, 0.0000, -0.1747), (0.2109, 1.6747, 0.1795)),
    'hairdresser': ((-0.2549, 0.0000, -0.1387), (0.2549, 1.7897, 0.1593)),
    'female_hairdresser': ((-0.2164, 0.0000, -0.1387), (0.2164, 1.6697, 0.1467)),
    'ringmaster': ((-0.2489, 0.0000, -0.1902), (0.2489, 1.9919, 0.1902)),
    'female_ringmaster': ((-0.2287, 0.0000, -0.1944), (0.2287, 1.8719, 0.1944)),
})
ROLES.extend(TRADE_ROLES)
for _r in TRADE_ROLES:
    register(_declare(_r))
