"""The asset library: procedural object types with real dimensions and support surfaces.

Every asset is built around its own origin: bottom centre on the floor (y = 0), front facing +Z, sizes in
metres. Its ``bounds`` are declared (so the command engine can place things without building meshes) and a
test checks that the built mesh agrees with them. A mesh is a list of parts; a part with ``color=None`` takes
the object's material colour ("a red chair" colours the chair's body), the others keep their own colour
(the tree's trunk stays brown when the user asks for a "blue tree").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import trimesh

__all__ = ["Bone", "SupportSurface", "MeshPart", "AssetSpec", "register", "get", "all_types", "build_parts"]

Vec3 = tuple[float, float, float]


@dataclass(frozen=True)
class SupportSurface:
    """A horizontal rectangle (local space) other objects can stand on: a table top, a shelf board."""

    name: str
    height: float
    min_xz: tuple[float, float]
    max_xz: tuple[float, float]


@dataclass(frozen=True)
class MeshPart:
    mesh: trimesh.Trimesh
    color: tuple[float, float, float] | None = None  # None: the object's material colour
    roughness: float | None = None
    metallic: float | None = None
    emissive: float = 0.0  # >0: this part glows in its own colour (a lamp's bulb, a screen)
    bone: str | None = None  # rigged assets: the bone this part moves with
    opacity: float = 1.0  # <1: see-through in its own right (window glass), whatever the object's material


@dataclass(frozen=True)
class Bone:
    """A joint of a rigged asset: rotates its parts (and its child bones) about ``pivot`` (local space)."""

    name: str
    parent: str | None
    pivot: tuple[float, float, float]


@dataclass(frozen=True)
class AssetSpec:
    type: str
    category: str  # furniture, prop, nature, architecture, vehicle, character, primitive, light
    bounds_min: Vec3
    bounds_max: Vec3
    build: Callable[[], list[MeshPart]] = field(repr=False, compare=False)
    supports: tuple[SupportSurface, ...] = ()
    color: tuple[float, float, float] = (0.8, 0.8, 0.8)
    roughness: float = 0.6
    metallic: float = 0.0
    floating: bool = False  # True for things that hang (a ceiling lamp, a cloud): placed in the air by default
    character: bool = False  # can be animated as a character (humanoid, robot)
    skeleton: tuple[Bone, ...] = ()  # rigged assets: bones, parents before children

    @property
    def size(self) -> Vec3:
        return tuple(b - a for a, b in zip(self.bounds_min, self.bounds_max, strict=True))  # type: ignore[return-value]


_REGISTRY: dict[str, AssetSpec] = {}


def register(spec: AssetSpec) -> AssetSpec:
    """Add an asset type; refuses a duplicate type name (plugins must pick their own)."""
    if spec.type in _REGISTRY:
        raise ValueError(f"asset type {spec.type!r} is already registered")
    _REGISTRY[spec.type] = spec
    return spec


def _ensure_loaded() -> None:
    if not _REGISTRY:
        from autark.assets import catalog  # noqa: F401  (registers the built-in types on import)


def get(asset_type: str) -> AssetSpec:
    _ensure_loaded()
    return _REGISTRY[asset_type]


def all_types() -> list[str]:
    _ensure_loaded()
    return sorted(_REGISTRY)


@cache
def build_parts(asset_type: str) -> tuple[MeshPart, ...]:
    """The asset's mesh parts, built once per process."""
    return tuple(get(asset_type).build())
