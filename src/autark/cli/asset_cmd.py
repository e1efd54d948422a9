"""``autark import-asset FILE --name guitar``: a person's own model becomes an asset kind every project on
this machine can use in sentences ("add a guitar", "stell die Gitarre auf den Tisch").

    autark import-asset ukulele.glb --name ukulele --words "ukulele ukuleles uke" --de "ukulele ukulelen" \\
                        --gender-de f --height 0.6
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command("import-asset")
    def import_asset_cmd(
        source: Annotated[Path, typer.Argument(help="A .glb/.gltf (or .obj, .stl, .ply) model file.", metavar="FILE",
                                               show_default=False)],
        name: Annotated[str, typer.Option("--name", help="The asset kind's name, e.g. guitar.", show_default=False)],
        words: Annotated[str, typer.Option("--words", help="English words for it, display word first "
                                           "(default: the name).")] = "",
        de: Annotated[str, typer.Option("--de", help="German words for it, display word first.")] = "",
        gender_de: Annotated[str, typer.Option("--gender-de", help="The German noun's gender: m, f or n.")] = "",
        height: Annotated[float | None, typer.Option("--height", help="Scale it to this height in metres.")] = None,
        up: Annotated[str, typer.Option("--up", help="The model's up axis: y (glTF) or z.")] = "y",
        replace: Annotated[bool, typer.Option("--replace", help="Overwrite an imported asset of that name.")] = False,
    ) -> None:
        """Import a 3D model as a new asset kind (normalised: metres, Y up, facing +Z, on the floor)."""
        from rich.console import Console

        from autark.assets import library
        from autark.assets.imported import import_asset
        from autark.config import Settings
        from autark.errors import UserInputError
        from autark.language import lang

        known = set(library.all_types())
        if name in known and not (replace and library.get(name).category == "imported"):
            raise UserInputError(f"{name!r} is already an asset kind", hint="choose another --name")
        taken = {w for w, typ in lang.NOUNS.items() if typ != name}
        done = import_asset(source, name, Settings.from_env().user_config_dir(), words_en=words or None,
                            words_de=de or None, gender_de=gender_de, height_m=height, up=up, replace=replace,
                            taken_words=taken)
        size = " x ".join(f"{b - a:.2f}" for a, b in zip(done.spec.bounds_min, done.spec.bounds_max, strict=True))
        out = Console(highlight=False)
        out.print(f"imported {source.name} as '{name}' ({size} m) into {done.folder}")
        out.print("words: " + "; ".join(f"{k}: {v}" for k, v in done.spec.words.items()))
        for note in done.notes:
            out.print(f"note: {note}")
