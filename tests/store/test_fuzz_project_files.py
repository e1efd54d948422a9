"""Seeded, bounded fuzzing of project files: damage a real project in random ways (flipped bytes, a cut-off
or lengthened file, zeroed pages, pragmas, edited/deleted rows, dropped tables) and check that opening either
succeeds, and then the scene and history read, or raises an AutarkError and leaves every file byte-identical.

Deterministic (``derandomize``, no example database) and bounded: 1,500 examples per test, about 15 s in all
(run with ``derandomize=False`` and more examples to hunt for new failures)."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from autark.errors import AutarkError
from autark.ops import AddObject, SetMaterial, SetTransform
from autark.scene.model import Scene, SceneObject
from autark.store import project as store_project
from autark.studio import Studio

_FUZZ = settings(max_examples=1500, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_TABLES = ["meta", "projects", "scenes", "objects", "cameras", "lights", "characters", "templates",
           "preferences", "command_log", "command_state"]
_NAMES = [*_TABLES, "command_log_scene", "command_state_state", "command_log_no_update", "command_log_no_delete"]


def _build(folder: Path) -> None:
    with Studio.create(folder) as studio:
        for n in range(1, 13):
            obj = SceneObject(id=f"obj{n}", name=f"box {n}", type="box", transform={"position": (n * 0.5, 0.0, 0.0)})
            studio.apply_ops([AddObject(object=obj)], f"add {n}")
        studio.apply_ops([SetTransform(id="obj2", position=(1.0, 0.0, 3.0))], "move")
        studio.apply_ops([SetMaterial(id="obj3", changes={"color": (0.2, 0.4, 0.9)})], "paint")
        studio.undo()
        studio.redo()
        studio.undo()
        studio.store.set_preference("render.width", 640)
        studio.store.save_template("corner", "setting", {"objects": ["box"]})


class _Bases(dict[str, dict[str, bytes]]):
    """The healthy files by name; a short repr, as hypothesis prints a failing example's arguments."""

    def __repr__(self) -> str:
        return "<healthy project files>"


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> _Bases:
    """The files of two healthy projects: one closed (a single file), one copied while open with commands still
    in its write-ahead log (as after a crash)."""
    root = tmp_path_factory.mktemp("bases")
    _build(root / "closed")
    _build(root / "open")
    with Studio.open(root / "open") as studio:  # commands still in the WAL when the files are copied
        for n in range(20, 26):
            studio.apply_ops([AddObject(object=SceneObject(id=f"obj{n}", name=f"box {n}", type="box"))], f"add {n}")
        files = {p.name: p.read_bytes() for p in (root / "open").iterdir() if p.name != "project.ams-shm"}
    assert files["project.ams-wal"]
    return _Bases(closed={"project.ams": (root / "closed" / "project.ams").read_bytes()}, open=files)


@contextmanager
def _project(files: dict[str, bytes]) -> Iterator[Path]:
    """A project folder holding ``files``, of its own for each example (pytest's tmp_path is shared by all the
    examples of one test)."""
    with tempfile.TemporaryDirectory(prefix="autark-fuzz-") as name:
        folder = Path(name) / "p"
        folder.mkdir()
        for file_name, data in files.items():
            (folder / file_name).write_bytes(data)
        yield folder


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _opens_or_refuses_cleanly(folder: Path, window: int = store_project.OPEN_CHECKS_ENTRIES) -> str:
    """The property: an AutarkError and no file changed, or an open project whose scene reads (and whose history
    and undo work or raise an AutarkError: with a small ``window`` open checks only the newest log entries)."""
    before = _digest(folder)
    checked, store_project.OPEN_CHECKS_ENTRIES = store_project.OPEN_CHECKS_ENTRIES, window
    try:
        try:
            studio = Studio.open(folder)
        except AutarkError:
            assert _digest(folder) == before, "a refused project must be left byte-identical"
            return "refused"
        with studio:
            assert isinstance(studio.scene, Scene)
            with suppress(AutarkError):  # e.g. a damaged older entry, found when it is read
                studio.history()
            with suppress(AutarkError):
                studio.undo()
        return "opened"
    finally:
        store_project.OPEN_CHECKS_ENTRIES = checked


# -- damage to the bytes ---------------------------------------------------------------------------------------------
_byte_damage = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
    st.tuples(st.just("flip_header"), st.integers(0, 99), st.integers(1, 255)),
    st.tuples(st.just("zero_page"), st.floats(0, 1, exclude_max=True), st.just(0)),
    st.tuples(st.just("truncate"), st.floats(0, 1, exclude_max=True), st.just(0)),
    st.tuples(st.just("append"), st.floats(0, 1), st.integers(1, 9000)),
)


