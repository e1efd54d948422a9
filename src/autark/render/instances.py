"""Stages 1 and 2 of a frame: per object its model matrix, world box, visibility and level of detail (numpy,
vectorised); then per asset part and detail level one instance buffer for the main pass (visible, opaque,
nearest first) and one for the shadow passes (every caster, the camera's or not), so each is one instanced
draw.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.render.gpu import INSTANCE_FLOATS, GpuCache, GpuPart, Instances, Level
from autark.render.lighting import LightReach, linear_color, srgb_to_linear, unlit_by
from autark.render.math3d import (
    CameraMatrices,
    boxes_in_frustum,
    det3,
    frustum_planes,
    inverse3,
    model_matrices,
    world_bboxes,
)
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
    (each part's model matrix and detail level, -1 when not drawn), its world box and its mesh's."""

    ids: tuple[str, ...]
    rows: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    mesh_lo: np.ndarray  # the boxes that hold their meshes (posed limbs included)
    mesh_hi: np.ndarray


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
    frame's shadow casters per asset type (what the shadow maps compare to decide what to redraw), ``draws``
    its main-pass draws, nearest first: (level, instances, bit mask of the lights left out).

    Each asset type's instance records (per part and object: matrices, normal matrices, material) are kept
    with what they were made from (the objects' ids, model matrices, materials and poses) and reused while
    that is unchanged: most of a set stands still for a whole film. Only the camera-dependent choices (what
    is seen, detail levels, draw order) are made anew each frame.
    """

    def __init__(self, gpu: GpuCache) -> None:
        self.gpu = gpu
        self.levels: list[Level] = []
        self.casters: dict[str, CasterState] = {}
        self.draws: list[tuple[Level, Instances, int]] = []
        self._tables: dict[str, _PartTable] = {}
        # asset type -> (what made them, (records, world boxes of the meshes: lo, hi))
        self._records: dict[str, tuple[tuple, tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}
        self.record_builds = 0  # asset types whose records were (re)built, over the renderer's life
        # asset type -> (its mesh boxes' array, the lights' reach, which lights each mesh is out of): kept
        # while the type's records are held and the lights stay put
        self._dark: dict[str, tuple[np.ndarray, tuple, np.ndarray]] = {}

    def part_table(self, asset_type: str) -> _PartTable:
        """The per-part table of ``asset_type``'s GPU parts, kept while its parts stay the same (the object-ID
        pass, ``render.id_pass``, reads the same one)."""
        gparts = self.gpu.parts(asset_type)
        table = self._tables.get(asset_type)
        if table is None or table.gparts is not gparts:
            table = self._tables[asset_type] = _PartTable.of(gparts)
        return table

    def prepare(self, camera: Camera, cam: CameraMatrices, height_px: int, fits: dict, frame: Frame,
                lod_pixels: float, reach: list[LightReach] | None = None
                ) -> tuple[list[Level], list[tuple[float, Level, np.ndarray, int]]]:
        """Fill every level's main and shadow instances; return the levels in use (nearest first) and the
        transparent draws (view depth, level, one record, what groups it: the object's index in the frame for
        a rigged body's parts, drawn as one veil, a negative number of its own otherwise). ``fits`` are the shadow maps' (light,
        view-projection, texel size) per slot; ``reach`` where the point and spot lights reach (objects out
        of a light's reach are drawn by a program without it, see ``draws``)."""
        for level in self.levels:
            level.main.count = level.shadow.count = 0
            for inst in level.dark.values():
                inst.count = 0
        objects, models, lo, hi = frame.objects, frame.models, frame.lo, frame.hi
        used: list[Level] = []
        glass: list[tuple[float, Level, np.ndarray, int]] = []
        draws: list[tuple[float, Level, Instances, int]] = []
        self.levels = used
        self.casters = {}
        self.draws = []
        if not objects:
            self._records.clear()
            self._dark.clear()
            return used, glass
        reach_key = tuple((r.index, r.position.tobytes(), r.range_m, r.planes.tobytes()) for r in reach or ())
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
        # Shadows are soft: the mid mesh for objects drawn in full, else the low one (the box for specks),
        # whether or not the camera sees the caster.
        shadow_rank = np.where(seen & (wanted == 0), 1, np.maximum(wanted, 2))
        view_depth = -(np.concatenate([(lo + hi) * 0.5, np.ones((len(objects), 1))], axis=1) @ cam.view[2])
        # Objects whose back faces may show: mirrored ones (their winding flips) and ones the camera is in or
        # so close to that the near plane may cut them open (the margin covers the near plane's corners).
        mirrored = det3(models[:, :3, :3]) < 0
        margin = cam.near * 2.0
        two_sided = mirrored | np.all((lo - margin <= cam.eye) & (cam.eye <= hi + margin), axis=1)

        by_type: dict[str, list[int]] = {}
        for i, o in enumerate(objects):
            by_type.setdefault(o.type, []).append(i)
        for asset_type in self._records.keys() - by_type.keys():
            del self._records[asset_type]  # a type no longer in the scene
            self._dark.pop(asset_type, None)
        for asset_type, idx_list in by_type.items():
            idx = np.array(idx_list)
            table = self.part_table(asset_type)
            gparts = table.gparts
            rec, mesh_lo, mesh_hi = self._type_records(asset_type, table, [objects[i] for i in idx_list], idx,
                                                       frame)
            dark = self._unlit(asset_type, reach, reach_key, mesh_lo, mesh_hi) if reach else None
            s, depth = seen[idx], view_depth[idx]
            # Per part (rows) and object (columns): its opacity, and the level each pass draws (-1: none).
            # Faint glass and set pieces (a ceiling) let the light through; casters outside every shadow map
            # are skipped.
            alpha = frame.opacity[idx][None, :] * table.opacity[:, None]
            op = alpha >= 1.0
            main_key = np.where(s[None, :] & op, table.level_of_rank[:, wanted[idx]], -1)
            shadow_key = np.where((alpha >= 0.5) & casting[idx][None, :] & table.casts[:, None],
                                  table.level_of_rank[:, shadow_rank[idx]], -1)
            obj_two_sided, obj_mirrored = two_sided[idx], mirrored[idx]
            # (part, level) pairs with something to draw, in part then level order (as levels are listed).
            codes = np.concatenate([np.nonzero(main_key.ravel() >= 0)[0] // len(idx) * 8 + main_key[main_key >= 0],
                                    np.nonzero(shadow_key.ravel() >= 0)[0] // len(idx) * 8
                                    + shadow_key[shadow_key >= 0]])
            for code in np.unique(codes).tolist():
                p, lv = divmod(code, 8)
                gp, level = gparts[p], gparts[p].levels[lv]
                sel = np.nonzero(main_key[p] == lv)[0]
                if len(sel) > 1:
                    sel = sel[np.argsort(depth[sel], kind="stable")]  # near first: early depth rejection
                if dark is None or not dark[sel].any():
                    self.gpu.fill(level.main, rec[p, sel])
                    if len(sel):
                        draws.append((float(depth[sel[0]]), level, level.main, 0))
                else:  # one draw per set of lights left out, each near first, one after the other
                    masks = dark[sel]
                    for mask in dict.fromkeys(masks.tolist()):
                        group = sel[masks == mask]
                        inst = level.main if mask == 0 else level.dark.setdefault(mask, Instances())
                        self.gpu.fill(inst, rec[p, group])
                        draws.append((float(depth[sel[0]]), level, inst, mask))
                casters = shadow_key[p] == lv
                self.gpu.fill(level.shadow, rec[p, casters])
                # A one-sided part (a set's ceiling) is seen from its front only, from anywhere.
                level.cull_main = (not obj_mirrored[sel].any() if gp.part.one_sided
                                   else level.closed and not obj_two_sided[sel].any())
                level.cull_shadow = level.closed and not obj_mirrored[casters].any()
                level.nearest = float(depth[sel[0]]) if len(sel) else math.inf
                used.append(level)
            # A rigged body's see-through parts are drawn as one veil (grouped by the object's index, see the
            # renderer); other see-through parts (glassware, windows) each on their own (a key of their own).
            for p, j in zip(*np.nonzero(s[None, :] & ~op), strict=True):
                glass.append((float(depth[j]), gparts[p].levels[0], rec[p, j:j + 1],
                              idx_list[j] if table.boned.any() else -1 - len(glass)))
            # All the shadow pass draws of each object: per part its matrix and detail level.
            rows = np.concatenate([rec[:, :, :16], shadow_key[:, :, None]], axis=2)
            self.casters[asset_type] = CasterState(tuple(objects[i].id for i in idx_list),
                                                   rows.transpose(1, 0, 2).reshape(len(idx), -1), lo[idx], hi[idx],
                                                   mesh_lo, mesh_hi)
        used.sort(key=lambda lv: lv.nearest)
        draws.sort(key=lambda d: d[0])
        self.draws = [d[1:] for d in draws]
        return used, glass

    def _unlit(self, asset_type: str, reach: list[LightReach], reach_key: tuple, mesh_lo: np.ndarray,
               mesh_hi: np.ndarray) -> np.ndarray:
        """``unlit_by`` for one asset type's meshes, kept while its records are held (the same boxes array)
        and the lights' reach is the same: most of a set stands still under lights that do not move."""
        held = self._dark.get(asset_type)
        if held is not None and held[0] is mesh_lo and held[1] == reach_key:
            return held[2]
        dark = unlit_by(reach, mesh_lo, mesh_hi)
        self._dark[asset_type] = (mesh_lo, reach_key, dark)
        return dark

    def _type_records(self, asset_type: str, table: _PartTable, objs: list[SceneObject], idx: np.ndarray,
                      frame: Frame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(parts, objects, INSTANCE_FLOATS) records of one asset type's objects and the world boxes that
        hold their meshes (lo, hi), reused from an earlier frame when the objects, their matrices,
        materials and poses are the same."""
        models = frame.models[idx]
        proxy = self.gpu.is_proxy(table.gparts)
        if proxy:  # the unit box stretched over each object's declared bounds
            pre = np.zeros((len(idx), 4, 4))
            blo = np.array([o.bounds_min for o in objs])
            pre[:, [0, 1, 2], [0, 1, 2]] = np.maximum(np.array([o.bounds_max for o in objs]) - blo, 1e-3)
            pre[:, :3, 3] = blo
            pre[:, 3, 3] = 1.0
            models = models @ pre
        boned = table.boned.any()
        key = (tuple(o.id for o in objs), models.tobytes(), frame.color[idx].tobytes(),
               frame.opacity[idx].tobytes(), frame.roughness[idx].tobytes(), frame.metallic[idx].tobytes(),
               frame.glow[idx].tobytes(), tuple(tuple(o.pose.items()) for o in objs) if boned else ())
        held = self._records.get(asset_type)
        if held is not None and held[0] == key:
            return held[1]
        self.record_builds += 1
        rec = _records(table, frame, idx, models, _poses(objs) if boned else None)
        # The mesh's box in the bind pose, in the world; a posed limb turns about joints inside it, so it
        # stays within twice the box's diagonal of it.
        center = (table.mesh_lo + table.mesh_hi) * 0.5
        half = np.abs(models[:, :3, :3]) @ ((table.mesh_hi - table.mesh_lo) * 0.5)
        half += np.array([2.0 * np.linalg.norm(half[i]) if o.pose else 0.0 for i, o in enumerate(objs)])[:, None]
        center = models[:, :3, :3] @ center + models[:, :3, 3]
        held = (key, (rec, center - half, center + half))
        self._records[asset_type] = held
        return held[1]


@dataclass
class _PartTable:
    """An asset type's parts' constants as arrays over its parts (rows), made once per type."""

    gparts: list[GpuPart]
    boned: np.ndarray  # (P,) bool
    own_color: np.ndarray  # (P,) bool: the part's colour, not the object's
    color: np.ndarray  # (P, 3) linear
    own_roughness: np.ndarray
    roughness: np.ndarray
    own_metallic: np.ndarray
    metallic: np.ndarray
    emissive: np.ndarray
    opacity: np.ndarray
    casts: np.ndarray
    level_of_rank: np.ndarray  # (P, 4): per detail rank 0-3, the finest level at or below it (a part may lack some)
    mesh_lo: np.ndarray  # (3,) the box around every part's meshes, in the asset's own space
    mesh_hi: np.ndarray

    @classmethod
    def of(cls, gparts: list[GpuPart]) -> _PartTable:
        parts = [gp.part for gp in gparts]
        ranks = [np.array([0, *p.lod_ranks]) for p in parts]
        return cls(gparts, np.array([p.bone is not None for p in parts]),
                   np.array([p.color is not None for p in parts]),
                   np.array([linear_color(p.color) if p.color is not None else np.zeros(3) for p in parts]),
                   np.array([p.roughness is not None for p in parts]),
                   np.array([p.roughness if p.roughness is not None else 0.0 for p in parts]),
                   np.array([p.metallic is not None for p in parts]),
                   np.array([p.metallic if p.metallic is not None else 0.0 for p in parts]),
                   np.array([p.emissive for p in parts], float), np.array([p.opacity for p in parts], float),
                   np.array([p.casts_shadow for p in parts]),
                   np.array([np.searchsorted(r, np.arange(4), side="right") - 1 for r in ranks]),
                   np.min([m.vertices[:, :3].min(axis=0) for p in parts for m in (p.mesh, *p.lods)], axis=0),
                   np.max([m.vertices[:, :3].max(axis=0) for p in parts for m in (p.mesh, *p.lods)], axis=0))


def _records(table: _PartTable, frame: Frame, idx: np.ndarray, models: np.ndarray,
             poses: list[dict[str, np.ndarray] | None] | None) -> np.ndarray:
    """Instance records (parts, objects, INSTANCE_FLOATS) of one asset type for the frame's objects ``idx``
    (their model matrices ``models``, and ``poses``: per object its bone matrices, None in the bind pose)."""
    n_parts, n = len(table.gparts), len(idx)
    mats = np.empty((n_parts, n, 4, 4))
    mats[:] = models
    # The normal matrix: the inverse-transpose, transposed again for column-major.
    normals = np.empty((n_parts, n, 3, 3))
    normals[:] = inverse3(models[:, :3, :3])
    if poses is not None and table.boned.any():
        boned = np.nonzero(table.boned)[0]
        bones = np.empty((len(boned), n, 4, 4))
        bones[:] = np.eye(4)
        names = [table.gparts[p].part.bone for p in boned]
        for i, pose in enumerate(poses):
            if pose is not None:
                bones[:, i] = [pose[name] for name in names]
        mats[boned] = models[None] @ bones
        normals[boned] = inverse3(mats[boned, :, :3, :3].reshape(-1, 3, 3)).reshape(len(boned), n, 3, 3)
    rec = np.zeros((n_parts, n, INSTANCE_FLOATS), np.float32)
    # GL reads matrices column-major: transpose each before flattening.
    rec[..., 0:16] = mats.transpose(0, 1, 3, 2).reshape(n_parts, n, 16)
    rec[..., 16:25] = normals.reshape(n_parts, n, 9)
    lin = np.where(table.own_color[:, None, None], table.color[:, None, :], frame.color[idx][None])
    rec[..., 25:28] = lin
    rec[..., 28] = frame.opacity[idx][None, :] * table.opacity[:, None]
    rec[..., 29] = np.where(table.own_roughness[:, None], table.roughness[:, None], frame.roughness[idx][None, :])
    rec[..., 30] = np.where(table.own_metallic[:, None], table.metallic[:, None], frame.metallic[idx][None, :])
    rec[..., 33:36] = (frame.glow[idx][None] + lin * table.emissive[:, None, None]) * EMISSIVE_GAIN
    return rec


def _poses(objects: list[SceneObject]) -> list[dict[str, np.ndarray] | None]:
    """Per object, its bone matrices (``autark.assets.rig``, the one place poses become matrices), or None
    in the bind pose."""
    from autark.assets import rig

    return [rig.bone_matrices(o.type, o.pose) if o.pose else None for o in objects]
