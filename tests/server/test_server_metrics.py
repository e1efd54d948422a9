"""``/metrics``: Prometheus text of the studio's renders (the production graph's metrics), behind the same
token and loopback rules as every other route; the render panel gets a job's metrics when it is done."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from studio_client import RunningStudio, new_project, start_studio


def _wait(http: httpx.Client, job: str) -> dict:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        state = http.get(f"/api/render/{job}").json()
        if state["state"] in ("done", "failed", "cancelled"):
            return state
        time.sleep(0.05)
    raise AssertionError(f"job {job} still {state}")


def test_metrics_after_renders_and_a_cached_second_render(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        body = {"end": 0.5, "fps": 8, "width": 96, "height": 54, "quality": "preview"}
        first = _wait(http, http.post("/api/render", json=body).json()["job"])
        assert first["state"] == "done", first.get("error")
        assert first["metrics"]["frames_rendered"] == 4 and "frames rendered" in first["metrics"]["summary"]
        second = _wait(http, http.post("/api/render", json=body).json()["job"])
        assert second["state"] == "done" and second["metrics"]["frames_rendered"] == 0  # from the cache
        assert second["metrics"]["cache_hits"] >= 1
        r = http.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    text = r.text
    assert "# TYPE autark_render_wall_seconds gauge" in text
    assert f'autark_render_frames_rendered{{film="{first["job"]}.mp4"}} 4' in text
    assert f'autark_render_frames_rendered{{film="{second["job"]}.mp4"}} 0' in text
    assert "autark_render_busy 0" in text
    assert (studio.project / "cache" / "metrics.json").is_file()


def test_metrics_need_the_token_and_a_loopback_host(tmp_path: Path) -> None:
    running = start_studio(new_project(tmp_path), token="a-long-enough-token-for-the-test-1234")
    try:
        with httpx.Client(base_url=running.http, timeout=30) as http:
            assert http.get("/metrics").status_code == 401
            assert http.get("/metrics", params={"token": "wrong"}).status_code == 401
            ok = http.get("/metrics", params={"token": "a-long-enough-token-for-the-test-1234"})
            assert ok.status_code == 200 and "autark_render_busy 0" in ok.text
    finally:
        running.stop()
    open_studio = start_studio(new_project(tmp_path / "b"))
    try:
        with httpx.Client(base_url=open_studio.http, timeout=30) as http:
            # a page on another name resolving here (DNS rebinding) is refused without a token
            assert http.get("/metrics", headers={"Host": "evil.example"}).status_code == 403
            assert http.get("/metrics").status_code == 200
    finally:
        open_studio.stop()
