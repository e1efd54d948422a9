"""Export a scene as binary glTF 2.0 (.glb) for Blender, three.js or any glTF viewer.

What goes in:
    * every visible object: a node with its model matrix, one child node per mesh part (posed by the
      object's ``pose`` through ``autark.assets.rig`` for rigged assets);
    * geometry is shared: each asset part's vertex data is written once, however many objects use it, and
      several glTF meshes (one per material) point at the same accessors;
    * PBR metal/roughness materials (base colour, metallic, roughness, emissive; alpha blend when
      opacity < 1);
    * every camera (perspective, ``yfov`` from ``fov``, looking from ``position`` at ``target``), the active
      one first because viewers open the first camera;
    * sun, point and spot lights through ``KHR_lights_punctual``. Ambient and hemisphere lights have no glTF
      equivalent and are left out (viewers bring their own environment light).

We write the GLB container ourselves instead of going through ``trimesh.Scene.export``: trimesh keeps the
material on the geometry (so sharing a mesh between differently coloured objects would copy it) and writes
neither cameras aimed the way we need nor KHR_lights_punctual. The container is small: a 12-byte header, a
JSON chunk and a binary chunk, each 4-byte aligned.
"""

from __future__ import annotations

import json
import math
import os
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from autark.assets import library, rig
from autark.assets.library import MeshPart
from autark.errors import ProjectError
from autark.scene.geometry import look_at, model_matrix, world_bbox
from autark.scene.model import Camera, Light, Material, Scene, SceneObject

__all__ = ["export_glb", "read_glb_json"]

_GLB_MAGIC = 0x46546C67  # "glTF"
_CHUNK_JSON = 0x4E4F534A
_CHUNK_BIN = 0x004E4942
_FLOAT, _UINT32 = 5126, 5125
_ARRAY_BUFFER, _ELEMENT_ARRAY_BUFFER = 34962, 34963
_EYE = np.eye(4)


