"""USD, animated glTF and OpenTimelineIO exports, read back by their own libraries."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from autark.language import interpret
from autark.ops import apply_ops
from autark.scene import Scene

pxr = pytest.importorskip("pxr", reason="usd-core (the interchange extra) is not installed")
otio = pytest.importorskip("opentimelineio", reason="opentimelineio (the interchange extra) is not installed")

from autark.jobs.interchange import export_animated_glb, export_otio, export_usd, sample_scene  # noqa: E402
from autark.motion import evaluate_scene  # noqa: E402


@pytest.fixture(scope="module")
def scene() -> Scene:
    s = Scene()
    for text in ("add a table", "add a robot named Robo 3 m left of the table", "add a red ball 2 m right of the table",
                 "Robo walks to the table in 2 seconds", "the robot says 'hello there'",
                 "the camera orbits the table for 3 seconds"):
        s = apply_ops(s, interpret(text, s))
    return s


def test_usd_stage_has_the_objects_moving_as_the_scene_does(scene: Scene, tmp_path: Path) -> None:
    from pxr import Usd, UsdGeom

    out = tmp_path / "film.usda"
    n = export_usd(scene, out, fps=10)
    stage = Usd.Stage.Open(str(out))
    assert UsdGeom.GetStageUpAxis(stage) == UsdGeom.Tokens.y and UsdGeom.GetStageMetersPerUnit(stage) == 1.0
    assert stage.GetEndTimeCode() == n - 1 and stage.GetTimeCodesPerSecond() == 10
    robo = next(p for p in stage.Traverse() if p.GetCustomDataByKey("autark:type") == "robot")
    xf = UsdGeom.Xformable(robo)
    for k in (0, n // 2, n - 1):
        got = np.array(xf.ComputeLocalToWorldTransform(Usd.TimeCode(k)).ExtractTranslation())
        want = evaluate_scene(scene, k / 10).object(next(o.id for o in scene.objects if o.type == "robot"))
        assert np.allclose(got, want.transform.position, atol=1e-4)
    meshes = [p for p in Usd.PrimRange(robo) if p.IsA(UsdGeom.Mesh)]
    assert meshes and all(len(UsdGeom.Mesh(m).GetPointsAttr().Get()) > 0 for m in meshes)
    cams = [p for p in stage.Traverse() if p.IsA(UsdGeom.Camera)]
    assert cams and len(UsdGeom.Camera(cams[0]).GetFocalLengthAttr().GetTimeSamples()) == n


def _glb_json(path: Path) -> dict:
    data = path.read_bytes()
    length = struct.unpack_from("<I", data, 12)[0]
    return json.loads(data[20:20 + length])


def test_animated_gltf_reads_back_in_trimesh_with_its_animation(scene: Scene, tmp_path: Path) -> None:
    import trimesh

    out = tmp_path / "film.glb"
    n = export_animated_glb(scene, out, fps=10)
    g = _glb_json(out)
    anim = g["animations"][0]
    times = g["accessors"][anim["samplers"][0]["input"]]
    assert times["count"] == n and times["max"][0] == pytest.approx((n - 1) / 10)
    animated = {c["target"]["node"] for c in anim["channels"]}
    robot_node = next(i for i, nd in enumerate(g["nodes"]) if nd.get("extras", {}).get("type") == "robot")
    assert robot_node in animated  # the walk
    assert any(c["target"]["path"] == "rotation" for c in anim["channels"] if c["target"]["node"] != robot_node)
    loaded = trimesh.load(out)  # a second reader parses the file
    assert len(loaded.geometry) > 0


def test_a_still_scene_exports_one_sample() -> None:
    s = apply_ops(Scene(), interpret("add a chair", Scene()))
    assert len(sample_scene(s)) == 1


def test_otio_has_shots_lines_music_and_subtitles(scene: Scene, tmp_path: Path) -> None:
    out = tmp_path / "film.otio"
    film = tmp_path / "film.mp4"
    film.write_bytes(b"")  # the reference only names it
    clips = export_otio(scene, out, film=film)
    tl = otio.adapters.read_from_file(str(out))
    picture, dialogue, music = tl.tracks
    assert picture.kind == otio.schema.TrackKind.Video and dialogue.kind == otio.schema.TrackKind.Audio
    shots = [c for c in picture if isinstance(c, otio.schema.Clip)]
    assert len(shots) == clips == len(scene.timeline.shots)
    lines = [c for c in dialogue if isinstance(c, otio.schema.Clip)]
    assert [c.metadata["autark"]["text"] for c in lines] == [ln.text for ln in scene.timeline.lines]
    assert lines[0].markers[0].name == "hello there"
    assert shots[0].media_reference.target_url.endswith("film.mp4")
    assert len(list(music)) == 1
