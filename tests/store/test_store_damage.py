"""Damaged project files: each form is refused with a ProjectError that names the problem and says what to do,
and the file is left byte-identical; the command log's checksum chain finds torn, truncated or edited entries."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import digest

from autark.errors import ProjectError
from autark.ops import AddObject, SetTransform
from autark.scene.model import SceneObject
from autark.store import project as store_project
from autark.store.migrations import APPLICATION_ID, SCHEMA_VERSION, log_checksum
from autark.studio import Studio


def _add(studio: Studio, n: int) -> None:
    obj = SceneObject(id=f"obj{n}", name=f"chair {n}", type="chair", transform={"position": (float(n), 0.0, 0.0)})
    studio.apply_ops([AddObject(object=obj)], f"add {n}")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with 40 commands, an undo and a redo (closed, so its write-ahead log is folded in)."""
    folder = tmp_path_factory.mktemp("made") / "p"
    with Studio.create(folder) as studio:
        for n in range(1, 40):
            _add(studio, n)
        studio.apply_ops([SetTransform(id="obj3", position=(0.0, 0.0, 2.0))], "move obj3")
        studio.undo()
        studio.redo()
    return folder




def _refused(folder: Path, match: str) -> ProjectError:
    """Opening ``folder`` raises a ProjectError matching ``match``, with a hint, and changes no file in it."""
    before = digest(folder)
    with pytest.raises(ProjectError, match=match) as info:
        Studio.open(folder)
    assert info.value.hint, "every project error says how to fix it"
    assert digest(folder) == before, "a refused file must stay byte-identical (and no companions left behind)"
    return info.value


def _sql(folder: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Change the file behind autark's back (the append-only triggers lifted where a statement needs it)."""
    conn = sqlite3.connect(folder / "project.ams", isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()


_LIFT_TRIGGERS = ("DROP TRIGGER command_log_no_update", "DROP TRIGGER command_log_no_delete")


# -- the forms reported in issue 14 ------------------------------------------------------------------------------
@pytest.mark.parametrize("version", [-5, 0])
def test_a_schema_version_no_autark_writes_is_refused(project: Path, version: int) -> None:
    _sql(project, f"PRAGMA user_version = {version}")
    _refused(project, rf"damaged: its schema version is {version}, which no autark writes")


def test_an_object_row_that_is_not_json_is_refused_naming_the_row(project: Path) -> None:
    _sql(project, "UPDATE objects SET data = 'not json {' WHERE id = 'obj3'")
    error = _refused(project, r"damaged: the row 'obj3' of the table objects is not valid JSON")
    assert "autark doctor" in str(error)


def test_an_autark_file_without_tables_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    # in the rollback journal mode, so that the switch to WAL would show in the header's bytes 18-19
    (tmp_path / "p").mkdir()
    conn = sqlite3.connect(tmp_path / "p" / "project.ams")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    _refused(tmp_path / "p", "damaged: it has none of the tables of an autark project")


@pytest.mark.parametrize("cut", [1000, 4096, 3 * 4096])
def test_a_truncated_file_is_refused(project: Path, cut: int) -> None:
    db = project / "project.ams"
    db.write_bytes(db.read_bytes()[:-cut])
    _refused(project, "damaged: it is cut short")


# -- other forms ---------------------------------------------------------------------------------------------------
def test_empty_file_directory_and_garbage(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "project.ams").write_bytes(b"")
    _refused(tmp_path / "empty", r"damaged: the file is empty \(0 bytes\)")
    (tmp_path / "dir" / "project.ams").mkdir(parents=True)
    _refused(tmp_path / "dir", "is a folder, not a project file")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "project.ams").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 32)
    _refused(tmp_path / "junk", "damaged")