@dataclass
class _Builder:
    gltf: dict[str, Any] = field(default_factory=lambda: {
        "asset": {"version": "2.0", "generator": "autark"},
        "scene": 0, "scenes": [{"nodes": []}], "nodes": [], "meshes": [], "materials": [],
        "accessors": [], "bufferViews": [], "buffers": [],
    })
    blob: bytearray = field(default_factory=bytearray)
    geometry: dict[tuple[str, int], tuple[int, int, int]] = field(default_factory=dict)
    materials: dict[tuple, int] = field(default_factory=dict)
    meshes: dict[tuple[str, int, int], int] = field(default_factory=dict)
    extensions: set[str] = field(default_factory=set)

    def _view(self, data: bytes, target: int) -> int:
        while len(self.blob) % 4:
            self.blob.append(0)
        view = {"buffer": 0, "byteOffset": len(self.blob), "byteLength": len(data)}
        if target:  # vertex and index data; animation data has no target
            view["target"] = target
        self.gltf["bufferViews"].append(view)
        self.blob.extend(data)
        return len(self.gltf["bufferViews"]) - 1

    def _accessor(self, array: np.ndarray, kind: str, target: int, with_bounds: bool = False) -> int:
        comp = _UINT32 if array.dtype == np.uint32 else _FLOAT
        acc: dict[str, Any] = {"bufferView": self._view(array.tobytes(), target), "componentType": comp,
                               "count": int(array.shape[0]), "type": kind}
        if with_bounds:  # glTF requires min/max on POSITION
            acc["min"] = array.min(axis=0).tolist()
            acc["max"] = array.max(axis=0).tolist()
        self.gltf["accessors"].append(acc)
        return len(self.gltf["accessors"]) - 1

    def geometry_for(self, asset_type: str, index: int, part: MeshPart) -> tuple[int, int, int]:
        """Accessors (positions, normals, indices) of one asset part, written once per export."""
        key = (asset_type, index)
        if key not in self.geometry:
            # split vertices at hard edges so boxes look like boxes and spheres stay smooth
            mesh = part.mesh.smooth_shaded
            pos = np.ascontiguousarray(mesh.vertices, dtype=np.float32)
            nrm = np.ascontiguousarray(mesh.vertex_normals, dtype=np.float32)
            idx = np.ascontiguousarray(mesh.faces.reshape(-1), dtype=np.uint32)
            self.geometry[key] = (self._accessor(pos, "VEC3", _ARRAY_BUFFER, with_bounds=True),
                                  self._accessor(nrm, "VEC3", _ARRAY_BUFFER),
                                  self._accessor(idx, "SCALAR", _ELEMENT_ARRAY_BUFFER))
        return self.geometry[key]

    def material_for(self, part: MeshPart, material: Material) -> int:
        if part.color is None:  # the object's own material
            color, rough, metal = material.color, material.roughness, material.metallic
            emissive, strength = material.emissive, material.emissive_strength
        else:  # a fixed-colour part keeps its colour; unset roughness/metallic follow the object
            color = part.color
            rough = material.roughness if part.roughness is None else part.roughness
            metal = material.metallic if part.metallic is None else part.metallic
            emissive, strength = (part.color, part.emissive) if part.emissive > 0 else ((0.0, 0.0, 0.0), 0.0)
        if part.color is None and part.emissive > 0:  # a glowing part that takes the object's colour
            emissive, strength = material.color, part.emissive
        alpha = float(material.opacity * part.opacity)
        key = (tuple(color), alpha, rough, metal, tuple(emissive), strength)
        if key in self.materials:
            return self.materials[key]
        mat: dict[str, Any] = {
            "name": material.name or ("object" if part.color is None else "part"),
            "pbrMetallicRoughness": {"baseColorFactor": [*map(float, color), alpha],
                                     "metallicFactor": float(metal), "roughnessFactor": float(rough)},
        }
        if strength > 0 and any(emissive):
            mat["emissiveFactor"] = [float(c) for c in emissive]
            if strength != 1.0:
                mat["extensions"] = {"KHR_materials_emissive_strength": {"emissiveStrength": float(strength)}}
                self.extensions.add("KHR_materials_emissive_strength")
        if alpha < 1.0:
            mat["alphaMode"] = "BLEND"
            mat["doubleSided"] = True  # thin see-through things (glass) are seen from both sides
        self.gltf["materials"].append(mat)
        self.materials[key] = len(self.gltf["materials"]) - 1
        return self.materials[key]

    def mesh_for(self, asset_type: str, index: int, part: MeshPart, material: Material) -> int:
        pos, nrm, idx = self.geometry_for(asset_type, index, part)
        mat = self.material_for(part, material)
        key = (asset_type, index, mat)
        if key not in self.meshes:
            self.gltf["meshes"].append({"name": f"{asset_type}.{index}", "primitives": [
                {"attributes": {"POSITION": pos, "NORMAL": nrm}, "indices": idx, "material": mat}]})
            self.meshes[key] = len(self.gltf["meshes"]) - 1
        return self.meshes[key]

    def node(self, node: dict[str, Any], root: bool = True) -> int:
        self.gltf["nodes"].append(node)
        i = len(self.gltf["nodes"]) - 1
        if root:
            self.gltf["scenes"][0]["nodes"].append(i)
        return i


def _matrix(m: np.ndarray) -> list[float] | None:
    """glTF stores 4x4 matrices column-major; identity is left out."""
    if (m == _EYE).all():  # exact: posed_parts and model_matrix give exact identities for "no change"
        return None
    return [float(v) for v in np.asarray(m, float).T.reshape(-1)]


def _with_matrix(node: dict[str, Any], m: np.ndarray) -> dict[str, Any]:
    flat = _matrix(m)
    if flat is not None:
        node["matrix"] = flat
    return node


