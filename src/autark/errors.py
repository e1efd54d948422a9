"""The one exception tree of autark.

    AutarkError                     anything autark raises on purpose
    ├── UserInputError              the person's input cannot be carried out; nothing was changed
    │   ├── NotUnderstood           words or grammar autark does not know (with suggestions)
    │   ├── Ambiguous               a reference matches several things ("which chair?")
    │   ├── NotFound                a reference matches nothing in the scene
    │   ├── LimitExceeded           too long, too many, too big
    │   └── PlanError               a screenplay file with a mistake (names line and field)
    ├── ProjectError                a project folder or file that cannot be opened or written
    ├── RenderError                 no usable OpenGL, or a render that failed
    ├── AudioError                  a voice or music engine that failed
    ├── BackendError                an optional backend (language model, embeddings) failed
    └── RegistryError               a registry refused an entry (a name already taken), a plugin failed to load

Every error carries a message meant for a person, and where possible a ``hint`` saying how to fix it.
The CLI and server print ``str(error)``; they never show a traceback for an ``AutarkError``.
"""

from __future__ import annotations

__all__ = [
    "AutarkError",
    "UserInputError",
    "NotUnderstood",
    "Ambiguous",
    "NotFound",
    "LimitExceeded",
    "PlanError",
    "ProjectError",
    "RenderError",
    "AudioError",
    "BackendError",
    "RegistryError",
]


class AutarkError(Exception):
    """Base of every error autark raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message


class UserInputError(AutarkError):
    """The person's input cannot be carried out; nothing was changed."""


class NotUnderstood(UserInputError):
    """A word or phrase autark does not know; ``suggestions`` holds the closest known ones."""

    def __init__(self, message: str, *, word: str | None = None, suggestions: list[str] | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.word = word
        self.suggestions = suggestions or []


class Ambiguous(UserInputError):
    """A reference matches several things; ``candidates`` names them."""

    def __init__(self, message: str, *, candidates: list[str] | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.candidates = candidates or []


class NotFound(UserInputError):
    """A reference matches nothing in the scene."""


class LimitExceeded(UserInputError):
    """Input that is too long, too many or too big."""


class PlanError(UserInputError):
    """A screenplay document with a mistake; names the line and field where known."""

    def __init__(self, message: str, *, line: int | None = None, field: str | None = None,
                 hint: str | None = None) -> None:
        where = []
        if line is not None:
            where.append(f"line {line}")
        if field:
            where.append(f"field '{field}'")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + message, hint=hint)
        self.line = line
        self.field = field


class ProjectError(AutarkError):
    """A project folder or file that cannot be opened, read or written."""


class RenderError(AutarkError):
    """No usable OpenGL, or a render that failed."""


class AudioError(AutarkError):
    """A voice or music engine that failed."""


class BackendError(AutarkError):
    """An optional backend (language model, embeddings) that failed."""


class RegistryError(AutarkError):
    """A registry (assets, motion clips, setting templates, CLI commands) refused an entry: its name is taken,
    or the entry does not fit; or a plugin could not be loaded into them (``autark.plugins``). A plugin that
    clashes with a built-in gets it, naming the plugin."""
