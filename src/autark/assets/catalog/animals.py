"""Four-legged animals, rigged: one body plan (``Quadruped``) measured per species, and its builder.

Every animal faces +Z with its left side toward +X and stands with its feet on y = 0, at its real size. The
skeleton is the same for all of them, so one gait (``autark.motion.creatures``) moves them all:

    root (the trunk, at the body's centre)
      neck -> head -> jaw            the head hangs off the neck; the jaw opens with +X (eat, bark)
      leg_fl -> shin_fl, leg_fr -> shin_fr, leg_bl -> shin_bl, leg_br -> shin_br
                                     f/b front/back, l/r left (+X) / right; legs are straight down in the
                                     bind pose, the shin's lower end touches the ground
      tail_1 -> tail_2

Joint positions are plain arithmetic on the measurements (no trimesh), so importing the catalogue stays cheap;
the meshes are built on first use. Declared bounds come from ``animal_bounds`` (measured from the meshes and
checked against them by the tests).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s, _skeleton, register
from autark.assets.catalog.animal_bounds import BOUNDS
from autark.assets.spec import AssetSpec

__all__ = ["Quadruped", "quadruped_joints", "build_quadruped", "register_animal", "P3"]

P3 = tuple[float, float, float]
Joints = dict[str, tuple[str | None, P3]]

HOOF = (0.12, 0.1, 0.09)
PINK = (0.9, 0.62, 0.62)
MOUTH = (0.35, 0.06, 0.07)
HORN = (0.88, 0.84, 0.72)
IVORY = (0.95, 0.93, 0.85)


@dataclass(frozen=True)
class Quadruped:
    """The measurements of a four-legged body (metres; angles in degrees)."""

    shoulder_y: float  # front leg joint height (the top of the leg, inside the trunk)
    hip_y: float  # hind leg joint height
    z_front: float  # front legs' z
    z_back: float  # hind legs' z (negative)
    leg_x: float  # half the distance between left and right legs
    leg_r: float  # upper leg radius
    trunk: tuple[float, float]  # half width, half height of the trunk
    neck_len: float
    neck_up: float  # neck angle above horizontal
    neck_r: float
    head: P3  # cranium half sizes (x, y, z)
    snout: tuple[float, float, float]  # length, half width, half height
    head_pitch: float = 10.0  # the head's nose-down tilt from horizontal
    foot: str = "paw"  # paw, hoof, pad (elephant)
    ears: str = "point"  # point, flop, round, long, big, none
    ear_size: float = 1.0  # times the cranium's height
    tail: tuple[float, float, float] = (0.3, 0.03, 40.0)  # length, radius, droop below horizontal
    tail_tip: str = ""  # tuft, bushy, white
    extras: tuple[str, ...] = ()  # mane, lion_mane, horns, horn, antlers, ossicones, trunk, tusks, udder,
    #                               spots, stripes, wool, belly, whiskers
    accent: P3 = (0.2, 0.14, 0.1)  # mane, spots, stripes, tuft
    nose: P3 = BLACK
    knee: float = 0.5  # knee height as a share of the leg joint's height
    snout_drop: float = 0.3  # how far below the cranium's middle the snout sits (share of its height)


def _rx(p: P3, deg: float) -> P3:
    """``p`` rotated about X (+deg turns +Z toward -Y: nose down)."""
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    return (p[0], p[1] * c - p[2] * s, p[1] * s + p[2] * c)


def _add(a: P3, b: P3) -> P3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _trunk_centre(q: Quadruped) -> P3:
    return (0.0, (q.shoulder_y + q.hip_y) / 2 + q.trunk[1] * 0.15, (q.z_front + q.z_back) / 2)


def _neck_base(q: Quadruped) -> P3:
    return (0.0, q.shoulder_y + q.trunk[1] * 0.55, q.z_front + q.trunk[1] * 0.45)


def _head_joint(q: Quadruped) -> P3:
    a = math.radians(q.neck_up)
    return _add(_neck_base(q), (0.0, q.neck_len * math.sin(a), q.neck_len * math.cos(a)))


def _head_point(q: Quadruped, local: P3) -> P3:
    """A point given in the head's own frame (origin at the head joint, +Z along the nose) in asset space."""
    return _add(_head_joint(q), _rx(local, q.head_pitch))


def _snout_local(q: Quadruped) -> P3:
    hx, hy, hz = q.head
    return (0.0, -hy * q.snout_drop, hz * 1.55 + q.snout[0] * 0.5)


def _jaw_local(q: Quadruped) -> P3:
    hy = q.head[1]
    return (0.0, -hy * q.snout_drop - q.snout[2] * 0.6, q.head[2] * 1.2)


