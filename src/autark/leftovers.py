"""Scratch files a render owns, held under a lock, so that the next render removes what a killed one left.

A film render writes two kinds of scratch files: the hidden partial MP4 beside its output
(``.NAME.partial.mp4``, moved into place when the film is complete) and work folders in the temp directory
(``autark-film-<pid>-*``: the music and the mix as raw float32, about 23 MB a minute of film; the in-memory
audio paths use ``autark-audio-`` and ``autark-mix-``). A clean finish, an error, Ctrl-C and SIGTERM remove
them; ``kill -9``, the OOM killer or a power cut cannot. So each is held under an exclusive ``flock`` for as
long as its render runs (the kernel drops the lock when the process dies, however it dies), and every render
first removes the scratch files nobody holds: :func:`remove_stale_partials` in its output folder,
:func:`work_dir` among the work folders of its kind. A base module (no autark imports): the encoder
(``compose``), the film (``jobs``) and the mixer (``audio``) all use it.

A file some render holds, in this process or another, is never touched. A work folder is removed only when,
in addition, the process named in it is gone: its lock file is created just after the folder, and in that
moment the pid is what speaks for it. (A reused pid only delays the removal until that process ends.)
Where ``fcntl`` is missing (Windows) nothing is locked and nothing is swept.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux or macOS
    fcntl = None  # type: ignore[assignment]

__all__ = ["hold", "pid_alive", "release", "remove_stale_partials", "remove_stale_work_dirs", "work_dir"]

PARTIAL_GLOB = ".*.partial.mp4"  # partial_path_for's names
LOCK_NAME = ".owner.lock"  # inside a work folder


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user's counts; a zombie too, until it is reaped)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def hold(path: Path) -> int | None:
    """Create ``path`` if it is missing and hold an exclusive lock on it until :func:`release`: the open
    descriptor, or None where files cannot be locked. Raises ``BlockingIOError`` while another holds it."""
    if fcntl is None:  # pragma: no cover
        return None
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, path):
            return fd
        os.close(fd)  # a sweeper removed it between the open and the lock: make it again


def release(fd: int | None) -> None:
    """Let go of a lock from :func:`hold` (closing the descriptor drops it)."""
    if fd is not None:
        os.close(fd)


def _remove_if_free(lock_path: Path, remove: Callable[[], None]) -> bool:
    """Run ``remove`` while holding ``lock_path``'s lock, if nobody else holds it; whether it ran."""
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:  # gone already, a symbolic link, not ours to read
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: its render is running
            return False
        if not _same_file(fd, lock_path):
            return False
        remove()
        return True
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial MP4s (``.NAME.partial.mp4``) in ``folder`` that no running render holds: what
    killed renders left. Returns the paths removed."""
    removed = []
    for path in sorted(folder.glob(PARTIAL_GLOB)):
        if _remove_if_free(path, lambda p=path: p.unlink(missing_ok=True)):
            removed.append(path)
    return removed


def remove_stale_work_dirs(root: Path, prefix: str) -> list[Path]:
    """Remove the work folders ``<root>/<prefix><pid>-*`` whose process is gone and whose lock nobody holds.
    Folders without a pid in their name (made by older versions) are left alone. Returns those removed."""
    removed = []
    pattern = re.compile(re.escape(prefix) + r"(\d+)-[^/]+")
    for path in sorted(root.glob(glob.escape(prefix) + "*")):
        match = pattern.fullmatch(path.name)
        if match is None or path.is_symlink() or not path.is_dir() or pid_alive(int(match.group(1))):
            continue
        lock = path / LOCK_NAME
        if os.path.lexists(lock):
            if _remove_if_free(lock, lambda p=path: shutil.rmtree(p, ignore_errors=True)):
                removed.append(path)
        else:  # its process died before it could lock it
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


@contextlib.contextmanager
def work_dir(prefix: str) -> Iterator[Path]:
    """A new folder ``<temp>/<prefix><pid>-XXXXXXXX``, held for the block and removed after it (also on an
    error or Ctrl-C). Removes the folders of this prefix that killed renders left, first."""
    root = Path(tempfile.gettempdir())
    remove_stale_work_dirs(root, prefix)
    path = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=root))
    try:
        fd = hold(path / LOCK_NAME)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        release(fd)
