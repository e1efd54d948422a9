"""The set's water, for a thing that goes into it (``autark.jobs.effects``, ``autark.jobs.landings``)."""

from __future__ import annotations

from autark.scene.model import Scene

__all__ = ["WATER_NAMES", "water_near", "waters"]

WATER_NAMES = ("lake", "pond", "river", "sea", "ocean", "water", "pool", "well")


def water_near(scene: Scene, x: float, z: float) -> tuple[float, float, float]:
    """Where a thing dropped into water at (x, z) goes in: half a metre inside the nearest edge of the set's
    water (a lake, a pond), at its surface; the ground at (x, z) where the set has none."""
    from autark.scene.geometry import world_bbox

    waters = [world_bbox(o) for o in scene.objects
              if any(w in o.name.lower() or w in o.type for w in WATER_NAMES) and o.visible]
    if not waters:
        return (x, 0.0, z)

    def entry(b: object) -> tuple[float, float, float]:
        lo, hi = b.min, b.max  # type: ignore[attr-defined]
        inside = lambda v, a, c: min(max(v, a + 0.5), c - 0.5) if c - a > 1.0 else (a + c) / 2  # noqa: E731
        return (inside(x, lo[0], hi[0]), float(hi[1]), inside(z, lo[2], hi[2]))

    return min((entry(b) for b in waters), key=lambda p: (p[0] - x) ** 2 + (p[2] - z) ** 2)


def waters(scene: Scene) -> list[str]:
    """The ids of the set's visible water (a pond, a lake, the sea): those ``water_near`` goes into."""
    return [o.id for o in scene.objects if o.visible and any(w in o.name.lower() or w in o.type for w in WATER_NAMES)]
