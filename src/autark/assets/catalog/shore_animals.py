"""Small animals of shore, sea and garden that ideas name often and no other body reads as: the crab and the
lobster (a flat shell, walking legs, two raised claws), the octopus (a round head over eight curling arms), the
jellyfish (a glowing see-through bell over long trailing tentacles) and the snail (a soft foot under a coiled
shell, two eye stalks). They had been played by the fish or the turtle, which told another animal: "a tiny crab
pinches a toe" showed a fish, "a snail wins a race" a tortoise.

Rigs, read by the gaits (``autark.motion.creatures``) off their bone names:

* the crab and the lobster: root, jaw and wing_l/wing_r at the shoulders, the claws held out sideways, so the
  wing beat of the insect plan raises and lowers the claws (a crab at rest waves them slowly);
* the octopus, the jellyfish and the snail: the fish plan's root, tail_1, tail_2, fin_l/fin_r, jaw: a wave runs
  down the arms, the tentacles, the snail's foot.

Real sizes (front +Z, bottom on y = 0); the bounds are the measured ones (``animal_bounds``).
"""

from __future__ import annotations

import math

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s
from autark.assets.catalog.animals import P3, Joints, register_animal

__all__ = ["SHORE_ANIMALS", "build_crab", "build_lobster", "build_octopus", "build_jellyfish", "build_snail",
           "build_seal", "build_starfish"]

SHELL_RED = (0.85, 0.3, 0.12)


def _grounded(parts: list) -> list:
    """The parts moved up or down together so that their lowest point is on y = 0 (feet and arm tips of round
    rods reach a little past where they were aimed)."""
    import dataclasses

    low = min(float(p.mesh.vertices[:, 1].min()) for p in parts)
    return [dataclasses.replace(p, mesh=_s().translated(p.mesh, (0.0, -low, 0.0))) for p in parts]


# -- the crab and the lobster: a shell on walking legs, two claws held out --------------------------------------
def _crab_joints(width: float, y: float, front: float) -> Joints:
    return {"root": (None, (0.0, y, 0.0)), "jaw": ("root", (0.0, y, front)),
            "wing_l": ("root", (width * 0.42, y, front * 0.6)), "wing_r": ("root", (-width * 0.42, y, front * 0.6))}


def _claw(s, shoulder: P3, side: float, reach: float, size: float) -> list:
    """An arm out sideways from ``shoulder`` and a pincer at its end pointing forward: a big palm and a
    finger above it, a gap between (the silhouette of a claw)."""
    elbow = (shoulder[0] + side * reach * 0.55, shoulder[1] + size * 0.2, shoulder[2] + reach * 0.15)
    wrist = (shoulder[0] + side * reach, shoulder[1] + size * 0.35, shoulder[2] + reach * 0.45)
    arm = [s.cylinder_between(shoulder, elbow, size * 0.22, 6), s.cylinder_between(elbow, wrist, size * 0.25, 6)]
    palm = s.ellipsoid((size * 0.45, size * 0.4, size * 0.75), (wrist[0], wrist[1], wrist[2] + size * 0.5), 1)
    tip = (wrist[0], wrist[1] - size * 0.15, wrist[2] + size * 1.6)
    lower = s.cylinder_between((wrist[0], wrist[1] - size * 0.1, wrist[2] + size * 0.9), tip, size * 0.22, 6,
                               radius1=size * 0.05)
    upper = s.cylinder_between((wrist[0], wrist[1] + size * 0.2, wrist[2] + size * 0.9),
                               (wrist[0], wrist[1] + size * 0.45, wrist[2] + size * 1.5), size * 0.18, 6,
                               radius1=size * 0.04)
    return [*arm, palm, lower, upper]


