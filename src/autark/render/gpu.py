"""GPU resources that outlive a frame: meshes uploaded once per asset type, instance buffers that grow as
needed with the vertex arrays that read them, shadow-map textures; and the few helpers that write uniforms.

Nothing here knows a scene: the other stages fill these with what a frame needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autark.render.meshes import PartData, asset_parts, box_mesh

__all__ = ["GpuCache", "GpuPart", "INSTANCE_FLOATS", "Instances", "Level", "cull", "depth_vao", "gl_matrix",
           "lit_vao", "release_fbo", "set_uniform", "shadow_map", "write_uniform", "write_uniform_array"]

# One instance record: model mat4 (16) + normal mat3 (9) + colour/opacity (4) + params (4) + emissive (3).
INSTANCE_FLOATS = 36
_LIT_INSTANCE_FMT = "16f 9f 4f 4f 3f/i"
_DEPTH_INSTANCE_FMT = "16f 80x/i"
_LIT_INSTANCE_ATTRS = ("in_model", "in_nmat", "in_color", "in_params", "in_emissive")
_PROXY = "\0proxy"  # cache key of the unit box drawn for asset types the library does not know


@dataclass
class Instances:
    """An instance buffer, how many records it holds this frame, and the VAOs that read it (a VAO is tied to
    one program, and the lit program depends on the scene's light setup)."""

    buffer: Any = None
    capacity: int = 0
    count: int = 0
    vaos: dict = field(default_factory=dict)


@dataclass
class Level:
    """One detail level of one part on the GPU: its mesh and its instances for the main pass, the shadow
    passes and the one-at-a-time transparent draws."""

    vbo: Any
    ibo: Any
    triangles: int
    closed: bool = False  # the mesh is closed and wound outward (``meshes.is_closed``)
    owner: str | None = None  # the asset type it belongs to (None: shared, the unknown types' box)
    main: Instances = field(default_factory=Instances)
    shadow: Instances = field(default_factory=Instances)
    glass: Instances = field(default_factory=Instances)
    # Main-pass instances of objects some lights cannot reach, per bit mask of those lights (drawn with a
    # program without them); ``main`` holds the ones every light may reach.
    dark: dict[int, Instances] = field(default_factory=dict)
    nearest: float = math.inf  # view depth of its nearest main-pass instance, for near-to-far drawing
    # This frame: back faces may be culled in the main pass / the sun's shadow pass (a closed mesh, no
    # mirrored instance, and in the main pass no instance the camera is inside or whose inside the near
    # plane could cut open).
    cull_main: bool = False
    cull_shadow: bool = False


@dataclass
class GpuPart:
    part: PartData
    levels: list[Level] = field(default_factory=list)  # finest first


class GpuCache:
    """Meshes on the GPU per asset type (uploaded the first time a type is drawn), and the instance buffers
    the frames write into."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._meshes: dict[str, list[GpuPart]] = {}

    def upload(self, part: PartData) -> GpuPart:
        gp = GpuPart(part)
        for mesh in (part.mesh, *part.lods):
            gp.levels.append(Level(self.ctx.buffer(mesh.vertices.tobytes()),
                                   self.ctx.buffer(mesh.indices.tobytes()), mesh.triangle_count, mesh.closed))
        return gp

    def parts(self, asset_type: str) -> list[GpuPart]:
        """The parts of ``asset_type``; a unit box (``is_proxy``) for a type the asset library does not know."""
        if asset_type not in self._meshes:
            parts = asset_parts(asset_type) if asset_type != _PROXY else None
            if parts is None:
                if _PROXY not in self._meshes:
                    unit = PartData(box_mesh((0, 0, 0), (1, 1, 1)), (), None, None, None, 0.0, None)
                    self._meshes[_PROXY] = [self.upload(unit)]
                return self._meshes[_PROXY]
            self._meshes[asset_type] = [self.upload(p) for p in parts]
            for gp in self._meshes[asset_type]:
                for level in gp.levels:
                    level.owner = asset_type
        return self._meshes[asset_type]

    def is_proxy(self, gparts: list[GpuPart]) -> bool:
        """Whether ``gparts`` is the unit box that stands in for unknown asset types."""
        return gparts is self._meshes.get(_PROXY)

    def fill(self, inst: Instances, records: np.ndarray) -> None:
        """Write instance records, growing the buffer (and dropping its VAOs) when it is too small."""
        n = len(records)
        if n > inst.capacity:
            for vao in inst.vaos.values():
                vao.release()
            inst.vaos.clear()
            if inst.buffer is not None:
                inst.buffer.release()
            inst.capacity = 1 << max(n - 1, 0).bit_length()
            inst.buffer = self.ctx.buffer(reserve=inst.capacity * INSTANCE_FLOATS * 4)
        if n:
            inst.buffer.write(np.ascontiguousarray(records, np.float32).tobytes())
        inst.count = n


def lit_vao(ctx: Any, program: Any, key: Any, level: Level, inst: Instances) -> Any:
    """The VAO that draws ``inst`` of ``level`` with the lit ``program`` (kept under its ``key``)."""
    vao = inst.vaos.get(key)
    if vao is None:
        vao = inst.vaos[key] = ctx.vertex_array(
            program,
            [(level.vbo, "3f 3f", "in_pos", "in_normal"),
             (inst.buffer, _LIT_INSTANCE_FMT, *_LIT_INSTANCE_ATTRS)],
            # The ground's variant reads fewer attributes; the compiler drops the others.
            index_buffer=level.ibo, index_element_size=4, skip_errors=True)
    return vao


def depth_vao(ctx: Any, program: Any, level: Level, inst: Instances) -> Any:
    """The VAO that draws ``inst`` of ``level`` into a shadow map with the depth-only ``program``."""
    vao = inst.vaos.get("depth")
    if vao is None:
        vao = inst.vaos["depth"] = ctx.vertex_array(
            program,
            [(level.vbo, "3f 12x", "in_pos"), (inst.buffer, _DEPTH_INSTANCE_FMT, "in_model")],
            index_buffer=level.ibo, index_element_size=4)
    return vao


def shadow_map(ctx: Any, size: int) -> tuple[Any, Any]:
    """A square depth texture for shadow lookups (compared, filtered, clamped) and the framebuffer that draws
    into it."""
    tex = ctx.depth_texture((size, size))
    tex.compare_func = "<="
    tex.filter = (ctx.LINEAR, ctx.LINEAR)
    tex.repeat_x = tex.repeat_y = False
    return tex, ctx.framebuffer(depth_attachment=tex)


def release_fbo(fbo: Any) -> None:
    for att in (*fbo.color_attachments, fbo.depth_attachment):
        if att is not None:
            att.release()
    fbo.release()


def cull(ctx: Any, on: bool) -> None:
    """Cull back faces, or stop culling."""
    if on:
        ctx.enable(ctx.CULL_FACE)
    else:
        ctx.disable(ctx.CULL_FACE)


# ``program.get``, not ``name in program``: a moderngl Program has no ``__contains__``, so ``in`` walks every
# member through ``__iter__`` (over a thousand steps a frame on the film's frames).
def set_uniform(program: Any, name: str, value: Any) -> None:
    """Set a uniform the GLSL compiler may have optimised away (then there is nothing to set)."""
    member = program.get(name, None)
    if member is not None:
        member.value = value


def write_uniform_array(program: Any, name: str, rows: np.ndarray) -> None:
    """Write a uniform array; the compiler keeps only the elements the shader reads, so write that many."""
    member = program.get(name, None)
    if member is not None:
        member.write(np.ascontiguousarray(rows[: member.array_length], np.float32).tobytes())


def write_uniform(program: Any, name: str, data: bytes) -> None:
    member = program.get(name, None)
    if member is not None:
        member.write(data)


def gl_matrix(m: np.ndarray) -> bytes:
    """A 4x4 matrix in GL's column-major float32 layout."""
    return np.ascontiguousarray(m.T, np.float32).tobytes()
