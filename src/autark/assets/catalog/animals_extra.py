"""Animals film ideas name that had only a stand-in body (a goat played by the sheep, a zebra by the horse, a
camel by the horse, a panda by the bear): each is a measured ``Quadruped`` (``animals``) with the few parts of
its own that make it read in a still frame (a goat's beard and swept-back horns, a donkey's long ears and pale
muzzle, a zebra's stripes on the legs and neck too, a camel's hump, a panda's black legs and eye patches, a
hedgehog's spines, a crocodile's long jaws and back scutes, a beaver's flat tail and front teeth, a squirrel's
tail curled over its back). Same skeleton as every quadruped, so the one gait (``autark.motion.creatures``)
moves them all; real sizes; bounds measured in ``animal_bounds``.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import replace

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s
from autark.assets.catalog.animals import (
    HORSE,
    P3,
    Quadruped,
    _add,
    build_quadruped,
    quadruped_joints,
    register_animal,
)

__all__ = ["EXTRA_QUADRUPEDS"]

PALE_MUZZLE = (0.86, 0.84, 0.8)
GOAT_HORN = (0.42, 0.36, 0.28)


def _head_parts(q: Quadruped, meshes_local: list) -> list:
    """Meshes given in the head's frame (origin at the head joint, nose along +Z) moved into asset space."""
    s = _s()
    from autark.assets.catalog.animals import _head_joint

    return [s.translated(s.rotated(m, q.head_pitch, (1, 0, 0)), _head_joint(q)) for m in meshes_local]


def _recolour(parts: list, bones: tuple[str, ...], colour: P3) -> list:
    """The parts in the body's own colour on ``bones`` (a prefix each) painted ``colour`` (a panda's legs)."""
    return [dataclasses.replace(p, color=colour) if p.color is None and p.bone and p.bone.startswith(bones) else p
            for p in parts]


def _stripes(q: Quadruped, colour: P3) -> list:
    """Dark bands round the trunk and the shins (a zebra's), each on its bone so they move with it; lighter than
    the tiger's pattern (``animals``), so the striped body stays within the faces an instanced body may have."""
    s = _s()
    joints = quadruped_joints(q)
    c = joints["root"][1]
    rx, ry = q.trunk
    half = (q.z_front - q.z_back) / 2 + ry * 0.35
    trunk = []
    for k in range(8):
        z = c[2] + (k / 7 * 1.6 - 0.8) * half
        w = math.sqrt(max(1.0 - ((z - c[2]) / half) ** 2, 0.05))
        minor = 0.035 / max(rx, ry) / w
        ring = s.torus(1.0, minor, (0.0, 0.0, 0.0), axis="z", sections=12, tube_sections=3)
        trunk.append(s.translated(s.scaled(ring, (rx * w * 1.02, ry * w * 1.02, 0.035 / minor)), (0.0, c[1], z)))
    out = [_part(trunk, colour, roughness=0.9, bone="root")]
    for end in ("f", "b"):
        for side in ("l", "r"):
            knee = joints[f"shin_{end}{side}"][1]
            rings = [s.torus(q.leg_r * 0.72, q.leg_r * 0.18, (knee[0], knee[1] * t, knee[2]), axis="y", sections=8,
                             tube_sections=3) for t in (0.35, 0.75)]
            out.append(_part(rings, colour, roughness=0.9, bone=f"shin_{end}{side}"))
    return out


# -- goat: a lean, short-haired sheep's frame, swept-back horns, a beard, a tail held up -----------------------
GOAT = Quadruped(0.7, 0.7, 0.4, -0.38, 0.12, 0.04, (0.18, 0.22), 0.22, 45.0, 0.08, (0.07, 0.085, 0.1),
                 (0.15, 0.055, 0.06), head_pitch=40.0, foot="hoof", ears="side", ear_size=1.2,
                 tail=(0.12, 0.03, -40.0), accent=(0.3, 0.25, 0.2), nose=(0.25, 0.22, 0.2), knee=0.45)