def _crab_body(width: float, height: float, length: float, tail: float) -> list:
    """A crab (``tail`` 0) or a lobster (a long banded tail ending in a fan, ``tail`` its length)."""
    s = _s()
    y = height * 0.62  # the shell's middle, over the legs
    shell = s.ellipsoid((width * 0.5, height * 0.32, length * 0.5), (0.0, y, 0.0), 2)
    front = length * 0.5
    stalks = [s.cylinder_between((sx * width * 0.12, y + height * 0.15, front * 0.8),
                                 (sx * width * 0.16, y + height * 0.5, front * 0.95), width * 0.02, 5)
              for sx in (1.0, -1.0)]
    eyes = [s.sphere(width * 0.04, (sx * width * 0.16, y + height * 0.52, front * 0.95), 1) for sx in (1.0, -1.0)]
    legs = []
    for sx in (1.0, -1.0):
        for k, z in enumerate((0.25, -0.05, -0.35)):
            hip = (sx * width * 0.42, y - height * 0.05, z * length)
            knee = (sx * width * (0.78 + 0.04 * k), y + height * 0.15, z * length * 1.2)
            foot = (sx * width * 0.95, 0.0, z * length * 1.35 - length * 0.05)
            legs += [s.cylinder_between(hip, knee, width * 0.035, 5),
                     s.cylinder_between(knee, foot, width * 0.03, 5, radius1=width * 0.01)]
    parts = [_part(shell, roughness=0.5, bone="root"), _part(legs, roughness=0.6, bone="root"),
             _part(stalks, roughness=0.6, bone="jaw"), _part(eyes, BLACK, roughness=0.2, bone="jaw")]
    if tail > 0:  # the lobster's tail: bands getting smaller, then a fan lying flat
        bands = [s.ellipsoid((width * (0.32 - 0.03 * k), height * 0.2, tail * 0.12),
                             (0.0, y * 0.8, -length * 0.45 - tail * (0.1 + 0.18 * k)), 1) for k in range(5)]
        end = -length * 0.45 - tail * 0.95
        fan = [s.ellipsoid((width * 0.09, height * 0.05, tail * 0.12), (sx * width * 0.1, y * 0.7, end), 1)
               for sx in (1.0, 0.0, -1.0)]
        antennae = [s.cylinder_between((sx * width * 0.08, y + height * 0.1, front * 0.9),
                                       (sx * width * 0.4, y + height * 0.6, front + length * 1.2), width * 0.012, 4)
                    for sx in (1.0, -1.0)]
        parts.append(_part([*bands, *fan], roughness=0.5, bone="root"))
        parts.append(_part(antennae, roughness=0.6, bone="jaw"))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        shoulder = (sx * width * 0.42, y, front * 0.6)
        parts.append(_part(_claw(s, shoulder, sx, width * 0.4, width * 0.27), roughness=0.5,
                           bone=f"wing_{side}"))
    return parts


CRAB = (0.17, 0.09, 0.12)  # width across the shell, height standing, shell length (metres)
LOBSTER = (0.16, 0.1, 0.16, 0.22)  # width, height, shell length, tail length


def build_crab() -> list:
    return _grounded(_crab_body(*CRAB, tail=0.0))


def build_lobster() -> list:
    return _grounded(_crab_body(*LOBSTER[:3], tail=LOBSTER[3]))


# -- the octopus: a round head over eight arms curling out on the ground -----------------------------------------
OCTO_H = 0.55  # the top of its head
OCTO_REACH = 0.5  # an arm's reach from the middle


def _octopus_joints() -> Joints:
    y = OCTO_H * 0.25
    return {"root": (None, (0.0, y, 0.0)), "jaw": ("root", (0.0, y, OCTO_REACH * 0.2)),
            "fin_l": ("root", (OCTO_REACH * 0.2, y * 0.5, OCTO_REACH * 0.2)),
            "fin_r": ("root", (-OCTO_REACH * 0.2, y * 0.5, OCTO_REACH * 0.2)),
            "tail_1": ("root", (0.0, y * 0.5, -OCTO_REACH * 0.2)), "tail_2": ("tail_1", (0.0, y * 0.3, -OCTO_REACH * 0.5))}


def _arm(s, angle: float, reach: float, r0: float, lift: float) -> list:
    """One arm: a tapering chain out from under the head along ``angle`` (radians from +Z), curling up at its
    tip."""
    pts = []
    for k in range(7):
        f = k / 6
        dist = reach * (0.12 + 0.8 * f)
        curl = f ** 3 * 0.35 * reach
        y = lift * (1.0 - f) + 0.03 * reach + curl * 0.6
        a = angle + 0.5 * f ** 2
        pts.append((math.sin(a) * (dist - curl * 0.3), max(y, r0 * (1.0 - 0.85 * f)), math.cos(a) * (dist - curl * 0.3)))
    return [s.cylinder_between(pts[k], pts[k + 1], r0 * (1.0 - 0.85 * k / 6), 6, radius1=r0 * (1.0 - 0.85 * (k + 1) / 6))
            for k in range(6)]


