"""The project database schema as an ordered list of migrations.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``; a new project runs them all from
0. ``PRAGMA user_version`` holds the version and ``PRAGMA application_id`` marks the file as autark's.
Migrations run inside the caller's transaction, so an upgrade either completes or leaves the file as it was.
Never edit a released migration: append a new one (and a test that upgrades from the previous version).

From schema 4 every ``command_log`` row carries a ``checksum`` chained to the row before it (``log_checksum``),
so a torn or truncated log is found before its patches are used. The checksum is part of the file format:
never change ``log_checksum``; a different one needs a new migration.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["APPLICATION_ID", "LOG_COLUMNS", "MAGIC", "MIGRATIONS", "SCHEMA_VERSION", "Schema", "expected_schema",
           "log_checksum", "migrate", "read_schema"]

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


# the command_log columns a checksum covers, in the order ``log_checksum`` takes them
LOG_COLUMNS = ("seq", "time", "scene_id", "kind", "sentence", "ops", "patch", "target_seq")


def log_checksum(previous: str, seq: int, time: str, scene_id: int, kind: str, sentence: str | bytes,
                 ops: str | bytes, patch: str | bytes, target_seq: int | None) -> str:
    """The checksum of one command_log row: sha256 (hex) over the row's columns and the checksum of the row
    before it ("" for the first), so a changed, lost or reordered row breaks the chain from there on.

    The long columns may be given as their UTF-8 bytes (``CAST(patch AS BLOB)`` skips decoding them). Raises
    ``TypeError`` for a value of the wrong type (a damaged row: a number where text belongs, a blob).
    """
    for text in (previous, time, kind):
        if not isinstance(text, str):
            raise TypeError(f"expected text, found {type(text).__name__}")
    for number in (seq, scene_id, target_seq):
        if number is not None and (not isinstance(number, int) or isinstance(number, bool)):
            raise TypeError(f"expected an integer, found {type(number).__name__}")
    long = [_utf8(sentence), _utf8(ops), _utf8(patch)]
    # the short columns with the lengths of the long ones, which follow as raw UTF-8: unambiguous, and cheap
    head = (f"{previous}|{seq}|{len(time)}:{time}|{scene_id}|{len(kind)}:{kind}|{target_seq}|"
            f"{len(long[0])}|{len(long[1])}|{len(long[2])}|")
    digest = hashlib.sha256(head.encode("utf-8"))
    for data in long:
        digest.update(data)
    return digest.hexdigest()


def _utf8(text: str | bytes) -> bytes:
    if isinstance(text, bytes):
        return text
    if not isinstance(text, str):
        raise TypeError(f"expected text, found {type(text).__name__}")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: SQLite could not have stored it either
        raise TypeError(f"text that is not UTF-8: {exc.reason}") from None


_NO_UPDATE = """
CREATE TRIGGER command_log_no_update BEFORE UPDATE ON command_log
    BEGIN SELECT RAISE(ABORT, 'command_log is append-only'); END;
"""


def _v4(conn: sqlite3.Connection) -> None:
    """A checksum per command_log row (see ``log_checksum``), computed here for the rows already there; the
    append-only trigger is lifted for this one update and put back."""
    conn.executescript(
        """
        DROP TRIGGER command_log_no_update;
        ALTER TABLE command_log ADD COLUMN checksum TEXT NOT NULL DEFAULT '';
        """
    )
    previous, last_seq = "", 0
    while True:  # in batches, so a long log is never all in memory at once
        rows = conn.execute(f"SELECT {', '.join(LOG_COLUMNS)} FROM command_log WHERE seq > ? ORDER BY seq LIMIT 500",
                            (last_seq,)).fetchall()
        if not rows:
            break
        for row in rows:
            previous = log_checksum(previous, *row)
            conn.execute("UPDATE command_log SET checksum = ? WHERE seq = ?", (previous, row[0]))
        last_seq = rows[-1][0]
    # the checksum of the newest entry, so a log that loses its last entries is found too
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('log_head', ?)", (previous,))
    conn.executescript(_NO_UPDATE)


def _v5(conn: sqlite3.Connection) -> None:
    """The decisions the engine made on the user's behalf (``autark.language.decisions.Decision``), each with
    the log entry of the command that made it: where a thing was put and which spots it turned down, and why.
    Kept beside the log, not in it, so the log's rows and checksums stay as they are."""
    conn.executescript(
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            seq INTEGER REFERENCES command_log(seq),
            kind TEXT NOT NULL,
            data TEXT NOT NULL        -- JSON of the Decision
        );
        CREATE INDEX decisions_seq ON decisions (seq);
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database from its ``user_version`` to ``target``; returns the version it started at.

    The caller owns the transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); ``sqlite3.executescript`` would
    commit on its own, so migrations get a wrapper that runs their statements one by one.
    """
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    if not 0 <= start <= target <= len(MIGRATIONS):
        raise ValueError(f"cannot migrate from schema {start} to {target}: autark knows 0 to {len(MIGRATIONS)}")
    for version in range(start, target):
        MIGRATIONS[version](_NoCommit(conn))  # type: ignore[arg-type]
        conn.execute(f"PRAGMA user_version = {version + 1}")
    if start == 0 and target > 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("INSERT INTO meta (key, value) VALUES ('magic', ?)", (MAGIC,))
    return start


@dataclass(frozen=True)
class Schema:
    """What the migrations up to one version create: table -> its columns, and the names of indexes and triggers."""

    tables: dict[str, tuple[str, ...]]
    indexes: frozenset[str]
    triggers: frozenset[str]


@functools.cache
def expected_schema(version: int) -> Schema:
    """The schema that ``MIGRATIONS[:version]`` create, read back from an in-memory database built with them."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        migrate(conn, target=version)
        conn.execute("COMMIT")
        return read_schema(conn)
    finally:
        conn.close()


def read_schema(conn: sqlite3.Connection) -> Schema:
    """The tables (with their columns), indexes and triggers of a database."""
    entries = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables = {name: tuple(col[1] for col in conn.execute(f"PRAGMA table_info('{name}')"))
              for kind, name in entries if kind == "table" and "'" not in name}
    return Schema(tables, frozenset(n for k, n in entries if k == "index"),
                  frozenset(n for k, n in entries if k == "trigger"))


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