def build_goat() -> list:
    s = _s()
    q = GOAT
    hx, hy, hz = q.head
    horns = []
    for sx in (1.0, -1.0):
        base = (sx * hx * 0.45, hy * 0.8, hz * 0.7)
        mid = _add(base, (sx * hx * 0.3, hy * 2.0, -hz * 0.6))
        tip = _add(mid, (sx * hx * 0.3, hy * 0.1, -hz * 1.8))
        horns += [s.cylinder_between(base, mid, hx * 0.13, 8, radius1=hx * 0.26), s.sphere(hx * 0.13, mid, 1),
                  s.cylinder_between(mid, tip, hx * 0.03, 8, radius1=hx * 0.13)]
    chin = _add((0.0, -hy * 0.3 - q.snout[2] * 1.2, hz * 1.5), (0.0, 0.0, 0.0))
    beard = s.cone(q.snout[1] * 0.6, hy * 1.6, (0.0, 0.0, 0.0), 8)
    beard = s.translated(s.rotated(beard, 180.0, (1, 0, 0)), _add(chin, (0.0, 0.02, 0.0)))
    return [*build_quadruped(q), _part(_head_parts(q, horns), GOAT_HORN, roughness=0.6, bone="head"),
            _part(_head_parts(q, [beard]), q.accent, roughness=0.95, bone="jaw")]


# -- donkey: a small grey horse with long ears, a pale muzzle and belly, a short upright mane -------------------
DONKEY = replace(HORSE, shoulder_y=1.0, hip_y=1.0, z_front=0.48, z_back=-0.48, leg_x=0.15, leg_r=0.065,
                 trunk=(0.24, 0.27), neck_len=0.5, neck_r=0.15, head=(0.1, 0.11, 0.14), snout=(0.34, 0.07, 0.08),
                 ears="long", ear_size=1.45, tail=(0.6, 0.035, 70.0), accent=(0.15, 0.13, 0.12))


def build_donkey() -> list:
    s = _s()
    q = DONKEY
    sc = (0.0, -q.head[1] * q.snout_drop, q.head[2] * 1.55 + q.snout[0] * 0.5)
    muzzle = s.ellipsoid((q.snout[1] * 1.08, q.snout[2] * 1.05, q.snout[0] * 0.3), _add(sc, (0.0, 0.0, q.snout[0] * 0.28)), 1)
    c = quadruped_joints(q)["root"][1]
    belly = s.ellipsoid((q.trunk[0] * 0.8, q.trunk[1] * 0.55, (q.z_front - q.z_back) * 0.45),
                        (0.0, c[1] - q.trunk[1] * 0.5, c[2]), 1)
    return [*build_quadruped(q), _part(_head_parts(q, [muzzle]), PALE_MUZZLE, roughness=0.9, bone="head"),
            _part(belly, PALE_MUZZLE, roughness=0.95, bone="root")]


# -- zebra: a horse's frame, white, black stripes on the trunk, the legs and the neck, a black upright mane ------
ZEBRA = replace(HORSE, shoulder_y=1.25, hip_y=1.25, extras=("mane",), accent=(0.05, 0.05, 0.05),
                ears="point", ear_size=0.9, tail=(0.6, 0.04, 65.0))


def build_zebra() -> list:
    s = _s()
    q = ZEBRA
    joints = quadruped_joints(q)
    nb, hj = joints["neck"][1], joints["head"][1]
    neck_rings = []
    for i in range(3):  # bands round the neck, upright, from its base to the head
        t = (i + 0.5) / 3.5
        p = (nb[0] + (hj[0] - nb[0]) * t, nb[1] + (hj[1] - nb[1]) * t, nb[2] + (hj[2] - nb[2]) * t)
        r = q.neck_r * (1.0 - 0.3 * t) * 1.02
        neck_rings.append(s.torus(r, 0.03, p, axis="y", sections=10, tube_sections=3))
    nose = s.ellipsoid((q.snout[1] * 1.1, q.snout[2] * 1.1, q.snout[0] * 0.22),
                       (0.0, -q.head[1] * q.snout_drop, q.head[2] * 1.55 + q.snout[0] * 0.85), 1)
    return [*build_quadruped(q), *_stripes(q, BLACK), _part(neck_rings, BLACK, roughness=0.9, bone="neck"),
            _part(_head_parts(q, [nose]), BLACK, roughness=0.8, bone="head")]


