"""The CLI's commands as a registry: command name -> (module exposing ``register(app)``, one-line help).

Its own module so that it exists once per process even when ``autark.cli.main`` runs as ``__main__``
(``python -m autark.cli.main``) and is imported again by a command. It is offered to the plugins
(``autark.plugins``), whose commands join the built-in ones here; a name already taken is refused.
"""

from __future__ import annotations

from autark import plugins
from autark.errors import RegistryError
from autark.registry import Registry

__all__ = ["BUILTIN_COMMANDS", "LAZY_COMMANDS"]

# command name -> (module exposing register(app), one-line help shown by ``autark --help``)
BUILTIN_COMMANDS: dict[str, tuple[str, str]] = {
    "render": ("autark.cli.render_cmd", "Render a still image or a film of a project."),
    "export": ("autark.cli.export_cmd", "Export a project's scene to a file (glTF .glb, ...)."),
    "plan": ("autark.cli.film_cmd", "Turn an idea into a screenplay plan (YAML) you can edit."),
    "make": ("autark.cli.film_cmd", "Make a whole film from an idea or a plan."),
    "serve": ("autark.cli.serve_cmd", "Start the local web studio."),
    "doctor": ("autark.cli.doctor_cmd", "Check a project file thoroughly and say what is wrong (changes nothing)."),
    "check": ("autark.cli.check_cmd", "Check a film against the report's rules; exit 1 when a check fails."),
    "import-asset": ("autark.cli.asset_cmd", "Import a 3D model (.glb ...) as a new asset kind with its words."),
    "recipe": ("autark.cli.recipe_cmd", "Say what made a film (its plan or commands) and how to make it again."),
    "encrypt": ("autark.cli.encrypt_cmd", "Encrypt a project with a passphrase (database and renders)."),
    "plugins": ("autark.cli.plugins_cmd", "List the plugins and their permissions; enable or disable one."),
    "cache": ("autark.cli.cache_cmd", "Show a project's render cache (size, entries, hits) or clear it."),
    "stats": ("autark.cli.stats_cmd", "Print the last render's metrics: task timings, cache hits, fps, memory."),
    "phrases": ("autark.cli.user_cmd", "List, teach or forget your phrases ('from now on, cozy means ...')."),
    "templates": ("autark.cli.user_cmd", "Your templates (scenes, lighting, cameras): list, save, use, export, import."),
    "preferences": ("autark.cli.prefs_cmd", "Show what autark learned from your commands and ratings; reset one."),
    "rate": ("autark.cli.prefs_cmd", "Rate a film 1..5 (--aspect plot|fidelity|camera|audio); the defaults adapt."),
}


def _builtin_commands(registry: Registry[tuple[str, str]]) -> None:
    for name, entry in BUILTIN_COMMANDS.items():
        registry.add(name, entry)


def _check_command(name: str, entry: tuple[str, str]) -> None:
    if not (isinstance(entry, tuple) and len(entry) == 2 and all(isinstance(x, str) and x for x in entry)):
        raise RegistryError(f"CLI command {name!r}: register (module exposing register(app), one-line help)")


LAZY_COMMANDS: Registry[tuple[str, str]] = Registry("CLI command", builtins=_builtin_commands, check=_check_command)
plugins.offer("commands", LAZY_COMMANDS)