def test_a_damaged_header_is_refused(project: Path) -> None:
    db = project / "project.ams"
    data = bytearray(db.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")  # not a power of two
    db.write_bytes(bytes(data))
    _refused(project, "impossible page size")


def test_a_foreign_application_id_is_refused(project: Path) -> None:
    _sql(project, "PRAGMA application_id = 7")
    _refused(project, r"not an autark project \(application id 0x00000007\)")


@pytest.mark.parametrize(("statement", "match"), [
    ("DROP TABLE preferences", "the table preferences is missing"),
    ("ALTER TABLE scenes DROP COLUMN extra", "the table scenes lacks the column.s. extra"),
    ("DELETE FROM meta WHERE key = 'magic'", "no autark project marker"),
    ("DELETE FROM projects", "holds no project"),
    ("UPDATE projects SET current_scene_id = 99", r"its current scene \(#99\) is missing"),
])
def test_missing_tables_columns_and_rows_are_refused(project: Path, statement: str, match: str) -> None:
    _sql(project, "PRAGMA foreign_keys = OFF", statement)
    _refused(project, match)


@pytest.mark.parametrize(("statement", "match"), [
    ("UPDATE objects SET data = json_set(data, '$.material.color', json('[2, 0, 0]')) WHERE id = 'obj2'",
     "its scene does not validate: objects.1.material.color"),
    ("UPDATE objects SET data = '[1, 2]' WHERE id = 'obj2'", "its scene does not validate"),
    ("UPDATE scenes SET settings = '{\"fps\": '", "the settings of scene #1 is not valid JSON"),
    ("UPDATE scenes SET extra = '[]'", "the extra fields of scene #1 are not a JSON object"),
    ("UPDATE scenes SET timeline = x'80ff'", "not valid JSON"),
])
def test_rows_that_are_not_a_valid_scene_are_refused(project: Path, statement: str, match: str) -> None:
    _sql(project, statement)
    _refused(project, match)


def test_a_damaged_patch_in_the_log_is_refused(project: Path) -> None:
    _sql(project, *_LIFT_TRIGGERS, "UPDATE command_log SET patch = substr(patch, 1, 40) WHERE seq = 35")
    _refused(project, r"entry #35 of the command log is damaged \(its checksum does not match\)")


def test_an_edit_that_keeps_the_patch_valid_json_is_found_too(project: Path) -> None:
    _sql(project, *_LIFT_TRIGGERS, "UPDATE command_log SET patch = replace(patch, '39.0', '38.0') WHERE seq = 39")
    _refused(project, "entry #39 of the command log is damaged")


def test_lost_newest_entries_are_found(project: Path) -> None:
    _sql(project, *_LIFT_TRIGGERS, "PRAGMA foreign_keys = OFF", "DELETE FROM command_state WHERE seq = 42",
         "DELETE FROM command_log WHERE seq = 42")
    _refused(project, "the command log does not end where its recorded end says: entries are lost after entry #41")


def test_undo_checks_the_patch_it_uses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry older than the ones ``open`` checks is checked when undo reaches it; nothing is written."""
    _sql(project, *_LIFT_TRIGGERS, "UPDATE command_log SET patch = replace(patch, 'chair 39', 'chair 93') "
                                   "WHERE seq = 39")
    monkeypatch.setattr(store_project, "OPEN_CHECKS_ENTRIES", 2)
    with Studio.open(project) as studio:
        assert studio.undo() is not None  # entry #40 (move obj3), intact
        scene, entries = studio.scene, len(studio.history())
        with pytest.raises(ProjectError, match="entry #39 of the command log is damaged") as info:
            studio.undo()
        assert info.value.hint and "autark doctor" in info.value.hint
        assert studio.scene == scene and len(studio.history()) == entries


def test_an_older_schema_with_a_damaged_row_is_refused_before_the_upgrade(project: Path) -> None:
    _sql(project, "ALTER TABLE command_log DROP COLUMN checksum", "DROP TABLE decisions", "PRAGMA user_version = 3",
         "UPDATE objects SET data = 'x' WHERE id = 'obj1'")
    _refused(project, "the row 'obj1' of the table objects is not valid JSON")


def test_a_file_in_rollback_journal_mode_is_refused_unchanged(project: Path) -> None:
    _sql(project, "PRAGMA journal_mode = DELETE", "UPDATE objects SET data = '{}' WHERE id = 'obj5'")
    assert (project / "project.ams").read_bytes()[18:20] == b"\x01\x01"
    _refused(project, "its scene does not validate")


def test_a_locked_project_is_refused_as_busy(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_project, "BUSY_TIMEOUT_S", 0.1)
    locker = sqlite3.connect(project / "project.ams", isolation_level=None)
    try:
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("INSERT INTO preferences VALUES ('x', '1')")
        _refused(project, "the project is busy: another program has held a lock")
    finally:
        locker.execute("ROLLBACK")
        locker.close()


_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(_ROOT, reason="root may write to read-only files")
def test_a_read_only_file_or_folder_is_refused(project: Path) -> None:
    db = project / "project.ams"
    db.chmod(0o444)
    try:
        _refused(project, "is read-only")
    finally:
        db.chmod(0o644)
    project.chmod(0o555)
    try:
        _refused(project, "the project folder .* is read-only")
    finally:
        project.chmod(0o755)


def test_an_index_that_disagrees_with_its_table_is_refused(project: Path) -> None:
    # SQLite's quick_check would miss this one; undo would then pick its entry through a wrong index
    _sql(project, "PRAGMA writable_schema = ON",
         "UPDATE sqlite_master SET sql = replace(sql, '(scene_id, seq)', '(seq, scene_id)') "
         "WHERE name = 'command_log_scene'")
    _refused(project, "damaged: SQLite's integrity_check says")


def test_a_broken_page_is_refused(project: Path) -> None:
    db = project / "project.ams"
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'objects'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size] = 0x7F  # not a b-tree page type
    db.write_bytes(bytes(data))
    _refused(project, f"{db} is damaged")


# -- the chain on a healthy project --------------------------------------------------------------------------------
def test_every_entry_is_chained_and_the_head_is_recorded(project: Path) -> None:
    with Studio.open(project) as studio:
        _add(studio, 50)
        studio.undo()
        studio.redo()
    conn = sqlite3.connect(project / "project.ams")
    rows = conn.execute("SELECT seq, time, scene_id, kind, sentence, ops, patch, target_seq, checksum "
                        "FROM command_log ORDER BY seq").fetchall()
    head = conn.execute("SELECT value FROM meta WHERE key = 'log_head'").fetchone()[0]
    conn.close()
    previous = ""
    for *values, checksum in rows:
        assert checksum == log_checksum(previous, *values)
        previous = checksum
    assert head == previous and [r[3] for r in rows[-3:]] == ["do", "undo", "redo"]


def test_a_checksum_covers_every_column() -> None:
    row: list[object] = [3, "2025-01-01T00:00:00.000+00:00", 1, "do", "add a chair", "[]", '{"items": {}}', None]
    base = log_checksum("abc", *row)  # type: ignore[arg-type]
    changed: list[Callable[[list[object]], None]] = [
        lambda r: r.__setitem__(0, 4), lambda r: r.__setitem__(1, "2025"), lambda r: r.__setitem__(2, 2),
        lambda r: r.__setitem__(3, "undo"), lambda r: r.__setitem__(4, "add a chai"),
        lambda r: r.__setitem__(5, "[ ]"), lambda r: r.__setitem__(6, '{"items":{}}'),
        lambda r: r.__setitem__(7, 1),
    ]
    for change in changed:
        other = list(row)
        change(other)
        assert log_checksum("abc", *other) != base  # type: ignore[arg-type]
    assert log_checksum("abd", *row) != base  # type: ignore[arg-type]
    # moving text between neighbouring columns changes it too
    assert log_checksum("abc", 3, row[1], 1, "do", "add a chair[", "]", row[6], None) != base  # type: ignore[arg-type]
    assert log_checksum("abc", *row[:4], b"add a chair", b"[]", b'{"items": {}}', None) == base  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        log_checksum("abc", *row[:6], 5, None)  # type: ignore[arg-type]