def _tail_points(q: Quadruped) -> tuple[P3, P3, P3]:
    cy = _trunk_centre(q)[1]
    back_z = q.z_back - q.trunk[1] * 0.55
    t0 = (0.0, cy + q.trunk[1] * 0.45, back_z)
    a = math.radians(q.tail[2])
    d = (0.0, -math.sin(a), -math.cos(a))
    half = q.tail[0] / 2
    t1 = _add(t0, (0.0, d[1] * half, d[2] * half))
    # the far half hangs a little lower (or curls a little higher for an upright tail)
    a2 = a + math.radians(15.0 if q.tail[2] >= 0 else 40.0)  # an upright tail's tip bends back (a cat's "?")
    t2 = _add(t1, (0.0, -math.sin(a2) * half, -math.cos(a2) * half))
    return t0, t1, t2


def quadruped_joints(q: Quadruped) -> Joints:
    """The skeleton of a quadruped, parents first (see the module docstring)."""
    j: Joints = {
        "root": (None, _trunk_centre(q)),
        "neck": ("root", _neck_base(q)),
        "head": ("neck", _head_joint(q)),
        "jaw": ("head", _head_point(q, _jaw_local(q))),
    }
    for end, y, z in (("f", q.shoulder_y, q.z_front), ("b", q.hip_y, q.z_back)):
        for side, sx in (("l", 1.0), ("r", -1.0)):
            j[f"leg_{end}{side}"] = ("root", (sx * q.leg_x, y, z))
            j[f"shin_{end}{side}"] = (f"leg_{end}{side}", (sx * q.leg_x, y * q.knee, z))
    t0, t1, _ = _tail_points(q)
    j["tail_1"] = ("root", t0)
    j["tail_2"] = ("tail_1", t1)
    return j


# -- meshes --------------------------------------------------------------------------------------------------
def _trunk(q: Quadruped, s) -> list:
    c = _trunk_centre(q)
    rx, ry = q.trunk
    half = (q.z_front - q.z_back) / 2
    if "wool" in q.extras:  # a fleece: one lumpy ball, wider than the body under it
        m = s.ellipsoid((rx * 1.25, ry * 1.2, half + ry * 0.9), c, subdivisions=3)
        return [s.jitter(m, 0.06, seed=7)]
    return [
        s.ellipsoid((rx, ry, half + ry * 0.35), c, subdivisions=2),
        s.ellipsoid((rx * 0.98, ry * 1.02, ry * 0.95), (0.0, q.shoulder_y + ry * 0.25, q.z_front), 1),
        s.ellipsoid((rx * 1.02, ry * 0.98, ry * 0.9), (0.0, q.hip_y + ry * 0.3, q.z_back), 1),
    ]


def _legs(q: Quadruped, s, joints: Joints) -> list:
    parts = []
    for end in ("f", "b"):
        for side in ("l", "r"):
            top = joints[f"leg_{end}{side}"][1]
            knee = joints[f"shin_{end}{side}"][1]
            x, _, z = top
            r = q.leg_r * (1.15 if end == "b" else 1.0)
            # a muscled upper leg that tapers into the trunk (the top hides inside it)
            thigh = [s.cylinder_between(top, knee, r, 8, radius1=r * 0.75),
                     s.ellipsoid((r * 1.12, (top[1] - knee[1]) * 0.5, r * 1.6),
                                 (x, top[1] - (top[1] - knee[1]) * 0.2, z), 1)]
            parts.append(_part(thigh, bone=f"leg_{end}{side}"))
            foot_h = q.leg_r * (0.9 if q.foot == "hoof" else 0.5)
            shin = [s.cylinder_between(knee, (x, foot_h, z), r * 0.72, 8, radius1=r * 0.55),
                    s.sphere(r * 0.74, knee, subdivisions=1)]
            if q.foot == "paw":
                paw = s.ellipsoid((r * 0.75, foot_h, r * 1.1), (x, foot_h, z + r * 0.35), 1)
                parts.append(_part([*shin, paw], bone=f"shin_{end}{side}"))
            elif q.foot == "hoof":
                parts.append(_part(shin, bone=f"shin_{end}{side}"))
                parts.append(_part(s.cylinder(r * 0.62, foot_h, (x, 0.0, z), 8), HOOF, roughness=0.5,
                                   bone=f"shin_{end}{side}"))
            else:  # an elephant's pillar and round pad
                pad = s.cylinder(r * 0.78, foot_h * 2.2, (x, 0.0, z), 12)
                parts.append(_part([*shin, pad], bone=f"shin_{end}{side}"))
    return parts


