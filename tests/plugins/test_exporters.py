"""``autark export PROJECT FILE`` through the built-in exporters: a USD stage (.usda text, .usdc binary) and an
animated glTF (.glb), each read back by its own library with the walk in it."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

pxr = pytest.importorskip("pxr", reason="usd-core (the interchange extra) is not installed")

from autark.cli import main as cli  # noqa: E402

pytestmark = pytest.mark.usefixtures("config_dir")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "walk"
    runner = CliRunner()
    assert runner.invoke(cli.app, ["new", str(folder)]).exit_code == 0
    done = runner.invoke(cli.app, ["do", str(folder), "add a table", "add a robot named Robo 3 m left of the table",
                                   "Robo walks to the table in 2 seconds"])
    assert done.exit_code == 0, done.output
    return folder


def _robot_x(project: Path) -> tuple[float, float]:
    """The robot's x at the film's start and after its walk, from the project itself."""
    from autark.motion import evaluate_scene
    from autark.studio import Studio

    with Studio.open(project) as studio:
        scene = studio.scene
    robo = next(o.id for o in scene.objects if o.type == "robot")
    return (evaluate_scene(scene, 0.0).object(robo).transform.position[0],
            evaluate_scene(scene, 2.5).object(robo).transform.position[0])


@pytest.mark.parametrize("name", ["film.usda", "film.usdc"])
def test_export_writes_a_usd_stage_with_the_walk(project: Path, tmp_path: Path, name: str) -> None:
    from pxr import Usd, UsdGeom

    out = tmp_path / name
    result = CliRunner().invoke(cli.app, ["export", str(project), str(out)])
    assert result.exit_code == 0, result.output
    assert "(usd)" in result.output and "animation samples" in result.output
    stage = Usd.Stage.Open(str(out))
    assert UsdGeom.GetStageUpAxis(stage) == UsdGeom.Tokens.y
    if name.endswith(".usda"):
        assert out.read_text(encoding="utf-8").startswith("#usda")
    else:
        assert out.read_bytes()[:8] == b"PXR-USDC"
    robo = next(p for p in stage.Traverse() if p.GetCustomDataByKey("autark:type") == "robot")
    xf = UsdGeom.Xformable(robo)
    fps = stage.GetTimeCodesPerSecond()
    start, walked = _robot_x(project)
    assert xf.ComputeLocalToWorldTransform(Usd.TimeCode(0)).ExtractTranslation()[0] == pytest.approx(start, abs=1e-4)
    later = xf.ComputeLocalToWorldTransform(Usd.TimeCode(round(2.5 * fps))).ExtractTranslation()[0]
    assert later == pytest.approx(walked, abs=1e-4) and abs(walked - start) > 1.0


def test_export_writes_an_animated_glb(project: Path, tmp_path: Path) -> None:
    import trimesh

    out = tmp_path / "film.glb"
    result = CliRunner().invoke(cli.app, ["export", str(project), str(out)])
    assert result.exit_code == 0, result.output
    assert "(gltf)" in result.output
    data = out.read_bytes()
    doc = json.loads(data[20:20 + struct.unpack_from("<I", data, 12)[0]])
    anim = doc["animations"][0]
    robot = next(i for i, nd in enumerate(doc["nodes"]) if nd.get("extras", {}).get("type") == "robot")
    moves = [c for c in anim["channels"] if c["target"]["node"] == robot and c["target"]["path"] == "translation"]
    assert moves
    sampler = anim["samplers"][moves[0]["sampler"]]
    acc = doc["accessors"][sampler["output"]]
    view = doc["bufferViews"][acc["bufferView"]]
    blob_at = 20 + struct.unpack_from("<I", data, 12)[0] + 8  # the BIN chunk's payload
    values = np.frombuffer(data, np.float32, acc["count"] * 3, blob_at + view.get("byteOffset", 0)
                           + acc.get("byteOffset", 0)).reshape(-1, 3)
    start, walked = _robot_x(project)
    assert values[0, 0] == pytest.approx(start, abs=1e-4) and values[-1, 0] == pytest.approx(walked, abs=1e-4)
    assert len(trimesh.load(out).geometry) > 0  # a second reader parses the file


def test_an_unknown_ending_names_the_endings_that_are_written(project: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.app, ["export", str(project), str(tmp_path / "film.fbx")])
    assert result.exit_code != 0
    assert ".usda" in result.output and ".glb" in result.output
