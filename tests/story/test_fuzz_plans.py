"""Fuzzing plan files (seeded, bounded): whatever the bytes, ``load_plan`` gives a screenplay within the limits
or an ``AutarkError``, never another exception; and ``autark make`` on a refused plan builds nothing.

Five sources of plans: random bytes, valid plans with a line mutated (nasty scalars, deletions,
duplications, truncations, stray bytes), YAML with anchors and aliases (billion-laughs shapes and aliases in
a real plan), huge and non-finite numbers in every numeric field, and deep nesting (flow and block).
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from autark import limits as lim
from autark.cli import main as cli
from autark.errors import AutarkError, PlanError
from autark.story import load_plan, plan, to_yaml
from autark.story.screenplay import Screenplay, plan_limits

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

NASTY = ["", "~", "null", ".nan", ".NaN", ".inf", "-.inf", "1e309", "1.0e+309", "-1.0e+400", "9" * 5000,
         "-1", "0", "0x7fffffffffffffffffff", "99999999999999999999", "2001-13-45", "2001-12-14", "12:30:45",
         "!!binary AAAA", "!!python/object:os.system x", "!!set {a, b}", "&a x", "*a", "*undefined", "[", "{",
         "]", "'unterminated", '"\\x00"', '"\\ud800"', '"\\x1b[31m"', "yes", "no", "[1, 2]", "[1, 2, 3, 4]",
         "{a: 1}", "<<: *a", "? [a]\n: b", "---", "...", "%YAML 1.1", "@x", "`x", "|\n  block", ">-", "x" * 3000,
         "\t", "- - - -", "{" * 40, "[" * 40 + "]" * 40]


@functools.cache
def _valid_plans() -> tuple[str, ...]:
    ideas = [("a lonely robot finds a flower in the desert at sunset", 30.0),
             ("ein Hund jagt eine Katze durch den Park", 60.0)]
    return tuple(to_yaml(plan(idea, duration_s, seed=3)) for idea, duration_s in ideas)


def _check_accepted(sp: Screenplay) -> None:
    """A plan that loads is within every limit, all its numbers are finite, and it survives a round trip."""
    assert not plan_limits(sp)
    assert len(sp.scenes) <= lim.MAX_SCENES and len(sp.shots) <= lim.MAX_SHOTS
    assert sum(len(s.dialogue) for s in sp.shots) <= lim.MAX_LINES
    assert 0 < sp.total_duration_s <= lim.MAX_PLAN_FILM_S and 0 <= sp.seed <= lim.MAX_SEED
    numbers = [sp.duration_s, sp.title_card.duration_s, sp.end_card.duration_s]
    for scene in sp.scenes:
        numbers += [s.duration_s for s in scene.shots]
        numbers += [v for c in scene.characters for v in c.position]
        numbers += [v for p in scene.objects if p.position is not None for v in p.position]
    assert all(math.isfinite(v) for v in numbers)
    assert all(abs(v) <= lim.MAX_PLAN_POSITION_M for scene in sp.scenes for c in scene.characters for v in c.position)
    assert load_plan(to_yaml(sp)).model_dump() == sp.model_dump()


def _check(data: bytes | str, folder: Path) -> None:
    """Load the plan from a file (bytes) or as text; on refusal, ``autark make`` must build nothing."""
    path = folder / "plan.yaml"
    if isinstance(data, bytes):
        path.write_bytes(data)
        source: Path | str = path
    else:
        source = data if "\n" in data else data + "\n"  # a one-line text ending in .yaml would be a path
    try:
        sp = load_plan(source)
    except AutarkError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        if isinstance(data, bytes):
            _check_make_builds_nothing(path, folder)
        return
    _check_accepted(sp)


def _check_make_builds_nothing(path: Path, folder: Path) -> None:
    out = folder / "out"
    out.mkdir(exist_ok=True)
    with mock.patch("autark.jobs.produce.build_film", side_effect=AssertionError("a refused plan was built")):
        result = CliRunner().invoke(cli.app, ["make", str(path), "-o", str(out / "film.mp4")])
    assert result.exit_code == cli.EXIT_INPUT, result.output
    assert "failed unexpectedly" not in result.output and "Traceback" not in result.output
    assert list(out.iterdir()) == []


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-plans")


@FUZZ
@given(data=st.binary(max_size=4000))
def test_random_bytes(data: bytes, folder: Path) -> None:
    _check(data, folder)


@FUZZ
@given(text=st.text(alphabet=st.characters(exclude_categories=()), max_size=400))
def test_random_text_with_surrogates_and_controls(text: str, folder: Path) -> None:
    _check(text, folder)
    _check(text.encode("utf-8", "surrogatepass"), folder)


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(_valid_plans()))
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["value", "value", "text", "delete", "duplicate", "indent", "truncate"]))
        key, sep, _ = lines[i].partition(": ")
        if how == "value" and sep:
            lines[i] = key + sep + draw(st.sampled_from(NASTY))
        elif how == "text" and sep:
            lines[i] = key + sep + draw(st.text(max_size=60))
        elif how == "delete":
            del lines[i]
        elif how == "duplicate":
            lines.insert(i, lines[i])
        elif how == "indent":
            lines[i] = " " * draw(st.integers(0, 9)) + lines[i].lstrip()
        elif how == "truncate":
            lines = lines[:i]
        if not lines:
            lines = [""]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    return data


@FUZZ
@given(data=_mutated())
def test_mutated_valid_plans(data: bytes, folder: Path) -> None:
    _check(data, folder)


@st.composite
def _aliased(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):  # a billion-laughs shape: each level repeats the one before
        width, depth = draw(st.integers(1, 12)), draw(st.integers(1, 12))
        rows = ["l0: &l0 [" + ", ".join(['"lol"'] * width) + "]"]
        rows += [f"l{d}: &l{d} [" + ", ".join([f"*l{d - 1}"] * width) + "]" for d in range(1, depth + 1)]
        if draw(st.booleans()):
            rows.append("loop: &loop [*loop]")
        return ("\n".join(rows) + "\n").encode()
    # aliases inside a real plan: the cast, a shot or a whole scene repeated
    text = draw(st.sampled_from(_valid_plans()))
    text = text.replace("\n  characters:\n", "\n  characters: &cast\n", 1)
    text = text.replace("\n  shots:\n  - ", "\n  shots:\n  - &shot\n    ", 1)
    text = re.sub(r"\nscenes:\n- ", "\nscenes:\n- &scene\n  ", text, count=1)
    refs = draw(st.lists(st.sampled_from(["*cast", "*shot", "*scene", "*nothing", "[*shot, *shot]"]),
                         min_size=1, max_size=80))
    lines = text.splitlines()
    for ref in refs:
        i = draw(st.integers(0, len(lines) - 1))
        key, sep, _ = lines[i].partition(": ")
        if sep:
            lines[i] = key + sep + ref
    return ("\n".join(lines) + "\n").encode()


@FUZZ
@given(data=_aliased())
def test_yaml_with_aliases(data: bytes, folder: Path) -> None:
    _check(data, folder)


_NUMBER_LINE = re.compile(r"^(\s*(?:- )?(?:duration_s|seed): )(\S+)$|^(\s*(?:- )?position: )\[[^\]]*\]$")


@st.composite
def _huge_numbers(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(_valid_plans()))
    lines = text.splitlines()
    spots = [i for i, line in enumerate(lines) if _NUMBER_LINE.match(line)]
    number = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                       st.integers(-(10**400), 10**400).map(str), st.sampled_from(NASTY[1:16]))
    for i in draw(st.lists(st.sampled_from(spots), min_size=1, max_size=6)):
        match = _NUMBER_LINE.match(lines[i])
        if match is None:
            continue
        if match.group(1):
            lines[i] = match.group(1) + draw(number)
        else:
            lines[i] = match.group(3) + "[" + ", ".join(draw(st.lists(number, min_size=0, max_size=4))) + "]"
    return ("\n".join(lines) + "\n").encode()


@FUZZ
@given(data=_huge_numbers())
def test_huge_and_non_finite_numbers(data: bytes, folder: Path) -> None:
    _check(data, folder)


@st.composite
def _deep(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(1, 3000))
    kind = draw(st.sampled_from(["flow", "block", "mixed", "unbalanced"]))
    if kind == "flow":
        return ("x: " + "[" * depth + "1" + "]" * depth + "\n").encode()
    if kind == "block":
        depth = min(depth, 400)
        return "".join(" " * (2 * i) + f"k{i}:\n" for i in range(depth)).encode() + b" " * (2 * depth) + b"v\n"
    if kind == "mixed":
        return ("title: t\nscenes:\n- shots:\n  - " + "{a: " * depth + "1" + "}" * depth + "\n").encode()
    return ("x: " + "[{" * depth + "\n").encode()


@FUZZ
@given(data=_deep())
def test_deep_nesting(data: bytes, folder: Path) -> None:
    _check(data, folder)


def test_the_corpus_is_not_just_refusals(folder: Path) -> None:
    """The valid plans the mutations start from load, and a refusal names a line."""
    for text in _valid_plans():
        _check_accepted(load_plan(text))
    with pytest.raises(PlanError) as err:
        load_plan(_valid_plans()[0].replace("seed: 3", "seed: .nan"))
    assert err.value.line is not None
