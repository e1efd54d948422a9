"""The viewport JPEG (the real renderer from an orbit camera) and render jobs (the film pipeline), over HTTP."""

from __future__ import annotations

import asyncio
import io
import time
from concurrent.futures import ThreadPoolExecutor

import av
import httpx
import numpy as np
import pytest
from PIL import Image
from studio_client import RunningStudio, recv_json, recv_until
from websockets.asyncio.client import connect

from autark.render import camera_matrices, project_points
from autark.scene.model import Scene
from autark.server.viewport import OrbitView, default_view, orbit_camera


def _jpeg(r: httpx.Response) -> np.ndarray:
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "image/jpeg"
    return np.asarray(Image.open(io.BytesIO(r.content)).convert("RGB")).astype(int)


def _red(img: np.ndarray) -> np.ndarray:
    return (img[..., 0] > 140) & (img[..., 1] < 80) & (img[..., 2] < 80)


def test_orbit_camera_follows_the_contract() -> None:
    cam = orbit_camera(OrbitView((1.0, 0.5, -2.0), 0.0, 0.0, 4.0))
    assert cam.position == pytest.approx((1.0, 0.5, 2.0))  # azimuth 0: on +Z, looking toward -Z
    cam = orbit_camera(OrbitView((0.0, 0.0, 0.0), 90.0, 0.0, 3.0))
    assert cam.position == pytest.approx((3.0, 0.0, 0.0), abs=1e-9)  # positive azimuth: toward +X
    cam = orbit_camera(OrbitView((0.0, 0.0, 0.0), 0.0, 30.0, 2.0))
    assert cam.position[1] == pytest.approx(1.0)  # elevation above
    scene = Scene()
    view = default_view(scene)
    assert orbit_camera(view).position == pytest.approx(scene.camera().position, abs=1e-3)