def build_octopus() -> list:
    s = _s()
    h, reach = OCTO_H, OCTO_REACH
    head = s.ellipsoid((h * 0.32, h * 0.38, h * 0.36), (0.0, h * 0.62, -h * 0.06), 2)
    skirt = s.ellipsoid((h * 0.3, h * 0.14, h * 0.3), (0.0, h * 0.22, 0.0), 2)
    eyes = [s.sphere(h * 0.075, (sx * h * 0.16, h * 0.42, h * 0.22), 1) for sx in (1.0, -1.0)]
    pupils = [s.ellipsoid((h * 0.03, h * 0.015, h * 0.02), (sx * h * 0.18, h * 0.43, h * 0.285), 1)
              for sx in (1.0, -1.0)]
    bones = {0: "fin_l", 1: "fin_l", 2: "root", 3: "tail_1", 4: "tail_2", 5: "tail_1", 6: "root", 7: "fin_r"}
    parts = [_part([head, skirt], roughness=0.55, bone="root"), _part(eyes, WHITE, roughness=0.3, bone="jaw"),
             _part(pupils, BLACK, roughness=0.2, bone="jaw")]
    for k in range(8):
        angle = 2 * math.pi * (k + 0.5) / 8
        parts.append(_part(_arm(s, angle, reach, h * 0.07, h * 0.2), roughness=0.55, bone=bones[k]))
    return _grounded(parts)


# -- the jellyfish: a glowing see-through bell over long trailing tentacles ---------------------------------------
JELLY_BELL = 0.18  # the bell's radius
JELLY_H = 0.75  # tentacle tips to the top of the bell


def _jelly_joints() -> Joints:
    y = JELLY_H - JELLY_BELL * 0.5
    return {"root": (None, (0.0, y, 0.0)), "jaw": ("root", (0.0, y, JELLY_BELL * 0.5)),
            "fin_l": ("root", (JELLY_BELL * 0.6, y, 0.0)), "fin_r": ("root", (-JELLY_BELL * 0.6, y, 0.0)),
            "tail_1": ("root", (0.0, y - 0.15, -0.01)), "tail_2": ("tail_1", (0.0, y - 0.35, -0.02))}


def build_jellyfish() -> list:
    s = _s()
    r, top = JELLY_BELL, JELLY_H
    rim = top - r * 0.75
    bell = s.lathe([(0.0, rim + r * 0.25), (r * 0.95, rim), (r, rim + r * 0.2), (r * 0.85, rim + r * 0.5),
                    (r * 0.5, top - r * 0.08), (0.0, top)], 20)
    inner = s.ellipsoid((r * 0.45, r * 0.25, r * 0.45), (0.0, rim + r * 0.3, 0.0), 1)
    tentacles, arms = [], []
    for k in range(10):
        a = 2 * math.pi * k / 10
        x0, z0 = math.sin(a) * r * 0.85, math.cos(a) * r * 0.85
        mid = (x0 * 1.1 + 0.02 * math.cos(a), rim * 0.5, z0 * 1.1)
        tentacles += [s.cylinder_between((x0, rim, z0), mid, 0.005, 4),
                      s.cylinder_between(mid, (x0 * 0.8, 0.0, z0 * 0.8), 0.005, 4, radius1=0.002)]
    for k in range(4):  # the frilly oral arms under the middle
        a = 2 * math.pi * (k + 0.5) / 4
        arms.append(s.cylinder_between((math.sin(a) * r * 0.15, rim + r * 0.1, math.cos(a) * r * 0.15),
                                       (math.sin(a) * r * 0.35, rim * 0.45, math.cos(a) * r * 0.35), r * 0.08, 6,
                                       radius1=r * 0.03))
    parts = [_part(bell, roughness=0.15, emissive=0.35, opacity=0.6, bone="root"),
            _part(inner, (1.0, 0.85, 0.95), roughness=0.3, emissive=0.6, bone="root"),
            _part(arms, roughness=0.3, emissive=0.3, opacity=0.7, bone="tail_1"),
            _part(tentacles, roughness=0.3, emissive=0.25, opacity=0.7, bone="tail_2")]
    return _grounded(parts)


# -- the snail: a soft foot under a coiled shell, two eye stalks -----------------------------------------------------
SNAIL = (0.13, 0.028)  # foot length, foot half-width


def _snail_joints() -> Joints:
    L, w = SNAIL
    return {"root": (None, (0.0, w, 0.0)), "jaw": ("root", (0.0, w * 1.4, L * 0.45)),
            "fin_l": ("root", (w, w * 0.5, L * 0.2)), "fin_r": ("root", (-w, w * 0.5, L * 0.2)),
            "tail_1": ("root", (0.0, w * 0.6, -L * 0.1)), "tail_2": ("tail_1", (0.0, w * 0.5, -L * 0.3))}


