"""What a web page on another site can reach on loopback, through the person's browser: nothing that changes
the studio. The plain-TCP port takes only the protocol (an HTTP request is closed before anything in it is
carried out), REST takes JSON bodies only from the studio's own page, the WebSocket only from its own page,
no CORS header ever lets another site read an answer, and a foreign Host (DNS rebinding) is refused."""

from __future__ import annotations

import asyncio
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from studio_client import RunningStudio, TcpClient, recv_json
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

CHROMIUM = Path("/usr/bin/chromium")
PWNED = '{"type":"command","id":"x","data":{"text":"add a lamp named pwned"}}'


def _seq(studio: RunningStudio) -> int:
    return int(httpx.get(f"{studio.http}/api/scene", timeout=30).json()["seq"])


def _names(studio: RunningStudio) -> list[str]:
    return [o["name"] for o in httpx.get(f"{studio.http}/api/scene", timeout=30).json()["scene"]["objects"]]


def _raw_tcp(port: int, data: bytes) -> bytes:
    """Send ``data`` and read until the studio closes the connection (a timeout fails the test)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        got = b""
        while chunk := s.recv(65536):
            got += chunk
    return got


def test_an_http_request_to_the_tcp_port_is_closed_unread(studio: RunningStudio) -> None:
    """The report's request: protocol lines in the body of a POST that any page can send (text/plain)."""
    before = _seq(studio)
    body = f"\n{PWNED}\n{PWNED}\n".encode()
    request = (b"POST / HTTP/1.1\r\nHost: 127.0.0.1:8081\r\nOrigin: http://evil.example\r\n"
               b"Content-Type: text/plain\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    got = _raw_tcp(studio.address.tcp_port or 0, request)
    replies = [json.loads(line) for line in got.splitlines()]
    assert [r["data"]["code"] for r in replies] == ["hello_required"], "one error, then closed"
    # the same lines after a first line that is not a hello; a first line too long to be one
    for first in [PWNED.encode(), b"GET / HTTP/1.1", b"{}", b"x" * 70_000, b'{"type":"hello","data":{"x":1}}']:
        got = _raw_tcp(studio.address.tcp_port or 0, first + b"\n" + PWNED.encode() + b"\n")
        codes = [json.loads(line)["data"]["code"] for line in got.splitlines()]
        assert codes[-1] in ("hello_required", "too_large") and "unauthorized" not in codes, (first[:20], codes)
    assert _seq(studio) == before and "pwned" not in _names(studio)
    # a program that says hello first is served as before
    tcp = TcpClient(studio.address.tcp_port or 0)
    try:
        assert tcp.hello()["data"] == {"ok": True, "hello": "autark"}
        assert tcp.recv()["type"] == "status"
        tcp.send({"type": "scene_state", "id": "s", "data": {}})
        assert tcp.recv_until("response", "s")["data"]["seq"] == before
    finally:
        tcp.close()


def test_rest_takes_json_bodies_only_from_programs_and_its_own_page(studio: RunningStudio) -> None:
    before = _seq(studio)
    own = f"http://127.0.0.1:{studio.address.port}"
    cmd = json.dumps({"text": "add a lamp named pwned"})
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        # the bodies a page elsewhere can send without a preflight: text/plain, forms, an untyped blob
        for ctype in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None]:
            headers = {"Content-Type": ctype} if ctype else {}
            r = http.post("/api/command", content=cmd, headers=headers)
            assert r.status_code == 415 and r.json()["error"]["code"] == "bad_message", (ctype, r.text)
            r = http.post("/api/command", content=cmd, headers={**headers, "Origin": "http://evil.example"})
            assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden_origin"
        for path in ["/api/undo", "/api/redo", "/api/render"]:
            for origin in ["http://evil.example", "null", f"http://127.0.0.1:{studio.address.port + 1}"]:
                r = http.post(path, headers={"Origin": origin})
                assert r.status_code == 403, (path, origin)
        r = http.delete("/api/render/x", headers={"Origin": "http://evil.example"})
        assert r.status_code == 403
        # strict JSON, as on the WebSocket
        for raw, code in [('{"text": NaN}', "bad_json"), ('{"text": "\\ud800"}', "bad_json"),
                          ('{"parameters": ' + "[" * 100 + "]" * 100 + "}", "bad_json"),
                          ('{"ops": [{"op": "set_transform", "id": "obj1", "position": [1e999, 0, 0]}]}',
                           "bad_json")]:
            r = http.post("/api/command", content=raw, headers={"Content-Type": "application/json"})
            assert r.status_code == 400 and r.json()["error"]["code"] == code, (raw[:40], r.text)
        r = http.post("/api/render", json={"start": 1e300})
        assert r.status_code == 400
        # the studio's own page, and programs (no Origin), are served
        r = http.post("/api/command", json={"text": "add a small cube"}, headers={"Origin": own})
        assert r.status_code == 200, r.text
        r = http.post("/api/command", content=cmd.replace("pwned", "mine"),
                      headers={"Content-Type": "application/json; charset=utf-8"})
        assert r.status_code == 200, r.text
    assert _seq(studio) == before + 2 and "pwned" not in _names(studio)


