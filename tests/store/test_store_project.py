"""The project store: round trips, undo/redo across restarts, atomic commands, rejected files, migrations."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from autark.errors import NotFound, ProjectError, UserInputError
from autark.ops import (
    AddKeyframes,
    AddObject,
    ApplyLighting,
    RemoveObjects,
    SetCamera,
    SetLight,
    SetMaterial,
    SetParent,
    SetSettings,
    SetTimeline,
    SetTransform,
)
from autark.scene.model import Camera, Character, Light, Scene, SceneObject
from autark.scene.timeline import Action, Keyframe, Line, Shot
from autark.store import APPLICATION_ID, SCHEMA_VERSION, ProjectStore
from autark.store import migrations as mig
from autark.studio import Studio


def _obj(n: int, kind: str = "chair", **kw: object) -> SceneObject:
    return SceneObject(id=f"obj{n}", name=f"{kind} {n}", type=kind, **kw)


def _add(studio: Studio, n: int, kind: str = "chair") -> None:
    studio.apply_ops([AddObject(object=_obj(n, kind, transform={"position": (float(n), 0.0, 0.0)}))], f"add {n}")


def _rows(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _rich_scene(studio: Studio) -> None:
    """Touch every part of a scene: objects with materials and groups, cameras, lights, settings, timeline."""
    studio.apply_ops([
        AddObject(object=_obj(1, "table", bounds_min=(-0.8, 0, -0.45), bounds_max=(0.8, 0.75, 0.45))),
        AddObject(object=_obj(2, "lamp", transform={"position": (0.2, 0.75, 0.1), "rotation": (0, 33.5, 0)})),
        AddObject(object=_obj(3, "humanoid", transform={"position": (-2.0, 0.0, 1.0), "scale": (1.1, 1.1, 1.1)})),
    ], "build")
    studio.apply_ops([SetMaterial(id="obj1", changes={"color": (0.55, 0.35, 0.2), "name": "wooden", "roughness": 0.8}),
                      SetParent(ids=["obj2"], parent="obj1")], "style")
    studio.apply_ops([SetCamera(camera=Camera(name="close", position=(1.0, 1.5, 3.0), target=(0, 0.7, 0), fov=35.0)),
                      SetLight(light=Light(name="key", type="spot", position=(2, 4, 2), direction=(-0.4, -1, -0.4),
                                           color=(1.0, 0.9, 0.8), intensity=3.5, target="obj1"))], "lights")
    studio.apply_ops([ApplyLighting(preset="sunset", exposure=1.3,
                                    lights=[Light(name="sun", color=(1.0, 0.6, 0.3), intensity=0.8)]),
                      SetSettings(changes={"fps": 24, "width": 640, "height": 360, "background": "sunset"})], "mood")
    studio.apply_ops([
        AddKeyframes(target="object:obj3.transform.position",
                     keyframes=[Keyframe(time_s=0.0, value=(-2.0, 0.0, 1.0)), Keyframe(time_s=2.5, value=(0, 0, 1))]),
        SetTimeline(shots=[Shot(camera="close", start_s=0.0, end_s=4.0, size="medium")],
                    actions=[Action(object_id="obj3", kind="walk", start_s=0.0, end_s=2.5, target=(0, 0, 1))],
                    lines=[Line(speaker="Ada", text="Hello, Zoë — ça va?", start_s=1.0)],
                    duration_s=6.0, music_mood="warm"),
    ], "animate")


def test_scene_round_trips_through_close_and_open(tmp_path: Path) -> None:
    scene = Scene(name="round trip", characters=[Character(id="c1", name="Ada", object_id="obj3")])
    with Studio(ProjectStore.create(tmp_path / "p", scene=scene)) as studio:
        _rich_scene(studio)
        expected = studio.scene
    with Studio.open(tmp_path / "p") as studio:
        assert studio.scene == expected
        assert studio.scene.model_dump_json() == expected.model_dump_json()
    assert expected.lights[0].name == "sun" and expected.timeline.lines[0].text.endswith("ça va?")
    db = tmp_path / "p" / "project.ams"
    # current state is one row per item, not a blob: loading never replays the log
    assert [_rows(db, t) for t in ("objects", "cameras", "lights", "characters")] == [3, 2, 1, 1]


def test_object_order_survives_removal_and_reopen(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        for n in (1, 2, 3, 4):
            _add(studio, n)
        studio.apply_ops([RemoveObjects(ids=["obj2"])], "remove")
        _add(studio, 5)
        studio.apply_ops([SetTransform(id="obj4", position=(9.0, 0.0, -1.0))], "move")
        expected = [o.id for o in studio.scene.objects]
    with Studio.open(tmp_path / "p") as studio:
        assert [o.id for o in studio.scene.objects] == expected == ["obj1", "obj3", "obj4", "obj5"]
        assert studio.scene.object("obj4").transform.position == (9.0, 0.0, -1.0)


def test_undo_redo_survive_restart(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        for n in (1, 2, 3):
            _add(studio, n)
        assert studio.undo() is not None and studio.undo() is not None
        assert [o.id for o in studio.scene.objects] == ["obj1"]
    with Studio.open(tmp_path / "p") as studio:
        assert [o.id for o in studio.scene.objects] == ["obj1"]
        redone = studio.redo()
        assert redone is not None and redone.added == ["obj2"]
        assert [o.id for o in studio.scene.objects] == ["obj1", "obj2"]
    with Studio.open(tmp_path / "p") as studio:
        assert [o.id for o in studio.scene.objects] == ["obj1", "obj2"]
        # a new command discards the redo branch (obj3) but the log keeps it
        _add(studio, 7, "table")
        assert studio.redo() is None
        states = {e.sentence: e.state for e in studio.history() if e.kind == "do"}
        assert states == {"add 1": "done", "add 2": "done", "add 3": "discarded", "add 7": "done"}
        assert [e.kind for e in studio.history()] == ["do", "do", "do", "undo", "undo", "redo", "do"]
        for _ in range(3):
            assert studio.undo() is not None
        assert studio.undo() is None and studio.scene.objects == []
    with Studio.open(tmp_path / "p") as studio:
        assert studio.scene.objects == [] and studio.redo() is not None
        assert [o.id for o in studio.scene.objects] == ["obj1"]


def test_command_log_is_append_only(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        _add(studio, 1)
        studio.undo()
    with sqlite3.connect(tmp_path / "p" / "project.ams") as conn:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM command_log")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE command_log SET sentence = 'x'")
        assert conn.execute("SELECT COUNT(*) FROM command_log").fetchone()[0] == 2


def test_failed_command_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Studio.create(folder) as studio:
        _add(studio, 1)
        studio.store.checkpoint()
        before_files, before_scene = _digest(folder), studio.scene
        with pytest.raises(NotFound):
            studio.apply_ops([AddObject(object=_obj(2)), SetTransform(id="obj99", position=(1, 2, 3))], "bad")
        with pytest.raises(UserInputError):
            studio.apply_ops([SetMaterial(id="obj1", changes={"color": (2.0, 0.0, 0.0)})], "bad colour")
        with pytest.raises(UserInputError):
            studio.apply_ops([{"op": "no_such_op"}], "garbage")
        assert studio.scene == before_scene
        assert _digest(folder) == before_files
        assert len(studio.history()) == 1


def test_a_group_commit_keeps_its_good_commands_and_drops_its_failed_ones(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Studio.create(folder) as studio:
        _add(studio, 1)
        with studio.group():
            _add(studio, 2)
            with pytest.raises(NotFound):  # a command that fails inside the group changes nothing
                studio.apply_ops([AddObject(object=_obj(3)), SetTransform(id="obj99", position=(1, 2, 3))], "bad")
            _add(studio, 4)
            assert [o.id for o in studio.scene.objects] == ["obj1", "obj2", "obj4"]
            # not durable until the group ends: another connection still sees only the first command
            assert _rows(folder / "project.ams", "command_log") == 1
        assert [e.sentence for e in studio.history()] == ["add 1", "add 2", "add 4"]
        assert studio.undo().removed == ["obj4"]
    with Studio.open(folder) as again:
        assert [o.id for o in again.scene.objects] == ["obj1", "obj2"]


def test_a_group_that_cannot_be_written_leaves_the_project_and_the_scene_as_before(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Studio.create(folder) as studio:
        _add(studio, 1)
        before = studio.scene
        with pytest.raises(RuntimeError, match="power cut"), studio.group():
            _add(studio, 2)
            _add(studio, 3)
            raise RuntimeError("power cut")
        assert studio.scene == before and len(studio.history()) == 1
        _add(studio, 4)  # and the studio carries on from the stored scene
        assert [o.id for o in studio.scene.objects] == ["obj1", "obj4"]
    with Studio.open(folder) as again:
        assert [o.id for o in again.scene.objects] == ["obj1", "obj4"]


def test_no_op_command_leaves_no_undo_step(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        _add(studio, 1)
        result = studio.apply_ops([SetTransform(id="obj1", position=(1.0, 0.0, 0.0))], "same place")
        assert result.seq is None and len(studio.history()) == 1


def test_create_refuses_existing_project(tmp_path: Path) -> None:
    Studio.create(tmp_path / "p").close()
    digest = _digest(tmp_path / "p")
    with pytest.raises(ProjectError, match="already holds an autark project"):
        Studio.create(tmp_path / "p")
    assert _digest(tmp_path / "p") == digest


def test_preferences_and_templates_persist(tmp_path: Path) -> None:
    with ProjectStore.create(tmp_path / "p") as store:
        store.set_preference("render.width", 1920)
        store.set_preference("render.width", 640)
        store.save_template("my room", "setting", {"objects": ["table", "chair"]})
    with ProjectStore.open(tmp_path / "p") as store:
        assert store.get_preference("render.width") == 640
        assert store.get_preference("missing", "dflt") == "dflt"
        assert store.template("my room") == ("setting", {"objects": ["table", "chair"]})


# -- files that are not (usable) projects -----------------------------------------------------------------------
def _made_project(folder: Path) -> Path:
    with Studio.create(folder) as studio:
        for n in range(1, 40):
            _add(studio, n)
    return folder / "project.ams"


def _assert_rejected(folder: Path, match: str) -> None:
    before = _digest(folder)
    with pytest.raises(ProjectError, match=match) as info:
        Studio.open(folder)
    assert info.value.hint, "every project error says how to fix it"
    assert _digest(folder) == before, "a rejected file must stay byte-identical (and no companions left behind)"


def test_missing_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist") as info:
        Studio.open(tmp_path / "nope")
    assert "autark new" in str(info.value)
    (tmp_path / "empty").mkdir()
    _assert_rejected(tmp_path / "empty", "not an autark project: it has no project.ams")
    (tmp_path / "afile").write_text("hello")
    with pytest.raises(ProjectError, match="is a file"):
        Studio.open(tmp_path / "afile")


@pytest.mark.parametrize("size", [0, 50, 4096])
def test_random_bytes_are_rejected(tmp_path: Path, size: int) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "project.ams").write_bytes(os.urandom(size))
    _assert_rejected(tmp_path / "p", "damaged")


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.9])
def test_truncated_project_is_rejected(tmp_path: Path, fraction: float) -> None:
    db = _made_project(tmp_path / "p")
    data = db.read_bytes()
    assert len(data) > 8192
    db.write_bytes(data[: int(len(data) * fraction)])
    _assert_rejected(tmp_path / "p", "damaged")


def test_foreign_sqlite_database_is_rejected(tmp_path: Path) -> None:
    for app_id, name in ((0, "plain"), (0x12345678, "other app")):
        folder = tmp_path / name
        folder.mkdir()
        with sqlite3.connect(folder / "project.ams") as conn:
            conn.execute(f"PRAGMA application_id = {app_id}")
            conn.execute("CREATE TABLE notes (x TEXT)")
            conn.execute("INSERT INTO notes VALUES ('mine')")
        conn.close()
        _assert_rejected(folder, "not an autark project")


def test_newer_schema_is_rejected_with_upgrade_hint(tmp_path: Path) -> None:
    db = _made_project(tmp_path / "p")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    _assert_rejected(tmp_path / "p", rf"made by a newer autark \(schema 7, this one knows {SCHEMA_VERSION}\)")
    with pytest.raises(ProjectError) as info:
        Studio.open(tmp_path / "p")
    assert "upgrade autark" in str(info.value)


# -- migrations ---------------------------------------------------------------------------------------------------
def _v1_project(db: Path) -> None:
    """A schema-1 project as the first autark wrote it: one scene, one object and its command."""
    db.parent.mkdir()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    assert mig.migrate(conn, target=1) == 0
    conn.execute("INSERT INTO projects (id, name, created_at, current_scene_id) VALUES (1, 'old', 't', 1)")
    scene = Scene(name="old")
    obj = _obj(1, "table")
    conn.execute("INSERT INTO scenes (id, project_id, name, active_camera, next_id, scene_schema, settings, timeline)"
                 " VALUES (1, 1, 'old', 'main', 2, 1, ?, ?)",
                 (scene.settings.model_dump_json(), scene.timeline.model_dump_json()))
    conn.execute("INSERT INTO objects VALUES (1, 'obj1', 0, 'table 1', 'table', NULL, ?)", (obj.model_dump_json(),))
    conn.execute("INSERT INTO cameras VALUES (1, 'main', 0, ?)", (scene.cameras[0].model_dump_json(),))
    conn.execute("INSERT INTO command_log (time, scene_id, kind, sentence, ops, patch) "
                 "VALUES ('t', 1, 'do', 'add a table', '[]', '{}')")
    conn.execute("INSERT INTO command_state VALUES (1, 'done')")
    conn.execute("COMMIT")
    conn.close()


def test_v1_project_is_upgraded_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old" / "project.ams"
    _v1_project(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    with Studio.open(db.parent) as studio:
        assert [o.id for o in studio.scene.objects] == ["obj1"]
        assert [e.sentence for e in studio.history()] == ["add a table"]
        _add(studio, 2)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers == {"command_log_no_update", "command_log_no_delete"}
        stamps = conn.execute("SELECT updated_at FROM scenes").fetchall()
        # schema 4 chained a checksum onto the old entry; the new one continues the chain
        checksums = [r[0] for r in conn.execute("SELECT checksum FROM command_log ORDER BY seq")]
        head = conn.execute("SELECT value FROM meta WHERE key = 'log_head'").fetchone()[0]
    conn.close()
    assert stamps[0][0] > "2000"  # written by the schema-2 store on the command after the upgrade
    assert len(checksums) == 2 and all(len(c) == 64 for c in checksums) and head == checksums[-1]
    with Studio.open(db.parent) as studio:  # and the upgraded chain verifies
        assert studio.undo() is not None


def test_scene_fields_without_a_column_survive_reopening(tmp_path: Path) -> None:
    from autark.ops import SetFocus

    with Studio.create(tmp_path / "p") as studio:
        _add(studio, 2)
        first = studio.scene.objects[0].id
        studio.apply_ops([SetFocus(ids=[first])], "focus")
    with Studio.open(tmp_path / "p") as studio:
        assert studio.scene.focus == [first]
        studio.undo()
        assert studio.scene.focus != [first]


def test_failed_migration_leaves_database_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old" / "project.ams"
    _v1_project(db)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure in migration 3")

    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, broken])
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="simulated"):
        mig.migrate(conn, target=len(mig.MIGRATIONS))
    conn.execute("ROLLBACK")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # v2 and v3 were rolled back with the failed last one
    assert "half_done" not in tables and "command_log_no_update" not in tables
    conn.close()


def test_two_studios_on_one_project_see_each_others_commands(tmp_path: Path) -> None:
    Studio.create(tmp_path / "p").close()
    with Studio.open(tmp_path / "p") as a, Studio.open(tmp_path / "p") as b:
        _add(a, 1)
        _add(b, 2)  # b catches up with a's command before applying its own
        assert [o.id for o in b.scene.objects] == ["obj1", "obj2"]
        undone = a.undo()  # a catches up too: its undo takes back b's command, the newest
        assert undone is not None and undone.removed == ["obj2"]
        # a race inside the commit itself (after the check) is refused rather than overwriting
        a_store = a.store
        _add(b, 3)
        with pytest.raises(ProjectError, match="changed by another autark"):
            a_store.commit("do", "stale", [], a_store.patch(1), a.scene)
    with Studio.open(tmp_path / "p") as c:
        assert [o.id for o in c.scene.objects] == ["obj1", "obj3"]


def test_busy_project_gives_a_project_error(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        _add(studio, 1)
        locker = sqlite3.connect(tmp_path / "p" / "project.ams", isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        studio.store._conn.execute("PRAGMA busy_timeout = 50")  # instead of waiting the full 10 s
        with pytest.raises(ProjectError, match="busy"):
            _add(studio, 2)
        locker.execute("ROLLBACK")
        locker.close()
        _add(studio, 2)  # and it works once the lock is gone
        assert [o.id for o in studio.scene.objects] == ["obj1", "obj2"]
    with Studio.open(tmp_path / "p") as again:
        assert [o.id for o in again.scene.objects] == ["obj1", "obj2"]