def _ears(q: Quadruped, s) -> list:
    hx, hy, hz = q.head
    e = q.ear_size * hy
    out = []
    for sx in (1.0, -1.0):
        if q.ears == "point":
            m = s.cone(e * 0.45, e * 1.1, (0.0, 0.0, 0.0), 8)
            m = s.rotated(s.scaled(m, (1.0, 1.0, 0.5)), sx * -18.0, (0, 0, 1))
            out.append(s.translated(m, (sx * hx * 0.55, hy * 0.7, hz * 0.55)))
        elif q.ears == "flop":
            out.append(s.ellipsoid((e * 0.18, e * 0.75, e * 0.45), (sx * hx * 1.0, -hy * 0.05, hz * 0.45), 1))
        elif q.ears == "round":
            out.append(s.ellipsoid((e * 0.5, e * 0.5, e * 0.2), (sx * hx * 0.7, hy * 0.85, hz * 0.4), 1))
        elif q.ears == "long":  # a rabbit's: tall, leaning back
            m = s.ellipsoid((e * 0.28, e * 1.5, e * 0.14), (0.0, e * 1.5, 0.0), 1)
            m = s.rotated(m, -22.0, (1, 0, 0))
            out.append(s.translated(m, (sx * hx * 0.45, hy * 0.6, hz * 0.45)))
        elif q.ears == "big":  # an elephant's: wide flaps on the side of the head, behind the eyes
            out.append(s.ellipsoid((e * 0.1, e * 0.9, e * 0.65), (sx * hx * 1.0, hy * 0.05, -hz * 0.1), 1))
        elif q.ears == "side":  # a horse's or cow's: small, sticking out and up
            m = s.cone(e * 0.2, e * 0.55, (0.0, 0.0, 0.0), 8)
            m = s.rotated(s.scaled(m, (1.0, 1.0, 0.55)), sx * -55.0, (0, 0, 1))
            out.append(s.translated(m, (sx * hx * 0.7, hy * 0.6, hz * 0.3)))
    return out


