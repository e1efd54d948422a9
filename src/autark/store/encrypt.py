"""``autark encrypt DIR``: turn a plain project into an encrypted one (``autark.store.cipher`` says how and why).

The database is copied page by page into a new SQLCipher file (``sqlcipher_export``) under a temporary name,
checked by opening it with the passphrase, and renamed over ``project.ams``: a crash before the rename leaves
the plain project as it was (and a stray ``project.ams.encrypting``, removed by the next try). The films in
``renders/`` are sealed with AES-256-GCM; the render ``cache/`` is plain text derived from the project, so it
is removed (it is rebuilt when needed) rather than kept readable beside an encrypted database.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from autark.errors import ProjectError
from autark.store import cipher
from autark.store.project import FILE_NAME, ProjectStore, project_file

__all__ = ["EncryptReport", "encrypt_project", "seal_renders"]

RENDERS, CACHE = "renders", "cache"


@dataclass(frozen=True)
class EncryptReport:
    database_bytes: int
    sealed: list[Path]
    cache_removed: bool


def encrypt_project(path: str | Path, passphrase: str) -> EncryptReport:
    """Encrypt the plain project at ``path`` with ``passphrase`` (its database, renders and cache)."""
    db = project_file(path)
    folder = db.parent
    cipher.check_passphrase(passphrase, folder)
    dbapi = cipher.sqlcipher()
    if cipher.is_encrypted(folder) and db.is_file() and db.read_bytes()[:16] != b"SQLite format 3\x00":
        raise ProjectError(f"{folder} is already encrypted", hint="open it with its passphrase")
    # open it as autark does (every check), then fold the write-ahead log into the file
    with ProjectStore.open(folder) as store:
        store.checkpoint()
    tmp = db.with_name(FILE_NAME + ".encrypting")
    tmp.unlink(missing_ok=True)
    plain = dbapi.connect(str(db), isolation_level=None)
    try:
        plain.execute("PRAGMA cipher_log_level = NONE")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        app_id = plain.execute("PRAGMA application_id").fetchone()[0]
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), passphrase))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies the schema and rows, not the header fields autark's checks read
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        plain.execute("DETACH DATABASE encrypted")
    except cipher.ERRORS as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectError(f"cannot encrypt {db}: {exc}; the project is unchanged") from None
    finally:
        plain.close()
    cipher.write_marker(folder)
    os.replace(tmp, db)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with ProjectStore.open(folder, passphrase=passphrase) as store:  # it opens, with every check, or we say so
        key = store.file_key()
    assert key is not None
    sealed = seal_renders(folder, key)
    cache = folder / CACHE
    removed = cache.is_dir()
    if removed:
        shutil.rmtree(cache)
    return EncryptReport(db.stat().st_size, sealed, removed)


def seal_renders(folder: Path, key: bytes) -> list[Path]:
    """Seal every plain file in the project's ``renders/`` folder; returns the sealed files."""
    renders = folder / RENDERS
    if not renders.is_dir():
        return []
    return [cipher.seal_file(p, key) for p in sorted(renders.rglob("*"))
            if p.is_file() and not p.name.endswith(cipher.SEALED_SUFFIX) and not p.name.startswith(".")]
