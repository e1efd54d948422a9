"""What the built-in asset builders share: colours, the part and support-surface helpers, and ``register``,
which collects a built-in ``AssetSpec`` for ``autark.assets.catalog.builtin_specs``."""

from __future__ import annotations

from autark.assets.spec import AssetSpec, Bone, MeshPart, SupportSurface

__all__ = ["register", "BUILTIN"]

# trimesh (via autark.assets.shapes) is imported inside the builders so that importing the catalogue, which
# the command engine does for bounds and support surfaces, stays cheap.

WOOD = (0.55, 0.35, 0.2)
DARK_WOOD = (0.3, 0.18, 0.1)
METAL = (0.6, 0.6, 0.62)
DARK_METAL = (0.18, 0.18, 0.2)
BLACK = (0.04, 0.04, 0.04)
WHITE = (0.92, 0.92, 0.9)
CREAM = (0.95, 0.92, 0.8)
GLASS = (0.08, 0.1, 0.12)
LEAF = (0.22, 0.5, 0.18)
BARK = (0.4, 0.26, 0.14)
SKIN = (0.87, 0.68, 0.55)
HAIR = (0.16, 0.1, 0.06)
DENIM = (0.16, 0.22, 0.38)
SHOE = (0.12, 0.09, 0.07)
WARM_LIGHT = (1.0, 0.85, 0.55)
FLAME = (1.0, 0.55, 0.12)
STONE = (0.5, 0.49, 0.46)

BUILTIN: list[AssetSpec] = []  # in the order the catalogue modules declare them


def register(spec: AssetSpec) -> None:
    """Declare a built-in asset (the library registers the built-ins in one go on first use)."""
    BUILTIN.append(spec)


def _s():  # the shapes module, imported on first build (it imports trimesh)
    from autark.interrupts import import_uninterrupted

    # trimesh swallows a KeyboardInterrupt raised in its own imports: Ctrl-C or kill during the first frame
    # would be lost. Hold both signals while it loads, then deliver them.
    return import_uninterrupted("autark.assets.shapes")


def _part(meshes, color=None, *, roughness=None, metallic=None, emissive=0.0, bone=None, opacity=1.0,
          casts_shadow=True, one_sided=False):
    s = _s()
    mesh = s.merge(meshes) if isinstance(meshes, list | tuple) else meshes
    return MeshPart(mesh, color=color, roughness=roughness, metallic=metallic, emissive=emissive, bone=bone,
                    opacity=opacity, casts_shadow=casts_shadow, one_sided=one_sided)


def _top(name: str, height: float, lo: tuple[float, float], hi: tuple[float, float]) -> SupportSurface:
    return SupportSurface(name, height, lo, hi)


def _skeleton(joints: dict[str, tuple[str | None, tuple[float, float, float]]]) -> tuple[Bone, ...]:
    return tuple(Bone(name, parent, pivot) for name, (parent, pivot) in joints.items())
