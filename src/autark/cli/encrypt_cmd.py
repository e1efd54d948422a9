"""``autark encrypt DIR`` and the passphrase of encrypted projects (``autark.store.cipher``).

Every command that opens a project goes through ``autark.cli.main._open``, which asks here: an encrypted project
takes its passphrase from ``AUTARK_PASSPHRASE`` (``Settings.passphrase``) or from a hidden prompt; a plain one
needs none. A new passphrase (``autark new --encrypt``, ``autark encrypt``) is typed twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["new_passphrase", "passphrase_for", "register"]


def passphrase_for(directory: Path) -> str | None:
    """The passphrase to open the project at ``directory``: None for a plain project."""
    from autark.config import Settings
    from autark.store.cipher import is_encrypted
    from autark.store.project import project_file

    if not is_encrypted(project_file(directory).parent):
        return None
    secret = Settings.from_env().passphrase
    if secret is not None:
        return secret.get_secret_value()
    return typer.prompt(f"passphrase of {directory}", hide_input=True, err=True)


def new_passphrase() -> str:
    """A passphrase for a project being encrypted: ``AUTARK_PASSPHRASE``, or typed twice."""
    from autark.config import Settings

    secret = Settings.from_env().passphrase
    if secret is not None:
        return secret.get_secret_value()
    return typer.prompt("new passphrase", hide_input=True, confirmation_prompt=True, err=True)


def register(app: typer.Typer) -> None:
    """Add ``encrypt`` to ``app``."""

    @app.command("encrypt")
    def encrypt_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
    ) -> None:
        """Encrypt a project with a passphrase: its database (SQLCipher) and its renders (AES-GCM)."""
        from rich.console import Console
        from rich.markup import escape

        from autark.store.encrypt import encrypt_project

        report = encrypt_project(directory, new_passphrase())
        said = [f"encrypted {directory}: the database ({report.database_bytes:,} bytes)"]
        if report.sealed:
            said.append(f"{len(report.sealed)} render file(s) sealed")
        if report.cache_removed:
            said.append("the render cache removed (it is rebuilt when needed)")
        Console(highlight=False, soft_wrap=True).print(escape(", ".join(said)))
        Console(highlight=False, soft_wrap=True, stderr=True).print(
            "keep the passphrase safe: without it the project cannot be opened, by anyone")
