"""A plan file is known by its name or by being a file; a plan is written only under a YAML name."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from autark.cli.film_cmd import _load_or_plan, is_plan_source
from autark.cli.main import app


@pytest.mark.parametrize(("source", "plan"), [
    ("plan.json", True), ("./take2", True), ("film.yml", True),
    ("A dog finds a bone.", False), ("Hello.", False), ("Ein Hund bellt.", False),
])
def test_a_file_name_is_no_idea(source: str, plan: bool) -> None:
    assert is_plan_source(source) is plan


def test_a_plan_is_not_written_under_another_name(tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = CliRunner().invoke(app, ["plan", "A dog finds a bone", "-o", str(out)])
    assert result.exit_code == 2 and "YAML" in result.output and "x.yaml" in result.output
    assert not out.exists()


def test_make_refuses_a_missing_plan_file_instead_of_filming_its_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["make", str(tmp_path / "x.json"), "-o", str(tmp_path / "f.mp4")])
    assert result.exit_code == 2 and "no plan file" in result.output
    assert not (tmp_path / "f.mp4").exists()


def test_a_yaml_plan_under_another_name_is_read_as_a_plan(tmp_path: Path) -> None:
    yaml_plan = tmp_path / "x.yaml"
    assert CliRunner().invoke(app, ["plan", "A dog finds a bone", "-o", str(yaml_plan)]).exit_code == 0
    other = tmp_path / "take.txt"
    other.write_text(yaml_plan.read_text(encoding="utf-8"), encoding="utf-8")
    assert _load_or_plan(str(other), None, None, None, None).shots
