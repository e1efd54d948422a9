"""CPU-side mesh preparation: asset parts -> interleaved vertex arrays, plus a low-detail version for distance.

Nothing here touches GL; ``autark.render.gpu`` uploads the arrays once per asset type. Normals are split at
creases (trimesh's angle-based smooth shading) so a box has flat faces and a sphere stays round.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

__all__ = ["MeshData", "PartData", "asset_parts", "cluster_simplify", "box_mesh", "is_closed", "prebuild"]

# Creases sharper than this get split normals (flat look); softer ones are smoothed.
CREASE_ANGLE_RAD = math.radians(35.0)
# Lower detail levels snap vertices to a grid with this many cells across the part's largest extent:
# "mid" for objects of moderate on-screen size (and for shadow maps), "low" for small ones.
LOD_GRID_CELLS = (8, 4)
# A lower level is only worth a separate draw when it is clearly smaller than the level above it.
LOD_MIN_SAVING = 0.6
# Meshes this small are cheaper to draw as they are than to degrade (a table's thin legs would vanish).
LOD_MIN_TRIANGLES = 200


@dataclass(frozen=True)
class MeshData:
    vertices: np.ndarray  # (V, 6) float32: position xyz, normal xyz
    indices: np.ndarray  # (F*3,) uint32
    # Every piece closed and wound outward (see ``is_closed``): from outside only its front faces can be seen,
    # so the renderer may cull back faces (on llvmpipe that skips set-up and shading of half the triangles).
    closed: bool = False

    @property
    def triangle_count(self) -> int:
        return len(self.indices) // 3


@dataclass(frozen=True)
class PartData:
    """One drawable part of an asset type: full mesh, optional low-detail mesh, and its own material."""

    mesh: MeshData
    lods: tuple[MeshData, ...]  # lower detail levels, finest first (empty for small meshes)
    color: tuple[float, float, float] | None  # None: the object's material colour
    roughness: float | None
    metallic: float | None
    emissive: float
    bone: str | None
    opacity: float = 1.0  # the part's own see-through-ness (window glass), times the object's material opacity
    lod_ranks: tuple[int, ...] = ()  # per lower level: 1 mid, 2 low, 3 bounding-box stand-in
    casts_shadow: bool = True  # False: a set piece (a ceiling) the shadow maps leave out
    one_sided: bool = False  # True: its back faces are culled whatever the mesh (a set's ceiling, fourth wall)


def _mesh_data(vertices: np.ndarray, faces: np.ndarray) -> MeshData:
    """Interleave positions with crease-aware normals."""
    from autark.interrupts import import_uninterrupted

    import_uninterrupted("trimesh.graph")  # trimesh swallows a Ctrl-C raised in its imports: hold it till done
    import trimesh
    import trimesh.graph

    mesh = trimesh.Trimesh(vertices=np.asarray(vertices, float), faces=np.asarray(faces, np.int64), process=False)
    # facet_minarea=None: split by angle only (the default also merges large facets, which needs scipy graphs
    # and is not needed for shading).
    shaded = trimesh.graph.smooth_shade(mesh, angle=CREASE_ANGLE_RAD, facet_minarea=None)
    verts = np.hstack([shaded.vertices, shaded.vertex_normals]).astype(np.float32)
    return MeshData(np.ascontiguousarray(verts), np.ascontiguousarray(shaded.faces.reshape(-1).astype(np.uint32)),
                    is_closed(vertices, faces))


def is_closed(vertices: np.ndarray, faces: np.ndarray) -> bool:
    """True when every connected piece of the mesh is closed and wound outward (counter-clockwise seen from
    outside), so that seen from outside, only front faces are visible.

    Closed and consistently wound: after welding equal positions, each directed edge a->b occurs as often as
    b->a (pieces may touch, as in furniture built from boxes). Outward: each piece's signed volume is positive.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    v = np.asarray(vertices, float)
    f = np.asarray(faces, np.int64).reshape(-1, 3)
    if len(f) == 0:
        return False
    welded, weld = np.unique(np.round(v, 6), axis=0, return_inverse=True)
    f = weld.reshape(-1)[f]
    n = len(welded)
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    fwd, fwd_n = np.unique(edges[:, 0] * n + edges[:, 1], return_counts=True)
    back, back_n = np.unique(edges[:, 1] * n + edges[:, 0], return_counts=True)
    if not (np.array_equal(fwd, back) and np.array_equal(fwd_n, back_n)):
        return False
    # Pieces: faces joined through shared (welded) vertices.
    nf = len(f)
    graph = coo_matrix((np.ones(3 * nf), (np.repeat(np.arange(nf), 3), f.reshape(-1) + nf)),
                       shape=(nf + n, nf + n))
    label = connected_components(graph, directed=False)[1][:nf]
    tri = welded[f]
    volume = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])) / 6.0
    per_piece = np.bincount(label, volume)[np.unique(label)]
    return bool((per_piece > 1e-12).all())


