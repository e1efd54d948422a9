"""A project on disk: a folder holding ``project.ams``, an SQLite database.

The database keeps the *current state* of each scene (one row per object, camera, light, character; scene-wide
settings and the timeline as JSON), so opening a project reads rows instead of replaying history, plus an
append-only ``command_log`` of every command, undo and redo with the patch it made. The undo pointer lives
in ``command_state`` so that undo/redo survive restarts.

Durability: WAL journal with ``synchronous=FULL``; every command is ONE transaction (log row, state rows and
undo pointer), so after a crash (even SIGKILL or power loss) a command is either wholly there or not at all.

This module is the only place that does project I/O; the scene model stays pure.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from autark.errors import ProjectError
from autark.ops.patch import Patch
from autark.scene.model import Scene
from autark.store.migrations import APPLICATION_ID, MAGIC, SCHEMA_VERSION, migrate

__all__ = ["FILE_NAME", "LogEntry", "ProjectStore", "project_file"]

FILE_NAME = "project.ams"
_SQLITE_HEADER = b"SQLite format 3\x00"

# Scene collections stored one row per item: table -> (key field, extra indexed columns taken from the item)
# Scene fields stored in columns of the scenes table or in tables of their own; every other field of the
# scene model goes into the scenes.extra JSON column, so a new scene field is stored without a migration.
_SCENE_COLUMNS = {"schema_version", "name", "description", "active_camera", "next_id", "settings", "timeline"}


def _extra_json(scene: Scene) -> str:
    # dump only the extra fields: the objects are most of a scene and are stored in rows of their own
    return json.dumps(scene.model_dump(mode="json", exclude=_SCENE_COLUMNS | set(_TABLES)), ensure_ascii=False)


_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "objects": ("id", ("name", "type", "parent")),
    "cameras": ("name", ()),
    "lights": ("name", ()),
    "characters": ("id", ("name", "object_id")),
}

Kind = Literal["do", "undo", "redo"]


@dataclass(frozen=True)
class LogEntry:
    """One row of the command log. ``state`` is set for ``do`` entries: done, undone or discarded (undone and
    then replaced by a newer command, so it can no longer be redone). ``target_seq`` names the command an
    ``undo``/``redo`` entry took back or carried out again."""

    seq: int
    time: str
    scene_id: int
    kind: Kind
    sentence: str
    ops: list[dict[str, Any]]
    target_seq: int | None
    state: str | None


def project_file(path: str | Path) -> Path:
    """The ``project.ams`` of a project folder (a path to the file itself is accepted too)."""
    p = Path(path)
    return p if p.name == FILE_NAME else p / FILE_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _check_file(db: Path) -> None:
    """Reject what is not an autark project by reading the 100-byte SQLite header, without opening the
    database, so that a rejected file is never touched."""
    folder = db.parent
    if not folder.exists():
        raise ProjectError(f"there is no project at {folder}: the folder does not exist",
                           hint=f"create one with: autark new {folder}")
    if not folder.is_dir():
        raise ProjectError(f"{folder} is a file, not a project folder", hint="give the project's folder")
    if not db.is_file():
        raise ProjectError(f"{folder} is not an autark project: it has no {FILE_NAME}",
                           hint=f"create one with: autark new {folder}")
    try:
        with db.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectError(f"cannot read {db}: {exc.strerror}", hint="check the file's permissions") from None
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise ProjectError(f"{db} is damaged: it is not an SQLite database (truncated or overwritten)",
                           hint="restore it from a backup, or create a new project with autark new")
    user_version, application_id = struct.unpack(">i", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise ProjectError(f"{db} is an SQLite database, but not an autark project "
                           f"(application id {application_id:#010x})",
                           hint="point autark at a folder made with autark new")
    _check_version(db, user_version)


def _check_version(db: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise ProjectError(f"{db} was made by a newer autark (schema {version}, this one knows {SCHEMA_VERSION})",
                           hint="upgrade autark")


class ProjectStore:
    """An open project database. Use ``create`` or ``open``; close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path  # the project folder
        row = conn.execute("SELECT id, name, current_scene_id FROM projects ORDER BY id LIMIT 1").fetchone()
        if row is None:
            raise ProjectError(f"{path / FILE_NAME} holds no project", hint="create a new project with autark new")
        self.project_id, self.name, self.scene_id = row
        self._head = self._last_seq()
        self._grouped = False

    # -- opening --------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None, scene: Scene | None = None) -> ProjectStore:
        """Make a new project folder (it may exist but must not already hold a project)."""
        folder = Path(path)
        db = project_file(folder)
        if db.exists():
            raise ProjectError(f"{folder} already holds an autark project",
                               hint="open it instead, or choose another folder")
        if folder.exists() and not folder.is_dir():
            raise ProjectError(f"{folder} is a file, not a folder", hint="choose a folder name")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(f"cannot create {folder}: {exc.strerror}", hint="choose a writable place") from None
        name = name or folder.resolve().name or "untitled"
        scene = scene or Scene(name=name)
        tmp = db.with_name(FILE_NAME + ".new")
        # Build the database under a temporary name and rename it into place: a crash mid-create leaves no
        # half-made project.ams behind.
        tmp.unlink(missing_ok=True)
        conn = _connect(tmp)
        try:
            with _transaction(conn):
                migrate(conn)
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (_now(),))
                cur = conn.execute("INSERT INTO projects (name, created_at) VALUES (?, ?)", (name, _now()))
                project_id = cur.lastrowid
                scene_id = _insert_scene(conn, project_id, scene)
                conn.execute("UPDATE projects SET current_scene_id = ? WHERE id = ?", (scene_id, project_id))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.replace(db)
        _fsync_dir(folder)  # make the rename itself durable
        return cls.open(folder)

    @classmethod
    def open(cls, path: str | Path) -> ProjectStore:
        """Open an existing project, upgrading its schema if it is older. Raises ProjectError for anything
        that is not a usable autark project, and then leaves the file exactly as it was."""
        db = project_file(path)
        _check_file(db)
        # Verify through a read-only connection first: a rejected file must not be changed, and switching
        # journal mode or migrating would write to it.
        sidecars = [Path(str(db) + suffix) for suffix in ("-wal", "-shm")]
        existed = {p for p in sidecars if p.exists()}
        try:
            ro = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise ProjectError(f"cannot open {db}: {exc}", hint="check the file and its folder's permissions") from None
        try:
            _verify(ro, db)
        except (ProjectError, sqlite3.DatabaseError) as exc:
            ro.close()
            # SQLite made empty -wal/-shm companions while looking; take them away again
            for p in sidecars:
                if p not in existed and p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                    p.unlink(missing_ok=True)
            if isinstance(exc, ProjectError):
                raise
            raise ProjectError(f"{db} is damaged: {exc}",
                               hint="restore it from a backup, or create a new project with autark new") from None
        ro.close()
        try:
            conn = _connect(db)
        except sqlite3.Error as exc:
            raise ProjectError(f"cannot open {db}: {exc}", hint="check the file and its folder's permissions") from None
        try:
            with _transaction(conn):
                # re-read inside the write lock: another process may have upgraded it meanwhile
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                _check_version(db, version)
                if version < SCHEMA_VERSION:
                    migrate(conn)
            return cls(conn, db.parent)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ProjectError(f"{db} is damaged: {exc}",
                               hint="restore it from a backup, or create a new project with autark new") from None
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------------------------
    def load_scene(self) -> Scene:
        """The current scene, read from the current-state tables (no log replay)."""
        row = self._conn.execute(
            "SELECT name, description, active_camera, next_id, scene_schema, settings, timeline, extra "
            "FROM scenes WHERE id = ?", (self.scene_id,)).fetchone()
        if row is None:
            raise ProjectError(f"{self.path / FILE_NAME} has lost its scene", hint="restore it from a backup")
        name, description, active_camera, next_id, scene_schema, settings, timeline, extra = row
        data: dict[str, Any] = {
            **json.loads(extra),
            "schema_version": scene_schema, "name": name, "description": description,
            "active_camera": active_camera, "next_id": next_id,
            "settings": json.loads(settings), "timeline": json.loads(timeline),
        }
        for table in _TABLES:
            rows = self._conn.execute(f"SELECT data FROM {table} WHERE scene_id = ? ORDER BY ord", (self.scene_id,))
            data[table] = [json.loads(r[0]) for r in rows]
        return Scene.model_validate(data)

    def history(self) -> list[LogEntry]:
        return self._entries("l.scene_id = ?", (self.scene_id,))

    def _entries(self, where: str, params: tuple[Any, ...]) -> list[LogEntry]:
        rows = self._conn.execute(
            "SELECT l.seq, l.time, l.scene_id, l.kind, l.sentence, l.ops, l.target_seq, s.state "
            f"FROM command_log l LEFT JOIN command_state s ON s.seq = l.seq WHERE {where} ORDER BY l.seq", params)
        return [LogEntry(seq, time, scene_id, kind, sentence, json.loads(ops), target, state)
                for seq, time, scene_id, kind, sentence, ops, target, state in rows]

    def patch(self, seq: int) -> Patch:
        row = self._conn.execute("SELECT patch FROM command_log WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise ProjectError(f"there is no command #{seq} in the log")
        return Patch.model_validate_json(row[0])

    def undo_target(self) -> LogEntry | None:
        """The command ``undo`` would take back: the newest one still done."""
        return self._entry_in_state("done", "DESC")

    def redo_target(self) -> LogEntry | None:
        """The command ``redo`` would carry out again: the oldest one undone (and not since replaced)."""
        return self._entry_in_state("undone", "ASC")

    def _entry_in_state(self, state: str, order: str) -> LogEntry | None:
        row = self._conn.execute(
            "SELECT l.seq FROM command_log l JOIN command_state s ON s.seq = l.seq "
            f"WHERE l.scene_id = ? AND s.state = ? ORDER BY l.seq {order} LIMIT 1", (self.scene_id, state)).fetchone()
        if row is None:
            return None
        return self._entries("l.seq = ?", (row[0],))[0]

    # -- writing --------------------------------------------------------------------------------------------
    def commit(self, kind: Kind, sentence: str, ops: list[dict[str, Any]], patch: Patch, after: Scene,
               target_seq: int | None = None) -> int:
        """Record one command and the state it leads to, in ONE transaction; returns its log ``seq``.

        ``do`` discards the redo branch; ``undo``/``redo`` move ``target_seq`` between done and undone.
        """
        with _transaction(self._conn) as conn:
            if self._last_seq() != self._head:
                raise ProjectError("the project was changed by another autark while this one had it open",
                                   hint="open it again to see the latest state")
            cur = conn.execute(
                "INSERT INTO command_log (time, scene_id, kind, sentence, ops, patch, target_seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), self.scene_id, kind, sentence, json.dumps(ops, ensure_ascii=False), patch.model_dump_json(),
                 target_seq))
            seq = int(cur.lastrowid or 0)
            if kind == "do":
                conn.execute(
                    "UPDATE command_state SET state = 'discarded' WHERE state = 'undone' AND seq IN "
                    "(SELECT seq FROM command_log WHERE scene_id = ?)", (self.scene_id,))
                conn.execute("INSERT INTO command_state (seq, state) VALUES (?, 'done')", (seq,))
            else:
                new_state, old_state = ("undone", "done") if kind == "undo" else ("done", "undone")
                cur = conn.execute("UPDATE command_state SET state = ? WHERE seq = ? AND state = ?",
                                   (new_state, target_seq, old_state))
                if cur.rowcount != 1:
                    raise ProjectError(f"command #{target_seq} cannot be {kind}ne now")
            _write_state(conn, self.scene_id, patch, after)
        self._head = seq
        return seq

    @contextmanager
    def group(self) -> Iterator[None]:
        """Group commit: the commands committed inside are written in ONE transaction, so they share one
        fsync (a server with many clients pays one disk flush per burst, not one per command). Each command is
        still a savepoint of its own, so one that fails leaves the others. Nothing inside is durable until the
        block ends; if the final commit fails every command of the group is gone and this raises, and the
        caller must re-read the scene (``reload_scene``). Nested groups join the outer one."""
        if self._grouped:
            yield
            return
        head = self._head
        self._grouped = True
        try:
            with _transaction(self._conn):
                yield
        except BaseException:
            self._head = head
            raise
        finally:
            self._grouped = False

    def checkpoint(self) -> None:
        """Fold the write-ahead log into ``project.ams`` (e.g. before copying the file for a backup)."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- small key/value stores ------------------------------------------------------------------------------
    def get_preference(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_preference(self, key: str, value: Any) -> None:
        with _transaction(self._conn) as conn:
            conn.execute("INSERT INTO preferences (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def save_template(self, name: str, kind: str, data: dict[str, Any]) -> None:
        with _transaction(self._conn) as conn:
            conn.execute("INSERT INTO templates (name, kind, data) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                         "SET kind = excluded.kind, data = excluded.data", (name, kind, json.dumps(data)))

    def template(self, name: str) -> tuple[str, dict[str, Any]] | None:
        row = self._conn.execute("SELECT kind, data FROM templates WHERE name = ?", (name,)).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    def is_stale(self) -> bool:
        """True when another process has committed to this scene since this store last read or wrote it."""
        return self._last_seq() != self._head

    def reload_scene(self) -> Scene:
        """Read the current scene again and accept it as the base of the next command."""
        self._head = self._last_seq()
        return self.load_scene()

    def _last_seq(self) -> int:
        row = self._conn.execute("SELECT MAX(seq) FROM command_log WHERE scene_id = ?", (self.scene_id,)).fetchone()
        return int(row[0] or 0)


# -- helpers ------------------------------------------------------------------------------------------------
def _connect(db: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a command is exactly one transaction.
    conn = sqlite3.connect(db, isolation_level=None, timeout=10.0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: the WAL is fsynced at every commit, so a committed command survives power loss as well as SIGKILL.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _verify(conn: sqlite3.Connection, db: Path) -> None:
    """Checks that need SQLite itself (after the header passed): the file is readable and is ours."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise ProjectError(f"{db} is an SQLite database, but not an autark project",
                           hint="point autark at a folder made with autark new")
    _check_version(db, conn.execute("PRAGMA user_version").fetchone()[0])  # the header may lag behind the WAL
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise ProjectError(f"{db} is damaged: {result}",
                           hint="restore it from a backup, or create a new project with autark new")
    row = conn.execute("SELECT value FROM meta WHERE key = 'magic'").fetchone()
    if row is None or row[0] != MAGIC:
        raise ProjectError(f"{db} is not an autark project (no project marker)",
                           hint="point autark at a folder made with autark new")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems cannot fsync a directory; the data itself is already synced
        pass
    finally:
        os.close(fd)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if conn.in_transaction:  # inside a group commit: this part can fail on its own
        conn.execute("SAVEPOINT part")
        try:
            yield conn
            conn.execute("RELEASE part")
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may have rolled the whole transaction back itself (disk full)
                conn.execute("ROLLBACK TO part")
                conn.execute("RELEASE part")
            if isinstance(exc, sqlite3.OperationalError):
                raise _write_error(exc) from None
            raise
        return
    # IMMEDIATE takes the write lock up front, so two autark processes never interleave a command.
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _write_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise _write_error(exc) from None
        raise


