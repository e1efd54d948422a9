"""Slopes to slide, sledge and ski down: a grassy hill and a snowy one (a sledging hill, a ski slope).

The sets had none ("the hill" was read as the meadow, "den Berg hinunter" as the mountain top's set), so a
penguin family that "slides down the hill" slid across flat ground. A slope is a long mound: a short steep back
(climbed up), a small flat top, and a long run down that is gentle at its top and at its foot and steepest in
between, with its sides rounded off to the ground. Its run goes down toward local +X, so a camera in front of it
(+Z) sees a slide across the frame. Its shape is ``autark.assets.slope_shape``'s, whose ``surface_y`` (its
height over any point) ``autark.motion.sliding`` follows: the body goes up the back and down the run on the
surface, not through it.
"""

from __future__ import annotations

import numpy as np

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import _part as P
from autark.assets.slope_shape import HEIGHT_M, LENGTH_M, WIDTH_M, across, heightfield_mesh, profile

__all__: list[str] = []

_GRASS = (0.36, 0.56, 0.26)
_SNOW = (0.95, 0.96, 0.99)


def _mound(s):  # noqa: ANN001, ANN202 - a catalogue builder
    xs = np.linspace(-LENGTH_M / 2, LENGTH_M / 2, 45)
    zs = np.linspace(-WIDTH_M / 2, WIDTH_M / 2, 13)
    gx, gz = np.meshgrid(xs, zs, indexing="ij")
    gy = 0.01 + HEIGHT_M * profile(gx) * across(gz)  # a centimetre's rim all round: one closed piece
    return [P(heightfield_mesh(xs, zs, gy))]


# only words that name nothing else: a plain "hill" or "Hügel" is the meadow's set, and a slope is put in it by
# ``autark.story.slopes`` where someone slides down it
kind("hill", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _mound, _GRASS, "grassy_slope grassy_hill", "grashang", "m",
     roughness=0.95)
kind("snow_hill", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _mound, _SNOW,
     "sledging_hill sledding_hill toboggan_run ski_slope snow_slope", "schneehang rodelhang rodelberg skipiste skihang",
     "m", roughness=0.9)
