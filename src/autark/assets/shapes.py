"""Small mesh-building helpers for the procedural catalogue (trimesh under the hood).

Every helper returns a ``trimesh.Trimesh`` in the asset's local space (metres, Y up) with outward-facing
triangles. Round things use a number of sections divisible by 4 where it matters, so that their extreme
vertices sit exactly on the +-X and +-Z axes and declared bounds can match the mesh to the millimetre.
This module imports trimesh at import time; only the asset builders import it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import trimesh

__all__ = [
    "box",
    "box_between",
    "cylinder",
    "cylinder_between",
    "cone",
    "lathe",
    "loft",
    "prism",
    "sphere",
    "ellipsoid",
    "torus",
    "merge",
    "rotated",
    "translated",
    "scaled",
    "fit",
    "jitter",
    "panel",
]

Vec3 = tuple[float, float, float]


def box(size: Sequence[float], center: Sequence[float]) -> trimesh.Trimesh:
    """An axis-aligned box of ``size`` (x, y, z) centred at ``center``."""
    m = trimesh.creation.box(extents=tuple(float(s) for s in size))
    m.apply_translation(tuple(float(c) for c in center))
    return m


def box_between(lo: Sequence[float], hi: Sequence[float]) -> trimesh.Trimesh:
    """An axis-aligned box spanning the corners ``lo`` and ``hi``."""
    lo_a, hi_a = np.asarray(lo, float), np.asarray(hi, float)
    return box(hi_a - lo_a, (lo_a + hi_a) / 2)


def panel(facing: str, cells: int = 4) -> trimesh.Trimesh:
    """A flat 1 m square of ``cells`` x ``cells`` squares whose faces look one way: ``facing="down"`` lies at
    y = 0 over x, z in -0.5..0.5 (a ceiling seen from below); ``facing="back"`` stands at z = 0 over x in
    -0.5..0.5, y in 0..1 and looks toward -Z (a room's fourth wall seen from inside). Open: one side only."""
    if facing not in ("down", "back"):
        raise ValueError(f"a panel faces 'down' or 'back', not {facing!r}")
    t = np.linspace(0.0, 1.0, cells + 1)
    u, v = np.meshgrid(t - 0.5, t, indexing="ij")  # u across x; v along z (down) or up y (back)
    if facing == "down":
        verts = np.stack([u.ravel(), np.zeros(u.size), v.ravel() - 0.5], axis=1)
    else:
        verts = np.stack([u.ravel(), v.ravel(), np.zeros(u.size)], axis=1)
    idx = np.arange((cells + 1) ** 2).reshape(cells + 1, cells + 1)
    a, b, c, d = idx[:-1, :-1].ravel(), idx[1:, :-1].ravel(), idx[:-1, 1:].ravel(), idx[1:, 1:].ravel()
    # (x0, s0) -> (x1, s0) -> (x0, s1) turns -Y in the x-z plane; the x-y plane needs the other order for -Z
    faces = np.concatenate([np.stack([a, b, c], 1), np.stack([b, d, c], 1)]) if facing == "down" else \
        np.concatenate([np.stack([a, c, b], 1), np.stack([b, c, d], 1)])
    return trimesh.Trimesh(vertices=verts, faces=faces, process=False)


def _revolve(profile: Sequence[tuple[float, float]], sections: int) -> trimesh.Trimesh:
    """Revolve (radius, y) points, listed bottom to top, about the Y axis.

    A point with radius 0 becomes a single pole vertex; otherwise the open ends are closed with flat caps.
    """
    pts = [(max(0.0, float(r)), float(y)) for r, y in profile]
    angles = np.linspace(0.0, 2 * math.pi, sections, endpoint=False)
    # angle 0 on +Z, then toward +X: the extremes land exactly on the axes when sections % 4 == 0
    ca, sa = np.cos(angles), np.sin(angles)
    verts: list[np.ndarray] = []
    rings: list[int | list[int]] = []  # a pole index or the indices of a ring
    for r, y in pts:
        if r == 0.0:
            rings.append(len(verts))
            verts.append(np.array([0.0, y, 0.0]))
        else:
            start = len(verts)
            verts.extend(np.stack([r * sa, np.full(sections, y), r * ca], axis=1))
            rings.append(list(range(start, start + sections)))
    faces: list[tuple[int, int, int]] = []
    for a, b in zip(rings[:-1], rings[1:], strict=True):
        for i in range(sections):
            j = (i + 1) % sections
            # walking the ring from +Z toward +X is clockwise seen from above; these orders face outward
            if isinstance(a, int) and isinstance(b, int):
                continue
            if isinstance(a, int):
                faces.append((a, b[j], b[i]))  # type: ignore[index]
            elif isinstance(b, int):
                faces.append((a[i], a[j], b))
            else:
                faces.append((a[i], a[j], b[j]))
                faces.append((a[i], b[j], b[i]))
    # flat caps on open ends
    if not isinstance(rings[0], int):
        c = len(verts)
        verts.append(np.array([0.0, pts[0][1], 0.0]))
        ring = rings[0]
        faces.extend((c, ring[(i + 1) % sections], ring[i]) for i in range(sections))
    if not isinstance(rings[-1], int):
        c = len(verts)
        verts.append(np.array([0.0, pts[-1][1], 0.0]))
        ring = rings[-1]
        faces.extend((c, ring[i], ring[(i + 1) % sections]) for i in range(sections))
    return trimesh.Trimesh(vertices=np.array(verts), faces=np.array(faces), process=False)


def lathe(profile: Sequence[tuple[float, float]], sections: int = 24,
          offset: Sequence[float] = (0.0, 0.0, 0.0)) -> trimesh.Trimesh:
    """A solid of revolution about the Y axis from (radius, y) points listed bottom to top, then moved."""
    m = _revolve(profile, sections)
    m.apply_translation(tuple(float(o) for o in offset))
    return m


def cylinder(radius: float, height: float, bottom: Sequence[float] = (0.0, 0.0, 0.0),
             sections: int = 16) -> trimesh.Trimesh:
    """An upright (Y axis) cylinder standing on ``bottom``."""
    return lathe([(radius, 0.0), (radius, height)], sections, bottom)


def cone(radius: float, height: float, bottom: Sequence[float] = (0.0, 0.0, 0.0), sections: int = 16,
         top_radius: float = 0.0) -> trimesh.Trimesh:
    """An upright cone (or frustum when ``top_radius`` > 0) standing on ``bottom``."""
    return lathe([(radius, 0.0), (top_radius, height)], sections, bottom)


def _frame_from(direction: np.ndarray) -> np.ndarray:
    """A rotation taking +Y onto ``direction`` (unit)."""
    return trimesh.geometry.align_vectors([0.0, 1.0, 0.0], direction)


def cylinder_between(p0: Sequence[float], p1: Sequence[float], radius: float, sections: int = 8,
                     radius1: float | None = None) -> trimesh.Trimesh:
    """A cylinder (or tapered rod when ``radius1`` is given) from point ``p0`` to point ``p1``."""
    a, b = np.asarray(p0, float), np.asarray(p1, float)
    d = b - a
    length = float(np.linalg.norm(d))
    m = lathe([(radius, 0.0), (radius if radius1 is None else radius1, length)], sections)
    m.apply_transform(_frame_from(d / length))
    m.apply_translation(a)
    return m


def loft(rings: Sequence[Sequence[Sequence[float]]], cap: bool = True) -> trimesh.Trimesh:
    """Join closed rings of 3D points (all the same length) into a tube, capping both ends.

    Rings are listed along the tube's axis; each ring must run counter-clockwise when seen from the
    *first* ring looking toward the last, so the faces point outward.
    """
    arr = [np.asarray(r, float) for r in rings]
    n = len(arr[0])
    verts = np.concatenate(arr)
    faces: list[tuple[int, int, int]] = []
    for k in range(len(arr) - 1):
        a, b = k * n, (k + 1) * n
        for i in range(n):
            j = (i + 1) % n
            faces.append((a + i, b + i, b + j))
            faces.append((a + i, b + j, a + j))
    if cap:
        last = (len(arr) - 1) * n
        c0 = len(verts)
        c1 = c0 + 1
        verts = np.concatenate([verts, arr[0].mean(axis=0)[None], arr[-1].mean(axis=0)[None]])
        faces.extend((c0, i, (i + 1) % n) for i in range(n))
        faces.extend((c1, last + (i + 1) % n, last + i) for i in range(n))
    m = trimesh.Trimesh(vertices=verts, faces=np.array(faces), process=False)
    if cap and m.volume < 0:  # rings listed the other way round: turn the faces outward
        m.invert()
    return m


def prism(polygon: Sequence[tuple[float, float]], z0: float, z1: float) -> trimesh.Trimesh:
    """A convex polygon in the XY plane (either winding) extruded from z0 to z1."""
    ring = np.asarray(polygon, float)
    x, y = ring[:, 0], ring[:, 1]
    if np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y) < 0:  # clockwise: flip so faces point outward
        ring = ring[::-1]
    back = np.column_stack([ring, np.full(len(ring), z0)])
    front = np.column_stack([ring, np.full(len(ring), z1)])
    # seen from the back ring toward the front (looking down -Z... i.e. toward +Z) the polygon runs clockwise,
    # so reverse it to satisfy loft's counter-clockwise rule
    return loft([back[::-1], front[::-1]])