def _head(q: Quadruped, s) -> list:
    """The head's parts in the head frame (the head joint at the origin, nose along +Z)."""
    hx, hy, hz = q.head
    sl, sw, sh = q.snout
    sc = _snout_local(q)
    coat = [s.ellipsoid((hx, hy, hz), (0.0, 0.0, hz * 0.85), 2),
            s.ellipsoid((sw, sh, sl * 0.5 + hz * 0.25), sc, 1), *_ears(q, s)]
    tip = (0.0, sc[1] + sh * 0.25, sc[2] + sl * 0.5 + hz * 0.2)
    dark = [s.sphere(max(hx * 0.14, 0.004), (sx * hx * 0.85, hy * 0.3, hz * 1.25), 1) for sx in (1.0, -1.0)]
    nose = [s.ellipsoid((sw * 0.5, sh * 0.42, sh * 0.25), tip, 1)]
    ivory: list = []
    if "horns" in q.extras:
        for sx in (1.0, -1.0):
            base = (sx * hx * 0.6, hy * 0.75, hz * 0.55)
            ivory.append(s.cylinder_between(base, _add(base, (sx * hx * 0.9, hy * 0.55, hz * 0.2)), hx * 0.14, 8,
                                            radius1=hx * 0.03))
    if "horn" in q.extras:  # a unicorn's, from the forehead
        base = (0.0, hy * 0.6, hz * 1.25)
        ivory.append(s.cylinder_between(base, _add(base, (0.0, hz * 1.5, hz * 1.2)), hx * 0.16, 8,
                                        radius1=hx * 0.01))
    if "ossicones" in q.extras:
        for sx in (1.0, -1.0):
            base = (sx * hx * 0.4, hy * 0.6, hz * 0.4)
            coat.append(s.cylinder_between(base, _add(base, (sx * 0.01, hy * 1.2, -hz * 0.1)), hx * 0.14, 8))
            nose.append(s.sphere(hx * 0.2, _add(base, (sx * 0.01, hy * 1.25, -hz * 0.1)), 1))
    if "antlers" in q.extras:
        for sx in (1.0, -1.0):
            base = (sx * hx * 0.45, hy * 0.7, hz * 0.5)
            top = _add(base, (sx * hy * 1.4, hy * 3.0, -hz * 0.6))
            mid = _add(base, (sx * hy * 0.7, hy * 1.5, -hz * 0.3))
            ivory += [s.cylinder_between(base, top, hx * 0.09, 6, radius1=hx * 0.05),
                      s.cylinder_between(mid, _add(mid, (sx * hy * 0.2, hy * 1.0, hz * 0.8)), hx * 0.06, 6,
                                         radius1=hx * 0.03),
                      s.cylinder_between(_add(mid, (sx * hy * 0.35, hy * 0.75, -hz * 0.15)),
                                         _add(top, (sx * hy * 0.6, -hy * 0.3, hz * 0.5)), hx * 0.05, 6,
                                         radius1=hx * 0.03)]
    if "trunk" in q.extras:  # hangs from the snout's tip most of the way to the ground, curling forward
        p1 = _add(tip, (0.0, -hy * 1.6, hy * 0.2))
        p2 = _add(p1, (0.0, -hy * 1.4, hy * 0.05))
        p3 = _add(p2, (0.0, -hy * 0.6, hy * 0.45))
        coat += [s.cylinder_between(tip, p1, sw * 1.1, 10, radius1=sw * 0.75),
                 s.sphere(sw * 0.75, p1, 1),
                 s.cylinder_between(p1, p2, sw * 0.75, 10, radius1=sw * 0.52), s.sphere(sw * 0.52, p2, 1),
                 s.cylinder_between(p2, p3, sw * 0.52, 8, radius1=sw * 0.4)]
        nose = []
    if "tusks" in q.extras:
        for sx in (1.0, -1.0):
            base = (sx * sw * 0.8, sc[1] - sh * 0.4, sc[2])
            ivory.append(s.cylinder_between(base, _add(base, (sx * sw * 0.3, -sl * 0.9, sl * 1.4)), sw * 0.22, 8,
                                            radius1=sw * 0.05))
    if "frog_eyes" in q.extras:  # bulging eyes on top of a wide flat head
        for sx in (1.0, -1.0):
            coat.append(s.sphere(hx * 0.42, (sx * hx * 0.55, hy * 0.8, hz * 1.1), 1))
            dark.append(s.sphere(hx * 0.24, (sx * hx * 0.62, hy * 1.05, hz * 1.35), 1))
    if "whiskers" in q.extras:
        for sx in (1.0, -1.0):
            for dy in (0.0, sh * 0.35):
                a = (sx * sw * 0.8, sc[1] + dy, tip[2] - sh * 0.4)
                dark.append(s.cylinder_between(a, _add(a, (sx * sw * 2.6, dy * 0.5, -sh * 0.3)), sw * 0.03, 4))
    mouth = [s.ellipsoid((sw * 0.7, sh * 0.3, sl * 0.45), (0.0, sc[1] - sh * 0.55, sc[2] + sl * 0.05), 1)]
    jaw = [s.ellipsoid((sw * 0.8, sh * 0.38, sl * 0.48 + hz * 0.1), (0.0, sc[1] - sh * 0.72, sc[2] - hz * 0.05), 1)]
    return [("coat", coat), ("dark", dark), ("nose", nose), ("ivory", ivory), ("mouth", mouth), ("jaw", jaw)]


def _in_head_frame(q: Quadruped, s, meshes: list) -> list:
    joint = _head_joint(q)
    return [s.translated(s.rotated(m, q.head_pitch, (1, 0, 0)), joint) for m in meshes]


def _patterns(q: Quadruped, s) -> list:
    """Spots (cow, giraffe) and stripes (tiger) on the trunk, in the accent colour."""
    c = _trunk_centre(q)
    rx, ry = q.trunk
    half = (q.z_front - q.z_back) / 2 + ry * 0.35
    out = []
    if "spots" in q.extras:
        for k in range(22):
            u = (k * 0.618034) % 1.0  # golden-ratio spread, the same pattern every build
            z = c[2] + (u * 1.6 - 0.8) * half
            ang = (k * 2.39996) % (2 * math.pi)
            if math.sin(ang) < -0.4:  # no spots on the belly
                ang = math.pi - ang
            w = math.sqrt(max(1.0 - ((z - c[2]) / half) ** 2, 0.05))
            p = (math.cos(ang) * rx * w * 0.97, c[1] + math.sin(ang) * ry * w * 0.97, z)
            r = ry * (0.26 + 0.1 * ((k * 7) % 3))
            out.append(s.ellipsoid((r, r * 0.8, r * 1.1), p, 0))
    if "stripes" in q.extras:
        for k in range(7):
            z = c[2] + (k / 6 * 1.5 - 0.75) * half
            w = math.sqrt(max(1.0 - ((z - c[2]) / half) ** 2, 0.05))
            minor = 0.03 / max(rx, ry) / w  # the ring is scaled to the body's section: keep the stripe ~3 cm
            ring = s.torus(1.0, minor, (0.0, 0.0, 0.0), axis="z", sections=16, tube_sections=4)
            out.append(s.translated(s.scaled(ring, (rx * w * 1.01, ry * w * 1.01, 0.03 / minor)), (0.0, c[1], z)))
    return out


