"""The built-in asset types. Importing this module registers them.

Every builder returns parts in local space: bottom centre at the origin, front toward +Z, metres. Vehicles
drive along their local +Z, so their long axis is Z. Declared bounds are checked against the built meshes by
the tests (within 1 mm), so a builder change must update its ``register`` line.

Rigged characters (humanoid, robot) face +Z; their *left* side is +X (a person facing the viewer has their
left hand on the viewer's right). Bone pivots are joint positions in the bind pose; see ``autark.assets.rig``.
"""

from __future__ import annotations

import dataclasses
import math

from autark.assets.library import AssetSpec, Bone, MeshPart, SupportSurface, register

# trimesh (via autark.assets.shapes) is imported inside the builders so that importing the catalogue, which
# the command engine does for bounds and support surfaces, stays cheap.

WOOD = (0.55, 0.35, 0.2)
DARK_WOOD = (0.3, 0.18, 0.1)
METAL = (0.6, 0.6, 0.62)
DARK_METAL = (0.18, 0.18, 0.2)
BLACK = (0.04, 0.04, 0.04)
WHITE = (0.92, 0.92, 0.9)
CREAM = (0.95, 0.92, 0.8)
GLASS = (0.08, 0.1, 0.12)
LEAF = (0.22, 0.5, 0.18)
BARK = (0.4, 0.26, 0.14)
SKIN = (0.87, 0.68, 0.55)
HAIR = (0.16, 0.1, 0.06)
DENIM = (0.16, 0.22, 0.38)
SHOE = (0.12, 0.09, 0.07)
WARM_LIGHT = (1.0, 0.85, 0.55)
FLAME = (1.0, 0.55, 0.12)
STONE = (0.5, 0.49, 0.46)


def _s():  # the shapes module, imported on first build (it imports trimesh)
    from autark.assets import shapes

    return shapes


def _part(meshes, color=None, *, roughness=None, metallic=None, emissive=0.0, bone=None, opacity=1.0):
    s = _s()
    mesh = s.merge(meshes) if isinstance(meshes, list | tuple) else meshes
    return MeshPart(mesh, color=color, roughness=roughness, metallic=metallic, emissive=emissive, bone=bone,
                    opacity=opacity)


def _top(name: str, height: float, lo: tuple[float, float], hi: tuple[float, float]) -> SupportSurface:
    return SupportSurface(name, height, lo, hi)


# -- primitives ----------------------------------------------------------------------------------------------
register(AssetSpec("cube", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [_part(_s().box((1, 1, 1), (0, 0.5, 0)))],
                   supports=(_top("top", 1.0, (-0.5, -0.5), (0.5, 0.5)),)))
register(AssetSpec("sphere", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [_part(_s().sphere(0.5, (0, 0.5, 0), subdivisions=3))]))
register(AssetSpec("cylinder", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [_part(_s().cylinder(0.5, 1.0, sections=32))],
                   supports=(_top("top", 1.0, (-0.35, -0.35), (0.35, 0.35)),)))
register(AssetSpec("cone", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [_part(_s().cone(0.5, 1.0, sections=32))]))


# -- characters (rigged) -------------------------------------------------------------------------------------
def _skeleton(joints: dict[str, tuple[str | None, tuple[float, float, float]]]) -> tuple[Bone, ...]:
    return tuple(Bone(name, parent, pivot) for name, (parent, pivot) in joints.items())


# Humanoid, 1.75 m. Left = +X. Joint heights follow adult proportions (hip ~0.53 of height, knee ~0.29).
_HUMANOID_JOINTS: dict[str, tuple[str | None, tuple[float, float, float]]] = {
    "root": (None, (0.0, 0.95, 0.0)),
    "spine": ("root", (0.0, 1.05, 0.0)),
    "neck": ("spine", (0.0, 1.47, 0.0)),
    "head": ("neck", (0.0, 1.56, 0.0)),
    "jaw": ("head", (0.0, 1.6, 0.02)),
    "upper_arm_l": ("spine", (0.2, 1.42, 0.0)),
    "lower_arm_l": ("upper_arm_l", (0.2, 1.14, 0.0)),
    "hand_l": ("lower_arm_l", (0.2, 0.88, 0.0)),
    "upper_arm_r": ("spine", (-0.2, 1.42, 0.0)),
    "lower_arm_r": ("upper_arm_r", (-0.2, 1.14, 0.0)),
    "hand_r": ("lower_arm_r", (-0.2, 0.88, 0.0)),
    "upper_leg_l": ("root", (0.09, 0.92, 0.0)),
    "lower_leg_l": ("upper_leg_l", (0.09, 0.5, 0.0)),
    "foot_l": ("lower_leg_l", (0.09, 0.08, 0.0)),
    "upper_leg_r": ("root", (-0.09, 0.92, 0.0)),
    "lower_leg_r": ("upper_leg_r", (-0.09, 0.5, 0.0)),
    "foot_r": ("lower_leg_r", (-0.09, 0.08, 0.0)),
}


def _humanoid():
    s = _s()
    j = {k: v[1] for k, v in _HUMANOID_JOINTS.items()}
    parts = [
        _part(s.scaled(s.lathe([(0.15, 0.86), (0.16, 0.95), (0.15, 1.02)], 16), (1.0, 1.0, 0.65)), DENIM,
              roughness=0.85, bone="root"),
        # torso: the shirt takes the object's colour ("a red man" wears red)
        _part(s.scaled(s.lathe([(0.15, 1.0), (0.15, 1.1), (0.18, 1.3), (0.17, 1.42), (0.07, 1.49)], 16),
                       (1.0, 1.0, 0.62)), bone="spine"),
        _part(s.cylinder(0.05, 0.13, (0, 1.46, 0), sections=12), SKIN, roughness=0.7, bone="neck"),
        _part([s.ellipsoid((0.095, 0.11, 0.105), (0, 1.635, 0.01)),
               s.ellipsoid((0.016, 0.025, 0.02), (0, 1.63, 0.115), subdivisions=1)],  # nose
              SKIN, roughness=0.7, bone="head"),
        _part([s.ellipsoid((0.1, 0.075, 0.105), (0, 1.675, -0.005)),  # hair, stays on top of the head
               s.sphere(0.013, (0.035, 1.655, 0.1), subdivisions=1),
               s.sphere(0.013, (-0.035, 1.655, 0.1), subdivisions=1)], HAIR, roughness=0.9, bone="head"),
        # the mouth's inside shows when the jaw opens
        _part(s.box((0.05, 0.025, 0.02), (0, 1.585, 0.085)), (0.35, 0.08, 0.08), roughness=0.8, bone="head"),
        _part(s.ellipsoid((0.065, 0.03, 0.055), (0, 1.565, 0.055)), SKIN, roughness=0.7, bone="jaw"),
    ]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        sh, el, wr = j[f"upper_arm_{side}"], j[f"lower_arm_{side}"], j[f"hand_{side}"]
        hip, knee, ankle = j[f"upper_leg_{side}"], j[f"lower_leg_{side}"], j[f"foot_{side}"]
        parts += [
            _part([s.cylinder_between(sh, el, 0.05, 10), s.sphere(0.05, sh, subdivisions=1)],
                  bone=f"upper_arm_{side}"),
            _part(s.cylinder_between(el, wr, 0.04, 10, radius1=0.033), SKIN, roughness=0.7,
                  bone=f"lower_arm_{side}"),
            _part(s.ellipsoid((0.028, 0.085, 0.045), (wr[0], wr[1] - 0.08, 0.0), subdivisions=1), SKIN,
                  roughness=0.7, bone=f"hand_{side}"),
            _part(s.cylinder_between(hip, knee, 0.075, 12, radius1=0.055), DENIM, roughness=0.85,
                  bone=f"upper_leg_{side}"),
            _part(s.cylinder_between(knee, ankle, 0.055, 12, radius1=0.042), DENIM, roughness=0.85,
                  bone=f"lower_leg_{side}"),
            # soles exactly on y = 0 in the bind pose
            _part([s.box_between((sx * 0.09 - 0.05, 0.0, -0.06), (sx * 0.09 + 0.05, 0.09, 0.17))],
                  SHOE, roughness=0.6, bone=f"foot_{side}"),
        ]
    return parts


