"""Gear worn for a sport that ideas name and no other kind reads as: the snorkel (a diving mask with a J-shaped
breathing tube over its side). "Ein Mädchen mit Schnorchel" had cast a man called Schnorchel; "a diver with a
snorkel" left it out as unknown.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import GLASS
from autark.assets.catalog._parts import _part as P

__all__: list[str] = []


def _snorkel(s):  # noqa: ANN001, ANN202 - a catalogue builder
    frame = s.torus(0.07, 0.012, (0.0, 0.1, 0.0), axis="z", sections=16, tube_sections=5)
    frame = s.scaled(frame, (1.0, 0.6, 1.0), (0.0, 0.1, 0.0))
    glass = s.scaled(s.cylinder(0.068, 0.008, (0.0, 0.0, 0.0), 16), (1.0, 1.0, 0.6))
    glass = s.translated(s.rotated(glass, 90.0, (1, 0, 0)), (0.0, 0.1, 0.004))
    strap = s.torus(0.08, 0.006, (0.0, 0.1, -0.07), axis="y", sections=14, tube_sections=4)
    tube = [s.cylinder_between((0.085, 0.04, 0.0), (0.085, 0.26, -0.01), 0.011, 8),
            s.cylinder_between((0.085, 0.04, 0.0), (0.05, 0.02, 0.03), 0.011, 8),
            s.cylinder_between((0.05, 0.02, 0.03), (0.01, 0.03, 0.04), 0.013, 8)]
    return [P([frame, strap]), P(glass, GLASS, roughness=0.1, opacity=0.5), P(tube, (0.98, 0.75, 0.1), roughness=0.5)]


kind("snorkel", "prop", (0.18, 0.25, 0.21), _snorkel, (0.15, 0.45, 0.85), "snorkel snorkels snorkel_mask",
     "schnorchel schnorchelmaske", "m", roughness=0.5)
