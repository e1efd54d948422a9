"""The web studio of an encrypted project (issue 20): locked until the page sends the passphrase, renders sealed."""

from __future__ import annotations

import hashlib
import io
import time
from pathlib import Path

import av
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from autark.compose.signing import read_credentials
from autark.config import Settings
from autark.server.app import create_app
from autark.studio import Studio

pytest.importorskip("sqlcipher3")

PASS = "open sesame"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with Studio.create(tmp_path / "locked", passphrase=PASS) as studio:
        studio.do("add a red cube")
    return tmp_path / "locked"


def test_the_studio_asks_for_the_passphrase_and_seals_its_renders(project: Path, tmp_path: Path) -> None:
    before = hashlib.sha256((project / "project.ams").read_bytes()).hexdigest()
    with TestClient(create_app(project, settings=Settings(config_dir=tmp_path / "config"))) as http:
        page = http.get("/")
        assert page.status_code == 200 and 'id="unlock-form"' in page.text
        assert http.get("/web/unlock.js").status_code == 200
        for path in ("/api/scene", "/api/history", "/api/project"):
            refused = http.get(path)
            assert refused.status_code == 423 and refused.json()["error"]["code"] == "locked"
        wrong = http.post("/api/unlock", json={"passphrase": "open sesam"})
        assert wrong.status_code == 400 and "passphrase is wrong" in wrong.json()["error"]["message"]
        assert hashlib.sha256((project / "project.ams").read_bytes()).hexdigest() == before
        assert http.get("/api/scene").status_code == 423
        assert http.post("/api/unlock", json={"passphrase": PASS}).json()["unlocked"] is True
        assert 'id="unlock-form"' not in http.get("/").text
        assert "cube" in http.get("/api/scene").text
        job = http.post("/api/render", json={"end": 0.5, "fps": 8, "width": 64, "height": 36}).json()["job"]
        deadline = time.monotonic() + 60
        while (state := http.get(f"/api/render/{job}").json())["state"] in ("queued", "running"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert state["state"] == "done", state
        video = http.get(state["video"])
        assert video.status_code == 200
        with av.open(io.BytesIO(video.content)) as film:
            assert sum(1 for _ in film.decode(video=0)) == 4
            assert film.metadata["autark_ai_generated"] == "true"
        signed = tmp_path / "signed.mp4"
        signed.write_bytes(video.content)
        credentials = read_credentials(signed)  # the studio's films are signed too
        assert credentials is not None and credentials.ai_generated
    stored = sorted(p.name for p in (project / "renders").iterdir())
    assert stored and all(name.endswith(".sealed") for name in stored), stored
    assert not (project / "cache").exists()  # an encrypted project keeps no plain-text render cache


def test_the_passphrase_setting_unlocks_at_start(project: Path) -> None:
    with TestClient(create_app(project, settings=Settings(passphrase=SecretStr(PASS)))) as http:
        assert "cube" in http.get("/api/scene").text
