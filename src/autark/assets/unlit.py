"""A thing put out: the same body without its flames ("the candle is blown out", "sie löscht den Kamin").

A flame is one of an asset's parts (a candle's glowing lathe, a fireplace's fire), drawn in its own colour and
glow whatever the object's material says, so darkening the material leaves it burning. ``unlit_kind`` names
a derived kind, ``<type>_unlit``, built from the same parts with the flames left out and any bulb dark; a film
swaps the thing for it where the fire goes out (``autark.jobs.changes``). The derived kind is not registered:
``autark.assets.library.get`` makes it from its name in whichever process asks (render workers too), so it is
never listed among the kinds a sentence can name (``library.unlit_kind`` names it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from autark.assets.spec import AssetSpec, MeshPart

__all__ = ["UNLIT_SUFFIX", "unlit_spec", "is_flame"]

UNLIT_SUFFIX = "_unlit"
_DARK_BULB = (0.62, 0.6, 0.55)  # an unlit bulb or lamp glass: pale, no glow
_FLAME_WORDS = ("candle", "fire", "torch", "flame")  # kinds whose every glowing part is a flame


def is_flame(part: MeshPart, spec: AssetSpec) -> bool:
    """Whether a glowing part is a flame (left out when the thing is put out) rather than a bulb (kept, dark):
    fire-coloured (orange, more red than green by half again), or any glow of a thing whose words name fire
    (a candelabra's candle flames are the colour of a bulb)."""
    if part.emissive <= 0:
        return False
    r, g, _b = part.color if part.color is not None else spec.color
    words = f"{spec.type} {spec.words.get('en', '')}"
    return g < 0.75 * r or any(w in words for w in _FLAME_WORDS)


def unlit_spec(spec: AssetSpec, parts: Sequence[MeshPart]) -> AssetSpec:
    """The spec of ``<spec.type>_unlit`` from the spec and built ``parts`` of the thing: its parts without
    flames, glowing ones dark, its bounds those of what is left."""
    left = tuple(p if p.emissive <= 0 else replace(p, emissive=0.0, color=_DARK_BULB)
                 for p in parts if not is_flame(p, spec))
    points = np.concatenate([np.asarray(p.mesh.vertices, float) for p in left]) if left else np.zeros((1, 3))
    lo, hi = points.min(axis=0), points.max(axis=0)
    return replace(spec, type=spec.type + UNLIT_SUFFIX, build=lambda: list(left),
                   bounds_min=tuple(float(v) for v in lo), bounds_max=tuple(float(v) for v in hi), words={})
