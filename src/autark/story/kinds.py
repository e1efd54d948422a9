"""Which asset kinds can be cast (read by the lexicon, the cast and the plan check alike)."""

from __future__ import annotations

from functools import cache

__all__ = ["character_types"]


@cache
def character_types() -> frozenset[str]:
    """Asset kinds that can be cast: bodies that act (people, robots, rigged animals) and animals."""
    from autark.assets import library

    out = set()
    for t in library.all_types():
        spec = library.get(t)
        if spec.is_character or spec.category in ("character", "animal", "creature"):
            out.add(t)
    return frozenset(out)