register(AssetSpec("humanoid", "character", (-0.25, 0.0, -0.1116), (0.25, 1.75, 0.17), _humanoid,
                   color=(0.3, 0.45, 0.7), roughness=0.8, character=True,
                   skeleton=_skeleton(_HUMANOID_JOINTS)))


# Robot, 1.4 m, boxy, with an antenna. Left = +X.
_ROBOT_JOINTS: dict[str, tuple[str | None, tuple[float, float, float]]] = {
    "root": (None, (0.0, 0.62, 0.0)),
    "spine": ("root", (0.0, 0.68, 0.0)),
    "neck": ("spine", (0.0, 1.06, 0.0)),
    "head": ("neck", (0.0, 1.1, 0.0)),
    "jaw": ("head", (0.0, 1.17, 0.13)),
    "upper_arm_l": ("spine", (0.27, 0.98, 0.0)),
    "lower_arm_l": ("upper_arm_l", (0.27, 0.78, 0.0)),
    "hand_l": ("lower_arm_l", (0.27, 0.58, 0.0)),
    "upper_arm_r": ("spine", (-0.27, 0.98, 0.0)),
    "lower_arm_r": ("upper_arm_r", (-0.27, 0.78, 0.0)),
    "hand_r": ("lower_arm_r", (-0.27, 0.58, 0.0)),
    "upper_leg_l": ("root", (0.1, 0.6, 0.0)),
    "lower_leg_l": ("upper_leg_l", (0.1, 0.34, 0.0)),
    "foot_l": ("lower_leg_l", (0.1, 0.08, 0.0)),
    "upper_leg_r": ("root", (-0.1, 0.6, 0.0)),
    "lower_leg_r": ("upper_leg_r", (-0.1, 0.34, 0.0)),
    "foot_r": ("lower_leg_r", (-0.1, 0.08, 0.0)),
}


def _robot():
    s = _s()
    j = {k: v[1] for k, v in _ROBOT_JOINTS.items()}
    eye = (0.3, 0.9, 1.0)
    parts = [
        _part(s.box_between((-0.17, 0.56, -0.1), (0.17, 0.7, 0.1)), DARK_METAL, roughness=0.5, metallic=0.8,
              bone="root"),
        _part([s.box_between((-0.22, 0.7, -0.13), (0.22, 1.04, 0.13)),
               s.box_between((-0.12, 0.8, 0.13), (0.12, 0.96, 0.15))], bone="spine"),  # chest + chest plate
        _part(s.cylinder(0.045, 0.08, (0, 1.03, 0), sections=12), DARK_METAL, roughness=0.5, metallic=0.8,
              bone="neck"),
        _part([s.box_between((-0.14, 1.1, -0.12), (0.14, 1.32, 0.12)),
               s.cylinder_between((0, 1.32, 0), (0, 1.375, 0), 0.008, 6)], bone="head"),
        _part([s.box_between((0.035, 1.23, 0.12), (0.085, 1.26, 0.125)),
               s.box_between((-0.085, 1.23, 0.12), (-0.035, 1.26, 0.125))], eye, emissive=2.0, bone="head"),
        _part(s.sphere(0.025, (0, 1.375, 0), subdivisions=1), (1.0, 0.15, 0.1), emissive=2.0, bone="head"),
        # the mouth plate hangs from its top edge: rotating the jaw about +X swings it open
        _part(s.box_between((-0.07, 1.13, 0.12), (0.07, 1.17, 0.135)), DARK_METAL, roughness=0.5,
              metallic=0.8, bone="jaw"),
    ]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        sh, el, wr = j[f"upper_arm_{side}"], j[f"lower_arm_{side}"], j[f"hand_{side}"]
        hip, knee, ankle = j[f"upper_leg_{side}"], j[f"lower_leg_{side}"], j[f"foot_{side}"]
        x = sx * 0.27
        xl = sx * 0.1
        parts += [
            _part([s.box_between((x - 0.045, el[1], -0.045), (x + 0.045, sh[1] + 0.04, 0.045))],
                  bone=f"upper_arm_{side}"),
            _part([s.box_between((x - 0.04, wr[1], -0.04), (x + 0.04, el[1], 0.04))],
                  bone=f"lower_arm_{side}"),
            _part([s.box_between((x - 0.03, wr[1] - 0.1, -0.04), (x + 0.03, wr[1], 0.04))], DARK_METAL,
                  roughness=0.5, metallic=0.8, bone=f"hand_{side}"),
            _part([s.box_between((xl - 0.055, knee[1], -0.055), (xl + 0.055, hip[1], 0.055))],
                  bone=f"upper_leg_{side}"),
            _part([s.box_between((xl - 0.05, ankle[1], -0.05), (xl + 0.05, knee[1], 0.05))],
                  bone=f"lower_leg_{side}"),
            _part([s.box_between((xl - 0.065, 0.0, -0.08), (xl + 0.065, 0.08, 0.14))], DARK_METAL,
                  roughness=0.5, metallic=0.8, bone=f"foot_{side}"),
        ]
    return parts


register(AssetSpec("robot", "character", (-0.315, 0.0, -0.13), (0.315, 1.4, 0.15), _robot,
                   color=(0.7, 0.72, 0.75), roughness=0.35, metallic=0.7, character=True,
                   skeleton=_skeleton(_ROBOT_JOINTS)))


# -- furniture -----------------------------------------------------------------------------------------------
def _table():
    s = _s()
    top = s.box((1.6, 0.04, 0.9), (0, 0.73, 0))
    legs = [s.box((0.06, 0.71, 0.06), (x * 0.72, 0.355, z * 0.37)) for x in (-1, 1) for z in (-1, 1)]
    return [_part([top, *legs])]


register(AssetSpec("table", "furniture", (-0.8, 0.0, -0.45), (0.8, 0.75, 0.45), _table,
                   supports=(_top("top", 0.75, (-0.8, -0.45), (0.8, 0.45)),), color=WOOD))


def _chair():
    s = _s()
    seat = s.box((0.45, 0.04, 0.45), (0, 0.45, 0))
    legs = [s.box((0.04, 0.43, 0.04), (x * 0.2, 0.215, z * 0.2)) for x in (-1, 1) for z in (-1, 1)]
    back = s.box((0.45, 0.45, 0.04), (0, 0.695, -0.205))
    return [_part([seat, *legs, back])]


register(AssetSpec("chair", "furniture", (-0.225, 0.0, -0.225), (0.225, 0.92, 0.225), _chair,
                   supports=(_top("seat", 0.47, (-0.2, -0.18), (0.2, 0.2)),), color=WOOD))


