"""The guide's example plugin (examples/autark-hello-plugin), pip-installed into a temporary folder without the
network, used through the command line of a fresh process: its gnome is understood in English and German, its
exporter writes the scene's boxes as OBJ, and ``autark plugins`` lists, disables and enables it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "autark-hello-plugin"


@pytest.fixture(scope="module")
def autark(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("hello")
    source = root / "source"
    shutil.copytree(EXAMPLE, source)  # the build writes next to the sources: keep the repository clean
    target = root / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                           "--quiet", "--disable-pip-version-check", "--target", str(target), str(source)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "COLUMNS": "220", "NO_COLOR": "1", "AUTARK_CONFIG_DIR": str(root / "config"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(target), os.environ.get("PYTHONPATH", "")) if p)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "autark.cli.main", *args], capture_output=True, text=True,
                              env=env, timeout=180)

    run.root = root  # type: ignore[attr-defined]
    return run


def test_the_example_plugin_adds_a_gnome_with_its_words_and_an_obj_exporter(autark: Any) -> None:
    project = str(autark.root / "garden")
    assert autark("new", project).returncode == 0
    added = autark("do", project, "add a gnome", "füge zwei Gartenzwerge hinzu")
    assert added.returncode == 0, added.stderr
    shown = json.loads(autark("show", project, "--json").stdout)
    gnomes = [o for o in shown["objects"] if o["type"] == "garden_gnome"]
    assert len(gnomes) == 3 and gnomes[0]["bbox"]["max"][1] == pytest.approx(0.6)

    target = autark.root / "garden.obj"
    exported = autark("export", project, str(target))
    assert exported.returncode == 0, exported.stderr
    assert "3 object box(es)" in exported.stdout and "hello-obj" in exported.stdout
    lines = target.read_text().splitlines()
    assert sum(line.startswith("o ") for line in lines) == 3 and sum(line.startswith("f ") for line in lines) == 18
    vertices = np.array([[float(x) for x in line.split()[1:]] for line in lines if line.startswith("v ")])
    boxes = vertices.reshape(3, 8, 3)
    for box, gnome in zip(boxes, gnomes, strict=True):  # each cube spans its object's world box
        assert box.min(axis=0) == pytest.approx(gnome["bbox"]["min"], abs=1e-6)
        assert box.max(axis=0) == pytest.approx(gnome["bbox"]["max"], abs=1e-6)
    glb = autark("export", project, str(autark.root / "garden.glb"))  # the built-in still writes .glb
    assert glb.returncode == 0 and (autark.root / "garden.glb").read_bytes()[:4] == b"glTF"


def test_autark_plugins_lists_disables_and_enables_it(autark: Any) -> None:
    listed = autark("plugins")
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line for line in listed.stdout.splitlines() if line.strip()}
    assert "asset_pack" in rows["hello-gnomes"] and "enabled" in rows["hello-gnomes"]
    assert "exporter" in rows["hello-obj"] and "autark-hello-plugin 0.1.0" in rows["hello-obj"]
    assert "built in" in rows["espeak-ng"] and "subprocess" in rows["espeak-ng"]
    assert "blocked" in rows["llm"]  # declares the network; no model configured, so not allowed
    info = autark("plugins", "info", "hello-obj")
    assert "writes       .obj" in info.stdout and "in its own process, stopped after 60 s" in info.stdout

    off = autark("plugins", "disable", "hello")
    assert off.returncode == 0 and "hello: disabled" in off.stdout
    assert json.loads((autark.root / "config" / "plugins.json").read_text()) == {"disabled": ["hello"]}
    project = str(autark.root / "plain")
    assert autark("new", project).returncode == 0
    unknown = autark("do", project, "add a gnome")
    assert unknown.returncode == 2 and "gnome" in unknown.stderr
    refused = autark("export", project, str(autark.root / "plain.obj"))
    assert refused.returncode == 2 and "no exporter writes .obj files" in refused.stderr
    assert autark("plugins", "enable", "hello").returncode == 0
    assert autark("do", project, "add a gnome").returncode == 0


def test_plugins_command_errors_are_clear(autark: Any) -> None:
    missing = autark("plugins", "info", "hello-ob")
    assert missing.returncode == 2 and "no plugin called 'hello-ob'" in missing.stderr and "hello-obj" in missing.stderr
    builtin = autark("plugins", "disable", "espeak-ng")
    assert builtin.returncode == 2 and "built in" in builtin.stderr and "Traceback" not in builtin.stderr


def test_help_does_not_load_the_plugins() -> None:
    code = ("import sys\nfrom autark.cli import main\nsys.argv = ['autark', '--help']\n"
            "try:\n    main.run()\nexcept SystemExit:\n    pass\n"
            "print('LOADED' if 'autark.plugins.catalog' in sys.modules or 'numpy' in sys.modules else 'LIGHT')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "plugins" in done.stdout and done.stdout.strip().endswith("LIGHT"), done.stdout + done.stderr


def test_the_guide_prints_the_example_that_is_tested() -> None:
    guide = (EXAMPLE.parents[1] / "docs" / "PLUGINS.md").read_text(encoding="utf-8")
    for name in ("autark_hello.py", "pyproject.toml"):
        assert (EXAMPLE / name).read_text(encoding="utf-8").rstrip() in guide, f"docs/PLUGINS.md: update {name}"
