"""``autark doctor``: check a project file thoroughly and say what is wrong, without changing a byte of it.

More than ``ProjectStore.open`` checks (that one must stay fast): SQLite's full ``integrity_check``, indexes and
triggers, every command-log entry against its checksum and as JSON, the undo states, every scene, the
preferences and templates, and the log walked backwards from the stored scene (each entry must have left the
scene as the next one found it), ending at a scene that still validates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from autark.errors import AutarkError, ProjectError
from autark.ops.patch import Patch
from autark.scene.model import Scene
from autark.store import cipher
from autark.store.checks import (
    check_header,
    check_log,
    check_schema,
    check_version,
    integrity_check,
    read_only,
)
from autark.store.migrations import APPLICATION_ID, MAGIC, read_schema
from autark.store.project import BUSY_TIMEOUT_S, FILE_NAME, project_file
from autark.store.scene_rows import SCENE_TABLES, parse_json, read_project, read_scene, validation_message

__all__ = ["Check", "Report", "diagnose"]

_KEYS = {table: key for table, (key, _columns) in SCENE_TABLES.items()}  # the key field of each collection
_MAX_LISTED = 20  # problems listed per check; the rest are counted


@dataclass
class Check:
    """One part of the file that was checked: ``problems`` is empty when it is sound; ``detail`` says what was
    found (sizes, counts) either way."""

    name: str
    detail: str = ""
    problems: list[str] = field(default_factory=list)

    def add(self, problem: str) -> None:
        if len(self.problems) < _MAX_LISTED:
            self.problems.append(problem)
        elif len(self.problems) == _MAX_LISTED:
            self.problems.append("(more problems not listed)")


@dataclass
class Report:
    """What ``diagnose`` found, check by check, in the order they ran (it stops early when the file cannot be
    read at all)."""

    path: Path
    checks: list[Check] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return bool(self.checks) and not any(c.problems for c in self.checks)

    def check(self, name: str) -> Check:
        self.checks.append(Check(name))
        return self.checks[-1]


def diagnose(path: str | Path, *, passphrase: str | None = None) -> Report:
    """Check the project at ``path`` (its folder or its ``project.ams``) and report every problem found.
    Opens the file read-only and never writes to it; an encrypted project needs its ``passphrase``."""
    db = project_file(path)
    report = Report(db)
    file = report.check("file")
    if not db.exists():
        file.add(f"there is no {FILE_NAME} in {db.parent}")
        return report
    if db.is_dir():
        file.add(f"{db} is a folder, not a project file")
        return report
    encrypted = cipher.is_encrypted(db.parent)
    try:
        if encrypted:
            cipher.check_encrypted_header(db)
            cipher.check_passphrase(passphrase, db.parent)
        else:
            check_header(db)
    except AutarkError as exc:
        file.add(_problem(exc, db) if isinstance(exc, ProjectError) else str(exc))
        return report
    try:
        with read_only(db, timeout_s=BUSY_TIMEOUT_S, passphrase=passphrase if encrypted else None) as conn:
            if encrypted:
                cipher.check_key(conn, db)
            _diagnose_database(conn, db, report, file)
    except ProjectError as exc:  # the passphrase is wrong
        file.add(_problem(exc, db))
    except cipher.ERRORS as exc:
        report.checks[-1].add(f"SQLite cannot read it: {exc}")
    return report


def _diagnose_database(conn: sqlite3.Connection, db: Path, report: Report, file: Check) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        file.add("it is an SQLite database, but its application id is not autark's")
        return
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    try:
        check_version(db, version)
    except ProjectError as exc:
        file.add(_problem(exc, db))
        return
    file.detail = f"SQLite, autark project, schema {version}, {db.stat().st_size:,} bytes"

    integrity = report.check("integrity")
    results = integrity_check(conn, 100)
    if results != ["ok"]:
        for result in results:
            integrity.add(f"SQLite's integrity_check says: {result}")
        return  # a broken b-tree makes every later reading doubtful
    integrity.detail = "SQLite's integrity_check: ok"

    schema = report.check("schema")
    for problem in check_schema(read_schema(conn), version, thorough=True):
        schema.add(problem)
    if schema.problems:
        return
    row = conn.execute("SELECT value FROM meta WHERE key = 'magic'").fetchone()
    if row is None or row[0] != MAGIC:
        schema.add("the project marker (meta 'magic') is missing or wrong")
    schema.detail = f"every table, column, index and trigger of schema {version}"

    _diagnose_log(conn, db, version, report.check("command log"))
    scene = _diagnose_scenes(conn, db, report.check("scenes"))
    _diagnose_settings(conn, db, report.check("preferences and templates"))
    if scene is not None:
        _diagnose_replay(conn, db, scene, report.check("replay"))


def _diagnose_log(conn: sqlite3.Connection, db: Path, version: int, check: Check) -> None:
    count = conn.execute("SELECT COUNT(*) FROM command_log").fetchone()[0]
    if version >= 4:
        try:
            check_log(conn, db)
        except ProjectError as exc:
            check.add(_problem(exc, db))
        chain = "checksums chained and verified"
    else:
        chain = "no checksums before schema 4 (added when autark next opens it)"
    seqs: set[int] = set()
    do_seqs: set[int] = set()
    for seq, kind, ops, patch, target in conn.execute(
            "SELECT seq, kind, ops, patch, target_seq FROM command_log ORDER BY seq"):
        seqs.add(seq)
        if kind == "do":
            do_seqs.add(seq)
        elif target not in do_seqs:
            check.add(f"entry #{seq} ({kind}) names command #{target}, which is not an earlier command")
        try:
            if not isinstance(parse_json(ops, db, f"the operators of entry #{seq}"), list):
                check.add(f"the operators of entry #{seq} are not a JSON list")
        except ProjectError as exc:
            check.add(_problem(exc, db))
        try:
            Patch.model_validate_json(patch)
        except ValidationError as exc:
            check.add(f"the patch of entry #{seq} is not valid ({validation_message(exc)})")
    states = dict(conn.execute("SELECT seq, state FROM command_state").fetchall())
    for seq in sorted(do_seqs - states.keys()):
        check.add(f"command #{seq} has no undo state")
    for seq in sorted(states.keys() - do_seqs):
        check.add(f"there is an undo state for #{seq}, which is not a command of the log")
    check.detail = f"{count:,} entries, {chain}"


def _diagnose_scenes(conn: sqlite3.Connection, db: Path, check: Check) -> Scene | None:
    """Read every scene; returns the current one if it reads and validates."""
    try:
        _project_id, name, current_id = read_project(conn, db)
    except ProjectError as exc:
        check.add(_problem(exc, db))
        return None
    current = None
    scene_ids = [r[0] for r in conn.execute("SELECT id FROM scenes ORDER BY id")]
    if current_id not in scene_ids:
        check.add(f"the current scene #{current_id} of project {name!r} is missing")
    for scene_id in scene_ids:
        try:
            scene = read_scene(conn, scene_id, db)
        except ProjectError as exc:
            check.add(f"scene #{scene_id}: {_problem(exc, db)}")
            continue
        for table, key in _KEYS.items():
            for row_key, data in conn.execute(f"SELECT {key}, data FROM {table} WHERE scene_id = ?", (scene_id,)):
                if parse_json(data, db, table).get(key) != row_key:  # read_scene has parsed it already
                    check.add(f"scene #{scene_id}: the {table} row {row_key!r} holds the data of another one")
        if scene_id == current_id:
            current = scene
    if current is not None:
        check.detail = (f"{len(scene_ids)} scene(s); the current one, {current.name!r}, validates: "
                        f"{len(current.objects)} object(s), {len(current.cameras)} camera(s), "
                        f"{len(current.lights)} light(s), {len(current.characters)} character(s)")
    return current if not check.problems else None


def _diagnose_settings(conn: sqlite3.Connection, db: Path, check: Check) -> None:
    count = 0
    for what, sql in (("preference", "SELECT key, value FROM preferences"),
                      ("template", "SELECT name, data FROM templates")):
        for key, text in conn.execute(sql):
            count += 1
            try:
                parse_json(text, db, f"the {what} {key!r}")
            except ProjectError as exc:
                check.add(_problem(exc, db))
    check.detail = f"{count} stored"


def _diagnose_replay(conn: sqlite3.Connection, db: Path, scene: Scene, check: Check) -> None:
    """Walk the current scene's log backwards from the stored scene: the state after each entry must be what
    the scene was then, and taking every entry back must end at a scene that validates."""
    _project_id, _name, scene_id = read_project(conn, db)
    data = scene.model_dump(mode="json")
    keys = {name: [item[key] for item in data[name]] for name, key in _KEYS.items()}
    items = {name: {item[key]: item for item in data[name]} for name, key in _KEYS.items()}
    fields = {name: value for name, value in data.items() if name not in _KEYS}
    rows = conn.execute("SELECT seq, sentence, patch FROM command_log WHERE scene_id = ? ORDER BY seq DESC",
                        (scene_id,)).fetchall()
    for seq, sentence, text in rows:
        try:
            patch = Patch.model_validate_json(text)
        except ValidationError:
            check.add(f"cannot walk back past entry #{seq}: its patch is damaged")
            return
        differs = _differences(patch, keys, items, fields)
        if differs:
            check.add(f"the log does not lead to the stored scene: after entry #{seq} ({sentence!r}) "
                      f"{', '.join(differs)} differ(s) from what the next step found")
            return
        # take the entry back: the 'before' side of its patch
        for name, changed in patch.items.items():
            for key, (before, _after) in changed.items():
                if before is None:
                    items[name].pop(key, None)
                else:
                    items[name][key] = before
        for name, changed in patch.items.items():
            if name not in patch.order:  # appends only (ops.patch): the order follows from the items
                kept = [k for k in keys[name] if k in items[name]]
                keys[name] = kept + [k for k, (before, _a) in changed.items() if before is not None and k not in kept]
        for name, (before_order, _after_order) in patch.order.items():
            keys[name] = list(before_order)
        for name, (before, _after) in patch.fields.items():
            fields[name] = before
    first = {**fields, **{name: [items[name][k] for k in keys[name] if k in items[name]] for name in _KEYS}}
    try:
        Scene.model_validate(first)
    except ValidationError as exc:
        check.add(f"taking back all {len(rows)} entries gives a scene that does not validate "
                  f"({validation_message(exc)})")
        return
    check.detail = f"the {len(rows):,} entries of the current scene lead to the stored scene"


def _differences(patch: Patch, keys: dict[str, list[Any]], items: dict[str, dict[Any, Any]],
                 fields: dict[str, Any]) -> list[str]:
    """What the scene as found differs in from the 'after' side of ``patch`` (fields the patch does not hold,
    e.g. added to the scene model later, are not compared)."""
    differs = [f"the unknown collection {name!r}" for name in patch.items.keys() | patch.order.keys()
               if name not in items]
    if differs:
        return differs
    for name, changed in patch.items.items():
        for key, (_before, after) in changed.items():
            have = items[name].get(key)
            if (after is None) != (have is None) or (after is not None and not _covers(have, after)):
                differs.append(f"{name} {key!r}")
    for name, (_before, after) in patch.order.items():
        if keys[name] != list(after):
            differs.append(f"the order of {name}")
    for name, (_before, after) in patch.fields.items():
        if name not in fields or not _covers(fields[name], after):
            differs.append(name)
    return differs


def _covers(have: Any, want: Any) -> bool:
    """``have`` holds everything ``want`` does (dicts may have more keys)."""
    if isinstance(want, dict):
        return isinstance(have, dict) and all(k in have and _covers(have[k], v) for k, v in want.items())
    if isinstance(want, list):
        return isinstance(have, list) and len(have) == len(want) and all(map(_covers, have, want))
    return bool(have == want)


def _problem(exc: ProjectError, db: Path) -> str:
    """The problem an error names, without the file (the report names it once)."""
    return exc.message.removeprefix(f"{db} is damaged: ")