def cluster_simplify(vertices: np.ndarray, faces: np.ndarray, cells: int = LOD_GRID_CELLS
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Vertex-clustering simplification: snap vertices to a coarse grid, merge, drop collapsed triangles.

    Crude but deterministic and fast; it is only used for objects a few dozen pixels tall.
    """
    v = np.asarray(vertices, float)
    f = np.asarray(faces, np.int64)
    if len(v) == 0 or len(f) == 0:
        return v, f
    lo, hi = v.min(axis=0), v.max(axis=0)
    cell = max(float((hi - lo).max()) / cells, 1e-6)
    keys = np.floor((v - lo) / cell).astype(np.int64)
    _, cluster, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    cluster = cluster.reshape(-1)
    new_v = np.zeros((len(counts), 3))
    np.add.at(new_v, cluster, v)
    new_v /= counts[:, None]
    nf = cluster[f]
    nf = nf[(nf[:, 0] != nf[:, 1]) & (nf[:, 1] != nf[:, 2]) & (nf[:, 0] != nf[:, 2])]
    if len(nf):
        # Two triangles collapsed onto the same three clusters: keep the first, in original order.
        _, first = np.unique(np.sort(nf, axis=1), axis=0, return_index=True)
        nf = nf[np.sort(first)]
    return new_v, nf


def box_mesh(lo: tuple[float, float, float], hi: tuple[float, float, float]) -> MeshData:
    """A box spanning ``lo``..``hi``: the stand-in for an asset type the library does not know."""
    from autark.interrupts import import_uninterrupted

    trimesh = import_uninterrupted("trimesh")  # as in _mesh_data

    lo_a, hi_a = np.asarray(lo, float), np.asarray(hi, float)
    box = trimesh.creation.box(extents=np.maximum(hi_a - lo_a, 1e-3))
    box.apply_translation((lo_a + hi_a) / 2)
    return _mesh_data(box.vertices, box.faces)


def _lods(vertices: np.ndarray, faces: np.ndarray, full: MeshData) -> tuple[tuple[MeshData, ...], tuple[int, ...]]:
    """Lower detail levels and their ranks: clustered meshes (mid, low), then the part's bounding box for
    objects a few pixels wide."""
    if full.triangle_count < LOD_MIN_TRIANGLES:
        return (), ()
    out: list[MeshData] = []
    ranks: list[int] = []
    above = full.triangle_count
    for rank, cells in enumerate(LOD_GRID_CELLS, start=1):
        sv, sf = cluster_simplify(vertices, faces, cells)
        if len(sf) == 0 or len(sf) > LOD_MIN_SAVING * above:
            continue
        out.append(_mesh_data(sv, sf))
        ranks.append(rank)
        above = len(sf)
    if above > 12:
        v = np.asarray(vertices, float)
        out.append(box_mesh(tuple(v.min(axis=0)), tuple(v.max(axis=0))))
        ranks.append(3)
    return tuple(out), tuple(ranks)


@cache
def asset_parts(asset_type: str) -> tuple[PartData, ...] | None:
    """The asset's parts ready for upload, built once per process (a built-in kind once per version of the
    code, kept on disk by ``autark.render.mesh_store``); None when the type is not registered."""
    from autark.assets import library

    try:
        library.get(asset_type)
    except KeyError:
        return None
    keep = _kept_kind(asset_type)
    if keep:
        from autark.render import mesh_store

        kept = mesh_store.read(asset_type)
        if kept is not None:
            with contextlib.suppress(KeyError, ValueError, IndexError):
                return _from_arrays(kept)
    out = []
    for part in library.build_parts(asset_type):
        verts, faces = np.asarray(part.mesh.vertices), np.asarray(part.mesh.faces)
        full = _mesh_data(verts, faces)
        lods, ranks = _lods(verts, faces, full)
        out.append(PartData(full, lods, part.color, part.roughness, part.metallic, float(part.emissive),
                            part.bone, float(getattr(part, "opacity", 1.0)), ranks,
                            bool(getattr(part, "casts_shadow", True)), bool(getattr(part, "one_sided", False))))
    if keep:
        from autark.render import mesh_store

        mesh_store.write(asset_type, _to_arrays(out))
    return tuple(out)


def prebuild(kinds: Sequence[str]) -> int:
    """Build and keep on disk those of ``kinds`` that are not kept yet, skipping any that another process is
    building now (``mesh_store.claim``); returns how many this process built. The render workers do it for a
    film's cast and props while they wait for its scenes to be built, on the core the build leaves idle, so
    the planner's object-ID frames and the render then load them (``autark.jobs.film_frames``)."""
    from autark.render import mesh_store

    built = 0
    for kind in dict.fromkeys(kinds):
        if not _kept_kind(kind) or mesh_store.kept(kind):
            continue
        with mesh_store.claim(kind) as mine:
            if mine and not mesh_store.kept(kind):
                asset_parts(kind)
                built += 1
    return built