def _trs(m: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(translation, rotation quaternion x y z w, scale) of an affine 4x4 made of T @ R @ S."""
    from scipy.spatial.transform import Rotation

    t = m[:3, 3]
    s = np.linalg.norm(m[:3, :3], axis=0)
    r = m[:3, :3] / np.where(s > 1e-12, s, 1.0)[None, :]
    if np.linalg.det(r) < 0:  # a mirror: glTF has no negative rotation, flip one scale axis
        s[0], r[:, 0] = -s[0], -r[:, 0]
    return t, Rotation.from_matrix(r).as_quat(), s


def _with_trs(node: dict[str, Any], m: np.ndarray) -> dict[str, Any]:
    # an animated node must carry TRS: glTF forbids animating a node given by a matrix
    t, q, s = _trs(m)
    node.update(translation=[float(v) for v in t], rotation=[float(v) for v in q], scale=[float(v) for v in s])
    return node


def _add_object(b: _Builder, obj: SceneObject, animated: bool = False) -> dict[str, list[int]]:
    """Add one object; returns its node indices: {"object": [i], "parts": [j, ...]} (parts in part order)."""
    try:
        library.get(obj.type)
    except KeyError:
        raise ProjectError(f"cannot export {obj.name!r}: its type {obj.type!r} is not a known asset",
                           hint="install the plugin that provides it, or delete the object") from None
    place = _with_trs if animated else _with_matrix
    children = []
    for index, (part, m) in enumerate(rig.posed_parts(obj.type, obj.pose)):
        mesh = b.mesh_for(obj.type, index, part, obj.material)
        children.append(b.node(place({"name": f"{obj.name}.{index}", "mesh": mesh}, m), root=False))
    root = b.node(place({"name": obj.name, "children": children, "extras": {"id": obj.id, "type": obj.type}},
                        model_matrix(obj.transform)))
    return {"object": [root], "parts": children}


def _add_animation(b: _Builder, nodes: dict[str, dict[str, list[int]]],
                   samples: Sequence[tuple[float, Scene]]) -> None:
    """One glTF animation sampling every exported object's transform and pose at the given times: LINEAR
    translation/rotation/scale channels on the object nodes and on their part nodes (the rig's bones move
    parts). A hidden object is scaled to zero. Channels that never change are left out."""
    times = np.array([t for t, _ in samples], np.float32)
    t_acc = None
    channels: list[dict[str, Any]] = []
    samplers: list[dict[str, Any]] = []
    for oid, idx in nodes.items():
        trs: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {i: [] for i in idx["object"] + idx["parts"]}
        for _t, state in samples:
            obj = next((o for o in state.objects if o.id == oid), None)
            if obj is None:
                continue
            at = obj.transform.position
            trs[idx["object"][0]].append(_trs(model_matrix(obj.transform)) if obj.visible else
                                         (np.asarray(at, float), np.array([0.0, 0.0, 0.0, 1.0]), np.zeros(3)))
            for j, (_part, pm) in zip(idx["parts"], rig.posed_parts(obj.type, obj.pose), strict=True):
                trs[j].append(_trs(pm))
        for node, seq in trs.items():
            if len(seq) != len(samples):
                continue  # the object is not in every sample (added or deleted on the way): left still
            for k, (path, kind) in enumerate((("translation", "VEC3"), ("rotation", "VEC4"), ("scale", "VEC3"))):
                values = np.array([v[k] for v in seq], np.float32)
                if np.allclose(values, values[0], atol=1e-6):
                    continue
                if t_acc is None:  # glTF requires min/max on a sampler's input
                    t_acc = b._accessor(times.reshape(-1, 1), "SCALAR", 0, with_bounds=True)
                out = b._accessor(values, kind, 0)
                samplers.append({"input": t_acc, "output": out, "interpolation": "LINEAR"})
                channels.append({"sampler": len(samplers) - 1, "target": {"node": node, "path": path}})
    if channels:
        b.gltf["animations"] = [{"name": "film", "channels": channels, "samplers": samplers}]


def _add_camera(b: _Builder, cam: Camera, aspect: float) -> None:
    b.gltf.setdefault("cameras", []).append({"name": cam.name, "type": "perspective", "perspective": {
        "yfov": math.radians(cam.fov), "aspectRatio": aspect, "znear": 0.05, "zfar": 2000.0}})
    # a glTF camera looks down its local -Z, as the OpenGL view matrix does: the node is the inverse view
    world = np.linalg.inv(look_at(cam.position, cam.target, cam.up))
    b.node(_with_matrix({"name": cam.name, "camera": len(b.gltf["cameras"]) - 1}, world))


def _aim(position: np.ndarray, direction: np.ndarray) -> np.ndarray:
    """A node matrix at ``position`` whose -Z axis points along ``direction`` (how glTF lights shine)."""
    n = float(np.linalg.norm(direction))
    d = direction / n if n > 1e-9 else np.array([0.0, -1.0, 0.0])
    up = np.array([0.0, 1.0, 0.0]) if abs(d[1]) < 0.999 else np.array([0.0, 0.0, 1.0])
    x = np.cross(up, -d)
    x /= np.linalg.norm(x)
    y = np.cross(-d, x)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, -d, position
    return m


def _add_light(b: _Builder, light: Light, scene: Scene) -> None:
    if light.type in ("ambient", "hemisphere"):
        return  # no glTF counterpart; viewers supply their own environment lighting
    # intensities stay in autark's relative units: 1.0 sun ~ a bright directional light in viewers, and
    # point/spot intensities are "about lux at 1 m", i.e. candela
    entry: dict[str, Any] = {"name": light.name, "color": [float(c) for c in light.color],
                             "intensity": float(light.intensity)}
    position = np.asarray(light.position, float)
    direction = np.asarray(light.direction, float)
    if light.type == "sun":
        entry["type"] = "directional"
    else:
        entry["type"] = "point" if light.type == "point" else "spot"
        entry["range"] = float(light.range)
        if light.type == "spot":
            outer = math.radians(light.cone_angle)
            entry["spot"] = {"innerConeAngle": 0.8 * outer, "outerConeAngle": outer}
            target = scene.find_object(light.target) if light.target else None
            if target is not None:
                direction = np.asarray(world_bbox(target).center, float) - position
    ext = b.gltf.setdefault("extensions", {}).setdefault("KHR_lights_punctual", {"lights": []})
    ext["lights"].append(entry)
    b.extensions.add("KHR_lights_punctual")
    b.node(_with_matrix({"name": light.name, "extensions": {
        "KHR_lights_punctual": {"light": len(ext["lights"]) - 1}}}, _aim(position, direction)))


def _container(gltf: dict[str, Any], blob: bytes) -> bytes:
    js = json.dumps(gltf, separators=(",", ":")).encode()
    js += b" " * (-len(js) % 4)  # the JSON chunk is padded with spaces, the binary one with zeros
    bin_ = bytes(blob) + b"\0" * (-len(blob) % 4)
    total = 12 + 8 + len(js) + (8 + len(bin_) if bin_ else 0)
    out = struct.pack("<III", _GLB_MAGIC, 2, total) + struct.pack("<II", len(js), _CHUNK_JSON) + js
    if bin_:
        out += struct.pack("<II", len(bin_), _CHUNK_BIN) + bin_
    return out


def build_glb(scene: Scene, samples: Sequence[tuple[float, Scene]] | None = None) -> bytes:
    """The scene as GLB bytes (what ``export_glb`` writes). With ``samples`` ((time, the scene evaluated at
    that time), in time order: the motion layer makes them), the objects are animated over those times."""
    b = _Builder()
    nodes: dict[str, dict[str, list[int]]] = {}
    for obj in scene.objects:
        if obj.visible or samples:
            nodes[obj.id] = _add_object(b, obj, animated=bool(samples))
    if samples:
        _add_animation(b, nodes, samples)
    aspect = scene.settings.width / scene.settings.height
    cams = sorted(scene.cameras, key=lambda c: c.name != scene.active_camera)  # the active camera first
    for cam in cams:
        _add_camera(b, cam, aspect)
    for light in scene.lights:
        _add_light(b, light, scene)
    g = b.gltf
    if b.blob:
        g["buffers"] = [{"byteLength": len(b.blob)}]
    for key in ("meshes", "materials", "accessors", "bufferViews", "buffers", "nodes"):
        if not g[key]:
            del g[key]
    if b.extensions:
        g["extensionsUsed"] = sorted(b.extensions)
    return _container(g, bytes(b.blob))


def export_glb(scene: Scene, path: str | os.PathLike[str],
               samples: Sequence[tuple[float, Scene]] | None = None) -> None:
    """Write ``scene`` to ``path`` as a .glb file (animated over ``samples``, see ``build_glb``); a failed
    write leaves no partial file behind."""
    target = Path(path)
    if target.is_dir():
        raise ProjectError(f"cannot write {target}: it is a folder", hint="give a file name ending in .glb")
    if not target.parent.is_dir():
        raise ProjectError(f"cannot write {target}: the folder {target.parent} does not exist",
                           hint="create the folder first or choose another path")
    data = build_glb(scene, samples)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ProjectError(f"cannot write {target}: {exc.strerror or exc}",
                           hint="check that the folder is writable and the disk is not full") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def read_glb_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The JSON chunk of a .glb file (for checks and tools; no geometry is decoded)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) < 20:
        raise ProjectError(f"{path} is not a glTF binary file")
    magic, version, _ = struct.unpack_from("<III", data, 0)
    length, kind = struct.unpack_from("<II", data, 12)
    if magic != _GLB_MAGIC or version != 2 or kind != _CHUNK_JSON:
        raise ProjectError(f"{path} is not a glTF 2.0 binary file")
    return json.loads(data[20:20 + length])
