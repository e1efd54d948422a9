"""The built-in asset catalogue: every type builds, matches its declared size, and its support surfaces are
where the mesh really is."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from autark.assets import library

REQUIRED = {
    "furniture": ["chair", "table", "sofa", "bed", "shelf", "desk", "lamp", "table_lamp", "cabinet", "stool",
                  "bench"],
    "prop": ["cup", "book", "vase", "box", "barrel", "tv", "computer", "clock", "ball", "bottle", "plate"],
    "nature": ["tree", "pine_tree", "rock", "flower", "bush", "grass", "cactus", "mushroom"],
    "architecture": ["wall", "floor", "door", "window", "house", "fence", "stairs", "column"],
    "vehicle": ["car", "truck", "bicycle", "boat", "spaceship"],
    "character": ["humanoid", "robot", "dog", "cat"],
    "primitive": ["cube", "sphere", "cylinder", "cone"],
    "light": ["candle", "street_lamp", "campfire"],
}
ALL = library.all_types()


def _mesh(asset_type: str) -> trimesh.Trimesh:
    return trimesh.util.concatenate([p.mesh for p in library.build_parts(asset_type)])


def _height_below(mesh: trimesh.Trimesh, x: float, z: float, y_start: float) -> float | None:
    """Cast a ray straight down from (x, y_start, z); the height of the first surface it hits, if any."""
    tri = mesh.triangles
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    # barycentric coordinates of the point (x, z) in each triangle's XZ projection
    v0, v1 = b - a, c - a
    det = v0[:, 0] * v1[:, 2] - v0[:, 2] * v1[:, 0]
    ok = np.abs(det) > 1e-12
    px, pz = x - a[:, 0], z - a[:, 2]
    safe = np.where(ok, det, 1.0)  # vertical triangles cannot be hit by a vertical ray
    u = np.where(ok, (px * v1[:, 2] - pz * v1[:, 0]) / safe, -1.0)
    v = np.where(ok, (v0[:, 0] * pz - v0[:, 2] * px) / safe, -1.0)
    inside = (u >= -1e-9) & (v >= -1e-9) & (u + v <= 1 + 1e-9)
    y = a[:, 1] + u * v0[:, 1] + v * v1[:, 1]
    hits = y[inside & (y <= y_start)]
    return float(hits.max()) if len(hits) else None


def test_catalogue_has_every_required_type_in_its_category() -> None:
    assert len(ALL) >= 45
    for category, names in REQUIRED.items():
        for name in names:
            assert name in ALL, name
            assert library.get(name).category == category, name


@pytest.mark.parametrize("asset_type", ALL)
def test_built_mesh_matches_declared_bounds(asset_type: str) -> None:
    spec = library.get(asset_type)
    parts = library.build_parts(asset_type)
    mesh = _mesh(asset_type)
    lo, hi = mesh.bounds
    np.testing.assert_allclose(lo, spec.bounds_min, atol=1e-3)
    np.testing.assert_allclose(hi, spec.bounds_max, atol=1e-3)
    assert lo[1] == pytest.approx(0.0, abs=1e-3)  # origin at the bottom: it stands on the floor
    assert abs(lo[0] + hi[0]) < 0.35 * (hi[0] - lo[0])  # roughly centred on X (a cup handle sticks out)
    # light enough to instance thousands of times
    assert 12 <= len(mesh.faces) <= 4000
    # the object's main colour shows up somewhere, secondary parts carry their own colours
    assert any(p.color is None for p in parts)
    assert len(parts) <= 8 or spec.skeleton
    for p in parts:
        assert len(p.mesh.faces) > 0
        assert np.isfinite(p.mesh.vertices).all()
        assert 0.0 < p.opacity <= 1.0


def _closed_pieces(mesh: trimesh.Trimesh) -> list[np.ndarray]:
    """Face arrays of the mesh's closed pieces (vertex-connected components where every edge has a twin)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    f = mesh.faces
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    n = len(mesh.vertices)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    pieces = []
    for comp in np.unique(label[f[:, 0]]):
        faces = f[label[f[:, 0]] == comp]
        directed = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
        fwd = {tuple(e) for e in directed.tolist()}
        if len(fwd) == len(directed) and all((b, a) in fwd for a, b in fwd):
            pieces.append(faces)
    return pieces


@pytest.mark.parametrize("asset_type", ALL)
def test_closed_pieces_face_outward(asset_type: str) -> None:
    # a closed piece wound inside out has negative volume; the renderer would light its inside
    parts = library.build_parts(asset_type)
    if all(p.one_sided for p in parts):
        pytest.skip(f"{asset_type} is a one-sided set piece (test_set_pieces_face_into_the_room)")
    checked = 0
    for p in parts:
        for faces in _closed_pieces(p.mesh):
            tri = p.mesh.vertices[faces]
            volume = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6
            assert volume > 0, f"{asset_type}: a closed piece is inside out"
            checked += 1
    assert checked > 0


