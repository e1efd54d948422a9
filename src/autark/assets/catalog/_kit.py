"""A shorter way to declare the many small props of the themed catalogue modules (food, music, tools, ...).

``kind`` registers a spec whose bounds come from its real size (width x height x depth, metres; bottom centre
at the origin) and whose builder's parts are fitted together onto exactly those bounds (``shapes.fit``), so a
sketch a few millimetres off still matches its declaration, and the words of both languages sit on the same
line. The builders get the shapes module as their argument and return ``_part`` lists like the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from autark.assets.catalog._parts import _s, _top, register
from autark.assets.spec import AssetSpec, MeshPart, Opening

__all__ = ["kind", "size_of", "SKETCHES"]

Size = tuple[float, float, float]
Top = tuple[float, tuple[float, float], tuple[float, float]]  # height, (x0, z0), (x1, z1)


def _fitted(build: Callable[[Any], list[MeshPart]], size: Size) -> Callable[[], list[MeshPart]]:
    w, h, d = size

    def run() -> list[MeshPart]:
        s = _s()
        parts = build(s)
        meshes = s.fit([p.mesh for p in parts], (-w / 2, 0.0, -d / 2), (w / 2, h, d / 2))
        return [dataclasses.replace(p, mesh=m) for p, m in zip(parts, meshes, strict=True)]

    run.__name__ = getattr(build, "__name__", "build")
    return run


def size_of(build: Callable[[Any], list[MeshPart]]) -> Size:
    """The size the builder's own sketch has (a check that a declared size does not squash the sketch)."""
    s = _s()
    lo, hi = s.merge([p.mesh for p in build(s)]).bounds
    return tuple(float(v) for v in hi - lo)  # type: ignore[return-value]


def kind(type_: str, category: str, size: Size, build: Callable[[Any], list[MeshPart]],
         color: tuple[float, float, float], en: str, de: str, gender_de: str, *, tops: tuple[Top, ...] = (),
         roughness: float = 0.6, metallic: float = 0.0, floating: bool = False,
         openings: tuple[Opening, ...] = ()) -> None:
    """Declare a built-in kind of ``size`` (x, y, z metres) with its English and German words."""
    w, h, d = size
    register(AssetSpec(
        type_, category, (-w / 2, 0.0, -d / 2), (w / 2, h, d / 2), _fitted(build, size),
        supports=tuple(_top(f"top{i + 1}" if i else "top", y, lo, hi) for i, (y, lo, hi) in enumerate(tops)),
        color=color, roughness=roughness, metallic=metallic, floating=floating, openings=openings,
        words={"en": en, "de": de}, gender_de=gender_de))
    SKETCHES[type_] = build


SKETCHES: dict[str, Callable[[Any], list[MeshPart]]] = {}  # type -> its unfitted builder (size checks)
