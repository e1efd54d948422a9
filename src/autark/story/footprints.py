"""How much room an asset kind takes: a module of its own, low on the story's ladder, because the cast, the crowds,
the set pieces and the laid tables all measure kinds and must not import one another to do it."""

from __future__ import annotations

__all__ = ["footprint"]


def footprint(asset_type: str, scale: float = 1.0) -> tuple[float, float, float] | None:
    """(width, height, depth) in metres of an asset kind ``scale`` times its own size ("a giant tree"), None
    for a kind the library does not know."""
    from autark.assets import library

    try:
        spec = library.get(asset_type)
    except KeyError:
        return None
    lo, hi = spec.bounds_min, spec.bounds_max
    return (hi[0] - lo[0]) * scale, (hi[1] - lo[1]) * scale, (hi[2] - lo[2]) * scale
