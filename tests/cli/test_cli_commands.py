"""The ``autark`` command line: commands, exit codes, messages, the lazy command registry, start-up imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.scene.export import scene_to_json
from autark.studio import Studio


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _invoke(runner: CliRunner, *args: str, stdin: str | None = None) -> Any:
    return runner.invoke(cli.app, list(args), input=stdin, prog_name="autark")


def _objects(folder: Path) -> list[Any]:
    with Studio.open(folder) as studio:
        return studio.scene.objects


def test_new_creates_and_refuses_existing(runner: CliRunner, tmp_path: Path) -> None:
    res = _invoke(runner, "new", str(tmp_path / "film"), "--name", "My Film")
    assert res.exit_code == 0, res.output
    assert "My Film" in res.stdout and (tmp_path / "film" / "project.ams").is_file()
    again = _invoke(runner, "new", str(tmp_path / "film"))
    assert again.exit_code == 1
    assert "already holds an autark project" in again.stderr and "Traceback" not in again.output


def test_do_applies_sentences_in_order(runner: CliRunner, tmp_path: Path) -> None:
    _invoke(runner, "new", str(tmp_path / "f"))
    res = _invoke(runner, "do", str(tmp_path / "f"), "add a red chair", "add a table")
    assert res.exit_code == 0, res.output
    assert res.stdout.count("✓") == 2 and "chair" in res.stdout
    assert [o.type for o in _objects(tmp_path / "f")] == ["chair", "table"]


def test_do_stops_at_first_failing_sentence(runner: CliRunner, tmp_path: Path) -> None:
    _invoke(runner, "new", str(tmp_path / "f"))
    res = _invoke(runner, "do", str(tmp_path / "f"), "add a table", "florp the wibble", "add a red chair")
    assert res.exit_code == 2
    assert "florp the wibble" in res.stderr and "1 sentence(s) before it were applied" in res.stderr
    assert [o.type for o in _objects(tmp_path / "f")] == ["table"]


def test_do_reads_stdin_and_skips_blank_lines(runner: CliRunner, tmp_path: Path) -> None:
    _invoke(runner, "new", str(tmp_path / "f"))
    res = _invoke(runner, "do", str(tmp_path / "f"), stdin="add a table\n\n# a comment\nadd a red chair\n")
    assert res.exit_code == 0, res.output
    assert [o.type for o in _objects(tmp_path / "f")] == ["table", "chair"]
    empty = _invoke(runner, "do", str(tmp_path / "f"), stdin="\n\n")
    assert empty.exit_code == 2 and "no sentences given" in empty.output


def test_project_errors_exit_1_without_traceback(runner: CliRunner, tmp_path: Path) -> None:
    res = _invoke(runner, "do", str(tmp_path / "missing"), "add a chair")
    assert res.exit_code == 1 and "does not exist" in res.stderr and "autark new" in res.stderr
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "project.ams").write_bytes(b"not a database at all" * 20)
    res = _invoke(runner, "show", str(tmp_path / "junk"))
    assert res.exit_code == 1 and "damaged" in res.stderr and "Traceback" not in res.output


def test_show_json_is_the_contract(runner: CliRunner, tmp_path: Path) -> None:
    _invoke(runner, "new", str(tmp_path / "f"))
    _invoke(runner, "do", str(tmp_path / "f"), "add a red chair", "add a table")
    res = _invoke(runner, "show", str(tmp_path / "f"), "--json")
    assert res.exit_code == 0
    with Studio.open(tmp_path / "f") as studio:
        assert json.loads(res.stdout) == scene_to_json(studio.scene)
    table = _invoke(runner, "show", str(tmp_path / "f"))
    ids = [o.id for o in _objects(tmp_path / "f")]
    assert table.exit_code == 0 and all(i in table.stdout for i in ids) and "cameras" in table.stdout


def test_undo_redo_history(runner: CliRunner, tmp_path: Path) -> None:
    f = str(tmp_path / "f")
    _invoke(runner, "new", f)
    assert "nothing to undo" in _invoke(runner, "undo", f).stdout
    _invoke(runner, "do", f, "add a red chair", "add a table")
    res = _invoke(runner, "undo", f)
    assert res.exit_code == 0 and "undid" in res.stdout and "removed" in res.stdout
    assert [o.type for o in _objects(tmp_path / "f")] == ["chair"]
    assert "redid" in _invoke(runner, "redo", f).stdout
    assert "nothing to redo" in _invoke(runner, "redo", f).stdout
    assert [o.type for o in _objects(tmp_path / "f")] == ["chair", "table"]
    hist = _invoke(runner, "history", f)
    assert hist.exit_code == 0 and "4 log entries" in hist.stdout
    assert "undo" in hist.stdout and "redo" in hist.stdout and "add a table" in hist.stdout


# -- the lazy registry other layers plug into ----------------------------------------------------------------------
_PLUGIN = '''
import typer

def register(app: typer.Typer) -> None:
    @app.command("hello")
    def hello(name: str = typer.Option("world", "--name")) -> None:
        """Say hello (test command)."""
        print(f"hello {name}")

    @app.command("boom")
    def boom() -> None:
        raise RuntimeError("kaboom from a test command")
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    module = "autark_test_lazy_cmd"
    (tmp_path / f"{module}.py").write_text(_PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    monkeypatch.setattr(cli, "LAZY_COMMANDS", {
        "hello": (module, "Say hello lazily."), "boom": (module, "Fail."),
        "ghost": ("autark_no_such_module_xyz", "Not installed."),
    })
    return module


def test_registered_commands_load_only_when_invoked(runner: CliRunner, plugin: str) -> None:
    res = _invoke(runner, "--help")
    assert res.exit_code == 0 and "hello" in res.stdout and "Say hello lazily." in res.stdout
    assert "ghost" not in res.stdout, "commands whose module does not exist are not offered"
    assert plugin not in sys.modules, "--help must not import command modules"
    res = _invoke(runner, "hello", "--name", "Ada")
    assert res.exit_code == 0 and res.stdout.strip() == "hello Ada"
    assert plugin in sys.modules
    assert "--name" in _invoke(runner, "hello", "--help").stdout
    assert _invoke(runner, "ghost").exit_code == 2


def test_unexpected_error_writes_a_crash_log(runner: CliRunner, plugin: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    logs = tmp_path / "tmp"
    logs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(logs))
    res = _invoke(runner, "boom")
    assert res.exit_code == 1
    assert "autark failed unexpectedly: RuntimeError: kaboom" in res.stderr and "Traceback" not in res.output
    (log,) = logs.glob("autark-crash-*.log")
    assert str(log) in res.stderr.replace("\n", "")
    text = log.read_text()
    assert "Traceback" in text and "kaboom from a test command" in text


# -- real processes ------------------------------------------------------------------------------------------------
def _autark_cmd() -> list[str]:
    script = Path(sys.executable).with_name("autark")
    return [str(script)] if script.exists() else [sys.executable, "-m", "autark.cli.main"]


def test_real_process_do_with_stdin_and_exit_codes(tmp_path: Path) -> None:
    cmd, f = _autark_cmd(), str(tmp_path / "f")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60)

    assert run("new", f).returncode == 0
    ok = run("do", f, stdin="add a red chair\nadd a table\n")
    assert ok.returncode == 0, ok.stderr
    bad = run("do", f, stdin="add a table\nflorp the wibble\nadd a red chair\n")
    assert bad.returncode == 2
    assert "florp the wibble" in bad.stderr and "1 sentence(s) before it were applied" in bad.stderr
    assert "Traceback" not in bad.stderr
    shown = json.loads(run("show", f, "--json").stdout)
    assert [o["type"] for o in shown["objects"]] == ["chair", "table", "table"]
    missing = run("do", str(tmp_path / "nope"), "add a chair")
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr


def test_help_imports_nothing_heavy() -> None:
    probe = ("import sys\nfrom autark.cli import main\n"
             "try:\n    main.app(['--help'], prog_name='autark')\nexcept SystemExit:\n    pass\n"
             "heavy = ['pydantic', 'numpy', 'moderngl', 'av', 'trimesh', 'fastapi', 'autark.studio', 'sqlite3']\n"
             "print('HEAVY=' + ','.join(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Commands" in out.stdout
    loaded = out.stdout.strip().splitlines()[-1]
    assert loaded == "HEAVY=", f"autark --help imported {loaded}"


def test_render_still_at_a_time_shows_that_moment_of_the_film(tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    with Studio.create(tmp_path / "p") as studio:
        for sentence in ("add a table", "add a red ball in front of the table", "wide shot",
                         "the ball rolls to the right in 3 seconds"):
            studio.do(sentence)
    xs = []
    for at in ("0", "1.5"):  # half-way: the ball is 1 m to the right, still in the wide shot
        out = tmp_path / f"at{at}.png"
        result = CliRunner().invoke(cli.app, ["render", str(tmp_path / "p"), "--still", str(out), "--at", at,
                                          "--width", "320", "--height", "180"])
        assert result.exit_code == 0, result.output
        rgb = np.asarray(Image.open(out).convert("RGB")).astype(int)
        red = (rgb[..., 0] > 110) & (rgb[..., 0] > 2 * rgb[..., 1]) & (rgb[..., 0] > 2 * rgb[..., 2])
        assert red.sum() > 10
        xs.append(np.nonzero(red)[1].mean())
    assert xs[1] > xs[0] + 10


def test_sigterm_during_a_film_render_leaves_no_partial_file(tmp_path: Path) -> None:
    """``kill`` ends a render as Ctrl-C does: exit 130, the older film untouched, no hidden partial file."""
    import signal
    import time

    cmd, f = _autark_cmd(), str(tmp_path / "f")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    assert subprocess.run([*cmd, "new", f], capture_output=True, env=env, timeout=60).returncode == 0
    do = subprocess.run([*cmd, "do", f, "add a red ball", "the ball moves to the right in 60 seconds"],
                        capture_output=True, text=True, env=env, timeout=60)
    assert do.returncode == 0, do.stderr
    out = tmp_path / "film.mp4"
    out.write_bytes(b"previous film")
    partial = tmp_path / ".film.partial.mp4"
    proc = subprocess.Popen([*cmd, "render", f, "-o", str(out), "--fps", "10", "--width", "160", "--height", "96",
                             "--quality", "preview"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    pieces = Path(f) / "cache" / "graph" / "piece"  # the production graph's (autark.jobs.graph) finished pieces

    def under_way() -> bool:
        return partial.exists() or any(pieces.glob("*/*.meta.json"))

    try:
        deadline = time.monotonic() + 60
        while not under_way() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert under_way(), "the render never got under way"
        time.sleep(0.3)  # frames are being encoded
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert out.read_bytes() == b"previous film"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f", "film.mp4"]
    assert not list((Path(f) / "cache").rglob(".put-*"))  # no half-written cache entry either