def build_quadruped(q: Quadruped) -> list:
    """The mesh parts of ``q``, each on its bone; parts in the object's colour carry ``color=None``."""
    s = _s()
    joints = quadruped_joints(q)
    parts = [_part(_trunk(q, s), bone="root")]
    nb, hj = _neck_base(q), _head_joint(q)
    neck = [s.cylinder_between(nb, hj, q.neck_r, 10, radius1=q.neck_r * 0.7), s.sphere(q.neck_r * 0.7, hj, 1)]
    parts.append(_part(neck, bone="neck"))
    if "mane" in q.extras:  # a crest of hair along the top of the neck
        up = (0.0, q.neck_r * 0.85, -q.neck_r * 0.3)
        top = _add(_mid(nb, hj), _mid(_mid(nb, hj), hj))  # (twice the point three quarters up the neck)
        top = (top[0] / 2, top[1] / 2, top[2] / 2)
        mane = s.cylinder_between(_add(nb, up), _add(top, up), q.neck_r * 0.35, 8, radius1=q.neck_r * 0.3)
        parts.append(_part(s.scaled(mane, (0.45, 1.0, 1.0)), q.accent, roughness=0.95, bone="neck"))
    colours = {"coat": q.accent if "dark_face" in q.extras else None, "dark": BLACK, "nose": q.nose, "ivory": IVORY if "tusks" in q.extras else HORN,
               "mouth": MOUTH}
    for name, meshes in _head(q, s):
        if not meshes:
            continue
        moved = _in_head_frame(q, s, meshes)
        if name == "jaw":
            parts.append(_part(moved, bone="jaw"))
        else:
            parts.append(_part(moved, colours[name], roughness=0.3 if name == "dark" else None, bone="head"))
    if "lion_mane" in q.extras:
        hx, hy, hz = q.head
        ruff = s.jitter(s.ellipsoid((hx * 2.0, hy * 2.0, hz * 0.9), (0.0, hy * 0.1, hz * 0.35), 2), 0.1, seed=3)
        parts.append(_part(_in_head_frame(q, s, [ruff]), q.accent, roughness=0.95, bone="head"))
    parts += _legs(q, s, joints)
    t0, t1, t2 = _tail_points(q)
    r = q.tail[1]
    if q.tail_tip == "bushy":
        tail1 = [s.ellipsoid((r * 1.5, r * 1.5, q.tail[0] * 0.3), _mid(t0, t1), 1)]
        tail2 = [s.ellipsoid((r * 1.8, r * 1.8, q.tail[0] * 0.32), _mid(t1, t2), 1)]
        tail1 = [s.rotated(m, q.tail[2], (1, 0, 0), _mid(t0, t1)) for m in tail1]
        tail2 = [s.rotated(m, q.tail[2] + 15.0, (1, 0, 0), _mid(t1, t2)) for m in tail2]
    else:
        tail1 = [s.cylinder_between(t0, t1, r, 8, radius1=r * 0.8), s.sphere(r * 0.8, t1, 1)]
        tail2 = [s.cylinder_between(t1, t2, r * 0.8, 8, radius1=r * 0.45)]
    parts.append(_part(tail1, bone="tail_1"))
    parts.append(_part(tail2, bone="tail_2"))
    c = _trunk_centre(q)
    rx, ry = q.trunk
    half = (q.z_front - q.z_back) / 2
    if "shell" in q.extras:  # a tortoise's dome over the trunk, and its rim
        dome = s.lathe([(0.0, 0.0), (1.0, 0.0), (0.97, 0.25), (0.8, 0.62), (0.45, 0.9), (0.0, 1.0)], 16)
        dome = s.translated(s.scaled(dome, (rx * 1.45, ry * 1.9, half * 1.5)), (0.0, c[1] - ry * 0.45, c[2]))
        parts.append(_part(s.jitter(dome, 0.03, seed=11), q.accent, roughness=0.7, bone="root"))
    if "frog_legs" in q.extras:  # a sitting frog's folded hind legs along its sides, and bulging eyes
        for side, sx in (("l", 1.0), ("r", -1.0)):
            thigh = s.ellipsoid((rx * 0.45, ry * 0.55, half * 1.1), (sx * rx * 1.0, c[1] - ry * 0.25, q.z_back), 1)
            parts.append(_part(s.rotated(thigh, sx * 15.0, (0, 1, 0), (sx * rx, c[1], q.z_back)),
                               bone=f"leg_b{side}"))
    if q.tail_tip in ("tuft", "white") or q.tail_tip == "bushy" and "white_tip" in q.extras:
        colour = WHITE if q.tail_tip == "white" or "white_tip" in q.extras else q.accent
        parts.append(_part(s.ellipsoid((r * 1.6, r * 1.6, r * 3.0), t2, 1), colour, roughness=0.95,
                           bone="tail_2"))
    pattern = _patterns(q, s)
    if pattern:
        parts.append(_part(pattern, q.accent, roughness=0.9, bone="root"))
    if "udder" in q.extras:
        parts.append(_part(s.ellipsoid((q.trunk[0] * 0.35, q.trunk[1] * 0.3, q.trunk[1] * 0.35),
                                       (0.0, c[1] - q.trunk[1] * 0.95, q.z_back + q.trunk[1] * 0.5), 1), PINK,
                           roughness=0.7, bone="root"))
    if "belly" in q.extras:  # a pale chest and belly (fox, wolf)
        parts.append(_part(s.ellipsoid((rx * 0.8, ry * 0.6, (q.z_front - q.z_back) * 0.45),
                                       (0.0, c[1] - ry * 0.45, c[2] + ry * 0.2), 1), q.accent, roughness=0.95,
                           bone="root"))
    return parts