def _sofa():
    s = _s()
    fabric = [
        s.box_between((-1.0, 0.08, -0.45), (1.0, 0.35, 0.45)),  # base
        s.box_between((-0.8, 0.35, -0.25), (0.8, 0.45, 0.45)),  # seat cushions
        s.box_between((-1.0, 0.35, -0.45), (1.0, 0.85, -0.25)),  # back
        s.box_between((-1.0, 0.35, -0.45), (-0.8, 0.62, 0.45)),  # arms
        s.box_between((0.8, 0.35, -0.45), (1.0, 0.62, 0.45)),
    ]
    legs = [s.box_between((x - 0.03, 0.0, z - 0.03), (x + 0.03, 0.08, z + 0.03))
            for x in (-0.94, 0.94) for z in (-0.39, 0.39)]
    return [_part(fabric), _part(legs, DARK_WOOD, roughness=0.5)]


register(AssetSpec("sofa", "furniture", (-1.0, 0.0, -0.45), (1.0, 0.85, 0.45), _sofa,
                   supports=(_top("seat", 0.45, (-0.78, -0.23), (0.78, 0.43)),),
                   color=(0.35, 0.45, 0.6), roughness=0.9))


def _bed():
    s = _s()
    frame = [s.box_between((-0.8, 0.12, -1.05), (0.8, 0.35, 1.05)),
             s.box_between((-0.8, 0.0, -1.05), (0.8, 1.0, -0.98)),  # headboard
             *[s.box_between((x - 0.04, 0.0, z - 0.04), (x + 0.04, 0.12, z + 0.04))
               for x in (-0.75, 0.75) for z in (-1.0, 1.0)]]
    mattress = s.box_between((-0.78, 0.35, -0.98), (0.78, 0.55, 1.03))
    pillow = s.box_between((-0.6, 0.55, -0.95), (0.6, 0.66, -0.6))
    return [_part(mattress), _part(frame, WOOD, roughness=0.5), _part(pillow, WHITE, roughness=0.9)]


register(AssetSpec("bed", "furniture", (-0.8, 0.0, -1.05), (0.8, 1.0, 1.05), _bed,
                   supports=(_top("mattress", 0.55, (-0.76, -0.55), (0.76, 1.0)),),
                   color=(0.75, 0.8, 0.9), roughness=0.9))

_SHELF_BOARDS = (0.06, 0.47, 0.88, 1.29)  # top faces of the inner boards; the top panel is at 1.8


def _shelf():
    s = _s()
    parts = [s.box_between((-0.45, 0.0, -0.16), (-0.43, 1.8, 0.16)),
             s.box_between((0.43, 0.0, -0.16), (0.45, 1.8, 0.16)),
             s.box_between((-0.43, 0.0, -0.16), (0.43, 1.8, -0.15)),  # back panel
             s.box_between((-0.43, 1.775, -0.15), (0.43, 1.8, 0.16))]
    parts += [s.box_between((-0.43, y - 0.025, -0.15), (0.43, y, 0.16)) for y in _SHELF_BOARDS]
    return [_part(parts)]


register(AssetSpec("shelf", "furniture", (-0.45, 0.0, -0.16), (0.45, 1.8, 0.16), _shelf,
                   supports=(*(_top(f"board{i + 1}", y, (-0.42, -0.14), (0.42, 0.15))
                               for i, y in enumerate(_SHELF_BOARDS)),
                             _top("top", 1.8, (-0.44, -0.15), (0.44, 0.15))),
                   color=WOOD))


def _desk():
    s = _s()
    body = [s.box_between((-0.7, 0.72, -0.35), (0.7, 0.75, 0.35)),
            s.box_between((0.3, 0.0, -0.33), (0.68, 0.72, 0.33)),  # drawer pedestal
            *[s.box_between((x - 0.025, 0.0, z - 0.025), (x + 0.025, 0.72, z + 0.025))
              for x in (-0.65,) for z in (-0.3, 0.3)]]
    handles = [s.box_between((0.44, y - 0.01, 0.33), (0.54, y + 0.01, 0.35)) for y in (0.15, 0.38, 0.61)]
    return [_part(body), _part(handles, METAL, roughness=0.3, metallic=1.0)]


register(AssetSpec("desk", "furniture", (-0.7, 0.0, -0.35), (0.7, 0.75, 0.35), _desk,
                   supports=(_top("top", 0.75, (-0.7, -0.35), (0.7, 0.35)),), color=WOOD))


def _floor_lamp():
    s = _s()
    metal = [s.cylinder(0.15, 0.03, sections=24), s.cylinder(0.015, 1.3, (0, 0.03, 0), sections=8)]
    shade = s.lathe([(0.22, 1.3), (0.14, 1.6)], 24)
    bulb = s.sphere(0.05, (0, 1.3, 0), subdivisions=1)
    return [_part(shade), _part(metal, DARK_METAL, roughness=0.4, metallic=0.9),
            _part(bulb, WARM_LIGHT, emissive=3.0)]


register(AssetSpec("lamp", "furniture", (-0.22, 0.0, -0.22), (0.22, 1.6, 0.22), _floor_lamp,
                   color=CREAM, roughness=0.9))


def _table_lamp():
    s = _s()
    metal = [s.cylinder(0.08, 0.02, sections=24), s.cylinder(0.01, 0.25, (0, 0.02, 0), sections=8)]
    shade = s.lathe([(0.15, 0.25), (0.1, 0.45)], 24)
    bulb = s.sphere(0.03, (0, 0.25, 0), subdivisions=1)
    return [_part(shade), _part(metal, DARK_METAL, roughness=0.4, metallic=0.9),
            _part(bulb, WARM_LIGHT, emissive=3.0)]


register(AssetSpec("table_lamp", "furniture", (-0.15, 0.0, -0.15), (0.15, 0.45, 0.15), _table_lamp,
                   color=CREAM, roughness=0.9))


def _cabinet():
    s = _s()
    body = [s.box_between((-0.4, 0.05, -0.225), (0.4, 0.9, 0.225)),
            s.box_between((-0.38, 0.0, -0.2), (0.38, 0.05, 0.2)),  # plinth
            s.box_between((-0.385, 0.07, 0.225), (-0.005, 0.88, 0.235)),  # doors
            s.box_between((0.005, 0.07, 0.225), (0.385, 0.88, 0.235))]
    handles = [s.box_between((x - 0.008, 0.55, 0.235), (x + 0.008, 0.7, 0.25)) for x in (-0.05, 0.05)]
    return [_part(body), _part(handles, METAL, roughness=0.3, metallic=1.0)]


register(AssetSpec("cabinet", "furniture", (-0.4, 0.0, -0.225), (0.4, 0.9, 0.25), _cabinet,
                   supports=(_top("top", 0.9, (-0.4, -0.225), (0.4, 0.225)),), color=WOOD))


def _stool():
    s = _s()
    seat = s.cylinder(0.17, 0.04, (0, 0.41, 0), sections=24)
    legs = [s.cylinder_between((0.15 * math.sin(a), 0.002, 0.15 * math.cos(a)),
                               (0.1 * math.sin(a), 0.41, 0.1 * math.cos(a)), 0.015, 6)
            for a in (math.radians(d) for d in (45, 135, 225, 315))]
    return [_part([seat, *legs])]


register(AssetSpec("stool", "furniture", (-0.17, 0.0, -0.17), (0.17, 0.45, 0.17), _stool,
                   supports=(_top("seat", 0.45, (-0.11, -0.11), (0.11, 0.11)),), color=WOOD))


def _bench():
    s = _s()
    slats = [s.box_between((-0.75, 0.42, z0), (0.75, 0.45, z0 + 0.185)) for z0 in (-0.185, 0.0)]
    legs = [s.box_between((x - 0.03, 0.0, -0.18), (x + 0.03, 0.42, 0.18)) for x in (-0.65, 0.65)]
    return [_part(slats), _part(legs, DARK_METAL, roughness=0.5, metallic=0.8)]


