"""``autark plugins``: the installed plugins and the built-in engines, their permissions, and switching a plugin
on or off (kept in the user's config folder, never in a project).

    autark plugins                 # = autark plugins list
    autark plugins info piper
    autark plugins disable hello-words
    autark plugins enable hello-words
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

__all__ = ["register"]


def _settings() -> Any:
    from autark.config import Settings

    return Settings.from_env()


def _status(plugin: Any, state: Any) -> str:
    from autark.plugins.run import enabled

    return "built in" if plugin.builtin else "enabled" if enabled(plugin, state) else "disabled"


def _from(plugin: Any) -> str:
    from autark.plugins.catalog import origin

    if plugin.builtin:
        return "autark (built in)"
    where = origin(plugin)
    return where.words() if where is not None else (plugin.source or "registered by code")


def _version(plugin: Any) -> str:
    from autark.plugins.catalog import origin

    where = origin(plugin)
    return where.version if where is not None else ""


def _limit(plugin: Any) -> str:
    if plugin.kind == "asset_pack":
        return "-"  # data, read once when it loads
    return f"{plugin.resources.time_s:g} s" if plugin.runs_isolated else "-"


def _network(plugin: Any, settings: Any) -> str:
    if not plugin.permissions.network:
        return "-"
    return "allowed" if settings.network_allowed(plugin.name) else "blocked"


def register(app: typer.Typer) -> None:
    """Add ``plugins`` (list, info, enable, disable) to ``app``."""
    group = typer.Typer(help="List the plugins and their permissions; enable or disable one.",
                        no_args_is_help=False, invoke_without_command=True, rich_markup_mode=None)

    @group.callback()
    def plugins_main(ctx: typer.Context) -> None:
        """List the plugins and their permissions; enable or disable one."""
        if ctx.invoked_subcommand is None:
            list_cmd()

    @group.command("list")
    def list_cmd() -> None:
        """Every plugin by kind: where it comes from, its permissions, whether it is on."""
        from rich.console import Console
        from rich.table import Table

        from autark import plugins
        from autark.plugins.catalog import all_plugins
        from autark.plugins.state import PluginState

        settings = _settings()
        state = PluginState.read(settings)
        table = Table(show_edge=False, header_style="bold")
        for column in ("name", "kind", "status", "permissions", "network", "memory", "time limit", "from"):
            table.add_column(column)
        for p in all_plugins():
            table.add_row(p.name, p.kind, _status(p, state), p.permissions.words(), _network(p, settings),
                          f"{p.resources.memory_mb} MB", _limit(p), _from(p))
        out = Console(highlight=False, soft_wrap=True)
        out.print(table)
        for name in sorted(state.disabled):
            if not any(p.name == name or _from(p).endswith(f"(entry point {name})") for p in all_plugins()):
                out.print(f"{name}: disabled (not loaded)")
        for name, why in sorted(plugins.failures().items()):
            out.print(f"[red]{name}: could not be loaded: {why}[/red]")

    @group.command("info")
    def info_cmd(name: Annotated[str, typer.Argument(help="The plugin's name.", show_default=False)]) -> None:
        """One plugin in full: what it does, its permissions and resources."""
        from rich.console import Console
        from rich.markup import escape

        from autark.plugins.catalog import find
        from autark.plugins.state import PluginState

        plugin = _find(name, find)
        settings = _settings()
        state = PluginState.read(settings)
        out = Console(highlight=False, soft_wrap=True)
        rows = [("name", plugin.name), ("kind", plugin.kind), ("status", _status(plugin, state)),
                ("what", plugin.description or "-"), ("from", _from(plugin)),
                ("version", plugin.version or _version(plugin) or "-"), ("permissions", plugin.permissions.words()),
                ("network", _network(plugin, settings)),
                ("runs", "read once when it loads" if plugin.kind == "asset_pack" else
                 f"in its own process, stopped after {plugin.resources.time_s:g} s" if plugin.runs_isolated
                 else "in autark's process"),
                ("memory", f"{plugin.resources.memory_mb} MB")]
        if plugin.suffixes:
            rows.append(("writes", ", ".join(plugin.suffixes)))
        for key, value in rows:
            out.print(f"{key:<12} {escape(str(value))}")

    @group.command("enable")
    def enable_cmd(name: Annotated[str, typer.Argument(help="The plugin's name.", show_default=False)]) -> None:
        """Turn a plugin on (for this user, every project)."""
        _switch(name, True)

    @group.command("disable")
    def disable_cmd(name: Annotated[str, typer.Argument(help="The plugin's name.", show_default=False)]) -> None:
        """Turn a plugin off: it is not loaded or used; the built-in does its work."""
        _switch(name, False)

    app.add_typer(group, name="plugins")


def _find(name: str, find: Any) -> Any:
    from autark.errors import NotFound
    from autark.plugins.catalog import all_plugins

    plugin = find(name)
    if plugin is None:
        import difflib

        names = [p.name for p in all_plugins()]
        close = difflib.get_close_matches(name, names, n=3)
        raise NotFound(f"there is no plugin called {name!r}",
                       hint=f"did you mean {', '.join(close)}?" if close else "autark plugins lists them")
    return plugin


def _switch(name: str, enabled: bool) -> None:
    from autark import plugins
    from autark.errors import UserInputError
    from autark.plugins.catalog import find
    from autark.plugins.state import PluginState

    settings = _settings()
    state = PluginState.read(settings)
    plugin = find(name)
    known = plugin is not None or name in plugins.failures() or name in state.disabled or name in (plugins.loaded() or [])
    if plugin is None and not known:
        _find(name, find)  # the clear 'no such plugin' error
    if plugin is not None and plugin.builtin:
        raise UserInputError(f"{name!r} is built in and cannot be turned off or on",
                             hint="built-ins are what takes over when a plugin fails")
    path = state.with_enabled(name, enabled).write(settings)
    typer.echo(f"{name}: {'enabled' if enabled else 'disabled'} (saved in {path})")
