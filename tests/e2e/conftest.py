"""Fixtures for the browser tests: the real studio app on uvicorn in a thread, and Debian's Chromium driven by
Playwright. Both are skipped with a reason when the browser or the Playwright package is missing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
TOKEN = "e2e-secret"  # the page must forward it on every request and the WebSocket, or nothing loads


@dataclass(frozen=True)
class LiveStudio:
    """A running studio: its base URL, project folder and token."""

    url: str
    project: Path
    token: str

    @property
    def page_url(self) -> str:
        return f"{self.url}/?token={self.token}"

    def api(self, method: str, path: str, json: Any = None) -> Any:
        """Call the studio's REST API (with the token) and return the decoded JSON body."""
        import httpx

        res = httpx.request(method, self.url + path, json=json, timeout=60.0,
                            headers={"Authorization": f"Bearer {self.token}"})
        res.raise_for_status()
        return res.json()

    def command(self, text: str) -> dict[str, Any]:
        return self.api("POST", "/api/command", {"text": text})

    def scene(self) -> dict[str, Any]:
        return self.api("GET", "/api/scene")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package: make system)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        # swiftshader gives the page a software WebGL/compositor in a container without a GPU; the autoplay
        # switch lets the test start the rendered video without a user gesture
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--use-gl=swiftshader", "--autoplay-policy=no-user-gesture-required"])
        yield b
        b.close()


class _Server:
    """``create_app`` for ``project`` on uvicorn in a thread, on ``port`` (0: a free one)."""

    def __init__(self, project: Path, port: int = 0) -> None:
        import uvicorn

        from autark.server.app import create_app
        from autark.server.serve import bind

        # the studio's own listening socket (Nagle off, port reused at once on a restart); uvicorn serves on
        # this very socket, so there is no race for the port
        self.sock = bind("127.0.0.1", port)
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(create_app(project, token=TOKEN), log_level="warning", ws="websockets-sansio",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the studio app did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()


@dataclass
class StudioProcess:
    """Stops and restarts the live studio (same project, same port), for reconnection tests."""

    project: Path
    server: _Server

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server = _Server(self.project, self.server.port)


@pytest.fixture
def studio_process(tmp_path: Path) -> Iterator[StudioProcess]:
    from autark.studio import Studio

    project = tmp_path / "film"
    Studio.create(project, name="e2e").close()
    proc = StudioProcess(project, _Server(project))
    try:
        yield proc
    finally:
        if proc.server.thread.is_alive():
            proc.stop()


@pytest.fixture
def studio(studio_process: StudioProcess) -> LiveStudio:
    """A fresh project served by ``create_app`` (with a token) on a free port; stopped after the test."""
    return LiveStudio(f"http://127.0.0.1:{studio_process.server.port}", studio_process.project, TOKEN)


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A 1280x800 page; console errors and uncaught exceptions in it fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"uncaught: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
          if msg.type == "error" else None)
    pg.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))  # the UI shows errors inline, never alert()
    pg.set_default_timeout(30_000)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}-final.png"))
    context.close()
    allowed = getattr(request.node, "allowed_console", ())
    unexpected = [p for p in problems if not any(a in p for a in allowed)]
    assert not unexpected, unexpected
