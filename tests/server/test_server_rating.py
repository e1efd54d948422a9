"""Issue 21: a finished render is rated in the web studio (POST /api/render/{job}/rating, the page's stars);
the rating lands in the user folder with what the film was made with, and teaches the preferences."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from studio_client import RunningStudio, new_project, start_studio

from autark.config import Settings
from autark.store.preferences import learn, votes_from_ratings
from autark.store.userdir import UserFolder

WEB = Path(__file__).resolve().parents[2] / "src" / "autark" / "server" / "web"


def test_a_finished_render_is_rated_into_the_user_folder(studio: RunningStudio, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(studio.hub, "settings", Settings(config_dir=tmp_path / "user"))
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        assert http.post("/api/command", json={"text": "add a red cube"}).status_code == 200
        assert http.post("/api/command", json={"text": "sunset lighting"}).status_code == 200
        job = http.post("/api/render", json={"end": 0.5, "fps": 4, "width": 64, "height": 36}).json()["job"]
        deadline = time.monotonic() + 60
        while http.get(f"/api/render/{job}").json()["state"] not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.05)
        for score in (5, 4):
            r = http.post(f"/api/render/{job}/rating", json={"score": score, "aspect": "fidelity"})
            assert r.status_code == 200, r.text
            assert r.json()["made_with"]["lighting"] == "sunset"
        assert http.post(f"/api/render/{job}/rating", json={"score": 9}).status_code in (400, 422)
        assert http.post(f"/api/render/{job}/rating", json={"score": 3, "aspect": "smell"}).status_code in (400, 422)
        assert http.post("/api/render/nojob/rating", json={"score": 3}).status_code == 404
    ratings = UserFolder(tmp_path / "user").ratings()
    assert [(r["score"], r["aspect"], r["film"]) for r in ratings] == [(5, "fidelity", f"{job}.mp4"),
                                                                       (4, "fidelity", f"{job}.mp4")]
    assert learn(votes_from_ratings(ratings))[0].lighting == "sunset"


def test_the_page_has_a_rating_control_on_the_player() -> None:
    page, script = (WEB / "index.html").read_text("utf-8"), (WEB / "app.js").read_text("utf-8")
    assert 'id="player-rate"' in page and page.count("data-score=") == 5 and 'id="rate-aspect"' in page
    assert "/rating`, { method: \"POST\", body: { score, aspect } }" in script


def test_the_web_studio_understands_the_users_phrases_and_templates(tmp_path: Path) -> None:
    from autark.language.phrases import user_command
    from autark.scene.model import Scene

    folder = UserFolder(tmp_path / "user")
    user_command("from now on, cozy means candlelight and a lamp on the table", Scene(), folder)
    user_command("save this lighting as my dusk", scene_with("sunset lighting"), folder)
    running = start_studio(new_project(tmp_path, ["add a table"]), settings=Settings(config_dir=folder.root))
    try:
        with httpx.Client(base_url=running.http, timeout=60) as http:
            taught = http.post("/api/command", json={"text": "from now on, snug means a chair"})
            assert taught.status_code == 200 and "learned: 'snug' means a chair" in taught.text, taught.text
            assert folder.phrases()["snug"] == ("a chair",)
            for sentence in ("make it cozy", "use my dusk"):
                r = http.post("/api/command", json={"text": sentence})
                assert r.status_code == 200, r.text
            scene = http.get("/api/scene").json()["scene"]
        assert sorted(o["type"] for o in scene["objects"]) == ["table", "table_lamp"]
        assert [lt["name"] for lt in scene["lights"]] == [lt.name for lt in scene_with("sunset lighting").lights]
    finally:
        running.stop()


def scene_with(*sentences: str) -> Any:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene.model import Scene

    scene = Scene()
    for s in sentences:
        scene = apply_ops(scene, interpret(s, scene))
    return scene