@pytest.mark.parametrize(("asset_type", "facing"), [("ceiling", (0.0, -1.0, 0.0)), ("fourth_wall", (0.0, 0.0, -1.0))])
def test_set_pieces_face_into_the_room(asset_type: str, facing: tuple[float, float, float]) -> None:
    # a room's ceiling looks down and its fourth wall toward the back (-Z): seen from inside only, and they
    # throw no shadow, so the lights above or in front of the set still reach in
    (part,) = library.build_parts(asset_type)
    assert part.one_sided and not part.casts_shadow
    np.testing.assert_allclose(part.mesh.face_normals, np.tile(facing, (len(part.mesh.faces), 1)), atol=1e-9)
    assert library.get(asset_type).size[0] == pytest.approx(1.0)  # a 1 m panel: a template's scale is metres


@pytest.mark.parametrize(("asset_type", "axis", "lo", "hi"), [
    ("table", 1, 0.70, 0.78),
    ("door", 1, 1.95, 2.10),
    ("door", 0, 0.85, 1.05),
    ("car", 2, 3.9, 4.6),
    ("car", 0, 1.6, 2.0),
    ("car", 1, 1.3, 1.6),
    ("humanoid", 1, 1.6, 1.9),
    ("robot", 1, 1.2, 1.5),
    ("shelf", 1, 1.6, 2.0),
    ("lamp", 1, 1.4, 1.8),
    ("table_lamp", 1, 0.35, 0.55),
    ("tree", 1, 4.0, 6.0),
    ("flower", 1, 0.25, 0.45),
    ("box", 1, 0.4, 0.6),
    ("wall", 0, 2.9, 3.1),
    ("wall", 1, 2.4, 2.6),
    ("house", 0, 7.0, 9.0),
    ("floor", 0, 3.9, 4.1),
    ("truck", 2, 5.5, 8.0),
    ("bicycle", 2, 1.5, 1.9),
    ("cup", 1, 0.07, 0.13),
])
def test_real_world_sizes(asset_type: str, axis: int, lo: float, hi: float) -> None:
    mesh = _mesh(asset_type)
    size = mesh.extents[axis]
    assert lo <= size <= hi, f"{asset_type} is {size:.3f} m along axis {axis}"


def test_chair_seat_height_is_a_real_chair() -> None:
    seat = next(s for s in library.get("chair").supports if s.name == "seat")
    assert 0.40 <= seat.height <= 0.50
    assert _height_below(_mesh("chair"), 0.0, 0.0, 0.6) == pytest.approx(seat.height, abs=0.01)


def test_vehicles_are_long_along_z() -> None:
    for name in REQUIRED["vehicle"]:
        ext = _mesh(name).extents
        assert ext[2] > ext[0], name


SUPPORTED = [(t, s) for t in ALL for s in library.get(t).supports]


@pytest.mark.parametrize(("asset_type", "surface"), SUPPORTED, ids=[f"{t}-{s.name}" for t, s in SUPPORTED])
def test_support_surfaces_lie_on_the_mesh(asset_type: str, surface: library.SupportSurface) -> None:
    mesh = _mesh(asset_type)
    (x0, z0), (x1, z1) = surface.min_xz, surface.max_xz
    assert x0 < x1 and z0 < z1
    # the centre and points 10 % in from each corner: something solid at the surface height, nothing above
    # it for 15 cm (shelf boards are 40 cm apart)
    points = [((x0 + x1) / 2, (z0 + z1) / 2)]
    points += [(x0 + f * (x1 - x0), z0 + g * (z1 - z0)) for f in (0.1, 0.9) for g in (0.1, 0.9)]
    for x, z in points:
        hit = _height_below(mesh, x, z, surface.height + 0.15)
        assert hit is not None, f"{asset_type}/{surface.name}: nothing under ({x:.2f}, {z:.2f})"
        where = f"{asset_type}/{surface.name} at ({x:.2f}, {z:.2f})"
        assert hit == pytest.approx(surface.height, abs=0.01), where


@pytest.mark.parametrize("asset_type", ["table", "desk", "shelf", "bed", "sofa", "cabinet", "stool", "bench",
                                        "floor", "box", "barrel"])
def test_things_people_put_stuff_on_have_a_surface(asset_type: str) -> None:
    assert library.get(asset_type).supports


def test_shelf_has_four_or_five_boards() -> None:
    heights = sorted(s.height for s in library.get("shelf").supports)
    assert 4 <= len(heights) <= 5
    assert all(b - a > 0.3 for a, b in zip(heights, heights[1:], strict=False))


def test_secondary_parts_keep_their_colours() -> None:
    tree = library.build_parts("tree")
    crown = next(p for p in tree if p.color is None)
    trunk = next(p for p in tree if p.color is not None)
    assert trunk.color[0] > trunk.color[2]  # brown: more red than blue
    assert crown.mesh.bounds[0][1] > 1.0 and trunk.mesh.bounds[0][1] == pytest.approx(0.0, abs=1e-6)
    flower = library.build_parts("flower")
    yellow = [p.color for p in flower if p.color is not None]
    yellow = [c for c in yellow if c[0] > 0.8 and c[1] > 0.6 and c[2] < 0.3]
    assert yellow  # the flower's centre
    window = library.build_parts("window")
    assert any(p.opacity < 0.6 for p in window)
    for glowing in ("candle", "street_lamp", "campfire", "lamp"):
        assert any(p.emissive > 0 for p in library.build_parts(glowing)), glowing
    car = library.build_parts("car")
    assert any(p.color is not None and max(p.color) < 0.1 for p in car)  # black tyres


def test_parts_are_built_once_per_process() -> None:
    assert library.build_parts("car") is library.build_parts("car")
