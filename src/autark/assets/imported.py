"""A person's own models as asset kinds: ``autark import-asset FILE --name guitar`` and what it leaves behind.

Importing reads a glTF/GLB (or OBJ, STL, PLY: whatever trimesh reads) and normalises it the way every
built-in asset is made (``autark.assets.spec``): metres, Y up, front toward +Z, bottom centre at the origin.
glTF is metres and Y up by its specification; other formats carry no unit, so a model whose largest side
is over ``CENTIMETRE_GUESS_M`` is taken to be in centimetres (said in the result), and ``height_m`` scales it
to a known height. Its colours are kept per part (a part without one takes the object's colour, so "a red
guitar" works). The normalised model is written as GLB with a small JSON card (words, bounds, source hash)
into the user's folder, ``<config dir>/assets/<name>/``, so every project on the machine can use it;
``user_specs`` reads them back as ``AssetSpec``s, and the asset library and the vocabulary load them with the
built-in kinds.

A model file is untrusted input: its size, triangle count and bounds are checked before anything is written,
and a file trimesh cannot read is a clear error, not a traceback.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from autark.assets.spec import AssetSpec, MeshPart
from autark.errors import UserInputError

__all__ = ["ImportedAsset", "import_asset", "user_specs", "assets_dir", "MAX_FILE_BYTES", "MAX_TRIANGLES"]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TRIANGLES = 500_000
CENTIMETRE_GUESS_M = 50.0  # nothing a film stages is 50 m across in one piece; a 120-unit chair is centimetres
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_WORD = re.compile(r"^[a-zäöüß][a-zäöüß0-9_\-]{0,39}$")


@dataclass(frozen=True)
class ImportedAsset:
    spec: AssetSpec
    folder: Path
    notes: list[str]


def assets_dir(config_dir: Path) -> Path:
    return config_dir / "assets"


def _words(name: str, words: str | None, lang: str) -> str:
    got = (words or "").lower().split()
    if lang == "en" and name not in got:
        got.insert(0, name)
    for w in got:
        if not _WORD.match(w):
            raise UserInputError(f"{w!r} cannot be a word for an asset", hint="use letters, digits and _ only")
    return " ".join(dict.fromkeys(got))


def _load_parts(path: Path) -> list[tuple[Any, tuple[float, float, float] | None]]:
    """(trimesh mesh in the file's world space, its base colour or None) for every mesh in the file."""
    import trimesh

    try:
        loaded = trimesh.load(str(path), force="scene")
    except Exception as exc:  # noqa: BLE001 - any reader failure of an untrusted file is the user's problem
        raise UserInputError(f"cannot read {path.name} as a 3D model: {exc}",
                             hint="export it from your 3D tool as glTF binary (.glb)") from None
    out = []
    for node in loaded.graph.nodes_geometry:
        transform, geom_name = loaded.graph[node]
        geom = loaded.geometry[geom_name]
        if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
            continue
        mesh = geom.copy()
        mesh.apply_transform(transform)
        out.append((mesh, _colour_of(geom)))
    return out


def _colour_of(mesh: Any) -> tuple[float, float, float] | None:
    visual = getattr(mesh, "visual", None)
    material = getattr(visual, "material", None)
    colour = getattr(material, "baseColorFactor", None)
    if colour is None:
        colour = getattr(material, "main_color", None)
    if colour is None:
        return None
    c = np.asarray(colour, float)[:3]
    if c.max() > 1.0:
        c = c / 255.0
    return tuple(float(v) for v in np.clip(c, 0.0, 1.0))  # type: ignore[return-value]


def import_asset(source: str | Path, name: str, config_dir: Path, *, words_en: str | None = None,
                 words_de: str | None = None, gender_de: str = "", height_m: float | None = None,
                 up: str = "y", replace: bool = False, taken_words: set[str] | None = None) -> ImportedAsset:
    """Normalise ``source`` and keep it as the asset kind ``name`` in the user's folder."""
    import trimesh

    src = Path(source)
    if not src.is_file():
        raise UserInputError(f"{src} is not a file", hint="give the path of a .glb, .gltf, .obj or .stl file")
    if src.stat().st_size > MAX_FILE_BYTES:
        raise UserInputError(f"{src.name} is {src.stat().st_size / 2**20:.0f} MB; at most "
                             f"{MAX_FILE_BYTES // 2**20} MB are imported", hint="simplify the model first")
    if not _NAME.match(name):
        raise UserInputError(f"{name!r} cannot name an asset kind",
                             hint="2-40 lower-case letters, digits or _ starting with a letter, e.g. 'guitar'")
    if up not in ("y", "z"):
        raise UserInputError(f"up axis {up!r}: use 'y' (glTF) or 'z' (most CAD tools)")
    if height_m is not None and not (0.01 <= height_m <= 500.0):
        raise UserInputError(f"height {height_m} m: give 0.01 to 500 m")
    if gender_de not in ("", "m", "f", "n"):
        raise UserInputError(f"German gender {gender_de!r}: use m, f or n")
    en, de = _words(name, words_en, "en"), _words(name, words_de, "de") if words_de else ""
    clash = sorted((set(en.split()) | set(de.split())) & (taken_words or set()))
    if clash:
        raise UserInputError(f"the word(s) {', '.join(clash)} already name something autark knows",
                             hint="choose other words (--words) or another --name")
    parts = _load_parts(src)
    if not parts:
        raise UserInputError(f"{src.name} holds no triangle mesh", hint="export the model with its geometry")
    tris = sum(len(m.faces) for m, _ in parts)
    if tris > MAX_TRIANGLES:
        raise UserInputError(f"{src.name} has {tris} triangles; at most {MAX_TRIANGLES} are imported",
                             hint="decimate the model in your 3D tool first")
    notes: list[str] = []
    if up == "z":  # Z up -> Y up: a quarter turn about X
        rot = trimesh.transformations.rotation_matrix(-np.pi / 2, [1, 0, 0])
        for m, _ in parts:
            m.apply_transform(rot)
    verts = np.concatenate([m.vertices for m, _ in parts])
    if not np.isfinite(verts).all():
        raise UserInputError(f"{src.name} has vertices that are not finite numbers")
    lo, hi = verts.min(axis=0), verts.max(axis=0)
    size = hi - lo
    scale = 1.0
    if height_m is not None:
        if size[1] <= 1e-9:
            raise UserInputError(f"{src.name} is flat: it has no height to scale to {height_m} m")
        scale = height_m / size[1]
    elif size.max() > CENTIMETRE_GUESS_M and src.suffix.lower() not in (".glb", ".gltf"):
        scale = 0.01
        notes.append(f"its largest side is {size.max():.0f} units: read as centimetres (give --height to be exact)")
    centre = np.array([(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2])
    for m, _ in parts:
        m.apply_translation(-centre)
        m.apply_scale(scale)
    folder = assets_dir(config_dir) / name
    if folder.exists() and not replace:
        raise UserInputError(f"an imported asset named {name!r} exists", hint="use --replace to overwrite it")
    verts = np.concatenate([m.vertices for m, _ in parts])
    card = {"name": name, "words": {"en": en, **({"de": de} if de else {})}, "gender_de": gender_de,
            "bounds_min": [float(v) for v in verts.min(axis=0)], "bounds_max": [float(v) for v in verts.max(axis=0)],
            "source": src.name, "sha256": hashlib.sha256(src.read_bytes()).hexdigest(),
            "colours": [list(c) if c is not None else None for _, c in parts]}
    assets_dir(config_dir).mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=assets_dir(config_dir)))
    try:
        scene = trimesh.Scene()
        for k, (m, _) in enumerate(parts):
            scene.add_geometry(trimesh.Trimesh(m.vertices, m.faces, process=False), geom_name=f"part_{k}")
        scene.export(str(tmp / "model.glb"))
        (tmp / "asset.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise UserInputError(f"cannot write the asset into {folder}: {exc.strerror or exc}") from exc
    spec = _spec(folder)
    if spec is None:
        raise UserInputError(f"the normalised copy of {src.name} cannot be read back")
    return ImportedAsset(spec, folder, notes)


def _spec(folder: Path) -> AssetSpec | None:
    """The AssetSpec of one imported asset folder (its card only: the model loads when first built), or
    None when the card is damaged (the folder is then skipped)."""
    try:
        card = json.loads((folder / "asset.json").read_text(encoding="utf-8"))
        name, lo, hi = str(card["name"]), tuple(map(float, card["bounds_min"])), tuple(map(float, card["bounds_max"]))
        words = {str(k): str(v) for k, v in card.get("words", {}).items() if k in ("en", "de")}
        colours = list(card.get("colours") or [])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _NAME.match(name) or len(lo) != 3 or len(hi) != 3:
        return None
    model = folder / "model.glb"

    def build() -> list[MeshPart]:
        import trimesh

        loaded = trimesh.load(str(model), force="scene")
        meshes = [loaded.geometry[k] for k in sorted(loaded.geometry, key=lambda g: int(g.split("_")[-1]))]
        colours_ = colours + [None] * (len(meshes) - len(colours))
        return [MeshPart(m, color=tuple(c) if c else None) for m, c in zip(meshes, colours_, strict=False)]

    return AssetSpec(name, "imported", lo, hi, build, words=words,  # type: ignore[arg-type]
                     gender_de=str(card.get("gender_de", "")))


def user_specs(config_dir: Path | None) -> list[AssetSpec]:
    """Every imported asset in the user's folder, in name order; damaged folders are skipped."""
    if config_dir is None or not assets_dir(config_dir).is_dir():
        return []
    specs = (_spec(f) for f in sorted(assets_dir(config_dir).iterdir()) if f.is_dir() and not f.name.startswith("."))
    return [s for s in specs if s is not None]
