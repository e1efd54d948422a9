"""Rigged animals that are not four-legged mammals: birds, fish and whales, the dragon, the dinosaur, the snake.

Same conventions as ``animals``: front +Z, left +X, feet (or belly) on y = 0, real sizes. Bone names the gaits
(``autark.motion.creatures``) read:

* birds: root, neck, head, jaw (the lower beak), wing_l/wing_r (folded along the back in the bind pose),
  leg_l/shin_l, leg_r/shin_r, tail_1
* fish and whales: root (the front half), tail_1, tail_2 (the tail fin), fin_l/fin_r, jaw
* the dragon: a quadruped (``animals``) with wing_l/wing_r raised over its back and horns
* the dinosaur: root (the hips), chest, neck, head, jaw, arm_l/arm_r, leg_l/shin_l, leg_r/shin_r, tail_1..3
* the snake: root (behind the head), head, jaw, seg_1..seg_6 (the body, front to back)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s
from autark.assets.catalog.animals import (
    HORN,
    MOUTH,
    P3,
    Joints,
    Quadruped,
    build_quadruped,
    quadruped_joints,
    register_animal,
)

__all__ = ["Bird"]

BEAK = (0.95, 0.62, 0.12)
RED = (0.8, 0.1, 0.08)
YELLOW_EYE = (0.95, 0.75, 0.1)


def _add(a: P3, b: P3) -> P3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


# -- birds ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bird:
    body: P3  # half sizes of the body
    leg_h: float  # hip joint height above the ground
    neck: float  # neck length (straight up-forward)
    head_r: float
    beak: tuple[float, float]  # length, base radius
    wing: float  # folded wing length (the span is about twice this plus the body)
    tail: float
    upright: float = 0.0  # degrees the body leans back from horizontal (owl, penguin)
    belly: P3 | None = None
    wing_colour: P3 | None = None
    beak_colour: P3 = BEAK
    feet_colour: P3 = BEAK
    extras: tuple[str, ...] = ()  # comb, flat_beak, big_eyes, tufts


def _tall(b: Bird) -> float:
    """0 for a bird that carries its body level, 1 for an upright one (owl, penguin): it sits on its feet."""
    return min(max(b.body[1] / b.body[2] - 1.0, 0.0), 1.0)


def _bird_centre(b: Bird) -> P3:
    return (0.0, b.leg_h + b.body[1] * (0.7 + 0.35 * _tall(b)), 0.0)


def bird_joints(b: Bird) -> Joints:
    c = _bird_centre(b)
    rx, ry, rz = b.body
    lean = math.radians(b.upright)
    tall = _tall(b)  # an upright body (owl, penguin) carries its head on top
    front = _add(c, (0.0, ry * (0.5 + 0.4 * tall) + rz * math.sin(lean) * 0.7,
                     rz * math.cos(lean) * (0.75 - 0.45 * tall)))
    head = _add(front, (0.0, b.neck, b.neck * 0.25))
    j: Joints = {"root": (None, c), "neck": ("root", front), "head": ("neck", head),
                 "jaw": ("head", _add(head, (0.0, -b.head_r * 0.1, b.head_r * 0.8)))}
    for side, sx in (("l", 1.0), ("r", -1.0)):
        j[f"wing_{side}"] = ("root", (sx * rx * 0.75, c[1] + ry * 0.45, c[2] + rz * 0.35))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        hip = (sx * rx * 0.4, b.leg_h + ry * 0.25, 0.0)
        j[f"leg_{side}"] = ("root", hip)
        j[f"shin_{side}"] = (f"leg_{side}", (hip[0], hip[1] * 0.5, 0.0))
    j["tail_1"] = ("root", (0.0, c[1] + ry * 0.1 - rz * math.sin(lean) * 0.8, -rz * math.cos(lean) * 0.85))
    return j


def build_bird(b: Bird) -> list:
    s = _s()
    j = {k: v[1] for k, v in bird_joints(b).items()}
    c = j["root"]
    rx, ry, rz = b.body
    body = s.rotated(s.ellipsoid(b.body, c, 2), -b.upright, (1, 0, 0), c)
    parts = [_part(body, bone="root")]
    if b.belly is not None:
        # a pale front: a smaller copy of the body pushed forward, so only the breast and belly show
        belly = s.rotated(s.ellipsoid((rx * 0.84, ry * 0.84, rz * 0.84), c, 2), -b.upright, (1, 0, 0), c)
        # an upright body's pale front is its breast, a level one's its underside
        belly = s.translated(belly, (0.0, -ry * 0.12 * (1.0 - _tall(b)), max(rx, rz) * 0.2))
        parts.append(_part(belly, b.belly, roughness=0.9, bone="root"))
    parts.append(_part([s.cylinder_between(j["neck"], j["head"], b.head_r * 0.55, 8)], bone="neck"))
    h = j["head"]
    r = b.head_r
    head = [s.sphere(r, h, 2)]
    if "tufts" in b.extras:
        head += [s.cone(r * 0.25, r * 0.6, (sx * r * 0.55, h[1] + r * 0.7, h[2]), 6) for sx in (1.0, -1.0)]
    parts.append(_part(head, bone="head"))
    eye_r = r * (0.32 if "big_eyes" in b.extras else 0.16)
    eye_z = 0.8 if "big_eyes" in b.extras else 0.55
    eye_x = 0.45 if "big_eyes" in b.extras else 0.78
    eyes = [s.sphere(eye_r * 0.6, (sx * r * eye_x, h[1] + r * 0.22, h[2] + r * eye_z + eye_r * 0.45), 1)
            for sx in (1.0, -1.0)]
    parts.append(_part(eyes, BLACK, roughness=0.2, bone="head"))
    if "big_eyes" in b.extras:
        rings = [s.sphere(eye_r, (sx * r * eye_x, h[1] + r * 0.22, h[2] + r * eye_z), 1) for sx in (1.0, -1.0)]
        parts.append(_part(rings, YELLOW_EYE, roughness=0.4, bone="head"))
    bl, bw = b.beak
    base = (0.0, h[1] - r * 0.05, h[2] + r * 0.8)
    if "flat_beak" in b.extras:  # a duck's bill: wide and flat
        upper = s.ellipsoid((bw * 1.2, bw * 0.35, bl * 0.55), _add(base, (0.0, bw * 0.15, bl * 0.45)), 1)
        lower = s.ellipsoid((bw * 1.1, bw * 0.25, bl * 0.5), _add(base, (0.0, -bw * 0.2, bl * 0.4)), 1)
    else:
        upper = s.cylinder_between(base, _add(base, (0.0, -bl * 0.15, bl)), bw, 8, radius1=bw * 0.1)
        lower = s.cylinder_between(_add(base, (0.0, -bw * 0.5, 0.0)), _add(base, (0.0, -bw * 0.6, bl * 0.75)),
                                   bw * 0.6, 6, radius1=bw * 0.1)
    parts.append(_part([upper], b.beak_colour, roughness=0.5, bone="head"))
    parts.append(_part([lower], b.beak_colour, roughness=0.5, bone="jaw"))
    if "comb" in b.extras:  # a hen's red comb and wattle
        comb = [s.ellipsoid((r * 0.15, r * 0.45, r * 0.6), (0.0, h[1] + r * 1.05, h[2] + r * 0.1), 1),
                s.ellipsoid((r * 0.15, r * 0.35, r * 0.2), (0.0, base[1] - r * 0.55, base[2]), 1)]
        parts.append(_part(comb, RED, roughness=0.6, bone="head"))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        p = j[f"wing_{side}"]
        # folded: a flat feathered blade along the side and over the back, its tip past the tail's root
        blade = s.ellipsoid((b.wing * 0.28, b.wing * 0.045, b.wing * 0.55), _add(p, (0.0, 0.0, -b.wing * 0.45)), 1)
        blade = s.rotated(blade, sx * -35.0, (0, 0, 1), p)
        parts.append(_part(blade, b.wing_colour, roughness=0.9, bone=f"wing_{side}"))
        hip, knee = j[f"leg_{side}"], j[f"shin_{side}"]
        lw = max(b.leg_h * 0.05, 0.004)
        parts.append(_part(s.cylinder_between(hip, knee, lw * 1.8, 6, radius1=lw), b.feet_colour, roughness=0.6,
                           bone=f"leg_{side}"))
        toes = [s.cylinder_between(knee, (hip[0], lw, 0.0), lw, 6)]
        for a in (-35.0, 0.0, 35.0):
            d = (math.sin(math.radians(a)) * b.leg_h * 0.35, 0.0, math.cos(math.radians(a)) * b.leg_h * 0.35)
            toes.append(s.cylinder_between((hip[0], lw, 0.0), _add((hip[0], lw, 0.0), d), lw, 4))
        parts.append(_part(toes, b.feet_colour, roughness=0.6, bone=f"shin_{side}"))
    t = j["tail_1"]
    tail = s.ellipsoid((rx * 0.7, rx * 0.12, b.tail * 0.5), _add(t, (0.0, 0.0, -b.tail * 0.45)), 1)
    parts.append(_part(s.rotated(tail, -20.0 - b.upright * 0.5, (1, 0, 0), t), b.wing_colour, roughness=0.9,
                       bone="tail_1"))
    return parts


def _bird(type_: str, b: Bird, words: dict[str, str], gender_de: str, colour: P3) -> None:
    register_animal(type_, lambda: build_bird(b), bird_joints(b), words, gender_de, colour)


BIRD = Bird((0.055, 0.055, 0.1), 0.07, 0.04, 0.045, (0.035, 0.012), 0.15, 0.12, upright=15.0,
            belly=(0.85, 0.55, 0.35), wing_colour=(0.35, 0.25, 0.18))
_bird("bird", BIRD, {"en": "bird birds sparrow robin pigeon dove crow raven songbird",
                     "de": "vogel vögel spatz taube krähe rabe amsel"}, "m", (0.45, 0.36, 0.3))
CHICKEN = Bird((0.13, 0.14, 0.18), 0.15, 0.1, 0.065, (0.04, 0.018), 0.2, 0.16, upright=10.0,
               wing_colour=(0.86, 0.82, 0.74), extras=("comb",))
_bird("chicken", CHICKEN, {"en": "chicken chickens hen hens rooster roosters chick",
                           "de": "huhn hühner henne hennen hahn küken"}, "n", (0.93, 0.9, 0.82))
DUCK = Bird((0.12, 0.1, 0.2), 0.08, 0.12, 0.06, (0.07, 0.025), 0.22, 0.1, wing_colour=(0.45, 0.38, 0.3),
            extras=("flat_beak",), belly=(0.6, 0.5, 0.42))
_bird("duck", DUCK, {"en": "duck ducks duckling goose geese", "de": "ente enten entlein gans gänse"},
      "f", (0.2, 0.45, 0.25))
OWL = Bird((0.12, 0.17, 0.12), 0.05, 0.02, 0.11, (0.03, 0.015), 0.25, 0.1, upright=8.0,
           belly=(0.85, 0.78, 0.62), wing_colour=(0.4, 0.3, 0.2), beak_colour=(0.3, 0.28, 0.25),
           extras=("big_eyes", "tufts"))
_bird("owl", OWL, {"en": "owl owls", "de": "eule eulen uhu"}, "f", (0.55, 0.42, 0.28))
PENGUIN = Bird((0.17, 0.3, 0.15), 0.08, 0.03, 0.11, (0.08, 0.02), 0.3, 0.06, upright=5.0,
               belly=WHITE, wing_colour=(0.08, 0.08, 0.1), feet_colour=(0.2, 0.2, 0.2))
_bird("penguin", PENGUIN, {"en": "penguin penguins", "de": "pinguin pinguine"}, "m", (0.1, 0.1, 0.12))


# -- fish and whales -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fish:
    length: float
    height: float  # half height of the body
    width: float  # half width
    fin: float  # dorsal fin height
    flukes: bool = False  # a whale's tail fin lies flat (it swims up and down)
    pointed: bool = False  # a shark's snout
    belly: P3 | None = None


def fish_joints(f: Fish) -> Joints:
    y = f.height
    return {"root": (None, (0.0, y, 0.0)), "jaw": ("root", (0.0, y * 0.85, f.length * 0.32)),
            "fin_l": ("root", (f.width * 0.8, y * 0.7, f.length * 0.15)),
            "fin_r": ("root", (-f.width * 0.8, y * 0.7, f.length * 0.15)),
            "tail_1": ("root", (0.0, y, -f.length * 0.1)), "tail_2": ("tail_1", (0.0, y, -f.length * 0.38))}


def build_fish(f: Fish) -> list:
    s = _s()
    L, h, w = f.length, f.height, f.width
    front = s.ellipsoid((w, h, L * 0.3), (0.0, h, L * 0.1), 2)
    if f.pointed:
        front = s.merge([front, s.ellipsoid((w * 0.6, h * 0.55, L * 0.18), (0.0, h * 1.05, L * 0.3), 1)])
    parts = [_part(front, bone="root")]
    if f.belly is not None:
        parts.append(_part(s.ellipsoid((w * 0.85, h * 0.6, L * 0.28), (0.0, h * 0.75, L * 0.1), 1), f.belly,
                           roughness=0.6, bone="root"))
    # eyes on the sides, a little dark mouth under the snout
    eyes = [s.sphere(max(h * 0.09, 0.003), (sx * w * 0.62, h * 1.2, L * 0.3), 1) for sx in (1.0, -1.0)]
    parts.append(_part(eyes, BLACK, roughness=0.2, bone="root"))
    parts.append(_part(s.ellipsoid((w * 0.45, h * 0.12, L * 0.07), (0.0, h * 0.8, L * 0.36), 1), MOUTH,
                       roughness=0.8, bone="root"))
    parts.append(_part(s.ellipsoid((w * 0.5, h * 0.14, L * 0.08), (0.0, h * 0.72, L * 0.34), 1), bone="jaw"))
    fin = s.prism([(0.0, 0.0), (-L * 0.12, f.fin), (-L * 0.2, 0.0)], -w * 0.06, w * 0.06)
    fin = s.rotated(fin, -90.0, (0, 1, 0))
    fin = s.translated(fin, (0.0, h * 1.85, L * 0.12))
    parts.append(_part(fin, bone="root"))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        p = fish_joints(f)[f"fin_{side}"][1]
        pec = s.ellipsoid((L * 0.08, h * 0.04, L * 0.05), _add(p, (sx * L * 0.07, -h * 0.1, -L * 0.03)), 1)
        parts.append(_part(s.rotated(pec, sx * -20.0, (0, 0, 1), p), bone=f"fin_{side}"))
    mid = s.ellipsoid((w * 0.8, h * 0.8, L * 0.22), (0.0, h, -L * 0.2), 1)
    parts.append(_part(mid, bone="tail_1"))
    t = (0.0, h, -L * 0.38)
    stalk = s.cylinder_between(t, _add(t, (0.0, 0.0, -L * 0.12)), h * 0.35, 8, radius1=h * 0.2)
    if f.flukes:  # two flat lobes spread sideways
        lobes = [s.ellipsoid((L * 0.09, h * 0.06, L * 0.06), _add(t, (sx * L * 0.07, 0.0, -L * 0.14)), 1)
                 for sx in (1.0, -1.0)]
    else:  # two lobes, up and down
        lobes = [s.rotated(s.ellipsoid((w * 0.12, h * 0.5, L * 0.05), _add(t, (0.0, sy * h * 0.4, -L * 0.16)), 1),
                           sy * 35.0, (1, 0, 0), _add(t, (0.0, 0.0, -L * 0.12))) for sy in (1.0, -1.0)]
    parts.append(_part([stalk, *lobes], bone="tail_2"))
    return parts


def _fish(type_: str, f: Fish, words: dict[str, str], gender_de: str, colour: P3) -> None:
    register_animal(type_, lambda: build_fish(f), fish_joints(f), words, gender_de, colour, roughness=0.4,
                    floating=True)


_fish("fish", Fish(0.3, 0.06, 0.03, 0.05), {"en": "fish fishes goldfish trout salmon carp",
                                            "de": "fisch fische goldfisch forelle lachs karpfen"}, "m",
      (0.95, 0.5, 0.1))
_fish("shark", Fish(3.0, 0.35, 0.32, 0.5, pointed=True, belly=(0.9, 0.9, 0.88)),
      {"en": "shark sharks", "de": "hai haie haifisch"}, "m", (0.45, 0.5, 0.56))
_fish("whale", Fish(12.0, 1.3, 1.4, 0.4, flukes=True, belly=(0.85, 0.85, 0.85)),
      {"en": "whale whales", "de": "wal wale walfisch"}, "m", (0.25, 0.3, 0.4))


# -- the dragon ----------------------------------------------------------------------------------------------
DRAGON = Quadruped(1.5, 1.5, 1.5, -1.5, 0.65, 0.3, (0.95, 0.95), 2.2, 45.0, 0.45, (0.45, 0.42, 0.55),
                   (0.9, 0.3, 0.24), head_pitch=15.0, ears="none", tail=(5.0, 0.4, 15.0),
                   extras=("horns", "belly"), accent=(0.78, 0.66, 0.32), knee=0.5, snout_drop=0.2)
DRAGON_SPAN = 6.0  # one wing, shoulder to tip
DRAGON_WING_UP = 40.0  # the wings rest raised over the back


def dragon_joints() -> Joints:
    j = quadruped_joints(DRAGON)
    c = j["root"][1]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        j[f"wing_{side}"] = ("root", (sx * DRAGON.trunk[0] * 0.6, c[1] + DRAGON.trunk[1] * 0.7, c[2] + 0.7))
    return j


def build_dragon() -> list:
    s = _s()
    parts = build_quadruped(DRAGON)
    j = {k: v[1] for k, v in dragon_joints().items()}
    membrane = (0.42, 0.1, 0.08)
    for side, sx in (("l", 1.0), ("r", -1.0)):
        p = j[f"wing_{side}"]
        span, up = DRAGON_SPAN, math.radians(DRAGON_WING_UP)
        tip = _add(p, (sx * span * math.cos(up), span * math.sin(up), -0.4))
        elbow = _add(p, (sx * span * 0.45 * math.cos(up), span * 0.45 * math.sin(up), 0.5))
        bones = [s.cylinder_between(p, elbow, 0.12, 8, radius1=0.09), s.sphere(0.09, elbow, 1),
                 s.cylinder_between(elbow, tip, 0.09, 8, radius1=0.03)]
        # the membrane: a fan from the wing's bones back to the body, flat in the wing's plane
        # a bat's wing: the leading edge along the arm, the trailing edge scalloped between the fingers
        fan = s.merge([s.prism([(0.0, 0.5), (span * 0.45, 0.5), (span * 0.55, -1.6), (span * 0.2, -2.6),
                                (0.0, -2.4)], -0.03, 0.03),
                       s.prism([(span * 0.45, 0.5), (span, -0.4), (span * 0.72, -1.9), (span * 0.55, -1.6)],
                               -0.03, 0.03)])
        fan = s.rotated(fan, -90.0, (1, 0, 0))  # the polygon's y becomes -z: lie flat, trailing edge back
        fan = s.rotated(fan, 180.0, (0, 0, 1)) if sx < 0 else fan  # mirrored: the plate is flat
        fan = s.translated(s.rotated(fan, sx * DRAGON_WING_UP, (0, 0, 1)), p)
        parts.append(_part(bones, bone=f"wing_{side}"))
        parts.append(_part(fan, membrane, roughness=0.8, bone=f"wing_{side}"))
    # a row of spikes along the back and two long horns swept back
    c = j["root"]
    spikes = [s.cone(0.12, 0.35, (0.0, c[1] + DRAGON.trunk[1] * 0.95 - abs(z) * 0.08, c[2] + z), 6)
              for z in (-1.2, -0.6, 0.0, 0.6, 1.2)]
    parts.append(_part(spikes, HORN, roughness=0.5, bone="root"))
    h = j["head"]
    horns = []
    for sx in (1.0, -1.0):
        base = _add(h, (sx * 0.22, 0.3, 0.1))
        horns.append(s.cylinder_between(base, _add(base, (sx * 0.3, 0.55, -0.7)), 0.09, 8, radius1=0.015))
    parts.append(_part(horns, HORN, roughness=0.5, bone="head"))
    return parts


register_animal("dragon", build_dragon, dragon_joints(),
                {"en": "dragon dragons wyvern", "de": "drache drachen lindwurm"}, "m", (0.2, 0.45, 0.22),
                roughness=0.6)


# -- the dinosaur (a tyrannosaur: walks on two legs, its tail balancing its head) ----------------------------
REX_HIP = 3.2


def rex_joints() -> Joints:
    y = REX_HIP
    j: Joints = {"root": (None, (0.0, y + 0.3, 0.0)), "chest": ("root", (0.0, y + 0.35, 0.9)),
                 "neck": ("chest", (0.0, y + 0.6, 2.4)), "head": ("neck", (0.0, y + 1.3, 3.0)),
                 "jaw": ("head", (0.0, y + 1.1, 3.2))}
    for side, sx in (("l", 1.0), ("r", -1.0)):
        j[f"arm_{side}"] = ("chest", (sx * 0.45, y - 0.1, 2.2))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        j[f"leg_{side}"] = ("root", (sx * 0.55, y, 0.0))
        j[f"shin_{side}"] = (f"leg_{side}", (sx * 0.55, y * 0.48, 0.0))
    j["tail_1"] = ("root", (0.0, y + 0.35, -1.2))
    j["tail_2"] = ("tail_1", (0.0, y + 0.1, -3.0))
    j["tail_3"] = ("tail_2", (0.0, y - 0.3, -4.8))
    return j


def build_rex() -> list:
    s = _s()
    j = {k: v[1] for k, v in rex_joints().items()}
    y = REX_HIP
    parts = [_part(s.ellipsoid((0.75, 0.9, 1.4), (0.0, y + 0.35, 0.0), 2), bone="root"),
             _part(s.ellipsoid((0.65, 0.85, 1.3), (0.0, y + 0.4, 1.5), 2), bone="chest"),
             _part(s.cylinder_between(j["neck"], j["head"], 0.5, 10, radius1=0.4), bone="neck")]
    h = j["head"]
    skull = [s.ellipsoid((0.42, 0.45, 0.85), _add(h, (0.0, 0.05, 0.6)), 2)]
    parts.append(_part(skull, bone="head"))
    parts.append(_part([s.sphere(0.07, (sx * 0.36, h[1] + 0.28, h[2] + 0.65), 1) for sx in (1.0, -1.0)], BLACK,
                       roughness=0.2, bone="head"))
    teeth = [s.cone(0.04, 0.14, (sx * 0.3, h[1] - 0.28, h[2] + 0.5 + k * 0.22), 4) for sx in (1.0, -1.0)
             for k in range(4)]
    teeth = [s.rotated(t, 180.0, (1, 0, 0), (t.bounds[0] + t.bounds[1]) / 2) for t in teeth]
    parts.append(_part(teeth, WHITE, roughness=0.4, bone="head"))
    parts.append(_part(s.ellipsoid((0.3, 0.12, 0.6), _add(h, (0.0, -0.2, 0.6)), 1), MOUTH, roughness=0.8,
                       bone="head"))
    parts.append(_part(s.ellipsoid((0.36, 0.16, 0.75), _add(h, (0.0, -0.38, 0.55)), 1), bone="jaw"))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        a = j[f"arm_{side}"]
        parts.append(_part([s.cylinder_between(a, _add(a, (sx * 0.05, -0.45, 0.35)), 0.1, 6, radius1=0.06)],
                           bone=f"arm_{side}"))
        hip, knee = j[f"leg_{side}"], j[f"shin_{side}"]
        foot = (hip[0], 0.15, 0.0)
        parts.append(_part([s.ellipsoid((0.35, (hip[1] - knee[1]) * 0.6, 0.7),
                                        (hip[0], hip[1] - (hip[1] - knee[1]) * 0.4, 0.1), 1)],
                           bone=f"leg_{side}"))
        toes = [s.cylinder_between(knee, foot, 0.2, 8, radius1=0.13),
                s.ellipsoid((0.22, 0.15, 0.5), (hip[0], 0.15, 0.3), 1)]
        parts.append(_part(toes, bone=f"shin_{side}"))
    t1, t2, t3 = j["tail_1"], j["tail_2"], j["tail_3"]
    parts.append(_part([s.cylinder_between(t1, t2, 0.7, 10, radius1=0.45)], bone="tail_1"))
    parts.append(_part([s.cylinder_between(t2, t3, 0.45, 10, radius1=0.25), s.sphere(0.45, t2, 1)],
                       bone="tail_2"))
    parts.append(_part([s.cylinder_between(t3, _add(t3, (0.0, -0.5, -2.0)), 0.25, 8, radius1=0.02),
                        s.sphere(0.25, t3, 1)], bone="tail_3"))
    return parts


register_animal("dinosaur", build_rex, rex_joints(),
                {"en": "dinosaur dinosaurs dino trex tyrannosaurus", "de": "dinosaurier dino saurier tyrannosaurus"},
                "m", (0.35, 0.45, 0.25), roughness=0.8)


# -- the snake -----------------------------------------------------------------------------------------------
SNAKE_R = 0.045
SNAKE_SEG = 0.3


def snake_joints() -> Joints:
    r = SNAKE_R
    j: Joints = {"root": (None, (0.0, r, 0.0)), "head": ("root", (0.0, r, 0.05)),
                 "jaw": ("head", (0.0, r * 0.9, 0.07))}
    parent = "root"
    for k in range(1, 7):
        j[f"seg_{k}"] = (parent, (0.0, r, -SNAKE_SEG * (k - 1)))
        parent = f"seg_{k}"
    return j


def build_snake() -> list:
    s = _s()
    r = SNAKE_R
    parts = [_part(s.sphere(r, (0.0, r, 0.0), 1), bone="root")]
    head = s.ellipsoid((r * 1.3, r * 0.8, r * 2.0), (0.0, r * 1.05, r * 1.7), 2)
    parts.append(_part(head, bone="head"))
    parts.append(_part([s.sphere(r * 0.22, (sx * r * 0.9, r * 1.4, r * 2.4), 1) for sx in (1.0, -1.0)], BLACK,
                       roughness=0.2, bone="head"))
    parts.append(_part(s.ellipsoid((r * 1.0, r * 0.35, r * 1.6), (0.0, r * 0.5, r * 1.9), 1), bone="jaw"))
    tongue = s.cylinder_between((0.0, r * 0.75, r * 3.4), (0.0, r * 0.75, r * 4.4), r * 0.12, 4)
    parts.append(_part(tongue, RED, roughness=0.6, bone="jaw"))
    for k in range(1, 7):
        z0 = -SNAKE_SEG * (k - 1)
        r0 = r * (1.0 - 0.12 * (k - 1))
        r1 = r * (1.0 - 0.12 * k) if k < 6 else r * 0.1
        seg = [s.cylinder_between((0.0, r, z0), (0.0, r, z0 - SNAKE_SEG), r0, 10, radius1=r1),
               s.sphere(r0, (0.0, r, z0), 1)]
        seg = [s.translated(m, (0.0, r - r0, 0.0)) if k > 1 else m for m in seg]  # the belly stays on the ground
        parts.append(_part(seg, bone=f"seg_{k}"))
    return parts


register_animal("snake", build_snake, snake_joints(),
                {"en": "snake snakes serpent python cobra", "de": "schlange schlangen"}, "f", (0.35, 0.5, 0.15),
                roughness=0.5)


# -- the monkey: a small ape on the people's skeleton, so it walks, sits, waves and eats as they do -----------
MONKEY_JOINTS: Joints = {
    "root": (None, (0.0, 0.5, 0.0)), "spine": ("root", (0.0, 0.55, 0.0)), "neck": ("spine", (0.0, 0.84, 0.0)),
    "head": ("neck", (0.0, 0.88, 0.0)), "jaw": ("head", (0.0, 0.9, 0.05)),
    "upper_arm_l": ("spine", (0.16, 0.8, 0.0)), "lower_arm_l": ("upper_arm_l", (0.16, 0.58, 0.0)),
    "hand_l": ("lower_arm_l", (0.16, 0.37, 0.0)),
    "upper_arm_r": ("spine", (-0.16, 0.8, 0.0)), "lower_arm_r": ("upper_arm_r", (-0.16, 0.58, 0.0)),
    "hand_r": ("lower_arm_r", (-0.16, 0.37, 0.0)),
    "upper_leg_l": ("root", (0.07, 0.48, 0.0)), "lower_leg_l": ("upper_leg_l", (0.07, 0.26, 0.0)),
    "foot_l": ("lower_leg_l", (0.07, 0.05, 0.0)),
    "upper_leg_r": ("root", (-0.07, 0.48, 0.0)), "lower_leg_r": ("upper_leg_r", (-0.07, 0.26, 0.0)),
    "foot_r": ("lower_leg_r", (-0.07, 0.05, 0.0)),
}
FACE = (0.85, 0.68, 0.55)


def build_monkey() -> list:
    s = _s()
    j = {k: v[1] for k, v in MONKEY_JOINTS.items()}
    parts = [_part(s.ellipsoid((0.12, 0.1, 0.09), (0.0, 0.52, -0.01), 1), bone="root"),
             _part(s.ellipsoid((0.14, 0.17, 0.11), (0.0, 0.7, -0.01), 2), bone="spine"),
             _part(s.cylinder(0.04, 0.06, (0.0, 0.82, 0.0), 8), bone="neck")]
    h = (0.0, 0.97, 0.01)
    parts.append(_part([s.sphere(0.095, h, 2)] + [s.ellipsoid((0.02, 0.04, 0.035), (sx * 0.1, h[1], h[2]), 1)
                                                   for sx in (1.0, -1.0)], bone="head"))
    face = [s.ellipsoid((0.065, 0.07, 0.04), (0.0, h[1] + 0.005, h[2] + 0.07), 1),
            s.ellipsoid((0.05, 0.03, 0.04), (0.0, h[1] - 0.04, h[2] + 0.085), 1)]
    parts.append(_part(face, FACE, roughness=0.7, bone="head"))
    parts.append(_part([s.sphere(0.013, (sx * 0.028, h[1] + 0.025, h[2] + 0.105), 1) for sx in (1.0, -1.0)], BLACK,
                       roughness=0.2, bone="head"))
    parts.append(_part(s.ellipsoid((0.04, 0.018, 0.03), (0.0, h[1] - 0.07, h[2] + 0.075), 1), FACE, roughness=0.7,
                       bone="jaw"))
    for side, sx in (("l", 1.0), ("r", -1.0)):
        sh, el, wr = j[f"upper_arm_{side}"], j[f"lower_arm_{side}"], j[f"hand_{side}"]
        hp, kn, an = j[f"upper_leg_{side}"], j[f"lower_leg_{side}"], j[f"foot_{side}"]
        parts += [
            _part([s.cylinder_between(sh, el, 0.035, 8), s.sphere(0.035, sh, 1)], bone=f"upper_arm_{side}"),
            _part(s.cylinder_between(el, wr, 0.03, 8, radius1=0.025), bone=f"lower_arm_{side}"),
            _part(s.ellipsoid((0.02, 0.05, 0.03), (wr[0], wr[1] - 0.045, 0.0), 1), FACE, roughness=0.7,
                  bone=f"hand_{side}"),
            _part(s.cylinder_between(hp, kn, 0.045, 8, radius1=0.035), bone=f"upper_leg_{side}"),
            _part(s.cylinder_between(kn, an, 0.035, 8, radius1=0.03), bone=f"lower_leg_{side}"),
            # soles on y = 0, long like hands
            _part(s.box_between((sx * 0.07 - 0.03, 0.0, -0.03), (sx * 0.07 + 0.03, 0.05, 0.1)), FACE,
                  roughness=0.7, bone=f"foot_{side}"),
        ]
    tail = [s.cylinder_between((0.0, 0.5, -0.08), (0.0, 0.35, -0.3), 0.018, 6, radius1=0.014),
            s.sphere(0.014, (0.0, 0.35, -0.3), 1),
            s.cylinder_between((0.0, 0.35, -0.3), (0.0, 0.55, -0.45), 0.014, 6, radius1=0.008)]
    parts.append(_part(tail, bone="root"))
    return parts


register_animal("monkey", build_monkey, MONKEY_JOINTS,
                {"en": "monkey monkeys ape apes chimp chimpanzee gorilla", "de": "affe affen schimpanse gorilla"},
                "m", (0.4, 0.27, 0.16))


# -- the butterfly: a body and two pairs of wings that beat about its long axis -----------------------------
def butterfly_joints() -> Joints:
    return {"root": (None, (0.0, 0.004, 0.0)), "wing_l": ("root", (0.004, 0.006, 0.0)),
            "wing_r": ("root", (-0.004, 0.006, 0.0)), "jaw": ("root", (0.0, 0.004, 0.02))}


def build_butterfly() -> list:
    s = _s()
    parts = [_part(s.ellipsoid((0.004, 0.004, 0.022), (0.0, 0.004, 0.0), 1), BLACK, roughness=0.5, bone="root"),
             _part([s.cylinder_between((sx * 0.002, 0.006, 0.02), (sx * 0.012, 0.014, 0.04), 0.0008, 4)
                    for sx in (1.0, -1.0)], BLACK, roughness=0.5, bone="root"),
             _part(s.sphere(0.0025, (0.0, 0.004, 0.022), 1), BLACK, roughness=0.5, bone="jaw")]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        fore = s.prism([(0.004, 0.002), (0.045, 0.03), (0.05, 0.008), (0.03, -0.006)], -0.0006, 0.0006)
        hind = s.prism([(0.004, -0.002), (0.035, -0.01), (0.03, -0.035), (0.012, -0.03)], -0.0006, 0.0006)
        wings = [s.rotated(m, -90.0, (1, 0, 0)) for m in (fore, hind)]  # lie flat, the polygon's y toward +z
        wings = [s.rotated(m, 180.0, (0, 0, 1)) for m in wings] if sx < 0 else wings
        wings = [s.translated(m, (0.0, 0.006, 0.0)) for m in wings]
        # a black rim: the same wing a little larger, just under it
        edge = [s.translated(s.scaled(m, (1.12, 1.0, 1.12), (0.0, 0.006, 0.0)), (0.0, -0.0013, 0.0)) for m in wings]
        parts.append(_part(wings, bone=f"wing_{side}"))
        parts.append(_part(edge, BLACK, roughness=0.6, bone=f"wing_{side}"))
    return parts


register_animal("butterfly", build_butterfly, butterfly_joints(),
                {"en": "butterfly butterflies moth", "de": "schmetterling schmetterlinge falter"}, "m",
                (0.95, 0.55, 0.1), roughness=0.5, floating=True)
