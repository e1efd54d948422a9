"""The renderer: one headless GL context, GPU meshes cached per asset type, instanced physically based shading.

A frame is a pure function of (scene, camera, size): every per-frame quantity (instance data, shadow fits,
light uniforms) is recomputed from the scene; only size-independent GPU resources (programs, meshes, shadow
maps) and per-size render targets persist between frames. A shadow map is redrawn only where casters changed
since it was drawn (the same depths as a full redraw), so what persists never shows in the pixels.

Cost model on llvmpipe (software GL, 2 cores): vertex processing and binning run on the calling thread, pixels
on the rasteriser threads, and reading back (or sampling a texture just drawn) waits for them. Pixels dominate
at 720p, so the passes are arranged to shade each pixel about once: back faces of closed meshes culled,
opaque parts near to far (early depth test), the ground after them, the sky only above the horizon. A shader
branch saves nothing there (both sides run, lane-masked; so does code after an early return or discard), but a
block of pixels that all fail the early depth test is not shaded at all: costly work that only some pixels
need is given its own draw, limited by depth (FXAA's edge pixels, the ground the sun's shadow can reach), and
work that varies slowly over a surface (the environment light) is done per vertex.

Frame stages:
    1. per object: model matrix, world bbox, frustum test, level of detail (numpy, vectorised)
    2. per asset part and detail level: one instance buffer for the main pass (visible, opaque, nearest first)
       and one for the shadow passes (every caster, the camera's or not), so each is one instanced draw
    3. shadow maps: the sun (orthographic, fitted to what the camera sees, snapped to a grid) and up to two
       spots (perspective); kept, or redrawn inside the rectangle of the casters that changed, or whole
    4. main pass: cleared to the horizon colour; opaque parts near to far, the ground (under suns only: the
       cells the sun's shadow can reach with shadows, the rest without), the sky gradient above the horizon
       behind them, transparent objects back to front; the lit shader tone-maps and writes sRGB
    5. MSAA resolve or FXAA (an edge pass marks pixels to filter, the filter runs on those), read back RGB
       into a reused buffer, flip to top-row-first (one copy)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from autark.errors import ProjectError, RenderError
from autark.render import shaders
from autark.render.math3d import (
    CameraMatrices,
    boxes_in_frustum,
    camera_matrices,
    det3,
    frustum_planes,
    inverse3,
    model_matrices,
    orthographic,
    perspective,
    world_bboxes,
)
from autark.render.meshes import MeshData, PartData, asset_parts, box_mesh
from autark.scene.geometry import look_at
from autark.scene.model import Camera, Light, Scene, SceneObject

__all__ = ["Renderer", "render_still", "srgb_to_linear"]

# One instance record: model mat4 (16) + normal mat3 (9) + colour/opacity (4) + params (4) + emissive (3).
INSTANCE_FLOATS = 36
_LIT_INSTANCE_FMT = "16f 9f 4f 4f 3f/i"
_DEPTH_INSTANCE_FMT = "16f 80x/i"
_LIT_INSTANCE_ATTRS = ("in_model", "in_nmat", "in_color", "in_params", "in_emissive")

EMISSIVE_GAIN = 1.0  # linear radiance of an emissive surface per unit of emissive strength
SHADOW_DISTANCE_M = 60.0  # the sun's shadow map covers what the camera sees up to this far
SPOT_SHADOW_SLOTS = (1, 2)
GROUND_ROUGHNESS = 0.92
GROUND_DROP_M = 0.002  # the ground sits a hair below y=0 so objects' bottom faces never fight with it
SKY_MAX_VERTICES = 9  # the screen clipped by the horizon has at most 5 corners: 3 triangles
_PROXY = "\0proxy"  # GPU-cache key of the unit box drawn for asset types the library does not know


def srgb_to_linear(c: np.ndarray | tuple[float, ...]) -> np.ndarray:
    """Colours are stored as people name them (display values); lighting needs them linear."""
    a = np.asarray(c, float)
    return np.where(a <= 0.04045, a / 12.92, ((a + 0.055) / 1.055) ** 2.4)


@dataclass
class _Instances:
    """An instance buffer, how many records it holds this frame, and the VAOs that read it (a VAO is tied to
    one program, and the lit program depends on the scene's light setup)."""

    buffer: Any = None
    capacity: int = 0
    count: int = 0
    vaos: dict = field(default_factory=dict)


@dataclass
class _Level:
    """One detail level of one part on the GPU: its mesh and its instances for the main pass, the shadow
    passes and the one-at-a-time transparent draws."""

    vbo: Any
    ibo: Any
    triangles: int
    closed: bool = False  # the mesh is closed and wound outward (``meshes.is_closed``)
    main: _Instances = field(default_factory=_Instances)
    shadow: _Instances = field(default_factory=_Instances)
    glass: _Instances = field(default_factory=_Instances)
    nearest: float = math.inf  # view depth of its nearest main-pass instance, for near-to-far drawing
    # This frame: back faces may be culled in the main pass / the sun's shadow pass (a closed mesh, no
    # mirrored instance, and in the main pass no instance the camera is inside or whose inside the near
    # plane could cut open).
    cull_main: bool = False
    cull_shadow: bool = False


@dataclass
class _Frame:
    """The visible objects of the frame being drawn, with their model matrices and world boxes."""

    objects: list[SceneObject]
    models: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    opacity: np.ndarray
    color: np.ndarray  # (N, 3) linear material colours
    roughness: np.ndarray
    metallic: np.ndarray
    glow: np.ndarray  # (N, 3) linear material emission (colour x strength)


@dataclass
class _CasterState:
    """The shadow casters of one asset type in a frame: object ids, per object what the shadow passes draw
    (each part's model matrix and detail level, -1 when not drawn) and its world box."""

    ids: tuple[str, ...]
    rows: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


@dataclass
class _GpuPart:
    part: PartData
    levels: list[_Level] = field(default_factory=list)  # finest first


class Renderer:
    """Renders scenes to RGB arrays with one headless OpenGL context (EGL; GPU or Mesa llvmpipe on the CPU).

    ``samples`` is the MSAA sample count (0 turns anti-aliasing off). ``shadow_size`` is the sun's shadow
    map resolution, ``spot_shadow_size`` each spot's. Objects whose bounding sphere projects smaller than
    ``lod_pixels`` pixels in radius are drawn with a low-detail mesh, below three times that with a mid-detail
    one and below a quarter of it as their parts' bounding boxes, where the asset's mesh is big enough to have
    them (shadow maps use the mid level at most).
    ``soft_shadows=False`` trades the soft shadow edges for speed (previews). ``fxaa=True`` with ``samples=0``
    anti-aliases with FXAA instead of MSAA: on llvmpipe at 720p 4x MSAA adds ~1.5-2.5x a frame's cost; FXAA
    (an edge pass, then the filter on edge pixels only) ~0.3x on a 200-object scene, about two thirds of what
    filtering every pixel cost (measured); it blurs fine detail a little more.
    """

    def __init__(self, width: int = 1280, height: int = 720, samples: int = 4, shadow_size: int = 1024,
                 spot_shadow_size: int = 1024, lod_pixels: float = 16.0, soft_shadows: bool = True,
                 fxaa: bool = False) -> None:
        from autark.render.context import create_context

        _check_size(width, height)
        if samples < 0:
            raise RenderError(f"samples must be 0 or more, not {samples}")
        self.width, self.height = width, height
        self.lod_pixels = float(lod_pixels)
        self.soft_shadows = soft_shadows
        self.fxaa = fxaa
        self.ctx = create_context()
        import moderngl

        self._mgl = moderngl
        self.samples = min(samples, self.ctx.max_samples) if samples > 1 else 0
        self._lit_programs: dict[tuple[shaders.LightKey, bool, bool], Any] = {}
        self._lit: Any = None  # the lit program being drawn with
        self._light_key: tuple[shaders.LightKey, bool, bool] = ((), False, True)  # ... and its key
        self._frame_lights: shaders.LightKey = ()  # the frame's light setup
        self._uniforms: dict[str, Any] = {}  # the frame's lit-shader uniforms
        self._frame_no = 0  # counts frames, so each lit program gets the frame's uniforms once
        self._uploaded: dict[tuple[shaders.LightKey, bool | str, bool], int] = {}  # program key -> frame
        self._ground_sunlit = False  # the frame's ground may use the suns-only shader
        self._depth = self.ctx.program(vertex_shader=shaders.DEPTH_VERTEX, fragment_shader=shaders.DEPTH_FRAGMENT)
        self._sky = self.ctx.program(vertex_shader=shaders.SKY_VERTEX, fragment_shader=shaders.SKY_FRAGMENT)
        self._sky_vbo = self.ctx.buffer(reserve=SKY_MAX_VERTICES * 8)
        self._sky_vao = self.ctx.vertex_array(self._sky, [(self._sky_vbo, "2f", "in_ndc")])
        self._fxaa_edge = self.ctx.program(vertex_shader=shaders.FULLSCREEN_VERTEX,
                                           fragment_shader=shaders.FXAA_EDGE_FRAGMENT)
        self._fxaa_edge_vao = self.ctx.vertex_array(self._fxaa_edge, [], skip_errors=True)
        self._fxaa = self.ctx.program(vertex_shader=shaders.FXAA_VERTEX, fragment_shader=shaders.FXAA_FRAGMENT)
        self._fxaa_vao = self.ctx.vertex_array(self._fxaa, [], skip_errors=True)
        self._meshes: dict[str, list[_GpuPart]] = {}
        self._frame_levels: list[_Level] = []  # levels holding instances from the last frame
        self._light_slots: dict[int, int] = {}  # id(light) -> shadow-map slot, for the frame being drawn
        # What each shadow map holds: (light view-projection, the casters' state). A film's frames often
        # leave the light's fit unchanged (a still set, a camera moving within a scene smaller than its view)
        # and most casters where they were; then the map is reused, redrawn only inside the rectangle that
        # the casters that changed covered before or cover now, or not at all: the same pixels as a redraw.
        self._shadow_keys: dict[int, tuple[bytes, dict[str, _CasterState]]] = {}
        self._casters: dict[str, _CasterState] = {}  # this frame's
        self._targets: dict[tuple[int, int, int, bool], tuple[Any, Any]] = {}
        self._readback: dict[tuple[int, int], np.ndarray] = {}  # per size, reused every frame
        self._shadow_maps = [self._shadow_map(shadow_size)] + [self._shadow_map(spot_shadow_size)
                                                               for _ in SPOT_SHADOW_SLOTS]
        ground = np.array([[-0.5, 0, -0.5, 0, 1, 0], [0.5, 0, -0.5, 0, 1, 0], [0.5, 0, 0.5, 0, 1, 0],
                           [-0.5, 0, 0.5, 0, 1, 0]], np.float32)
        ground_part = PartData(MeshData(ground, np.array([0, 2, 1, 0, 3, 2], np.uint32)), (), None, None,
                               None, 0.0, None)
        self._ground = self._upload(ground_part)
        self._ground_cells = _Instances()  # the ground's rectangles that the sun's shadow may fall into
        self._cells_key: tuple | None = None  # what the last ``shadow_cells`` were computed from, and them
        self._cells: np.ndarray | None = None

    # -- public -----------------------------------------------------------------------------------------------
    def render(self, scene: Scene, camera: Camera | None = None, width: int | None = None,
               height: int | None = None) -> np.ndarray:
        """The scene seen through ``camera`` (default: the scene's active camera) as (H, W, 3) uint8 RGB,
        top row first. Give it an evaluated state (``autark.motion.evaluate_scene``): it draws the lights the
        state carries, and evaluation is what lights an unlit scene in daylight."""
        w, h = width or self.width, height or self.height
        _check_size(w, h)
        if camera is None:
            camera = _active_camera(scene)
        # Make this renderer's context current: another Renderer in the process may have switched it.
        with self.ctx:
            return self._render(scene, camera, w, h)

    def _render(self, scene: Scene, camera: Camera, w: int, h: int) -> np.ndarray:
        frame, bounds = _frame(scene)
        cam = camera_matrices(scene, camera, w / h, bounds)
        fits = self._fit_shadows(scene, cam, frame)
        levels, glass = self._prepare(camera, cam, h, fits, frame)
        shadow_mats, texel = self._shadow_passes(fits, levels)
        msaa, resolve = self._target(w, h)
        msaa.use()
        msaa.viewport = (0, 0, w, h)
        # Cleared to the horizon colour: what the sky shows below the horizon, so the sky pass only has to
        # cover the screen above it.
        msaa.clear(*scene.settings.sky_horizon, 1.0, depth=1.0)
        self._set_lit_uniforms(scene, cam, shadow_mats, texel)
        ctx = self.ctx
        ctx.enable(self._mgl.DEPTH_TEST)
        # Near to far, then the ground, then the sky behind everything: on a software rasteriser the early
        # depth test is what keeps the expensive lit shader from running on hidden pixels. Closed meshes
        # skip their back faces (a third of the opaque pass on llvmpipe).
        for level in levels:
            if level.main.count:
                self._cull(level.cull_main)
                self._lit_vao(level, level.main).render(instances=level.main.count)
        self._cull(False)
        if scene.settings.ground_visible:
            self._draw_ground(scene, frame, fits.get(0))
        self._draw_sky(scene, cam)
        if glass:
            self._draw_transparent(msaa, glass)
        if resolve is not msaa:
            if self.samples:
                ctx.copy_framebuffer(resolve, msaa)
            else:
                self._draw_fxaa(msaa, resolve, w, h)
        # Read three components straight into a buffer kept per size (the driver packs RGB in ~1.5 ms at 720p;
        # reading RGBA and dropping alpha in numpy is a strided gather, ~10 ms), then flip the rows with one
        # contiguous copy, which is also the fresh array the caller owns.
        buf = self._readback.get((w, h))
        if buf is None:
            buf = self._readback[(w, h)] = np.empty((h, w, 3), np.uint8)
        resolve.read_into(buf, components=3, alignment=1)
        return buf[::-1].copy()

    def _draw_fxaa(self, scene_fbo: Any, out: Any, w: int, h: int) -> None:
        """FXAA from the scene's texture into ``out``: the edge pass copies every pixel and marks the ones to
        filter in the depth buffer, then the filter runs on those only (see ``shaders.FXAA_EDGE_FRAGMENT``)."""
        ctx = self.ctx
        ctx.enable(self._mgl.DEPTH_TEST)
        out.use()
        scene_fbo.color_attachments[0].use(0)
        ctx.depth_func = "1"  # always: the edge pass writes every pixel's mark
        _set(self._fxaa_edge, "u_texel", (1.0 / w, 1.0 / h))
        self._fxaa_edge_vao.render(self._mgl.TRIANGLES, vertices=3)
        ctx.depth_func = "<"
        out.depth_mask = False
        self._fxaa["u_texel"].value = (1.0 / w, 1.0 / h)
        self._fxaa_vao.render(self._mgl.TRIANGLES, vertices=3)
        out.depth_mask = True
        ctx.disable(self._mgl.DEPTH_TEST)

    def _cull(self, on: bool) -> None:
        if on:
            self.ctx.enable(self._mgl.CULL_FACE)
        else:
            self.ctx.disable(self._mgl.CULL_FACE)

    def camera_matrices(self, scene: Scene, camera: Camera | None = None, width: int | None = None,
                        height: int | None = None) -> CameraMatrices:
        """The exact view/projection ``render`` uses, for projecting world points to pixels."""
        w, h = width or self.width, height or self.height
        return camera_matrices(scene, camera or _active_camera(scene), w / h)

    def release(self) -> None:
        """Free the GL context and everything on it (the renderer is unusable afterwards)."""
        self.ctx.release()

    # -- GPU resources ----------------------------------------------------------------------------------------
    def _shadow_map(self, size: int) -> tuple[Any, Any]:
        tex = self.ctx.depth_texture((size, size))
        tex.compare_func = "<="
        tex.filter = (self._mgl.LINEAR, self._mgl.LINEAR)
        tex.repeat_x = tex.repeat_y = False
        return tex, self.ctx.framebuffer(depth_attachment=tex)

    def _target(self, w: int, h: int) -> tuple[Any, Any]:
        key = (w, h, self.samples, self.fxaa)
        if key not in self._targets:
            if len(self._targets) >= 4:  # sizes come and go (preview vs final); keep the memory bounded
                old_key = next(iter(self._targets))
                for fbo in self._targets.pop(old_key):
                    _release_fbo(fbo)
                self._readback.pop(old_key[:2], None)
            ctx = self.ctx
            resolve = ctx.framebuffer(ctx.renderbuffer((w, h), 4), ctx.depth_renderbuffer((w, h)))
            msaa = resolve
            if self.samples:
                msaa = ctx.framebuffer(ctx.renderbuffer((w, h), 4, samples=self.samples),
                                       ctx.depth_renderbuffer((w, h), samples=self.samples))
            elif self.fxaa:
                scene_tex = ctx.texture((w, h), 4)
                scene_tex.filter = (self._mgl.LINEAR, self._mgl.LINEAR)
                scene_tex.repeat_x = scene_tex.repeat_y = False
                msaa = ctx.framebuffer(scene_tex, ctx.depth_renderbuffer((w, h)))
            self._targets[key] = (msaa, resolve)
        return self._targets[key]

    def _upload(self, part: PartData) -> _GpuPart:
        gp = _GpuPart(part)
        for mesh in (part.mesh, *part.lods):
            gp.levels.append(_Level(self.ctx.buffer(mesh.vertices.tobytes()),
                                    self.ctx.buffer(mesh.indices.tobytes()), mesh.triangle_count, mesh.closed))
        return gp

    def _parts(self, asset_type: str) -> list[_GpuPart]:
        if asset_type not in self._meshes:
            parts = asset_parts(asset_type) if asset_type != _PROXY else None
            if parts is None:
                if _PROXY not in self._meshes:
                    unit = PartData(box_mesh((0, 0, 0), (1, 1, 1)), (), None, None, None, 0.0, None)
                    self._meshes[_PROXY] = [self._upload(unit)]
                return self._meshes[_PROXY]
            self._meshes[asset_type] = [self._upload(p) for p in parts]
        return self._meshes[asset_type]

    def _fill(self, inst: _Instances, records: np.ndarray) -> None:
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

    def _lit_vao(self, level: _Level, inst: _Instances) -> Any:
        vao = inst.vaos.get(self._light_key)
        if vao is None:
            vao = inst.vaos[self._light_key] = self.ctx.vertex_array(
                self._lit,
                [(level.vbo, "3f 3f", "in_pos", "in_normal"),
                 (inst.buffer, _LIT_INSTANCE_FMT, *_LIT_INSTANCE_ATTRS)],
                # The ground's variant reads fewer attributes; the compiler drops the others.
                index_buffer=level.ibo, index_element_size=4, skip_errors=True)
        return vao

    def _depth_vao(self, level: _Level, inst: _Instances) -> Any:
        vao = inst.vaos.get("depth")
        if vao is None:
            vao = inst.vaos["depth"] = self.ctx.vertex_array(
                self._depth,
                [(level.vbo, "3f 12x", "in_pos"), (inst.buffer, _DEPTH_INSTANCE_FMT, "in_model")],
                index_buffer=level.ibo, index_element_size=4)
        return vao

    def _use_lit_program(self, ground: bool | str = False) -> Any:
        """Switch to the lit program for this frame's light setup (the ground's diffuse-only variant when
        ``ground``, its suns-only variant when ``ground == "sunlit"``), compiling it the first time (see
        ``shaders.lit_fragment``), with the frame's uniforms."""
        key = (self._frame_lights, ground, self.soft_shadows)
        if key not in self._lit_programs:
            if ground == "sunlit":
                fragment = shaders.ground_sunlit_fragment(self._frame_lights, self.soft_shadows)
            else:
                fragment = shaders.lit_fragment(self._frame_lights, bool(ground), self.soft_shadows)
            prog = self.ctx.program(vertex_shader=shaders.lit_vertex(self._frame_lights), fragment_shader=fragment)
            for i in range(shaders.MAX_SHADOWS):
                _set(prog, f"u_shadow{i}", i)
            self._lit_programs[key] = prog
        self._lit, self._light_key = self._lit_programs[key], key
        if self._uploaded.get(key) == self._frame_no:
            return self._lit  # it holds this frame's uniforms already
        self._uploaded[key] = self._frame_no
        for name, value in self._uniforms.items():
            if isinstance(value, np.ndarray):
                _write_array(self._lit, name, value)
            elif isinstance(value, bytes):
                _write(self._lit, name, value)
            else:
                _set(self._lit, name, value)
        return self._lit

    # -- stage 1 + 2: instances -------------------------------------------------------------------------------
    def _prepare(self, camera: Camera, cam: CameraMatrices, height_px: int, fits: dict, frame: _Frame
                 ) -> tuple[list[_Level], list[tuple[float, _Level, np.ndarray]]]:
        """Fill every level's main and shadow instances; return the levels in use (nearest first) and the
        transparent draws (view depth, level, one record)."""
        for level in self._frame_levels:
            level.main.count = level.shadow.count = 0
        objects, models, lo, hi = frame.objects, frame.models, frame.lo, frame.hi
        used: list[_Level] = []
        glass: list[tuple[float, _Level, np.ndarray]] = []
        self._frame_levels = used
        self._casters = {}
        if not objects:
            return used, glass
        seen = boxes_in_frustum(frustum_planes(cam.view_proj), lo, hi)
        casting = np.zeros(len(objects), bool)
        for _, view_proj, _ in fits.values():
            casting |= boxes_in_frustum(frustum_planes(view_proj), lo, hi)
        # Level of detail from the projected radius of the bounding sphere, in pixels.
        radius = np.linalg.norm(hi - lo, axis=1) * 0.5
        dist = np.maximum(np.linalg.norm((lo + hi) * 0.5 - cam.eye, axis=1), 1e-3)
        pixels = radius / (dist * math.tan(math.radians(camera.fov) / 2)) * (height_px / 2)
        # Detail rank wanted: 0 full, 1 mid, 2 low, 3 the part's bounding box (a few pixels across).
        wanted = np.select([pixels >= 3 * self.lod_pixels, pixels >= self.lod_pixels, pixels >= self.lod_pixels / 4],
                           [0, 1, 2], 3)
        opacity = frame.opacity
        view_depth = -(np.concatenate([(lo + hi) * 0.5, np.ones((len(objects), 1))], axis=1) @ cam.view[2])
        # Objects whose back faces may show: mirrored ones (their winding flips) and ones the camera is in or
        # so close to that the near plane may cut them open (the margin covers the near plane's corners).
        normals = inverse3(models[:, :3, :3])  # per object, for the parts that no bone moves
        mirrored = det3(models[:, :3, :3]) < 0
        reach = cam.near * 2.0
        two_sided = mirrored | np.all((lo - reach <= cam.eye) & (cam.eye <= hi + reach), axis=1)

        by_type: dict[str, list[int]] = {}
        for i, o in enumerate(objects):
            by_type.setdefault(o.type, []).append(i)
        for asset_type, idx_list in by_type.items():
            idx = np.array(idx_list)
            gparts = self._parts(asset_type)
            obj_models = models[idx]
            obj_two_sided, obj_mirrored = two_sided[idx], mirrored[idx]
            proxy = gparts is self._meshes.get(_PROXY)
            if proxy:  # the unit box stretched over each object's declared bounds
                pre = np.zeros((len(idx), 4, 4))
                blo = np.array([objects[i].bounds_min for i in idx])
                pre[:, [0, 1, 2], [0, 1, 2]] = np.maximum(np.array([objects[i].bounds_max for i in idx]) - blo, 1e-3)
                pre[:, :3, 3] = blo
                pre[:, 3, 3] = 1.0
                obj_models = obj_models @ pre
            poses = _poses([objects[i] for i in idx]) if any(gp.part.bone for gp in gparts) else None
            depth = view_depth[idx]
            caster_rows = []
            for gp in gparts:
                records = self._records(gp.part, frame, idx, obj_models, poses,
                                        None if proxy else normals[idx])
                ranks = np.array([0, *gp.part.lod_ranks])
                alpha = opacity[idx] * gp.part.opacity
                s, op = seen[idx], alpha >= 1.0
                # The finest level at or below the wanted rank (a part may lack some levels).
                main_level = np.searchsorted(ranks, wanted[idx], side="right") - 1
                # Shadows are soft: the mid mesh for objects drawn in full, else the low one (the box for
                # specks), whether or not the camera sees the caster.
                shadow_rank = np.where(s & (wanted[idx] == 0), 1, np.maximum(wanted[idx], 2))
                shadow_level = np.searchsorted(ranks, shadow_rank, side="right") - 1
                # Faint glass lets the light through; casters outside every shadow map are skipped.
                main_mask, shadow_mask = s & op, (alpha >= 0.5) & casting[idx]
                # All the shadow pass draws of this part of each object: its matrix and detail level.
                caster_rows += [records[:, :16], np.where(shadow_mask, shadow_level, -1)[:, None]]
                for lv, level in enumerate(gp.levels):
                    sel = np.nonzero(main_mask & (main_level == lv))[0]
                    sel = sel[np.argsort(depth[sel], kind="stable")]  # near first: early depth rejection
                    self._fill(level.main, records[sel])
                    casters = shadow_mask & (shadow_level == lv)
                    self._fill(level.shadow, records[casters])
                    level.cull_main = level.closed and not obj_two_sided[sel].any()
                    level.cull_shadow = level.closed and not obj_mirrored[casters].any()
                    level.nearest = float(depth[sel[0]]) if len(sel) else math.inf
                    if level.main.count or level.shadow.count:
                        used.append(level)
                for j in np.nonzero(s & ~op)[0]:
                    glass.append((float(depth[j]), gp.levels[0], records[j:j + 1]))
            self._casters[asset_type] = _CasterState(tuple(objects[i].id for i in idx_list),
                                                     np.concatenate(caster_rows, axis=1), lo[idx], hi[idx])
        used.sort(key=lambda lv: lv.nearest)
        return used, glass

    def _records(self, part: PartData, frame: _Frame, idx: np.ndarray, models: np.ndarray,
                 poses: list[dict[str, np.ndarray] | None] | None, normals: np.ndarray | None = None
                 ) -> np.ndarray:
        """Instance records of one part for the frame's objects ``idx`` (their model matrices ``models``, and
        the inverses of their upper 3x3 when known)."""
        n = len(idx)
        if part.bone is not None and poses is not None:
            normals = None
            bones = np.tile(np.eye(4), (n, 1, 1))
            for i, pose in enumerate(poses):
                if pose is not None:
                    bones[i] = pose[part.bone]
            models = models @ bones
        rec = np.zeros((n, INSTANCE_FLOATS), np.float32)
        # GL reads matrices column-major: transpose each before flattening.
        rec[:, 0:16] = models.transpose(0, 2, 1).reshape(n, 16)
        # The inverse-transpose, transposed again for column-major.
        normal = inverse3(models[:, :3, :3]) if normals is None else normals
        rec[:, 16:25] = normal.reshape(n, 9)
        lin = frame.color[idx] if part.color is None else _linear_color(part.color)[None, :]
        rec[:, 25:28] = lin
        rec[:, 28] = frame.opacity[idx] * part.opacity
        rec[:, 29] = part.roughness if part.roughness is not None else frame.roughness[idx]
        rec[:, 30] = part.metallic if part.metallic is not None else frame.metallic[idx]
        rec[:, 33:36] = (frame.glow[idx] + lin * part.emissive) * EMISSIVE_GAIN
        return rec

    # -- stage 3: shadows -------------------------------------------------------------------------------------
    def _shadow_lights(self, scene: Scene) -> dict[int, Light]:
        slots: dict[int, Light] = {}
        spots = iter(SPOT_SHADOW_SLOTS)
        for light in scene.lights:
            if not light.cast_shadows or light.intensity <= 0:
                continue
            if light.type == "sun" and 0 not in slots:
                slots[0] = light
            elif light.type == "spot":
                slot = next(spots, None)
                if slot is not None:
                    slots[slot] = light
        return slots

    def _fit_shadows(self, scene: Scene, cam: CameraMatrices, frame: _Frame
                     ) -> dict[int, tuple[Light, np.ndarray, float]]:
        """Per shadow-map slot: the light, its view-projection and the world size of one texel."""
        fits: dict[int, tuple[Light, np.ndarray, float]] = {}
        for slot, light in self._shadow_lights(scene).items():
            fit = self._fit_sun(frame, cam, light) if slot == 0 else self._fit_spot(scene, light)
            if fit is not None:
                fits[slot] = (light, *fit)
        return fits

    def _shadow_passes(self, fits: dict[int, tuple[Light, np.ndarray, float]], levels: list[_Level]
                       ) -> tuple[np.ndarray, tuple[float, float, float]]:
        mats = np.tile(np.eye(4), (3, 1, 1))
        texel = [0.0, 0.0, 0.0]
        self._light_slots = {}
        casters = [level for level in levels if level.shadow.count]
        if not casters:
            return mats, (0.0, 0.0, 0.0)
        for slot, (light, view_proj, texel_m) in fits.items():
            mats[slot], texel[slot] = view_proj, texel_m
            self._light_slots[id(light)] = slot
            tex, fbo = self._shadow_maps[slot]
            fit = view_proj.tobytes()
            held = self._shadow_keys.get(slot)
            self._shadow_keys[slot] = (fit, self._casters)
            rect: tuple[int, int, int, int] | None = (0, 0, tex.width, tex.height)
            if held is not None and held[0] == fit:
                rect = _dirty_rect(held[1], self._casters, view_proj, tex.width)
                if rect is None:
                    continue  # no caster changed where this map can see it: it holds exactly this frame
            fbo.use()
            fbo.viewport = (0, 0, tex.width, tex.height)
            fbo.clear(depth=1.0, viewport=rect)
            # Outside the rectangle nothing changed; inside, the same draws give the same depths.
            self.ctx.scissor = rect
            self.ctx.enable(self._mgl.DEPTH_TEST)
            # Slope-scaled bias; the lit shader adds a normal offset, so both can stay small (no peter-panning).
            self.ctx.polygon_offset = (1.5, 2.0)
            self._depth["u_view_proj"].write(_gl(view_proj))
            for level in casters:
                # The sun is outside everything, so a closed caster's nearest surface toward it is a front
                # face: culling back faces leaves the map unchanged. (A spot may sit inside a lamp's shade.)
                self._cull(slot == 0 and level.cull_shadow)
                self._depth_vao(level, level.shadow).render(instances=level.shadow.count)
            self._cull(False)
            self.ctx.polygon_offset = (0.0, 0.0)
            self.ctx.scissor = None
        return mats, (texel[0], texel[1], texel[2])

    def _fit_sun(self, frame: _Frame, cam: CameraMatrices, light: Light) -> tuple[np.ndarray, float] | None:
        casts = frame.opacity >= 0.5
        if not casts.any():
            return None
        lo, hi = frame.lo[casts], frame.hi[casts]
        # What the camera sees up to SHADOW_DISTANCE_M: shadows are only needed there.
        inv = np.linalg.inv(cam.view_proj)
        reach = min(cam.far, SHADOW_DISTANCE_M)
        z_far = (cam.proj[2, 2] * -reach + cam.proj[2, 3]) / reach  # NDC depth of the reach distance
        ndc = np.array([[x, y, z, 1.0] for x in (-1, 1) for y in (-1, 1) for z in (-1.0, z_far)])
        pts = ndc @ inv.T
        pts = pts[:, :3] / pts[:, 3:4]
        view_lo = np.maximum(lo.min(axis=0), pts.min(axis=0))
        view_hi = np.minimum(hi.max(axis=0), pts.max(axis=0))
        if np.any(view_lo > view_hi):
            return None
        # Snapped outward to a grid of about 1/32 of the region (a power of two, so the grid itself only
        # changes when the region doubles or halves): a character walking or the camera drifting leaves the
        # fit exactly as it was, so the map is kept and only redrawn where casters changed.
        step = 2.0 ** math.ceil(math.log2(max(float((view_hi - view_lo).max()), 1e-3) / 32.0))
        view_lo, view_hi = np.floor(view_lo / step) * step, np.ceil(view_hi / step) * step
        d = _unit(light.direction, (0.0, -1.0, 0.0))
        center = (view_lo + view_hi) * 0.5
        view = look_at(tuple(center - d), tuple(center), _up_for(d))
        region = np.array([[x, y, z, 1.0] for x in (view_lo[0], view_hi[0]) for y in (view_lo[1], view_hi[1])
                           for z in (view_lo[2], view_hi[2])]) @ view.T
        # Depth covers every caster, even ones outside the view whose shadow falls into it.
        all_corners = np.concatenate([lo, hi, np.stack([lo[:, 0], hi[:, 1], lo[:, 2]], 1),
                                      np.stack([hi[:, 0], lo[:, 1], hi[:, 2]], 1)])
        depth = np.concatenate([all_corners, np.ones((len(all_corners), 1))], axis=1) @ view.T
        x0, x1 = region[:, 0].min(), region[:, 0].max()
        y0, y1 = region[:, 1].min(), region[:, 1].max()
        # A margin so casters never touch the map's edge (the edge texels would smear outward).
        pad = 0.05 * max(x1 - x0, y1 - y0) + 0.2
        x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
        near = math.floor((-depth[:, 2].max() - 1.0) / step) * step
        far = math.ceil((-min(depth[:, 2].min(), region[:, 2].min()) + 1.0) / step) * step
        proj = orthographic(x0, x1, y0, y1, near, far)
        return proj @ view, max(x1 - x0, y1 - y0) / self._shadow_maps[0][0].width

    def _fit_spot(self, scene: Scene, light: Light) -> tuple[np.ndarray, float]:
        d = _spot_direction(scene, light)
        fov = min(2.0 * light.cone_angle + 10.0, 170.0)
        view = look_at(light.position, tuple(np.asarray(light.position) + d), _up_for(d))
        proj = perspective(fov, 1.0, 0.05, light.range)
        size = self._shadow_maps[1][0].width
        return proj @ view, 2.0 * math.tan(math.radians(fov) / 2.0) / size

    # -- stage 4: main pass -----------------------------------------------------------------------------------
    def _draw_sky(self, scene: Scene, cam: CameraMatrices) -> None:
        """The gradient, drawn last at the far plane so it only shades pixels nothing else covered, and only
        above the horizon (below it the frame's clear colour is the sky's colour)."""
        inv = np.linalg.inv(cam.view_proj)
        polygon = _sky_polygon(inv, cam.eye)
        if len(polygon) < 3:
            return  # looking down: no sky above the horizon on screen
        fan = np.array([[polygon[0], polygon[i], polygon[i + 1]] for i in range(1, len(polygon) - 1)],
                       np.float32).reshape(-1, 2)
        self._sky_vbo.write(fan.tobytes())
        self._sky["u_inv_view_proj"].write(_gl(inv))
        self._sky["u_eye"].value = tuple(cam.eye)
        self._sky["u_top"].value = scene.settings.sky_top
        self._sky["u_horizon"].value = scene.settings.sky_horizon
        self.ctx.depth_func = "<="
        self._sky_vao.render(self._mgl.TRIANGLES, vertices=len(fan))
        self.ctx.depth_func = "<"

    def _set_lit_uniforms(self, scene: Scene, cam: CameraMatrices, shadow_mats: np.ndarray,
                          texel: tuple[float, float, float]) -> None:
        n = shaders.MAX_LIGHTS
        lpos, ldir = np.zeros((n, 4), np.float32), np.zeros((n, 4), np.float32)
        lcol, lcone = np.zeros((n, 3), np.float32), np.zeros((n, 2), np.float32)
        ambient, sky, ground, sun_irradiance = np.zeros(3), np.zeros(3), np.zeros(3), np.zeros(3)
        key: list[tuple[str, int]] = []
        # Suns first so a crowded scene never drops its key light.
        for light in sorted(scene.lights, key=lambda li: li.type != "sun"):
            radiance = srgb_to_linear(light.color) * light.intensity
            if light.type == "ambient":
                ambient += radiance
            elif light.type == "hemisphere":
                sky += radiance
                ground += srgb_to_linear(light.ground_color) * light.intensity
            elif len(key) < n and light.intensity > 0:
                i = len(key)
                d = _spot_direction(scene, light) if light.type == "spot" else _unit(light.direction, (0, -1, 0))
                lpos[i, :3] = light.position
                ldir[i] = (*d, light.range)
                lcol[i] = radiance
                if light.type == "sun":
                    sun_irradiance += radiance * max(-float(d[1]), 0.0)
                lcone[i] = (math.cos(math.radians(light.cone_angle)), math.cos(math.radians(light.cone_angle * 0.75)))
                key.append((light.type, self._light_slots.get(id(light), -1)))
        st = scene.settings
        # The ground as a mirror sees it: its albedo under the sky's and the suns' light.
        ground_light = sky + ambient + sun_irradiance
        # The ground seen from above under suns only, lit and in the shadow-casting sun's shadow, as the
        # general ground shader would shade it (``shaders.ground_sunlit_fragment``).
        albedo = srgb_to_linear(st.ground_color)
        shadowed = albedo * (sky + ambient)
        lit = shadowed.copy()
        for i, (kind, slot) in enumerate(key):
            if kind == "sun":
                term = albedo * lcol[i] * max(-float(ldir[i, 1]), 0.0)
                lit += term
                if slot != 0:
                    shadowed += term
        ground_lit, ground_shadowed = (shaders.to_srgb_np(shaders.aces_np(c * st.exposure))
                                       for c in (lit, shadowed))
        self._frame_no += 1
        self._uniforms = {
            "u_view_proj": _gl(cam.view_proj), "u_eye": tuple(cam.eye),
            "u_lpos": lpos, "u_ldir": ldir, "u_lcol": lcol, "u_lcone": lcone,
            "u_ambient": tuple(ambient), "u_hemi_sky": tuple(sky), "u_hemi_ground": tuple(ground),
            "u_env_top": tuple(srgb_to_linear(st.sky_top)), "u_env_horizon": tuple(srgb_to_linear(st.sky_horizon)),
            "u_env_ground": tuple(srgb_to_linear(st.ground_color) * ground_light),
            "u_shadow_mat": shadow_mats.transpose(0, 2, 1), "u_shadow_texel": texel,
            "u_exposure": st.exposure, "u_horizon": st.sky_horizon,
            "u_ground_fade": (st.ground_size * 0.3, st.ground_size * 0.5),
            "u_ground_lit": tuple(ground_lit), "u_ground_shadowed": tuple(ground_shadowed),
        }
        self._ground_sunlit = (all(kind == "sun" for kind, _ in key)
                               and float(cam.eye[1]) > -GROUND_DROP_M)
        self._frame_lights = tuple(key)
        self._use_lit_program()
        for i, (tex, _) in enumerate(self._shadow_maps):
            tex.use(i)

    def _draw_ground(self, scene: Scene, frame: _Frame, sun_fit: tuple[Light, np.ndarray, float] | None
                     ) -> None:
        s = scene.settings
        level = self._ground.levels[0]
        rec = _ground_record(s, (0.0, 0.0), (s.ground_size, s.ground_size))
        self._fill(level.main, rec)
        cells = None
        if self._ground_sunlit and ("sun", 0) in self._frame_lights and sun_fit is not None:
            light, _, texel_m = sun_fit
            casts = frame.opacity >= 0.5
            lo, hi, sun = frame.lo[casts], frame.hi[casts], _unit(light.direction, (0.0, -1.0, 0.0))
            # Kept while the casters and the sun stay put (a moving camera, a held shot).
            key = (lo.tobytes(), hi.tobytes(), sun.tobytes(), texel_m, s.ground_size)
            if self._cells_key != key:
                self._cells_key, self._cells = key, shadow_cells(lo, hi, sun, texel_m, s.ground_size)
            cells = self._cells
        if cells is None:
            self._use_lit_program(ground="sunlit" if self._ground_sunlit else True)
            self._lit_vao(level, level.main).render(instances=1)
            self._use_lit_program(ground=False)
            return
        # Under suns only, the sun's shadow can only fall inside the cells: they get the shadowed shader
        # (drawn first and pulled a hair toward the camera), the rest of the ground fails the early depth
        # test there and is shaded in full sun without a shadow lookup -- half the ground's cost on
        # llvmpipe. Outside the cells the shadowed shader would give the same colour.
        ctx = self.ctx
        if len(cells):
            center = ((cells[:, 0] + cells[:, 2]) * 0.5, (cells[:, 1] + cells[:, 3]) * 0.5)
            self._fill(self._ground_cells, _ground_record(s, center, (cells[:, 2] - cells[:, 0],
                                                                      cells[:, 3] - cells[:, 1])))
            self._use_lit_program(ground="sunlit")
            ctx.polygon_offset = (0.0, -2.0)
            self._lit_vao(level, self._ground_cells).render(instances=self._ground_cells.count)
            ctx.polygon_offset = (0.0, 0.0)
        lights = self._frame_lights
        self._frame_lights = tuple((kind, -1 if slot == 0 else slot) for kind, slot in lights)
        self._use_lit_program(ground="sunlit")
        self._lit_vao(level, level.main).render(instances=1)
        self._frame_lights = lights
        self._use_lit_program(ground=False)

    def _draw_transparent(self, fbo: Any, glass: list[tuple[float, _Level, np.ndarray]]) -> None:
        ctx = self.ctx
        ctx.enable(self._mgl.BLEND)
        ctx.blend_func = self._mgl.SRC_ALPHA, self._mgl.ONE_MINUS_SRC_ALPHA
        fbo.depth_mask = False
        # Farthest first; equal depths keep scene order (stable sort) so frames stay deterministic.
        for _, level, rec in sorted(glass, key=lambda g: -g[0]):
            self._fill(level.glass, rec)
            self._lit_vao(level, level.glass).render(instances=1)
        fbo.depth_mask = True
        ctx.disable(self._mgl.BLEND)


def render_still(scene: Scene, path: str | Path, camera_name: str | None = None, width: int = 1280,
                 height: int = 720, renderer: Renderer | None = None) -> Path:
    """Render one frame of ``scene`` to a PNG at ``path`` (through ``camera_name`` or the active camera)."""
    from PIL import Image

    camera = _named_camera(scene, camera_name)
    own = renderer is None
    r = renderer or Renderer(width=width, height=height)
    try:
        pixels = r.render(scene, camera, width, height)
    finally:
        if own:
            r.release()
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(pixels).save(out, format="PNG")
    except OSError as exc:
        raise ProjectError(f"cannot write the image {out}: {exc.strerror or exc}",
                           hint="choose a folder you can write to") from exc
    return out


# -- helpers ----------------------------------------------------------------------------------------------------
PARTIAL_SHADOW_MAX_AREA = 0.5  # above this share of the map, redraw it whole


def _dirty_rect(before: dict[str, _CasterState], now: dict[str, _CasterState], view_proj: np.ndarray,
                size: int) -> tuple[int, int, int, int] | None:
    """The shadow-map texels (x, y, w, h) that casters which moved, changed detail, appeared or vanished
    covered before or cover now; None when there are none; the whole map when they cover most of it or
    reach behind a spot light."""
    boxes = []
    for asset_type in before.keys() | now.keys():
        a, b = before.get(asset_type), now.get(asset_type)
        if a is not None and b is not None and a.ids == b.ids and a.rows.shape == b.rows.shape:
            changed = np.any(a.rows != b.rows, axis=1)
            if changed.any():
                boxes += [(a.lo[changed], a.hi[changed]), (b.lo[changed], b.hi[changed])]
        else:
            boxes += [(c.lo, c.hi) for c in (a, b) if c is not None]
    if not boxes:
        return None
    lo = np.concatenate([bx[0] for bx in boxes])
    hi = np.concatenate([bx[1] for bx in boxes])
    corners = np.concatenate([np.stack([np.where(m & 1, hi[:, 0], lo[:, 0]), np.where(m & 2, hi[:, 1], lo[:, 1]),
                                        np.where(m & 4, hi[:, 2], lo[:, 2]), np.ones(len(lo))], 1)
                              for m in range(8)])
    clip = corners @ view_proj.T
    whole = (0, 0, size, size)
    if np.any(clip[:, 3] <= 1e-6):
        return whole
    ndc = clip[:, :2] / clip[:, 3:4]
    # Two texels of margin: the filtered lookups and the polygon offset reach a little past the box.
    x0, y0 = np.floor((ndc.min(axis=0) * 0.5 + 0.5) * size).astype(int) - 2
    x1, y1 = np.ceil((ndc.max(axis=0) * 0.5 + 0.5) * size).astype(int) + 2
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, size), min(y1, size)
    if x1 <= x0 or y1 <= y0:
        return None  # everything that changed is outside the map
    if (x1 - x0) * (y1 - y0) > PARTIAL_SHADOW_MAX_AREA * size * size:
        return whole
    return (int(x0), int(y0), int(x1 - x0), int(y1 - y0))


