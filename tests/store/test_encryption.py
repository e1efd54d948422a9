"""Encrypted projects (issue 20): SQLCipher database, sealed renders, a wrong passphrase changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.config import Settings
from autark.errors import ProjectError, UserInputError
from autark.store import cipher
from autark.store.encrypt import encrypt_project
from autark.studio import Studio

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery staple"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with Studio.create(tmp_path / "secret", passphrase=PASS) as studio:
        studio.do("add a table")
        studio.do("add a red chair named Bertha left of the table")
    return tmp_path / "secret"


def test_round_trip(project: Path) -> None:
    with Studio.open(project, passphrase=PASS) as studio:
        assert sorted(o.name for o in studio.scene.objects) == ["Bertha", "table"]
        assert [e.sentence for e in studio.history()][-1] == "add a red chair named Bertha left of the table"
        studio.undo()
        assert studio.store.encrypted
    with Studio.open(project, passphrase=PASS) as studio:
        assert [o.name for o in studio.scene.objects] == ["table"]


@pytest.mark.parametrize("wrong", ["correct horse battery stapl", "x", "' OR 1=1 --"])
def test_a_wrong_passphrase_is_a_clear_error_and_changes_nothing(project: Path, wrong: str) -> None:
    before = _digest(project)
    with pytest.raises(ProjectError, match="passphrase is wrong") as info:
        Studio.open(project, passphrase=wrong)
    assert "Traceback" not in str(info.value)
    assert _digest(project) == before  # byte for byte, and no -wal/-shm left behind
    with pytest.raises(UserInputError, match="is encrypted: it needs its passphrase"):
        Studio.open(project)
    assert _digest(project) == before


def test_the_file_is_not_readable_as_plain_sqlite(project: Path) -> None:
    data = (project / "project.ams").read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Bertha" not in data and b"table" not in data
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(project / "project.ams").execute("SELECT * FROM sqlite_master").fetchall()
    marker = (project / cipher.MARKER).read_text()
    assert "SQLCipher" in marker and PASS not in marker


def test_encrypt_a_plain_project_with_its_renders(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    with Studio.create(folder) as studio:
        studio.do("add a lamp named Lumi")
    (folder / "renders").mkdir()
    (folder / "renders" / "film.mp4").write_bytes(b"\x00\x00\x00\x18ftypisom" + b"Lumi" * 100)
    (folder / "cache").mkdir()
    (folder / "cache" / "piece.mp4").write_bytes(b"Lumi")
    report = encrypt_project(folder, PASS)
    assert [p.name for p in report.sealed] == ["film.mp4.sealed"] and report.cache_removed
    assert not (folder / "cache").exists() and not (folder / "renders" / "film.mp4").exists()
    assert all(b"Lumi" not in p.read_bytes() for p in folder.rglob("*") if p.is_file())
    with Studio.open(folder, passphrase=PASS) as studio:
        assert [o.name for o in studio.scene.objects] == ["Lumi"]
        key = studio.store.file_key()
    assert key is not None
    sealed = folder / "renders" / "film.mp4.sealed"
    assert cipher.open_sealed(sealed, key).endswith(b"Lumi" * 100)
    with pytest.raises(ProjectError, match="passphrase is wrong or the file was changed"):
        cipher.open_sealed(sealed, cipher.file_key(folder, "not it"))
    data = bytearray(sealed.read_bytes())
    data[20] ^= 1
    sealed.write_bytes(bytes(data))
    with pytest.raises(ProjectError, match="the file was changed"):
        cipher.open_sealed(sealed, key)
    with pytest.raises(ProjectError, match="already encrypted"):
        encrypt_project(folder, PASS)


def test_the_passphrase_setting_is_secret() -> None:
    settings = Settings.from_env({"AUTARK_PASSPHRASE": PASS})
    assert settings.passphrase is not None and settings.passphrase.get_secret_value() == PASS
    assert PASS not in repr(settings) and PASS not in str(settings.model_dump())


def test_every_command_asks_for_the_passphrase(tmp_path: Path) -> None:
    runner, folder = CliRunner(), str(tmp_path / "p")

    def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):  # noqa: ANN202
        return runner.invoke(cli.app, list(args), prog_name="autark", input=stdin, env=env or {})

    assert run("new", folder, "--encrypt", stdin=f"{PASS}\n{PASS}\n").exit_code == 0
    assert run("do", folder, "add a table", env={"AUTARK_PASSPHRASE": PASS}).exit_code == 0
    shown = run("show", folder, stdin=f"{PASS}\n")
    assert shown.exit_code == 0 and "table" in shown.output
    for args in (("show", folder), ("undo", folder), ("do", folder, "add a chair")):
        refused = run(*args, stdin="wrong\n")
        assert refused.exit_code == 1 and "passphrase is wrong" in refused.output, refused.output
    with Studio.open(folder, passphrase=PASS) as studio:
        assert [o.name for o in studio.scene.objects] == ["table"]


def test_doctor_checks_an_encrypted_project_with_its_passphrase(project: Path) -> None:
    from autark.store.doctor import diagnose

    before = _digest(project)
    assert diagnose(project, passphrase=PASS).healthy
    wrong = diagnose(project, passphrase="nope")
    assert not wrong.healthy and any("passphrase is wrong" in p for c in wrong.checks for p in c.problems)
    missing = diagnose(project)
    assert any("needs its passphrase" in p for c in missing.checks for p in c.problems)
    assert _digest(project) == before


def test_an_encrypted_project_is_served_on_loopback_only(project: Path) -> None:
    pytest.importorskip("fastapi")
    refused = CliRunner().invoke(cli.app, ["serve", str(project), "--host", "0.0.0.0"], prog_name="autark",
                                 env={"AUTARK_PASSPHRASE": PASS})
    assert refused.exit_code == 2 and "served on this machine only" in refused.output