register(AssetSpec("bench", "furniture", (-0.75, 0.0, -0.185), (0.75, 0.45, 0.185), _bench,
                   supports=(_top("seat", 0.45, (-0.74, -0.18), (0.74, 0.18)),), color=WOOD))


# -- props ---------------------------------------------------------------------------------------------------
def _cup():
    s = _s()
    body = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.04, 0.1), (0.036, 0.1), (0.032, 0.008), (0.0, 0.008)], 24)
    handle = s.torus(0.028, 0.006, (0.042, 0.05, 0), axis="z", sections=12, tube_sections=6)
    return [_part([body, handle])]


register(AssetSpec("cup", "prop", (-0.04, 0.0, -0.04), (0.076, 0.1, 0.04), _cup, color=WHITE, roughness=0.3))


def _book():
    s = _s()
    cover = [s.box_between((-0.08, 0.0, -0.115), (0.08, 0.004, 0.115)),
             s.box_between((-0.08, 0.026, -0.115), (0.08, 0.03, 0.115)),
             s.box_between((-0.08, 0.0, -0.115), (-0.074, 0.03, 0.115))]  # spine on the left (-X)
    pages = s.box_between((-0.074, 0.004, -0.112), (0.078, 0.026, 0.112))
    return [_part(cover), _part(pages, CREAM, roughness=0.9)]


register(AssetSpec("book", "prop", (-0.08, 0.0, -0.115), (0.08, 0.03, 0.115), _book,
                   supports=(_top("cover", 0.03, (-0.075, -0.11), (0.075, 0.11)),),
                   color=(0.6, 0.12, 0.12), roughness=0.7))


def _vase():
    s = _s()
    return [_part(s.lathe([(0.0, 0.0), (0.05, 0.0), (0.08, 0.1), (0.07, 0.18), (0.035, 0.26), (0.045, 0.3),
                           (0.04, 0.3), (0.03, 0.26), (0.0, 0.26)], 24))]


register(AssetSpec("vase", "prop", (-0.08, 0.0, -0.08), (0.08, 0.3, 0.08), _vase,
                   color=(0.3, 0.5, 0.7), roughness=0.2))


def _crate():
    s = _s()
    core = s.box_between((-0.24, 0.005, -0.24), (0.24, 0.495, 0.24))  # just inside the battens: no z-fighting
    # edge battens in a darker wood make it read as a crate rather than a cube
    e, h = 0.25, 0.5
    bars = []
    for a in (-1, 1):
        for b in (-1, 1):
            bars.append(s.box_between((a * e - 0.03 * (a > 0), 0, b * e - 0.03 * (b > 0)),
                                      (a * e + 0.03 * (a < 0), h, b * e + 0.03 * (b < 0))))
    for y0 in (0.0, h - 0.04):
        bars += [s.box_between((-e, y0, -e), (e, y0 + 0.04, -e + 0.03)),
                 s.box_between((-e, y0, e - 0.03), (e, y0 + 0.04, e)),
                 s.box_between((-e, y0, -e), (-e + 0.03, y0 + 0.04, e)),
                 s.box_between((e - 0.03, y0, -e), (e, y0 + 0.04, e))]
    return [_part(core), _part(bars, DARK_WOOD, roughness=0.8)]


register(AssetSpec("box", "prop", (-0.25, 0.0, -0.25), (0.25, 0.5, 0.25), _crate,
                   supports=(_top("top", 0.495, (-0.22, -0.22), (0.22, 0.22)),), color=(0.7, 0.52, 0.3),
                   roughness=0.85))


def _barrel():
    s = _s()
    body = s.lathe([(0.26, 0.0), (0.3, 0.2), (0.31, 0.45), (0.3, 0.7), (0.26, 0.9)], 24)
    hoops = [s.lathe([(r + 0.005, y - 0.02), (r + 0.005, y + 0.02)], 24)
             for r, y in ((0.263, 0.03), (0.3, 0.25), (0.3, 0.65), (0.263, 0.87))]
    return [_part(body), _part(hoops, DARK_METAL, roughness=0.5, metallic=0.8)]


register(AssetSpec("barrel", "prop", (-0.31, 0.0, -0.31), (0.31, 0.9, 0.31), _barrel,
                   supports=(_top("top", 0.9, (-0.17, -0.17), (0.17, 0.17)),), color=(0.5, 0.32, 0.18),
                   roughness=0.8))


def _tv():
    s = _s()
    frame = [s.box_between((-0.62, 0.1, -0.03), (0.62, 0.81, 0.02)),
             s.box_between((-0.03, 0.02, -0.04), (0.03, 0.12, 0.0)),
             s.box_between((-0.25, 0.0, -0.12), (0.25, 0.02, 0.1))]
    screen = s.box_between((-0.6, 0.12, 0.02), (0.6, 0.79, 0.025))
    return [_part(frame), _part(screen, (0.1, 0.18, 0.3), roughness=0.1, emissive=0.6)]


register(AssetSpec("tv", "prop", (-0.62, 0.0, -0.12), (0.62, 0.81, 0.1), _tv, color=(0.06, 0.06, 0.07),
                   roughness=0.4))


def _laptop():
    s = _s()
    base = s.box_between((-0.16, 0.0, -0.11), (0.16, 0.018, 0.11))
    lid = s.box_between((-0.16, 0.0, -0.006), (0.16, 0.21, 0.0))
    screen = s.box_between((-0.15, 0.01, 0.0), (0.15, 0.2, 0.002))
    keys = s.box_between((-0.14, 0.018, -0.08), (0.14, 0.02, 0.02))
    # the lid leans back 15 degrees past upright, hinged at the back edge of the base
    lid_t, screen_t = (s.translated(s.rotated(m, -15.0, (1, 0, 0)), (0, 0.018, -0.104))
                       for m in (lid, screen))
    return [_part([base, lid_t]), _part(screen_t, (0.25, 0.4, 0.6), roughness=0.1, emissive=0.8),
            _part(keys, BLACK, roughness=0.6)]


register(AssetSpec("computer", "prop", (-0.16, 0.0, -0.1634), (0.16, 0.2208, 0.11), _laptop,
                   color=(0.7, 0.7, 0.72), roughness=0.3, metallic=0.8))


def _clock():
    s = _s()
    rim = s.rotated(s.lathe([(0.15, -0.02), (0.15, 0.02)], 32), 90.0, (1, 0, 0))
    face = s.rotated(s.lathe([(0.135, 0.0), (0.135, 0.025)], 32), 90.0, (1, 0, 0))
    hands = [s.box_between((-0.004, 0.0, 0.025), (0.004, 0.1, 0.03)),
             s.rotated(s.box_between((-0.005, 0.0, 0.03), (0.005, 0.07, 0.035)), -100.0, (0, 0, 1))]
    c = (0, 0.15, 0)
    return [_part(s.translated(rim, c)), _part(s.translated(face, c), WHITE, roughness=0.5),
            _part([s.translated(h, c) for h in hands], BLACK)]


register(AssetSpec("clock", "prop", (-0.15, 0.0, -0.02), (0.15, 0.3, 0.035), _clock, color=(0.2, 0.2, 0.22),
                   roughness=0.4, metallic=0.5))

register(AssetSpec("ball", "prop", (-0.11, 0.0, -0.11), (0.11, 0.22, 0.11),
                   lambda: [_part(_s().sphere(0.11, (0, 0.11, 0), subdivisions=2))],
                   color=(0.85, 0.2, 0.15), roughness=0.5))


