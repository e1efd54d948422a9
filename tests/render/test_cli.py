"""``autark render DIR --still out.png`` and ``autark export DIR scene.glb`` on a real project folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from render_scenes import obj
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.ops.operators import AddObject
from autark.studio import Studio


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "film"
    with Studio.create(folder) as studio:
        studio.apply_ops([AddObject(object=obj("obj1", "cube", (0, 0, 0), (0.8, 0.1, 0.1)))], "add a red cube")
    return folder


def test_render_still(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots" / "still.png"
    result = CliRunner().invoke(cli.app, ["render", str(project), "--still", str(out), "--width", "160",
                                          "--height", "90"])
    assert result.exit_code == 0, result.output
    assert "160x90" in result.output
    img = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert img.shape == (90, 160, 3)
    # The default camera looks at the cube: red in the middle, sky (blue over red) at the top.
    r, g, b = img[50, 80]
    assert r > 2 * g and r > 2 * b
    assert img[2, 80, 2] > img[2, 80, 0]


def test_render_needs_a_target(project: Path) -> None:
    result = CliRunner().invoke(cli.app, ["render", str(project)])
    assert result.exit_code == 2
    assert "--still" in result.output


def test_render_unknown_camera(project: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.app, ["render", str(project), "--still", str(tmp_path / "x.png"),
                                          "--camera", "crane"])
    assert result.exit_code == 1
    assert "no camera called 'crane'" in result.output
    assert not (tmp_path / "x.png").exists()


def test_export_glb(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "scene.glb"
    result = CliRunner().invoke(cli.app, ["export", str(project), str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data[:4] == b"glTF"
    assert int.from_bytes(data[8:12], "little") == len(data)  # the header's total length is the file's
