"""The built-in asset types, declared by type in ``figures`` (primitives, characters), ``animals`` and
``animals_more`` (rigged animals), ``indoor``
(furniture, props) and ``outdoor`` (nature, architecture, vehicles, lights).

Every builder returns parts in local space: bottom centre at the origin, front toward +Z, metres. Declared
bounds are checked against the built meshes by the tests (within 1 mm), so a builder change must update its
``register`` line. ``autark.assets.library`` registers ``builtin_specs()`` on first use.
"""

from __future__ import annotations

from autark.assets.spec import AssetSpec

__all__ = ["builtin_specs"]


def builtin_specs() -> tuple[AssetSpec, ...]:
    """Every built-in asset spec (importing the catalogue modules declares them)."""
    from autark.assets.catalog import (  # noqa: F401
        animals,
        animals_extra,
        animals_extra_winged,
        animals_more,
        animals_small,
        figures,
        ghost,
        holes,
        indoor,
        outdoor,
        people,
        people_creatures,
        people_fantasy,
        people_folk,
        people_jobs,
        people_more,
        people_trades,
        shore_animals,
        themed,
    )
    from autark.assets.catalog._parts import BUILTIN

    return tuple(BUILTIN)
