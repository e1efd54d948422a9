"""The ``autark`` command line: a thin typer app over the Studio API.

Start-up must stay fast (``autark --help`` under 300 ms), so this module imports only typer/rich at the top;
the Studio, pydantic and every heavy library are imported inside the command that needs them.

Adding a command from another layer (render, export, story, server) without touching this file's logic:

1. write ``src/autark/cli/<thing>_cmd.py`` exposing ``register(app: typer.Typer) -> None``, which adds its
   command(s) with ``@app.command("name")``; keep heavy imports inside the command function bodies;
2. add one line to ``BUILTIN_COMMANDS`` in ``autark/cli/commands.py``:
   ``"name": ("autark.cli.<thing>_cmd", "one-line help")``.

``LAZY_COMMANDS`` is a registry (``autark.registry``): a plugin (``autark.plugins``) adds its own commands to it
and cannot take a built-in's name. Plugins load when a command runs or a name is not a built-in one, so
``autark --help`` lists the built-in commands only (scanning the installed plugins would slow it down).

A registered module is imported only when its command is invoked (``autark render ...`` or
``autark render --help``); the top-level ``autark --help`` lists it from the one-line help here. Entries whose
module does not exist (yet) are simply not offered, so nothing half-made is ever shown.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from autark import plugins
from autark.cli.commands import LAZY_COMMANDS

__all__ = ["LAZY_COMMANDS", "app", "run"]


# Exit codes: 2 for the person's input (a sentence autark cannot carry out, as for usage errors),
# 1 for everything else (project files, rendering, unexpected failures).
EXIT_INPUT = 2
EXIT_FAILURE = 1


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class _LazyCommand(typer.core.TyperCommand):
    """Stands in for a registered command in the listing; loads the real one only when it is invoked."""

    def __init__(self, name: str, module: str, help_text: str, group: _LazyGroup) -> None:
        super().__init__(name=name, callback=None, help=help_text, short_help=help_text)
        self._module = module
        self._group = group

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        real = self._group.load(self.name or "", self._module)
        return real.make_context(info_name, args, parent=parent, **extra)


class _LazyGroup(TyperGroup):
    """A typer group that also offers the commands of ``LAZY_COMMANDS`` and turns errors into messages."""

    _loaded: dict[str, Any]

    def load(self, name: str, module_name: str) -> Any:
        loaded = getattr(self, "_loaded", None)
        if loaded is None:
            loaded = self._loaded = {}
        if name not in loaded:
            module = importlib.import_module(module_name)
            sub = typer.Typer(pretty_exceptions_enable=False)
            module.register(sub)
            group = typer.main.get_group(sub)
            for cmd_name, cmd in group.commands.items():
                loaded.setdefault(cmd_name, cmd)
            if name not in loaded:
                raise RuntimeError(f"{module_name}.register() did not add a command named {name!r}")
        return loaded[name]

    def list_commands(self, ctx: Any) -> list[str]:
        lazy = [n for n, (mod, _) in LAZY_COMMANDS.items() if n not in self.commands and _module_exists(mod)]
        return [*self.commands, *lazy]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in LAZY_COMMANDS:
            _load_plugins()  # a plugin's command, perhaps
        entry = LAZY_COMMANDS.get(cmd_name)
        if entry is None or not _module_exists(entry[0]):
            return None
        return _LazyCommand(cmd_name, entry[0], entry[1], self)

    def invoke(self, ctx: Any) -> Any:
        from autark.errors import AutarkError, UserInputError

        _current_project.clear()  # a fresh command (tests invoke the app many times in one process)
        try:
            # once per process: their assets, actions and settings join the registries; a broken plugin stops
            # every command but ``autark plugins``, which must still list and disable it
            plugins.load(strict=getattr(ctx, "_protected_args", [None])[:1] != ["plugins"])
            from autark import limits
            from autark.config import Settings

            with limits.applied(Settings.from_env().limits):  # AUTARK_LIMIT_*, in force for this command
                return super().invoke(ctx)
        except AutarkError as exc:
            _print_error(str(exc))
            raise typer.Exit(EXIT_INPUT if isinstance(exc, UserInputError) else EXIT_FAILURE) from None
        except (typer.Exit, typer.Abort, typer.core._click.exceptions.ClickException):
            raise
        except KeyboardInterrupt:
            _print_error("interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # an autark bug: say so briefly and keep the traceback for a bug report
            log = _write_crash_log(exc)
            _print_error(f"autark failed unexpectedly: {type(exc).__name__}: {exc}")
            _print_error(f"the full traceback was written to {log}; please include it in a bug report")
            raise typer.Exit(EXIT_FAILURE) from None


def _load_plugins() -> None:
    """Load the plugins for a command lookup; a broken plugin is reported when a command runs (``invoke``)."""
    import contextlib

    from autark.errors import AutarkError

    with contextlib.suppress(AutarkError):
        plugins.load()


# The project folder of the running command, so a crash log can be written next to the project.
_current_project: list[Path] = []


def _print_error(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[red]error:[/red] [red]{escape(message)}[/red]")


def _print_hint(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"[dim]{message}[/dim]")


def _write_crash_log(exc: BaseException) -> Path:
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidates = [p / "logs" for p in _current_project if p.is_dir()] + [Path(tempfile.gettempdir())]
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"autark-crash-{stamp}-{os.getpid()}.log"
            path.write_text(f"autark {' '.join(sys.argv[1:])}\n\n{text}", encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return Path("<nowhere: no writable folder>")


app = typer.Typer(
    cls=_LazyGroup,
    name="autark",
    help="autark: a local-first AI movie studio. Describe a scene in plain language; autark builds it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help pulls in rich.markdown and markdown_it (~130 ms), which would break
    # the 300 ms start-up budget of ``autark --help``. Tables and errors still use rich.
    rich_markup_mode=None,
)

def _text_path(path: Path | None) -> Path | None:
    """A path whose name is valid UTF-8 text (the project stores it and prints it); a clear error otherwise."""
    if path is not None:
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:
            raise typer.BadParameter(f"the folder name {str(path)!r} is not valid UTF-8 text; "
                                     "rename the folder or choose another name") from None
    return path


ProjectDir = Annotated[Path, typer.Argument(help="The project folder.", show_default=False, metavar="DIR",
                                            callback=_text_path)]


def _open(directory: Path) -> Any:
    import contextlib

    from autark.cli.encrypt_cmd import passphrase_for  # an encrypted project asks for its passphrase
    from autark.cli.userdir import user_folder
    from autark.errors import AutarkError
    from autark.studio import Studio

    _current_project[:] = [directory]
    folder = user_folder()  # the user's phrases and templates are words of this user's sentences
    studio = Studio.open(directory, passphrase=passphrase_for(directory), user=folder)
    if not studio.store.encrypted:  # an encrypted project's path stays out of the plain user folder
        with contextlib.suppress(OSError, AutarkError):  # a read-only user folder never stops a command
            folder.note_project(directory)
    return studio


@app.command("new")
def new_cmd(
    directory: ProjectDir,
    name: Annotated[str | None, typer.Option("--name", help="Project name (default: the folder name).")] = None,
    encrypt: Annotated[bool, typer.Option("--encrypt", help="Encrypt the project with a passphrase (asked for, "
                                          "or AUTARK_PASSPHRASE).")] = False,
) -> None:
    """Create a new, empty project in the folder DIR."""
    from autark.cli.encrypt_cmd import new_passphrase
    from autark.cli.userdir import start_as_preferred
    from autark.studio import Studio

    with Studio.create(directory, name=name, passphrase=new_passphrase() if encrypt else None) as studio:
        _out().print(f"created project [bold]{_esc(studio.name)}[/bold] in {_esc(str(directory))}")
        said = start_as_preferred(studio)  # the lighting this user always picks, as a first command to undo
        if said is not None:
            _out().print(f"[dim]{_esc(said)}[/dim]")


@app.command("do")
def do_cmd(
    directory: ProjectDir,
    sentences: Annotated[
        list[str] | None,
        typer.Argument(help="Sentences to carry out, in order. With none, read one per line from stdin.",
                       show_default=False, metavar="SENTENCE"),
    ] = None,
    policy: Annotated[str | None, typer.Option("--policy", help="The content policy: standard or strict (default: "
                                               "AUTARK_POLICY, else standard).", show_default=False)] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Let 'from now on, X means ...' and 'save this room "
                                          "as my X' replace a phrase or template of that name.")] = False,
) -> None:
    """Carry out plain-language sentences, in order.

    Example: autark do myfilm "add a red chair" "put a lamp on the table". Stops at the first sentence that
    cannot be carried out; the ones before it stay applied and saved.
    """
    from autark.errors import AutarkError, UserInputError

    if not sentences:
        if sys.stdin.isatty():
            _print_hint("type one sentence per line; end with Ctrl-D")
        sentences = [line.strip() for line in sys.stdin.read().splitlines()]
        sentences = [s for s in sentences if s and not s.startswith("#")]
        if not sentences:
            raise typer.BadParameter("no sentences given, neither as arguments nor on stdin", param_hint="SENTENCES")
    from autark.cli.userdir import user_folder
    from autark.config import Settings
    from autark.language.phrases import user_command
    from autark.policy import check_level

    level = check_level((policy or Settings.from_env().policy).lower())
    done = 0
    with _open(directory) as studio:
        for sentence in sentences:
            try:
                # teaching a phrase or saving a template changes the user folder, not the project
                taught = user_command(sentence, studio.scene, user_folder(), replace=replace)
                if taught is not None:
                    done += 1
                    _out().print(f"[green]✓[/green] {_esc(taught)}")
                    continue
                result = studio.do(sentence, policy=level)
            except AutarkError as exc:
                _print_error(f"{sentence!r}: {exc}")
                if done:
                    _print_error(f"the {done} sentence(s) before it were applied and saved; nothing after it was")
                raise typer.Exit(EXIT_INPUT if isinstance(exc, UserInputError) else EXIT_FAILURE) from None
            done += 1
            if result.answer is not None:  # a question: its answer, and nothing was written
                _out().print(_esc(result.answer))
            else:
                _out().print(f"[green]✓[/green] {_esc(result.summary)}")


@app.command("show")
def show_cmd(
    directory: ProjectDir,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scene as JSON (a stable contract).")] = False,
) -> None:
    """Show the objects, cameras and lights of the project's scene."""
    from autark.scene.export import scene_to_json

    with _open(directory) as studio:
        data = scene_to_json(studio.scene)
    if as_json:
        import json

        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    _print_scene_tables(data)