def _mid(a: P3, b: P3) -> P3:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2)


def register_animal(type_: str, build, joints: Joints, words: dict[str, str], gender_de: str, color: P3, *,
                    roughness: float = 0.9, floating: bool = False) -> None:
    """Declare a rigged animal; its bounds are the measured ones in ``animal_bounds``."""
    lo, hi = BOUNDS.get(type_, ((-0.1, 0.0, -0.1), (0.1, 0.2, 0.1)))
    register(AssetSpec(type_, "character", lo, hi, build, color=color, roughness=roughness, character=True,
                       floating=floating, skeleton=_skeleton(joints), words=words, gender_de=gender_de))


def _quad(type_: str, q: Quadruped, words: dict[str, str], gender_de: str, color: P3, **kw) -> None:
    register_animal(type_, lambda: build_quadruped(q), quadruped_joints(q), words, gender_de, color, **kw)


# -- the species (real sizes: shoulder height, body length) ----------------------------------------------------
DOG = Quadruped(0.5, 0.48, 0.26, -0.24, 0.085, 0.042, (0.12, 0.13), 0.2, 50.0, 0.065, (0.085, 0.085, 0.09),
                (0.13, 0.05, 0.045), head_pitch=5.0, ears="flop", ear_size=1.0, tail=(0.32, 0.025, -25.0),
                knee=0.48)
_quad("dog", DOG, {"en": "dog dogs puppy puppies hound doggy pup", "de": "hund hunde hündchen welpe welpen"}, "m",
      (0.6, 0.42, 0.25))
CAT = Quadruped(0.24, 0.24, 0.15, -0.15, 0.05, 0.024, (0.07, 0.075), 0.08, 45.0, 0.035, (0.055, 0.05, 0.05),
                (0.035, 0.03, 0.022), head_pitch=0.0, ears="point", ear_size=1.0, tail=(0.34, 0.02, -65.0),
                extras=("whiskers",), nose=PINK, snout_drop=0.35)
_quad("cat", CAT, {"en": "cat cats kitten kittens kitty tomcat", "de": "katze katzen kätzchen kater mieze"}, "f",
      (0.45, 0.45, 0.45))
HORSE = Quadruped(1.3, 1.3, 0.62, -0.62, 0.2, 0.085, (0.3, 0.33), 0.8, 50.0, 0.19, (0.11, 0.12, 0.15),
                  (0.42, 0.072, 0.082), head_pitch=45.0, foot="hoof", ears="point", ear_size=0.7,
                  tail=(0.8, 0.07, 60.0), tail_tip="tuft", extras=("mane",), accent=(0.12, 0.08, 0.06),
                  knee=0.42, snout_drop=0.15)
_quad("horse", HORSE, {"en": "horse horses pony ponies stallion mare foal",
                       "de": "pferd pferde pony ponys hengst stute fohlen"}, "n", (0.45, 0.28, 0.15))
UNICORN = replace(HORSE, extras=("mane", "horn"), accent=(0.85, 0.75, 0.95))
_quad("unicorn", UNICORN, {"en": "unicorn unicorns", "de": "einhorn einhörner"}, "n", (0.95, 0.95, 0.97))
COW = Quadruped(1.15, 1.2, 0.75, -0.7, 0.24, 0.1, (0.38, 0.42), 0.3, 25.0, 0.22, (0.16, 0.17, 0.17),
                (0.25, 0.13, 0.13), head_pitch=35.0, foot="hoof", ears="side", ear_size=1.0,
                tail=(0.85, 0.04, 75.0), tail_tip="tuft", extras=("horns", "spots", "udder"),
                accent=(0.08, 0.08, 0.08), nose=PINK, knee=0.45, snout_drop=0.2)
