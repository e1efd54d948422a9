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
from autark.assets.slope_shape import HEIGHT_M, LENGTH_M, WIDTH_M, across, profile

__all__: list[str] = []

_GRASS = (0.36, 0.56, 0.26)
_SNOW = (0.95, 0.96, 0.99)


def _mound(s):  # noqa: ANN001, ANN202 - a catalogue builder
    import trimesh

    xs = np.linspace(-LENGTH_M / 2, LENGTH_M / 2, 45)
    zs = np.linspace(-WIDTH_M / 2, WIDTH_M / 2, 13)
    gx, gz = np.meshgrid(xs, zs, indexing="ij")
    gy = 0.01 + HEIGHT_M * profile(gx) * across(gz)  # a centimetre's rim all round: one closed piece
    top = np.column_stack([gx.ravel(), gy.ravel(), gz.ravel()])
    under = top * np.array([1.0, 0.0, 1.0])
    nx, nz = len(xs), len(zs)
    n = nx * nz
    faces = []
    for i in range(nx - 1):
        for j in range(nz - 1):
            a, b, c, d = i * nz + j, i * nz + j + 1, (i + 1) * nz + j, (i + 1) * nz + j + 1
            faces += [(a, b, c), (b, d, c), (n + a, n + c, n + b), (n + b, n + c, n + d)]  # up, and the underside
    rim = ([i * nz for i in range(nx)] + [(nx - 1) * nz + j for j in range(1, nz)]
           + [i * nz + nz - 1 for i in range(nx - 2, -1, -1)] + [j for j in range(nz - 2, 0, -1)])
    for p, q in zip(rim, [*rim[1:], rim[0]], strict=True):  # the rim's strip, facing out
        faces += [(p, q, n + p), (q, n + q, n + p)]
    return [P(trimesh.Trimesh(np.vstack([top, under]), np.array(faces), process=False))]


# only words that name nothing else: a plain "hill" or "Hügel" is the meadow's set, and a slope is put in it by
# ``autark.story.slopes`` where someone slides down it
kind("hill", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _mound, _GRASS, "grassy_slope grassy_hill", "grashang", "m",
     roughness=0.95)
kind("snow_hill", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _mound, _SNOW,
     "sledging_hill sledding_hill toboggan_run ski_slope snow_slope", "schneehang rodelhang rodelberg skipiste skihang",
     "m", roughness=0.9)
