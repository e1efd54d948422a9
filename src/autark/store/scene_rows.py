"""A scene's current state as rows of the project database: the scenes row (columns for the fields every
scene has, an ``extra`` JSON column for the rest) and one row per object, camera, light and character.

``store.project`` writes these rows inside its transactions (a new scene, then each command's patch, touching
only what changed) and reads the scene back from them on open; ``store.doctor`` reads them to check a file.
Nothing here opens a file, takes a lock or commits: the caller holds the connection and the transaction.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from autark.ops.patch import Patch
from autark.scene.model import Scene
from autark.store.checks import damaged

__all__ = ["SCENE_TABLES", "insert_scene", "parse_json", "read_project", "read_scene", "validation_message",
           "write_state"]

# Scene collections stored one row per item: table -> (key field, extra indexed columns taken from the item)
# Scene fields stored in columns of the scenes table or in tables of their own; every other field of the
# scene model goes into the scenes.extra JSON column, so a new scene field is stored without a migration.
_SCENE_COLUMNS = {"schema_version", "name", "description", "active_camera", "next_id", "settings", "timeline"}


def _extra_json(scene: Scene) -> str:
    # dump only the extra fields: the objects are most of a scene and are stored in rows of their own
    return json.dumps(scene.model_dump(mode="json", exclude=_SCENE_COLUMNS | set(SCENE_TABLES)), ensure_ascii=False)


SCENE_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "objects": ("id", ("name", "type", "parent")),
    "cameras": ("name", ()),
    "lights": ("name", ()),
    "characters": ("id", ("name", "object_id")),
}


def read_project(conn: sqlite3.Connection, db: Path) -> tuple[int, str, int]:
    """The project's id, name and current scene id (for this module and ``store.doctor``)."""
    row = conn.execute("SELECT id, name, current_scene_id FROM projects ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise damaged(db, "it holds no project (the projects table is empty)")
    return row


def read_scene(conn: sqlite3.Connection, scene_id: int, db: Path, *, extra: str = "extra") -> Scene:
    """The scene from its rows (for this module and ``store.doctor``); a row that is not JSON or a scene that
    does not validate is a ProjectError naming the row. ``extra`` is the SQL for the scene's extra fields (a constant for schemas before 3)."""
    row = conn.execute(
        "SELECT name, description, active_camera, next_id, scene_schema, settings, timeline, "
        f"{extra} FROM scenes WHERE id = ?", (scene_id,)).fetchone()
    if row is None:
        raise damaged(db, f"its current scene (#{scene_id}) is missing")
    name, description, active_camera, next_id, scene_schema, settings, timeline, extra_json = row
    where = f"scene #{scene_id}"
    extra_data = parse_json(extra_json, db, f"the extra fields of {where}")
    if not isinstance(extra_data, dict):
        raise damaged(db, f"the extra fields of {where} are not a JSON object")
    data: dict[str, Any] = {
        **extra_data,
        "schema_version": scene_schema, "name": name, "description": description,
        "active_camera": active_camera, "next_id": next_id,
        "settings": parse_json(settings, db, f"the settings of {where}"),
        "timeline": parse_json(timeline, db, f"the timeline of {where}"),
    }
    for table, (key, _columns) in SCENE_TABLES.items():
        rows = conn.execute(f"SELECT {key}, data FROM {table} WHERE scene_id = ? ORDER BY ord", (scene_id,))
        data[table] = [parse_json(text, db, f"the row {k!r} of the table {table}") for k, text in rows]
    try:
        return Scene.model_validate(data)
    except ValidationError as exc:
        raise damaged(db, f"its scene does not validate: {validation_message(exc)}") from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise damaged(db, f"its scene does not validate: {exc}") from None


def parse_json(text: Any, db: Path, what: str) -> Any:
    """Parse JSON read from the project; damaged text is a ProjectError naming ``what`` (``db`` is the file)."""
    try:
        return json.loads(text)
    except (ValueError, TypeError, RecursionError) as exc:
        raise damaged(db, f"{what} is not valid JSON ({exc})") from None


def validation_message(exc: ValidationError) -> str:
    """The first error of a failed validation, with its place ("objects.3.color: ...") and how many more."""
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "the whole"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg')}{more}"


def insert_scene(conn: sqlite3.Connection, project_id: int | None, scene: Scene) -> int:
    cur = conn.execute(
        "INSERT INTO scenes (project_id, name, description, active_camera, next_id, scene_schema, settings, "
        "timeline, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (project_id, scene.name, scene.description, scene.active_camera, scene.next_id, scene.schema_version,
         scene.settings.model_dump_json(), scene.timeline.model_dump_json(), _extra_json(scene)))
    scene_id = int(cur.lastrowid or 0)
    data = scene.model_dump(mode="json")
    for table in SCENE_TABLES:
        _upsert(conn, table, scene_id, list(enumerate(data[table])))
    return scene_id


def _upsert(conn: sqlite3.Connection, table: str, scene_id: int, items: list[tuple[int, dict[str, Any]]]) -> None:
    """Insert or update rows from (position in the list, item as JSON data) pairs."""
    key, extra = SCENE_TABLES[table]
    columns = ("scene_id", key, "ord", *extra, "data")
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT (scene_id, {key}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in columns[2:]))
    rows = [(scene_id, item[key], i, *(item.get(c) for c in extra), json.dumps(item, ensure_ascii=False))
            for i, item in items]
    conn.executemany(sql, rows)


def write_state(conn: sqlite3.Connection, scene_id: int, patch: Patch, after: Scene, updated_at: str) -> None:
    """Bring the current-state rows from the patch's 'before' to ``after``, touching only what changed."""
    conn.execute(
        "UPDATE scenes SET name = ?, description = ?, active_camera = ?, next_id = ?, scene_schema = ?, "
        "settings = ?, timeline = ?, extra = ?, updated_at = ? WHERE id = ?",
        (after.name, after.description, after.active_camera, after.next_id, after.schema_version,
         after.settings.model_dump_json(), after.timeline.model_dump_json(), _extra_json(after), updated_at,
         scene_id))
    for table, (key, _extra) in SCENE_TABLES.items():
        changed = patch.items.get(table, {})
        if not changed and table not in patch.order:
            continue
        # the patch already holds each changed item as JSON data: dump nothing else
        position = {getattr(x, key): i for i, x in enumerate(getattr(after, table))}
        gone = [(scene_id, k) for k in changed if k not in position]
        conn.executemany(f"DELETE FROM {table} WHERE scene_id = ? AND {key} = ?", gone)
        _upsert(conn, table, scene_id, [(position[k], item) for k, (_before, item) in changed.items()
                                        if item is not None and k in position])
        if table in patch.order:
            conn.executemany(f"UPDATE {table} SET ord = ? WHERE scene_id = ? AND {key} = ?",
                             [(i, scene_id, k) for k, i in position.items()])
