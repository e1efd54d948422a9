"""What the command engine may know of its user: the phrases they taught and the templates they saved.

The language layer never reads the user folder (nor the environment) itself: whoever interprets a sentence
for a user (the command line, the web studio) passes an object with this interface in
(``interpret(text, scene, user=...)``); ``autark.store.userdir.UserFolder`` is the real one, a test may pass
a small in-memory one. With ``user=None`` a sentence means what the built-in vocabulary says, nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from autark.ops.user_templates import UserTemplate

__all__ = ["UserLibrary"]


class UserLibrary(Protocol):
    """A user's phrases and templates: read by the engine, written by the sentences that teach them."""

    def phrases(self) -> Mapping[str, tuple[str, ...]]:
        """Phrase name (one lower-case word) -> the sentences it stands for, in order."""
        ...

    def teach(self, name: str, sentences: tuple[str, ...], *, replace: bool) -> bool:
        """Keep a phrase; True when it replaced one of the same name (refused unless ``replace``)."""
        ...

    def forget(self, name: str) -> bool:
        """Remove a phrase; False when there was none of that name."""
        ...

    def template(self, name: str) -> UserTemplate | None:
        """The user's template of that name (lower case), if any."""
        ...

    def save_template(self, template: UserTemplate, *, replace: bool) -> bool:
        """Keep a template; True when it replaced one of the same name (refused unless ``replace``)."""
        ...
