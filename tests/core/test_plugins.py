"""Plugins: a throwaway distribution pip-installed into a temporary folder adds an asset, a sentence rule, a
setting and a CLI command through the entry-point group ``autark.plugins``; the CLI of a fresh process sees them. A plugin that
takes a built-in's name is refused with a message naming it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest

from autark import plugins

_PLUGIN = textwrap.dedent('''
    """A samovar for autark: an asset, a tea room to put it in, and a command."""
    from autark.assets.spec import AssetSpec, MeshPart


    def _build():
        from autark.assets import shapes

        return [MeshPart(shapes.box((0.3, 0.25, 0.2), (0.0, 0.125, 0.0)))]


    def _pour(clause, ctx):
        from autark.ops import SetMaterial

        pots = [o for o in ctx.scene.objects if o.type == "samovar"]
        if not pots:
            return None  # not mine after all: the next rule says what is wrong
        return [SetMaterial(id=pots[0].id, changes={"color": (0.45, 0.25, 0.1)})]


    def plugin(registries):
        from autark.assets.templates import SettingTemplate
        from autark.language.rules import Rule

        registries["sentence_rules"].add("samovar.pour", Rule(
            "samovar.pour", 195, match=lambda c: "pour" in c.wset and "tea" in c.wset, handler=_pour))

        registries["assets"].add("samovar", AssetSpec("samovar", "prop", (-0.15, 0.0, -0.1), (0.15, 0.25, 0.1),
                                                      _build, color=(0.9, 0.9, 0.85)))
        registries["templates"].add("tea_room", SettingTemplate.model_validate({
            "name": "tea_room", "names": {"en": ["tea room"], "de": ["Teestube"]}, "indoor": True,
            "ground_color": (0.5, 0.4, 0.3), "sky_top": (0.2, 0.2, 0.2), "sky_horizon": (0.3, 0.3, 0.3),
            "background": "studio grey", "lighting": "studio",
            "layout": [{"type": "table", "position": (0.0, 0.0, -4.0), "name": "tea table"},
                       {"type": "samovar", "position": (0.0, 0.0, -4.0), "stands_on": "tea table"}]}))
        registries["commands"].add("teatime", ("autark_samovar.cli", "Say that it is time for tea."))
''')
_CLI = textwrap.dedent('''
    import typer


    def register(app: typer.Typer) -> None:
        @app.command("teatime")
        def teatime() -> None:
            """Say that it is time for tea."""
            print("time for tea")
''')
_CLASH = 'from autark.assets.library import get\n\ndef plugin(registries):\n    registries["assets"].add("chair", get("chair"))\n'


def _wheel(folder: Path, name: str, files: dict[str, str]) -> Path:
    """A pure-Python wheel of the distribution ``name`` with an ``autark.plugins`` entry point."""
    module = name.replace("-", "_")
    path = folder / f"{module}-0.1-py3-none-any.whl"
    info = f"{module}-0.1.dist-info/"
    with zipfile.ZipFile(path, "w") as whl:
        for rel, text in files.items():
            whl.writestr(f"{module}/{rel}", text)
        whl.writestr(info + "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
        whl.writestr(info + "WHEEL", "Wheel-Version: 1.0\nGenerator: autark-tests\nRoot-Is-Purelib: true\n"
                                     "Tag: py3-none-any\n")
        whl.writestr(info + "entry_points.txt", f"[autark.plugins]\n{module} = {module}:plugin\n")
        whl.writestr(info + "RECORD", "")
    return path


def _install(tmp_path: Path, name: str, files: dict[str, str]) -> Path:
    target = tmp_path / f"site-{name}"
    wheel = _wheel(tmp_path, name, files)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                           "--disable-pip-version-check", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return target


def _autark(target: Path) -> Any:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(target), os.environ.get("PYTHONPATH", "")) if p)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "autark.cli.main", *args], capture_output=True, text=True,
                              env=env, timeout=120)

    return run


def test_an_installed_plugin_adds_an_asset_a_sentence_rule_a_setting_and_a_command(tmp_path: Path) -> None:
    run = _autark(_install(tmp_path, "autark-samovar", {"__init__.py": _PLUGIN, "cli.py": _CLI}))
    project = str(tmp_path / "film")
    assert run("new", project).returncode == 0
    added = run("do", project, "add a samovar", "add two samovars")
    assert added.returncode == 0, added.stderr
    assert "samovar" in added.stdout
    shown = json.loads(run("show", project, "--json").stdout)
    assert [o["type"] for o in shown["objects"]] == ["samovar", "samovar", "samovar"]
    assert shown["objects"][0]["bbox"]["max"][1] == pytest.approx(0.25)
    poured = run("do", project, "pour the tea")  # the plugin's sentence rule
    assert poured.returncode == 0, poured.stderr
    colours = [o["color"] for o in json.loads(run("show", project, "--json").stdout)["objects"]]
    assert colours[0] == pytest.approx([0.45, 0.25, 0.1]) and colours[1] != colours[0]
    room = run("do", project, "make this a tea room")
    assert room.returncode == 0, room.stderr
    types = [o["type"] for o in json.loads(run("show", project, "--json").stdout)["objects"]]
    assert types.count("table") == 1 and types.count("samovar") == 4
    tea = run("teatime")
    assert tea.returncode == 0 and tea.stdout.strip() == "time for tea", tea.stderr
    assert "teatime" not in run("--help").stdout  # --help stays fast: it does not scan for plugins
    plain = subprocess.run([sys.executable, "-m", "autark.cli.main", "do", project, "add a samovar"],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})
    assert plain.returncode == 2 and "samovar" in plain.stderr  # not installed: an unknown word again


def test_a_plugin_that_takes_a_builtin_name_is_refused(tmp_path: Path) -> None:
    run = _autark(_install(tmp_path, "autark-clash", {"__init__.py": _CLASH}))
    made = run("new", str(tmp_path / "film"))
    assert made.returncode == 1
    assert "autark_clash" in made.stderr and "asset type 'chair' is already registered" in made.stderr
    assert "Traceback" not in made.stderr


def test_load_runs_each_plugin_once_with_every_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    from autark.cli import main  # noqa: F401  (offers the CLI's commands)

    calls: list[set[str]] = []

    class EntryPoint:
        name, value = "recorder", "tests:recorder"

        def load(self) -> Any:
            return lambda registries: calls.append(set(registries))

    monkeypatch.setattr(plugins, "_loaded", None)
    monkeypatch.setattr(plugins, "_failure", None)
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [EntryPoint()] if group == plugins.GROUP
                        else [])
    assert plugins.load() == ["recorder"]
    assert plugins.load() == ["recorder"] and plugins.loaded() == ["recorder"]
    assert len(calls) == 1 and {"assets", "actions", "templates", "commands"} <= calls[0]