def _write_error(exc: sqlite3.OperationalError) -> ProjectError:
    """Environment problems while writing (locked, read-only, disk full) as errors a person can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ProjectError("the project is busy: another autark has been writing to it for over 10 seconds",
                            hint="wait for the other program to finish, then try again")
    if "readonly" in text or "read-only" in text:
        return ProjectError("the project is read-only", hint="check the permissions of the project folder")
    if "full" in text:
        return ProjectError("the disk is full; nothing was saved", hint="free some space and try again")
    return ProjectError(f"cannot write the project: {text}", hint="check the project folder and the disk")


def _insert_scene(conn: sqlite3.Connection, project_id: int | None, scene: Scene) -> int:
    cur = conn.execute(
        "INSERT INTO scenes (project_id, name, description, active_camera, next_id, scene_schema, settings, "
        "timeline, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (project_id, scene.name, scene.description, scene.active_camera, scene.next_id, scene.schema_version,
         scene.settings.model_dump_json(), scene.timeline.model_dump_json(), _extra_json(scene)))
    scene_id = int(cur.lastrowid or 0)
    data = scene.model_dump(mode="json")
    for table in _TABLES:
        _upsert(conn, table, scene_id, list(enumerate(data[table])))
    return scene_id


def _upsert(conn: sqlite3.Connection, table: str, scene_id: int, items: list[tuple[int, dict[str, Any]]]) -> None:
    """Insert or update rows from (position in the list, item as JSON data) pairs."""
    key, extra = _TABLES[table]
    columns = ("scene_id", key, "ord", *extra, "data")
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT (scene_id, {key}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in columns[2:]))
    rows = [(scene_id, item[key], i, *(item.get(c) for c in extra), json.dumps(item, ensure_ascii=False))
            for i, item in items]
    conn.executemany(sql, rows)


def _write_state(conn: sqlite3.Connection, scene_id: int, patch: Patch, after: Scene) -> None:
    """Bring the current-state rows from the patch's 'before' to ``after``, touching only what changed."""
    conn.execute(
        "UPDATE scenes SET name = ?, description = ?, active_camera = ?, next_id = ?, scene_schema = ?, "
        "settings = ?, timeline = ?, extra = ?, updated_at = ? WHERE id = ?",
        (after.name, after.description, after.active_camera, after.next_id, after.schema_version,
         after.settings.model_dump_json(), after.timeline.model_dump_json(), _extra_json(after), _now(),
         scene_id))
    for table, (key, _extra) in _TABLES.items():
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