# -- camel: long legs, a long neck bowed forward and up, a hump on the back -------------------------------------
CAMEL = Quadruped(1.75, 1.7, 0.62, -0.6, 0.22, 0.075, (0.3, 0.34), 1.0, 35.0, 0.13, (0.1, 0.11, 0.15),
                  (0.3, 0.075, 0.085), head_pitch=5.0, foot="hoof", ears="round", ear_size=0.45,
                  tail=(0.5, 0.03, 75.0), tail_tip="tuft", accent=(0.45, 0.32, 0.18), knee=0.5, snout_drop=0.15)


def build_camel() -> list:
    s = _s()
    q = CAMEL
    c = quadruped_joints(q)["root"][1]
    hump = s.ellipsoid((q.trunk[0] * 0.8, q.trunk[1] * 1.05, 0.42), (0.0, c[1] + q.trunk[1] * 0.85, c[2] - 0.02), 2)
    return [*build_quadruped(q), _part(hump, bone="root")]


# -- panda: a bear, white, with black legs, shoulders, ears and eye patches -----------------------------------
PANDA = Quadruped(0.72, 0.72, 0.45, -0.45, 0.2, 0.11, (0.33, 0.36), 0.3, 30.0, 0.22, (0.2, 0.19, 0.18),
                  (0.1, 0.09, 0.08), head_pitch=10.0, ears="round", ear_size=0.5, tail=(0.1, 0.05, 60.0),
                  knee=0.5)


def build_panda() -> list:
    s = _s()
    q = PANDA
    hx, hy, hz = q.head
    patches = [s.rotated(s.ellipsoid((hx * 0.3, hy * 0.24, hz * 0.12), (sx * hx * 0.42, hy * 0.2, hz * 1.48), 1),
                         sx * 30.0, (0, 0, 1), (sx * hx * 0.42, hy * 0.2, hz * 1.48)) for sx in (1.0, -1.0)]
    eyes = [s.sphere(hx * 0.07, (sx * hx * 0.42, hy * 0.24, hz * 1.6), 1) for sx in (1.0, -1.0)]
    ears = [s.ellipsoid((hy * 0.25, hy * 0.25, hy * 0.12), (sx * hx * 0.7, hy * 0.88, hz * 0.4), 1)
            for sx in (1.0, -1.0)]
    c = quadruped_joints(q)["root"][1]
    band = s.ellipsoid((q.trunk[0] * 1.04, q.trunk[1] * 1.04, 0.2), (0.0, c[1], q.z_front - 0.02), 1)
    parts = _recolour(build_quadruped(q), ("leg_", "shin_"), BLACK)
    return [*parts, _part(_head_parts(q, [*patches, *ears]), BLACK, roughness=0.9, bone="head"),
            _part(_head_parts(q, eyes), WHITE, roughness=0.3, bone="head"),
            _part(band, BLACK, roughness=0.95, bone="root")]


# -- squirrel: small, a big bushy tail curled up over its back, tufted ears ------------------------------------
SQUIRREL = Quadruped(0.09, 0.1, 0.07, -0.07, 0.04, 0.014, (0.045, 0.05), 0.04, 60.0, 0.03, (0.032, 0.032, 0.036),
                     (0.025, 0.02, 0.018), head_pitch=5.0, ears="point", ear_size=1.1, tail=(0.24, 0.04, -80.0),
                     tail_tip="bushy", extras=("belly", "whiskers"), accent=(0.93, 0.86, 0.75), knee=0.5)