_quad("cow", COW, {"en": "cow cows bull bulls cattle ox oxen calf",
                   "de": "kuh kühe stier stiere rind rinder ochse kalb"}, "f", (0.95, 0.94, 0.9))
SHEEP = Quadruped(0.62, 0.62, 0.38, -0.36, 0.13, 0.045, (0.25, 0.24), 0.16, 35.0, 0.1, (0.08, 0.09, 0.1),
                  (0.14, 0.065, 0.07), head_pitch=30.0, foot="hoof", ears="side", ear_size=1.1,
                  tail=(0.15, 0.04, 70.0), extras=("wool", "dark_face"), accent=(0.16, 0.14, 0.13),
                  nose=(0.3, 0.28, 0.28), knee=0.45)
_quad("sheep", SHEEP, {"en": "sheep lamb lambs ram", "de": "schaf schafe lamm lämmer widder"}, "n",
      (0.93, 0.92, 0.86), roughness=1.0)
PIG = Quadruped(0.5, 0.5, 0.42, -0.42, 0.15, 0.06, (0.26, 0.27), 0.1, 20.0, 0.2, (0.15, 0.15, 0.14),
                (0.13, 0.09, 0.08), head_pitch=15.0, foot="hoof", ears="point", ear_size=0.7,
                tail=(0.14, 0.02, 10.0), nose=PINK, knee=0.5, snout_drop=0.15)
_quad("pig", PIG, {"en": "pig pigs piglet piglets hog boar swine", "de": "schwein schweine ferkel eber sau"}, "n",
      (0.96, 0.72, 0.72), roughness=0.7)
BEAR = Quadruped(0.95, 0.95, 0.55, -0.55, 0.24, 0.12, (0.42, 0.45), 0.22, 20.0, 0.27, (0.2, 0.19, 0.18),
                 (0.18, 0.1, 0.09), head_pitch=15.0, ears="round", ear_size=0.45, tail=(0.12, 0.06, 60.0),
                 knee=0.5)
_quad("bear", BEAR, {"en": "bear bears grizzly", "de": "bär bären grizzly"}, "m", (0.36, 0.24, 0.14))
ELEPHANT = Quadruped(2.5, 2.4, 1.15, -1.15, 0.55, 0.3, (0.95, 1.05), 0.35, 20.0, 0.6, (0.55, 0.6, 0.55),
                     (0.22, 0.22, 0.2), head_pitch=10.0, foot="pad", ears="big", ear_size=1.5,
                     tail=(1.0, 0.05, 70.0), tail_tip="tuft", extras=("trunk", "tusks"), accent=(0.2, 0.2, 0.2),
                     knee=0.48)
_quad("elephant", ELEPHANT, {"en": "elephant elephants mammoth", "de": "elefant elefanten mammut"}, "m",
      (0.5, 0.49, 0.48), roughness=0.95)
RABBIT = Quadruped(0.16, 0.2, 0.09, -0.1, 0.055, 0.022, (0.085, 0.09), 0.06, 60.0, 0.045, (0.05, 0.05, 0.055),
                   (0.035, 0.03, 0.028), head_pitch=10.0, ears="long", ear_size=1.3, tail=(0.05, 0.03, 0.0),
                   tail_tip="white", extras=("whiskers",), nose=PINK, knee=0.5)
_quad("rabbit", RABBIT, {"en": "rabbit rabbits bunny bunnies hare hares",
                         "de": "hase hasen kaninchen häschen"}, "m", (0.62, 0.52, 0.42))
MOUSE = Quadruped(0.035, 0.035, 0.035, -0.03, 0.018, 0.006, (0.025, 0.024), 0.015, 30.0, 0.017,
                  (0.016, 0.016, 0.018), (0.018, 0.009, 0.008), head_pitch=10.0, ears="round", ear_size=0.9,
                  tail=(0.09, 0.003, 5.0), extras=("whiskers",), nose=PINK, knee=0.5)
_quad("mouse", MOUSE, {"en": "mouse mice rat rats hamster", "de": "maus mäuse ratte ratten hamster"}, "f",
      (0.55, 0.52, 0.5))
FOX = replace(DOG, shoulder_y=0.38, hip_y=0.37, z_front=0.22, z_back=-0.2, leg_x=0.065, leg_r=0.028,
              trunk=(0.09, 0.1), neck_len=0.13, neck_r=0.05, head=(0.065, 0.06, 0.07), snout=(0.12, 0.035, 0.03),
              ears="point", ear_size=1.3, tail=(0.42, 0.06, 25.0), tail_tip="bushy", extras=("belly", "white_tip"),
              accent=(0.95, 0.92, 0.85))
