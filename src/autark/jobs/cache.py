"""The production cache: content-addressed results (film pieces, music, mixes, films, reports) in a folder.

Every entry is one file named by its key (a sha256 of exactly the inputs that made it, see
``autark.jobs.pieces``) plus a small JSON beside it holding the sha256 of the file's bytes and whatever the
task wants to remember with it. A read checks the bytes against that hash: a corrupt or truncated entry (a
disk error, a killed writer, a hand edit) is removed and counted as a miss, so it is recomputed and never
used. Writes go to a temporary file and are moved into place, so two renders sharing a cache never see half
an entry. The folder is kept under a size budget (``Settings.cache_mb``) by evicting the least recently used
entries (the data file's modification time is touched on every hit). Hits, misses and corrupt entries are
counted in ``stats.json`` for ``autark cache``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autark.errors import ProjectError

__all__ = ["DEFAULT_CACHE_MB", "CacheInfo", "ResultCache", "content_key", "file_sha256"]

DEFAULT_CACHE_MB = 2048
_STATS = "stats.json"
_META = ".meta.json"


def content_key(doc: Any) -> str:
    """The cache key of a task's inputs: the SHA-256 of ``doc`` as canonical JSON (sorted keys; what JSON cannot
    hold, as its ``str``)."""
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What ``autark cache`` prints."""

    folder: Path
    entries: int
    size_bytes: int
    budget_bytes: int
    hits: int
    misses: int
    corrupt: int
    by_kind: dict[str, int]