def _fmt(v: Any) -> str:
    """Compact numbers for tables: 2 decimals at most, no trailing zeros ("0, 1.6, 8")."""
    if isinstance(v, list | tuple):
        return ", ".join(_fmt(x) for x in v)
    if isinstance(v, float):
        text = f"{v:.2f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return str(v)


def _swatch(rgb: list[float]) -> str:
    """A coloured block and the hex code, e.g. for (0.8, 0.1, 0.1) a red block and #cc1a1a."""
    code = "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)
    return f"[{code}]■[/] {code}"


def _print_scene_tables(data: dict[str, Any]) -> None:
    from rich.table import Table

    console = _out()
    objects = Table(title=f"{data['name']}: {len(data['objects'])} object(s)", title_justify="left")
    # optional columns only when some object needs them, so the table fits an 80-column terminal
    turned = any(any(o["rotation"]) for o in data["objects"])
    hidden = any(not o["visible"] for o in data["objects"])
    grouped = any(o["parent"] for o in data["objects"])
    columns = ["id", "name", "type", "position", *(["rotation"] if turned else []), "size", "color",
               *(["visible"] if hidden else []), *(["parent"] if grouped else [])]
    for col in columns:
        objects.add_column(col, no_wrap=col in ("id", "type", "position", "rotation", "size"))
    for o in data["objects"]:
        size = [b - a for a, b in zip(o["bbox"]["min"], o["bbox"]["max"], strict=True)]
        cells = {"id": o["id"], "name": _esc(o["name"]), "type": o["type"], "position": _fmt(o["position"]),
                 "rotation": _fmt(o["rotation"]), "size": _fmt(size), "color": _swatch(o["color"]),
                 "visible": "yes" if o["visible"] else "no", "parent": o["parent"] or ""}
        objects.add_row(*(cells[c] for c in columns))
    console.print(objects)
    cameras = Table(title="cameras", title_justify="left")
    for col in ("name", "position", "target", "fov"):
        cameras.add_column(col, no_wrap=True)
    for c in data["cameras"]:
        cameras.add_row(_esc(c["name"]), _fmt(c["position"]), _fmt(c["target"]), _fmt(c["fov"]))
    console.print(cameras)
    lights = Table(title="lights", title_justify="left")
    for col in ("name", "type", "position", "direction", "color", "intensity"):
        lights.add_column(col, no_wrap=col != "name")
    for lt in data["lights"]:
        lights.add_row(_esc(lt["name"]), lt["type"], _fmt(lt["position"]), _fmt(lt["direction"]), _fmt(lt["color"]),
                       _fmt(lt["intensity"]))
    console.print(lights)