def build_snail() -> list:
    s = _s()
    L, w = SNAIL
    foot = s.ellipsoid((w, w * 0.7, L * 0.3), (0.0, w * 0.6, L * 0.12), 2)
    neck = s.cylinder_between((0.0, w * 0.8, L * 0.3), (0.0, w * 1.6, L * 0.46), w * 0.55, 8, radius1=w * 0.45)
    tail = s.ellipsoid((w * 0.8, w * 0.45, L * 0.22), (0.0, w * 0.45, -L * 0.28), 1)
    stalks = [s.cylinder_between((sx * w * 0.2, w * 1.9, L * 0.46), (sx * w * 0.55, w * 3.3, L * 0.52), w * 0.09, 5)
              for sx in (1.0, -1.0)]
    eyes = [s.sphere(w * 0.16, (sx * w * 0.55, w * 3.35, L * 0.52), 1) for sx in (1.0, -1.0)]
    # the shell: a round disc standing across the body over the middle of the foot, a dark spiral wound
    # inward on each face (the coil seen from the side)
    R, half = w * 1.5, w * 0.85
    centre = (0.0, w * 0.9 + R, -L * 0.05)
    shell = s.ellipsoid((half, R, R * 1.05), centre, 2)
    spiral = []
    for sx in (1.0, -1.0):
        pts = []
        for k in range(28):
            a = 3.2 * math.pi * k / 27
            r = R * 0.92 * math.exp(-0.28 * a)
            x = sx * half * math.sqrt(max(0.0, 1.0 - (r / R) ** 2)) * 1.02
            pts.append((x, centre[1] + r * math.sin(a + 1.2), centre[2] + r * math.cos(a + 1.2)))
        spiral += [s.cylinder_between(pts[k], pts[k + 1], w * 0.09, 4) for k in range(27)]
    parts = [_part([foot, neck], (0.62, 0.55, 0.45), roughness=0.45, bone="root"),
            _part(tail, (0.62, 0.55, 0.45), roughness=0.45, bone="tail_1"),
            _part(stalks, (0.62, 0.55, 0.45), roughness=0.45, bone="jaw"),
            _part(eyes, BLACK, roughness=0.2, bone="jaw"),
            _part(shell, roughness=0.6, bone="root"), _part(spiral, (0.35, 0.2, 0.1), roughness=0.6, bone="root")]
    return _grounded(parts)


# -- the seal: a sleek grey body lying on its belly, head raised, front flippers, a tail of two flippers ---------
SEAL = (1.5, 0.2)  # length, body half-height


def _seal_joints() -> Joints:
    L, h = SEAL
    return {"root": (None, (0.0, h, 0.0)), "jaw": ("root", (0.0, h * 2.2, L * 0.47)),
            "fin_l": ("root", (h * 0.9, h * 0.4, L * 0.2)), "fin_r": ("root", (-h * 0.9, h * 0.4, L * 0.2)),
            "tail_1": ("root", (0.0, h * 0.8, -L * 0.1)), "tail_2": ("tail_1", (0.0, h * 0.4, -L * 0.38))}


def build_seal() -> list:
    s = _s()
    L, h = SEAL
    chest = s.ellipsoid((h * 1.05, h * 1.1, L * 0.24), (0.0, h * 1.15, L * 0.15), 2)
    neck = s.cylinder_between((0.0, h * 1.3, L * 0.3), (0.0, h * 2.0, L * 0.42), h * 0.62, 10, radius1=h * 0.5)
    head = s.ellipsoid((h * 0.55, h * 0.5, h * 0.62), (0.0, h * 2.15, L * 0.45), 2)
    snout = s.ellipsoid((h * 0.32, h * 0.26, h * 0.3), (0.0, h * 2.0, L * 0.45 + h * 0.55), 1)
    eyes = [s.sphere(h * 0.1, (sx * h * 0.3, h * 2.3, L * 0.45 + h * 0.45), 1) for sx in (1.0, -1.0)]
    nose = s.sphere(h * 0.08, (0.0, h * 2.05, L * 0.45 + h * 0.82), 1)
    hind = s.ellipsoid((h * 0.85, h * 0.75, L * 0.28), (0.0, h * 0.75, -L * 0.14), 2)
    flukes = [s.rotated(s.ellipsoid((h * 0.35, h * 0.08, h * 0.7), (sx * h * 0.35, h * 0.1, -L * 0.45), 1),
                        sx * 20.0, (0, 1, 0), (0.0, 0.0, -L * 0.38)) for sx in (1.0, -1.0)]
    parts = [_part([chest, neck, head, snout], roughness=0.35, bone="root"),
             _part(eyes + [nose], BLACK, roughness=0.2, bone="root"),
             _part(hind, roughness=0.35, bone="tail_1"), _part(flukes, roughness=0.4, bone="tail_2")]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        p = _seal_joints()[f"fin_{side}"][1]
        fl = s.ellipsoid((h * 0.5, h * 0.08, h * 0.3), (p[0] + sx * h * 0.4, h * 0.1, p[2] + h * 0.1), 1)
        parts.append(_part(s.rotated(fl, sx * -25.0, (0, 1, 0), p), roughness=0.4, bone=f"fin_{side}"))
    return _grounded(parts)


