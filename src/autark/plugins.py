"""Plugins: the entry-point group ``autark.plugins`` loaded into the registries, lazily and once.

A plugin is a distribution that declares an entry point in the group, naming a callable::

    # the plugin's pyproject.toml
    [project.entry-points."autark.plugins"]
    teapots = "autark_teapots:plugin"

    # autark_teapots/__init__.py
    def plugin(registries):
        registries["assets"].add("teapot", AssetSpec("teapot", "prop", ...))

``load()`` calls each plugin once with ``registries()``, a mapping of kind -> ``autark.registry.Registry``:

    "assets"     asset type -> ``autark.assets.spec.AssetSpec`` (its type name is also an English noun:
                 ``autark do P "add a teapot"``)
    "actions"    action kind -> ``autark.motion.Clip`` (how an action kind plays)
    "templates"  setting name -> ``autark.assets.templates.SettingTemplate``
    "commands"   CLI command -> (module exposing ``register(app)``, one-line help); offered by the CLI
    "sentence_rules"  the command engine's rule table, once ``autark.language.rules.RULES`` exists (the hook
                 below: the language layer registers nothing here itself, it only exposes its registry)

Every registry loads its built-ins before a plugin adds anything and refuses a name already taken, so a
plugin can add but never replace or hide; a clash (or a plugin that fails to import) is a ``RegistryError``
naming the plugin. Layers above this one offer their registries with ``offer`` before the first ``load``.

The CLI loads plugins when a command runs (``autark --help`` stays fast: scanning the installed distributions
costs 50-100 ms); code using the Python API calls ``load()`` itself.
"""

from __future__ import annotations

import threading
from typing import Any

from autark.errors import RegistryError
from autark.registry import Registry

__all__ = ["GROUP", "load", "loaded", "offer", "registries"]

GROUP = "autark.plugins"

_lock = threading.RLock()
_loaded: list[str] | None = None  # the names of the entry points loaded, once loading has run
_failure: RegistryError | None = None  # what went wrong then: said again on every later call
_offered: dict[str, Registry[Any]] = {}


def offer(kind: str, registry: Registry[Any]) -> None:
    """Hand a registry of a layer above this one (the CLI's commands) to the plugins; before ``load()``."""
    with _lock:
        if kind in _offered and _offered[kind] is not registry:
            raise RegistryError(f"a registry of {kind!r} was already offered to the plugins")
        _offered[kind] = registry


def _sentence_rules() -> Registry[Any] | None:
    """Hook for the command engine's rule table: when the language layer exposes its registry of sentence
    rules as ``autark.language.rules.RULES``, plugins get it as ``registries()["sentence_rules"]``."""
    try:
        from autark.language.rules import RULES  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return RULES  # type: ignore[no-any-return,unused-ignore]


def registries() -> dict[str, Registry[Any]]:
    """Every registry a plugin may add to, by kind."""
    from autark.assets.library import ASSETS
    from autark.assets.templates import TEMPLATES
    from autark.motion.clips import CLIPS

    out: dict[str, Registry[Any]] = {"assets": ASSETS, "actions": CLIPS, "templates": TEMPLATES}
    rules = _sentence_rules()
    if rules is not None:
        out["sentence_rules"] = rules
    with _lock:
        out.update(_offered)
    return out


def load() -> list[str]:
    """Load every plugin of the group ``autark.plugins`` into the registries, the first time it is called;
    the names of the plugins loaded. A plugin that fails or clashes raises a ``RegistryError`` (the others
    are loaded first)."""
    global _loaded, _failure
    with _lock:
        if _failure is not None:
            raise _failure
        if _loaded is not None:
            return list(_loaded)
        from importlib.metadata import entry_points

        _loaded = []
        regs = registries()
        failures: list[str] = []
        for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
            source = f"{ep.name} ({ep.value})"
            try:
                plugin = ep.load()
                if not callable(plugin):
                    raise RegistryError(f"{ep.value} is not callable")
                plugin(regs)
            except Exception as exc:  # a broken plugin is reported; the others still load
                failures.append(f"{source}: {exc}")
                continue
            _loaded.append(ep.name)
        if failures:
            _failure = RegistryError("plugin(s) could not be loaded: " + "; ".join(failures),
                                     hint="fix or uninstall the plugin (pip uninstall ...)")
            raise _failure
        return list(_loaded)


def loaded() -> list[str] | None:
    """The plugins loaded so far, or None before ``load()`` has run."""
    with _lock:
        return None if _loaded is None else list(_loaded)
