"""The limits a person may change (issue 20): AUTARK_LIMIT_* in the settings, in force for a command, each error
naming the limit and the variable that raises it; the README's table shows the variable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from autark import limits
from autark.cli import main as cli
from autark.config import Settings
from autark.errors import LimitExceeded, PlanError, UserInputError
from autark.story.screenplay import load_plan
from autark.studio import Studio


def test_settings_read_every_limit_and_refuse_bad_values() -> None:
    env = {"AUTARK_LIMIT_OBJECTS": "20000", "AUTARK_LIMIT_FILM_S": "1200", "AUTARK_LIMIT_PLAN_FILM_S": "900",
           "AUTARK_LIMIT_RESOLUTION_PX": "1920", "AUTARK_LIMIT_MEMORY_MB": "4096",
           "AUTARK_LIMIT_COMMAND_CHARS": "500", "AUTARK_LIMIT_PLAN_BYTES": "50000"}
    settings = Settings.from_env(env)
    assert settings.limits == limits.UserLimits(objects=20000, film_s=1200.0, plan_film_s=900.0, resolution_px=1920,
                                                memory_mb=4096, command_chars=500, plan_bytes=50000)
    assert settings.memory_mb == 4096  # the render graph's memory limit (autark.jobs.graph) follows it
    assert Settings.from_env({}).limits == limits.UserLimits()
    for variable, value in [("AUTARK_LIMIT_OBJECTS", "many"), ("AUTARK_LIMIT_OBJECTS", "0"),
                            ("AUTARK_LIMIT_RESOLUTION_PX", "16384"), ("AUTARK_LIMIT_FILM_S", "inf"),
                            ("AUTARK_LIMIT_PLAN_BYTES", "1.5")]:
        with pytest.raises(UserInputError, match=re.escape(variable)) as info:
            Settings.from_env({variable: value})
        assert info.value.hint and "set it to" in info.value.hint


def test_applied_limits_hold_for_the_block_and_are_restored() -> None:
    assert limits.current() == limits.UserLimits()
    with limits.applied(limits.with_values(objects=3)) as inside:
        assert limits.current() is inside and inside.objects == 3
    assert limits.current() == limits.UserLimits()


def test_the_objects_limit_names_its_setting(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a table")
        with limits.applied(limits.with_values(objects=3)):
            with pytest.raises(LimitExceeded, match="at most 3 objects") as info:
                studio.do("add 3 chairs")
            assert "AUTARK_LIMIT_OBJECTS" in str(info.value.hint)
            studio.do("add 2 chairs")
        assert len(studio.scene.objects) == 3
        studio.do("add 3 lamps")  # the default allows it again


def test_the_command_limit_names_its_setting(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio, limits.applied(limits.with_values(command_chars=20)):
        with pytest.raises(LimitExceeded, match="the limit is 20") as info:
            studio.do("add a red chair next to the table")
        assert "AUTARK_LIMIT_COMMAND_CHARS" in str(info.value.hint)
        assert not studio.scene.objects


def test_the_plan_size_limit_names_its_setting(tmp_path: Path) -> None:
    plan = tmp_path / "big.yaml"
    plan.write_text("title: x\n" + "# padding\n" * 200, encoding="utf-8")
    with limits.applied(limits.with_values(plan_bytes=1000)), pytest.raises(PlanError, match="at most 0.001 MB") as info:
        load_plan(plan)
    assert "AUTARK_LIMIT_PLAN_BYTES" in str(info.value)


def _invoke(*args: str, env: dict[str, str]) -> object:
    return CliRunner().invoke(cli.app, list(args), prog_name="autark", env=env)


def test_the_command_line_puts_the_settings_in_force(tmp_path: Path) -> None:
    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a table")
    still = str(tmp_path / "s.png")
    refused = _invoke("render", str(tmp_path / "p"), "--still", still, "--width", "320", "--height", "180",
                      env={"AUTARK_LIMIT_RESOLUTION_PX": "256"})
    assert refused.exit_code == 2 and "AUTARK_LIMIT_RESOLUTION_PX" in refused.output  # type: ignore[attr-defined]
    assert not Path(still).exists()
    short = _invoke("plan", "a robot waves", "--duration", "90", "-o", str(tmp_path / "p.yaml"),
                    env={"AUTARK_LIMIT_FILM_S": "60"})
    assert short.exit_code == 2 and "AUTARK_LIMIT_FILM_S" in short.output  # type: ignore[attr-defined]
    many = _invoke("do", str(tmp_path / "p"), "add 2 chairs", env={"AUTARK_LIMIT_OBJECTS": "2"})
    assert many.exit_code == 2 and "AUTARK_LIMIT_OBJECTS" in many.output  # type: ignore[attr-defined]
    assert limits.current() == limits.UserLimits()  # restored after each command


def test_the_readme_names_each_setting() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1).strip(): m.group(2).strip().strip("`")
            for m in re.finditer(r"^\| ([^|]+) \| [^|]+ \| ([^|]*) \|", table, re.M)}
    for limit in limits.LIMITS:
        assert rows.get(limit.what) == limit.setting, limit.what
    assert {limit.setting for limit in limits.LIMITS if limit.setting} == {v for v, *_ in limits.SETTINGS.values()}


def test_the_memory_limit_stops_make_before_any_work(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    assert _invoke("plan", "a robot waves", "--duration", "10", "-o", str(plan), env={}).exit_code == 0  # type: ignore[attr-defined]
    film = tmp_path / "f.mp4"
    refused = _invoke("make", str(plan), "-o", str(film), "--width", "1920", "--height", "1080",
                      env={"AUTARK_LIMIT_MEMORY_MB": "64", "AUTARK_CONFIG_DIR": str(tmp_path / "config")})
    assert refused.exit_code == 2 and "over the memory budget of 64 MB" in refused.output  # type: ignore[attr-defined]
    assert not film.exists()