def sphere(radius: float, center: Sequence[float] = (0.0, 0.0, 0.0),
           subdivisions: int = 2) -> trimesh.Trimesh:
    """An icosphere; its extreme vertices lie exactly on the axes."""
    m = trimesh.creation.icosphere(subdivisions=subdivisions, radius=radius)
    m.apply_translation(tuple(float(c) for c in center))
    return m


def ellipsoid(radii: Sequence[float], center: Sequence[float] = (0.0, 0.0, 0.0),
              subdivisions: int = 2) -> trimesh.Trimesh:
    """An axis-aligned ellipsoid with semi-axes ``radii``."""
    m = trimesh.creation.icosphere(subdivisions=subdivisions, radius=1.0)
    m.apply_scale(tuple(float(r) for r in radii))
    m.apply_translation(tuple(float(c) for c in center))
    return m


def torus(major: float, minor: float, center: Sequence[float] = (0.0, 0.0, 0.0), axis: str = "x",
          sections: int = 20, tube_sections: int = 8) -> trimesh.Trimesh:
    """A ring (a tyre, a wheel rim) around ``axis`` ("x", "y" or "z")."""
    m = trimesh.creation.torus(major_radius=major, minor_radius=minor, major_sections=sections,
                               minor_sections=tube_sections)
    # trimesh builds it around Z
    if axis == "x":
        m.apply_transform(trimesh.transformations.rotation_matrix(math.pi / 2, [0, 1, 0]))
    elif axis == "y":
        m.apply_transform(trimesh.transformations.rotation_matrix(math.pi / 2, [1, 0, 0]))
    m.apply_translation(tuple(float(c) for c in center))
    return m


