"""The ghost: a floating sheet with two dark eyes, pale and a little see-through, on the humanoid's skeleton
(``figures``), so it walks, waves and talks with the people's clips. It has no legs: the sheet's hem floats
above the floor and the leg bones move nothing.

It is registered as a person of no gender (``age`` "adult"), so a story casts it in the "person" group and it
speaks ("a shy ghost tries to make friends" needs its lines); its German noun is das Gespenst.
"""

from __future__ import annotations

from autark.assets.catalog._parts import _part, _s, _skeleton, register
from autark.assets.catalog.figures import _HUMANOID_JOINTS
from autark.assets.spec import AssetSpec

__all__ = ["GHOST_BOUNDS", "build_ghost"]

SHEET = (0.93, 0.95, 1.0)
# see-through: the renderer draws a rigged body's see-through parts as one veil (only its nearest surface
# blends), so the sleeves and hem inside the sheet no longer show as grey seams (they did at 0.82, drawn part
# by part); at 0.6 the room shows through and the pale glow (emissive) still reads as a spirit. Its shadow
# stays (parts at 0.5 or more cast one).
SHEET_OPACITY = 0.6
EYE = (0.05, 0.05, 0.08)


def build_ghost() -> list:
    s = _s()
    j = {k: v[1] for k, v in _HUMANOID_JOINTS.items()}
    # the sheet takes the object's colour (None: the spec's pale SHEET unless the idea says "a green ghost")
    look = {"roughness": 0.9, "emissive": 0.35, "opacity": SHEET_OPACITY}
    # the sheet from its hem to the shoulders, widening as cloth does over a floating body
    body = s.lathe([(0.0, 0.26), (0.34, 0.26), (0.33, 0.45), (0.29, 0.75), (0.25, 1.05), (0.23, 1.3),
                    (0.19, 1.45), (0.0, 1.47)], 24)
    hem = [s.ellipsoid((0.08, 0.04, 0.08), (0.3 * x, 0.27, 0.3 * z), subdivisions=1)
           for x, z in ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1), (0.7, -0.7))]
    parts = [
        _part(s.scaled(s.merge([body, *hem]), (1.0, 1.0, 0.8)), None, bone="root", **look),
        # a faint shade on the floor under the hem, so the ghost reads as floating over its spot, not off it
        _part(s.cylinder(0.3, 0.004, (0.0, 0.0, 0.0), sections=24), (0.0, 0.0, 0.0), roughness=1.0, opacity=0.25,
              casts_shadow=False, bone="root"),
        # the head: the sheet over a round skull, nodding with the head bone
        _part(s.ellipsoid((0.17, 0.19, 0.16), (0.0, 1.6, 0.0), subdivisions=2), None, bone="head", **look),
        _part([s.ellipsoid((0.028, 0.045, 0.015), (x, 1.64, 0.148), subdivisions=2) for x in (0.055, -0.055)],
              EYE, roughness=0.4, bone="head"),
        _part(s.ellipsoid((0.03, 0.022, 0.012), (0.0, 1.55, 0.145), subdivisions=2), EYE, roughness=0.6,
              bone="jaw"),
    ]
    for side in ("l", "r"):
        sh, el, wr = j[f"upper_arm_{side}"], j[f"lower_arm_{side}"], j[f"hand_{side}"]
        parts += [  # sleeves of the sheet, rounded at the end where a hand would be
            _part(s.cylinder_between(sh, el, 0.065, 10, radius1=0.06), None, bone=f"upper_arm_{side}", **look),
            _part([s.cylinder_between(el, wr, 0.06, 10, radius1=0.055),
                   s.ellipsoid((0.055, 0.08, 0.055), (wr[0], wr[1] - 0.03, 0.0), subdivisions=1)], None,
                  bone=f"lower_arm_{side}", **look),
        ]
    return parts


GHOST_BOUNDS = ((-0.3800, 0.0000, -0.3040), (0.3800, 1.7900, 0.3040))  # measured from build_ghost

register(AssetSpec("ghost", "character", *GHOST_BOUNDS, build_ghost, color=SHEET, roughness=0.9,
                   character=True, skeleton=_skeleton(_HUMANOID_JOINTS),
                   words={"en": "ghost ghosts phantom phantoms spectre spook spooks",
                          "de": "gespenst gespenster geist geister spuk"},
                   age="adult", gender_de="n"))
