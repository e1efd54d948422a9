"""The user's own words and things, kept in the user folder (``autark.store.userdir``), never in one project:

    autark phrases                               # what the user taught ("from now on, cozy means ...")
    autark phrases --teach "from now on, cozy means candlelight" [--replace]
    autark phrases --remove cozy
    autark templates                             # = autark templates list
    autark templates save DIR office --kind scene|lighting|camera [--replace]
    autark templates use DIR office
    autark templates export office office.json
    autark templates import office.json [--replace]
    autark templates remove office
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from autark.cli.userdir import user_folder

__all__ = ["register"]


def _out() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def register(app: typer.Typer) -> None:
    """Add ``phrases`` and ``templates`` to ``app``."""

    @app.command("phrases")
    def phrases_cmd(
        remove: Annotated[str | None, typer.Option("--remove", help="Forget the phrase NAME.", metavar="NAME",
                                                   show_default=False)] = None,
        teach: Annotated[str | None, typer.Option("--teach", help="Teach a phrase: 'from now on, cozy means "
                                                  "candlelight and a lamp on the table'.", metavar="SENTENCE",
                                                  show_default=False)] = None,
        replace: Annotated[bool, typer.Option("--replace", help="With --teach: change a phrase that exists.")] = False,
    ) -> None:
        """List the phrases you taught; teach or forget one (kept in your user folder, for every project)."""
        from autark.errors import UserInputError
        from autark.language.phrases import user_command
        from autark.scene.model import Scene

        folder = user_folder()
        if remove is not None:
            if not folder.forget(remove):
                raise UserInputError(f"there is no phrase {remove!r}", hint="autark phrases lists them")
            _out().print(f"forgot '{_esc(remove.lower())}'")
            return
        if teach is not None:
            said = user_command(teach, Scene(), folder, replace=replace)
            if said is None or not teach.strip().lower().startswith(("from now on", "ab jetzt", "ab sofort")):
                raise UserInputError(f"{teach!r} teaches no phrase",
                                     hint="say 'from now on, cozy means candlelight' or 'ab jetzt heißt gemütlich "
                                          "Kerzenlicht'")
            _out().print(_esc(said))
            return
        table = folder.phrases()
        if not table:
            _out().print("no phrases yet; teach one with: autark do DIR \"from now on, cozy means candlelight\"")
            return
        for name, sentences in table.items():
            _out().print(f"[bold]{_esc(name)}[/bold]: {_esc('; '.join(sentences))}")

    templates = typer.Typer(help="Your templates: saved scenes, lighting rigs and cameras, for every project.",
                            no_args_is_help=False, invoke_without_command=True)
    app.add_typer(templates, name="templates")

    @templates.callback()
    def templates_main(ctx: typer.Context) -> None:
        """Your templates: saved scenes, lighting rigs and cameras (list, save, use, export, import, remove)."""
        if ctx.invoked_subcommand is None:
            list_cmd()

    @templates.command("list")
    def list_cmd() -> None:
        """List your templates."""
        from rich.table import Table

        found = user_folder().templates()
        if not found:
            _out().print("no templates yet; save one with: autark templates save DIR office --kind scene")
            return
        table = Table(title=f"{len(found)} template(s)", title_justify="left")
        for col in ("name", "kind", "what"):
            table.add_column(col)
        for t in found:
            table.add_row(_esc(t.name), t.kind, _esc(t.summary()))
        _out().print(table)

    @templates.command("save")
    def save_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR")],
        name: Annotated[str, typer.Argument(help="The template's name, e.g. office.")],
        kind: Annotated[str, typer.Option("--kind", help="scene, lighting or camera.")] = "scene",
        replace: Annotated[bool, typer.Option("--replace", help="Replace a template of that name.")] = False,
    ) -> None:
        """Save the project's scene, lighting rig or camera as a template."""
        from autark.cli.main import _open
        from autark.ops.user_templates import check_template_name, template_from_scene

        with _open(directory) as studio:
            template = template_from_scene(check_template_name(name), kind, studio.scene)
        had = user_folder().save_template(template, replace=replace)
        _out().print(f"{'replaced' if had else 'saved'} {template.kind} template '{_esc(template.name)}' "
                     f"({_esc(template.summary())})")

    @templates.command("use")
    def use_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR")],
        name: Annotated[str, typer.Argument(help="The template's name.")],
    ) -> None:
        """Put one of your templates into a project (one command: undo takes it back)."""
        from autark.cli.main import _open
        from autark.errors import NotFound
        from autark.ops.user_templates import template_ops

        template = user_folder().template(name)
        if template is None:
            raise NotFound(f"you have no template {name!r}", hint="autark templates lists them")
        with _open(directory) as studio:
            result = studio.apply_ops(template_ops(template, studio.scene), f"use my {template.name}")
        _out().print(f"[green]✓[/green] {_esc(result.summary)}")

    @templates.command("export")
    def export_cmd(
        name: Annotated[str, typer.Argument(help="The template's name.")],
        file: Annotated[Path, typer.Argument(help="The JSON file to write.")],
    ) -> None:
        """Write one of your templates to a file (to share it or keep a copy)."""
        import json

        from autark.errors import NotFound

        template = user_folder().template(name)
        if template is None:
            raise NotFound(f"you have no template {name!r}", hint="autark templates lists them")
        file.write_text(json.dumps(template.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        _out().print(f"wrote {template.kind} template '{_esc(template.name)}' to {_esc(str(file))}")

    @templates.command("import")
    def import_cmd(
        file: Annotated[Path, typer.Argument(help="A template file (autark templates export wrote it).")],
        replace: Annotated[bool, typer.Option("--replace", help="Replace a template of that name.")] = False,
    ) -> None:
        """Add a template from a file; the file is checked whole first (nothing is kept from a bad one)."""
        from autark.errors import UserInputError
        from autark.ops.user_templates import MAX_TEMPLATE_BYTES, parse_template

        try:
            if file.stat().st_size > MAX_TEMPLATE_BYTES:
                raise UserInputError(f"{file} is larger than a template may be ({MAX_TEMPLATE_BYTES} bytes)")
            data = file.read_bytes()
        except OSError as exc:
            raise UserInputError(f"cannot read {file}: {exc.strerror}") from None
        template = parse_template(data, where=str(file))
        had = user_folder().save_template(template, replace=replace)
        _out().print(f"{'replaced' if had else 'imported'} {template.kind} template '{_esc(template.name)}' "
                     f"({_esc(template.summary())})")

    @templates.command("remove")
    def remove_cmd(name: Annotated[str, typer.Argument(help="The template's name.")]) -> None:
        """Delete one of your templates."""
        from autark.errors import NotFound

        if not user_folder().remove_template(name):
            raise NotFound(f"you have no template {name!r}", hint="autark templates lists them")
        _out().print(f"removed template '{_esc(name)}'")
