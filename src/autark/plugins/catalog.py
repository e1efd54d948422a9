"""The plugin registries, one per kind, with the built-in engines registered in them like any plugin.

    PLUGINS["voice"]["espeak-ng"]   # a Plugin; its factory builds the engine
    find("hello-words")             # any kind, by name (names are unique across kinds)

The built-ins (``autark.plugins.builtins``) load on first use, before a plugin adds anything, so a plugin can
never take a built-in's name. An asset pack's assets join ``autark.assets.library.ASSETS`` when the plugin
that registered it has loaded (``install_asset_packs``), words and all.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from autark.errors import RegistryError
from autark.plugins.kinds import KINDS, Plugin
from autark.registry import Registry

__all__ = ["PLUGINS", "DEFAULT_BUILTIN", "Origin", "all_plugins", "find", "install_asset_packs", "note_origin", "origin"]

# the built-in each kind falls back to (exporters: the one whose suffix fits the file)
DEFAULT_BUILTIN: dict[str, str] = {"voice": "espeak-ng", "music": "autark-music", "story": "autark-story",
                                   "shots": "hold-frame", "asset_pack": "autark-catalogue"}
_LANGUAGES = ("en", "de")


def _checker(kind: str) -> Any:
    def check(name: str, plugin: Plugin) -> None:
        if not isinstance(plugin, Plugin) or plugin.name != name or plugin.kind != kind:
            raise RegistryError(f"{kind} plugin {name!r}: register a Plugin(name={name!r}, kind={kind!r}, ...)")
        for other in KINDS:
            if other != kind and other in PLUGINS and name in PLUGINS[other]:
                raise RegistryError(f"plugin name {name!r} is already taken (kind {other})",
                                    hint="a plugin must pick a name of its own")
    return check


def _builtins(kind: str) -> Any:
    def load(registry: Registry[Plugin]) -> None:
        from autark.plugins.builtins import builtin_plugins

        for plugin in builtin_plugins(kind):
            registry.add(plugin.name, plugin)
    return load


PLUGINS: dict[str, Registry[Plugin]] = {
    kind: Registry(f"{kind} plugin", builtins=_builtins(kind), check=_checker(kind)) for kind in KINDS
}


def all_plugins() -> list[Plugin]:
    """Every registered plugin, built-ins first, by kind then name."""
    out = [PLUGINS[k][n] for k in KINDS for n in PLUGINS[k].names()]
    return sorted(out, key=lambda p: (not p.builtin, KINDS.index(p.kind), p.name))


def find(name: str) -> Plugin | None:
    """The plugin called ``name``, of any kind."""
    for kind in KINDS:
        if name in PLUGINS[kind]:
            return PLUGINS[kind][name]
    return None


@dataclass(frozen=True)
class Origin:
    """Where a plugin came from: the entry point that registered it and its distribution."""

    entry_point: str
    distribution: str = ""
    version: str = ""

    def words(self) -> str:
        dist = f"{self.distribution} {self.version}".strip()
        return f"{dist} (entry point {self.entry_point})" if dist else f"entry point {self.entry_point}"


_origins: dict[str, Origin] = {}


def note_origin(before: set[str], where: Origin) -> None:
    """Record ``where`` for every plugin registered since ``before`` (the names there were then)."""
    for p in all_plugins():
        if not p.builtin and p.name not in before:
            _origins.setdefault(p.name, where)


def origin(plugin: Plugin) -> Origin | None:
    """Where ``plugin`` came from (None for built-ins and plugins registered by code, not an entry point)."""
    return _origins.get(plugin.name)


_installed_packs: set[str] = set()


def install_asset_packs(source: str = "", skip: frozenset[str] = frozenset()) -> list[str]:
    """Add the assets of every asset pack registered since the last call to the asset library; the asset
    types added. A spec's words must be for known languages, and the vocabulary must not be built yet (the
    loader runs before the language layer is imported); a pack the user disabled is left out."""
    from autark.assets.library import ASSETS
    from autark.assets.spec import AssetSpec

    added: list[str] = []
    for name in PLUGINS["asset_pack"].names():
        plugin = PLUGINS["asset_pack"][name]
        if plugin.builtin or name in _installed_packs:
            continue
        _installed_packs.add(name)
        if name in skip:
            continue
        specs = list(plugin.factory().assets())
        for spec in specs:
            if not isinstance(spec, AssetSpec):
                raise RegistryError(f"asset pack {name!r}: assets() must give AssetSpec entries, got "
                                    f"{type(spec).__name__}")
            unknown = sorted(set(spec.words) - set(_LANGUAGES))
            if unknown:
                raise RegistryError(f"asset pack {name!r}: {spec.type!r} has words for unknown language(s) "
                                    f"{', '.join(unknown)}", hint=f"languages: {', '.join(_LANGUAGES)}")
            if spec.words and "autark.language.lang" in sys.modules:
                raise RegistryError(f"asset pack {name!r} ({source or plugin.source}) was loaded after the "
                                    "vocabulary was built, so its words would not be understood",
                                    hint="load plugins (autark.plugins.load()) before using the command engine")
        for spec in specs:
            ASSETS.add(spec.type, spec)
            added.append(spec.type)
    return added
