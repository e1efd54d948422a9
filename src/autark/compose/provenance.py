"""Provenance: every film says it was made by a machine, by which tool, when, from what, and how to make it again.

    Recipe(kind="plan", text=plan_yaml, options={...})      what made the film ("plan": a screenplay YAML,
                                                            "project": a project's scene and command log)
    Provenance(recipe, config_dir=..., mark=...)            what FilmOptions.provenance carries
    stamp_film(path, provenance, trained=[...]) -> warnings the one call after the MP4 is written
    stamp_metadata(provenance, trained=[...]) -> dict        the metadata alone, for a muxer that writes the
                                                            film anyway (``stamp_film(..., written=it)``
                                                            then only signs)
    read_stamp(path) -> Stamp                                the metadata and the recipe back from a film

Two layers, both in the MP4 itself:

* container metadata (``moov/udta/meta``, written by PyAV with ``movflags=use_metadata_tags`` so custom keys
  survive; any ffprobe shows them): ``comment`` "Made by AI ...", ``autark_ai_generated``, ``autark_tool``,
  ``autark_created``, ``autark_recipe_sha256``, ``autark_seed``, ``autark_source_type`` and ``autark_recipe``,
  the recipe as base64 of zlib-compressed JSON (a plan is ~6 KB of YAML, a project's scene tens of KB);
* a C2PA manifest (``autark.compose.signing``) signed with the user's local key, when a config folder is
  given: its ``c2pa.created`` action carries the digital source type, its ``org.autark.film`` assertion the
  same facts as the metadata, and its hard binding hashes the whole file, metadata and recipe included, so
  changing the recipe breaks the signature.

The streams are copied, never re-encoded, so stamping costs a remux (milliseconds for a short film).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from autark.errors import AutarkError, UserInputError

__all__ = ["Provenance", "Recipe", "Stamp", "read_stamp", "stamp_film", "stamp_metadata"]

RECIPE_FORMAT = 1
RecipeKind = Literal["plan", "project"]


@dataclass(frozen=True)
class Recipe:
    """What made a film: the plan YAML (``kind`` "plan") or a JSON of the project's scene and command log
    (``kind`` "project"), and the film options it was made with (fps, width, height, quality, ...)."""

    kind: RecipeKind
    text: str
    options: dict[str, Any] = field(default_factory=dict)
    seed: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def encode(self) -> str:
        payload = {"format": RECIPE_FORMAT, "kind": self.kind, "text": self.text, "options": self.options,
                   "seed": self.seed}
        return base64.b64encode(zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 9)).decode()

    @classmethod
    def decode(cls, data: str) -> Recipe:
        try:
            payload = json.loads(zlib.decompress(base64.b64decode(data, validate=True)).decode("utf-8"))
            if payload.get("format") != RECIPE_FORMAT or payload.get("kind") not in ("plan", "project"):
                raise ValueError(f"recipe format {payload.get('format')!r} / kind {payload.get('kind')!r}")
            return cls(payload["kind"], str(payload["text"]), dict(payload.get("options") or {}),
                       int(payload.get("seed") or 0))
        except (ValueError, TypeError, KeyError, zlib.error, UnicodeDecodeError) as exc:
            raise UserInputError(f"the film's recipe is damaged ({exc})",
                                 hint="the film was changed after autark wrote it") from None


@dataclass(frozen=True)
class Provenance:
    """How a film is stamped: its ``recipe`` (None: the facts without a recipe), ``config_dir`` holding the
    signing key (None: container metadata only, no C2PA manifest), ``mark``: the visible "AI" corner mark is
    burned into the frames (``autark.compose.mark``)."""

    recipe: Recipe | None = None
    config_dir: Path | None = None
    mark: bool = False
    title: str = ""
    trained: tuple[str, ...] = ()  # trained models the caller used beyond the voices ("a language model's plan")


@dataclass(frozen=True)
class Stamp:
    """What a film's container metadata says (``read_stamp``)."""

    metadata: dict[str, str]
    recipe: Recipe | None

    @property
    def ai_generated(self) -> bool:
        return self.metadata.get("autark_ai_generated") == "true"


def _tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("autark-studio")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def source_type(trained: list[str]) -> str:
    """The IPTC digital source type (see ``autark.compose.signing``): algorithmic media, or a composite with
    trained-model media when ``trained`` names what contributed (a neural voice, a language model)."""
    from autark.compose.signing import ALGORITHMIC, COMPOSITE_TRAINED

    return COMPOSITE_TRAINED if trained else ALGORITHMIC


