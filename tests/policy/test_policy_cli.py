"""The content policy at the edges: autark make / plan / do refuse with exit 2 and make nothing; output
scanning catches a plan whose spoken text was edited by hand; each decision is logged."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "jobs"))
from film_plans import TWO_SCENES  # noqa: E402

from autark.cli import main as cli  # noqa: E402
from autark.jobs import CardSegment, SceneSegment  # noqa: E402
from autark.jobs.produce import build_film, produce, scan_film_text  # noqa: E402
from autark.policy import PolicyRefused  # noqa: E402
from autark.story import load_plan  # noqa: E402

BAD_LINE = "I will cut your throat, blood everywhere."


def test_make_a_refused_idea_exits_2_and_makes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    result = CliRunner().invoke(cli.app, ["make", "a man stabs his neighbour", "-o", str(out)])
    assert result.exit_code == cli.EXIT_INPUT == 2
    assert "refused: graphic violence ('stabs', 'neighbour')" in result.output
    assert list(tmp_path.iterdir()) == []


def test_plan_refuses_in_the_ideas_language_and_checks_the_level(tmp_path: Path) -> None:
    out = tmp_path / "p.yaml"
    result = CliRunner().invoke(cli.app, ["plan", "Ein Mann ersticht seinen Nachbarn", "-o", str(out)])
    assert result.exit_code == 2 and "abgelehnt: drastische Gewalt ('ersticht', 'Nachbarn')" in result.output
    result = CliRunner().invoke(cli.app, ["plan", "a dragon kills a knight", "-o", str(out), "--policy", "strict"])
    assert result.exit_code == 2 and "refused: graphic violence ('kills', 'knight')" in result.output
    result = CliRunner().invoke(cli.app, ["plan", "a knight", "-o", str(out), "--policy", "lax"])
    assert result.exit_code == 2 and "no policy level 'lax'" in result.output
    assert not out.exists()


def test_make_a_hand_edited_plan_is_refused(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(TWO_SCENES.replace("text: Hello there.", f"text: '{BAD_LINE}'"), encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["make", str(plan_file), "-o", str(tmp_path / "film.mp4")])
    assert result.exit_code == 2 and "graphic violence ('blood everywhere', 'cut your throat')" in result.output
    assert not (tmp_path / "film.mp4").exists()


def test_output_scanning_reads_lines_and_cards() -> None:
    screenplay = load_plan(TWO_SCENES)
    built = build_film(screenplay, width=64, height=36, fps=5, check_shots=False)
    assert scan_film_text(built.segments).verdict == "allowed"
    scene = next(s for s in built.segments if isinstance(s, SceneSegment))
    line = scene.scene.timeline.lines[0]
    timeline = scene.scene.timeline.model_copy(update={"lines": [line.model_copy(update={"text": BAD_LINE})]})
    edited = SceneSegment(scene.scene.model_copy(update={"timeline": timeline}), scene.duration_s)
    with pytest.raises(PolicyRefused, match="graphic violence"):
        scan_film_text([edited])
    with pytest.raises(PolicyRefused, match="sexual content"):
        scan_film_text([CardSegment("The End", "a porn film")])


def test_produce_scans_before_writing(tmp_path: Path) -> None:
    """A screenplay changed after the command line's checks (a plugin, an API caller) is still refused by
    produce itself, before any frame is rendered: no film, no partial file."""
    screenplay = load_plan(TWO_SCENES)
    screenplay.end_card.subtitle = "and then he kills himself"
    out = tmp_path / "film.mp4"
    with pytest.raises(PolicyRefused, match="self-harm"):
        produce(screenplay, out)
    assert list(tmp_path.iterdir()) == []


def test_do_refuses_a_command_logs_it_and_changes_no_scene(tmp_path: Path) -> None:
    from autark.studio import Studio

    project = tmp_path / "p"
    assert CliRunner().invoke(cli.app, ["new", str(project)]).exit_code == 0
    result = CliRunner().invoke(cli.app, ["do", str(project), "add a red chair", "a man shoots a schoolboy"])
    assert result.exit_code == 2, result.output
    assert "minors in harmful or sexual contexts ('shoots', 'schoolboy')" in result.output
    result = CliRunner().invoke(cli.app, ["do", str(project), "--policy", "strict", "there is blood on the floor"])
    assert result.exit_code == 2
    with Studio.open(project) as studio:
        assert [o.type for o in studio.scene.objects] == ["chair"]
        assert len(studio.history()) == 1
        log = studio.policy_log()
    assert [(d["verdict"], d["level"], d["findings"][0]["category"]) for d in log] == [
        ("refused", "standard", "minors"), ("refused", "strict", "violence")]


@pytest.mark.slow
def test_make_writes_the_policy_log_beside_the_film(tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(TWO_SCENES.replace("text: Hello there.", "text: 'A dragon killed a knight here.'"),
                         encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["make", str(plan_file), "-o", str(out), "--quality", "preview",
                                          "--width", "64", "--height", "36", "--fps", "5", "--no-check"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    log = json.loads(out.with_suffix(".policy.json").read_text(encoding="utf-8"))["decisions"]
    assert [d["where"] for d in log] == ["plan", "film text"]
    assert all(d["verdict"] == "flagged" and d["findings"][0]["words"] == ["killed", "knight"] for d in log)
    assert "allowed with a flag: graphic violence ('killed', 'knight')" in result.output


def test_the_web_studio_refuses_at_the_settings_level(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from autark.config import Settings
    from autark.server.app import create_app
    from autark.studio import Studio

    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a red chair")
    with TestClient(create_app(tmp_path / "p", settings=Settings(policy="strict"))) as http:
        refused = http.post("/api/command", json={"text": "there is blood on the floor"})
        error = refused.json()["error"]
        assert error["code"] == "refused" and "graphic violence ('blood')" in error["message"], refused.json()
        stabbed = http.post("/api/command", json={"text": "Ein Mann ersticht seinen Nachbarn"}).json()["error"]
        assert stabbed["message"].startswith("abgelehnt: drastische Gewalt")
    with Studio.open(tmp_path / "p") as studio:
        assert [d["level"] for d in studio.policy_log()] == ["strict", "strict"] and len(studio.history()) == 1


def test_every_film_is_scanned_before_it_is_rendered(tmp_path: Path) -> None:
    """make_segments_film (autark render -o, the web studio's renders) checks the timeline's lines too, so a
    line set through operators, which no sentence check saw, is refused at the options' level."""
    from autark.jobs import FilmOptions, make_segments_film

    built = build_film(load_plan(TWO_SCENES), width=64, height=36, fps=5, check_shots=False)
    scene = next(s for s in built.segments if isinstance(s, SceneSegment))
    line = scene.scene.timeline.lines[0].model_copy(update={"text": "Der Drache tötet den Ritter."})
    timeline = scene.scene.timeline.model_copy(update={"lines": [line]})
    segments = [SceneSegment(scene.scene.model_copy(update={"timeline": timeline}), scene.duration_s)]
    out = tmp_path / "film.mp4"
    with pytest.raises(PolicyRefused, match="abgelehnt: drastische Gewalt"):
        make_segments_film(segments, out, FilmOptions(fps=5, width=64, height=36, policy="strict", check=False))
    assert list(tmp_path.iterdir()) == []