def test_viewport_draws_a_new_red_cube_where_it_projects(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        view = {"azimuth": 35.0, "elevation": 20.0, "distance": 7.0, "tx": 0.0, "ty": 0.5, "tz": 0.0}
        size = {"width": 320, "height": 200}
        before = http.get("/api/viewport.jpg", params={**view, **size})
        img0 = _jpeg(before)
        assert img0.shape == (200, 320, 3)
        r = http.post("/api/command", json={"ops": [{"op": "add_object", "object": {
            "type": "cube", "transform": {"position": [2.5, 0, -1.5]}, "material": {"color": [1, 0, 0]}}}]})
        assert r.status_code == 200, r.text
        after = http.get("/api/viewport.jpg", params={**view, **size})
        assert int(after.headers["x-autark-seq"]) == r.json()["seq"] > int(before.headers["x-autark-seq"])
        img1 = _jpeg(after)
        scene_json = http.get("/api/scene").json()["scene"]
    cube = next(o for o in scene_json["objects"] if o["id"] == r.json()["added"][0])
    centre = (np.array(cube["bbox"]["min"]) + np.array(cube["bbox"]["max"])) / 2
    cam = orbit_camera(OrbitView((0.0, 0.5, 0.0), 35.0, 20.0, 7.0))
    px = project_points(camera_matrices(Scene(), cam, 320 / 200), centre[None, :], 320, 200)[0]
    x, y = int(px[0]), int(px[1])
    assert 10 < x < 310 and 10 < y < 190, "the cube's centre is in the picture"
    new_red = _red(img1) & ~_red(img0)
    assert new_red.sum() > 50, "the cube appears"
    ys, xs = np.nonzero(new_red)
    # the red pixels sit around the projected centre of the cube
    assert abs(xs.mean() - x) < 12 and abs(ys.mean() - y) < 12, ((xs.mean(), ys.mean()), (x, y))
    assert new_red[y - 2:y + 3, x - 2:x + 3].all()


def test_viewport_uses_the_scene_camera_and_refuses_bad_sizes(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        img = _jpeg(http.get("/api/viewport.jpg", params={"width": 200, "height": 120, "t": 0.5}))
        assert img.shape == (120, 200, 3)
        assert http.get("/api/viewport.jpg", params={"width": 4000, "height": 100}).status_code == 400
        assert http.get("/api/viewport.jpg", params={"width": "wide"}).status_code == 400
        r = http.get("/api/viewport.jpg", params={"camera": "nope", "width": 64, "height": 64})
        assert r.status_code == 404 and "main" in r.json()["error"]["hint"]


def test_stale_viewport_requests_are_dropped(studio: RunningStudio) -> None:
    vp = studio.hub.viewport_renderer
    assert vp is not None
    drawn, superseded = vp.rendered, vp.superseded
    n = 12

    # frames large enough that the requests queue behind the one being drawn: at 480x270, with the meshes kept
    # on disk (render.mesh_store), a quiet machine drew each before the next arrived and none was stale
    def get(k: int) -> np.ndarray:
        return _jpeg(httpx.get(f"{studio.http}/api/viewport.jpg", timeout=60,
                               params={"azimuth": 10.0 * k, "width": 1280, "height": 720}))

    with ThreadPoolExecutor(n) as pool:
        images = list(pool.map(get, range(n)))
    assert all(im.shape == (720, 1280, 3) for im in images)
    assert vp.rendered - drawn < n and vp.superseded - superseded > 0, "queued requests were merged"


def _wait(http: httpx.Client, job: str, states: set[str], timeout_s: float = 60) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = http.get(f"/api/render/{job}").json()
        if state["state"] in states:
            return state
        time.sleep(0.05)
    raise AssertionError(f"job {job} still {state}")


def test_render_job_runs_the_film_pipeline_and_the_video_streams(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        r = http.post("/api/render", json={"end": 1.0, "fps": 12, "width": 192, "height": 108,
                                           "quality": "final"})
        assert r.status_code == 202, r.text
        job = r.json()["job"]
        done = _wait(http, job, {"done", "failed", "cancelled"})
        assert done["state"] == "done", done.get("error")
        assert done["frames_done"] == done["frames_total"] == 12 and done["progress"] == 1.0
        video = http.get(done["video"])
        assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
        part = http.get(done["video"], headers={"Range": "bytes=0-99"})
        assert part.status_code == 206 and len(part.content) == 100 and part.content == video.content[:100]
    with av.open(io.BytesIO(video.content)) as container:
        stream = container.streams.video[0]
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
    assert len(frames) == 12 and frames[0].shape == (108, 192, 3)
    assert frames[0].std() > 5, "a picture, not a flat frame"
    assert (studio.project / "renders" / f"{job}.mp4").is_file()


def test_a_preview_render_keeps_the_size_asked_for(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        r = http.post("/api/render", json={"end": 0.5, "fps": 10, "width": 160, "height": 96, "quality": "preview"})
        assert r.status_code == 202, r.text
        done = _wait(http, r.json()["job"], {"done", "failed", "cancelled"})
        assert done["state"] == "done", done.get("error")
        video = http.get(done["video"]).content
    with av.open(io.BytesIO(video)) as container:
        stream = container.streams.video[0]
        assert (stream.width, stream.height) == (160, 96)  # not halved for a preview


def test_a_finished_render_has_its_report(studio: RunningStudio) -> None:
    """Issue 16: the film report of a studio render, linked from the job and served as HTML or JSON."""
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        job = http.post("/api/render", json={"end": 0.5, "fps": 10, "width": 128, "height": 72}).json()["job"]
        done = _wait(http, job, {"done", "failed", "cancelled"})
        assert done["state"] == "done", done.get("error")
        assert done["report"] == f"/api/render/{job}/report" and done["check"] in ("pass", "warn", "fail")
        page = http.get(done["report"])
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "data:image/jpeg;base64," in page.text and "https:" not in page.text
        data = http.get(done["report"], params={"format": "json"}).json()
        assert data["film"] == f"{job}.mp4" and data["status"] == done["check"]
        assert data["shots_from"] == "shot list" and data["video"]["frames"] == 5
        assert http.get(done["report"], params={"format": "pdf"}).status_code == 400
        assert http.get("/api/render/nojob/report").status_code == 404


def test_render_progress_reaches_websocket_clients(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            status = await recv_json(ws)
            assert status["type"] == "status" and status["data"]["busy"] is False
            async with httpx.AsyncClient(base_url=studio.http, timeout=60) as http:
                r = await http.post("/api/render", json={"end": 0.5, "fps": 10, "width": 128, "height": 72})
                job = r.json()["job"]
            updates = []
            busy_seen = []
            while not updates or updates[-1]["state"] not in ("done", "failed", "cancelled"):
                msg = await recv_json(ws, timeout=60)
                if msg["type"] == "render_update" and msg["data"]["job"] == job:
                    updates.append(msg["data"])
                elif msg["type"] == "status":
                    busy_seen.append(msg["data"]["busy"])
            states = [u["state"] for u in updates]
            assert states[0] == "queued" and "running" in states and states[-1] == "done", states
            progress = [u["progress"] for u in updates]
            assert progress == sorted(progress) and progress[-1] == 1.0
            assert updates[-1]["video"] == f"/api/render/{job}/video"
            # busy while the job ran, and not busy once it is done
            assert True in busy_seen
            final_status, _ = await recv_until(ws, "status")
            assert final_status["data"]["busy"] is False

    asyncio.run(run())


def test_cancel_stops_the_job_and_leaves_no_file(studio: RunningStudio) -> None:
    renders = studio.project / "renders"
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        job = http.post("/api/render", json={"end": 20.0, "fps": 30, "width": 320, "height": 180,
                                             "quality": "final"}).json()["job"]
        _wait(http, job, {"running"})
        deadline = time.monotonic() + 30
        while http.get(f"/api/render/{job}").json()["frames_done"] < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert http.delete(f"/api/render/{job}").status_code == 200
        final = _wait(http, job, {"done", "failed", "cancelled"}, 30)
        assert final["state"] == "cancelled" and final["frames_done"] < final["frames_total"]
        assert http.get(f"/api/render/{job}/video").status_code == 404
    leftovers = [p.name for p in renders.iterdir() if job in p.name]
    assert leftovers == [], leftovers


def test_render_job_of_a_range_and_an_empty_range(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=60) as http:
        r = http.post("/api/render", json={"start": 0.5, "end": 1.0, "fps": 10, "width": 128, "height": 72})
        assert r.status_code == 202, r.text
        done = _wait(http, r.json()["job"], {"done", "failed", "cancelled"})
        assert done["state"] == "done", done.get("error")
        assert done["frames_total"] == 5
        with av.open(io.BytesIO(http.get(done["video"]).content)) as container:
            assert sum(1 for _ in container.decode(container.streams.video[0])) == 5
        empty = http.post("/api/render", json={"start": 2.0, "end": 1.0})
        assert empty.status_code == 400
        error = empty.json()["error"]
        assert error["code"] == "user_input" and "2 s to 1 s is empty" in error["message"]
        assert "before the end" in error["hint"]
