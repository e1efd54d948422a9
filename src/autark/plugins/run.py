"""Calling an engine through the plugins: the chosen plugin, contained, and the built-in when it fails.

    outcome = call("voice", VoiceRequest("Hello there.", "man", "en"), settings=settings, report=print)
    outcome.value      # a checked VoiceResult
    outcome.plugin     # "espeak-ng", or the plugin that answered
    outcome.note       # "" or the one line said when a plugin failed and the built-in took over

The plugin used for a kind is ``prefer`` when given and enabled, else the first enabled plugin that is not
built in (by name), else the kind's built-in. A call runs under the permission guard (``guard``): network
only when the plugin declares it *and* the user's settings allow it (``Settings.network_allowed``). A plugin
that is not built in runs in its worker process with its time limit (``isolation``). Its answer is checked
(``kinds.check_result``); an exception, a time-out, a dead worker or a malformed answer is reported in one
line and the kind's built-in answers instead. A failing built-in raises its own autark error.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autark.config import Settings
from autark.errors import NotFound, RegistryError
from autark.plugins.catalog import DEFAULT_BUILTIN, PLUGINS, origin
from autark.plugins.guard import Scope, guarded
from autark.plugins.isolation import PluginFailure, worker_for
from autark.plugins.kinds import GarbageResult, Plugin, check_result
from autark.plugins.state import PluginState

__all__ = ["METHODS", "Outcome", "call", "choose", "enabled", "exporter_for", "run_plugin"]

# the one method each kind answers
METHODS: dict[str, str] = {"voice": "speak", "music": "compose", "story": "write", "shots": "generate",
                           "exporter": "export"}

_instances: dict[Plugin, Any] = {}
_instances_lock = threading.Lock()


@dataclass(frozen=True)
class Outcome:
    value: Any
    plugin: str
    note: str = ""


def _say(line: str) -> None:
    print(f"autark: {line}", file=sys.stderr)


def enabled(plugin: Plugin, state: PluginState) -> bool:
    """Whether the user lets ``plugin`` run: built-ins always; others unless it or its entry point is disabled."""
    if plugin.builtin:
        return True
    where = origin(plugin)
    return not ({plugin.name, plugin.source, where.entry_point if where else ""} & state.disabled)


def choose(kind: str, settings: Settings, prefer: str | None = None) -> Plugin:
    """The plugin that answers ``kind`` now (see the module's docstring)."""
    if kind not in METHODS:
        raise RegistryError(f"plugins of kind {kind!r} are not called", hint=f"callable kinds: {', '.join(METHODS)}")
    registry = PLUGINS[kind]
    state = PluginState.read(settings)
    if prefer is not None:
        if prefer not in registry:
            raise NotFound(f"there is no {kind} plugin {prefer!r}", hint=f"{kind} plugins: {', '.join(registry.names())}")
        chosen = registry[prefer]
        if not enabled(chosen, state):
            raise RegistryError(f"the {kind} plugin {prefer!r} is disabled", hint=f"autark plugins enable {prefer}")
        return chosen
    others = [registry[n] for n in registry.names() if not registry[n].builtin and enabled(registry[n], state)]
    return others[0] if others else registry[DEFAULT_BUILTIN[kind]]


def exporter_for(target: Path, settings: Settings, prefer: str | None = None) -> tuple[Plugin, Plugin | None]:
    """The exporter for ``target``'s ending and the built-in one for it (None when only a plugin writes it)."""
    suffix = target.suffix.lower()
    registry = PLUGINS["exporter"]
    state = PluginState.read(settings)
    fits = [registry[n] for n in registry.names() if suffix in registry[n].suffixes and enabled(registry[n], state)]
    if prefer is not None:
        fits = [p for p in fits if p.name == prefer]
    if not fits:
        known = sorted({s for n in registry.names() for s in registry[n].suffixes})
        raise NotFound(f"no exporter writes {suffix or 'files without an ending'} files",
                       hint=f"give a file name ending in one of: {', '.join(known)}")
    builtin = next((p for p in fits if p.builtin), None)
    return next((p for p in fits if not p.builtin), fits[0]), builtin


def _instance(plugin: Plugin) -> Any:
    with _instances_lock:
        if plugin not in _instances:
            _instances[plugin] = plugin.factory()
        return _instances[plugin]


def run_plugin(plugin: Plugin, request: Any, settings: Settings) -> Any:
    """One call of ``plugin``, guarded (and isolated when it runs isolated); the checked answer.
    ``PluginFailure`` when it fails in any way; a built-in's own autark errors pass through."""
    method = METHODS[plugin.kind]
    network = plugin.permissions.network and settings.network_allowed(plugin.name)
    if plugin.runs_isolated:
        result = worker_for(plugin, network).call(method, request, plugin.resources.time_s)
    else:
        scope = Scope(plugin.name, network, plugin.permissions.subprocess)
        try:
            with guarded(scope):
                result = getattr(_instance(plugin), method)(request)
        except PermissionError as exc:
            raise PluginFailure(plugin.name, str(exc)) from None
        except Exception as exc:
            if plugin.builtin:
                raise
            raise PluginFailure(plugin.name, f"{type(exc).__name__}: {exc}") from None
    try:
        return check_result(plugin.kind, request, result)
    except GarbageResult as exc:
        raise PluginFailure(plugin.name, f"its answer is malformed: {exc}") from None


def call(kind: str, request: Any, *, settings: Settings | None = None, prefer: str | None = None,
         report: Callable[[str], None] | None = None, fallback: Plugin | None = None) -> Outcome:
    """Ask the chosen plugin of ``kind``; on failure say one line through ``report`` (default: stderr) and ask
    ``fallback`` (default: the kind's built-in) instead."""
    settings = settings if settings is not None else Settings()
    plugin = choose(kind, settings, prefer) if kind != "exporter" else exporter_for(request.target, settings, prefer)[0]
    try:
        return Outcome(run_plugin(plugin, request, settings), plugin.name)
    except PluginFailure as failure:
        if kind == "exporter":
            backup = fallback or exporter_for(request.target, settings)[1]
        else:
            backup = fallback or PLUGINS[kind][DEFAULT_BUILTIN[kind]]
        if backup is None or backup.name == plugin.name:
            raise RegistryError(f"the {kind} plugin {plugin.name!r} failed: {failure.reason}",
                                hint=f"autark plugins disable {plugin.name}") from None
        line = f"the {kind} plugin {plugin.name!r} failed ({failure.reason}); the built-in {backup.name!r} takes over"
        (report or _say)(line)
        return Outcome(run_plugin(backup, request, settings), backup.name, line)
