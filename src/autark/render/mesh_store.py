"""Built asset meshes kept on disk, so a kind's parts are built once per version of the code that builds them,
not once per process.

Building a kind's parts (its builder, crease-split normals, the detail levels, ``autark.render.meshes``) costs
tens of milliseconds of CPU each, and a film's kinds were built three times over: in the planner's object-ID
frames (``render.id_pass``) and again in each of the two render workers. Measured on the fisherman's film
(2026-12-07, 12 kinds, a worker's first frame at 720p, one rasteriser thread): 0.78-0.96 s of CPU built,
0.25 s loaded (the next frame: 0.08 s). Kept here, a kind is built by the first process that needs it and
loaded by every later one; the warming render workers build the plan's cast and props before the planner's
ID frames need them (``meshes.prebuild``).

A folder per fingerprint of everything that builds the meshes (the sources of ``autark.assets`` and
``render.meshes``, the versions of numpy, scipy and trimesh), so a changed builder never reads an old mesh;
one ``.npz`` file per kind, written to a temporary name and renamed into place (two processes may write the
same kind at once; either file is whole). Only the built-in kinds are kept (an imported or a plugin's kind may
change under the same name). A file that cannot be read is built again. ``AUTARK_MESH_CACHE`` names another
folder, or ``off``; the default is ``meshes`` in the user's cache folder (``autark.config.user_cache_dir``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

__all__ = ["KEPT_VERSIONS", "claim", "kept", "read", "store_dir", "write"]

KEPT_VERSIONS = 4  # fingerprint folders kept side by side (a baseline copy and a working tree, say)
_ROOT = Path(__file__).resolve().parent.parent  # the autark package


@functools.cache
def fingerprint() -> str:
    """A hash of the sources that build the meshes and the libraries they use."""
    import importlib.metadata as md

    digest = hashlib.sha256()
    for lib in ("numpy", "scipy", "trimesh"):
        try:
            digest.update(f"{lib}={md.version(lib)}".encode())
        except md.PackageNotFoundError:
            digest.update(f"{lib}=none".encode())
    files = sorted(p for p in (_ROOT / "assets").rglob("*") if p.suffix in (".py", ".yaml", ".json"))
    for path in [*files, _ROOT / "render" / "meshes.py", Path(__file__)]:
        digest.update(str(path.relative_to(_ROOT)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def store_dir() -> Path | None:
    """This code's folder of kept meshes (not created here); None when ``AUTARK_MESH_CACHE`` is ``off``."""
    from autark.config import mesh_cache_dir

    base = mesh_cache_dir()
    return None if base is None else base / fingerprint()


def _file(name: str) -> Path | None:
    folder = store_dir()
    if folder is None or not name or "/" in name or name.startswith("."):
        return None
    return folder / f"{name}.npz"


def kept(name: str) -> bool:
    """Whether a file is kept under ``name`` (not whether it can be read)."""
    path = _file(name)
    return path is not None and path.is_file()


@contextlib.contextmanager
def claim(name: str) -> Iterator[bool]:
    """Whether this process may build ``name`` now: False while another process holds its claim (it is
    building it), True otherwise (also where claims cannot be made). Held until the block ends."""
    path = _file(name)
    if path is None:
        yield True
        return
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.parent / f".{name}.lock", os.O_CREAT | os.O_RDWR, 0o644)
    except (ImportError, OSError):
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # the claim ends with the descriptor


def read(name: str) -> dict[str, np.ndarray] | None:
    """The arrays kept under ``name``, or None (none kept, or a file that cannot be read)."""
    path = _file(name)
    if path is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return {key: data[key] for key in data.files}
    except (OSError, ValueError, KeyError, EOFError):
        return None


def write(name: str, arrays: dict[str, np.ndarray]) -> None:
    """Keep ``arrays`` under ``name`` (whole or not at all; a folder that cannot be written keeps nothing)."""
    path = _file(name)
    if path is None:
        return
    try:
        fresh = not path.parent.is_dir()
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            _prune(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    except OSError:
        return


def _prune(current: Path) -> None:
    """Remove the oldest fingerprint folders beside ``current`` beyond ``KEPT_VERSIONS`` (old code's meshes)."""
    try:
        others = [p for p in current.parent.iterdir() if p.is_dir() and p != current]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in others[KEPT_VERSIONS - 1:]:
        shutil.rmtree(old, ignore_errors=True)
