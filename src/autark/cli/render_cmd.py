"""``autark render`` (a still image now; films via ``-o/--output`` when the film stage lands) and
``autark export`` (the scene as glTF binary). Heavy imports happen inside the commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "register_export"]

STILL_SUFFIXES = (".png",)


def register(app: typer.Typer) -> None:
    """Add ``render`` and ``export`` to ``app``."""

    @app.command("render")
    def render_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
        still: Annotated[Path | None, typer.Option("--still", help="Write one frame to this PNG file.",
                                                   show_default=False)] = None,
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the film to this MP4 file.",
                                                    show_default=False)] = None,
        camera: Annotated[str | None, typer.Option("--camera", help="Camera name (default: the active one).",
                                                   show_default=False)] = None,
        width: Annotated[int | None, typer.Option("--width", min=16, max=8192,
                                                  help="Image width in pixels (default: the project's).")] = None,
        height: Annotated[int | None, typer.Option("--height", min=16, max=8192,
                                                   help="Image height in pixels (default: the project's).")] = None,
    ) -> None:
        """Render the project's scene: a still image with --still out.png."""
        from autark.errors import UserInputError

        if output is not None and still is None:
            raise UserInputError("rendering a film (-o/--output) is not available in this version yet",
                                 hint="render a still image with --still out.png")
        if still is None:
            raise typer.BadParameter("say what to render: --still out.png for an image", param_hint="--still")
        if still.suffix.lower() not in STILL_SUFFIXES:
            raise typer.BadParameter(f"{still.name}: a still is written as PNG; give a name ending in .png",
                                     param_hint="--still")
        _render_still(directory, still, camera, width, height)

    register_export(app)


def register_export(app: typer.Typer) -> None:
    """Add ``export`` to ``app`` (also reachable on its own through ``autark.cli.export_cmd``)."""

    @app.command("export")
    def export_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
        target: Annotated[Path, typer.Argument(help="The file to write (.glb).", metavar="FILE",
                                               show_default=False)],
    ) -> None:
        """Export the project's scene as a glTF binary (.glb) for Blender and other 3D tools."""
        if target.suffix.lower() != ".glb":
            raise typer.BadParameter(f"{target.name}: only glTF binary is supported; give a name ending in .glb",
                                     param_hint="FILE")
        from autark.assets.gltf import export_glb

        scene = _load_scene(directory)
        export_glb(scene, target)
        _say(f"exported {len(scene.objects)} object(s) to {target}")


def _load_scene(directory: Path):  # -> Scene (imported lazily)
    from autark.cli.main import _open  # the CLI's one way to open a project (records it for crash logs)

    with _open(directory) as studio:
        return studio.scene


def _render_still(directory: Path, still: Path, camera: str | None, width: int | None, height: int | None) -> None:
    import time

    from autark.render import render_still

    scene = _load_scene(directory)
    w, h = width or scene.settings.width, height or scene.settings.height
    start = time.perf_counter()
    render_still(scene, still, camera_name=camera, width=w, height=h)
    _say(f"rendered {w}x{h} to {still} in {time.perf_counter() - start:.1f} s")


def _say(text: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(highlight=False, soft_wrap=True).print(escape(text))
