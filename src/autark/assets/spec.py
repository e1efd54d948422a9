"""What an asset is: its declared size, support surfaces, skeleton and the builder of its mesh parts.

Every asset is built around its own origin: bottom centre on the floor (y = 0), front facing +Z, sizes in
metres. The library (``autark.assets.library``) registers specs; the catalogue declares the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import trimesh

__all__ = ["Bone", "SupportSurface", "Opening", "MeshPart", "AssetSpec"]

Vec3 = tuple[float, float, float]


@dataclass(frozen=True)
class SupportSurface:
    """A horizontal rectangle (local space) other objects can stand on: a table top, a shelf board."""

    name: str
    height: float
    min_xz: tuple[float, float]
    max_xz: tuple[float, float]


@dataclass(frozen=True)
class Opening:
    """A hole through a set piece (a window in a wall), local space: a rectangle in the piece's z = 0 plane.
    The outside shows through it: what the renderer draws behind the set (the sky, the weather) is seen from
    inside the room (``autark.assets.openings`` finds them in a scene)."""

    min_xy: tuple[float, float]
    max_xy: tuple[float, float]


@dataclass(frozen=True)
class MeshPart:
    mesh: trimesh.Trimesh
    color: tuple[float, float, float] | None = None  # None: the object's material colour
    roughness: float | None = None
    metallic: float | None = None
    emissive: float = 0.0  # >0: this part glows in its own colour (a lamp's bulb, a screen)
    bone: str | None = None  # rigged assets: the bone this part moves with
    opacity: float = 1.0  # <1: see-through in its own right (window glass), whatever the object's material
    # A film set's piece rather than a solid thing (a room's ceiling, its fourth wall): it throws no shadow,
    # so lights above or outside the set still reach in, and ``one_sided`` ones are seen from the front of
    # their faces only, so a camera outside the set looks through them into the room.
    casts_shadow: bool = True
    one_sided: bool = False


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
    openings: tuple[Opening, ...] = ()  # holes the outside shows through (a window_wall's window)
    color: tuple[float, float, float] = (0.8, 0.8, 0.8)
    roughness: float = 0.6
    metallic: float = 0.0
    floating: bool = False  # True for things that hang (a ceiling lamp, a cloud): placed in the air by default
    character: bool = False  # can be animated as a character (humanoid, robot)
    skeleton: tuple[Bone, ...] = ()  # rigged assets: bones, parents before children
    # The words for this kind, per language code ("en", "de"): space-separated, lower case, the display noun
    # first, inflected forms after ("apple apples"; "apfel äpfel"); multi-word names joined by "_". The one
    # vocabulary (autark.language.lang) merges them into its NOUNS table, so a catalogue module or an asset
    # pack brings its own words and needs no edit of the language tables.
    words: dict[str, str] = field(default_factory=dict, compare=False)
    # people: who the body looks like, so a story casts it and a voice engine picks a voice for it
    age: str = ""  # child, adult, elder ("" for things and animals)
    gender: str = ""  # female, male, or "" (neither presented)
    gender_de: str = ""  # the German display noun's gender (m, f, n): articles in generated German text

    @property
    def is_character(self) -> bool:
        """A body that acts (walks, sits, talks, is framed by body parts): flagged a character, or rigged."""
        return self.character or bool(self.skeleton)

    @property
    def size(self) -> Vec3:
        return tuple(b - a for a, b in zip(self.bounds_min, self.bounds_max, strict=True))  # type: ignore[return-value]
