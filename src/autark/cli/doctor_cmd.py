"""``autark doctor DIR``: check a project file thoroughly and print what is wrong (exit 0 healthy, 1 not).

The checks live in ``autark.store.doctor``; this only prints its report. The file is never changed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add ``doctor`` to ``app``."""

    @app.command("doctor")
    def doctor_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
    ) -> None:
        """Check a project file thoroughly (SQLite integrity, schema, command log, scene) without changing it."""
        from rich.console import Console
        from rich.markup import escape

        from autark.cli.encrypt_cmd import passphrase_for
        from autark.store.doctor import diagnose

        report = diagnose(directory, passphrase=passphrase_for(directory))
        out = Console(highlight=False, soft_wrap=True)
        out.print(f"checking {escape(str(report.path))}")
        width = max(len(c.name) for c in report.checks)
        for check in report.checks:
            mark = "[red]✗[/red]" if check.problems else "[green]✓[/green]"
            out.print(f"{mark} {check.name:<{width}}  {escape(check.detail)}".rstrip())
            for problem in check.problems:
                out.print(f"    [red]{escape(problem)}[/red]")
        if report.healthy:
            out.print("[green]healthy[/green]")
            return
        count = sum(len(c.problems) for c in report.checks)
        out.print(f"[red]{count} problem(s) found[/red]; doctor changed nothing. Restore {report.path.name} from a "
                  "backup, or create a new project with autark new")
        raise typer.Exit(1)
