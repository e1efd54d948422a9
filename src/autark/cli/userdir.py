"""The user folder as the command line opens it: the one the environment names, and the command engine reading
sentences with that user's phrases and templates (``autark.cli.main._open`` gives every project this engine)."""

from __future__ import annotations

from typing import Any

__all__ = ["user_folder", "user_interpreter"]


def user_folder() -> Any:
    """The user folder the environment names (``Settings.user_config_dir``)."""
    from autark.config import Settings
    from autark.store.userdir import UserFolder

    return UserFolder(Settings.from_env().user_config_dir())


def user_interpreter(folder: Any) -> Any:
    """The command engine reading sentences with this user's phrases and templates."""
    from functools import partial

    from autark.language import interpret

    return partial(interpret, user=folder)
