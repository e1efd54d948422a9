"""The built-in asset types. Importing this module registers them.

Every builder returns parts in local space: bottom centre at the origin, front toward +Z, metres.
"""

from __future__ import annotations

from autark.assets.library import AssetSpec, MeshPart, SupportSurface, register

WOOD = (0.55, 0.35, 0.2)


def _box(size: tuple[float, float, float], center: tuple[float, float, float]):
    import trimesh

    m = trimesh.creation.box(extents=size)
    m.apply_translation(center)
    return m


def _cylinder(radius: float, height: float, bottom: tuple[float, float, float] = (0.0, 0.0, 0.0), sections: int = 24):
    import trimesh

    m = trimesh.creation.cylinder(radius=radius, height=height, sections=sections)
    m.apply_translation((bottom[0], bottom[1] + height / 2, bottom[2]))
    return m


def _sphere(radius: float, center: tuple[float, float, float], subdivisions: int = 2):
    import trimesh

    m = trimesh.creation.icosphere(subdivisions=subdivisions, radius=radius)
    m.apply_translation(center)
    return m


def _merge(meshes):
    import trimesh

    return trimesh.util.concatenate(meshes)


# -- primitives ----------------------------------------------------------------------------------------------
register(AssetSpec("cube", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [MeshPart(_box((1, 1, 1), (0, 0.5, 0)))],
                   supports=(SupportSurface("top", 1.0, (-0.5, -0.5), (0.5, 0.5)),)))
register(AssetSpec("sphere", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [MeshPart(_sphere(0.5, (0, 0.5, 0), subdivisions=3))]))
register(AssetSpec("cylinder", "primitive", (-0.5, 0.0, -0.5), (0.5, 1.0, 0.5),
                   lambda: [MeshPart(_cylinder(0.5, 1.0, sections=32))],
                   supports=(SupportSurface("top", 1.0, (-0.35, -0.35), (0.35, 0.35)),)))


# -- furniture -----------------------------------------------------------------------------------------------
def _table():
    top = _box((1.6, 0.04, 0.9), (0, 0.73, 0))
    legs = [_box((0.06, 0.71, 0.06), (x * 0.72, 0.355, z * 0.37)) for x in (-1, 1) for z in (-1, 1)]
    return [MeshPart(_merge([top, *legs]))]


register(AssetSpec("table", "furniture", (-0.8, 0.0, -0.45), (0.8, 0.75, 0.45), _table,
                   supports=(SupportSurface("top", 0.75, (-0.8, -0.45), (0.8, 0.45)),), color=WOOD))


def _chair():
    seat = _box((0.45, 0.04, 0.45), (0, 0.45, 0))
    legs = [_box((0.04, 0.43, 0.04), (x * 0.2, 0.215, z * 0.2)) for x in (-1, 1) for z in (-1, 1)]
    back = _box((0.45, 0.45, 0.04), (0, 0.695, -0.205))
    return [MeshPart(_merge([seat, *legs, back]))]


register(AssetSpec("chair", "furniture", (-0.225, 0.0, -0.225), (0.225, 0.92, 0.225), _chair,
                   supports=(SupportSurface("seat", 0.47, (-0.2, -0.18), (0.2, 0.2)),), color=WOOD))


