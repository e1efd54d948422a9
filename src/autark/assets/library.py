"""The asset library: procedural object types with real dimensions and support surfaces.

Every asset is built around its own origin: bottom centre on the floor (y = 0), front facing +Z, sizes in
metres. Its ``bounds`` are declared (so the command engine can place things without building meshes) and a
test checks that the built mesh agrees with them. A mesh is a list of parts; a part with ``color=None`` takes
the object's material colour ("a red chair" colours the chair's body), the others keep their own colour
(the tree's trunk stays brown when the user asks for a "blue tree").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from autark.assets.spec import AssetSpec, Bone, MeshPart, SupportSurface
from autark.assets.unlit import UNLIT_SUFFIX, unlit_spec
from autark.errors import RegistryError
from autark.registry import Registry

if TYPE_CHECKING:
    from autark.scene.model import SceneObject

__all__ = ["Bone", "SupportSurface", "MeshPart", "AssetSpec", "ASSETS", "register", "get", "all_types",
           "build_parts", "is_character", "person_kind", "unlit_kind"]


def _check(name: str, spec: AssetSpec) -> None:
    if not isinstance(spec, AssetSpec) or spec.type != name:
        raise RegistryError(f"asset {name!r}: register an AssetSpec whose type is its name")


def _builtins(registry: Registry[AssetSpec]) -> None:
    from autark.assets.catalog import builtin_specs

    for spec in builtin_specs():
        registry.add(spec.type, spec)
    for spec in imported_specs():
        if spec.type not in registry:  # a built-in kind of that name (added by a later version) wins
            registry.add(spec.type, spec)


def imported_specs() -> list[AssetSpec]:
    """The asset kinds the user imported (``autark import-asset``), from the user's folder."""
    from autark.assets.imported import user_specs
    from autark.config import Settings

    return user_specs(Settings.from_env().user_config_dir())


# asset type -> spec; the built-ins load on first use, before anything else is added (plugins add here too)
ASSETS: Registry[AssetSpec] = Registry("asset type", builtins=_builtins, check=_check)


def register(spec: AssetSpec) -> AssetSpec:
    """Add an asset type; refuses a type name already taken, built-in or not (plugins must pick their own)."""
    return ASSETS.add(spec.type, spec)


def get(asset_type: str) -> AssetSpec:
    """The spec of ``asset_type``; ``KeyError`` for an unknown type. A kind put out (``<type>_unlit``, its
    flames gone: ``autark.assets.unlit``) is made from its name, in every process, and never listed."""
    try:
        return ASSETS[asset_type]
    except KeyError:
        base = asset_type.removesuffix(UNLIT_SUFFIX)
        if base == asset_type or base not in ASSETS:
            raise
        return _unlit(base)


@cache
def _unlit(base: str) -> AssetSpec:
    return unlit_spec(ASSETS[base], build_parts(base))


def unlit_kind(asset_type: str) -> str | None:
    """The kind that is ``asset_type`` put out (``autark.assets.unlit``), or None when nothing of it glows."""
    try:
        parts = build_parts(asset_type)
    except KeyError:
        return None
    if asset_type.endswith(UNLIT_SUFFIX) or not any(p.emissive > 0 for p in parts):
        return None
    return asset_type + UNLIT_SUFFIX


def all_types() -> list[str]:
    return ASSETS.names()


def is_character(subject: SceneObject | str) -> bool:
    """Whether an object (or asset type) is a body that acts: a person, a robot (``AssetSpec.is_character``).
    Unknown types are not."""
    asset_type = subject if isinstance(subject, str) else subject.type
    try:
        return get(asset_type).is_character
    except KeyError:
        return False


def person_kind(asset_type: str) -> str:
    """The kind of person an asset type's body shows: man, woman, boy, girl or child (a child whose look is
    neither), or "" for anything that is not a person (a thing, an animal, a robot, the generic humanoid) and a
    grown-up whose look is neither (an astronaut in a suit). From ``AssetSpec.age`` and ``.gender``."""
    try:
        spec = get(asset_type)
    except KeyError:
        return ""
    if spec.age == "child":
        return {"male": "boy", "female": "girl"}.get(spec.gender, "child")
    if spec.age:
        return {"male": "man", "female": "woman"}.get(spec.gender, "")
    return ""


@cache
def build_parts(asset_type: str) -> tuple[MeshPart, ...]:
    """The asset's mesh parts, built once per process."""
    return tuple(get(asset_type).build())