def _kept_kind(asset_type: str) -> bool:
    """Whether ``asset_type``'s parts may be kept on disk: a built-in kind (or one put out), which only the
    catalogue's code builds; an imported or a plugin's kind may change under the same name."""
    from autark.assets import library
    from autark.assets.catalog import builtin_specs
    from autark.assets.unlit import UNLIT_SUFFIX

    base = asset_type.removesuffix(UNLIT_SUFFIX)
    try:
        spec = library.get(base)
    except KeyError:
        return False
    return any(spec is s for s in builtin_specs())


_PART_FIELDS = ("color", "roughness", "metallic", "emissive", "bone", "opacity", "lod_ranks", "casts_shadow",
                "one_sided")


def _to_arrays(parts: list[PartData]) -> dict[str, np.ndarray]:
    """Parts as named arrays (``mesh_store``'s files hold no pickles): each mesh's vertices, indices and
    closedness, and the parts' other fields as JSON."""
    import json

    arrays: dict[str, np.ndarray] = {}
    meta = []
    for i, part in enumerate(parts):
        for j, mesh in enumerate((part.mesh, *part.lods)):
            arrays[f"v{i}_{j}"], arrays[f"i{i}_{j}"] = mesh.vertices, mesh.indices
            arrays[f"c{i}_{j}"] = np.array(mesh.closed)
        fields = {k: getattr(part, k) for k in _PART_FIELDS}
        fields["color"] = None if part.color is None else [float(c) for c in part.color]
        fields["lod_ranks"] = [int(r) for r in part.lod_ranks]
        meta.append({"levels": 1 + len(part.lods), **fields})
    arrays["meta"] = np.array(json.dumps(meta))
    return arrays


def _from_arrays(arrays: dict[str, np.ndarray]) -> tuple[PartData, ...]:
    import json

    out = []
    for i, meta in enumerate(json.loads(str(arrays["meta"]))):
        meshes = [MeshData(arrays[f"v{i}_{j}"], arrays[f"i{i}_{j}"], bool(arrays[f"c{i}_{j}"]))
                  for j in range(meta["levels"])]
        color = meta["color"]
        out.append(PartData(meshes[0], tuple(meshes[1:]), None if color is None else tuple(color),
                            meta["roughness"], meta["metallic"], meta["emissive"], meta["bone"], meta["opacity"],
                            tuple(meta["lod_ranks"]), meta["casts_shadow"], meta["one_sided"]))
    return tuple(out)
