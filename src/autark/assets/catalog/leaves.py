"""A heap of fallen leaves (autumn's: "rakes the leaves", "jumps into the leaves", "the wind blows the leaves
away", "das Laub", "die Blätter"): small flat leaves in red, orange and yellow, heaped and scattered round."""

from __future__ import annotations

import math

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import _part as P

RED_LEAF = (0.75, 0.2, 0.08)
YELLOW_LEAF = (0.95, 0.75, 0.15)


def _leaves(s):
    # a mound of single leaves (a smooth dome read as an orange rug), each tilted its own way, over a dark base
    base = s.ellipsoid((0.3, 0.05, 0.26), (0.0, 0.0, 0.0))
    leaves: list = [[], [], []]
    for i in range(66):
        a, u = math.radians(i * 137.5), (i % 22) / 22 + 0.02
        r = (0.36 if i >= 54 else 0.3) * math.sqrt(u)
        x, z = r * math.cos(a), r * math.sin(a) * 0.87
        y = max(0.005, 0.1 * (1.0 - (r / 0.32) ** 2)) + 0.01 * (i % 3)
        leaf = s.ellipsoid((0.045, 0.005, 0.026), (x, y, z), subdivisions=0)
        leaf = s.rotated(s.rotated(leaf, 18 * ((i % 5) - 2), (1, 0, 0), (x, y, z)), i * 47, (0, 1, 0), (x, y, z))
        leaves[i % 3].append(leaf)
    return [P(leaves[0]), P(leaves[1], RED_LEAF), P(leaves[2], YELLOW_LEAF), P(base, (0.45, 0.25, 0.1))]


kind("leaves", "nature", (0.693, 0.183, 0.581), _leaves, (0.85, 0.45, 0.1), "leaves foliage leaf_pile autumn_leaves",
     "laub laubhaufen herbstlaub", "n", roughness=0.9)
