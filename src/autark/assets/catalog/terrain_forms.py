"""Places with a form of their own, for ideas that name one: a mountainside (a rocky slope of grey stone), a
sand dune and a cliff (a rock wall with a sheer face and a flat top to stand on at its edge). A goat that
"climbs a mountain", a knight "at the edge of a cliff", children rolling "down a dune" had stood on flat grass:
the mountain was read as the lake's set, the cliff as the valley's (``autark.story.terrain`` puts these in).

The rocky slope and the dune are the slope of ``autark.assets.slope_shape`` (``slopes``), so a body slides
and climbs on their surface as on a hill.
"""

from __future__ import annotations

import numpy as np

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import STONE
from autark.assets.catalog._parts import _part as P
from autark.assets.catalog.slopes import _mound
from autark.assets.slope_shape import HEIGHT_M, LENGTH_M, WIDTH_M, heightfield_mesh

__all__: list[str] = []

_ROCK = (0.52, 0.5, 0.47)
_SAND = (0.88, 0.76, 0.52)


def _rocky_slope(s):  # noqa: ANN001, ANN202 - a catalogue builder
    """The slope in grey stone, boulders on the ground at its corners (off the run and inside its bounds)."""
    boulders = [s.scaled(s.sphere(r, (x, r, sz * (WIDTH_M / 2 - r)), 1), (1.0, 0.8, 1.0), (x, 0.0, 0.0))
                for x, r, sz in ((-4.9, 0.4, 1.0), (-4.7, 0.3, -1.0), (4.8, 0.45, 1.0), (4.6, 0.35, -1.0),
                                 (3.9, 0.25, 1.0))]
    return [*_mound(s), P(boulders, STONE, roughness=0.95)]


CLIFF_H, CLIFF_W, CLIFF_D = 3.0, 6.0, 4.0  # height, width, depth (metres)
CLIFF_EDGE_Z = 1.2  # where the flat top ends and the sheer face drops toward +Z


def _cliff(s):  # noqa: ANN001, ANN202 - a catalogue builder
    """A rock mass: a flat top to stand on, a sheer broken face dropping toward +Z, a rough slope down its back
    and its sides; loose boulders at the face's foot."""
    rng = np.random.default_rng(7)
    xs = np.linspace(-CLIFF_W / 2, CLIFF_W / 2, 31)
    zs = np.concatenate([np.linspace(-CLIFF_D / 2, CLIFF_EDGE_Z, 18), np.linspace(CLIFF_EDGE_Z + 0.08, CLIFF_D / 2, 6)])
    gx, gz = np.meshgrid(xs, zs, indexing="ij")
    side = np.clip((CLIFF_W / 2 - np.abs(gx)) / 1.2, 0.0, 1.0)
    back = np.clip((gz + CLIFF_D / 2) / 1.6, 0.0, 1.0)
    face = np.where(gz <= CLIFF_EDGE_Z, 1.0, 0.0)
    rough = 1.0 + rng.uniform(-0.06, 0.06, gx.shape) * (1.0 - face * (gz > -0.4) * (side >= 1.0))
    gy = 0.01 + CLIFF_H * np.minimum(side ** 0.7, back ** 0.8) * face * rough
    ledge = np.where((gz > CLIFF_EDGE_Z) & (gz < CLIFF_EDGE_Z + 0.5), 0.25 + rng.uniform(0, 0.3, gx.shape), 0.0)
    gy = np.minimum(np.maximum(gy, ledge * side), CLIFF_H)
    boulders = [s.scaled(s.sphere(r, (x, r, CLIFF_EDGE_Z + 0.45), 1), (1.0, 0.7, 1.0), (x, 0.0, 0.0))
                for x, r in ((-1.9, 0.33), (0.4, 0.25), (1.8, 0.35))]
    return [P(heightfield_mesh(xs, zs, gy), roughness=0.95), P(boulders, STONE, roughness=0.95)]


kind("rocky_slope", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _rocky_slope, _ROCK,
     "mountainside mountain_slope rocky_slope scree", "berghang felshang geröllhang", "m", roughness=0.95)
kind("dune", "nature", (LENGTH_M, HEIGHT_M, WIDTH_M), _mound, _SAND, "dune dunes sand_dune sand_dunes",
     "düne dünen sanddüne sanddünen", "f", roughness=0.95)
kind("cliff", "nature", (CLIFF_W, CLIFF_H, CLIFF_D), _cliff, _ROCK, "cliff cliffs precipice rock_face clifftop",
     "klippe klippen felswand steilwand abgrund felsklippe", "f", roughness=0.95, tops=((CLIFF_H, (-1.7, -0.3), (1.7, CLIFF_EDGE_Z - 0.1)),))