def build_squirrel() -> list:
    return build_quadruped(SQUIRREL)


# -- hedgehog: low and round, a coat of spines over the back, a pointed pale face ------------------------------
HEDGEHOG = Quadruped(0.06, 0.06, 0.07, -0.07, 0.055, 0.014, (0.08, 0.065), 0.01, 10.0, 0.04, (0.04, 0.035, 0.04),
                     (0.05, 0.022, 0.02), head_pitch=15.0, ears="round", ear_size=0.5, tail=(0.02, 0.008, 40.0),
                     accent=(0.86, 0.76, 0.62), knee=0.5)
SPINES = (0.28, 0.2, 0.14)


def build_hedgehog() -> list:
    s = _s()
    q = HEDGEHOG
    c = quadruped_joints(q)["root"][1]
    rx, ry = q.trunk
    half = (q.z_front - q.z_back) / 2 + ry * 0.5
    coat = s.ellipsoid((rx * 1.3, ry * 1.2, half * 1.05), (0.0, c[1] + ry * 0.2, c[2] - 0.01), 1)
    spines = []
    for k in range(48):  # spines over the upper half of the coat, the same spread every build
        u, a = (k * 0.618034) % 1.0, (k * 2.39996) % math.pi
        z = c[2] - 0.01 + (u * 1.8 - 0.9) * half
        w = math.sqrt(max(1.0 - ((z - c[2]) / (half * 1.05)) ** 2, 0.1))
        d = (math.cos(a), math.sin(a) + 0.15, -0.35)
        base = (d[0] * rx * 1.2 * w, c[1] + ry * 0.2 + d[1] * ry * 1.2 * w, z)
        spines.append(s.cylinder_between(base, _add(base, (d[0] * 0.035, d[1] * 0.035, d[2] * 0.035)), 0.0008, 4,
                                         radius1=0.005))
    return [*build_quadruped(q), _part([coat, *spines], SPINES, roughness=0.95, bone="root")]


# -- crocodile: long and low on short splayed legs, long flat jaws with teeth, scutes down the back and tail -----
CROCODILE = Quadruped(0.22, 0.24, 0.6, -0.55, 0.24, 0.055, (0.26, 0.13), 0.12, 5.0, 0.2, (0.16, 0.1, 0.14),
                      (0.5, 0.11, 0.06), head_pitch=3.0, ears="none", tail=(1.5, 0.12, 0.0), extras=("belly",),
                      accent=(0.75, 0.72, 0.5), nose=(0.16, 0.25, 0.12), knee=0.55, snout_drop=0.4)


def build_crocodile() -> list:
    s = _s()
    q = CROCODILE
    joints = quadruped_joints(q)
    c = joints["root"][1]
    scutes = [s.cone(0.035, 0.05, (sx * 0.07, c[1] + q.trunk[1] * 0.9, z), 4)
              for z in (0.55, 0.35, 0.15, -0.05, -0.25, -0.45) for sx in (1.0, -1.0)]
    t0, t1 = joints["tail_1"][1], joints["tail_2"][1]
    tail_scutes = [s.cone(0.03, 0.045, _add(_add(t0, ((t1[0] - t0[0]) * f, (t1[1] - t0[1]) * f, (t1[2] - t0[2]) * f)),
                                                 (0.0, q.tail[1] * (1.0 - f * 0.3), 0.0)), 4) for f in (0.2, 0.5, 0.8)]
    sl, sw, sh = q.snout
    sc = (0.0, -q.head[1] * q.snout_drop, q.head[2] * 1.55 + sl * 0.5)
    teeth = [s.cone(0.012, 0.03, (sx * sw * 0.85, sc[1] - sh * 0.55, sc[2] + dz), 4)
             for dz in (-0.18, -0.06, 0.06, 0.18) for sx in (1.0, -1.0)]
    eyes = [s.sphere(0.028, (sx * q.head[0] * 0.55, q.head[1] * 0.95, q.head[2] * 1.0), 1) for sx in (1.0, -1.0)]
    return [*build_quadruped(q), _part(scutes, (0.2, 0.3, 0.14), roughness=0.9, bone="root"),
            _part(tail_scutes, (0.2, 0.3, 0.14), roughness=0.9, bone="tail_1"),
            _part(_head_parts(q, teeth), WHITE, roughness=0.5, bone="head"),
            _part(_head_parts(q, eyes), (0.85, 0.75, 0.2), roughness=0.3, bone="head")]


