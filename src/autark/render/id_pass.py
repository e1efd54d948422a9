"""The object-ID pass: which object each pixel of a small frame shows, and the whole silhouette each of a few
subjects would have alone, drawn with the renderer's own meshes, parts, poses and detail levels (``instances``:
the same records the main pass draws, rigged limbs as posed, unknown types as their box).

A shot planner asks it what a camera really shows (``jobs.pixel_looks``): boxes and rays read a bike behind a
boy as hidden, or a campfire's flames before a child as nothing, where the pixels tell. One call draws two
passes into a frame with a guard band round it (``guard``: a quarter of the frame on every side, so that a
silhouette running out of the picture is seen running out, and by how much):

1. every opaque part, depth tested, each object in its own flat colour (its index, 24 bits over RGB);
2. the subjects alone, no depth test, subject k into channel k of its own 4-channel pass (blend MAX): up to four
   silhouettes a pass, each whole whatever stands before it.

Cost on llvmpipe (2 cores) at 160x90 (240x135 with the guard): a few milliseconds a pass; the vertex work of
the scene's meshes dominates, so the detail levels are picked as the film's own frames pick them
(``film_height``), not as small as the pass is.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.render.gpu import GpuCache, cull, gl_matrix
from autark.render.instances import Instancer, frame_of
from autark.render.math3d import boxes_in_frustum, camera_matrices, det3, frustum_planes
from autark.scene.model import Camera, Scene

__all__ = ["IdFrame", "IdPass", "id_pass"]

_VERTEX = """
#version 330
uniform mat4 u_view_proj;
in vec3 in_pos;
in mat4 in_model;
in float in_id;
flat out float v_id;
void main() {
    v_id = in_id;
    gl_Position = u_view_proj * (in_model * vec4(in_pos, 1.0));
}
"""

_ID_FRAGMENT = """
#version 330
flat in float v_id;
out vec4 f_color;
void main() {
    int id = int(v_id + 0.5);
    f_color = vec4(float(id & 255), float((id >> 8) & 255), float((id >> 16) & 255), 255.0) / 255.0;
}
"""

# subject k (0-3) of a silhouette pass lights channel k
_MASK_FRAGMENT = """
#version 330
flat in float v_id;
out vec4 f_color;
void main() {
    int k = int(v_id + 0.5);
    f_color = vec4(k == 0, k == 1, k == 2, k == 3);
}
"""

_FMT = "16f 1f/i"


@dataclass
class _Slot:
    buffer: Any
    vao: Any
    capacity: int
_MASKS_PER_PASS = 4
_Draw = tuple[Any, np.ndarray, np.ndarray, bool]


@dataclass
class IdFrame:
    """What one camera sees at one moment: ``ids`` (H, W) the index + 1 into ``objects`` of the object each
    pixel of the frame shows (0: ground or sky), inside the guard band's ``inner`` window; ``alone`` (K, H, W)
    each subject's silhouette drawn alone; ``guard_px`` the band's width and height in pixels on each side."""

    objects: list[str]
    ids: np.ndarray
    alone: np.ndarray
    guard_px: tuple[int, int]

    @property
    def inner(self) -> tuple[slice, slice]:
        gx, gy = self.guard_px
        h, w = self.ids.shape
        return slice(gy, h - gy), slice(gx, w - gx)


class IdPass:
    """A headless GL context with the two programs and a frame of ``width`` x ``height`` (the camera's frame)
    plus ``guard`` of it on each side. ``film_height`` picks the meshes' detail levels as a frame of that height
    would (``Renderer``'s rule, ``lod_pixels``)."""

    def __init__(self, width: int = 160, height: int = 90, guard: float = 0.25, film_height: int = 270,
                 lod_pixels: float = 16.0) -> None:
        from autark.render.context import create_context

        self.width, self.height = width, height
        self.gx, self.gy = round(width * guard), round(height * guard)
        self.full = (width + 2 * self.gx, height + 2 * self.gy)
        self.film_height, self.lod_pixels = film_height, lod_pixels
        self.ctx = create_context()
        self._gpu = GpuCache(self.ctx)
        self._instancer = Instancer(self._gpu)
        self._ids = self.ctx.program(vertex_shader=_VERTEX, fragment_shader=_ID_FRAGMENT)
        self._masks = self.ctx.program(vertex_shader=_VERTEX, fragment_shader=_MASK_FRAGMENT)
        self._fbo = self.ctx.framebuffer(color_attachments=[self.ctx.renderbuffer(self.full, 4)],
                                         depth_attachment=self.ctx.depth_renderbuffer(self.full))
        self._vaos: dict[tuple[int, int], _Slot] = {}  # (program, mesh level) -> its instances and vertex array
        self.passes = 0  # passes drawn over the object's life, and the seconds its looks took (what a planner spent)
        self.wall_s = self.cpu_s = 0.0

    def look(self, state: Scene, camera: Camera, subjects: Sequence[Sequence[str]]) -> IdFrame:
        """The ID frame of the evaluated ``state`` seen through ``camera``, and the silhouettes of ``subjects``
        (each a group of object ids drawn as one: a body and what it wears), at most four a pass."""
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return self._look(state, camera, subjects)
        finally:
            self.wall_s += time.perf_counter() - t0
            self.cpu_s += time.process_time() - c0

    def _look(self, state: Scene, camera: Camera, subjects: Sequence[Sequence[str]]) -> IdFrame:
        frame, bounds = frame_of(state)
        aspect = self.width / self.height
        cam = camera_matrices(state, camera, aspect, bounds)
        # the same camera, its frame widened by the guard band on each side
        sx, sy = self.width / self.full[0], self.height / self.full[1]
        proj = np.diag([sx, sy, 1.0, 1.0]) @ cam.proj
        view_proj = proj @ cam.view
        seen = boxes_in_frustum(frustum_planes(view_proj), frame.lo, frame.hi)
        radius = np.linalg.norm(frame.hi - frame.lo, axis=1) * 0.5
        dist = np.maximum(np.linalg.norm((frame.lo + frame.hi) * 0.5 - cam.eye, axis=1), 1e-3)
        pixels = radius / (dist * math.tan(math.radians(camera.fov) / 2)) * (self.film_height / 2)
        lp = self.lod_pixels
        wanted = np.select([pixels >= 3 * lp, pixels >= lp, pixels >= lp / 4], [0, 1, 2], 3)
        index = {o.id: i for i, o in enumerate(frame.objects)}
        with self.ctx:  # current while meshes upload too: another context (the renderer's) may be
            draws = self._draws(frame, seen, wanted)
            ids = self._pass(self._ids, view_proj, [(lv, mats, obj + 1.0, c) for lv, mats, obj, c in draws], True)
            code = ids[..., 0].astype(np.int64) | (ids[..., 1].astype(np.int64) << 8) | (
                ids[..., 2].astype(np.int64) << 16)
            masks = []
            for k0 in range(0, len(subjects), _MASKS_PER_PASS):
                group = subjects[k0:k0 + _MASKS_PER_PASS]
                slot = {index[oid]: float(k) for k, members in enumerate(group) for oid in members if oid in index}
                chosen = [(lv, mats[np.isin(obj, list(slot))], np.array([slot[int(i)] for i in obj if int(i) in slot]),
                           c) for lv, mats, obj, c in draws]
                img = self._pass(self._masks, view_proj, [c for c in chosen if len(c[2])], False)
                masks += [img[..., k] > 127 for k in range(len(group))]
        alone = np.array(masks, bool).reshape(len(subjects), self.full[1], self.full[0])
        return IdFrame([o.id for o in frame.objects], code, alone, (self.gx, self.gy))

    def _draws(self, frame: Any, seen: np.ndarray, wanted: np.ndarray) -> list[_Draw]:
        """(level, model matrices (N, 16) as GL reads them, object indices (N,), back faces culled) per mesh level
        drawn: the opaque parts of the objects in the frustum, at the level the renderer would draw them."""
        by_type: dict[str, list[int]] = {}
        for i, o in enumerate(frame.objects):  # every object of a type: its records are kept while they stand still
            by_type.setdefault(o.type, []).append(i)
        out = []
        for asset_type, idx_list in by_type.items():
            idx = np.array(idx_list)
            table = self._instancer.part_table(asset_type)
            gparts = table.gparts
            rec, _lo, _hi = self._instancer._type_records(asset_type, table, [frame.objects[i] for i in idx_list],
                                                          idx, frame)
            alpha = frame.opacity[idx][None, :] * table.opacity[:, None]
            drawn = seen[idx]
            level_of = table.level_of_rank[:, wanted[idx]]  # (parts, objects)
            mirrored = det3(frame.models[idx][:, :3, :3]) < 0
            for p, gp in enumerate(gparts):
                for lv in np.unique(level_of[p]).tolist():
                    sel = np.flatnonzero((level_of[p] == lv) & (alpha[p] >= 1.0) & drawn)
                    if len(sel):
                        # a one-sided part (a set's fourth wall, its ceiling) is seen from its front only, as the
                        # renderer draws it; a closed mesh shows the same outline either way
                        one_sided = bool(gp.part.one_sided and not mirrored[sel].any())
                        out.append((gp.levels[lv], rec[p, sel, :16], idx[sel].astype(float), one_sided))
        return out

    def _pass(self, program: Any, view_proj: np.ndarray, draws: list[_Draw], depth: bool) -> np.ndarray:
        ctx = self.ctx
        self._fbo.use()
        self._fbo.viewport = (0, 0, *self.full)
        self._fbo.clear(0.0, 0.0, 0.0, 0.0, depth=1.0)
        program["u_view_proj"].write(gl_matrix(view_proj))
        if depth:
            ctx.enable(ctx.DEPTH_TEST)
            ctx.disable(ctx.BLEND)
        else:
            ctx.disable(ctx.DEPTH_TEST)
            ctx.enable(ctx.BLEND)
            ctx.blend_func = ctx.ONE, ctx.ONE
            ctx.blend_equation = ctx.MAX
        for level, mats, obj, one_sided in draws:
            cull(ctx, one_sided)
            rec = np.empty((len(obj), 17), np.float32)
            rec[:, :16], rec[:, 16] = mats, obj
            self._vao(program, level, rec.nbytes).buffer.write(rec.tobytes())
            self._vaos[(id(program), id(level))].vao.render(instances=len(obj))
        cull(ctx, False)
        if not depth:
            ctx.blend_equation = ctx.FUNC_ADD
            ctx.disable(ctx.BLEND)
        self.passes += 1
        data = self._fbo.read(components=4, alignment=1)
        return np.frombuffer(data, np.uint8).reshape(self.full[1], self.full[0], 4)[::-1]

    def _vao(self, program: Any, level: Any, nbytes: int) -> _Slot:
        """The vertex array that draws ``level``'s mesh with ``program`` from an instance buffer of its own that
        holds ``nbytes`` at least (kept: a film's shots draw the same meshes again and again)."""
        key = (id(program), id(level))
        slot = self._vaos.get(key)
        if slot is None or slot.capacity < nbytes:
            if slot is not None:
                slot.vao.release()
                slot.buffer.release()
            cap = 1 << max(nbytes - 1, 0).bit_length()
            buf = self.ctx.buffer(reserve=cap)
            vao = self.ctx.vertex_array(program, [(level.vbo, "3f 12x", "in_pos"), (buf, _FMT, "in_model", "in_id")],
                                        index_buffer=level.ibo, index_element_size=4)
            slot = self._vaos[key] = _Slot(buf, vao, cap)
        return slot

    def release(self) -> None:
        self.ctx.release()


_SHARED: dict[int, IdPass] = {}


def id_pass() -> IdPass:
    """The process's ID pass (made on first use: a GL context of its own, a frame of 160x90)."""
    import os

    pid = os.getpid()  # a forked worker makes its own context
    if pid not in _SHARED:
        _SHARED.clear()
        _SHARED[pid] = IdPass()
    return _SHARED[pid]
