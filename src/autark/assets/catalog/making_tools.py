"""Hand tools of making that the other catalogue modules lack, sized a little over life so a wide shot sees
them in the hand: a painter's brush, its tip wet with paint. Like the other hand tools they lie on their side,
handle along x, the working end at +x (where ``autark.motion.holding`` puts the hammer's head)."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import METAL, WOOD
from autark.assets.catalog._parts import _part as P

PAINT = (0.85, 0.2, 0.15)  # the paint on its bristles: red, to read against a canvas, a sky or grass


def _paintbrush(s):
    handle = s.cylinder_between((-0.17, 0.015, 0.0), (0.07, 0.015, 0.0), 0.009, 8)
    ferrule = s.cylinder_between((0.07, 0.015, 0.0), (0.11, 0.015, 0.0), 0.012, 8)
    bristles = s.box((0.06, 0.026, 0.03), (0.14, 0.015, 0.0))
    return [P(handle), P(ferrule, METAL, metallic=0.9, roughness=0.3), P(bristles, PAINT, roughness=0.9)]


kind("paintbrush", "prop", (0.34, 0.026, 0.03), _paintbrush, WOOD, "paintbrush paintbrushes brush brushes "
     "paint_brush", "pinsel malpinsel", "m", roughness=0.6)
