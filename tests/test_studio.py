"""The Studio API: sentences in, one atomic command per sentence, undoable; the scene_to_json contract."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autark
from autark.errors import LimitExceeded, NotUnderstood, ProjectError, UserInputError
from autark.ops import AddObject, SetLight, SetTransform
from autark.scene.geometry import world_bbox
from autark.scene.model import Light, SceneObject
from autark.studio import MAX_TEXT_CHARS, Studio


def _log_count(studio: Studio) -> int:
    with sqlite3.connect(studio.path / "project.ams") as conn:
        n = conn.execute("SELECT COUNT(*) FROM command_log").fetchone()[0]
    conn.close()
    return int(n)


@pytest.fixture
def studio(tmp_path: Path) -> Any:
    with Studio.create(tmp_path / "film", name="Film") as s:
        yield s


def test_sentences_add_and_remove_and_undo(studio: Studio) -> None:
    added = studio.do("add a red chair")
    assert len(added.added) == 1 and added.seq is not None
    chair = studio.scene.object(added.added[0])
    assert chair.type == "chair"
    r, g, b = chair.material.color
    assert r > 0.5 and r > 2 * g and r > 2 * b, "a red chair is red"
    assert added.summary.startswith("added ") and f"({chair.id})" in added.summary and "chair" in added.summary
    table = studio.do("add a table")
    assert [o.type for o in studio.scene.objects] == ["chair", "table"]
    removed = studio.do("remove the chair")
    assert removed.removed == [chair.id] and [o.type for o in studio.scene.objects] == ["table"]
    undone = studio.undo()
    assert undone is not None and undone.kind == "undo" and undone.added == [chair.id]
    assert {o.id for o in studio.scene.objects} == {chair.id, table.added[0]}
    assert [(e.kind, e.sentence) for e in studio.history()] == [
        ("do", "add a red chair"), ("do", "add a table"), ("do", "remove the chair"), ("undo", "remove the chair")]


def test_reopened_studio_sees_the_same_scene(studio: Studio, tmp_path: Path) -> None:
    studio.do("add a red chair")
    studio.do("add a table")
    expected = studio.scene
    studio.close()
    with Studio.open(tmp_path / "film") as again:
        assert again.scene == expected and again.name == "Film"


def test_undo_redo_of_sentences_across_restart(studio: Studio, tmp_path: Path) -> None:
    for sentence in ("add a red chair", "add a table", "add a lamp"):
        studio.do(sentence)
    studio.undo()
    studio.undo()
    studio.close()
    with Studio.open(tmp_path / "film") as again:
        assert [o.type for o in again.scene.objects] == ["chair"]
        redone = again.redo()
        assert redone is not None and redone.text == "add a table"
    with Studio.open(tmp_path / "film") as third:
        assert [o.type for o in third.scene.objects] == ["chair", "table"]
        assert third.redo() is not None and [o.type for o in third.scene.objects] == ["chair", "table", "lamp"]


def _digest(folder: Path) -> dict[str, bytes]:
    # -shm is SQLite's shared-memory index (rebuilt from the WAL), not project data
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}


def test_rejected_sentence_changes_nothing(studio: Studio) -> None:
    studio.do("add a red chair")
    studio.store.checkpoint()
    before, count, files = studio.scene, _log_count(studio), _digest(studio.path)
    with pytest.raises(UserInputError):
        studio.do("remove the table")  # there is none
    with pytest.raises(UserInputError):
        studio.do("florp the wibble")
    with pytest.raises(NotUnderstood, match="empty"):
        studio.do("   \n\t ")
    with pytest.raises(LimitExceeded, match="limit"):
        studio.do("add a chair " * (MAX_TEXT_CHARS // 10))
    assert studio.scene == before and _log_count(studio) == count
    assert _digest(studio.path) == files, "a rejected sentence must not touch the project's files"


def test_scene_is_a_copy(studio: Studio) -> None:
    studio.do("add a table")
    studio.scene.objects.clear()
    assert len(studio.scene.objects) == 1


def test_closed_studio_refuses_work(tmp_path: Path) -> None:
    s = Studio.create(tmp_path / "p")
    s.close()
    with pytest.raises(ProjectError, match="closed"):
        s.do("add a chair")


def test_summary_names_the_change(studio: Studio) -> None:
    studio.apply_ops([AddObject(object=SceneObject(id="obj1", name="desk", type="desk"))], "desk")
    moved = studio.apply_ops([SetTransform(id="obj1", position=(1.0, 0.0, 0.0))], "move it")
    assert moved.summary == "moved desk (obj1)" and moved.changed == ["obj1"]
    lit = studio.apply_ops([SetLight(light=Light(name="key"))], "light")
    assert lit.other == ["lights"] and lit.summary == "changed lights"


# -- garbage in: only UserInputError out, and nothing stored ------------------------------------------------------
_garbage = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd", "Po", "Zs", "So", "Cc", "Mn"]), max_size=80),
    st.lists(st.sampled_from(["add", "the", "a", "red", "chair", "remove", "on", "of", "zz", "ß", "🎬", "\x00",
                              "'", '"', ";", "DROP TABLE objects;--", "%s", "{}", "\u202e"]), max_size=12).map(" ".join),
    st.integers(min_value=MAX_TEXT_CHARS - 5, max_value=MAX_TEXT_CHARS * 3).map(lambda n: "x" * n),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_garbage)
def test_garbage_input_raises_only_user_errors(studio: Studio, text: str) -> None:
    before_json, before_count = studio.scene.model_dump_json(), _log_count(studio)
    try:
        result = studio.do(text)
    except UserInputError:
        assert studio.scene.model_dump_json() == before_json
        assert _log_count(studio) == before_count
        with Studio.open(studio.path) as other:  # and the stored scene is unchanged
            assert other.scene.model_dump_json() == before_json
        return
    # the engine understood it (random words can form a sentence): then it is one stored, undoable command
    assert _log_count(studio) == before_count + (result.seq is not None)
    with Studio.open(studio.path) as other:
        assert other.scene == studio.scene


# -- the JSON contract ------------------------------------------------------------------------------------------
def _is_vec(v: Any) -> bool:
    return isinstance(v, list) and len(v) == 3 and all(isinstance(x, float) for x in v)


def test_scene_to_json_contract(studio: Studio) -> None:
    studio.apply_ops([
        AddObject(object=SceneObject(id="obj1", name="table", type="table", bounds_min=(-0.8, 0, -0.45),
                                     bounds_max=(0.8, 0.75, 0.45),
                                     transform={"position": (2.0, 0.0, -1.0), "rotation": (0, 90, 0)},
                                     material={"color": (0.9, 0.1, 0.2)})),
        AddObject(object=SceneObject(id="obj2", name="cup", type="cup", parent="obj1", visible=False)),
        SetLight(light=Light(name="sun", intensity=2)),
    ], "setup")
    data = json.loads(json.dumps(autark.scene_to_json(studio.scene)))  # plain JSON types only
    assert set(data) >= {"name", "objects", "cameras", "lights"} and data["name"] == "Film"
    keys = {"id", "name", "type", "position", "rotation", "scale", "color", "bbox", "visible", "parent"}
    for o in data["objects"]:
        assert set(o) >= keys
        assert all(_is_vec(o[k]) for k in ("position", "rotation", "scale", "color"))
        assert set(o["bbox"]) == {"min", "max"} and _is_vec(o["bbox"]["min"]) and _is_vec(o["bbox"]["max"])
        assert isinstance(o["visible"], bool) and (o["parent"] is None or isinstance(o["parent"], str))
    table, cup = data["objects"]
    # world bbox: the table turned 90 degrees about Y swaps its X and Z extent around (2, 0, -1)
    assert table["bbox"]["min"] == pytest.approx([1.55, 0.0, -1.8])
    assert table["bbox"]["max"] == pytest.approx([2.45, 0.75, -0.2])
    box = world_bbox(studio.scene.object("obj1"))
    assert table["bbox"]["min"] == pytest.approx(list(box.min))
    assert table["rotation"] == [0.0, 90.0, 0.0] and table["color"] == pytest.approx([0.9, 0.1, 0.2])
    assert cup["parent"] == "obj1" and cup["visible"] is False
    (cam,) = data["cameras"]
    assert set(cam) >= {"name", "position", "target", "fov"} and _is_vec(cam["position"]) and _is_vec(cam["target"])
    assert isinstance(cam["fov"], float)
    (sun,) = data["lights"]
    assert set(sun) >= {"name", "type", "position", "direction", "color", "intensity"}
    assert sun["type"] == "sun" and sun["intensity"] == 2.0 and _is_vec(sun["direction"])
