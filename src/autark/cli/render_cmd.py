"""``autark render`` (a still image with ``--still``, the film with ``-o/--output``) and
``autark export`` (the scene as glTF binary). Heavy imports happen inside the commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "register_export"]

STILL_SUFFIXES = (".png",)
EXECUTOR_HELP = ("Film: where the pieces render: local (this machine) or ray (a Ray cluster, --address; "
                 "pip install 'autark-studio[cluster]'; see docs/CLUSTER.md).")
ADDRESS_HELP = "Film, with --executor ray: the Ray cluster's head, HOST:PORT (or ray://HOST:10001)."


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
        fps: Annotated[int, typer.Option("--fps", min=1, max=120, help="Film: frames per second (film's 24 unless asked).")] = 24,
        quality: Annotated[str, typer.Option("--quality", help="Film: preview (fast; half the project's size "
                                                              "unless --width/--height say) or final.")] = "final",
        burn_subtitles: Annotated[bool, typer.Option("--burn-subtitles",
                                                     help="Film: paint the subtitles into the picture.")] = False,
        at: Annotated[float, typer.Option("--at", min=0.0, help="Still: the moment of the film to show, in "
                                          "seconds (poses, moves and the shot's camera at that time).")] = 0.0,
        check: Annotated[bool, typer.Option("--check/--no-check", help="Film: write the film report "
                                            "(.report.json and .report.html) beside the film.")] = True,
        mark: Annotated[bool, typer.Option("--mark", help="Film: burn a small 'AI' badge into the picture's "
                                           "corner.")] = False,
        executor: Annotated[str, typer.Option("--executor", help=EXECUTOR_HELP)] = "local",
        address: Annotated[str | None, typer.Option("--address", help=ADDRESS_HELP, show_default=False)] = None,
    ) -> None:
        """Render the project's scene: a still image with --still out.png, the film with -o film.mp4."""
        if output is not None and still is not None:
            raise typer.BadParameter("render either a still (--still) or a film (-o), not both", param_hint="-o")
        if output is not None:
            _render_film(directory, output, camera, width, height, fps, quality, burn_subtitles, check, mark,
                         executor, address)
            return
        if executor != "local" or address:
            raise typer.BadParameter("--executor and --address are for films (-o)", param_hint="--executor")
        if still is None:
            raise typer.BadParameter("say what to render: --still out.png for an image or -o film.mp4 for the film",
                                     param_hint="--still")
        if still.suffix.lower() not in STILL_SUFFIXES:
            raise typer.BadParameter(f"{still.name}: a still is written as PNG; give a name ending in .png",
                                     param_hint="--still")
        _render_still(directory, still, camera, width, height, at)

    register_export(app)


def register_export(app: typer.Typer) -> None:
    """Add ``export`` to ``app`` (also reachable on its own through ``autark.cli.export_cmd``)."""

    @app.command("export")
    def export_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
        target: Annotated[Path, typer.Argument(help="The file to write (.glb, .json, or an exporter plugin's "
                                               "ending).", metavar="FILE", show_default=False)],
    ) -> None:
        """Export the project's scene: glTF binary (.glb) for Blender and other 3D tools, or any ending an
        exporter plugin writes (autark plugins)."""
        from autark.config import Settings
        from autark.plugins.kinds import ExportRequest
        from autark.plugins.run import call, exporter_for

        settings = Settings.from_env()
        exporter_for(target, settings)  # an ending nobody writes is refused before the project is opened
        outcome = call("exporter", ExportRequest(_load_scene(directory), target), settings=settings)
        _say(f"exported {outcome.value.summary or 'the scene'} to {target} ({outcome.plugin})")


def _load_scene(directory: Path):  # -> Scene (imported lazily)
    from autark.cli.main import _open  # the CLI's one way to open a project (records it for crash logs)

    with _open(directory) as studio:
        return studio.scene


def _render_still(directory: Path, still: Path, camera: str | None, width: int | None, height: int | None,
                  at_s: float = 0.0) -> None:
    import time

    from autark.motion import evaluate_scene
    from autark.render import render_still

    # a still is a frame of the film: characters posed, tracks applied, the shot's camera chosen
    scene = evaluate_scene(_load_scene(directory), at_s)
    w, h = width or scene.settings.width, height or scene.settings.height
    from autark.cli.film_cmd import check_resolution

    check_resolution(w, h)
    start = time.perf_counter()
    render_still(scene, still, camera_name=camera, width=w, height=h)
    _say(f"rendered {w}x{h} to {still} in {time.perf_counter() - start:.1f} s")


def _render_film(directory: Path, output: Path, camera: str | None, width: int | None, height: int | None,
                 fps: int, quality: str, burn_subtitles: bool, check: bool = True, mark: bool = False,
                 executor: str = "local", address: str | None = None) -> None:
    import dataclasses
    import time

    from autark.cli.cache_cmd import graph_limits
    from autark.cli.film_cmd import check_film_args, env_settings, print_film_summary, run_with_progress
    from autark.errors import NotFound, UserInputError
    from autark.jobs import FilmOptions, make_film
    from autark.jobs.cluster import make_executor
    from autark.scene.evaluate import film_duration_s

    runner = make_executor(executor, address)  # None: here; before any work, so a bad address says so at once
    env = env_settings()
    t0 = time.perf_counter()
    scene = recorded = _load_scene(directory)
    if camera is not None:
        if camera not in {c.name for c in scene.cameras}:
            raise NotFound(f"there is no camera named {camera!r}",
                           hint="cameras: " + ", ".join(c.name for c in scene.cameras))
        # a camera named on the command line replaces the shots' cameras for the whole film
        timeline = scene.timeline.model_copy(update={"shots": []})
        scene = scene.model_copy(update={"active_camera": camera, "timeline": timeline})
    w, h = width or scene.settings.width, height or scene.settings.height
    check_film_args(output, quality, w, h)
    options = FilmOptions(fps=fps, width=w, height=h, quality=quality,  # type: ignore[arg-type]
                          burn_subtitles=burn_subtitles, workers=env.render_workers, encoder_nice=env.encoder_nice,
                          check=check, exact_size=width is not None or height is not None,
                          cache_dir=directory / "cache", limits=graph_limits(env), policy=env.policy,
                          executor=runner)
    from autark.cli.main import _open
    from autark.cli.recipe_cmd import project_provenance

    with _open(directory) as studio:  # the project's scene and command log are the film's recipe
        options = dataclasses.replace(options, provenance=project_provenance(
            studio, recorded, camera, options, env, mark=mark))
        if studio.store.encrypted:  # no plain-text render cache beside an encrypted project
            if runner is not None:  # (the cluster's pieces would be plain text on other machines, too)
                raise UserInputError("an encrypted project renders on this machine only",
                                     hint="leave out --executor ray")
            options = dataclasses.replace(options, cache_dir=None)
    n_frames = max(1, int(round(film_duration_s(scene) * fps)))
    report = run_with_progress(
        lambda on_stage, on_encoded: make_film(scene, output, options, on_stage=on_stage, on_encoded=on_encoded),
        n_frames, options)
    for warning in report.warnings:  # the film report's, if it could not be made
        _say(f"note: {warning}")
    print_film_summary(report, scene.name, {}, t0)
    metrics = getattr(report, "metrics", None)  # the production graph's (autark.jobs.graph): autark stats DIR
    if metrics is not None:
        _say(f"cache: {metrics.summary()}; details: autark stats {directory}")


def _say(text: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(highlight=False, soft_wrap=True).print(escape(text))
