"""The one exception tree of autark.

    AutarkError                     anything autark raises on purpose
    ├── UserInputError              the person's input cannot be carried out; nothing was changed
    │   ├── NotUnderstood           words or grammar autark does not know (with suggestions)
    │   ├── Ambiguous               a reference matches several things ("which chair?")
    │   ├── NotFound                a reference matches nothing in the scene
    │   ├── LimitExceeded           too long, too many, too big
    │   ├── PlanError               a screenplay file with a mistake (names line and field)
    │   └── ProtocolError           a studio protocol message that cannot be taken (bad JSON, a wrong field)
    ├── ProjectError                a project folder or file that cannot be opened or written
    ├── RenderError                 no usable OpenGL, or a render that failed
    ├── AudioError                  a voice or music engine that failed
    ├── BackendError                an optional backend (language model, embeddings) failed
    └── RegistryError               a registry refused an entry (a name already taken), a plugin failed to load

Every error carries a message meant for a person, and where possible a ``hint`` saying how to fix it, and a
``code`` (``not_found``, ``bad_message``, ...): the studio protocol's error code for it.
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
    "ProtocolError",
    "ProjectError",
    "RenderError",
    "AudioError",
    "BackendError",
    "RegistryError",
]


class AutarkError(Exception):
    """Base of every error autark raises on purpose."""

    code = "error"  # the studio protocol's error code (see server/PROTOCOL.md)

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

    code = "user_input"


class NotUnderstood(UserInputError):
    """A word or phrase autark does not know; ``suggestions`` holds the closest known ones."""

    code = "not_understood"

    def __init__(self, message: str, *, word: str | None = None, suggestions: list[str] | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.word = word
        self.suggestions = suggestions or []


class Ambiguous(UserInputError):
    """A reference matches several things; ``candidates`` names them."""

    code = "ambiguous"

    def __init__(self, message: str, *, candidates: list[str] | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.candidates = candidates or []


class NotFound(UserInputError):
    """A reference matches nothing in the scene."""

    code = "not_found"


class LimitExceeded(UserInputError):
    """Input that is too long, too many or too big."""

    code = "limit_exceeded"


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


class ProtocolError(UserInputError):
    """A studio protocol message that cannot be taken; ``code`` is the protocol's error code (``bad_json``,
    ``bad_message``, ``too_large``, ``unknown_type``, ``unauthorized``, ...) and ``request_id`` the id of a
    message whose envelope was readable enough to have one."""

    def __init__(self, code: str, message: str, *, hint: str | None = None, request_id: object = None) -> None:
        super().__init__(message, hint=hint)
        self.code = code
        self.request_id = request_id


class ProjectError(AutarkError):
    """A project folder or file that cannot be opened, read or written."""

    code = "project"


class RenderError(AutarkError):
    """No usable OpenGL, or a render that failed."""

    code = "render"


class AudioError(AutarkError):
    """A voice or music engine that failed."""

    code = "audio"


class BackendError(AutarkError):
    """An optional backend (language model, embeddings) that failed."""

    code = "backend"


class RegistryError(AutarkError):
    """A registry (assets, motion clips, setting templates, CLI commands) refused an entry: its name is taken,
    or the entry does not fit; or a plugin could not be loaded into them (``autark.plugins``). A plugin that
    clashes with a built-in gets it, naming the plugin."""

    code = "registry"
