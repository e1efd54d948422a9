"""The user folder: what belongs to a person, not to one project (``Settings.user_config_dir()``: AUTARK_CONFIG_DIR,
else $XDG_CONFIG_HOME/autark, else ~/.config/autark). Its layout (the README shows it too):

    plugins.json                 which plugins are enabled (autark plugins; autark.plugins.state)
    assets/<name>/               imported 3D models (autark import-asset; autark.assets.imported)
    projects.json                the project folders this user worked in: their command logs teach preferences
    phrases.json                 taught phrases: {"cozy": ["candlelight", "a lamp on the table"]}
    templates/scene/<name>.json  saved scenes, lighting rigs and cameras (autark templates; one file each,
    templates/lighting/...       the same format as an exported template)
    templates/camera/...
    ratings.json                 the user's ratings of films (autark rate)
    preferences.json             what the user reset: a learned preference starts again from later evidence

Everything here stays on this machine; nothing is sent anywhere. Every file is written whole to a temporary
file and renamed over the old one, so a crash never leaves half a file; a file that cannot be read is a clear
``ProjectError`` naming it (never silently replaced).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from autark.errors import ProjectError, UserInputError
from autark.ops.user_templates import TEMPLATE_KINDS, UserTemplate, check_template_name, parse_template

__all__ = ["UserFolder"]

MAX_PROJECTS = 200  # the most recent project folders kept in projects.json


class UserFolder:
    """One user's folder (created when something is first written). Implements the language layer's
    ``UserLibrary`` (phrases, templates) and keeps ratings, the projects index and preference resets."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # phrases.json as last read, by its (mtime, size): the engine asks for the phrases once per clause
        self._phrases: tuple[tuple[int, int], dict[str, tuple[str, ...]]] | None = None

    # -- files ------------------------------------------------------------------------------------------------
    def _read(self, name: str, default: Any) -> Any:
        path = self.root / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return default
        except OSError as exc:
            raise ProjectError(f"cannot read {path}: {exc.strerror}") from None
        try:
            return json.loads(text)
        except ValueError:
            raise ProjectError(f"{path} is not valid JSON", hint="fix or delete the file") from None

    def _write(self, name: str, data: Any) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=True)
                f.write("\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- phrases (UserLibrary) --------------------------------------------------------------------------------
    def phrases(self) -> Mapping[str, tuple[str, ...]]:
        try:
            st = (self.root / "phrases.json").stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = (0, -1)
        if self._phrases is not None and self._phrases[0] == stamp:
            return dict(self._phrases[1])
        data = self._read("phrases.json", {})
        if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
            raise ProjectError(f"{self.root / 'phrases.json'} is not a table of phrases", hint="fix or delete it")
        table = {str(k): tuple(str(s) for s in v) for k, v in sorted(data.items())}
        self._phrases = (stamp, table)
        return dict(table)

    def teach(self, name: str, sentences: tuple[str, ...], *, replace: bool) -> bool:
        from autark.language.phrases import check_phrase_name  # refused here too: the file is the user's

        name = check_phrase_name(name)
        table = dict(self.phrases())
        had = name in table
        if had and not replace:
            raise UserInputError(f"'{name}' is already a phrase", hint="replace it (--replace) or forget it first")
        table[name] = tuple(sentences)
        self._write("phrases.json", {k: list(v) for k, v in table.items()})
        return had

    def forget(self, name: str) -> bool:
        table = dict(self.phrases())
        if table.pop(name.strip().lower(), None) is None:
            return False
        self._write("phrases.json", {k: list(v) for k, v in table.items()})
        return True

    # -- templates (UserLibrary) ------------------------------------------------------------------------------
    def _template_path(self, name: str, kind: str) -> Path:
        return self.root / "templates" / kind / f"{name.replace(' ', '_')}.json"

    def templates(self) -> list[UserTemplate]:
        out = []
        for kind in TEMPLATE_KINDS:
            folder = self.root / "templates" / kind
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                out.append(self._load(path))
        return out

    def _load(self, path: Path) -> UserTemplate:
        try:
            text = path.read_bytes()
        except OSError as exc:
            raise ProjectError(f"cannot read {path}: {exc.strerror}") from None
        return parse_template(text, where=str(path))

    def template(self, name: str) -> UserTemplate | None:
        try:
            name = check_template_name(name)
        except UserInputError:
            return None
        for kind in TEMPLATE_KINDS:
            path = self._template_path(name, kind)
            if path.is_file():
                return self._load(path)
        return None

    def save_template(self, template: UserTemplate, *, replace: bool) -> bool:
        old = self.template(template.name)
        if old is not None and not replace:
            raise UserInputError(f"there is already a {old.kind} template '{template.name}'",
                                 hint="replace it (--replace), or pick another name")
        if old is not None:
            self._template_path(old.name, old.kind).unlink(missing_ok=True)
        path = self._template_path(template.name, template.kind)
        self._write(str(path.relative_to(self.root)), template.model_dump(mode="json"))
        return old is not None

    def remove_template(self, name: str) -> bool:
        old = self.template(name)
        if old is None:
            return False
        self._template_path(old.name, old.kind).unlink()
        return True

    # -- projects, ratings, resets ----------------------------------------------------------------------------
    def projects(self) -> list[Path]:
        data = self._read("projects.json", [])
        return [Path(p) for p in data if isinstance(p, str)] if isinstance(data, list) else []

    def note_project(self, folder: Path) -> None:
        """Remember a project folder the user worked in (its command log teaches preferences)."""
        here = str(Path(folder).resolve())
        known = [str(p) for p in self.projects()]
        if known and known[-1] == here:
            return
        self._write("projects.json", ([p for p in known if p != here] + [here])[-MAX_PROJECTS:])

    def forget_project(self, folder: Path) -> None:
        """Stop learning from a project folder (one that is not the user's own work: the demo's)."""
        here = str(Path(folder).resolve())
        known = [str(p) for p in self.projects()]
        if here in known:
            self._write("projects.json", [p for p in known if p != here])

    def ratings(self) -> list[dict[str, Any]]:
        data = self._read("ratings.json", [])
        return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []

    def add_rating(self, rating: dict[str, Any]) -> None:
        self._write("ratings.json", [*self.ratings(), rating])

    def resets(self) -> dict[str, str]:
        """Preference name -> the time (UTC ISO) it was reset: evidence before it no longer counts."""
        data = self._read("preferences.json", {})
        resets = data.get("reset", {}) if isinstance(data, dict) else {}
        return {str(k): str(v) for k, v in resets.items()} if isinstance(resets, dict) else {}

    def reset(self, name: str, when: str) -> None:
        self._write("preferences.json", {"reset": {**self.resets(), name: when}})
