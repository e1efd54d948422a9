"""A project on disk: a folder holding ``project.ams``, an SQLite database.

The database keeps the *current state* of each scene (one row per object, camera, light, character; scene-wide
settings and the timeline as JSON), so opening a project reads rows instead of replaying history, plus an
append-only ``command_log`` of every command, undo and redo with the patch it made. The undo pointer lives
in ``command_state`` so that undo/redo survive restarts.

Durability: WAL journal with ``synchronous=FULL``; every command is ONE transaction (log row, state rows and
undo pointer), so after a crash (even SIGKILL or power loss) a command is either wholly there or not at all.

Damage: ``open`` checks a file through a read-only connection before anything writes to it (``store.checks``),
so a file it refuses stays byte-identical; every log entry carries a checksum chained to the entry before it,
checked on open (the newest entries) and again before undo/redo applies an entry's patch. ``store.doctor``
checks everything.

This module is the only place that opens a project and writes to it; the scene's rows themselves are read and
written by ``store.scene_rows`` inside its transactions, and the scene model stays pure.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Concatenate, Literal, ParamSpec, TypeVar

from pydantic import ValidationError

from autark.errors import ProjectError
from autark.ops.patch import Patch
from autark.scene.model import Scene
from autark.store import cipher
from autark.store.checks import (
    check_database,
    check_header,
    check_log,
    check_version,
    damaged,
    entry_intact,
    read_only,
)
from autark.store.migrations import LOG_COLUMNS, SCHEMA_VERSION, log_checksum, migrate
from autark.store.scene_rows import (
    insert_scene,
    parse_json,
    read_project,
    read_scene,
    validation_message,
    write_state,
)

__all__ = ["FILE_NAME", "LogEntry", "ProjectStore", "project_file"]

FILE_NAME = "project.ams"
# how long to wait for another program's lock (a writer, a checkpoint) before saying the project is busy
BUSY_TIMEOUT_S = 10.0
# how many of the newest command-log entries ``open`` checks against their checksums (all of a shorter log), so
# opening stays fast however long the log grows; undo/redo check each entry they use, autark doctor all of them
OPEN_CHECKS_ENTRIES = 1000

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


def _check_file(db: Path, encrypted: bool = False) -> None:
    """Reject what is not a usable autark project from the file system and the 100-byte SQLite header, without
    opening the database, so that a rejected file is never touched. An encrypted file has no readable header:
    its first read, with the passphrase, checks it."""
    folder = db.parent
    if not folder.exists():
        raise ProjectError(f"there is no project at {folder}: the folder does not exist",
                           hint=f"create one with: autark new {folder}")
    if not folder.is_dir():
        raise ProjectError(f"{folder} is a file, not a project folder", hint="give the project's folder")
    if db.is_dir():
        raise ProjectError(f"{db} is a folder, not a project file",
                           hint=f"move it away; a project keeps its data in the file {FILE_NAME}")
    if not db.is_file():
        raise ProjectError(f"{folder} is not an autark project: it has no {FILE_NAME}",
                           hint=f"create one with: autark new {folder}")
    if encrypted:
        cipher.check_encrypted_header(db)
    else:
        check_header(db)
    # SQLite opens an unwritable file read-only without a word and fails at the first write; say it up front
    if not os.access(db, os.W_OK):
        raise ProjectError(f"{db} is read-only", hint=f"make it writable (chmod u+w {db}) to work on the project")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ProjectError(f"the project folder {folder} is read-only",
                           hint="autark writes its journal beside the project file: make the folder writable")


_R = TypeVar("_R")
_P = ParamSpec("_P")


def _reads(method: Callable[Concatenate[ProjectStore, _P], _R]) -> Callable[Concatenate[ProjectStore, _P], _R]:
    """For the reading methods of ProjectStore: what SQLite says about a file damaged where ``open`` did not
    look (an older log entry, say) becomes a ProjectError; so does text that is not UTF-8."""

    @functools.wraps(method)
    def reading(self: ProjectStore, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except (*cipher.DATABASE_ERRORS, UnicodeDecodeError) as exc:
            raise _open_error(exc, self.path / FILE_NAME) from None

    return reading


class ProjectStore:
    """An open project database. Use ``create`` or ``open``; close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, passphrase: str | None = None) -> None:
        self._conn = conn
        self.path = path  # the project folder
        self._passphrase = passphrase  # an encrypted project's, for sealing its files (file_key)
        self.project_id, self.name, self.scene_id = read_project(conn, path / FILE_NAME)
        self._head = self._last_seq()
        self._grouped = False
        self._checked_scene: tuple[str, Scene] | None = None  # read while checking the file: (log head, scene)

    # -- opening --------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None, scene: Scene | None = None,
               passphrase: str | None = None) -> ProjectStore:
        """Make a new project folder (it may exist but must not already hold a project); with ``passphrase``
        an encrypted one (``store.cipher``)."""
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
        if passphrase is not None:
            cipher.check_passphrase(passphrase, folder)
            cipher.sqlcipher()  # installed, or say how, before anything is made
        name = name or folder.resolve().name or "untitled"
        scene = scene or Scene(name=name)
        tmp = db.with_name(FILE_NAME + ".new")
        # Build the database under a temporary name and rename it into place: a crash mid-create leaves no
        # half-made project.ams behind.
        tmp.unlink(missing_ok=True)
        if passphrase is not None:
            cipher.write_marker(folder)  # first: a project.ams without its marker would read as damaged
        conn = _connect(tmp, passphrase=passphrase)
        try:
            with _transaction(conn):
                migrate(conn)
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (_now(),))
                cur = conn.execute("INSERT INTO projects (name, created_at) VALUES (?, ?)", (name, _now()))
                project_id = cur.lastrowid
                scene_id = insert_scene(conn, project_id, scene)
                conn.execute("UPDATE projects SET current_scene_id = ? WHERE id = ?", (scene_id, project_id))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.replace(db)
        _fsync_dir(folder)  # make the rename itself durable
        return cls.open(folder, passphrase=passphrase)

    @classmethod
    def open(cls, path: str | Path, *, passphrase: str | None = None) -> ProjectStore:
        """Open an existing project, upgrading its schema if it is older. Raises ProjectError for anything
        that is not a usable autark project, and then leaves the file exactly as it was.

        Everything is checked through a read-only connection before the first write (the switch to WAL, a
        migration): the header, the schema, ``integrity_check``, the command log's checksum chain (its newest
        ``OPEN_CHECKS_ENTRIES`` entries) and the scene itself, which must read and validate. An encrypted project
        needs its ``passphrase``; a wrong one is a ProjectError and changes nothing."""
        db = project_file(path)
        encrypted = cipher.is_encrypted(db.parent)
        key = cipher.check_passphrase(passphrase, db.parent) if encrypted else None
        _check_file(db, encrypted)
        version, head, scene = _check_read_only(db, key)
        try:
            conn = _connect(db, wal=False, passphrase=key)
        except cipher.ERRORS as exc:
            raise _open_error(exc, db) from None
        try:
            if version < SCHEMA_VERSION:
                # upgraded before the switch to WAL: an upgrade that fails is rolled back to the very bytes
                with _transaction(conn):
                    # re-read inside the write lock: another process may have upgraded it meanwhile
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    check_version(db, version)
                    if version < SCHEMA_VERSION:
                        migrate(conn)
            _use_wal(conn)
            store = cls(conn, db.parent, key)
            if head is not None and _log_head(conn) == head:  # nothing committed since the check
                store._checked_scene = (head, scene)
            return store
        except cipher.DATABASE_ERRORS as exc:
            conn.close()
            raise damaged(db, str(exc)) from None
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    def file_key(self) -> bytes | None:
        """The key that seals an encrypted project's files (``cipher.seal_file``); None for a plain project."""
        return None if self._passphrase is None else cipher.file_key(self.path, self._passphrase)

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------------------------
    @_reads
    def load_scene(self) -> Scene:
        """The current scene, read from the current-state tables (no log replay). Raises ProjectError when a row
        is damaged (not JSON, or not a valid part of a scene)."""
        checked, self._checked_scene = self._checked_scene, None
        if checked is not None and _log_head(self._conn) == checked[0]:
            return checked[1]  # read and validated while opening; nothing has changed since
        return read_scene(self._conn, self.scene_id, self.path / FILE_NAME)

    @_reads
    def history(self) -> list[LogEntry]:
        return self._entries("l.scene_id = ?", (self.scene_id,))

    def _entries(self, where: str, params: tuple[Any, ...]) -> list[LogEntry]:
        rows = self._conn.execute(
            "SELECT l.seq, l.time, l.scene_id, l.kind, l.sentence, l.ops, l.target_seq, s.state "
            f"FROM command_log l LEFT JOIN command_state s ON s.seq = l.seq WHERE {where} ORDER BY l.seq", params)
        db = self.path / FILE_NAME
        return [LogEntry(seq, time, scene_id, kind, sentence, parse_json(ops, db, f"entry #{seq} of the command log"),
                         target, state)
                for seq, time, scene_id, kind, sentence, ops, target, state in rows]

    @_reads
    def patch(self, seq: int) -> Patch:
        """The patch of log entry ``seq``, after checking the entry against its checksum: a damaged patch is
        refused with a ProjectError before undo or redo can apply it."""
        row = self._conn.execute(f"SELECT {', '.join(LOG_COLUMNS)}, checksum FROM command_log WHERE seq = ?",
                                 (seq,)).fetchone()
        if row is None:
            raise ProjectError(f"there is no command #{seq} in the log")
        db = self.path / FILE_NAME
        previous = self._conn.execute("SELECT checksum FROM command_log WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                                      (seq,)).fetchone()
        *values, stored = row
        if not entry_intact(previous[0] if previous else "", values, stored):
            raise damaged(db, f"entry #{seq} of the command log is damaged (its checksum does not match)")
        try:
            return Patch.model_validate_json(values[LOG_COLUMNS.index("patch")])
        except ValidationError as exc:
            raise damaged(db, f"the patch of entry #{seq} of the command log is not valid: {validation_message(exc)}") \
                from None

    @_reads
    def undo_target(self) -> LogEntry | None:
        """The command ``undo`` would take back: the newest one still done."""
        return self._entry_in_state("done", "DESC")

    @_reads
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
            # the entry's checksum chains it to the newest entry of the whole log (every scene's)
            last = conn.execute("SELECT seq, checksum FROM command_log ORDER BY seq DESC LIMIT 1").fetchone()
            seq = (last[0] if last else 0) + 1
            row = (seq, _now(), self.scene_id, kind, sentence, json.dumps(ops, ensure_ascii=False),
                   patch.model_dump_json(), target_seq)
            checksum = log_checksum(last[1] if last else "", *row)
            conn.execute(f"INSERT INTO command_log ({', '.join(LOG_COLUMNS)}, checksum) "
                         f"VALUES ({', '.join('?' * (len(LOG_COLUMNS) + 1))})", (*row, checksum))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'log_head'", (checksum,))
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
            write_state(conn, self.scene_id, patch, after, _now())
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
    @_reads
    def get_preference(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
        return default if row is None else parse_json(row[0], self.path / FILE_NAME, f"the preference {key!r}")

    def set_preference(self, key: str, value: Any) -> None:
        with _transaction(self._conn) as conn:
            conn.execute("INSERT INTO preferences (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def save_template(self, name: str, kind: str, data: dict[str, Any]) -> None:
        with _transaction(self._conn) as conn:
            conn.execute("INSERT INTO templates (name, kind, data) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                         "SET kind = excluded.kind, data = excluded.data", (name, kind, json.dumps(data)))

    @_reads
    def template(self, name: str) -> tuple[str, dict[str, Any]] | None:
        row = self._conn.execute("SELECT kind, data FROM templates WHERE name = ?", (name,)).fetchone()
        return None if row is None else (row[0], parse_json(row[1], self.path / FILE_NAME, f"the template {name!r}"))

    @_reads
    def is_stale(self) -> bool:
        """True when another process has committed to this scene since this store last read or wrote it."""
        return self._last_seq() != self._head

    @_reads
    def reload_scene(self) -> Scene:
        """Read the current scene again and accept it as the base of the next command."""
        self._head = self._last_seq()
        return self.load_scene()

    def _last_seq(self) -> int:
        row = self._conn.execute("SELECT MAX(seq) FROM command_log WHERE scene_id = ?", (self.scene_id,)).fetchone()
        return int(row[0] or 0)


# -- helpers ------------------------------------------------------------------------------------------------
def _connect(db: Path, *, wal: bool = True, passphrase: str | None = None) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a command is exactly one transaction.
    if passphrase is not None:
        conn = cipher.connect(db, passphrase, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    else:
        conn = sqlite3.connect(db, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    # FULL: the WAL is fsynced at every commit, so a committed command survives power loss as well as SIGKILL.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if wal:
        _use_wal(conn)
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """The write-ahead log: readers never wait for a writer (a change of the file's header, once)."""
    conn.execute("PRAGMA journal_mode = WAL")


def _check_read_only(db: Path, passphrase: str | None = None) -> tuple[int, str | None, Scene | None]:
    """Check a project through a read-only connection, so a file that fails is left exactly as it was; returns
    its schema version and, for a current one, the log head and the scene it read (None, None for older ones:
    they are upgraded first and read after)."""
    try:
        with read_only(db, timeout_s=BUSY_TIMEOUT_S, passphrase=passphrase) as conn:
            if passphrase is not None:
                cipher.check_key(conn, db)
            version = check_database(conn, db)
            scene_id = read_project(conn, db)[2]
            if version < SCHEMA_VERSION:  # upgraded before use; its scene must read all the same (extra: schema 3)
                read_scene(conn, scene_id, db, extra="extra" if version >= 3 else "'{}'")
                return version, None, None
            head = check_log(conn, db, newest=OPEN_CHECKS_ENTRIES)
            return version, head, read_scene(conn, scene_id, db)
    except (*cipher.ERRORS, UnicodeDecodeError) as exc:  # text that is not UTF-8 is damage too
        raise _open_error(exc, db) from None


def _open_error(exc: sqlite3.Error | UnicodeDecodeError, db: Path) -> ProjectError:
    """An SQLite error while opening or checking, as an error a person can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ProjectError(f"the project is busy: another program has held a lock on {db} for over "
                            f"{BUSY_TIMEOUT_S:g} seconds", hint="close or wait for the other program, then try again")
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return ProjectError(f"cannot open {db}: {text}", hint="check the file and its folder's permissions")
    return damaged(db, text)


def _log_head(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'log_head'").fetchone()
    return None if row is None else row[0]


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
            if isinstance(exc, cipher.DATABASE_ERRORS):
                raise _write_error(exc) from None
            raise
        return
    # IMMEDIATE takes the write lock up front, so two autark processes never interleave a command.
    try:
        conn.execute("BEGIN IMMEDIATE")
    except cipher.DATABASE_ERRORS as exc:
        raise _write_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, cipher.DATABASE_ERRORS):
            raise _write_error(exc) from None
        raise


def _write_error(exc: sqlite3.DatabaseError) -> ProjectError:
    """Problems while writing (locked, read-only, disk full, a damaged file) as errors a person can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ProjectError(f"the project is busy: another autark has been writing to it for over "
                            f"{BUSY_TIMEOUT_S:g} seconds", hint="wait for the other program to finish, then try again")
    if "readonly" in text or "read-only" in text:
        return ProjectError("the project is read-only", hint="check the permissions of the project folder")
    if "full" in text:
        return ProjectError("the disk is full; nothing was saved", hint="free some space and try again")
    if "malformed" in text or "not a database" in text:
        return ProjectError(f"the project file is damaged: {text}; nothing was saved",
                            hint=f"run autark doctor on the project to see every problem; restore {FILE_NAME} "
                                 "from a backup")
    return ProjectError(f"cannot write the project: {text}", hint="check the project folder and the disk")
