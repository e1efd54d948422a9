"""Small wild animals of woods and rivers at their real size: the badger (low and broad, grey, a white-striped
black face), the raccoon (grey, a black mask over the eyes, a bushy ringed tail) and the otter (long and low,
brown with a pale throat, a thick tapering tail). They had been played by the fox (a badger, a raccoon, an otter
all a thin red fox shrunk to size); rigged and registered as the other quadrupeds (``animals``).
"""

from __future__ import annotations

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s
from autark.assets.catalog.animals import Quadruped, _add, build_quadruped, quadruped_joints, register_animal
from autark.assets.catalog.animals_extra import _head_parts

__all__ = ["SMALL_QUADRUPEDS"]

# -- badger: 0.3 m at the shoulder, 0.75 m long, a short tail; a white stripe from the nose over the head --------
BADGER = Quadruped(0.16, 0.16, 0.2, -0.2, 0.09, 0.03, (0.13, 0.1), 0.05, 15.0, 0.08, (0.06, 0.055, 0.07),
                   (0.08, 0.03, 0.028), head_pitch=12.0, ears="round", ear_size=0.4, tail=(0.12, 0.03, 30.0),
                   extras=("whiskers",), knee=0.5, snout_drop=0.25)


def build_badger() -> list:
    s = _s()
    q = BADGER
    stripe = s.ellipsoid((0.018, 0.012, 0.1), (0.0, q.head[1] * 0.85, q.head[2] * 0.9), 1)
    bands = [s.ellipsoid((0.014, 0.03, 0.085), (sx * 0.04, q.head[1] * 0.35, q.head[2] * 0.95), 1)
             for sx in (1.0, -1.0)]
    return [*build_quadruped(q), _part(_head_parts(q, [stripe]), WHITE, roughness=0.9, bone="head"),
            _part(_head_parts(q, bands), BLACK, roughness=0.9, bone="head")]


# -- raccoon: 0.3 m at the shoulder, 0.55 m long and a 0.3 m tail; a black mask, dark rings round the tail -------
RACCOON = Quadruped(0.19, 0.21, 0.17, -0.17, 0.07, 0.025, (0.09, 0.1), 0.06, 25.0, 0.06, (0.06, 0.055, 0.06),
                    (0.05, 0.025, 0.022), head_pitch=8.0, ears="point", ear_size=0.9, tail=(0.3, 0.05, 40.0),
                    tail_tip="bushy", extras=("whiskers",), accent=(0.2, 0.18, 0.17), knee=0.5)


def build_raccoon() -> list:
    s = _s()
    q = RACCOON
    mask = s.ellipsoid((q.head[0] * 1.05, 0.018, 0.03), (0.0, q.head[1] * 0.25, q.head[2] * 0.95), 1)
    joints = quadruped_joints(q)
    t0, t1 = joints["tail_1"][1], joints["tail_2"][1]
    rings = [s.sphere(0.052, _add(t0, tuple((b - a) * f for a, b in zip(t0, t1, strict=True))), 1)
             for f in (0.35, 0.75)]
    return [*build_quadruped(q), _part(_head_parts(q, [mask]), BLACK, roughness=0.9, bone="head"),
            _part(rings, (0.16, 0.14, 0.13), roughness=0.95, bone="tail_1")]


# -- otter: long and low, 0.3 m tall, 0.7 m long and a 0.4 m tail, a pale throat -----------------------------------
OTTER = Quadruped(0.12, 0.13, 0.24, -0.24, 0.07, 0.025, (0.08, 0.08), 0.1, 20.0, 0.06, (0.05, 0.045, 0.055),
                  (0.04, 0.03, 0.025), head_pitch=5.0, ears="round", ear_size=0.3, tail=(0.4, 0.04, 4.0),
                  extras=("belly", "whiskers"), accent=(0.78, 0.68, 0.52), knee=0.5)


def build_otter() -> list:
    return build_quadruped(OTTER)


SMALL_QUADRUPEDS = {
    "badger": (build_badger, BADGER, {"en": "badger badgers", "de": "dachs dachse dachses"}, "m", (0.5, 0.49, 0.47)),
    "raccoon": (build_raccoon, RACCOON, {"en": "raccoon raccoons racoon racoons",
                                         "de": "waschbär waschbären"}, "m", (0.52, 0.5, 0.47)),
    "otter": (build_otter, OTTER, {"en": "otter otters sea_otter river_otter", "de": "otter fischotter seeotter"},
              "m", (0.36, 0.24, 0.14)),
}
for _type, (_build, _q, _words, _gender, _colour) in SMALL_QUADRUPEDS.items():
    register_animal(_type, _build, quadruped_joints(_q), _words, _gender, _colour)
