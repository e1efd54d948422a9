"""Birds, a sea animal and flying small animals film ideas name that had only a stand-in body: the parrot, the
swan, the eagle, the flamingo and the seagull (each a measured ``Bird`` of ``animals_more`` with what marks it:
a parrot's red and blue and hooked beak, a swan's long white neck, an eagle's white head and yellow hook, a
flamingo's pink on stilts), the dolphin (a grey ``Fish`` with flukes and a beak), and the bee and the bat,
which fly with the butterfly's rig (a body and two wings that beat about its long axis).

Same conventions as the other animals: front +Z, left +X, feet (or belly) on y = 0, real sizes (the bee at a
bumblebee's, so it can be seen at all); bounds measured in ``animal_bounds``.
"""

from __future__ import annotations

from autark.assets.catalog._parts import BLACK, WHITE, _part, _s
from autark.assets.catalog.animals import P3, Joints, register_animal
from autark.assets.catalog.animals_more import Bird, Fish, bird_joints, build_bird, build_fish, fish_joints

__all__ = ["EXTRA_BIRDS"]

YELLOW = (0.98, 0.78, 0.1)


def _bird(b: Bird, extra=None):
    """A builder of the bird ``b`` with ``extra(b)``'s parts added (a white head, a crest)."""
    def build() -> list:
        return [*build_bird(b), *(extra(b) if extra is not None else [])]
    return build


def _head_cap(colour: P3, grow: float = 1.08):
    """A head in ``colour`` over the body's own (an eagle's white head)."""
    def parts(b: Bird) -> list:
        s = _s()
        h = bird_joints(b)["head"][1]
        return [_part(s.sphere(b.head_r * grow, h, 2), colour, roughness=0.9, bone="head")]
    return parts


PARROT = Bird((0.06, 0.08, 0.07), 0.08, 0.03, 0.055, (0.04, 0.022), 0.17, 0.22, upright=20.0,
              wing_colour=(0.1, 0.3, 0.85), beak_colour=(0.9, 0.88, 0.8), feet_colour=(0.35, 0.33, 0.33),
              belly=(0.95, 0.75, 0.1))
SWAN = Bird((0.2, 0.16, 0.38), 0.1, 0.42, 0.07, (0.09, 0.03), 0.4, 0.12, wing_colour=(0.97, 0.97, 0.96),
            extras=("flat_beak",), beak_colour=(0.95, 0.45, 0.1), feet_colour=(0.15, 0.15, 0.15))
EAGLE = Bird((0.15, 0.17, 0.22), 0.14, 0.08, 0.08, (0.07, 0.03), 0.5, 0.25, upright=25.0,
             wing_colour=(0.3, 0.2, 0.12), beak_colour=YELLOW, feet_colour=YELLOW)
FLAMINGO = Bird((0.14, 0.13, 0.24), 0.85, 0.38, 0.055, (0.09, 0.025), 0.32, 0.1, wing_colour=(0.95, 0.45, 0.55),
                beak_colour=(0.15, 0.12, 0.12), feet_colour=(0.95, 0.55, 0.6))
SEAGULL = Bird((0.09, 0.09, 0.17), 0.08, 0.05, 0.05, (0.05, 0.014), 0.3, 0.12, upright=10.0,
               wing_colour=(0.6, 0.62, 0.65), beak_colour=YELLOW, feet_colour=(0.95, 0.7, 0.45))

EXTRA_BIRDS: dict[str, tuple] = {
    "parrot": (PARROT, None, {"en": "parrot parrots macaw macaws cockatoo budgie",
                              "de": "papagei papageien ara aras kakadu wellensittich"}, "m", (0.85, 0.1, 0.08)),
    "swan": (SWAN, None, {"en": "swan swans cygnet cygnets", "de": "schwan schwäne"}, "m", (0.97, 0.97, 0.96)),
    "eagle": (EAGLE, _head_cap(WHITE), {"en": "eagle eagles hawk hawks falcon falcons vulture",
                                        "de": "adler falke falken habicht geier"}, "m", (0.35, 0.23, 0.13)),
    "flamingo": (FLAMINGO, None, {"en": "flamingo flamingos flamingoes", "de": "flamingo flamingos"}, "m",
                 (0.98, 0.55, 0.62)),
    "seagull": (SEAGULL, None, {"en": "seagull seagulls gull gulls", "de": "möwe möwen seemöwe"}, "f",
                (0.96, 0.96, 0.96)),
}
for _type, (_b, _extra, _words, _gender, _colour) in EXTRA_BIRDS.items():
    register_animal(_type, _bird(_b, _extra), bird_joints(_b), _words, _gender, _colour)

# -- the dolphin: a grey fish-shaped body with a beak, a dorsal fin and flukes that beat up and down -------------
DOLPHIN = Fish(2.2, 0.22, 0.2, 0.28, flukes=True, pointed=True, belly=(0.82, 0.84, 0.86))
register_animal("dolphin", lambda: build_fish(DOLPHIN), fish_joints(DOLPHIN),
                {"en": "dolphin dolphins porpoise", "de": "delfin delfine delphin delphine tümmler"}, "m",
                (0.45, 0.5, 0.58), roughness=0.35, floating=True)


