"""Which plugins the user turned off: ``plugins.json`` in the user's autark config folder, never in a project
(a project moves between machines; what a person lets run on their machine does not).

    {"disabled": ["hello-voice"]}

A plugin not named there is enabled once installed (installing it is the person's choice); built-ins cannot
be turned off, because they are what takes over when a plugin fails.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from autark.config import Settings
from autark.errors import ProjectError

__all__ = ["PluginState", "STATE_FILE"]

STATE_FILE = "plugins.json"


@dataclass(frozen=True)
class PluginState:
    disabled: frozenset[str] = frozenset()

    @staticmethod
    def path(settings: Settings) -> Path:
        return settings.user_config_dir() / STATE_FILE

    @classmethod
    def read(cls, settings: Settings) -> PluginState:
        """The state saved for this user; a missing file is the default (everything enabled)."""
        path = cls.path(settings)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise ProjectError(f"cannot read the plugin settings {path}: {exc}",
                               hint="fix or delete the file (every plugin is then enabled)") from None
        names = data.get("disabled", []) if isinstance(data, dict) else None
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ProjectError(f"the plugin settings {path} are not {{\"disabled\": [names]}}",
                               hint="fix or delete the file (every plugin is then enabled)")
        return cls(frozenset(names))

    def with_enabled(self, name: str, enabled: bool) -> PluginState:
        return PluginState(self.disabled - {name} if enabled else self.disabled | {name})

    def write(self, settings: Settings) -> Path:
        """Save atomically (a crash leaves the old file or the new one, never half of one)."""
        path = self.path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".plugins-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"disabled": sorted(self.disabled)}, f, indent=1)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path