def trained_models(engine: Any, spoken: Sequence[tuple[float, Any]]) -> list[str]:
    """The trained models among the film's voices: the neural Piper voice speaks English lines when the
    engine (None: the default one) routes them to it."""
    if not spoken:
        return []
    if engine is None:
        from autark.audio import default_voice_engine

        engine = default_voice_engine(None)
    name = str(getattr(engine, "name", ""))
    return ["a neural voice (Piper)"] if "piper" in name and any(
        getattr(speech, "language", "").startswith("en") for _, speech in spoken) else []


def film_metadata(provenance: Provenance, trained: list[str], *, now: datetime | None = None) -> dict[str, str]:
    recipe = provenance.recipe
    version = _tool_version()
    made_with = f" and {', '.join(trained)}" if trained else ""
    meta = {
        "comment": f"Made by AI: generated by autark {version} (3D rendering, synthetic speech and music"
                   f"{made_with}). Recipe: autark recipe FILM",
        "autark_ai_generated": "true",
        "autark_tool": f"autark {version}",
        "autark_created": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "autark_source_type": source_type(trained),
    }
    if trained:
        meta["autark_trained_models"] = ", ".join(trained)
    if recipe is not None:
        meta |= {"autark_recipe_kind": recipe.kind, "autark_recipe_sha256": recipe.sha256,
                 "autark_seed": str(recipe.seed), "autark_recipe": recipe.encode()}
    return meta


def _write_metadata(path: Path, metadata: dict[str, str]) -> None:
    """Copy the film's streams into a new MP4 with ``metadata`` (no re-encoding) and put it in place."""
    import av

    tmp = path.with_name(f".{path.name}.stamping")
    try:
        with av.open(str(path)) as source, av.open(str(tmp), "w", format="mp4",
                                                   options={"movflags": "use_metadata_tags+faststart"}) as out:
            out.metadata.update(metadata)
            streams = {s.index: out.add_stream_from_template(s) for s in source.streams
                       if s.type in ("video", "audio")}
            for packet in source.demux():
                if packet.dts is None or packet.stream.index not in streams:
                    continue  # the demuxer's flush packets
                packet.stream = streams[packet.stream.index]
                out.mux(packet)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def stamp_metadata(provenance: Provenance | None, *, trained: list[str] | None = None) -> dict[str, str]:
    """The container metadata :func:`stamp_film` writes, for a muxer that writes the film anyway (the
    production graph's join): one remux fewer."""
    provenance = provenance or Provenance()
    return film_metadata(provenance, [*provenance.trained, *(trained or [])])


def stamp_film(path: str | os.PathLike[str], provenance: Provenance | None, *,
               trained: list[str] | None = None, written: dict[str, str] | None = None) -> list[str]:
    """Write the container metadata and, with a config folder, the signed C2PA manifest into the film at
    ``path``; returns warnings (a manifest that cannot be made is said, the film stays). ``written``: the
    :func:`stamp_metadata` the film was already muxed with (only the manifest is left to do)."""
    provenance = provenance or Provenance()
    film = Path(path)
    if written is None:
        metadata = stamp_metadata(provenance, trained=trained)
        _write_metadata(film, metadata)
    else:
        metadata = written
    if provenance.config_dir is None:
        return []
    from autark.compose.signing import sign_film, signing_key

    facts = {k.removeprefix("autark_"): v for k, v in metadata.items() if k.startswith("autark_")
             and k != "autark_recipe"}
    try:
        sign_film(film, signing_key(provenance.config_dir), title=provenance.title or film.name,
                  tool_version=_tool_version(), source_type=metadata["autark_source_type"], facts=facts)
    except AutarkError as exc:
        return [f"the film carries no C2PA manifest: {exc}" + (f" ({exc.hint})" if exc.hint else "")]
    return []


def read_stamp(path: str | os.PathLike[str]) -> Stamp:
    """The container metadata autark wrote into the film at ``path``, and its recipe (None without one)."""
    import av

    film = Path(path)
    if not film.is_file():
        raise UserInputError(f"there is no film at {film}", hint="give the path of an MP4 autark made")
    try:
        with av.open(str(film)) as container:
            metadata = dict(container.metadata)
    except av.error.FFmpegError as exc:
        raise UserInputError(f"{film} is not a film autark can read: {exc}") from None
    data = metadata.get("autark_recipe")
    return Stamp(metadata, None if data is None else Recipe.decode(data))