def test_no_cors_header_lets_another_site_read_an_answer(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        evil = {"Origin": "http://evil.example"}
        answers = [http.get("/api/scene", headers=evil), http.get("/api/project", headers=evil),
                   http.options("/api/command", headers={**evil, "Access-Control-Request-Method": "POST",
                                                         "Access-Control-Request-Headers": "content-type"})]
        for r in answers:
            assert not any(h.startswith("access-control-") for h in r.headers), (r.request.url, r.headers)
        assert answers[2].status_code >= 400  # no preflight is ever granted


def test_no_other_site_may_frame_the_page_or_embed_its_images(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        answers = [http.get("/"), http.get("/api/scene"), http.get("/api/nothing"),
                   http.post("/api/undo", headers={"Origin": "http://evil.example"})]
        for r in answers:
            assert r.headers["x-frame-options"] == "DENY", r.request.url
            assert r.headers["content-security-policy"] == "frame-ancestors 'none'"
            assert r.headers["cross-origin-resource-policy"] == "same-origin"
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["referrer-policy"] == "no-referrer"


def test_only_loopback_host_names_are_served_without_a_token(studio: RunningStudio) -> None:
    """DNS rebinding: evil.example made to resolve to 127.0.0.1 sends its own name as Host."""
    port = studio.address.port
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        for host in [f"127.0.0.1:{port}", f"localhost:{port}", f"127.0.0.2:{port}", f"127.1.2.3:{port}",
                     f"[::1]:{port}", "localhost"]:
            assert http.get("/api/project", headers={"Host": host}).status_code == 200, host
        for host in ["evil.example", f"evil.example:{port}", f"127.0.0.1.evil.example:{port}",
                     f"localhost.evil.example:{port}", f"0.0.0.0:{port}", f"10.0.0.1:{port}", ""]:
            r = http.get("/api/project", headers={"Host": host})
            assert r.status_code == 403 and r.json()["error"]["code"] == "bad_host", host


def test_the_websocket_is_only_for_the_studios_own_page(studio: RunningStudio) -> None:
    port = studio.address.port

    def named(host: str) -> tuple[str, dict[str, Any]]:
        """A URL with ``host`` in it (and so in the Host header), connected to the studio on 127.0.0.1."""
        return f"ws://{host}:{port}/ws", {"host": "127.0.0.1", "port": port}

    async def refused(origin: str | None, host: str = "127.0.0.1") -> int:
        url, where = named(host)
        async with connect(url, origin=origin, **where) as ws:  # type: ignore[arg-type]
            err = await recv_json(ws)
            assert err["type"] == "error" and err["data"]["code"] in ("forbidden_origin", "bad_host")
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd is not None
            return closed.value.rcvd.code

    async def run() -> None:
        assert await refused("http://evil.example") == 4403
        assert await refused("null") == 4403
        assert await refused(f"http://127.0.0.1:{port + 1}") == 4403
        assert await refused(None, "evil.example") == 4403
        assert await refused(f"http://evil.example:{port}", "evil.example") == 4403
        for host in ["localhost", "127.0.0.2"]:
            url, where = named(host)
            async with connect(url, origin=f"http://{host}:{port}", **where) as ws:  # type: ignore[arg-type]
                assert (await recv_json(ws))["type"] == "status"

    asyncio.run(run())


# -- a real browser --------------------------------------------------------------------------------------------
_ATTACK = """<!doctype html><script>
window.results = (async () => {
  const lines = "\\n" + %(pwned)s + "\\n";
  const out = {};
  const tryit = async (name, f) => { try { await f(); out[name] = "sent"; } catch (e) { out[name] = "failed"; } };
  await tryit("tcp", () => fetch("http://127.0.0.1:%(tcp)d/", {method: "POST", mode: "no-cors", body: lines}));
  await tryit("rest", () => fetch("http://127.0.0.1:%(http)d/api/command",
                                  {method: "POST", mode: "no-cors", body: JSON.stringify({text: "add a lamp named pwned"})}));
  await tryit("blob", () => fetch("http://127.0.0.1:%(http)d/api/command",
                                  {method: "POST", mode: "no-cors", body: new Blob([JSON.stringify({text: "add a lamp named pwned"})])}));
  await tryit("undo", () => fetch("http://127.0.0.1:%(http)d/api/undo", {method: "POST", mode: "no-cors"}));
  out.ws = await new Promise((resolve) => {
    const ws = new WebSocket("ws://127.0.0.1:%(http)d/ws");
    ws.onopen = () => ws.send(%(pwned)s);
    ws.onclose = (e) => resolve("closed " + e.code);
    setTimeout(() => resolve("timeout"), 5000);
  });
  return out;
})();
</script>"""


@pytest.fixture
def foreign_site() -> Iterator[tuple[str, dict[str, str]]]:
    """A web site of its own (another origin: another port) serving the page it is given."""
    pages: dict[str, str] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            body = pages.get("/", "").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/", pages
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_on_another_origin_in_chromium_changes_nothing(studio: RunningStudio,
                                                              foreign_site: tuple[str, dict[str, str]]) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package: make system)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    url, pages = foreign_site
    pages["/"] = _ATTACK % {"pwned": json.dumps(PWNED), "tcp": studio.address.tcp_port, "http": studio.address.port}
    before = _seq(studio)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(url)
            results = page.evaluate("window.results")
        finally:
            browser.close()
    # the page did reach the studio (its WebSocket was refused by the studio itself, not by the browser); the
    # fetches were sent too, and their answers withheld from the page (Cross-Origin-Resource-Policy)
    assert results["ws"] == "closed 4403", results
    assert _seq(studio) == before and "pwned" not in _names(studio)



def test_no_page_loads_script_from_elsewhere(studio: RunningStudio) -> None:
    """Nothing may download at run time: FastAPI's /docs and /redoc would load Swagger UI from a CDN."""
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        assert http.get("/docs").status_code == 404
        assert http.get("/redoc").status_code == 404
        assert http.get("/openapi.json").status_code == 200
        page = http.get("/").text
        assert "cdn" not in page.lower() and "https://" not in page
