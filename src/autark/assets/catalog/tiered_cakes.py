"""Cakes of several tiers, from one builder of any number of them: a wedding cake, "the tallest cake" of a
baking contest, "die höchste Torte der Stadt". Each tier is narrower than the one below and ringed with cream,
a few berries on top; a cake of more tiers is taller and reads so beside its bakers (a one-tier cake scaled up
was only a bigger one-tier cake). ``story.stacked_forms`` picks the number of tiers from the idea's size word.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import WHITE
from autark.assets.catalog._parts import _part as P

__all__ = ["TIERED_CAKES", "tiers_kind", "cake_size"]

BASE_R, TIER_H, STEP = 0.3, 0.2, 0.78  # the bottom tier's radius, each tier's height, each tier's share of the last


def cake_size(tiers: int) -> tuple[float, float, float]:
    return (round(2 * (BASE_R + 0.018), 3), round(tiers * TIER_H + 0.055, 3), round(2 * (BASE_R + 0.018), 3))


def _tiered(tiers: int):  # noqa: ANN202 - a builder for the catalogue
    def build(s):  # noqa: ANN001, ANN202
        cake, cream, berries = [], [], []
        r, y = BASE_R, 0.0
        for _ in range(tiers):
            cake.append(s.cylinder(r, TIER_H, (0.0, y, 0.0), 20))
            cream.append(s.torus(r, 0.018, (0.0, y + TIER_H, 0.0), axis="y", sections=20, tube_sections=5))
            y += TIER_H
            r *= STEP
        berries = [s.sphere(0.025, (dx * r * 0.5, y + 0.03, dz * r * 0.5), 1)
                   for dx, dz in ((1.0, 0.0), (-0.5, 0.87), (-0.5, -0.87))]
        return [P(cake, roughness=0.7), P(cream, WHITE, roughness=0.6), P(berries, (0.75, 0.08, 0.12), roughness=0.4)]

    build.__name__ = f"_cake_of_{tiers}_tiers"
    return build


TIERED_CAKES = {3: "cake_3_tiers", 5: "cake_5_tiers", 7: "cake_7_tiers"}


def tiers_kind(tiers: int) -> str:
    """The tiered cake kind nearest ``tiers`` tiers."""
    return TIERED_CAKES[min(TIERED_CAKES, key=lambda n: abs(n - tiers))]


_WORDS = {3: ("wedding_cake tiered_cake layer_cake", "hochzeitstorte stufentorte etagentorte"),
          5: ("five_tier_cake", "riesentorte"), 7: ("seven_tier_cake cake_tower", "tortenturm")}
for _n, _type in TIERED_CAKES.items():
    kind(_type, "prop", cake_size(_n), _tiered(_n), (0.97, 0.8, 0.84), *_WORDS[_n], "f", roughness=0.7)
