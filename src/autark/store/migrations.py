"""The project database schema as an ordered list of migrations.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``; a new project runs them all from
0. ``PRAGMA user_version`` holds the version and ``PRAGMA application_id`` marks the file as autark's.
Migrations run inside the caller's transaction, so an upgrade either completes or leaves the file as it was.
Never edit a released migration: append a new one (and a test that upgrades from the previous version).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["APPLICATION_ID", "MAGIC", "MIGRATIONS", "SCHEMA_VERSION", "migrate"]

APPLICATION_ID = 0x4155544B  # "AUTK"
MAGIC = "autark-project"


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema: current state tables plus the append-only command log."""
    conn.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            current_scene_id INTEGER
        );
        CREATE TABLE scenes (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id),
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            active_camera TEXT NOT NULL,
            next_id INTEGER NOT NULL,
            scene_schema INTEGER NOT NULL,
            settings TEXT NOT NULL,   -- JSON
            timeline TEXT NOT NULL    -- JSON
        );
        CREATE TABLE objects (
            scene_id INTEGER NOT NULL REFERENCES scenes(id),
            id TEXT NOT NULL,
            ord INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            parent TEXT,
            data TEXT NOT NULL,       -- JSON of the whole SceneObject
            PRIMARY KEY (scene_id, id)
        );
        CREATE TABLE cameras (
            scene_id INTEGER NOT NULL REFERENCES scenes(id),
            name TEXT NOT NULL,
            ord INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (scene_id, name)
        );
        CREATE TABLE lights (
            scene_id INTEGER NOT NULL REFERENCES scenes(id),
            name TEXT NOT NULL,
            ord INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (scene_id, name)
        );
        CREATE TABLE characters (
            scene_id INTEGER NOT NULL REFERENCES scenes(id),
            id TEXT NOT NULL,
            ord INTEGER NOT NULL,
            name TEXT NOT NULL,
            object_id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (scene_id, id)
        );
        CREATE TABLE templates (name TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE command_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            time TEXT NOT NULL,
            scene_id INTEGER NOT NULL REFERENCES scenes(id),
            kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
            sentence TEXT NOT NULL,
            ops TEXT NOT NULL,        -- JSON list of operators ('[]' for undo/redo)
            patch TEXT NOT NULL,      -- JSON Patch before -> after of this entry
            target_seq INTEGER REFERENCES command_log(seq)  -- undo/redo: the command taken back/again
        );
        -- The undo pointer: the state of every 'do' command. Kept apart from the log so the log never changes.
        CREATE TABLE command_state (
            seq INTEGER PRIMARY KEY REFERENCES command_log(seq),
            state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded'))
        );
        """
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Enforce that the log is append-only, index it per scene, and stamp scenes with their last change."""
    conn.executescript(
        """
        CREATE TRIGGER command_log_no_update BEFORE UPDATE ON command_log
            BEGIN SELECT RAISE(ABORT, 'command_log is append-only'); END;
        CREATE TRIGGER command_log_no_delete BEFORE DELETE ON command_log
            BEGIN SELECT RAISE(ABORT, 'command_log is append-only'); END;
        CREATE INDEX command_log_scene ON command_log (scene_id, seq);
        CREATE INDEX command_state_state ON command_state (state, seq);
        ALTER TABLE scenes ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
        """
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Scene fields without a column of their own (``focus`` and later additions) as one JSON object."""
    conn.executescript("ALTER TABLE scenes ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database from its ``user_version`` to ``target``; returns the version it started at.

    The caller owns the transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); ``sqlite3.executescript`` would
    commit on its own, so migrations get a wrapper that runs their statements one by one.
    """
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(start, target):
        MIGRATIONS[version](_NoCommit(conn))  # type: ignore[arg-type]
        conn.execute(f"PRAGMA user_version = {version + 1}")
    if start == 0 and target > 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("INSERT INTO meta (key, value) VALUES ('magic', ?)", (MAGIC,))
    return start


class _NoCommit:
    """Lets migrations be written with ``executescript`` while keeping them inside one transaction:
    ``sqlite3.executescript`` issues a COMMIT first, so statements are split and executed one by one."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def executescript(self, script: str) -> None:
        for statement in _split_sql(script):
            self._conn.execute(statement)

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)


def _split_sql(script: str) -> list[str]:
    """Split a script into complete statements (triggers contain ';' inside BEGIN ... END)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