def _bottle():
    s = _s()
    glass = s.lathe([(0.0, 0.0), (0.037, 0.0), (0.04, 0.01), (0.04, 0.18), (0.015, 0.24), (0.014, 0.28),
                     (0.0, 0.28)], 16)
    cap = s.cylinder(0.016, 0.02, (0, 0.28, 0), sections=16)
    return [_part(glass, opacity=0.85), _part(cap, (0.75, 0.7, 0.2), roughness=0.3, metallic=0.9)]


register(AssetSpec("bottle", "prop", (-0.04, 0.0, -0.04), (0.04, 0.3, 0.04), _bottle,
                   color=(0.15, 0.45, 0.2), roughness=0.1))


def _plate():
    s = _s()
    return [_part(s.lathe([(0.0, 0.0), (0.08, 0.0), (0.09, 0.008), (0.13, 0.02), (0.125, 0.022),
                           (0.085, 0.012), (0.0, 0.012)], 32))]


register(AssetSpec("plate", "prop", (-0.13, 0.0, -0.13), (0.13, 0.022, 0.13), _plate,
                   supports=(_top("plate", 0.012, (-0.055, -0.055), (0.055, 0.055)),), color=WHITE,
                   roughness=0.2))


# -- nature --------------------------------------------------------------------------------------------------
def _tree():
    s = _s()
    trunk = s.lathe([(0.2, 0.0), (0.15, 0.4), (0.12, 2.6), (0.06, 3.4)], 12)
    spheres = [(1.2, (0, 3.3, 0)), (0.9, (0.8, 2.8, 0.3)), (0.9, (-0.7, 2.9, -0.2)), (0.8, (0.1, 4.1, 0.1))]
    blobs = [s.jitter(s.sphere(r, c), 0.12, seed) for seed, (r, c) in enumerate(spheres, start=1)]
    (crown,) = s.fit([s.merge(blobs)], (-1.6, 2.0, -1.4), (1.6, 5.0, 1.4))
    # the crown takes the object's colour ("a blue tree"); the trunk stays bark brown
    return [_part(crown), _part(trunk, BARK, roughness=0.95)]


register(AssetSpec("tree", "nature", (-1.6, 0.0, -1.4), (1.6, 5.0, 1.4), _tree, color=LEAF, roughness=0.9))


def _pine_tree():
    s = _s()
    trunk = s.cylinder(0.15, 1.2, sections=10)
    tiers = [s.cone(1.4, 2.4, (0, 1.0, 0), sections=12), s.cone(1.1, 2.2, (0, 2.3, 0), sections=12),
             s.cone(0.75, 2.0, (0, 3.6, 0), sections=12)]
    return [_part(tiers), _part(trunk, BARK, roughness=0.95)]


register(AssetSpec("pine_tree", "nature", (-1.4, 0.0, -1.4), (1.4, 5.6, 1.4), _pine_tree,
                   color=(0.12, 0.35, 0.18), roughness=0.9))


def _rock():
    s = _s()
    (m,) = s.fit([s.jitter(s.sphere(1.0, subdivisions=2), 0.18, 7)], (-0.5, 0.0, -0.4), (0.5, 0.6, 0.4))
    return [_part(m)]


register(AssetSpec("rock", "nature", (-0.5, 0.0, -0.4), (0.5, 0.6, 0.4), _rock, color=STONE, roughness=0.95))


def _flower():
    s = _s()
    stem = [s.cylinder(0.006, 0.32, sections=6),
            s.rotated(s.ellipsoid((0.03, 0.006, 0.012), (0.03, 0.12, 0), subdivisions=1), 25, (0, 0, 1),
                      (0, 0.12, 0))]
    petals = [s.rotated(s.ellipsoid((0.035, 0.008, 0.016), (0.04, 0.32, 0), subdivisions=1), a, (0, 1, 0),
                        (0, 0.32, 0)) for a in range(0, 360, 60)]
    centre = s.sphere(0.02, (0, 0.33, 0), subdivisions=1)
    return [_part(petals), _part(stem, LEAF, roughness=0.8), _part(centre, (0.95, 0.8, 0.15), roughness=0.8)]


register(AssetSpec("flower", "nature", (-0.075, 0.0, -0.065), (0.075, 0.35, 0.065), _flower,
                   color=(0.9, 0.3, 0.5), roughness=0.7))


def _bush():
    s = _s()
    blobs = [s.jitter(s.sphere(0.5, (0, 0.45, 0), subdivisions=2), 0.15, 11),
             s.jitter(s.sphere(0.38, (0.35, 0.35, 0.1), subdivisions=2), 0.15, 12),
             s.jitter(s.sphere(0.38, (-0.35, 0.33, -0.05), subdivisions=2), 0.15, 13)]
    (m,) = s.fit([s.merge(blobs)], (-0.6, 0.0, -0.5), (0.6, 0.9, 0.5))
    return [_part(m)]


register(AssetSpec("bush", "nature", (-0.6, 0.0, -0.5), (0.6, 0.9, 0.5), _bush, color=(0.2, 0.45, 0.16),
                   roughness=0.9))


def _grass():
    import numpy as np

    s = _s()
    rng = np.random.default_rng(5)
    blades = []
    for _ in range(14):
        x, z = rng.uniform(-0.12, 0.12, 2)
        h = rng.uniform(0.18, 0.3)
        tip = (x * 1.6 + rng.uniform(-0.04, 0.04), h, z * 1.6 + rng.uniform(-0.04, 0.04))
        blades.append(s.cylinder_between((x, 0.0, z), tip, 0.008, 3, radius1=0.001))
    (m,) = s.fit([s.merge(blades)], (-0.2, 0.0, -0.2), (0.2, 0.3, 0.2))
    return [_part(m)]


register(AssetSpec("grass", "nature", (-0.2, 0.0, -0.2), (0.2, 0.3, 0.2), _grass, color=(0.3, 0.6, 0.2),
                   roughness=0.9))


def _cactus():
    s = _s()
    body = s.lathe([(0.14, 0.0), (0.15, 0.1), (0.15, 1.35), (0.12, 1.45), (0.0, 1.5)], 12)
    arms = []
    for sx, y0, y1 in ((1, 0.6, 1.1), (-1, 0.8, 1.2)):
        arms += [s.cylinder_between((0.0, y0, 0), (sx * 0.35, y0, 0), 0.07, 10),
                 s.lathe([(0.07, y0), (0.07, y1 - 0.04), (0.0, y1)], 10, (sx * 0.35, 0, 0)),
                 s.sphere(0.07, (sx * 0.35, y0, 0), subdivisions=1)]
    pot = s.lathe([(0.0, 0.0), (0.2, 0.0), (0.24, 0.3), (0.0, 0.3)], 16)
    return [_part([s.translated(body, (0, 0.25, 0)), *(s.translated(a, (0, 0.25, 0)) for a in arms)]),
            _part(pot, (0.7, 0.38, 0.22), roughness=0.9)]


register(AssetSpec("cactus", "nature", (-0.42, 0.0, -0.24), (0.42, 1.75, 0.24), _cactus,
                   color=(0.25, 0.55, 0.3), roughness=0.8))


def _mushroom():
    s = _s()
    stem = s.lathe([(0.04, 0.0), (0.03, 0.1), (0.028, 0.14)], 12)
    cap = s.lathe([(0.0, 0.12), (0.11, 0.12), (0.1, 0.16), (0.06, 0.2), (0.0, 0.21)], 16)
    spots = [s.ellipsoid((0.015, 0.006, 0.015), (0.07 * math.sin(a), 0.177, 0.07 * math.cos(a)), 1)
             for a in (0.3, 2.0, 3.6, 5.0)]
    return [_part(cap), _part([stem, *spots], CREAM, roughness=0.8)]


