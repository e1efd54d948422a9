"""Hand-edited screenplays: every mistake names its line and field and says how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from autark.errors import PlanError
from autark.story import load_plan, plan, to_yaml


@pytest.fixture(scope="module")
def text() -> str:
    return to_yaml(plan("a robot named Bolt meets a girl called Mia in the forest at night", 30, seed=2))


def _line_of(text: str, needle: str, nth: int = 0) -> int:
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return hits[nth]


def _break(text: str, old: str, new: str, nth: int = 0) -> tuple[str, int]:
    lines = text.splitlines()
    idx = [i for i, line in enumerate(lines) if old in line][nth]
    lines[idx] = lines[idx].replace(old, new)
    return "\n".join(lines) + "\n", idx + 1


def _shot_index(text: str, line: int) -> int:
    """Which shot (0-based) a line belongs to, counting '- duration_s:' items above it."""
    return sum(1 for ln in text.splitlines()[:line] if ln.strip().startswith("- duration_s:")) - 1


def test_misspelt_camera_move(text: str) -> None:
    broken, line = _break(text, "camera: ", "camera: orbitt # ", nth=1)
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    e = err.value
    assert e.line == line
    assert e.field == f"scenes[0].shots[{_shot_index(broken, line)}].camera"
    assert "'orbitt' is not a camera move" in str(e)
    assert "did you mean 'orbit'?" in str(e)
    assert str(e).startswith(f"line {line}, field 'scenes[0].shots[1].camera'")


def test_misspelt_key_suggests_the_field(text: str) -> None:
    broken, line = _break(text, "narration:", "narraton:", nth=2)
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert err.value.line == line
    assert err.value.field.endswith(".narraton")
    assert "did you mean 'narration'?" in str(err.value)


def test_wrong_value_type(text: str) -> None:
    broken, line = _break(text, "duration_s: ", "duration_s: soon # ", nth=2)
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert err.value.line == line and err.value.field == "scenes[0].shots[0].duration_s"
    assert "'soon'" in str(err.value)


def test_unknown_speaker_and_setting_and_object(text: str) -> None:
    name_line = _line_of(text, "speaker: ")
    speaker = text.splitlines()[name_line - 1].split("speaker: ")[1]
    broken, line = _break(text, f"speaker: {speaker}", f"speaker: {speaker}x")
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert err.value.line == line and err.value.field.endswith(".speaker")
    assert f"did you mean '{speaker}'?" in str(err.value)

    broken, line = _break(text, "setting: forest", "setting: forrest")
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert (err.value.line, err.value.field) == (line, "scenes[0].setting")
    assert "did you mean 'forest'?" in str(err.value)

    broken = text.replace("  objects: []", "  objects:\n  - type: chiar\n    color: red")
    if broken == text:
        broken, _ = _break(text, "  - type: ", "  - type: chiar # ", nth=len([1 for ln in text.splitlines()
                                                                                if "  - type: " in ln]) - 1)
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert err.value.line == _line_of(broken, "type: chiar")
    assert "did you mean 'chair'?" in str(err.value)


def test_missing_field_points_at_its_parent(text: str) -> None:
    lines = text.splitlines()
    idx = next(i for i, ln in enumerate(lines) if ln.startswith("title_card:"))
    broken = "\n".join(lines[:idx + 1] + [ln for ln in lines[idx + 1:idx + 4] if "text:" not in ln]
                       + lines[idx + 4:]) + "\n"
    with pytest.raises(PlanError) as err:
        load_plan(broken)
    assert err.value.field == "title_card.text" and err.value.line == idx + 1
    assert "'text' is missing" in str(err.value)


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(PlanError) as err:
        load_plan("title: x\nscenes:\n  - setting: desert\n   shots: [\n")
    assert err.value.line is not None and 3 <= err.value.line <= 5
    with pytest.raises(PlanError):
        load_plan("just a sentence\n")


def test_loading_from_a_file_and_duration_drift(tmp_path: Path, text: str) -> None:
    path = tmp_path / "film.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_plan(path) == load_plan(text)
    first = _line_of(text, "duration_s: ", 2)
    value = float(text.splitlines()[first - 1].split(": ")[1])
    drifted, _ = _break(text, f"- duration_s: {value}", f"- duration_s: {value + 10}")
    sp = load_plan(drifted)
    assert sp.duration_s == pytest.approx(sp.total_duration_s)
    assert any("add up to" in w for w in sp.warnings)
    with pytest.raises(PlanError) as err:
        load_plan(tmp_path / "missing.yaml")
    assert "cannot read" in str(err.value)