_quad("fox", FOX, {"en": "fox foxes vixen", "de": "fuchs füchse füchsin"}, "m", (0.85, 0.42, 0.12))
WOLF = replace(DOG, shoulder_y=0.72, hip_y=0.7, z_front=0.42, z_back=-0.42, leg_x=0.11, leg_r=0.05,
               trunk=(0.15, 0.18), neck_len=0.22, neck_r=0.09, head=(0.11, 0.1, 0.11), snout=(0.17, 0.06, 0.05),
               ears="point", ear_size=1.0, tail=(0.45, 0.06, 55.0), tail_tip="bushy", extras=("belly",),
               accent=(0.78, 0.76, 0.72))
_quad("wolf", WOLF, {"en": "wolf wolves", "de": "wolf wölfe"}, "m", (0.45, 0.44, 0.42))
LION = Quadruped(0.95, 0.95, 0.62, -0.62, 0.2, 0.09, (0.26, 0.3), 0.25, 35.0, 0.17, (0.17, 0.17, 0.17),
                 (0.17, 0.1, 0.09), head_pitch=15.0, ears="round", ear_size=0.4, tail=(0.8, 0.035, 50.0),
                 tail_tip="tuft", extras=("lion_mane", "whiskers"), accent=(0.5, 0.28, 0.1), knee=0.5)
_quad("lion", LION, {"en": "lion lions lioness", "de": "löwe löwen löwin"}, "m", (0.82, 0.62, 0.32))
TIGER = replace(LION, tail_tip="", extras=("stripes", "whiskers", "belly"), accent=(0.08, 0.06, 0.05),
                z_front=0.7, z_back=-0.7, trunk=(0.26, 0.28))
_quad("tiger", TIGER, {"en": "tiger tigers", "de": "tiger tigerin"}, "m", (0.9, 0.5, 0.12))
GIRAFFE = Quadruped(2.7, 2.3, 0.6, -0.55, 0.24, 0.09, (0.35, 0.42), 2.0, 68.0, 0.15, (0.11, 0.13, 0.15),
                    (0.28, 0.08, 0.08), head_pitch=60.0, foot="hoof", ears="side", ear_size=0.8,
                    tail=(0.9, 0.03, 70.0), tail_tip="tuft", extras=("ossicones", "spots", "mane"),
                    accent=(0.45, 0.25, 0.1), knee=0.45)
_quad("giraffe", GIRAFFE, {"en": "giraffe giraffes", "de": "giraffe giraffen"}, "f", (0.93, 0.77, 0.45))
DEER = Quadruped(1.0, 1.0, 0.5, -0.5, 0.15, 0.045, (0.2, 0.24), 0.45, 60.0, 0.09, (0.08, 0.09, 0.1),
                 (0.2, 0.06, 0.06), head_pitch=45.0, foot="hoof", ears="side", ear_size=1.3,
                 tail=(0.12, 0.04, 60.0), tail_tip="white", extras=("antlers",), knee=0.45)
_quad("deer", DEER, {"en": "deer stag stags doe reindeer", "de": "hirsch hirsche reh rehe rentier"},
      "m", (0.55, 0.36, 0.2))
FROG = Quadruped(0.035, 0.045, 0.04, -0.03, 0.045, 0.011, (0.05, 0.032), 0.01, 20.0, 0.03, (0.045, 0.022, 0.03),
                 (0.012, 0.035, 0.016), head_pitch=-5.0, ears="none", tail=(0.01, 0.004, 60.0),
                 extras=("frog_eyes", "frog_legs"), nose=(0.3, 0.45, 0.2), knee=0.5, snout_drop=0.2)
_quad("frog", FROG, {"en": "frog frogs toad toads", "de": "frosch frösche kröte kröten"}, "m", (0.3, 0.62, 0.2),
      roughness=0.4)
TURTLE = Quadruped(0.1, 0.1, 0.13, -0.12, 0.11, 0.03, (0.13, 0.07), 0.08, 25.0, 0.028, (0.035, 0.03, 0.04),
                   (0.02, 0.025, 0.02), head_pitch=0.0, ears="none", tail=(0.05, 0.014, 40.0),
                   extras=("shell",), accent=(0.35, 0.27, 0.14), knee=0.5)
_quad("turtle", TURTLE, {"en": "turtle turtles tortoise tortoises", "de": "schildkröte schildkröten"}, "f",
      (0.5, 0.55, 0.32), roughness=0.7)