# -- the bee and the bat: a body and two wings about its long axis (the butterfly's rig) -----------------------
def _flyer_joints(y: float, wing_x: float, head_z: float) -> Joints:
    return {"root": (None, (0.0, y, 0.0)), "wing_l": ("root", (wing_x, y * 1.4, 0.0)),
            "wing_r": ("root", (-wing_x, y * 1.4, 0.0)), "jaw": ("root", (0.0, y, head_z))}


def _wing(s, polygon: list[tuple[float, float]], y: float, side: float):
    """A flat wing from ``polygon`` (x outward, y forward) lying level at height ``y`` on one side."""
    m = s.rotated(s.prism(polygon, -0.0004, 0.0004), -90.0, (1, 0, 0))
    m = s.rotated(m, 180.0, (0, 0, 1)) if side < 0 else m
    return s.translated(m, (0.0, y, 0.0))


BEE_Y = 0.0095


def build_bee() -> list:
    """A bumblebee: a round yellow body banded black, a black head, two clear wings."""
    s = _s()
    y = BEE_Y
    body = s.ellipsoid((0.008, 0.008, 0.014), (0.0, y, -0.004), 2)
    bands = [s.torus(0.0075 * w, 0.0016, (0.0, y, z), axis="z", sections=14, tube_sections=4)
             for z, w in ((-0.001, 1.05), (-0.008, 0.9), (-0.014, 0.62))]
    head = s.sphere(0.0055, (0.0, y + 0.001, 0.012), 1)
    sting = s.cone(0.0015, 0.005, (0.0, y, -0.017), 6)
    sting = s.rotated(sting, -90.0, (1, 0, 0), (0.0, y, -0.017))
    antennae = [s.cylinder_between((sx * 0.002, y + 0.004, 0.015), (sx * 0.005, y + 0.011, 0.021), 0.0005, 4)
                for sx in (1.0, -1.0)]
    parts = [_part(body, roughness=0.9, bone="root"), _part([*bands, sting, *antennae], BLACK, roughness=0.8,
                                                             bone="root"),
             _part(head, BLACK, roughness=0.6, bone="jaw")]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        wing = _wing(s, [(0.003, 0.004), (0.02, 0.006), (0.025, -0.002), (0.012, -0.008)], y * 1.55, sx)
        parts.append(_part(wing, (0.85, 0.92, 1.0), roughness=0.2, opacity=0.55, bone=f"wing_{side}"))
    return parts


BAT_Y = 0.022


def build_bat() -> list:
    """A bat: a dark furry body, big pointed ears, wide webbed wings with finger ribs."""
    s = _s()
    y = BAT_Y
    body = s.ellipsoid((0.025, 0.022, 0.045), (0.0, y, -0.01), 2)
    head = s.sphere(0.02, (0.0, y + 0.004, 0.04), 1)
    ears = [s.cone(0.009, 0.025, (sx * 0.011, y + 0.018, 0.038), 6) for sx in (1.0, -1.0)]
    eyes = [s.sphere(0.003, (sx * 0.008, y + 0.01, 0.058), 1) for sx in (1.0, -1.0)]
    parts = [_part(body, roughness=0.95, bone="root"), _part([head, *ears], roughness=0.95, bone="jaw"),
             _part(eyes, (0.9, 0.8, 0.3), roughness=0.3, bone="jaw")]
    for side, sx in (("l", 1.0), ("r", -1.0)):
        web = _wing(s, [(0.02, 0.025), (0.09, 0.04), (0.17, 0.02), (0.15, -0.02), (0.11, -0.005), (0.08, -0.04),
                        (0.045, -0.015), (0.02, -0.04)], y * 1.1, sx)
        ribs = [s.cylinder_between((sx * 0.02, y * 1.2, 0.025), (sx * px, y * 1.2, pz), 0.0018, 4)
                for px, pz in ((0.09, 0.04), (0.17, 0.02), (0.11, -0.005), (0.08, -0.04))]
        parts.append(_part(web, (0.16, 0.12, 0.12), roughness=0.8, bone=f"wing_{side}"))
        parts.append(_part(ribs, BLACK, roughness=0.8, bone=f"wing_{side}"))
    return parts


register_animal("bee", build_bee, _flyer_joints(BEE_Y, 0.004, 0.012),
                {"en": "bee bees bumblebee bumblebees honeybee wasp wasps hornet",
                 "de": "biene bienen hummel hummeln honigbiene wespe wespen hornisse"}, "f", (0.98, 0.75, 0.1),
                roughness=0.8, floating=True)
register_animal("bat", build_bat, _flyer_joints(BAT_Y, 0.015, 0.04),
                {"en": "bat bats vampire_bat", "de": "fledermaus fledermäuse flughund"}, "f", (0.22, 0.17, 0.16),
                roughness=0.95, floating=True)