register(AssetSpec("mushroom", "nature", (-0.11, 0.0, -0.11), (0.11, 0.21, 0.11), _mushroom,
                   color=(0.8, 0.12, 0.1), roughness=0.6))


# -- architecture --------------------------------------------------------------------------------------------
register(AssetSpec("wall", "architecture", (-1.5, 0.0, -0.075), (1.5, 2.5, 0.075),
                   lambda: [_part(_s().box_between((-1.5, 0.0, -0.075), (1.5, 2.5, 0.075)))],
                   color=(0.9, 0.88, 0.82), roughness=0.9))
register(AssetSpec("floor", "architecture", (-2.0, 0.0, -2.0), (2.0, 0.05, 2.0),
                   lambda: [_part(_s().box_between((-2.0, 0.0, -2.0), (2.0, 0.05, 2.0)))],
                   supports=(_top("top", 0.05, (-2.0, -2.0), (2.0, 2.0)),), color=(0.6, 0.5, 0.4),
                   roughness=0.7))


def _door():
    s = _s()
    leaf = [s.box_between((-0.45, 0.0, -0.025), (0.45, 2.0, 0.025))]
    # raised panels make the leaf read as a door from a distance
    leaf += [s.box_between((-0.35, y0, 0.025), (0.35, y1, 0.035)) for y0, y1 in ((0.15, 0.9), (1.1, 1.85))]
    frame = [s.box_between((-0.5, 0.0, -0.06), (-0.45, 2.05, 0.06)),
             s.box_between((0.45, 0.0, -0.06), (0.5, 2.05, 0.06)),
             s.box_between((-0.45, 2.0, -0.06), (0.45, 2.05, 0.06))]
    knob = [s.sphere(0.03, (0.36, 1.0, 0.06), subdivisions=1),
            s.cylinder_between((0.36, 1.0, 0.025), (0.36, 1.0, 0.05), 0.01, 6)]
    return [_part(leaf), _part(frame, WHITE, roughness=0.6), _part(knob, (0.8, 0.65, 0.3), roughness=0.25,
                                                                      metallic=1.0)]


register(AssetSpec("door", "architecture", (-0.5, 0.0, -0.06), (0.5, 2.05, 0.09), _door, color=WOOD,
                   roughness=0.6))


def _window():
    s = _s()
    frame = [s.box_between(lo, hi) for lo, hi in (
        ((-0.6, 0.0, -0.05), (0.6, 0.06, 0.05)), ((-0.6, 1.14, -0.05), (0.6, 1.2, 0.05)),  # sill and head
        ((-0.6, 0.06, -0.05), (-0.54, 1.14, 0.05)), ((0.54, 0.06, -0.05), (0.6, 1.14, 0.05)),  # jambs
        ((-0.02, 0.06, -0.03), (0.02, 1.14, 0.03)), ((-0.54, 0.58, -0.03), (0.54, 0.62, 0.03)))]  # cross
    glass = s.box_between((-0.54, 0.06, -0.005), (0.54, 1.14, 0.005))
    return [_part(frame), _part(glass, (0.7, 0.85, 0.95), roughness=0.05, opacity=0.3)]


register(AssetSpec("window", "architecture", (-0.6, 0.0, -0.05), (0.6, 1.2, 0.05), _window, color=WHITE,
                   roughness=0.6))


def _house():
    s = _s()
    walls = s.box_between((-3.7, 0.0, -3.0), (3.7, 3.0, 3.0))
    roof = s.rotated(s.prism([(-4.0, 2.9), (4.0, 2.9), (0.0, 5.4)], -3.3, 3.3), 0.0, (0, 1, 0))
    chimney = s.box_between((1.6, 3.6, -1.5), (2.2, 5.6, -0.9))
    door = s.box_between((-0.5, 0.0, 3.0), (0.5, 2.1, 3.06))
    windows = [s.box_between((x - 0.6, 1.0, 3.0), (x + 0.6, 2.2, 3.04)) for x in (-2.2, 2.2)]
    windows += [s.box_between((x - 0.6, 1.0, -3.04), (x + 0.6, 2.2, -3.0)) for x in (-2.2, 2.2)]
    windows += [s.box_between((-3.72, 1.0, -0.6), (-3.7, 2.2, 0.6)),
                s.box_between((3.7, 1.0, -0.6), (3.72, 2.2, 0.6))]
    return [_part(walls), _part([roof, chimney], (0.55, 0.2, 0.15), roughness=0.8),
            _part(door, DARK_WOOD, roughness=0.6), _part(windows, GLASS, roughness=0.1, metallic=0.2)]


register(AssetSpec("house", "architecture", (-4.0, 0.0, -3.3), (4.0, 5.6, 3.3), _house,
                   color=(0.9, 0.85, 0.72), roughness=0.9))


def _fence():
    s = _s()
    posts = [s.box_between((x - 0.05, 0.0, -0.05), (x + 0.05, 1.0, 0.05)) for x in (-0.95, 0.95)]
    rails = [s.box_between((-0.9, y - 0.04, -0.04), (0.9, y + 0.04, 0.0)) for y in (0.3, 0.75)]
    pickets = [s.box_between((x - 0.04, 0.05, 0.0), (x + 0.04, 0.9, 0.025)) for x in
               (-0.8 + 0.16 * i for i in range(11))]
    return [_part([*posts, *rails, *pickets])]


register(AssetSpec("fence", "architecture", (-1.0, 0.0, -0.05), (1.0, 1.0, 0.05), _fence,
                   color=(0.85, 0.82, 0.75), roughness=0.8))

_STEP_RISE, _STEP_RUN, _STEPS = 0.18, 0.28, 6


def _stairs():
    s = _s()
    back = -_STEP_RUN * _STEPS / 2
    steps = [s.box_between((-0.5, 0.0, back), (0.5, (i + 1) * _STEP_RISE, -back - i * _STEP_RUN))
             for i in range(_STEPS)]
    return [_part(steps)]


register(AssetSpec("stairs", "architecture", (-0.5, 0.0, -0.84), (0.5, 1.08, 0.84), _stairs,
                   supports=tuple(_top(f"step{i + 1}", (i + 1) * _STEP_RISE,
                                       (-0.5, 0.84 - (i + 1) * _STEP_RUN), (0.5, 0.84 - i * _STEP_RUN))
                                  for i in range(_STEPS)),
                   color=(0.7, 0.68, 0.64), roughness=0.8))


def _column():
    s = _s()
    return [_part([s.box_between((-0.35, 0.0, -0.35), (0.35, 0.2, 0.35)),
                   s.lathe([(0.25, 0.2), (0.22, 0.35), (0.2, 2.7), (0.24, 2.8)], 16),
                   s.box_between((-0.35, 2.8, -0.35), (0.35, 3.0, 0.35))])]


register(AssetSpec("column", "architecture", (-0.35, 0.0, -0.35), (0.35, 3.0, 0.35), _column,
                   supports=(_top("top", 3.0, (-0.35, -0.35), (0.35, 0.35)),), color=(0.9, 0.88, 0.84),
                   roughness=0.7))


# -- vehicles (drive along +Z) -------------------------------------------------------------------------------
def _side_profile(points: list[tuple[float, float]], half_width: float):
    """A shape drawn in the (z, y) side view, extruded across the vehicle's width (X)."""
    s = _s()
    # prism extrudes an XY polygon along Z; draw in (z, y) as (x, y) then turn +X onto +Z
    m = s.prism(points, -half_width, half_width)
    return s.rotated(m, -90.0, (0, 1, 0))


