"""Built-in primitives and rigged characters (humanoid, robot); the animals are in ``animals``.

Rigged characters face +Z; their *left* side is +X (a person facing the viewer has their left hand on the
viewer's right). Bone pivots are joint positions in the bind pose; see ``autark.assets.rig``.
"""

from __future__ import annotations

from autark.assets.catalog._parts import (
    DARK_METAL,
    DENIM,
    HAIR,
    SHOE,
    SKIN,
    _part,
    _s,
    _skeleton,
    _top,
    register,
)
from autark.assets.spec import AssetSpec

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
