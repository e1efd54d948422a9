"""Ctrl-C and ``kill`` end a command even when they land inside a library import that swallows them.

trimesh guards its own optional imports with ``except BaseException``; it is imported while the first frame
of a film is rendered (the meshes are built then, where no kept ones are loaded: the test turns the store off). A signal that arrives in that moment must still end the
command: exit 130, "interrupted", no film and no partial file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGTERM to itself: POSIX")

# The CLI, with an import hook that sends SIGTERM to its own process as soon as trimesh starts importing its
# ``path`` module, inside trimesh's ``try: from . import path / except BaseException``.
_CLI_KILLED_IN_TRIMESH = """
import os, signal, sys

class KillInTrimesh:
    parent = os.getpid()  # a forked child (the sound task) inherits the hook: only the command is killed

    def find_spec(self, name, path=None, target=None):
        if name == "trimesh.path" and os.getpid() == self.parent:
            sys.meta_path.remove(self)
            signal.raise_signal(signal.SIGTERM)
        return None

sys.meta_path.insert(0, KillInTrimesh())
from autark.cli.main import run
sys.argv[0] = "autark"
run()
"""


def test_sigterm_inside_trimesh_import_still_ends_the_render(tmp_path: Path) -> None:
    # kept meshes (render.mesh_store) spare the render its trimesh import: built afresh, the first frame imports it
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AUTARK_MESH_CACHE": "off"}
    project = tmp_path / "f"

    def autark(*args: str, hook: bool = False) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-c", _CLI_KILLED_IN_TRIMESH] if hook else [sys.executable, "-m", "autark.cli.main"]
        return subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=120)

    assert autark("new", str(project)).returncode == 0
    assert autark("do", str(project), "add a red ball").returncode == 0
    out = tmp_path / "film.mp4"
    result = autark("render", str(project), "-o", str(out), "--fps", "2", "--width", "64", "--height", "48",
                    "--quality", "preview", hook=True)
    assert result.returncode == 130, result.stdout + result.stderr
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]
