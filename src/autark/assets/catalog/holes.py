"""Holes that ideas name: a hole in the ground (dug, fallen into, a rabbit's burrow) and a mouse hole in a wall.

Both had no kind: "hole" reached the set "space" by meaning (a mouse that runs into a hole in the wall took the
film to a space station), and "Loch" the Scottish loch, a mountain lake. A hole is drawn as what a camera sees of
one: a dark opening with a rim of earth around it on the ground, or a dark arch at the foot of a wall.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import _part as P

__all__: list[str] = []

_DARK = (0.02, 0.015, 0.01)
_EARTH = (0.3, 0.22, 0.14)


def _ground_hole(s):  # noqa: ANN001, ANN202 - a catalogue builder
    rim = s.scaled(s.sphere(0.5, (0.0, 0.0, 0.0), 2), (1.0, 0.1, 0.8))  # a low mound of dug earth
    mouth = s.scaled(s.cylinder(0.34, 0.052, (0.0, 0.0, 0.0), 24), (1.0, 1.0, 0.76))
    return [P(rim, _EARTH, roughness=0.98), P(mouth, roughness=1.0)]


def _mouse_hole(s):  # noqa: ANN001, ANN202 - a catalogue builder
    """An arch standing on the floor, its flat face toward +Z (set against a wall it reads as a hole in it)."""
    arch = s.rotated(s.cylinder(0.12, 0.02, (0.0, 0.0, 0.0), 20), 90.0, (1, 0, 0))  # a disc facing +Z
    arch = s.translated(arch, (0.0, 0.06, 0.0))
    base = s.box((0.24, 0.06, 0.02), (0.0, 0.03, -0.01))
    return [P([arch, base], roughness=1.0)]


kind("hole", "nature", (1.0, 0.1, 0.8), _ground_hole, _DARK, "hole holes pit pits burrow burrows rabbit_hole",
     "loch löcher erdloch erdlöcher grube gruben kaninchenbau fuchsbau", "n", roughness=0.98)
kind("mouse_hole", "nature", (0.24, 0.24, 0.04), _mouse_hole, _DARK, "mousehole mouseholes mouse_hole mouse_holes",
     "mauseloch mauselöcher", "n", roughness=1.0)
