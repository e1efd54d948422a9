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
                 below: the language layer registers nothing here itself, it only exposes its registry;
                 looked up when a plugin asks for it, so the vocabulary loads after the asset packs)
    "voice", "music", "story", "shots", "exporter", "asset_pack"
                 plugin name -> ``autark.plugins.kinds.Plugin``: the replaceable engines (docs/PLUGINS.md).
                 Their built-ins (espeak-ng, the seeded MIDI composer, the rule-based and the language-model
                 story writers, the glTF exporter, the asset catalogue) are registered here the same way.

Every registry loads its built-ins before a plugin adds anything and refuses a name already taken, so a
plugin can add but never replace or hide; a clash (or a plugin that fails to import) is a ``RegistryError``
naming the plugin. Layers above this one offer their registries with ``offer`` before the first ``load``.

A plugin whose name (or entry point's name) the user disabled (``autark plugins disable NAME``; kept in the
user's config folder, ``autark.plugins.state``) is not loaded. Calls to the engines go through
``autark.plugins.run.call``: permissions enforced, isolated in a worker process with a time limit, the answer
checked, the built-in taking over when a plugin fails.

The CLI loads plugins when a command runs (``autark --help`` stays fast: scanning the installed distributions
costs 50-100 ms); code using the Python API calls ``load()`` itself.
"""

from __future__ import annotations

import threading
from typing import Any

from autark.errors import RegistryError
from autark.registry import Registry

__all__ = ["GROUP", "failures", "load", "loaded", "offer", "registries"]

GROUP = "autark.plugins"

_lock = threading.RLock()
_loaded: list[str] | None = None  # the names of the entry points loaded, once loading has run
_failure: RegistryError | None = None  # what went wrong then: said again on every later call
_failures: dict[str, str] = {}  # entry point name -> why it could not be loaded
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


class _Registries(dict[str, Registry[Any]]):
    """The registries by kind; the sentence rules are looked up when first asked for, because importing the
    language layer builds the vocabulary, which must come after the asset packs have added their words."""

    def __missing__(self, key: str) -> Registry[Any]:
        if key == "sentence_rules":
            rules = _sentence_rules()
            if rules is not None:
                self[key] = rules
                return rules
        raise KeyError(key)


def registries() -> dict[str, Registry[Any]]:
    """Every registry a plugin may add to, by kind."""
    from autark.assets.library import ASSETS
    from autark.assets.templates import TEMPLATES
    from autark.motion.clips import CLIPS
    from autark.plugins.catalog import PLUGINS

    out = _Registries({"assets": ASSETS, "actions": CLIPS, "templates": TEMPLATES})
    out.update(PLUGINS)
    with _lock:
        out.update(_offered)
    return out


def _disabled() -> frozenset[str]:
    from autark.config import Settings
    from autark.plugins.state import PluginState

    return PluginState.read(Settings.from_env()).disabled


def load(*, strict: bool = True, disabled: frozenset[str] | None = None) -> list[str]:
    """Load every plugin of the group ``autark.plugins`` into the registries, the first time it is called;
    the names of the plugins loaded. A plugin that fails or clashes raises a ``RegistryError`` (the others
    are loaded first); with ``strict=False`` it is only recorded (``failures()``), so ``autark plugins`` can
    still list and disable it. Entry points named in ``disabled`` (default: the user's disabled plugins) are
    skipped."""
    global _loaded, _failure
    with _lock:
        if _failure is not None and strict:
            raise _failure
        if _loaded is not None:
            return list(_loaded)
        from importlib.metadata import entry_points

        from autark.plugins.catalog import Origin, all_plugins, install_asset_packs, note_origin

        skip = _disabled() if disabled is None else disabled
        _loaded = []
        regs = registries()
        failures: list[str] = []
        for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
            if ep.name in skip:
                continue
            source = f"{ep.name} ({ep.value})"
            before = {p.name for p in all_plugins()}
            try:
                plugin = ep.load()
                if not callable(plugin):
                    raise RegistryError(f"{ep.value} is not callable")
                plugin(regs)
                dist = getattr(ep, "dist", None)
                note_origin(before, Origin(ep.name, getattr(dist, "name", "") or "", getattr(dist, "version", "") or ""))
                install_asset_packs(source=ep.name, skip=skip)
            except Exception as exc:  # a broken plugin is reported; the others still load
                failures.append(f"{source}: {exc}")
                _failures[ep.name] = str(exc)
                continue
            _loaded.append(ep.name)
        if failures:
            _failure = RegistryError("plugin(s) could not be loaded: " + "; ".join(failures),
                                     hint="fix, disable (autark plugins disable NAME) or uninstall the plugin")
            if strict:
                raise _failure
        return list(_loaded)


def loaded() -> list[str] | None:
    """The plugins loaded so far, or None before ``load()`` has run."""
    with _lock:
        return None if _loaded is None else list(_loaded)


def failures() -> dict[str, str]:
    """The entry points that could not be loaded, with why."""
    with _lock:
        return dict(_failures)
