"""A plugin that cannot load stops commands with a message naming it, except ``autark plugins``, which lists it
and can disable it; disabled, it is not loaded and every command works again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PYPROJECT = """[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "autark-broken"
version = "0.1"

[project.entry-points."autark.plugins"]
broken = "autark_broken:plugin"

[tool.setuptools]
py-modules = ["autark_broken"]
"""


def test_a_broken_plugin_can_be_listed_and_disabled(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "pyproject.toml").write_text(_PYPROJECT)
    (source / "autark_broken.py").write_text("def plugin(registries):\n    raise ImportError('needs libfoo 2')\n")
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                           "--quiet", "--disable-pip-version-check", "--target", str(target), str(source)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AUTARK_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(target), os.environ.get("PYTHONPATH", "")) if p)}

    def autark(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "autark.cli.main", *args], capture_output=True, text=True,
                              env=env, timeout=120)

    project = str(tmp_path / "film")
    stopped = autark("new", project)
    assert stopped.returncode == 1 and "broken (autark_broken:plugin): needs libfoo 2" in stopped.stderr
    assert "autark plugins disable NAME" in stopped.stderr and "Traceback" not in stopped.stderr
    listed = autark("plugins")
    assert listed.returncode == 0 and "broken: could not be loaded: needs libfoo 2" in listed.stdout
    assert autark("plugins", "disable", "broken").returncode == 0
    assert "broken: disabled (not loaded)" in autark("plugins").stdout
    assert autark("new", project).returncode == 0