def _wheels(positions, radius: float, width: float):
    s = _s()
    tyres, hubs = [], []
    for x, z in positions:
        tyres.append(s.rotated(s.cylinder(radius, width, (0, -width / 2, 0), sections=16), 90.0, (0, 0, 1)))
        tyres[-1].apply_translation((x, radius, z))
        hub_x = x + math.copysign(width / 2, x)
        hubs.append(s.cylinder_between((hub_x - math.copysign(0.01, x), radius, z),
                                       (hub_x + math.copysign(0.005, x), radius, z), radius * 0.55, 12))
    return tyres, hubs


def _car():
    s = _s()
    body = _side_profile([(-2.1, 0.3), (2.1, 0.3), (2.1, 0.75), (1.9, 0.92), (0.9, 0.98), (-1.9, 0.98),
                          (-2.1, 0.9)], 0.9)
    cabin = _side_profile([(-1.6, 0.96), (1.0, 0.96), (0.35, 1.4), (-1.2, 1.4)], 0.8)
    roof = s.box_between((-0.78, 1.4, -1.2), (0.78, 1.45, 0.35))
    tyres, hubs = _wheels([(x, z) for x in (-0.78, 0.78) for z in (-1.35, 1.35)], 0.33, 0.22)
    lights = [s.box_between((x - 0.15, 0.7, 2.06), (x + 0.15, 0.8, 2.11)) for x in (-0.6, 0.6)]
    tails = [s.box_between((x - 0.15, 0.72, -2.11), (x + 0.15, 0.82, -2.06)) for x in (-0.6, 0.6)]
    return [_part([body, roof]), _part(cabin, GLASS, roughness=0.05, metallic=0.3),
            _part(tyres, BLACK, roughness=0.9), _part(hubs, METAL, roughness=0.3, metallic=1.0),
            _part(lights, (1.0, 0.95, 0.8), emissive=1.0), _part(tails, (0.9, 0.05, 0.05), emissive=0.6)]


register(AssetSpec("car", "vehicle", (-0.9, 0.0, -2.11), (0.9, 1.45, 2.11), _car, color=(0.75, 0.1, 0.1),
                   roughness=0.3, metallic=0.6))


def _truck():
    s = _s()
    cab = _side_profile([(1.6, 0.5), (3.25, 0.5), (3.25, 1.7), (3.0, 2.6), (1.6, 2.6)], 1.2)
    chassis = s.box_between((-1.1, 0.45, -3.25), (1.1, 0.8, 1.6))
    cargo = s.box_between((-1.2, 0.8, -3.25), (1.2, 3.2, 1.45))
    glass = _side_profile([(2.6, 1.75), (3.21, 1.75), (2.97, 2.45), (2.6, 2.45)], 1.21)
    tyres, hubs = _wheels([(x, z) for x in (-1.0, 1.0) for z in (-2.4, -1.3, 2.4)], 0.48, 0.36)
    lights = [s.box_between((x - 0.18, 0.9, 3.25), (x + 0.18, 1.05, 3.28)) for x in (-0.85, 0.85)]
    return [_part([cab]), _part([chassis], DARK_METAL, roughness=0.6, metallic=0.5),
            _part(cargo, (0.88, 0.88, 0.86), roughness=0.6),
            _part(glass, GLASS, roughness=0.05, metallic=0.3),
            _part(tyres, BLACK, roughness=0.9), _part(hubs, METAL, roughness=0.3, metallic=1.0),
            _part(lights, (1.0, 0.95, 0.8), emissive=1.0)]


register(AssetSpec("truck", "vehicle", (-1.21, 0.0, -3.25), (1.21, 3.2, 3.28), _truck,
                   color=(0.15, 0.3, 0.65), roughness=0.4, metallic=0.5))


def _bicycle():
    s = _s()
    r, rear, front = 0.34, (0.0, 0.36, -0.52), (0.0, 0.36, 0.52)
    tyres = [s.torus(r, 0.02, c, axis="x", sections=24, tube_sections=6) for c in (rear, front)]
    seat_top = (0.0, 0.86, -0.25)
    bb = (0.0, 0.3, -0.05)  # bottom bracket (pedals)
    head = (0.0, 0.82, 0.42)
    frame = [s.cylinder_between(rear, bb, 0.015), s.cylinder_between(rear, seat_top, 0.015),
             s.cylinder_between(bb, seat_top, 0.018), s.cylinder_between(bb, head, 0.02),
             s.cylinder_between(seat_top, head, 0.018), s.cylinder_between(head, front, 0.015)]
    metal = [s.cylinder_between((-0.3, 0.96, 0.4), (0.3, 0.96, 0.4), 0.012),  # handlebar and stem
             s.cylinder_between(head, (0, 0.96, 0.4), 0.015),
             s.cylinder_between((-0.1, 0.3, -0.05), (0.1, 0.3, -0.05), 0.02),
             *(s.cylinder_between((0, c[1] - r, c[2]), (0, c[1] + r, c[2]), 0.004, 4) for c in (rear, front)),
             *(s.cylinder_between((0, c[1], c[2] - r), (0, c[1], c[2] + r), 0.004, 4) for c in (rear, front))]
    seat = s.ellipsoid((0.08, 0.03, 0.13), (0, 0.89, -0.27), subdivisions=1)
    return [_part(frame), _part(tyres, BLACK, roughness=0.9),
            _part(metal, METAL, roughness=0.3, metallic=1.0), _part(seat, BLACK, roughness=0.7)]


register(AssetSpec("bicycle", "vehicle", (-0.3, 0.0, -0.88), (0.3, 0.972, 0.88), _bicycle,
                   color=(0.1, 0.45, 0.75), roughness=0.4, metallic=0.5))


def _boat():
    import numpy as np

    s = _s()
    rings = []
    zs = (-2.0, -1.6, -0.8, 0.0, 0.8, 1.4, 2.0)
    half = (0.55, 0.65, 0.7, 0.7, 0.62, 0.42, 0.04)
    wall = 0.04
    for z, w in zip(zs, half, strict=True):
        bottom = 0.0 if z < 1.5 else 0.35  # the bow rises
        depth = 0.8 - bottom
        # the hull's cross-section is a thick U: the outside from the port gunwale under the keel to the
        # starboard gunwale, then the inside back again, so the boat is open on top
        angles = [math.pi * k / 12 for k in range(13)]
        outer = [(-w * math.cos(a), 0.8 - depth * math.sin(a), z) for a in angles]
        wi, di = max(w - wall, 0.005), max(depth - wall, 0.005)
        inner = [(-wi * math.cos(a), 0.8 - di * math.sin(a), z) for a in angles]
        rings.append(outer + inner[::-1])
    hull = s.loft(rings, cap=False)
    # the loft's winding depends on the ring direction; make the keel's face point down
    keel = int(np.argmin(hull.vertices[:, 1]))
    faces_at_keel = np.nonzero((hull.faces == keel).any(axis=1))[0]
    if hull.face_normals[faces_at_keel, 1].mean() > 0:
        hull.invert()
    transom = s.box_between((-0.55, 0.05, -2.0), (0.55, 0.8, -1.96))
    wood = [s.box_between((-0.6, 0.5, z - 0.12), (0.6, 0.55, z + 0.12)) for z in (-0.9, 0.4)]
    wood += [s.box_between((-0.2, 0.12, -1.4), (0.2, 0.14, 1.0))]
    return [_part([hull, transom]), _part(wood, WOOD, roughness=0.8)]


