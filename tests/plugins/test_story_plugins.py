"""A story plugin writes the screenplay of ``autark plan`` (and ``make``); a broken one is said among the
plan's warnings and autark's own writer takes over."""

from __future__ import annotations

from pathlib import Path

import fake_plugins as fake
import pytest
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.plugins.catalog import PLUGINS
from autark.plugins.kinds import Plugin
from autark.story import load_plan

pytestmark = pytest.mark.usefixtures("own_registries", "config_dir")
IDEA = "a robot finds a flower in the desert"


def _plan(tmp_path: Path) -> tuple[int, str, Path]:
    target = tmp_path / "plan.yaml"
    result = CliRunner().invoke(cli.app, ["plan", IDEA, "-o", str(target), "--duration", "12"])
    return result.exit_code, result.output, target


def test_the_story_plugin_writes_the_plan(tmp_path: Path) -> None:
    PLUGINS["story"].add("titled", Plugin("titled", "story", fake.TitledStory, isolated=False))
    code, output, target = _plan(tmp_path)
    assert code == 0, output
    plan = load_plan(target)
    assert plan.title == "Written by a plugin" and plan.total_duration_s == pytest.approx(12, abs=0.5)


def test_a_broken_story_plugin_leaves_the_plan_to_autark(tmp_path: Path) -> None:
    PLUGINS["story"].add("broken", Plugin("broken", "story", fake.BrokenStory, isolated=False))
    code, output, target = _plan(tmp_path)
    assert code == 0, output
    assert "the story plugin 'broken' failed (its answer is malformed: the screenplay is not valid" in output
    assert "the built-in 'autark-story' takes over" in output
    assert load_plan(target).title != "no scenes at all"
