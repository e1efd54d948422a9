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


# -- hostile and oversized plans: refused with a PlanError before anything is parsed or built ------------------
from autark import limits as lim  # noqa: E402
from autark.story.screenplay import plan_limits  # noqa: E402

_HEAD = ("title: t\nduration_s: 30\ntitle_card: {text: a, duration_s: 1}\nend_card: {text: b, duration_s: 1}\n"
         "scenes:\n")


def _scenes(n_scenes: int, n_shots: int, duration_s: float = 1.0, lines: int = 0) -> str:
    shot = f"  - duration_s: {duration_s}\n"
    if lines:
        shot += "    dialogue:\n" + "      - {speaker: narrator, text: hi}\n" * lines
    return _HEAD + "".join("- setting: desert\n  shots:\n" + shot * n_shots for _ in range(n_scenes))


def _refused(source: str | Path, *needles: str) -> PlanError:
    with pytest.raises(PlanError) as err:
        load_plan(source)
    for needle in needles:
        assert needle in str(err.value), str(err.value)
    assert err.value.hint, f"no fix offered: {err.value}"
    return err.value


def test_binary_and_non_utf8_files_are_plan_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert _refused(path, "NUL byte", "binary").line == 3  # after the PNG signature's two line feeds
    path.write_bytes(text.encode("utf-16"))
    _refused(path, "NUL byte")
    latin = text.replace("title: ", "title: Café ", 1).encode("latin-1", "replace")
    path.write_bytes(latin)
    assert _refused(path, "is not UTF-8").line == _line_of(text, "title: ")
    encoded = text.encode()
    path.write_bytes(encoded[:200] + b"\xed\xa0\x80" + encoded[200:])  # a UTF-8-encoded lone surrogate
    _refused(path, "is not UTF-8")


@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\udcff", "\x07", "\x1b", "\ufffe"])
def test_control_characters_and_lone_surrogates_in_text(text: str, bad: str) -> None:
    broken = text.replace("title: ", f"title: x{bad}", 1)
    err = _refused(broken, f"U+{ord(bad):04X}")
    assert err.line == _line_of(text, "title: ")


def test_escaped_control_characters_in_a_quoted_value_name_their_field(text: str) -> None:
    err = _refused(text.replace("title: ", 'title: "a\\0b" #', 1), "control character")
    assert err.field == "title"


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import time

    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # 50 MB, sparse: reading it would take a while and fill memory
    start = time.perf_counter()
    _refused(path, "50.0 MB", f"at most {lim.MAX_PLAN_BYTES / 1e6:g} MB")
    assert time.perf_counter() - start < 0.5
    _refused("a: " + "x" * lim.MAX_PLAN_BYTES, "at most")


def test_billion_laughs_is_refused_at_once() -> None:
    import time
    import tracemalloc

    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    lol = "\n".join(rows) + "\n"
    assert len(lol) < 400
    tracemalloc.start()
    start = time.perf_counter()
    try:
        _refused(lol, "aliases")
        elapsed, peak = time.perf_counter() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0 and peak < 20_000_000, (elapsed, peak)


def test_aliases_are_counted_and_may_not_loop() -> None:
    _refused("a: &a [*a]\n", "inside its own anchor")
    _refused("a: *nothing\n", "refers to no anchor")
    many = "a: &a 1\nb: [" + ", ".join(["*a"] * (lim.MAX_PLAN_ALIASES + 1)) + "]\n"
    _refused(many, f"more than {lim.MAX_PLAN_ALIASES} aliases")


def test_a_few_aliases_are_fine() -> None:
    """A hand-written plan may repeat a cast with an anchor; autark itself never writes one."""
    sp = load_plan(TWO_SCENES_ALIASED)
    assert sp.scenes[0].characters == sp.scenes[1].characters
    assert "&" not in to_yaml(sp).split("\ntitle:", 1)[1] and "*" not in to_yaml(sp).split("\ntitle:", 1)[1]


TWO_SCENES_ALIASED = _HEAD + """\
- setting: desert
  characters: &cast
  - {name: Robo, type: robot, voice: robot, position: [-1.5, 0.0, 0.5]}
  shots:
  - {duration_s: 14}
- setting: forest
  characters: *cast
  shots:
  - {duration_s: 14}
"""


def test_deep_nesting_is_refused() -> None:
    _refused("x: " + "[" * 5000 + "]" * 5000 + "\n", f"more than {lim.MAX_PLAN_DEPTH} levels")
    block = "".join(" " * i + f"k{i}:\n" for i in range(lim.MAX_PLAN_DEPTH + 5))
    err = _refused(block, f"more than {lim.MAX_PLAN_DEPTH} levels")
    assert err.line == lim.MAX_PLAN_DEPTH  # the first line too deep (the last value is a scalar)


