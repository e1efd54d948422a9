"""``autark recipe FILM``: what made a film, read back from the film itself, and the command that makes it again.

A film made by ``autark make`` carries its plan (the screenplay YAML) and its options; one made by
``autark render`` carries the project's scene, its command log and the options (``autark.compose.provenance``).
``autark recipe film.mp4 -o plan.yaml`` writes the plan, ``autark recipe film.mp4 -o DIR`` makes a project
from the scene, and both print the ``make``/``render`` line that gives the same frames again. The helpers here
build the ``Provenance`` that ``make`` and ``render`` hand to the film.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from autark.compose.provenance import Provenance, Recipe
    from autark.config import Settings
    from autark.jobs import FilmOptions
    from autark.scene.model import Scene
    from autark.story.screenplay import Screenplay

__all__ = ["plan_provenance", "project_provenance", "register", "remake_command"]


def _film_options(options: FilmOptions, mark: bool) -> dict[str, Any]:
    return {"fps": options.fps, "width": options.width, "height": options.height, "quality": options.quality,
            "burn_subtitles": options.burn_subtitles, "exact_size": options.exact_size, "mark": mark}


def plan_provenance(screenplay: Screenplay, options: FilmOptions, settings: Settings, *, mark: bool,
                    planned_by_model: bool, made_with: dict[str, Any] | None = None) -> Provenance:
    """The provenance of a film ``autark make`` makes from ``screenplay``: its YAML is the recipe (headed by a
    comment naming the preferences it was made with, ``made_with``; the plan itself holds their choices)."""
    from autark.cli.userdir import made_header
    from autark.compose.provenance import Provenance, Recipe
    from autark.story import to_yaml

    recipe = Recipe("plan", made_header(made_with or {}) + to_yaml(screenplay), _film_options(options, mark),
                    seed=screenplay.seed)
    return Provenance(recipe, config_dir=settings.user_config_dir(), mark=mark, title=screenplay.title,
                      trained=("a language model's plan",) if planned_by_model else ())


def project_provenance(studio: Any, scene: Scene, camera: str | None, options: FilmOptions, settings: Settings,
                       *, mark: bool) -> Provenance:
    """The provenance of a film ``autark render`` makes of an open project: the scene it rendered (exact) and
    the command log that built it (to read), with the camera named on the command line. An encrypted project's
    log stays in the project: what a film shows is its scene, what was typed is not."""
    from autark.compose.provenance import Provenance, Recipe

    log = [] if studio.store.encrypted else [
        {"seq": e.seq, "kind": e.kind, "sentence": e.sentence} for e in studio.history()]
    text = json.dumps({"scene": scene.model_dump(mode="json"), "log": log, "camera": camera}, ensure_ascii=False)
    recipe = Recipe("project", text, _film_options(options, mark))
    return Provenance(recipe, config_dir=settings.user_config_dir(), mark=mark, title=scene.name)


def remake_command(recipe: Recipe, source: str, film: str = "film.mp4") -> str:
    """The command line that makes the film of ``recipe`` again from ``source`` (the plan file or project)."""
    o = recipe.options
    words = ["autark", "make" if recipe.kind == "plan" else "render", source, "-o", film,
             "--fps", str(o.get("fps", 30)), "--quality", str(o.get("quality", "final"))]
    if o.get("exact_size"):
        words += ["--width", str(o["width"]), "--height", str(o["height"])]
    if recipe.kind == "project":
        camera = json.loads(recipe.text).get("camera")
        if camera:
            words += ["--camera", camera]
    words += [flag for flag, on in (("--burn-subtitles", o.get("burn_subtitles")), ("--mark", o.get("mark"))) if on]
    return shlex.join(words)


def register(app: typer.Typer) -> None:
    """Add ``recipe`` to ``app``."""

    @app.command("recipe")
    def recipe_cmd(
        film: Annotated[Path, typer.Argument(help="A film autark made (.mp4).", metavar="FILM", show_default=False)],
        output: Annotated[Path | None, typer.Option(
            "-o", "--output", help="Write the recipe: the plan (.yaml) of a made film, or a new project folder "
            "for a rendered one. Without: print it.", show_default=False)] = None,
    ) -> None:
        """Say what made a film (its plan or its project's commands) and how to make it again."""
        from autark.compose.provenance import read_stamp
        from autark.errors import UserInputError

        stamp = read_stamp(film)
        if stamp.recipe is None:
            raise UserInputError(f"{film} carries no autark recipe",
                                 hint="only films made by autark make or autark render carry one")
        recipe = stamp.recipe
        facts = {k: v for k, v in stamp.metadata.items() if k.startswith("autark_") and k != "autark_recipe"}
        if output is None:
            _print_recipe(recipe, facts)
            return
        source = _write_recipe(recipe, output)
        _say(f"wrote the recipe ({recipe.kind}, sha256 {recipe.sha256[:12]}) to {output}")
        _say("make the film again with: " + remake_command(recipe, source))


def _print_recipe(recipe: Recipe, facts: dict[str, str]) -> None:
    for key, value in facts.items():
        _say(f"# {key.removeprefix('autark_')}: {value}")
    if recipe.kind == "plan":
        typer.echo(recipe.text, nl=not recipe.text.endswith("\n"))
        _say("# make it again: save this as plan.yaml, then: " + remake_command(recipe, "plan.yaml"))
        return
    data = json.loads(recipe.text)
    _say("# the project's commands:")
    for entry in data.get("log", []):
        _say(f"{entry['seq']:>4} {entry['kind']:<4} {entry['sentence']}")
    _say("# make it again: autark recipe FILM -o DIR, then: " + remake_command(recipe, "DIR"))


def _write_recipe(recipe: Recipe, output: Path) -> str:
    from autark.errors import ProjectError

    if recipe.kind == "plan":
        try:
            output.write_text(recipe.text, encoding="utf-8")
        except OSError as exc:
            raise ProjectError(f"cannot write the plan to {output}: {exc.strerror}",
                               hint="choose a writable place") from None
        return str(output)
    from autark.scene.model import Scene
    from autark.store.project import ProjectStore

    data = json.loads(recipe.text)
    scene = Scene.model_validate(data["scene"])
    with ProjectStore.create(output, name=scene.name, scene=scene):
        pass
    return str(output)


def _say(text: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(highlight=False, soft_wrap=True).print(escape(text))