class ResultCache:
    """Files by key in ``folder`` (created on first write), at most ``budget_bytes`` in all."""

    def __init__(self, folder: Path | str, budget_bytes: int = DEFAULT_CACHE_MB * 1024 * 1024) -> None:
        self.folder = Path(folder)
        self.budget_bytes = int(budget_bytes)
        self.hits = self.misses = self.corrupt = 0
        # CPU seconds spent reading, checking and writing entries (the graph's bookkeeping): CPU, not wall time,
        # since most writes happen on the encoder's lowered-priority thread beside the render, where a loaded
        # machine stretches their wall time without their costing the render anything
        self.busy_s = 0.0
        # the folder's size as of the last scan plus what this object wrote since: a write scans the folder
        # only when that is over the budget (scanning after every write cost ~2% of a first render at 100s of
        # entries); another process's writes are seen at the next scan
        self._total: int | None = None
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def _timed(self) -> Iterator[None]:
        t0 = time.thread_time()
        try:
            yield
        finally:
            with self._lock:
                self.busy_s += time.thread_time() - t0

    # -- entries ---------------------------------------------------------------------------------------------
    def _paths(self, kind: str, key: str) -> tuple[Path, Path]:
        base = self.folder / kind / key[:2]
        return base / key, base / (key + _META)

    def get(self, kind: str, key: str) -> tuple[Path, dict[str, Any]] | None:
        """The entry's file and its remembered data, or None (a miss; a corrupt entry is removed)."""
        with self._timed():
            return self._get(kind, key)

    def _get(self, kind: str, key: str) -> tuple[Path, dict[str, Any]] | None:
        data, meta_path = self._paths(kind, key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            ok = data.stat().st_size == meta["size"] and file_sha256(data) == meta["sha256"]
        except FileNotFoundError:
            self._count("misses")
            return None
        except (OSError, ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            self._count("corrupt")
            self._count("misses")
            self.remove(kind, key)
            return None
        with contextlib.suppress(OSError):
            os.utime(data)  # the LRU clock
        self._count("hits")
        return data, dict(meta.get("extra", {}))

    def has(self, kind: str, key: str) -> bool:
        """Whether an entry is there (not checked, not counted: a plan, not a use)."""
        return self._paths(kind, key)[0].is_file()

    def path(self, kind: str, key: str) -> Path | None:
        """The entry's file when it is there (not checked, not counted: for reading what this job stored)."""
        data = self._paths(kind, key)[0]
        return data if data.is_file() else None

    def get_bytes(self, kind: str, key: str) -> tuple[bytes, dict[str, Any]] | None:
        hit = self.get(kind, key)
        return None if hit is None else (hit[0].read_bytes(), hit[1])

    def put_file(self, kind: str, key: str, source: Path, extra: dict[str, Any] | None = None, *,
                 move: bool = False) -> Path:
        """Store a copy of ``source`` (or move it, ``move``) under ``key``; returns the stored file."""
        with self._timed():
            return self._put_file(kind, key, source, extra, move)

    def _put_file(self, kind: str, key: str, source: Path, extra: dict[str, Any] | None, move: bool) -> Path:
        data, meta_path = self._paths(kind, key)
        before = self._size(kind, key)
        try:
            data.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkstemp(dir=data.parent, prefix=".put-")[1])
            try:
                if move:
                    shutil.move(source, tmp)
                else:
                    shutil.copyfile(source, tmp)
                meta = {"sha256": file_sha256(tmp), "size": tmp.stat().st_size, "extra": extra or {}}
                os.replace(tmp, data)
            finally:
                tmp.unlink(missing_ok=True)
            _write_atomic(meta_path, json.dumps(meta).encode())
        except OSError as exc:
            raise ProjectError(f"cannot write to the cache {self.folder}: {exc.strerror or exc}",
                               hint="check free disk space, or clear it with: autark cache DIR --clear") from exc
        with self._lock:
            if self._total is not None:
                self._total += self._size(kind, key) - before
            over = self._total is None or self._total > self.budget_bytes
        if over:
            self.evict()
        return data

    def _size(self, kind: str, key: str) -> int:
        """Bytes of an entry (data and meta), 0 when it is not there."""
        total = 0
        for path in self._paths(kind, key):
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    def json_memo(self, kind: str, key: str, compute: Callable[[], Any]) -> Any:
        """The JSON value kept under (``kind``, ``key``), computed by ``compute`` and kept on a miss."""
        hit = self.get_bytes(kind, key)
        if hit is not None:
            return json.loads(hit[0])
        value = compute()
        self.put_bytes(kind, key, json.dumps(value).encode())
        return value

    def put_bytes(self, kind: str, key: str, payload: bytes, extra: dict[str, Any] | None = None) -> Path:
        with tempfile.NamedTemporaryFile(delete=False, prefix="autark-put-") as f:
            f.write(payload)
        return self.put_file(kind, key, Path(f.name), extra, move=True)

    def remove(self, kind: str, key: str) -> None:
        size = self._size(kind, key)
        for path in self._paths(kind, key):
            path.unlink(missing_ok=True)
        with self._lock:
            if self._total is not None:
                self._total = max(0, self._total - size)

    # -- the folder ------------------------------------------------------------------------------------------
    def _entries(self) -> list[tuple[float, int, str, str]]:
        """(last use, bytes, kind, key) of every entry."""
        out = []
        if not self.folder.is_dir():
            return out
        for kind_dir in self.folder.iterdir():
            if not kind_dir.is_dir():
                continue
            for meta in kind_dir.glob("*/*" + _META):
                key = meta.name[: -len(_META)]
                data = meta.with_name(key)
                with contextlib.suppress(OSError):
                    st = data.stat()
                    out.append((st.st_mtime, st.st_size + meta.stat().st_size, kind_dir.name, key))
        return out

    def evict(self) -> int:
        """Remove the least recently used entries until the folder fits the budget; how many went."""
        entries = sorted(self._entries())
        total = sum(e[1] for e in entries)
        gone = 0
        for _, size, kind, key in entries:
            if total <= self.budget_bytes:
                break
            self.remove(kind, key)
            total -= size
            gone += 1
        with self._lock:
            self._total = total
        return gone

    def clear(self) -> int:
        """Remove every entry and the counts; the number of entries removed."""
        n = len(self._entries())
        if self.folder.is_dir():
            shutil.rmtree(self.folder, ignore_errors=True)
        self.hits = self.misses = self.corrupt = 0
        self._total = 0
        return n

    def info(self) -> CacheInfo:
        entries = self._entries()
        by_kind: dict[str, int] = {}
        for e in entries:
            by_kind[e[2]] = by_kind.get(e[2], 0) + 1
        counts = self._read_stats()
        return CacheInfo(self.folder, len(entries), sum(e[1] for e in entries), self.budget_bytes,
                         counts.get("hits", 0), counts.get("misses", 0), counts.get("corrupt", 0), by_kind)

    # -- counts ----------------------------------------------------------------------------------------------
    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def _read_stats(self) -> dict[str, int]:
        try:
            data = json.loads((self.folder / _STATS).read_text(encoding="utf-8"))
            return {k: int(v) for k, v in data.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return {}

    def save_stats(self) -> None:
        """Add this run's hits, misses and corrupt entries to the folder's counts."""
        if not self.folder.is_dir():
            return
        counts = self._read_stats()
        for name in ("hits", "misses", "corrupt"):
            counts[name] = counts.get(name, 0) + getattr(self, name)
        with contextlib.suppress(OSError):
            _write_atomic(self.folder / _STATS, json.dumps(counts).encode())


def _write_atomic(path: Path, payload: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(payload)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