# -- the starfish: five thick arms round a middle, flat on the ground, bumps along the arms ----------------------
STAR_R = 0.12  # an arm's reach


def _star_joints() -> Joints:
    r = STAR_R
    return {"root": (None, (0.0, 0.02, 0.0)), "jaw": ("root", (0.0, 0.03, r * 0.3)),
            "fin_l": ("root", (r * 0.4, 0.02, r * 0.1)), "fin_r": ("root", (-r * 0.4, 0.02, r * 0.1)),
            "tail_1": ("root", (0.0, 0.02, -r * 0.2)), "tail_2": ("tail_1", (0.0, 0.02, -r * 0.5))}


def build_starfish() -> list:
    s = _s()
    r = STAR_R
    middle = s.ellipsoid((r * 0.32, r * 0.16, r * 0.32), (0.0, r * 0.16, 0.0), 2)
    arms, bumps = [], []
    for k in range(5):
        a = 2 * math.pi * k / 5
        tip = (math.sin(a) * r, r * 0.06, math.cos(a) * r)
        arms.append(s.cylinder_between((0.0, r * 0.14, 0.0), tip, r * 0.22, 8, radius1=r * 0.06))
        bumps += [s.sphere(r * 0.035, (math.sin(a) * r * f, r * (0.28 - 0.18 * f), math.cos(a) * r * f), 0)
                  for f in (0.35, 0.6, 0.82)]
    eyes = [s.sphere(r * 0.05, (sx * r * 0.1, r * 0.3, r * 0.12), 1) for sx in (1.0, -1.0)]
    return _grounded([_part([middle, *arms], roughness=0.8, bone="root"),
                      _part(bumps, (0.98, 0.85, 0.6), roughness=0.8, bone="root"),
                      _part(eyes, BLACK, roughness=0.2, bone="jaw")])


SHORE_ANIMALS = {
    "crab": (build_crab, _crab_joints(CRAB[0], CRAB[1] * 0.62, CRAB[2] * 0.5),
             {"en": "crab crabs hermit_crab", "de": "krabbe krabben krebs krebse einsiedlerkrebs"}, "f", SHELL_RED,
             False),
    "lobster": (build_lobster, _crab_joints(LOBSTER[0], LOBSTER[1] * 0.62, LOBSTER[2] * 0.5),
                {"en": "lobster lobsters crayfish crawfish", "de": "hummer languste flusskrebs"}, "m",
                (0.6, 0.12, 0.08), False),
    "octopus": (build_octopus, _octopus_joints(), {"en": "octopus octopuses octopi squid kraken",
                                                     "de": "krake kraken oktopus oktopusse tintenfisch tintenfische"},
                "m", (0.85, 0.4, 0.45), False),
    "jellyfish": (build_jellyfish, _jelly_joints(), {"en": "jellyfish jellyfishes jelly_fish medusa",
                                                       "de": "qualle quallen meduse medusen"}, "f",
                  (0.85, 0.55, 0.95), True),
    "seal": (build_seal, _seal_joints(), {"en": "seal seals sea_lion sea_lions walrus walruses",
                                          "de": "robbe robben seehund seehunde seelöwe seelöwen walross walrosse"},
             "f", (0.45, 0.45, 0.47), False),
    "starfish": (build_starfish, _star_joints(), {"en": "starfish starfishes sea_star",
                                                    "de": "seestern seesterne"}, "m", (0.95, 0.45, 0.2), False),
    "snail": (build_snail, _snail_joints(), {"en": "snail snails slug slugs",
                                              "de": "schnecke schnecken weinbergschnecke nacktschnecke"}, "f",
              (0.75, 0.5, 0.25), False),
}
for _type, (_build, _joints, _words, _gender, _colour, _floating) in SHORE_ANIMALS.items():
    register_animal(_type, _build, _joints, _words, _gender, _colour, floating=_floating)
