"""glTF export: written with our own GLB writer, read back with trimesh and by parsing the JSON chunk."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
import trimesh

from autark.assets import gltf, library, rig
from autark.errors import ProjectError
from autark.scene import Camera, Light, Material, Scene, SceneObject, Transform
from autark.scene.geometry import model_matrix, world_bbox


def _obj(n: int, asset_type: str, position, color=(0.8, 0.8, 0.8), **kw) -> SceneObject:
    spec = library.get(asset_type)
    mat = kw.pop("material", None) or Material(color=color)
    return SceneObject(id=f"o{n}", name=f"{asset_type}{n}", type=asset_type, material=mat,
                       transform=Transform(position=position, rotation=kw.pop("rotation", (0.0, 0.0, 0.0))),
                       bounds_min=spec.bounds_min, bounds_max=spec.bounds_max, **kw)


POSE = {"lower_leg_l": (90.0, 0.0, 0.0), "upper_arm_r": (0.0, 0.0, -80.0)}


@pytest.fixture(scope="module")
def scene() -> Scene:
    return Scene(
        objects=[
            _obj(1, "chair", (0.0, 0.0, 0.0), (0.8, 0.1, 0.1)),
            _obj(2, "chair", (2.0, 0.0, 0.5), (0.1, 0.2, 0.9), rotation=(0.0, 90.0, 0.0)),
            _obj(3, "humanoid", (-2.0, 0.0, 0.0), (0.2, 0.6, 0.2), pose=POSE),
            _obj(4, "window", (0.0, 1.0, -3.0), material=Material(color=(1.0, 1.0, 1.0), opacity=0.5)),
            _obj(5, "candle", (1.0, 0.75, 0.0)),
            _obj(6, "car", (30.0, 0.0, 0.0), visible=False),
        ],
        cameras=[Camera(name="wide", position=(0.0, 5.0, 10.0), target=(0.0, 0.0, 0.0), fov=60.0),
                 Camera(name="main", position=(3.0, 1.6, 6.0), target=(0.0, 0.8, 0.0), fov=40.0)],
        active_camera="main",
        lights=[Light(name="sun", type="sun", direction=(-0.3, -1.0, -0.4), intensity=2.0),
                Light(name="bulb", type="point", position=(1.0, 2.5, 1.0), color=(1.0, 0.8, 0.6), range=8.0),
                Light(name="spot", type="spot", position=(0.0, 4.0, 3.0), target="o1", cone_angle=25.0),
                Light(name="amb", type="ambient"), Light(name="sky", type="hemisphere")],
    )


@pytest.fixture(scope="module")
def glb(scene: Scene, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gltf") / "scene.glb"
    gltf.export_glb(scene, path)
    return path


def _node(doc: dict, name: str) -> dict:
    return next(n for n in doc["nodes"] if n.get("name") == name)


def _node_matrix(node: dict) -> np.ndarray:
    return np.array(node["matrix"], float).reshape(4, 4).T if "matrix" in node else np.eye(4)


def test_objects_become_nodes_sharing_geometry(scene: Scene, glb: Path) -> None:
    doc = gltf.read_glb_json(glb)
    visible = [o for o in scene.objects if o.visible]
    roots = [doc["nodes"][i] for i in doc["scenes"][0]["nodes"]]
    object_roots = [n for n in roots if "children" in n]
    assert sorted(n["name"] for n in object_roots) == sorted(o.name for o in visible)  # the hidden car is out
    for o in visible:
        assert len(_node(doc, o.name)["children"]) == len(library.build_parts(o.type))
    # both chairs use one set of vertex data: same POSITION accessor, different materials
    chair_meshes = [doc["meshes"][doc["nodes"][c]["mesh"]] for o in ("chair1", "chair2")
                    for c in _node(doc, o)["children"]]
    prims = [m["primitives"][0] for m in chair_meshes]
    assert prims[0]["attributes"]["POSITION"] == prims[1]["attributes"]["POSITION"]
    assert prims[0]["material"] != prims[1]["material"]
    distinct_parts = sum(len(library.build_parts(t)) for t in {o.type for o in visible})
    assert len(doc["accessors"]) == 3 * distinct_parts


def test_trimesh_reads_back_geometry_in_the_right_place(scene: Scene, glb: Path) -> None:
    loaded = trimesh.load(glb, force="scene")
    # expected: every posed part's vertices through the object's model matrix
    pts = []
    for o in scene.objects:
        if not o.visible:
            continue
        m = model_matrix(o.transform)
        for part, pm in rig.posed_parts(o.type, o.pose):
            full = m @ pm
            pts.append(part.mesh.vertices @ full[:3, :3].T + full[:3, 3])
    allp = np.concatenate(pts)
    # one mesh instance per part of every visible object
    assert len(loaded.graph.nodes_geometry) == sum(len(library.build_parts(o.type)) for o in scene.objects
                                                   if o.visible)
    np.testing.assert_allclose(loaded.bounds, [allp.min(0), allp.max(0)], atol=1e-4)
    # the bent knee: the left foot of the humanoid sits behind and above where the bind pose has it
    doc = gltf.read_glb_json(glb)
    man = _node(doc, "humanoid3")
    foot_index = next(i for i, p in enumerate(library.build_parts("humanoid")) if p.bone == "foot_l")
    foot_node = doc["nodes"][man["children"][foot_index]]
    want = rig.bone_matrices("humanoid", POSE)["foot_l"]
    np.testing.assert_allclose(_node_matrix(foot_node), want, atol=1e-6)
    np.testing.assert_allclose(_node_matrix(man), model_matrix(scene.objects[2].transform), atol=1e-9)


def test_materials_carry_colour_opacity_and_glow(glb: Path) -> None:
    loaded = trimesh.load(glb, force="scene")
    colours = {tuple(g.visual.material.baseColorFactor[:3]) for g in loaded.geometry.values()}
    assert (204, 26, 26) in colours and (26, 51, 230) in colours  # the red chair and the blue chair
    doc = gltf.read_glb_json(glb)
    mats = doc["materials"]
    glass = [m for m in mats if m.get("alphaMode") == "BLEND"]
    # window glass: its own 0.3 times the object's 0.5; the frame: the object's 0.5
    alphas = sorted(round(m["pbrMetallicRoughness"]["baseColorFactor"][3], 6) for m in glass)
    assert alphas == [0.15, 0.5]
    flame = [m for m in mats if "emissiveFactor" in m]
    assert flame and flame[0]["extensions"]["KHR_materials_emissive_strength"]["emissiveStrength"] > 1.0
    assert "KHR_materials_emissive_strength" in doc["extensionsUsed"]
    for m in mats:
        pbr = m["pbrMetallicRoughness"]
        assert 0 <= pbr["metallicFactor"] <= 1 and 0 <= pbr["roughnessFactor"] <= 1


def test_cameras_look_from_position_at_target(scene: Scene, glb: Path) -> None:
    doc = gltf.read_glb_json(glb)
    assert [c["name"] for c in doc["cameras"]] == ["main", "wide"]  # the active camera first
    for cam in scene.cameras:
        index = next(i for i, c in enumerate(doc["cameras"]) if c["name"] == cam.name)
        persp = doc["cameras"][index]["perspective"]
        assert persp["yfov"] == pytest.approx(math.radians(cam.fov))
        assert persp["aspectRatio"] == pytest.approx(1280 / 720)
        node = next(n for n in doc["nodes"] if n.get("camera") == index)
        m = _node_matrix(node)
        np.testing.assert_allclose(m[:3, 3], cam.position, atol=1e-9)
        want = np.subtract(cam.target, cam.position)
        np.testing.assert_allclose(-m[:3, 2], want / np.linalg.norm(want), atol=1e-9)
        assert m[1, 1] > 0  # upright


def test_lights_use_khr_lights_punctual(scene: Scene, glb: Path) -> None:
    doc = gltf.read_glb_json(glb)
    assert "KHR_lights_punctual" in doc["extensionsUsed"]
    lights = doc["extensions"]["KHR_lights_punctual"]["lights"]
    assert [(li["name"], li["type"]) for li in lights] == [("sun", "directional"), ("bulb", "point"),
                                                           ("spot", "spot")]
    assert lights[0]["intensity"] == 2.0 and lights[1]["range"] == 8.0
    assert lights[2]["spot"]["outerConeAngle"] == pytest.approx(math.radians(25.0))
    assert lights[2]["spot"]["innerConeAngle"] < lights[2]["spot"]["outerConeAngle"]
    nodes = {lights[n["extensions"]["KHR_lights_punctual"]["light"]]["name"]: _node_matrix(n)
             for n in doc["nodes"] if "KHR_lights_punctual" in n.get("extensions", {})}
    sun_dir = np.array([-0.3, -1.0, -0.4])
    np.testing.assert_allclose(-nodes["sun"][:3, 2], sun_dir / np.linalg.norm(sun_dir), atol=1e-9)
    np.testing.assert_allclose(nodes["bulb"][:3, 3], (1.0, 2.5, 1.0))
    # the spot aims at the chair it targets
    aim = np.array(world_bbox(scene.objects[0]).center) - (0.0, 4.0, 3.0)
    np.testing.assert_allclose(-nodes["spot"][:3, 2], aim / np.linalg.norm(aim), atol=1e-9)
    for m in nodes.values():  # proper rotations, no scaling
        np.testing.assert_allclose(m[:3, :3] @ m[:3, :3].T, np.eye(3), atol=1e-9)
        assert np.linalg.det(m[:3, :3]) == pytest.approx(1.0)


def test_empty_scene_exports_a_camera_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.glb"
    gltf.export_glb(Scene(), path)
    doc = gltf.read_glb_json(path)
    assert len(doc["cameras"]) == 1 and "meshes" not in doc
    assert path.stat().st_size % 4 == 0


def test_unwritable_paths_raise_project_errors(scene: Scene, tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        gltf.export_glb(scene, tmp_path / "missing" / "x.glb")
    with pytest.raises(ProjectError, match="folder"):
        gltf.export_glb(scene, tmp_path)
    if Path("/proc").is_dir():  # a folder nobody, not even root, can create files in
        with pytest.raises(ProjectError, match="cannot write") as err:
            gltf.export_glb(scene, "/proc/autark-test.glb")
        assert err.value.hint
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(ProjectError, match="cannot write") as err:
                gltf.export_glb(scene, locked / "x.glb")
            assert err.value.hint
            assert list(locked.iterdir()) == []  # no partial file left behind
        finally:
            locked.chmod(0o700)


def test_unknown_asset_type_is_a_clear_error(tmp_path: Path) -> None:
    bad = Scene(objects=[SceneObject(id="o1", name="gizmo", type="flux_capacitor")])
    with pytest.raises(ProjectError, match="flux_capacitor"):
        gltf.export_glb(bad, tmp_path / "bad.glb")
    assert not (tmp_path / "bad.glb").exists()