def _damage_bytes(data: bytes, how: tuple[str, float, int]) -> bytes:
    kind, where, amount = how
    out = bytearray(data)
    if kind == "flip" and out:
        out[int(where * len(out))] ^= amount
    elif kind == "flip_header" and int(where) < len(out):
        out[int(where)] ^= amount
    elif kind == "zero_page":
        page = int(where * (len(out) // 4096)) * 4096
        out[page:page + 4096] = bytes(4096)
    elif kind == "truncate":
        del out[int(where * len(out)):]
    elif kind == "append":
        out += bytes([int(where * 255)]) * amount
    return bytes(out)


@_FUZZ
@given(base=st.sampled_from(["closed", "open"]), target=st.sampled_from(["project.ams", "project.ams-wal"]),
       damage=st.lists(_byte_damage, min_size=1, max_size=3), window=st.sampled_from([1000, 2]))
def test_damaged_bytes_are_refused_or_read(bases: dict[str, dict[str, bytes]], base: str, target: str,
                                           damage: list[tuple[str, float, int]], window: int) -> None:
    files = dict(bases[base])
    if target not in files:
        target = "project.ams"
    for how in damage:
        files[target] = _damage_bytes(files[target], how)
    with _project(files) as folder:
        event(_opens_or_refuses_cleanly(folder, window))


# -- damage through SQLite ---------------------------------------------------------------------------------------------
_value = st.one_of(
    st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False), st.binary(max_size=40),
    st.text(max_size=40), st.sampled_from(["{}", "[]", "null", '{"id": "obj1"}', '{"items": 3}', "{", "\ufffd"]),
)
_sql_damage = st.one_of(
    st.tuples(st.just("pragma"), st.sampled_from(["user_version", "application_id"]),
              st.integers(-(2**31), 2**31 - 1)),
    st.tuples(st.just("pragma"), st.just("user_version"), st.integers(-6, 7)),
    st.tuples(st.just("journal_mode"), st.sampled_from(["DELETE", "TRUNCATE", "PERSIST"]), st.just(0)),
    st.tuples(st.just("set"), st.sampled_from(_TABLES), st.tuples(st.integers(0, 12), st.integers(0, 20), _value)),
    st.tuples(st.just("edit_json"), st.sampled_from(["objects", "cameras", "scenes", "command_log"]),
              st.tuples(st.integers(0, 12), st.text("{}[]\",:0123456789.-eEtrunfasl ", min_size=1, max_size=3),
                        st.floats(0, 1, exclude_max=True))),
    st.tuples(st.just("delete"), st.sampled_from(_TABLES), st.integers(0, 12)),
    st.tuples(st.just("drop"), st.sampled_from(_NAMES), st.just(0)),
)


def _damage_sql(conn: sqlite3.Connection, how: tuple[str, Any, Any]) -> None:
    kind, what, arg = how
    if kind == "pragma":
        conn.execute(f"PRAGMA {what} = {arg}")
    elif kind == "journal_mode":
        conn.execute(f"PRAGMA journal_mode = {what}")
    elif kind == "drop":
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master").fetchall())
        if what in kinds:
            conn.execute(f"DROP {kinds[what].upper()} {what}")
    else:
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {what} ORDER BY rowid")]
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({what})")]
        if not rowids or not columns:
            return
        index = arg[0] if isinstance(arg, tuple) else arg
        rowid = rowids[index % len(rowids)]
        if kind == "delete":
            conn.execute(f"DELETE FROM {what} WHERE rowid = ?", (rowid,))
        elif kind == "set":
            column = columns[arg[1] % len(columns)]
            conn.execute(f"UPDATE OR IGNORE {what} SET {column} = ? WHERE rowid = ?", (arg[2], rowid))
        else:  # edit_json: splice a few JSON-ish characters into the row's JSON text
            column = {"scenes": "settings", "command_log": "patch"}.get(what, "data")
            text = conn.execute(f"SELECT {column} FROM {what} WHERE rowid = ?", (rowid,)).fetchone()[0]
            if isinstance(text, str):
                at = int(arg[2] * len(text))
                conn.execute(f"UPDATE {what} SET {column} = ? WHERE rowid = ?",
                             (text[:at] + arg[1] + text[at + 1:], rowid))


@_FUZZ
@given(damage=st.lists(_sql_damage, min_size=1, max_size=3), window=st.sampled_from([1000, 2]))
def test_damaged_rows_and_pragmas_are_refused_or_read(bases: dict[str, dict[str, bytes]],
                                                      damage: list[tuple[str, Any, Any]], window: int) -> None:
    with _project(bases["closed"]) as folder:
        conn = sqlite3.connect(folder / "project.ams", isolation_level=None)
        try:
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("DROP TRIGGER command_log_no_update")  # damage does not ask for permission
            conn.execute("DROP TRIGGER command_log_no_delete")
            for how in damage:
                with suppress(sqlite3.Error):  # a change SQLite itself refuses (NOT NULL, a missing table)
                    _damage_sql(conn, how)
        finally:
            conn.close()
        event(_opens_or_refuses_cleanly(folder, window))


def test_the_damage_reaches_both_outcomes(bases: dict[str, dict[str, bytes]]) -> None:
    """A guard against damage that only ever makes unreadable files (or only harmless ones)."""
    outcomes = []
    for how in [("append", 0.0, 4096), ("flip_header", 60, 1), ("flip", 0.999, 1), ("truncate", 0.5, 0)]:
        with _project({"project.ams": _damage_bytes(bases["closed"]["project.ams"], how)}) as folder:
            outcomes.append(_opens_or_refuses_cleanly(folder))
    assert outcomes == ["opened", "refused", "refused", "refused"]  # pages past the recorded end are ignored
