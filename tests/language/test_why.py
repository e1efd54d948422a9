"""Why (issue 21, item 2): every decision autark makes on the user's behalf is recorded with its reason and the
alternatives it turned down, and answers "why" in English and German: a placement, a stand-in body, a camera
move, a framing changed by the camera checks, a voice, a music mood. Questions write nothing to the project;
``autark history --why`` lists the decisions; the protocol's ``response`` carries an answer and its ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from autark.cli.main import app
from autark.jobs.shots import SceneShots, plan_shot
from autark.language.answers import answer
from autark.server import commands, protocol
from autark.studio import Studio


def _studio(tmp_path: Path, *sentences: str) -> Studio:
    studio = Studio.create(tmp_path / "p")
    for s in sentences:
        studio.do(s)
    return studio


def _numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+\.\d+", text)]


def test_why_a_placement_names_the_relation_and_the_spot_it_turned_down(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a table", "add a sofa right of the table", "add a red chair next to the table") as st:
        chair = next(o for o in st.scene.objects if o.type == "chair")
        for question in ("why is the chair there?", "warum steht der Stuhl dort?"):
            result = st.do(question)
            assert result.seq is None and result.refers == [chair.id]
            text = result.answer or ""
            german = question.startswith("warum")
            assert ("neben Tisch" in text and "belegt von Sofa" in text) if german else (
                "next to the table" in text and "taken by the sofa" in text)
            x, _y, z = chair.transform.position
            assert any(abs(n - x) < 0.006 for n in _numbers(text)) and any(abs(n - z) < 0.006 for n in _numbers(text))
            assert ("Verworfen" in text) == question.startswith("warum")
        free = st.do("why is the sofa there?").answer or ""
        assert "right of the table" in free and "that spot was free" in free


def test_why_music_voice_and_camera_move(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a table", "add a robot named Robo", "Robo says hello", "play sad music",
                 "the camera dollies toward the table") as st:
        music = st.do("why this music?").answer or ""
        assert "sad" in music and "play sad music" in music and "the mood before: none" in music
        assert "traurig" in (st.do("warum diese Musik?").answer or "")
        voice = st.do("why does Robo have this voice?")
        assert "robot voice" in (voice.answer or "") and voice.refers == [st.scene.characters[0].object_id]
        camera = st.do("why this camera move?").answer or ""
        assert "dolly" in camera and "the camera dollies toward the table" in camera


def test_why_a_stand_in_body(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a robot named Monster") as st:
        text = st.do("why is the monster played by a robot?").answer or ""
        assert "played by a robot" in text and "no body for a monster" in text and "asset library" in text


def test_why_the_camera_checks_changed_a_framing(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a robot named Robo", "add a wall 1 m in front of Robo") as st:
        robo = st.scene.objects[0].id
        ctx = SceneShots(characters=[robo], props=[], names={robo: "Robo"}, fps=30)
        planned = plan_shot(st.scene, ctx, size="medium", move="static", subject=robo, start_s=0.0, end_s=3.0,
                            first_of_scene=False, transition="cut", warnings=[], where="scene 1")
    reply = answer("why is Robo filmed like this?", planned)
    assert reply is not None and reply.ids == [robo]
    assert "camera checks refused the planned framing" in reply.text
    assert "planned medium of Robo from front" not in reply.text or "Rejected" in reply.text
    assert "wall" in reply.text and "kept" not in reply.text.split("Rejected")[-1]
    german = answer("warum wird Robo so gefilmt?", planned)
    assert german is not None and "Verworfen" in german.text


def test_an_undone_command_no_longer_explains(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a table", "add a chair next to the table") as st:
        assert any(d.kind == "placement" and d.command == "add a chair next to the table" for d in st.decisions())
        st.undo()
        assert not any(d.command == "add a chair next to the table" for d in st.decisions())


def test_questions_leave_the_project_file_byte_for_byte(tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "p"
    with _studio(tmp_path, "add a table", "put a lamp on the table", "add a red chair next to the table"):
        pass
    files = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    for question in ("where is the kitchen table", "wo steht der Tisch?", "what is on the table?",
                     "warum steht der Stuhl dort?", "how long is the film?"):
        out = runner.invoke(app, ["do", str(project), question])
        assert out.exit_code == 0, out.output
        assert "✓" not in out.output and "did you mean" not in out.output
    assert "stands in the middle" in runner.invoke(app, ["do", str(project), "where is the table?"]).output
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == files


def test_history_why_lists_each_decision_under_its_command(tmp_path: Path) -> None:
    with _studio(tmp_path, "add a table", "add a sofa right of the table", "add a red chair next to the table",
                 "play happy music"):
        pass
    out = CliRunner().invoke(app, ["history", str(tmp_path / "p"), "--why"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    head = lines.index("#3 add a red chair next to the table")
    assert lines[head + 1].startswith("  placement: red chair placed at")
    assert "rejected: the first spot tried" in lines[head + 2] and "sofa" in lines[head + 2]
    assert "music: music mood happy" in out.output


@pytest.mark.parametrize("question", ["where is the table?", "wie viele Tische gibt es?"])
def test_protocol_response_carries_the_answer_and_its_ids(tmp_path: Path, question: str) -> None:
    with _studio(tmp_path, "add a table") as st:
        seq = st.history()[-1].seq
        data = commands.response(st.do(protocol.parse_command({"text": question}).text or ""))
        assert data["ok"] and data["seq"] is None and data["refers"] == ["obj1"]
        assert ("Tisch" if "Tische" in question else "table") in data["answer"]
        assert st.history()[-1].seq == seq  # nothing was logged
        protocol.dump(protocol.message("response", data, 1))  # strict JSON


def test_why_answers_in_german_for_voices_and_stand_ins(tmp_path: Path) -> None:
    with _studio(tmp_path, "füge einen Roboter namens Monster hinzu", "Monster sagt hallo",
                 "füge eine Frau namens Anna hinzu", "Anna sagt hallo") as st:
        voice = st.do("warum hat Anna diese Stimme?").answer or ""
        assert "Anna spricht mit der Stimme woman" in voice and "Verworfen" in voice and "für einen Mann" in voice
        stand_in = st.do("warum wird das Monster von einem Roboter gespielt?").answer or ""
        assert "gespielt von Roboter" in stand_in and "keinen Körper für 'monster'" in stand_in