@app.command("undo")
def undo_cmd(directory: ProjectDir) -> None:
    """Take back the last command (survives restarts)."""
    with _open(directory) as studio:
        result = studio.undo()
    _out().print(f"undid {_esc(repr(result.text))}: {_esc(result.summary)}" if result else "nothing to undo")


@app.command("redo")
def redo_cmd(directory: ProjectDir) -> None:
    """Carry out again the last command that was undone."""
    with _open(directory) as studio:
        result = studio.redo()
    _out().print(f"redid {_esc(repr(result.text))}: {_esc(result.summary)}" if result else "nothing to redo")


@app.command("history")
def history_cmd(
    directory: ProjectDir,
    why: Annotated[bool, typer.Option("--why", help="Show the decisions autark made for each command (where a "
                                                    "thing was put and which spots it turned down, music, "
                                                    "camera, voices), with their reasons.")] = False,
) -> None:
    """List every command given to the project, with undos and redos."""
    from rich.table import Table

    with _open(directory) as studio:
        entries = studio.history()
        decisions = studio.decisions() if why else []
    if why:
        _print_decisions(decisions)
        return
    table = Table(title=f"{len(entries)} log entries", title_justify="left")
    for col in ("seq", "time (UTC)", "kind", "command", "state"):
        table.add_column(col, no_wrap=col != "command")
    for e in entries:
        what = e.sentence if e.kind == "do" else f"#{e.target_seq} {e.sentence}"
        when = e.time.replace("T", " ")[:19]  # stored as UTC ISO-8601 with milliseconds
        table.add_row(str(e.seq), when, e.kind, _esc(what), e.state or "")
    _out().print(table)


def _print_decisions(decisions: list[Any]) -> None:
    """``history --why``: each decision under the command that made it (a film's own ones last)."""
    out = _out()
    if not decisions:
        out.print("no decisions recorded yet")
        return
    last = object()
    for d in decisions:
        head = f"#{d.seq} {d.command}" if d.seq is not None else "when the film is made"
        if head != last:
            out.print(f"[bold]{_esc(head)}[/bold]")
            last = head
        out.print(f"  {d.kind}: {_esc(d.what)} -- {_esc(d.reason)}")
        for alternative in d.rejected:
            out.print(f"    rejected: {_esc(alternative)}")


def _out() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def run() -> None:
    """Console-script entry point (``autark``)."""
    import signal

    # ``kill`` (SIGTERM, what service managers and CI runners send) ends a command the way Ctrl-C does: the
    # encoder deletes its partial file, render workers stop, the project closes. ``autark serve`` installs its
    # own handlers on its event loop.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    app(prog_name="autark")


if __name__ == "__main__":
    run()