SHADOW_CELLS_MAX_SHARE = 0.6  # above this share of the ground in cells, shade the whole ground with shadows


def shadow_cells(lo: np.ndarray, hi: np.ndarray, sun_dir: np.ndarray, texel_m: float, ground_size: float,
                 grid: int = 128) -> np.ndarray | None:
    """Rectangles (x0, z0, x1, z1) on the ground that hold every point the sun's shadow map can darken: the
    shadows of the boxes ``lo``..``hi`` cast along ``sun_dir`` onto the ground, grown by the reach of the
    filtered lookup, snapped outward to a ``grid`` x ``grid`` division of the ground and merged into runs.
    None when that is most of the ground (or the sun is so low that shadows stretch across it)."""
    if sun_dir[1] > -0.1:
        return None
    half = ground_size * 0.5
    cell = ground_size / grid
    slide = np.asarray(sun_dir, float)[[0, 2]] / -sun_dir[1]  # horizontal travel per metre of drop
    h0 = np.maximum(lo[:, 1] + GROUND_DROP_M, 0.0)  # heights above the ground of each box's bottom and top
    h1 = np.maximum(hi[:, 1] + GROUND_DROP_M, 0.0)
    # A shadow texel stretches along the ground by 1 / sin(elevation); the four-tap lookup reaches ~1.75
    # texels, the normal offset 1.5 more: five texels of margin, and a cell more for the sampled sweep below.
    margin = 5.0 * texel_m / -sun_dir[1] + cell
    # A box's shadow is its footprint swept along the sun's slide from its bottom's height to its top's:
    # stamped at steps of at most a cell along the sweep (the margin covers between the stamps).
    steps = np.ceil(np.abs(h1 - h0) * float(np.abs(slide).max()) / cell).astype(int) + 1
    which = np.repeat(np.arange(len(lo)), steps)
    t = np.arange(len(which)) - np.repeat(np.cumsum(steps) - steps, steps)
    frac = t / np.maximum(np.repeat(steps, steps) - 1, 1)
    h = h0[which] + (h1 - h0)[which] * frac
    x0 = lo[which, 0] + slide[0] * h - margin
    x1 = hi[which, 0] + slide[0] * h + margin
    z0 = lo[which, 2] + slide[1] * h - margin
    z1 = hi[which, 2] + slide[1] * h + margin
    i0 = np.clip(np.floor((x0 + half) / cell), 0, grid).astype(int)
    i1 = np.clip(np.ceil((x1 + half) / cell), 0, grid).astype(int)
    k0 = np.clip(np.floor((z0 + half) / cell), 0, grid).astype(int)
    k1 = np.clip(np.ceil((z1 + half) / cell), 0, grid).astype(int)
    # Paint every stamp at once: +1/-1 at its corners, then running sums along both axes.
    side = grid + 1
    corners = np.concatenate([k0 * side + i0, k0 * side + i1, k1 * side + i0, k1 * side + i1])
    signs = np.repeat(np.array([1.0, -1.0, -1.0, 1.0]), len(k0))
    paint = np.bincount(corners, signs, minlength=side * side).reshape(side, side)  # [z row, x column]
    occupied = paint.astype(np.int32).cumsum(axis=0).cumsum(axis=1)[:grid, :grid] > 0
    if occupied.mean() > SHADOW_CELLS_MAX_SHARE:
        return None
    # Runs along x in each row, then runs with the same ends in consecutive rows joined into one rectangle.
    padded = np.zeros((grid, grid + 2), np.int8)
    padded[:, 1:-1] = occupied
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    ends = np.nonzero(step == -1)[1]  # the same row-major order as the starts
    key = starts * side + ends
    order = np.lexsort((rows, key))
    rows, key = rows[order], key[order]
    new = np.ones(len(key), bool)
    new[1:] = (key[1:] != key[:-1]) | (rows[1:] != rows[:-1] + 1)
    first = np.nonzero(new)[0]
    last = np.append(first[1:], len(key)) - 1
    rect = np.stack([key[first] // side, rows[first], key[first] % side, rows[last] + 1], 1) * cell - half
    # Neighbouring rectangles overlap by a sliver: where one's corner meets another's edge, rasterisation
    # could otherwise leave a pixel between them to the unshadowed ground.
    return rect.astype(float) + np.array([-1.0, -1.0, 1.0, 1.0]) * (0.05 * cell)


def _ground_record(settings: Any, center: tuple[float, float] | tuple[np.ndarray, np.ndarray],
                   size: tuple[float, float] | tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Instance records of ground rectangles (the whole ground, or the cells ``shadow_cells`` picks)."""
    cx, cz = np.atleast_1d(center[0]), np.atleast_1d(center[1])
    sx, sz = np.atleast_1d(size[0]), np.atleast_1d(size[1])
    n = len(cx)
    m = np.tile(np.eye(4), (n, 1, 1))
    m[:, 0, 0], m[:, 2, 2] = sx, sz
    m[:, 0, 3], m[:, 1, 3], m[:, 2, 3] = cx, -GROUND_DROP_M, cz
    rec = np.zeros((n, INSTANCE_FLOATS), np.float32)
    rec[:, 0:16] = m.transpose(0, 2, 1).reshape(n, 16)
    rec[:, 16:25] = np.eye(3).reshape(9)
    rec[:, 25:28] = srgb_to_linear(settings.ground_color)
    rec[:, 28] = 1.0
    rec[:, 29] = GROUND_ROUGHNESS
    return rec


def _sky_polygon(inv_view_proj: np.ndarray, eye: np.ndarray) -> list[tuple[float, float]]:
    """The screen (NDC square) clipped to where the view ray points up, with a hair of margin below.

    The ray's height on the far plane is affine in NDC (the clip w is constant there), so clipping the
    square's edges by linear interpolation is exact; the margin keeps pixels on the horizon line, which the
    gradient shows as the horizon colour anyway, inside."""
    corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
    far = np.array([[x, y, 1.0, 1.0] for x, y in corners]) @ inv_view_proj.T
    rays = far[:, :3] / far[:, 3:4] - eye
    up = rays[:, 1] + 0.002 * np.linalg.norm(rays, axis=1).max()
    out: list[tuple[float, float]] = []
    for i in range(4):
        j = (i + 1) % 4
        if up[i] >= 0:
            out.append(corners[i])
        if (up[i] >= 0) != (up[j] >= 0):
            t = up[i] / (up[i] - up[j])
            out.append((corners[i][0] + t * (corners[j][0] - corners[i][0]),
                        corners[i][1] + t * (corners[j][1] - corners[i][1])))
    return out


def _check_size(w: int, h: int) -> None:
    if not (16 <= w <= 8192 and 16 <= h <= 8192):
        raise RenderError(f"image size {w}x{h} is out of range", hint="use 16..8192 pixels per side")


def _named_camera(scene: Scene, name: str | None) -> Camera:
    if name is None:
        return _active_camera(scene)
    try:
        return scene.camera(name)
    except KeyError:
        names = ", ".join(c.name for c in scene.cameras) or "none"
        raise RenderError(f"there is no camera called {name!r}", hint=f"cameras in this scene: {names}") from None


def _active_camera(scene: Scene) -> Camera:
    try:
        return scene.camera()
    except KeyError:
        if scene.cameras:
            return scene.cameras[0]
        return Camera(name="default")


def _frame(scene: Scene) -> tuple[_Frame, tuple[np.ndarray, np.ndarray]]:
    """Matrices and boxes of every object, computed once per frame; the frame keeps the visible ones."""
    objs = scene.objects
    pos = np.array([o.transform.position for o in objs], float).reshape(-1, 3)
    rot = np.array([o.transform.rotation for o in objs], float).reshape(-1, 3)
    scl = np.array([o.transform.scale for o in objs], float).reshape(-1, 3)
    models = model_matrices(pos, rot, scl)
    lo, hi = world_bboxes(objs, models)
    visible = [o for o in objs if o.visible]
    vis = np.array([o.visible for o in objs], bool)
    mats = [o.material for o in visible]
    color = srgb_to_linear(np.array([m.color for m in mats], float).reshape(-1, 3))
    glow = srgb_to_linear(np.array([m.emissive for m in mats], float).reshape(-1, 3))
    glow *= np.array([m.emissive_strength for m in mats], float)[:, None]
    frame = _Frame(visible, models[vis], lo[vis], hi[vis], np.array([m.opacity for m in mats], float),
                   color, np.array([m.roughness for m in mats], float), np.array([m.metallic for m in mats], float),
                   glow)
    return frame, (lo, hi)


@cache
def _linear_color(color: tuple[float, float, float]) -> np.ndarray:
    return srgb_to_linear(color)


def _unit(v: tuple[float, float, float] | np.ndarray, fallback: tuple[float, float, float]) -> np.ndarray:
    a = np.asarray(v, float)
    n = np.linalg.norm(a)
    return a / n if n > 1e-9 else np.asarray(fallback, float)


def _up_for(d: np.ndarray) -> tuple[float, float, float]:
    return (0.0, 0.0, -1.0) if abs(d[1]) > 0.99 else (0.0, 1.0, 0.0)


def _spot_direction(scene: Scene, light: Light) -> np.ndarray:
    """Where a spot points: at its target object's centre when it has one, else along ``direction``."""
    if light.target:
        target = scene.find_object(light.target)
        if target is not None:
            lo, hi = world_bboxes([target])
            return _unit((lo[0] + hi[0]) * 0.5 - np.asarray(light.position), light.direction)
    return _unit(light.direction, (0.0, -1.0, 0.0))


def _set(program: Any, name: str, value: Any) -> None:
    """Set a uniform the GLSL compiler may have optimised away (then there is nothing to set)."""
    if name in program:
        program[name].value = value


def _write_array(program: Any, name: str, rows: np.ndarray) -> None:
    """Write a uniform array; the compiler keeps only the elements the shader reads, so write that many."""
    if name in program:
        program[name].write(np.ascontiguousarray(rows[: program[name].array_length], np.float32).tobytes())


def _write(program: Any, name: str, data: bytes) -> None:
    if name in program:
        program[name].write(data)


def _gl(m: np.ndarray) -> bytes:
    """A 4x4 matrix in GL's column-major float32 layout."""
    return np.ascontiguousarray(m.T, np.float32).tobytes()


def _release_fbo(fbo: Any) -> None:
    for att in (*fbo.color_attachments, fbo.depth_attachment):
        if att is not None:
            att.release()
    fbo.release()


def _poses(objects: list[SceneObject]) -> list[dict[str, np.ndarray] | None]:
    """Per object, its bone matrices (``autark.assets.rig``, the one place poses become matrices), or None
    in the bind pose."""
    from autark.assets import rig

    return [rig.bone_matrices(o.type, o.pose) if o.pose else None for o in objects]