register(AssetSpec("boat", "vehicle", (-0.7, 0.0, -2.0), (0.7, 0.8, 2.0), _boat, color=WHITE, roughness=0.5))


def _spaceship():
    s = _s()
    rings = []
    for z, r in ((-4.0, 0.9), (-3.0, 1.1), (0.0, 1.0), (2.5, 0.7), (3.7, 0.25), (4.0, 0.02)):
        rings.append([(r * math.cos(a), 1.4 + 0.8 * r * math.sin(a), z)
                      for a in (2 * math.pi * k / 12 for k in range(12))])
    body = s.loft(rings)
    # wings drawn from above as (x, -z), extruded through their thickness, then laid flat (rotate -90 about X)
    wings = [s.rotated(s.prism([(sx * 0.5, 3.5), (sx * 3.0, 3.2), (sx * 3.0, 2.4), (sx * 0.5, -0.8)],
                               1.25, 1.4), -90.0, (1, 0, 0)) for sx in (-1, 1)]
    fin = _side_profile([(-4.0, 2.0), (-2.6, 2.0), (-3.6, 3.0), (-4.0, 3.0)], 0.06)
    legs = [m for x, z in ((-0.8, -2.0), (0.8, -2.0), (0.0, 2.0))
            for m in (s.cylinder(0.06, 1.0, (x, 0.0, z), sections=8),  # leg and foot pad
                      s.cylinder(0.15, 0.04, (x, 0.0, z), sections=8))]
    cockpit = s.ellipsoid((0.45, 0.35, 1.0), (0.0, 2.0, 1.6), subdivisions=2)
    glow = [s.cylinder_between((x, 1.4, -4.05), (x, 1.4, -3.95), 0.35, 16) for x in (-0.55, 0.55)]
    return [_part([body, *wings, fin]), _part(legs, DARK_METAL, roughness=0.5, metallic=0.8),
            _part(cockpit, (0.2, 0.5, 0.8), roughness=0.05, metallic=0.3, opacity=0.7),
            _part(glow, (0.4, 0.7, 1.0), emissive=3.0)]


register(AssetSpec("spaceship", "vehicle", (-3.0, 0.0, -4.05), (3.0, 3.0, 4.0), _spaceship,
                   color=(0.75, 0.77, 0.8), roughness=0.3, metallic=0.8))


# -- animals -------------------------------------------------------------------------------------------------
def _quadruped(k: float, ears_up: bool):
    """A four-legged animal facing +Z: body, head, legs, tail, ears. Sizes: a 0.6 m dog, times ``k``."""
    s = _s()
    body = s.ellipsoid((0.15 * k, 0.14 * k, 0.3 * k), (0, 0.4 * k, 0))
    head_c = (0.0, 0.5 * k, 0.36 * k)
    head = s.sphere(0.11 * k, head_c, subdivisions=2)
    snout = s.ellipsoid((0.05 * k, 0.045 * k, 0.07 * k), (0, head_c[1] - 0.03 * k, head_c[2] + 0.1 * k), 1)
    legs = [s.cylinder(0.04 * k, 0.36 * k, (sx * 0.08 * k, 0.0, sz * 0.2 * k), sections=8)
            for sx in (-1, 1) for sz in (-1, 1)]
    tail = s.cylinder_between((0, 0.45 * k, -0.27 * k), (0.0, 0.62 * k, -0.42 * k), 0.025 * k, 6,
                              radius1=0.012 * k)
    ears = []
    _, hy, hz = head_c
    for sx in (-1, 1):
        if ears_up:
            ears.append(s.cone(0.035 * k, 0.08 * k, (sx * 0.06 * k, hy + 0.08 * k, hz - 0.02 * k), 4))
        else:  # floppy
            ears.append(s.ellipsoid((0.02 * k, 0.06 * k, 0.04 * k), (sx * 0.11 * k, hy, hz - 0.02 * k), 1))
    eyes = [s.sphere(0.015 * k, (sx * 0.045 * k, hy + 0.03 * k, hz + 0.09 * k), 1) for sx in (-1, 1)]
    nose = s.sphere(0.018 * k, (0, head_c[1] - 0.02 * k, head_c[2] + 0.17 * k), 1)
    return [_part([body, head, snout, *legs, tail, *ears]), _part([*eyes, nose], BLACK, roughness=0.3)]


register(AssetSpec("dog", "character", (-0.15, 0.0, -0.4285), (0.15, 0.6275, 0.548),
                   lambda: _quadruped(1.0, False), color=(0.6, 0.42, 0.25), roughness=0.9))
register(AssetSpec("cat", "character", (-0.075, 0.0, -0.2143), (0.075, 0.33, 0.274),
                   lambda: _quadruped(0.5, True), color=(0.45, 0.45, 0.45), roughness=0.9))


# -- lights as props -----------------------------------------------------------------------------------------
def _candle():
    s = _s()
    wax = s.cylinder(0.03, 0.15, sections=16)
    wick = s.cylinder(0.002, 0.015, (0, 0.15, 0), sections=4)
    flame = s.lathe([(0.0, 0.158), (0.009, 0.17), (0.007, 0.185), (0.0, 0.2)], 8)
    return [_part(wax), _part(wick, BLACK), _part(flame, FLAME, emissive=4.0)]


register(AssetSpec("candle", "light", (-0.03, 0.0, -0.03), (0.03, 0.2, 0.03), _candle, color=CREAM,
                   roughness=0.7))


def _street_lamp():
    s = _s()
    pole = [s.lathe([(0.14, 0.0), (0.1, 0.3), (0.06, 0.35), (0.05, 4.5)], 12),
            s.cylinder_between((0.0, 4.4, 0.0), (0.0, 4.4, 0.7), 0.035, 8),
            s.lathe([(0.2, 4.25), (0.05, 4.5)], 12, (0.0, 0.0, 0.75))]
    head = s.lathe([(0.0, 4.15), (0.12, 4.2), (0.12, 4.25), (0.0, 4.25)], 12, (0.0, 0.0, 0.75))
    return [_part(pole), _part(head, WARM_LIGHT, emissive=4.0)]


register(AssetSpec("street_lamp", "light", (-0.2, 0.0, -0.14), (0.2, 4.5, 0.95), _street_lamp,
                   color=DARK_METAL, roughness=0.5, metallic=0.8))


def _campfire():
    s = _s()
    logs = [s.rotated(s.cylinder_between((-0.32, 0.06, 0.0), (0.32, 0.22, 0.0), 0.05, 8), a, (0, 1, 0))
            for a in (0, 60, 120)]
    stones = [s.jitter(s.sphere(0.08, (0.42 * math.sin(a), 0.06, 0.42 * math.cos(a)), 1), 0.2, i)
              for i, a in enumerate(2 * math.pi * k / 10 for k in range(10))]
    flames = [s.cone(0.16, 0.6, (0, 0.1, 0), sections=8), s.cone(0.09, 0.4, (0.1, 0.1, 0.06), sections=8),
              s.cone(0.09, 0.45, (-0.08, 0.1, -0.07), sections=8)]
    parts = [_part(logs), _part(stones, STONE, roughness=0.95), _part(flames, FLAME, emissive=4.0)]
    meshes = s.fit([p.mesh for p in parts], (-0.5, 0.0, -0.5), (0.5, 0.7, 0.5))
    return [dataclasses.replace(p, mesh=m) for m, p in zip(meshes, parts, strict=True)]


register(AssetSpec("campfire", "light", (-0.5, 0.0, -0.5), (0.5, 0.7, 0.5), _campfire, color=DARK_WOOD,
                   roughness=0.95))
