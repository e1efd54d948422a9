"""Stage 3 of a frame: shadow maps. The sun's is orthographic, fitted to what the camera sees and snapped to a
grid; up to two spots get perspective ones. A map is kept while nothing it holds changed, redrawn inside the
rectangle of the casters that changed, or redrawn whole: the same depths as a full redraw every time.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from autark.render import shaders
from autark.render.gpu import Level, cull, depth_vao, gl_matrix, shadow_map
from autark.render.instances import CasterState, Frame
from autark.render.lighting import spot_direction, unit, up_for
from autark.render.math3d import CameraMatrices, orthographic, perspective
from autark.scene.geometry import look_at
from autark.scene.model import Light, Scene

__all__ = ["SHADOW_DISTANCE_M", "SPOT_SHADOW_SLOTS", "ShadowFits", "ShadowMaps"]

SHADOW_DISTANCE_M = 60.0  # the sun's shadow map covers what the camera sees up to this far
SPOT_SHADOW_SLOTS = (1, 2)
PARTIAL_SHADOW_MAX_AREA = 0.5  # above this share of the map, redraw it whole

# Per shadow-map slot (0 the sun, 1-2 spots): the light, its view-projection and the world size of one texel.
ShadowFits = dict[int, tuple[Light, np.ndarray, float]]


class ShadowMaps:
    """The shadow maps (slot 0 the sun's, ``sun_size`` texels square; slots 1-2 spots', ``spot_size``), what
    each holds, and the depth pass that draws them.

    ``keys`` holds per slot (light view-projection, the casters' state) as last drawn. A film's frames often
    leave the light's fit unchanged (a still set, a camera moving within a scene smaller than its view) and
    most casters where they were; then the map is reused, redrawn only inside the rectangle that the casters
    that changed covered before or cover now, or not at all: the same pixels as a redraw.
    """

    def __init__(self, ctx: Any, sun_size: int, spot_size: int) -> None:
        self.ctx = ctx
        self._depth = ctx.program(vertex_shader=shaders.DEPTH_VERTEX, fragment_shader=shaders.DEPTH_FRAGMENT)
        self.maps = [shadow_map(ctx, sun_size)] + [shadow_map(ctx, spot_size) for _ in SPOT_SHADOW_SLOTS]
        self.keys: dict[int, tuple[bytes, dict[str, CasterState]]] = {}
        self.light_slots: dict[int, int] = {}  # id(light) -> shadow-map slot, for the frame being drawn

    def fit(self, scene: Scene, cam: CameraMatrices, frame: Frame) -> ShadowFits:
        """Per shadow-map slot: the light, its view-projection and the world size of one texel."""
        fits: ShadowFits = {}
        for slot, light in _shadow_lights(scene).items():
            fit = self._fit_sun(frame, cam, light) if slot == 0 else self._fit_spot(scene, light)
            if fit is not None:
                fits[slot] = (light, *fit)
        return fits

    def draw(self, fits: ShadowFits, levels: list[Level], casters: dict[str, CasterState]
             ) -> tuple[np.ndarray, tuple[float, float, float]]:
        """Bring each fitted map up to date with the frame's ``casters`` (drawn from ``levels``); return the
        three maps' view-projections and texel sizes for the lit shader."""
        mats = np.tile(np.eye(4), (3, 1, 1))
        texel = [0.0, 0.0, 0.0]
        self.light_slots = {}
        drawn = [level for level in levels if level.shadow.count]
        if not drawn:
            return mats, (0.0, 0.0, 0.0)
        ctx = self.ctx
        for slot, (light, view_proj, texel_m) in fits.items():
            mats[slot], texel[slot] = view_proj, texel_m
            self.light_slots[id(light)] = slot
            tex, fbo = self.maps[slot]
            fit = view_proj.tobytes()
            held = self.keys.get(slot)
            self.keys[slot] = (fit, casters)
            whole = (0, 0, tex.width, tex.height)
            rects = [whole]
            if held is not None and held[0] == fit:
                rects = _dirty_rects(held[1], casters, view_proj, tex.width)
                if not rects:
                    continue  # no caster changed where this map can see it: it holds exactly this frame
            fbo.use()
            fbo.viewport = whole
            ctx.enable(ctx.DEPTH_TEST)
            # Slope-scaled bias; the lit shader adds a normal offset, so both can stay small (no peter-panning).
            ctx.polygon_offset = (1.5, 2.0)
            self._depth["u_view_proj"].write(gl_matrix(view_proj))
            owners = None if rects == [whole] else _owner_boxes(casters, view_proj, tex.width)
            # Outside the rectangles nothing changed; inside, the same draws give the same depths. All of them
            # are cleared, then every caster over any of them is drawn once, clipped to their bounding box:
            # between the rectangles the map already holds each caster's depth, and drawing the same triangles
            # again gives exactly those depths, which the "<" test keeps. One draw per level instead of one
            # per level and rectangle: llvmpipe transforms a level's vertices on the calling thread per draw.
            over: set[str] | None = set()
            for rect in rects:
                fbo.clear(depth=1.0, viewport=rect)
                types = None if owners is None else _types_over(*owners, rect)
                over = None if over is None or types is None else over | types
            ctx.scissor = _bounding(rects)
            for level in drawn:
                if over is not None and level.owner is not None and level.owner not in over:
                    continue
                # The sun is outside everything, so a closed caster's nearest surface toward it is a front
                # face: culling back faces leaves the map unchanged. (A spot may sit inside a lamp's shade.)
                cull(ctx, slot == 0 and level.cull_shadow)
                depth_vao(ctx, self._depth, level, level.shadow).render(instances=level.shadow.count)
            cull(ctx, False)
            ctx.polygon_offset = (0.0, 0.0)
            ctx.scissor = None
        return mats, (texel[0], texel[1], texel[2])

    def bind(self) -> None:
        """Bind the maps to the texture units the lit shader samples them from (``u_shadow0`` ...)."""
        for i, (tex, _) in enumerate(self.maps):
            tex.use(i)

    def _fit_sun(self, frame: Frame, cam: CameraMatrices, light: Light) -> tuple[np.ndarray, float] | None:
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
        d = unit(light.direction, (0.0, -1.0, 0.0))
        center = (view_lo + view_hi) * 0.5
        view = look_at(tuple(center - d), tuple(center), up_for(d))
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
        return proj @ view, max(x1 - x0, y1 - y0) / self.maps[0][0].width

    def _fit_spot(self, scene: Scene, light: Light) -> tuple[np.ndarray, float]:
        d = spot_direction(scene, light)
        fov = min(2.0 * light.cone_angle + 10.0, 170.0)
        view = look_at(light.position, tuple(np.asarray(light.position) + d), up_for(d))
        proj = perspective(fov, 1.0, 0.05, light.range)
        size = self.maps[1][0].width
        return proj @ view, 2.0 * math.tan(math.radians(fov) / 2.0) / size


def _shadow_lights(scene: Scene) -> dict[int, Light]:
    """The lights that get a shadow map, by slot: the first sun, then the first spots."""
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


def _texel_boxes(lo: np.ndarray, hi: np.ndarray, view_proj: np.ndarray, size: int) -> np.ndarray | None:
    """(N, 4) texel boxes x0, y0, x1, y1 (two texels of margin: the filtered lookups and the polygon offset
    reach a little past a box) of world boxes in a shadow map; None when one reaches behind the light."""
    corners = np.concatenate([np.stack([np.where(m & 1, hi[:, 0], lo[:, 0]), np.where(m & 2, hi[:, 1], lo[:, 1]),
                                        np.where(m & 4, hi[:, 2], lo[:, 2]), np.ones(len(lo))], 1)
                              for m in range(8)])
    clip = corners @ view_proj.T
    if np.any(clip[:, 3] <= 1e-6):
        return None
    ndc = (clip[:, :2] / clip[:, 3:4] * 0.5 + 0.5) * size
    ndc = ndc.reshape(8, len(lo), 2)
    return np.concatenate([np.floor(ndc.min(axis=0)) - 2, np.ceil(ndc.max(axis=0)) + 2], axis=1)


def _dirty_rects(before: dict[str, CasterState], now: dict[str, CasterState], view_proj: np.ndarray,
                 size: int) -> list[tuple[int, int, int, int]]:
    """The shadow-map texels (x, y, w, h) that casters which moved, changed detail, appeared or vanished
    covered before or cover now, as rectangles that do not overlap (one per group of casters near each
    other: people apart in a room leave most of the map between them as it is); none when nothing changed
    inside the map; the whole map when they cover most of it or reach behind a spot light."""
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
        return []
    whole = [(0, 0, size, size)]
    texels = _texel_boxes(np.concatenate([bx[0] for bx in boxes]), np.concatenate([bx[1] for bx in boxes]),
                          view_proj, size)
    if texels is None:
        return whole
    rects = [r for r in np.clip(texels, 0, size).astype(int).tolist() if r[2] > r[0] and r[3] > r[1]]
    merged = True
    while merged:  # join rectangles that overlap or touch until none do
        merged = False
        for i in range(len(rects)):
            for j in range(i + 1, len(rects)):
                a, b = rects[i], rects[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    rects[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del rects[j]
                    merged = True
                    break
            if merged:
                break
    if sum((r[2] - r[0]) * (r[3] - r[1]) for r in rects) > PARTIAL_SHADOW_MAX_AREA * size * size:
        return whole
    return [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in rects]


def _owner_boxes(casters: dict[str, CasterState], view_proj: np.ndarray, size: int
                 ) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    """The casters' asset types, per caster the index of its type and its mesh's texel box (None when one
    reaches behind the light)."""
    types = list(casters)
    owner = np.concatenate([np.full(len(c.ids), i) for i, c in enumerate(casters.values())])
    boxes = _texel_boxes(np.concatenate([c.mesh_lo for c in casters.values()]),
                         np.concatenate([c.mesh_hi for c in casters.values()]), view_proj, size)
    return types, owner, boxes


def _types_over(types: list[str], owner: np.ndarray, boxes: np.ndarray | None,
                rect: tuple[int, int, int, int]) -> set[str] | None:
    """The asset types with a caster over ``rect`` (x, y, w, h) of a shadow map (None: all of them)."""
    if boxes is None:
        return None
    x, y, w, h = rect
    over = (boxes[:, 0] <= x + w) & (x <= boxes[:, 2]) & (boxes[:, 1] <= y + h) & (y <= boxes[:, 3])
    return {types[i] for i in np.unique(owner[over]).tolist()}


def _bounding(rects: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """The smallest rectangle (x, y, w, h) holding all of ``rects``."""
    x0 = min(r[0] for r in rects)
    y0 = min(r[1] for r in rects)
    x1 = max(r[0] + r[2] for r in rects)
    y1 = max(r[1] + r[3] for r in rects)
    return (x0, y0, x1 - x0, y1 - y0)
