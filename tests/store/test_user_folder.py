"""The user folder (issue 21): phrases and templates a user makes live beside the projects, work in every project
and survive a restart; a phrase never shadows a built-in word; a template file from elsewhere is checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from autark.cli.main import app
from autark.errors import UserInputError
from autark.language import interpret
from autark.language.phrases import check_phrase_name, user_command
from autark.ops import apply_ops
from autark.ops.user_templates import parse_template
from autark.scene.model import Scene
from autark.store.userdir import UserFolder
from autark.studio import Studio


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("AUTARK_CONFIG_DIR", str(folder))
    return folder


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    return result


def _scene(*sentences: str, user: UserFolder | None = None) -> Scene:
    scene = Scene()
    for s in sentences:
        scene = apply_ops(scene, interpret(s, scene, user=user))
    return scene


def test_a_taught_phrase_runs_its_sentences_in_both_languages(tmp_path: Path) -> None:
    folder = UserFolder(tmp_path)
    table = _scene("add a table")
    assert "learned" in (user_command("from now on, cozy means candlelight and a lamp on the table", table, folder)
                         or "")
    assert "gelernt" in (user_command("ab jetzt heißt gemütlich Kerzenlicht und eine Lampe auf dem Tisch", table,
                                      folder) or "")
    for sentence in ("make it cozy", "mach es gemütlich", "cozy"):
        scene = apply_ops(table, interpret(sentence, table, user=folder))
        assert scene.settings.lighting == "candlelight"
        lamp = next(o for o in scene.objects if o.type == "table_lamp")
        top = next(o for o in scene.objects if o.type == "table").transform.scale[1] * 0.7
        assert lamp.transform.position[1] > top  # it stands on the table, not on the floor
    # without the user's library the word means nothing
    with pytest.raises(UserInputError):
        interpret("make it cozy", table)
    # the same sentence, scene and phrases: the same operators
    assert interpret("make it cozy", table, user=folder) == interpret("make it cozy", table, user=folder)


@pytest.mark.parametrize("word", ["red", "chair", "sunset", "stuhl", "make", "rot"])
def test_a_phrase_that_would_shadow_a_built_in_word_is_refused(word: str) -> None:
    with pytest.raises(UserInputError, match="already knows"):
        check_phrase_name(word)


def test_changing_and_forgetting_a_phrase(tmp_path: Path) -> None:
    folder, scene = UserFolder(tmp_path), Scene()
    user_command("from now on, cozy means candlelight", scene, folder)
    with pytest.raises(UserInputError, match="already means: candlelight"):
        user_command("from now on, cozy means sunset lighting", scene, folder)
    assert "changed" in (user_command("from now on, cozy means sunset lighting", scene, folder, replace=True) or "")
    assert folder.phrases()["cozy"] == ("sunset lighting",)
    assert user_command("forget cozy", scene, folder) == "forgot 'cozy'"
    assert folder.phrases() == {}
    with pytest.raises(UserInputError, match="no phrase"):
        user_command("vergiss gemütlich", scene, folder)


def test_phrases_and_templates_cross_projects_and_survive_a_restart(user: Path, tmp_path: Path) -> None:
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    for p in (p1, p2):
        assert _cli("new", str(p)).exit_code == 0
    r = _cli("do", str(p1), "add a table 3 m left", "add a sofa 3 m right", "sunset lighting",
             "from now on, cozy means candlelight and a lamp on the table", "save this room as my office")
    assert r.exit_code == 0, r.output
    assert (user / "phrases.json").is_file() and (user / "templates" / "scene" / "office.json").is_file()
    # a new process (a restart) in the other project: the phrase and the template are there
    env = {**os.environ, "AUTARK_CONFIG_DIR": str(user)}
    cmd = [sys.executable, "-m", "autark.cli.main"]
    run = subprocess.run([*cmd, "do", str(p2), "make this my office", "make it cozy"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    listed = subprocess.run([*cmd, "phrases"], env=env, capture_output=True, text=True, timeout=60)
    assert "cozy: candlelight; a lamp on the table" in listed.stdout
    shown = json.loads(_cli("show", str(p2), "--json").output)
    types = sorted(o["type"] for o in shown["objects"])
    assert types == ["sofa", "table", "table_lamp"]
    with Studio.open(p2) as studio:
        assert {o.tag for o in studio.scene.objects if o.type in ("sofa", "table")} == {"template"}
    # undo takes the phrase's command back as one step
    assert _cli("undo", str(p2)).exit_code == 0
    assert sorted(o["type"] for o in json.loads(_cli("show", str(p2), "--json").output)["objects"]) == ["sofa", "table"]
    # export, remove, import again
    out = tmp_path / "office.json"
    assert _cli("templates", "export", "office", str(out)).exit_code == 0
    assert _cli("templates", "remove", "office").exit_code == 0
    assert "no templates" in _cli("templates").output
    r = _cli("templates", "import", str(out))
    assert r.exit_code == 0 and "imported scene template 'office'" in r.output
    assert _cli("phrases", "--remove", "cozy").exit_code == 0
    assert "no phrases" in _cli("phrases").output


def test_lighting_and_camera_templates(user: Path, tmp_path: Path) -> None:
    folder = UserFolder(user)
    lit = _scene("add a chair", "sunset lighting", "a close-up of the chair")
    user_command("save this lighting as my dusk", lit, folder)
    user_command("save this camera as my closeup", lit, folder)
    other = _scene("add a table 2 m left")
    after = apply_ops(other, interpret("use my dusk", other, user=folder))
    assert after.settings.lighting == "sunset" and after.lights == lit.lights
    after = apply_ops(other, interpret("nimm mein closeup", other, user=folder))
    assert after.camera().position == lit.camera().position
    assert [o.type for o in after.objects] == ["table"]


@pytest.mark.parametrize(("text", "message"), [
    ("not json", "is not JSON"),
    ('{"name": "x", "kind": "scene"}', "is not an autark template"),
    ('{"format": "autark-template", "name": "x", "kind": "scene", "objects": [{"id": "o1", "name": "b", '
     '"type": "bomb"}]}', "'bomb', which autark cannot build"),
    ('{"format": "autark-template", "name": "x", "kind": "scene", "objects": [{"id": "o1", "name": "b", '
     '"type": "chair", "transform": {"position": [1e9, 0, 0]}}]}', "objects.0.transform.position"),
    ('{"format": "autark-template", "name": "../../etc", "kind": "scene"}', "may hold only letters"),
    ('{"format": "autark-template", "name": "x", "kind": "lighting", "settings": {"width": 99999}}',
     "settings a template may not carry"),
    ('{"format": "autark-template", "name": "x", "kind": "virus"}', "kind"),
    ("[" * 100000, "not JSON"),
])
def test_a_hostile_template_file_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_template(text, where="t.json")
    assert message in str(caught.value)


def test_importing_a_hostile_file_keeps_nothing(user: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "autark-template", "name": "x", "kind": "scene", "objects": [{"id": "o1", '
                   '"name": "b", "type": "bomb"}]}', encoding="utf-8")
    r = _cli("templates", "import", str(bad))
    assert r.exit_code == 2 and "cannot build" in r.output and "Traceback" not in r.output
    assert not (user / "templates").exists()


def test_a_camera_move_template_moves_the_camera_the_same_way_elsewhere(tmp_path: Path) -> None:
    folder = UserFolder(tmp_path)
    orbit = _scene("add a chair", "the camera orbits the chair for 5 seconds")
    said = user_command("save this camera move as my orbit", orbit, folder)
    assert said is not None and "camera move of" in said
    other = _scene("add a table")
    moved = apply_ops(other, interpret("use my orbit", other, user=folder))
    assert {t.target: t.keyframes for t in moved.timeline.tracks} == {
        t.target: t.keyframes for t in orbit.timeline.tracks if t.target.startswith("camera:main.")}
    assert len(moved.timeline.tracks[0].keyframes) > 2  # a move, not a pose
    with pytest.raises(UserInputError, match="camera move's tracks"):
        parse_template('{"format": "autark-template", "name": "x", "kind": "camera", "camera": {"name": "c"}, '
                       '"camera_tracks": [{"target": "object:obj1.visible", "keyframes": []}]}')


def test_a_phrase_that_would_use_itself_or_says_nothing_is_refused(tmp_path: Path) -> None:
    folder, scene = UserFolder(tmp_path), Scene()
    user_command("from now on, cozy means make it snug", scene, folder)
    with pytest.raises(UserInputError, match="'snug' would use itself through 'cozy'"):
        user_command("from now on, snug means candlelight and make it cozy", scene, folder)
    with pytest.raises(UserInputError, match="cannot be defined by itself"):
        user_command("from now on, zap means make it zap", scene, folder)
    for empty in ("from now on, cozy means", "ab jetzt heißt", "from now on, 3d means x"):
        with pytest.raises(UserInputError, match="to teach a phrase|um ein Wort"):
            user_command(empty, scene, folder)
    user_command("from now on, blub means blargh", scene, folder)
    with pytest.raises(UserInputError, match="'blub' means 'blargh', which failed: I don't know 'blargh'"):
        interpret("make it blub", scene, user=folder)