# -- beaver: a stout brown body, a flat dark scaly paddle of a tail, two orange front teeth --------------------
BEAVER = Quadruped(0.16, 0.18, 0.2, -0.2, 0.1, 0.03, (0.15, 0.15), 0.04, 20.0, 0.11, (0.08, 0.075, 0.08),
                   (0.06, 0.05, 0.045), head_pitch=10.0, ears="round", ear_size=0.35, tail=(0.05, 0.02, 10.0),
                   extras=("whiskers",), knee=0.5)


def build_beaver() -> list:
    s = _s()
    q = BEAVER
    t0 = quadruped_joints(q)["tail_1"][1]
    paddle = s.ellipsoid((0.07, 0.015, 0.14), _add(t0, (0.0, -0.06, -0.13)), 1)
    sl, sw, sh = q.snout
    sc = (0.0, -q.head[1] * q.snout_drop, q.head[2] * 1.55 + sl * 0.5)
    teeth = [s.box((0.012, 0.03, 0.006), (sx * 0.007, sc[1] - sh * 0.55, sc[2] + sl * 0.5 + 0.005))
             for sx in (1.0, -1.0)]
    return [*build_quadruped(q), _part(paddle, (0.2, 0.15, 0.12), roughness=0.7, bone="tail_1"),
            _part(_head_parts(q, teeth), (0.95, 0.6, 0.15), roughness=0.4, bone="head")]


EXTRA_QUADRUPEDS = {
    "goat": (build_goat, GOAT, {"en": "goat goats billy_goat kid_goat nanny_goat",
                                "de": "ziege ziegen geiß geißlein zicklein ziegenbock"}, "f", (0.88, 0.85, 0.78)),
    "donkey": (build_donkey, DONKEY, {"en": "donkey donkeys mule mules burro",
                                      "de": "esel eselin maultier maultiere"}, "m", (0.52, 0.5, 0.48)),
    "zebra": (build_zebra, ZEBRA, {"en": "zebra zebras", "de": "zebra zebras"}, "n", (0.95, 0.95, 0.93)),
    "camel": (build_camel, CAMEL, {"en": "camel camels dromedary dromedaries",
                                   "de": "kamel kamele dromedar dromedare"}, "n", (0.78, 0.62, 0.4)),
    "panda": (build_panda, PANDA, {"en": "panda pandas giant_panda", "de": "panda pandas pandabär pandabären"},
              "m", (0.95, 0.95, 0.93)),
    "squirrel": (build_squirrel, SQUIRREL, {"en": "squirrel squirrels chipmunk",
                                            "de": "eichhörnchen streifenhörnchen"}, "n", (0.72, 0.33, 0.12)),
    "hedgehog": (build_hedgehog, HEDGEHOG, {"en": "hedgehog hedgehogs porcupine",
                                            "de": "igel stachelschwein"}, "m", (0.82, 0.7, 0.55)),
    "crocodile": (build_crocodile, CROCODILE, {"en": "crocodile crocodiles alligator alligators croc",
                                               "de": "krokodil krokodile alligator alligatoren"}, "n",
                  (0.28, 0.4, 0.2)),
    "beaver": (build_beaver, BEAVER, {"en": "beaver beavers", "de": "biber"}, "m", (0.42, 0.27, 0.15)),
}
for _type, (_build, _q, _words, _gender, _colour) in EXTRA_QUADRUPEDS.items():
    register_animal(_type, _build, quadruped_joints(_q), _words, _gender, _colour)
