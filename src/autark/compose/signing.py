"""C2PA Content Credentials for a film: a manifest that says the film was made by a machine, signed locally.

    key = signing_key(folder)                 # made on first use in the user's config folder, never downloaded
    sign_film(path, key, manifest_fields)     # embeds the signed manifest in the MP4 (c2pa-python)
    read_credentials(path) -> Credentials     # what a C2PA reader finds: the manifest, the AI marking, trust

The key is an EC P-256 key with a two-certificate chain made with ``cryptography``: a local root (a CA) and
the signing certificate it issues. C2PA readers refuse a self-signed *signing* certificate outright, so the
chain has two links; the root is still self-made, so every reader reports the signature as valid but the
credential as ``signingCredential.untrusted``: nobody has vouched for this machine's root. That is honest:
the manifest proves the film was not changed since this key signed it and carries the AI marking; who owns the
key is not proven.

The digital source type (IPTC's vocabulary, which C2PA uses) is chosen by what made the film: autark renders
3D scenes and synthesises speech and music with algorithms, ``algorithmicMedia`` ("created purely by an
algorithm not based on any sampled training data"); when a trained model contributed (the neural Piper voice,
a language model's plan, a diffusion plugin's shots), the film is a composite of that algorithmic media with
trained-model media: ``compositeWithTrainedAlgorithmicMedia``. ``trainedAlgorithmicMedia`` alone would claim
the pictures came from a trained model, which they do not.

``c2pa-python`` and ``cryptography`` are the optional extra ``provenance``.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autark.errors import BackendError

__all__ = [
    "ALGORITHMIC",
    "COMPOSITE_TRAINED",
    "Credentials",
    "SigningKey",
    "read_credentials",
    "sign_film",
    "signing_key",
]

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
ALGORITHMIC = IPTC + "algorithmicMedia"
COMPOSITE_TRAINED = IPTC + "compositeWithTrainedAlgorithmicMedia"
AI_SOURCE_TYPES = {ALGORITHMIC, COMPOSITE_TRAINED, IPTC + "trainedAlgorithmicMedia", IPTC + "compositeSynthetic"}
KEY_FOLDER = "signing"  # under the user's config folder
KEY_FILE, CHAIN_FILE = "film-signer.key.pem", "film-signer.chain.pem"
CERT_YEARS = 10


@dataclass(frozen=True)
class SigningKey:
    private_key_pem: bytes
    chain_pem: bytes  # the signing certificate, then the local root
    folder: Path


@dataclass(frozen=True)
class Credentials:
    """What a C2PA reader says about a film."""

    manifest: dict[str, Any]  # the active manifest
    digital_source_type: str | None  # of its c2pa.created action
    validation_state: str  # "Valid", "Invalid", "Trusted"
    status_codes: list[str]  # the reader's validation_status codes ("signingCredential.untrusted", ...)

    @property
    def ai_generated(self) -> bool:
        return self.digital_source_type in AI_SOURCE_TYPES

    def assertion(self, label: str) -> dict[str, Any] | None:
        return next((a.get("data") for a in self.manifest.get("assertions", []) if a.get("label") == label), None)


def _c2pa() -> Any:
    from autark.config import require

    require("cryptography", "provenance", feature="signing a film (C2PA)")
    return require("c2pa", "provenance", feature="signing a film (C2PA)")


def signing_key(config_dir: Path) -> SigningKey:
    """The film-signing key in ``config_dir``/signing, made there (mode 0600) the first time."""
    folder = config_dir / KEY_FOLDER
    key_path, chain_path = folder / KEY_FILE, folder / CHAIN_FILE
    if key_path.is_file() and chain_path.is_file():
        return SigningKey(key_path.read_bytes(), chain_path.read_bytes(), folder)
    _c2pa()
    key_pem, chain_pem = _make_key()
    # written whole into a private folder and renamed into place: two films finishing at once never pair one
    # process's key with the other's certificate (the second rename fails and that process takes the first's)
    config_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".signing-", dir=config_dir))
    try:
        for name, data in ((KEY_FILE, key_pem), (CHAIN_FILE, chain_pem)):
            fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        try:
            os.rename(staging, folder)
        except OSError:
            if not (key_path.is_file() and chain_path.is_file()):
                raise
            return SigningKey(key_path.read_bytes(), chain_path.read_bytes(), folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SigningKey(key_pem, chain_pem, folder)


def _make_key() -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    until = now + datetime.timedelta(days=365 * CERT_YEARS)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "autark (local, self-made)")])

    def usage(*, sign: bool) -> x509.KeyUsage:
        return x509.KeyUsage(digital_signature=sign, content_commitment=False, key_encipherment=False,
                             data_encipherment=False, key_agreement=False, key_cert_sign=not sign,
                             crl_sign=not sign, encipher_only=False, decipher_only=False)

    root_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    root_name = name("autark local root")
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(usage(sign=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(name("autark film signer")).issuer_name(root_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage(sign=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    # the root's private key is not kept: it signed the one certificate it ever will
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return key_pem, leaf.public_bytes(pem) + root.public_bytes(pem)


def sign_film(path: Path, key: SigningKey, *, title: str, tool_version: str, source_type: str,
              facts: dict[str, Any]) -> None:
    """Embed a signed C2PA manifest in the MP4 at ``path`` (replaced atomically): a ``c2pa.created`` action
    with ``source_type`` and autark as the software agent, and ``facts`` as the assertion ``org.autark.film``."""
    c2pa = _c2pa()
    agent = {"name": "autark", "version": tool_version}
    manifest = {
        "claim_generator_info": [agent],
        "title": title,
        "format": "video/mp4",
        "assertions": [
            {"label": "c2pa.actions", "data": {"actions": [
                {"action": "c2pa.created", "digitalSourceType": source_type, "softwareAgent": agent,
                 "description": "made by autark, a local AI film studio, from a text idea or commands"}]}},
            {"label": "org.autark.film", "data": facts},
        ],
    }
    info = c2pa.C2paSignerInfo(alg=b"es256", sign_cert=key.chain_pem, private_key=key.private_key_pem, ta_url=None)
    tmp = path.with_name(f".{path.name}.signing")
    try:
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(json.dumps(manifest)) as builder, \
                open(path, "rb") as source, open(tmp, "w+b") as dest:
            builder.sign(signer, "video/mp4", source, dest)
        os.replace(tmp, path)
    except c2pa.C2paError as exc:
        raise BackendError(f"the film could not be signed (C2PA): {exc}",
                           hint=f"remove {key.folder} to make a new signing key") from None
    finally:
        tmp.unlink(missing_ok=True)


def read_credentials(path: Path) -> Credentials | None:
    """The film's C2PA manifest as a reader sees it; None when it carries none."""
    c2pa = _c2pa()
    try:
        with c2pa.Reader(str(path)) as reader:
            report = json.loads(reader.json())
            state = str(reader.get_validation_state())
    except c2pa.C2paError:
        return None
    active = report.get("manifests", {}).get(report.get("active_manifest", ""), {})
    source = None
    for assertion in active.get("assertions", []):
        if assertion.get("label", "").startswith("c2pa.actions"):
            for action in assertion.get("data", {}).get("actions", []):
                if action.get("action") == "c2pa.created":
                    source = action.get("digitalSourceType")
    codes = [s.get("code", "") for s in report.get("validation_status", [])]
    return Credentials(active, source, state, codes)
