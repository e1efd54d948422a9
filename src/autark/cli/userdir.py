"""The user folder as the command line opens it (the one the environment names; ``autark.cli.main._open`` gives it
to every project it opens, ``Studio(user=...)``), and what the commands learn from it: preferences, the plan they
adapt, what a film records of them."""

from __future__ import annotations

from typing import Any

__all__ = ["learned", "made_header", "preferred_plan", "record_made_with", "start_as_preferred", "user_folder"]


def user_folder() -> Any:
    """The user folder the environment names (``Settings.user_config_dir``)."""
    from autark.config import Settings
    from autark.store.userdir import UserFolder

    return UserFolder(Settings.from_env().user_config_dir())


def learned(folder: Any) -> tuple[Any, dict[str, list[Any]], list[str]]:
    """The preferences this user's command logs and ratings add up to: (Preferences, the votes that counted per
    choice, notes on projects that could not be read). Projects are only read, never changed."""
    from autark.errors import AutarkError
    from autark.store import cipher
    from autark.store.preferences import learn, votes_from_log, votes_from_ratings
    from autark.store.project import ProjectStore

    votes, notes = [], []
    for path in folder.projects():
        if not path.is_dir():
            continue
        if cipher.is_encrypted(path):  # its log is sealed: it teaches nothing without the passphrase
            notes.append(f"{path}: encrypted, its log was not read")
            continue
        try:
            with ProjectStore.open(path) as store:
                votes += votes_from_log(path.name, store.history())
        except AutarkError as exc:
            notes.append(f"{path}: {exc}")
    votes += votes_from_ratings(folder.ratings())
    prefs, counted = learn(votes, folder.resets())
    return prefs, counted, notes


def preferred_plan(screenplay: Any, source: str) -> tuple[Any, list[str], dict[str, Any]]:
    """An idea's plan adapted to what this user prefers (a plan file is taken as it is: it holds its choices):
    (screenplay, what moved, what the film is made with, for its report and recipe)."""
    from autark.store.preferences import Preferences
    from autark.story.preferred import apply_preferences, made_with

    if source.strip().lower().endswith((".yaml", ".yml")):
        return screenplay, [], made_with(screenplay, Preferences())
    prefs, _, _ = learned(user_folder())
    adapted, notes = apply_preferences(screenplay, prefs, source)
    return adapted, notes, made_with(adapted, prefs)


def record_made_with(film: Any, made: dict[str, Any]) -> None:
    """Add what the film was made with (its preferences) to its report JSON, when there is one."""
    import json
    import os

    from autark.jobs.report import report_paths

    path = report_paths(film)[0]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data["made_with"] = made
    tmp = path.with_name(f".{path.name}.made.tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def made_header(made: dict[str, Any]) -> str:
    """A YAML comment naming the preferences a plan was adapted to ("" for none): the plan holds the choices,
    the comment says where they came from."""
    import json

    prefs = made.get("preferences") or {}
    return f"# made with the preferences {json.dumps(prefs, sort_keys=True)} (autark preferences)\n" if prefs else ""


def start_as_preferred(studio: Any) -> str | None:
    """A new project's first command: the lighting this user prefers (``autark preferences``), logged under
    ``PREFERRED_LABEL`` so it is visible, undoable and never counted as the user's own choice again."""
    from autark.language import interpret
    from autark.store.preferences import PREFERRED_LABEL

    prefs, _, _ = learned(user_folder())
    if prefs.lighting is None:
        return None
    result = studio.apply_ops(interpret(f"{prefs.lighting} lighting", studio.scene), f"{PREFERRED_LABEL}{prefs.lighting}")
    return f"started with {prefs.lighting} lighting, your preference ({result.summary}); autark undo takes it back"
