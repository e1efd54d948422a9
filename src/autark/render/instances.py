"""Stages 1 and 2 of a frame: per object its model matrix, world box, visibility and level of detail (numpy,
vectorised); then per asset part and detail level one instance buffer for the main pass (visible, opaque,
nearest first) and one for the shadow passes (every caster, the camera's or not), so each is one instanced
draw.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.render.gpu import INSTANCE_FLOATS, GpuCache, Level
from autark.render.lighting import linear_color, srgb_to_linear
from autark.render.math3d import (
    CameraMatrices,
    boxes_in_frustum,
    det3,
    frustum_planes,
    inverse3,
    model_matrices,
    world_bboxes,
)
from autark.render.meshes import PartData
from autark.scene.model import Camera, Scene, SceneObject

__all__ = ["EMISSIVE_GAIN", "CasterState", "Frame", "Instancer", "frame_of"]

EMISSIVE_GAIN = 1.0  # linear radiance of an emissive surface per unit of emissive strength


@dataclass
class Frame:
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
class CasterState:
    """The shadow casters of one asset type in a frame: object ids, per object what the shadow passes draw
    (each part's model matrix and detail level, -1 when not drawn) and its world box."""

    ids: tuple[str, ...]
    rows: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


def frame_of(scene: Scene) -> tuple[Frame, tuple[np.ndarray, np.ndarray]]:
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
    frame = Frame(visible, models[vis], lo[vis], hi[vis], np.array([m.opacity for m in mats], float),
                  color, np.array([m.roughness for m in mats], float), np.array([m.metallic for m in mats], float),
                  glow)
    return frame, (lo, hi)


class Instancer:
    """Fills the instance buffers of the cached meshes' levels for each frame.

    ``levels`` are the levels holding instances from the last frame (emptied at the next), ``casters`` that
    frame's shadow casters per asset type (what the shadow maps compare to decide what to redraw).
    """

    def __init__(self, gpu: GpuCache) -> None:
        self.gpu = gpu
        self.levels: list[Level] = []
        self.casters: dict[str, CasterState] = {}

    def prepare(self, camera: Camera, cam: CameraMatrices, height_px: int, fits: dict, frame: Frame,
                lod_pixels: float) -> tuple[list[Level], list[tuple[float, Level, np.ndarray]]]:
        """Fill every level's main and shadow instances; return the levels in use (nearest first) and the
        transparent draws (view depth, level, one record). ``fits`` are the shadow maps' (light,
        view-projection, texel size) per slot."""
        for level in self.levels:
            level.main.count = level.shadow.count = 0
        objects, models, lo, hi = frame.objects, frame.models, frame.lo, frame.hi
        used: list[Level] = []
        glass: list[tuple[float, Level, np.ndarray]] = []
        self.levels = used
        self.casters = {}
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
        wanted = np.select([pixels >= 3 * lod_pixels, pixels >= lod_pixels, pixels >= lod_pixels / 4],
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
            gparts = self.gpu.parts(asset_type)
            obj_models = models[idx]
            obj_two_sided, obj_mirrored = two_sided[idx], mirrored[idx]
            proxy = self.gpu.is_proxy(gparts)
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
                records = _records(gp.part, frame, idx, obj_models, poses, None if proxy else normals[idx])
                ranks = np.array([0, *gp.part.lod_ranks])
                alpha = opacity[idx] * gp.part.opacity
                s, op = seen[idx], alpha >= 1.0
                # The finest level at or below the wanted rank (a part may lack some levels).
                main_level = np.searchsorted(ranks, wanted[idx], side="right") - 1
                # Shadows are soft: the mid mesh for objects drawn in full, else the low one (the box for
                # specks), whether or not the camera sees the caster.
                shadow_rank = np.where(s & (wanted[idx] == 0), 1, np.maximum(wanted[idx], 2))
                shadow_level = np.searchsorted(ranks, shadow_rank, side="right") - 1
                # Faint glass and set pieces (a ceiling) let the light through; casters outside every shadow
                # map are skipped.
                main_mask, shadow_mask = s & op, (alpha >= 0.5) & casting[idx] & gp.part.casts_shadow
                # All the shadow pass draws of this part of each object: its matrix and detail level.
                caster_rows += [records[:, :16], np.where(shadow_mask, shadow_level, -1)[:, None]]
                for lv, level in enumerate(gp.levels):
                    sel = np.nonzero(main_mask & (main_level == lv))[0]
                    sel = sel[np.argsort(depth[sel], kind="stable")]  # near first: early depth rejection
                    self.gpu.fill(level.main, records[sel])
                    casters = shadow_mask & (shadow_level == lv)
                    self.gpu.fill(level.shadow, records[casters])
                    # A one-sided part (a set's ceiling) is seen from its front only, from anywhere.
                    level.cull_main = (not obj_mirrored[sel].any() if gp.part.one_sided
                                       else level.closed and not obj_two_sided[sel].any())
                    level.cull_shadow = level.closed and not obj_mirrored[casters].any()
                    level.nearest = float(depth[sel[0]]) if len(sel) else math.inf
                    if level.main.count or level.shadow.count:
                        used.append(level)
                for j in np.nonzero(s & ~op)[0]:
                    glass.append((float(depth[j]), gp.levels[0], records[j:j + 1]))
            self.casters[asset_type] = CasterState(tuple(objects[i].id for i in idx_list),
                                                   np.concatenate(caster_rows, axis=1), lo[idx], hi[idx])
        used.sort(key=lambda lv: lv.nearest)
        return used, glass


def _records(part: PartData, frame: Frame, idx: np.ndarray, models: np.ndarray,
             poses: list[dict[str, np.ndarray] | None] | None, normals: np.ndarray | None = None) -> np.ndarray:
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
    lin = frame.color[idx] if part.color is None else linear_color(part.color)[None, :]
    rec[:, 25:28] = lin
    rec[:, 28] = frame.opacity[idx] * part.opacity
    rec[:, 29] = part.roughness if part.roughness is not None else frame.roughness[idx]
    rec[:, 30] = part.metallic if part.metallic is not None else frame.metallic[idx]
    rec[:, 33:36] = (frame.glow[idx] + lin * part.emissive) * EMISSIVE_GAIN
    return rec


def _poses(objects: list[SceneObject]) -> list[dict[str, np.ndarray] | None]:
    """Per object, its bone matrices (``autark.assets.rig``, the one place poses become matrices), or None
    in the bind pose."""
    from autark.assets import rig

    return [rig.bone_matrices(o.type, o.pose) if o.pose else None for o in objects]

