"""Built meshes kept on disk (``autark.render.mesh_store``): what is read back is what was built, a file that
cannot be read is built again, and only built-in kinds are kept."""

from __future__ import annotations

import numpy as np
import pytest

from autark.render import mesh_store, meshes


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("AUTARK_MESH_CACHE", str(tmp_path))
    meshes.asset_parts.cache_clear()
    yield tmp_path
    meshes.asset_parts.cache_clear()


def _same(a: tuple, b: tuple) -> bool:
    for pa, pb in zip(a, b, strict=True):
        for ma, mb in zip((pa.mesh, *pa.lods), (pb.mesh, *pb.lods), strict=True):
            if not (np.array_equal(ma.vertices, mb.vertices) and ma.vertices.dtype == mb.vertices.dtype
                    and np.array_equal(ma.indices, mb.indices) and ma.indices.dtype == mb.indices.dtype
                    and ma.closed == mb.closed):
                return False
        fields = ("color", "roughness", "metallic", "emissive", "bone", "opacity", "lod_ranks", "casts_shadow",
                  "one_sided")
        if any(getattr(pa, f) != getattr(pb, f) for f in fields):
            return False
    return True


@pytest.mark.parametrize("kind", ["sphere", "table", "dog", "man", "campfire_unlit", "candle"])
def test_a_kept_kind_reads_back_as_built(store, kind):
    built = meshes.asset_parts(kind)
    assert built is not None
    files = list(store.rglob(f"{kind}.npz"))
    assert len(files) == 1  # kept under this code's fingerprint
    meshes.asset_parts.cache_clear()
    read = meshes.asset_parts(kind)  # from the file now
    assert read is not built and _same(built, read)


def test_an_unreadable_file_is_built_again(store):
    built = meshes.asset_parts("chair")
    path = next(store.rglob("chair.npz"))
    path.write_bytes(b"not a zip")
    meshes.asset_parts.cache_clear()
    assert _same(built, meshes.asset_parts("chair"))
    assert mesh_store.read("chair") is not None  # and kept whole again


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("AUTARK_MESH_CACHE", "off")
    meshes.asset_parts.cache_clear()
    try:
        assert meshes.asset_parts("cube") is not None
        assert mesh_store.store_dir() is None
    finally:
        meshes.asset_parts.cache_clear()


def test_a_kind_not_built_in_is_not_kept(store, monkeypatch):
    """An imported or a plugin's kind may change under the same name: built every time, never kept."""
    import dataclasses

    from autark.assets import library

    real = library.get
    stand_in = dataclasses.replace(real("cube"))  # equal, but not the catalogue's own spec
    monkeypatch.setattr(library, "get", lambda kind: stand_in if kind == "cube" else real(kind))
    assert meshes.asset_parts("cube") is not None
    assert not list(store.rglob("cube.npz"))


def test_prebuild_keeps_each_kind_once_and_skips_one_claimed(store):
    assert meshes.prebuild(["chair", "no_such_kind", "chair", "lamp"]) == 2
    assert mesh_store.kept("chair") and mesh_store.kept("lamp")
    assert meshes.prebuild(["chair", "lamp"]) == 0  # kept already
    with mesh_store.claim("table") as mine:
        assert mine
        with mesh_store.claim("table") as other:  # another process building it now
            assert not other
        meshes.asset_parts.cache_clear()
        assert meshes.prebuild(["table"]) == 0 and not mesh_store.kept("table")
    assert meshes.prebuild(["table"]) == 1
