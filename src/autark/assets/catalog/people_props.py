"""Things people carry: tools held in a hand (a book, a briefcase, a flask, a staff, a cane, a broom, a
magnifying glass) and a guitar slung across the body, placed on a body's ``Frame`` like the costume pieces of
``people_kits``. A held thing moves with its hand's bone, so it swings when the arm does."""

from __future__ import annotations

from collections.abc import Callable

from autark.assets.catalog._parts import _part, _s
from autark.assets.catalog.people_body import Frame
from autark.assets.catalog.people_kits import BLACK, LEATHER, RGB, WOOD, Piece

__all__ = ["in_hand", "book", "briefcase", "flask", "staff", "cane", "broom", "magnifier", "guitar"]


# -- things held in a hand -------------------------------------------------------------------------------------
def in_hand(side: str, build: Callable[[Frame, tuple[float, float, float]], list]) -> Piece:
    """A tool held in the left ("l") or right ("r") hand: built around the hand's grip point."""
    def piece(f: Frame) -> list:
        w = f.j(f"hand_{side}")
        return build(f, (w[0], w[1] - 0.08 * f.t, w[2]))
    return piece


def book(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    cover = s.box((0.035, 0.2 * f.t, 0.15 * f.t), (x + (0.03 if x > 0 else -0.03), y, z + 0.02))
    pages = s.box((0.03, 0.19 * f.t, 0.14 * f.t), (x + (0.03 if x > 0 else -0.03), y, z + 0.026))
    return [_part(cover, (0.55, 0.1, 0.12), roughness=0.7, bone=f"hand_{side}"),
            _part(pages, (0.96, 0.94, 0.86), roughness=0.9, bone=f"hand_{side}")]


def briefcase(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    case = s.box((0.09, 0.28 * f.t, 0.38 * f.t), (x, y - 0.2 * f.t, z))
    handle = s.box((0.02, 0.04, 0.1), (x, y - 0.04, z))
    return [_part([case, handle], LEATHER, roughness=0.5, bone=f"hand_{side}")]


def flask(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    glass = s.lathe([(0.06, y - 0.14), (0.015, y - 0.04), (0.015, y + 0.03)], 12, (x, 0.0, z + 0.05))
    liquid = s.cone(0.05, 0.05, (x, y - 0.135, z + 0.05), sections=12, top_radius=0.035)
    return [_part(glass, (0.85, 0.92, 0.95), roughness=0.05, opacity=0.45, bone=f"hand_{side}"),
            _part(liquid, (0.25, 0.95, 0.3), emissive=0.8, bone=f"hand_{side}")]


def staff(colour: RGB = WOOD, orb: RGB | None = (0.5, 0.8, 1.0), reach: float = 1.0) -> Callable:
    def build(f: Frame, at: tuple[float, float, float]) -> list:
        s = _s()
        x, y, z = at
        side = "l" if x > 0 else "r"
        stick = s.cylinder_between((x, 0.02, z + 0.06), (x, y + 0.55 * reach * f.t, z + 0.06), 0.018 * f.t, 8)
        out = [_part(stick, colour, roughness=0.8, bone=f"hand_{side}")]
        if orb is not None:
            out.append(_part(s.sphere(0.05 * f.t, (x, y + 0.55 * reach * f.t + 0.04, z + 0.06)), orb, emissive=1.2,
                             bone=f"hand_{side}"))
        return out
    return build


def cane(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    stick = s.cylinder_between((x, 0.005, z + 0.1), (x, y + 0.02, z + 0.04), 0.014, 8)
    hook = s.cylinder_between((x, y + 0.02, z + 0.04), (x, y + 0.04, z - 0.06), 0.014, 8)
    return [_part([stick, hook], (0.3, 0.18, 0.08), roughness=0.6, bone=f"hand_{side}")]


def broom(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    stick = s.cylinder_between((x, 0.22, z + 0.07), (x, y + 0.5 * f.t, z + 0.07), 0.016, 8)
    brush = s.cone(0.09, 0.24, (x, 0.015, z + 0.07), sections=12, top_radius=0.025)
    return [_part(stick, WOOD, roughness=0.8, bone=f"hand_{side}"),
            _part(brush, (0.72, 0.58, 0.3), roughness=0.95, bone=f"hand_{side}")]


def magnifier(f: Frame, at: tuple[float, float, float]) -> list:
    s = _s()
    x, y, z = at
    side = "l" if x > 0 else "r"
    handle = s.cylinder_between((x, y - 0.02, z + 0.02), (x, y + 0.1, z + 0.1), 0.013, 8)
    ring = s.torus(0.055, 0.009, (x, y + 0.16, z + 0.14), axis="x", sections=16, tube_sections=4)
    lens = s.scaled(s.sphere(1.0, (0, 0, 0), subdivisions=2), (0.05, 0.05, 0.008))
    lens = s.translated(s.rotated(lens, 90.0, (1, 0, 0)), (x, y + 0.16, z + 0.14))
    return [_part([handle, ring], BLACK, roughness=0.4, bone=f"hand_{side}"),
            _part(lens, (0.8, 0.9, 0.95), roughness=0.05, opacity=0.4, bone=f"hand_{side}")]


def guitar(f: Frame) -> list:
    """An acoustic guitar slung across the belly, the neck rising to the player's left (+X)."""
    s = _s()
    t = f.t
    y = f.j("spine")[1] + 0.04 * t
    z = f.chest_r * f.depth + 0.05 * t + f.lean(y)
    # built upright around the origin (the body's middle), then tilted and moved onto the belly
    body = [s.ellipsoid((0.16 * t, 0.14 * t, 0.045 * t), (0.0, 0.0, 0.0)),
            s.ellipsoid((0.12 * t, 0.11 * t, 0.045 * t), (0.0, 0.18 * t, 0.0))]
    hole = s.rotated(s.cylinder(0.04 * t, 0.01, (0.0, 0.09 * t, 0.038 * t), 12), 90.0, (1, 0, 0),
                     (0.0, 0.09 * t, 0.038 * t))
    neck = [s.box((0.045 * t, 0.36 * t, 0.03 * t), (0.0, 0.42 * t, 0.01)),
            s.box((0.065 * t, 0.09 * t, 0.03 * t), (0.0, 0.64 * t, 0.01))]

    def place(m):
        return s.translated(s.rotated(m, -45.0, (0, 0, 1)), (-0.06 * t, y, z))

    return [_part([place(m) for m in body], (0.62, 0.36, 0.14), roughness=0.4, bone="spine"),
            _part([place(m) for m in (hole, *neck)], (0.2, 0.1, 0.05), roughness=0.5, bone="spine")]