def merge(meshes: Iterable[trimesh.Trimesh]) -> trimesh.Trimesh:
    """One mesh from several (no vertex welding: hard edges stay hard)."""
    return trimesh.util.concatenate(list(meshes))


def rotated(mesh: trimesh.Trimesh, angle_deg: float, axis: Sequence[float],
            point: Sequence[float] = (0.0, 0.0, 0.0)) -> trimesh.Trimesh:
    """A copy of ``mesh`` rotated by ``angle_deg`` about ``axis`` through ``point``."""
    m = mesh.copy()
    m.apply_transform(trimesh.transformations.rotation_matrix(math.radians(angle_deg), axis, point))
    return m


def translated(mesh: trimesh.Trimesh, offset: Sequence[float]) -> trimesh.Trimesh:
    m = mesh.copy()
    m.apply_translation(tuple(float(o) for o in offset))
    return m


def scaled(mesh: trimesh.Trimesh, factors: Sequence[float], about: Sequence[float] = (0.0, 0.0, 0.0)
           ) -> trimesh.Trimesh:
    m = mesh.copy()
    p = np.asarray(about, float)
    m.vertices = (m.vertices - p) * np.asarray(factors, float) + p
    return m


def fit(meshes: Sequence[trimesh.Trimesh], lo: Sequence[float], hi: Sequence[float]) -> list[trimesh.Trimesh]:
    """Scale and move meshes together so their joint bounding box becomes exactly [lo, hi].

    Organic shapes (rocks, bushes) are made with noise; fitting afterwards keeps their declared size exact.
    """
    allv = np.concatenate([m.vertices for m in meshes])
    cur_lo, cur_hi = allv.min(axis=0), allv.max(axis=0)
    lo_a, hi_a = np.asarray(lo, float), np.asarray(hi, float)
    s = (hi_a - lo_a) / (cur_hi - cur_lo)
    out = []
    for m in meshes:
        c = m.copy()
        c.vertices = (c.vertices - cur_lo) * s + lo_a
        out.append(c)
    return out


def jitter(mesh: trimesh.Trimesh, amount: float, seed: int) -> trimesh.Trimesh:
    """Push each vertex along its direction from the centre by a seeded random fraction (rocks, bushes)."""
    m = mesh.copy()
    rng = np.random.default_rng(seed)
    c = m.vertices.mean(axis=0)
    d = m.vertices - c
    # shared vertices move together so the surface stays closed (icospheres have no duplicates)
    m.vertices = c + d * (1.0 + rng.uniform(-amount, amount, size=(len(d), 1)))
    return m