@pytest.mark.parametrize(("old", "new", "field", "needle"), [
    ("duration_s: 30.0", "duration_s: .nan", "duration_s", "not a finite number"),
    ("duration_s: 30.0", "duration_s: .inf", "duration_s", "not a finite number"),
    ("duration_s: 30.0", "duration_s: 1.0e+308", "duration_s", f"at most {lim.MAX_PLAN_FILM_S:g}"),
    ("seed: 2", "seed: -1", "seed", "at least 0"),
    ("seed: 2", f"seed: {lim.MAX_SEED + 1}", "seed", f"at most {lim.MAX_SEED}"),
    ("seed: 2", "seed: " + "9" * 5000, None, "too many digits"),
    ("seed: 2", "seed: 2001-13-45", None, "cannot be read as a date"),
    ("position: [", "position: [-.inf", "scenes[0].characters[0].position[0]", "not a finite number"),
    ("position: [", "position: [1.0e+300", "scenes[0].characters[0].position[0]", "at most 1000"),
])
def test_every_number_is_finite_and_bounded(text: str, old: str, new: str, field: str | None, needle: str) -> None:
    import re

    if old == "position: [":  # the first coordinate of the first character
        broken = re.sub(r"position: \[[^,]+", new.replace("\\", "\\\\"), text, count=1)
    else:
        assert old in text
        broken = text.replace(old, new, 1)
    err = _refused(broken, needle)
    assert err.line == _line_of(broken, new)
    if field is not None:
        assert err.field == field


def test_every_shot_duration_is_finite_and_bounded(text: str) -> None:
    line = _line_of(text, "- duration_s: ")
    for bad, needle in ((".nan", "not a finite number"), ("-.inf", "not a finite number"), ("0", "above 0"),
                        (str(lim.MAX_SHOT_S + 1), f"at most {lim.MAX_SHOT_S:g}")):
        lines = text.splitlines()
        lines[line - 1] = lines[line - 1].split("duration_s:")[0] + f"duration_s: {bad}"
        err = _refused("\n".join(lines) + "\n", needle)
        assert (err.line, err.field) == (line, "scenes[0].shots[0].duration_s")


def test_counts_and_total_length_are_limited_before_anything_is_built() -> None:
    err = _refused(_scenes(1, lim.MAX_SHOTS_PER_SCENE + 1), f"at most {lim.MAX_SHOTS_PER_SCENE}")
    assert err.field == "scenes[0].shots" and "split the scene" in str(err)
    per_scene = lim.MAX_SHOTS_PER_SCENE
    err = _refused(_scenes(lim.MAX_SHOTS // per_scene + 1, per_scene), f"at most {lim.MAX_SHOTS}")
    assert err.field == f"scenes[{lim.MAX_SHOTS // per_scene}].shots[0]"
    err = _refused(_scenes(lim.MAX_LINES // lim.MAX_LINES_PER_SHOT + 1, 1, lines=lim.MAX_LINES_PER_SHOT),
                   f"at most {lim.MAX_LINES}")
    assert err.field.endswith("dialogue[0]")
    err = _refused(_scenes(40, 1, duration_s=100), f"at most {lim.MAX_PLAN_FILM_S:g} s")
    assert err.field == "scenes[35].shots[0].duration_s"  # 1 s of title card + 36 x 100 s crosses 3600 s
    _refused(_scenes(lim.MAX_SCENES + 1, 1), f"at most {lim.MAX_SCENES}")
    _refused(_HEAD.replace("title: t", "title: " + "t" * 300) + "- {setting: desert, shots: [{duration_s: 2}]}",
             "300 characters long")


def test_build_film_refuses_a_screenplay_made_in_code_over_the_limits(text: str) -> None:
    from autark.jobs.produce import build_film

    sp = load_plan(text)
    scene = sp.scenes[0].model_copy(update={"shots": [sp.scenes[0].shots[0]] * lim.MAX_SHOTS_PER_SCENE})
    big = sp.model_copy(update={"scenes": [scene] * (lim.MAX_SHOTS // lim.MAX_SHOTS_PER_SCENE + 1)})
    assert plan_limits(big)
    with pytest.raises(PlanError, match=f"at most {lim.MAX_SHOTS}"):
        build_film(big)


def test_warnings_are_not_read_from_a_file(text: str) -> None:
    err = _refused(text + "warnings: [a note]\n", "'warnings' is not a field")
    assert err.field == "warnings"


def test_plans_autark_writes_stay_far_inside_the_limits() -> None:
    text = to_yaml(plan("a lonely robot finds a flower in the desert at sunset", lim.MAX_FILM_S, seed=1))
    assert len(text.encode()) < lim.MAX_PLAN_BYTES / 100
    assert "&id" not in text and "*id" not in text
    assert not plan_limits(load_plan(text))
