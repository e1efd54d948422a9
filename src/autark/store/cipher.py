"""Encrypted projects: the database through SQLCipher, the project's other files (renders) sealed with AES-GCM.

Why SQLCipher for the database: a project is a live SQLite database written one command at a time in WAL mode
with crash safety (``store.project``). SQLCipher encrypts every page (AES-256-CBC with an HMAC-SHA512 per page,
a key from the passphrase by PBKDF2-HMAC-SHA512, 256,000 rounds, salted per file) *inside* SQLite, so every
guarantee of the store holds unchanged: one transaction per command, the WAL, concurrent readers, the checks
that leave a refused file byte-identical. An authenticated container around the file (AES-GCM over the whole
file) would have to decrypt it to somewhere to use it and rewrite all of it after every command: plain text on
disk or in a temporary file, no crash safety, no second reader. ``sqlcipher3-binary`` bundles its own
libsqlcipher (4.x); it is the optional extra ``encrypt``.

Files that are not a database (the films the web studio renders into ``renders/``) are sealed whole with
AES-256-GCM (``cryptography``): a key from the passphrase by scrypt (n=2^15, r=8, p=1) with the project's salt,
a fresh 96-bit nonce per file, the file's name as associated data so sealed files cannot be swapped.

A project is encrypted when its folder holds ``encryption.json`` (the marker: what protects what, the salt; no
secret). The passphrase is never stored: it comes from a hidden prompt or ``AUTARK_PASSPHRASE``
(``Settings.passphrase``) and is checked by reading the database: a wrong one is a ``ProjectError`` and changes
nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from autark.errors import ProjectError, UserInputError

__all__ = [
    "DATABASE_ERRORS",
    "ERRORS",
    "MARKER",
    "SEALED_SUFFIX",
    "connect",
    "file_key",
    "is_encrypted",
    "open_sealed",
    "seal_file",
    "sqlcipher",
    "wrong_passphrase",
    "write_marker",
]

MARKER = "encryption.json"
SEALED_SUFFIX = ".sealed"
MARKER_FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
NONCE_BYTES = 12
MAX_PASSPHRASE_CHARS = 1024


def _sqlcipher_module() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


_dbapi = _sqlcipher_module()
# what either driver raises: the store catches both, so an encrypted project fails as clearly as a plain one
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((_dbapi.Error,) if _dbapi else ())
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + ((_dbapi.DatabaseError,) if _dbapi else ())


def sqlcipher() -> Any:
    """The SQLCipher driver (``sqlcipher3.dbapi2``), or a ``BackendError`` with the line that installs it."""
    from autark.config import require

    require("sqlcipher3", "encrypt", feature="an encrypted project")
    return _dbapi or _sqlcipher_module()


def is_encrypted(folder: Path) -> bool:
    """Whether the project folder ``folder`` is encrypted (holds the marker)."""
    return (folder / MARKER).is_file()


def check_passphrase(passphrase: str | None, folder: Path) -> str:
    if passphrase is None or passphrase == "":
        raise UserInputError(f"the project {folder} is encrypted: it needs its passphrase",
                             hint="type it when asked, or set AUTARK_PASSPHRASE")
    if len(passphrase) > MAX_PASSPHRASE_CHARS or "\x00" in passphrase:
        raise UserInputError(f"a passphrase is at most {MAX_PASSPHRASE_CHARS} characters, without NUL bytes")
    return passphrase


def _key_pragma(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def connect(target: str | os.PathLike[str], passphrase: str, **kwargs: Any) -> Any:
    """An SQLCipher connection to ``target`` (a path or, with ``uri=True``, a URI) keyed with ``passphrase``.
    Nothing is read yet: the first statement says whether the key is right (``wrong_passphrase``)."""
    conn = sqlcipher().connect(str(target), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our ProjectError, not lines on stderr
    conn.execute(_key_pragma(passphrase))
    return conn


def check_encrypted_header(db: Path) -> None:
    """What can be said of an encrypted project file without its key: it is not plain SQLite, nor empty."""
    with db.open("rb") as f:
        head = f.read(16)
    if head == b"SQLite format 3\x00":
        raise ProjectError(f"{db.parent} is marked as encrypted ({MARKER}) but its database is not",
                           hint=f"encrypt it with: autark encrypt {db.parent}")
    if len(head) < 16:
        raise ProjectError(f"{db} is damaged: it is {len(head)} bytes long, too short for an encrypted project",
                           hint=f"restore {db.name} from a backup")


def check_key(conn: Any, db: Path) -> None:
    """SQLCipher reads the first page only at the first statement: a wrong key says 'not a database' there."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        if "not a database" in str(exc):
            raise wrong_passphrase(db) from None
        raise


def wrong_passphrase(db: Path) -> ProjectError:
    return ProjectError(f"cannot open {db}: the passphrase is wrong (or the file is damaged); nothing was changed",
                        hint="try again with the right passphrase (AUTARK_PASSPHRASE or the prompt)")


def write_marker(folder: Path) -> dict[str, Any]:
    """Write the marker of a newly encrypted project (a new salt for its sealed files) and return it."""
    marker = {"format": MARKER_FORMAT,
              "database": "SQLCipher 4 (AES-256, HMAC-SHA512, PBKDF2-HMAC-SHA512 256000 rounds)",
              "files": f"AES-256-GCM, key by scrypt n={SCRYPT_N} r={SCRYPT_R} p={SCRYPT_P}",
              "salt": secrets.token_hex(16)}
    tmp = folder / (MARKER + ".new")
    tmp.write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MARKER)
    return marker


def _marker(folder: Path) -> dict[str, Any]:
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        bytes.fromhex(marker["salt"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProjectError(f"{folder / MARKER} is damaged ({exc})",
                           hint="restore it from a backup; without its salt the sealed renders cannot be read") from None
    return marker


def file_key(folder: Path, passphrase: str) -> bytes:
    """The 256-bit key that seals the project's files, from the passphrase and the project's salt."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt = bytes.fromhex(_marker(folder)["salt"])
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def seal_file(path: Path, key: bytes) -> Path:
    """Replace ``path`` by ``path.sealed`` (AES-256-GCM, its name as associated data); returns the new path."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = path.with_name(path.name + SEALED_SUFFIX)
    tmp = path.with_name(f".{sealed.name}.new")
    tmp.write_bytes(nonce + AESGCM(key).encrypt(nonce, path.read_bytes(), path.name.encode("utf-8")))
    os.replace(tmp, sealed)
    path.unlink()
    return sealed


def open_sealed(sealed: Path, key: bytes) -> bytes:
    """The plain bytes of a sealed file; a ``ProjectError`` when the key is wrong or the file was changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = sealed.read_bytes()
    name = sealed.name.removesuffix(SEALED_SUFFIX)
    try:
        return AESGCM(key).decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], name.encode("utf-8"))
    except (InvalidTag, ValueError):
        raise ProjectError(f"{sealed} cannot be opened: the passphrase is wrong or the file was changed",
                           hint="check the passphrase; a changed file cannot be recovered") from None
