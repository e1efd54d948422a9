"""``autark doctor``: a healthy project is reported healthy (exit 0), each kind of damage is named (exit 1), and
the file is never changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import digest
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.store.doctor import Report, diagnose
from autark.studio import Studio


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built through sentences, undo, redo, a discarded redo branch and a group commit."""
    folder = tmp_path_factory.mktemp("made") / "p"
    with Studio.create(folder) as studio:
        for sentence in ("add a table", "add a red chair", "put a lamp on the table", "make the chair blue",
                         "move the chair 2 meters left", "add two boxes", "remove the lamp",
                         "the camera looks at the table", "make it sunset"):
            studio.do(sentence)
        studio.undo()
        studio.undo()
        studio.redo()
        with studio.group():
            studio.do("add a sofa")
            studio.do("add a tree")
        studio.undo()
        studio.do("add a robot")
        studio.store.set_preference("render.width", 640)
        studio.store.save_template("corner", "setting", {"objects": ["chair"]})
    return folder




def _sql(folder: Path, *statements: str) -> None:
    conn = sqlite3.connect(folder / "project.ams", isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _problems(report: Report) -> dict[str, list[str]]:
    return {c.name: c.problems for c in report.checks if c.problems}


def _diagnose_unchanged(folder: Path) -> Report:
    before = digest(folder)
    report = diagnose(folder)
    assert digest(folder) == before, "doctor must never change the project"
    return report


def test_a_healthy_project_is_healthy(project: Path) -> None:
    report = _diagnose_unchanged(project)
    assert report.healthy, _problems(report)
    assert [c.name for c in report.checks] == ["file", "integrity", "schema", "command log", "scenes",
                                               "preferences and templates", "replay"]
    details = {c.name: c.detail for c in report.checks}
    assert details["command log"].startswith("16 entries, checksums chained and verified")
    assert "the 16 entries of the current scene lead to the stored scene" in details["replay"]
    assert "2 stored" in details["preferences and templates"]


def test_the_command_prints_the_report_and_exits_0_or_1(project: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    before = digest(project)
    ok = runner.invoke(cli.app, ["doctor", str(project)], prog_name="autark")
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.splitlines()[-1] == "healthy" and "✓ replay" in ok.stdout
    _sql(project, "UPDATE objects SET data = 'oops' WHERE id = 'obj1'")
    bad = runner.invoke(cli.app, ["doctor", str(project)], prog_name="autark")
    assert bad.exit_code == 1
    assert "✗ scenes" in bad.stdout and "the row 'obj1' of the table objects is not valid JSON" in bad.stdout
    assert "1 problem(s) found; doctor changed nothing" in bad.stdout and "Traceback" not in bad.output
    assert digest(project).keys() == before.keys()
    missing = runner.invoke(cli.app, ["doctor", str(tmp_path / "nowhere")], prog_name="autark")
    assert missing.exit_code == 1 and "there is no project.ams" in missing.stdout
    assert "doctor" in runner.invoke(cli.app, ["--help"], prog_name="autark").stdout


def test_an_edited_state_row_does_not_match_the_log(project: Path) -> None:
    # valid JSON, a valid scene: only walking the log back finds that the stored chair is not where it was left
    _sql(project, "UPDATE objects SET data = json_set(data, '$.transform.position[0]', 9.5) WHERE id = 'obj2'")
    with Studio.open(project) as studio:  # opening does not replay the log
        assert studio.scene.object("obj2").transform.position[0] == 9.5
    problems = _problems(_diagnose_unchanged(project))
    assert list(problems) == ["replay"]
    assert "the log does not lead to the stored scene" in problems["replay"][0]
    assert "objects 'obj2'" in problems["replay"][0]


def test_a_damaged_old_entry_is_found(project: Path) -> None:
    _sql(project, "DROP TRIGGER command_log_no_update", "UPDATE command_log SET patch = '{\"items\": 3}' WHERE seq = 2",
         "CREATE TRIGGER command_log_no_update BEFORE UPDATE ON command_log "
         "BEGIN SELECT RAISE(ABORT, 'command_log is append-only'); END")
    problems = _problems(_diagnose_unchanged(project))
    assert problems.keys() == {"command log", "replay"}
    assert problems["command log"][0] == "entry #2 of the command log is damaged (its checksum does not match)"
    assert any("the patch of entry #2 is not valid" in p for p in problems["command log"])
    assert problems["replay"] == ["cannot walk back past entry #2: its patch is damaged"]


@pytest.mark.parametrize(("statements", "check", "found"), [
    (("DROP TRIGGER command_log_no_delete",), "schema", "the trigger command_log_no_delete is missing"),
    (("DROP INDEX command_state_state",), "schema", "the index command_state_state is missing"),
    (("UPDATE preferences SET value = '{'",), "preferences and templates",
     "the preference 'render.width' is not valid JSON"),
    (("PRAGMA foreign_keys = OFF", "DELETE FROM command_state WHERE seq = 3"), "command log",
     "command #3 has no undo state"),
    (("UPDATE objects SET data = json_set(data, '$.id', 'obj9') WHERE id = 'obj1'",), "scenes",
     "the objects row 'obj1' holds the data of another one"),
])
def test_each_problem_is_named(project: Path, statements: tuple[str, ...], check: str, found: str) -> None:
    _sql(project, *statements)
    problems = _problems(_diagnose_unchanged(project))
    assert any(found in problem for problem in problems.get(check, [])), problems


def test_a_file_that_cannot_be_read_stops_early(project: Path) -> None:
    db = project / "project.ams"
    db.write_bytes(db.read_bytes()[:-1000])
    report = _diagnose_unchanged(project)
    assert [c.name for c in report.checks] == ["file"] and not report.healthy
    assert "it is cut short" in report.checks[0].problems[0]


def test_an_integrity_failure_is_reported(project: Path) -> None:
    _sql(project, "PRAGMA writable_schema = ON",
         "UPDATE sqlite_master SET sql = replace(sql, '(scene_id, seq)', '(seq, scene_id)') "
         "WHERE name = 'command_log_scene'")
    report = _diagnose_unchanged(project)
    assert report.checks[-1].name == "integrity" and report.checks[-1].problems
    assert all(p.startswith("SQLite's integrity_check says:") for p in report.checks[-1].problems)


def test_an_older_schema_is_checked_without_checksums(project: Path) -> None:
    _sql(project, "ALTER TABLE command_log DROP COLUMN checksum", "DELETE FROM meta WHERE key = 'log_head'",
         "DROP TABLE decisions", "PRAGMA user_version = 3")
    report = _diagnose_unchanged(project)
    assert report.healthy, _problems(report)
    assert "no checksums before schema 4" in report.checks[3].detail
