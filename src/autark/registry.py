"""The one registry: entries keyed by name, built-ins loaded once on first use, duplicates refused.

Assets (``autark.assets.library.ASSETS``), motion clips by action kind (``autark.motion.clips.CLIPS``), setting
templates (``autark.assets.templates.TEMPLATES``) and CLI commands (``autark.cli.commands.LAZY_COMMANDS``) are each a
``Registry``; it is the one place where built-ins and plugins (``autark.plugins``) meet.

    ASSETS = Registry("asset type", builtins=_load_catalogue)
    ASSETS.add("chair", spec)      # refuses a name already there (RegistryError), built-in or not
    ASSETS["chair"]                # KeyError for an unknown name, like a dict

The built-ins load before anything else touches the registry, adding included: an entry added first can
never hide them, and one that clashes with a built-in is refused instead of silently replacing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from autark.errors import RegistryError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Mapping[str, T], Generic[T]):
    """Named entries of one kind. ``builtins(registry)`` adds the built-in entries; it runs once, before the
    first lookup or addition. ``check(name, entry)`` validates an entry when it is added (raise to refuse)."""

    def __init__(self, kind: str, *, builtins: Callable[[Registry[T]], None] | None = None,
                 check: Callable[[str, T], None] | None = None) -> None:
        self.kind = kind
        self._builtins = builtins
        self._check = check
        self._entries: dict[str, T] = {}
        self._loaded = builtins is None
        self._lock = threading.RLock()

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            self._loaded = True  # before loading: the loader adds through ``add``
            try:
                self._builtins(self)  # type: ignore[misc]
            except BaseException:
                self._entries.clear()
                self._loaded = False
                raise

    def add(self, name: str, entry: T) -> T:
        """Register ``entry`` under ``name``; a name already taken is refused with a ``RegistryError``."""
        self._ensure_loaded()
        if not isinstance(name, str) or not name:
            raise RegistryError(f"a {self.kind} needs a name, got {name!r}")
        with self._lock:
            if name in self._entries:
                raise RegistryError(f"{self.kind} {name!r} is already registered",
                                    hint="a plugin must pick a name of its own")
            if self._check is not None:
                self._check(name, entry)
            self._entries[name] = entry
        return entry

    def __getitem__(self, name: str) -> T:
        self._ensure_loaded()
        return self._entries[name]

    def __contains__(self, name: object) -> bool:
        self._ensure_loaded()
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        self._ensure_loaded()
        return iter(list(self._entries))

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._entries)

    def names(self) -> list[str]:
        """Every registered name, sorted."""
        return sorted(self)

    def __repr__(self) -> str:
        state = f"{len(self._entries)} entries" if self._loaded else "built-ins not loaded yet"
        return f"Registry({self.kind!r}, {state})"
