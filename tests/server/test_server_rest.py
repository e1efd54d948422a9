"""REST, static files, security (token, path traversal, body limits) and the plain-TCP transport."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import httpx
import pytest
from studio_client import RunningStudio, TcpClient, new_project, recv_json, recv_until, start_studio
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from autark.scene.export import scene_to_json
from autark.server.app import WEB_DIR
from autark.server.serve import needs_token, resolve_token
from autark.studio import Studio


def test_scene_command_undo_redo_and_history(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        before = http.get("/api/scene").json()
        r = http.post("/api/command", json={"text": "add a table"})
        assert r.status_code == 200, r.text
        added = r.json()["added"][0]
        after = http.get("/api/scene").json()
        assert after["seq"] == r.json()["seq"] == before["seq"] + 1
        assert added in {o["id"] for o in after["scene"]["objects"]}
        tl = after["scene"]["timeline"]
        assert tl["duration"] > 0 and tl["shots"] == [] and tl["keys"] == [] and tl["lines"] == []
        info = http.get("/api/project").json()
        assert info["name"] == "film" and info["seq"] == after["seq"] and info["can_undo"] and not info["can_redo"]
        undo = http.post("/api/undo").json()
        assert undo["seq"] == after["seq"] + 1 and "table" in undo["summary"]
        assert added not in {o["id"] for o in http.get("/api/scene").json()["scene"]["objects"]}
        assert http.post("/api/redo").json()["seq"] == after["seq"] + 2
        assert http.post("/api/redo").status_code == 409
        hist = http.get("/api/history").json()
        assert [h["kind"] for h in hist[-3:]] == ["do", "undo", "redo"] and hist[-1]["text"] == "add a table"
        # timed sentences show on the timeline
        http.post("/api/command", json={"text": "add a robot named Robo"})
        http.post("/api/command", json={"text": "the camera orbits the robot for 4 seconds"})
        tl = http.get("/api/scene").json()["scene"]["timeline"]
        assert tl["shots"][0]["camera"] == "main" and tl["shots"][0]["end"] == pytest.approx(4.0)
        assert {k["target"] for k in tl["keys"]} == {"camera:main"} and max(tl["keys"][0]["times"]) == 4.0
        served = http.get("/api/scene").json()["scene"]
    # the served scene (built from per-object caches) is exactly scene_to_json of the project on disk
    with Studio.open(studio.project) as on_disk:
        assert served == scene_to_json(on_disk.scene)


def test_rest_errors_are_json_with_code_and_hint(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        r = http.post("/api/command", json={"text": "flurbify the moon"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "not_understood"
        r = http.post("/api/command", json={"ops": [{"op": "set_name", "id": "obj404", "name": "x"}]})
        assert r.status_code == 404 and r.json()["error"]["hint"].startswith("objects:")
        r = http.post("/api/command", content=b"{oops", headers={"content-type": "application/json"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_json"
        r = http.post("/api/command", json={"text": "add a cube " + "x" * 70_000})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
        assert http.get("/api/render/nope").status_code == 404
        assert http.get("/api/nothing").json()["error"]["code"] == "not_found"


def test_suggestions_are_sentences_the_engine_understands(studio: RunningStudio) -> None:
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        http.post("/api/command", json={"text": "add a desk"})  # the only desk: "the desk" names it
        got = http.get("/api/suggestions").json()["suggestions"]
        assert 0 < len(got) <= 8 and got[0] == "make the desk red"  # the newest thing first
        done = http.post("/api/command", json={"text": got[0]})
        assert done.status_code == 200, (got[0], done.text)
        pre = http.get("/api/suggestions", params={"prefix": "add a ro"}).json()["suggestions"]
        assert pre and all(s.startswith("add a ro") for s in pre) and "add a robot" in pre


def test_static_files_only_from_the_web_folder(studio: RunningStudio) -> None:
    def raw_get(path: str) -> int:
        # a raw request line: HTTP clients would normalise the dots away before sending
        with socket.create_connection(("127.0.0.1", studio.address.port), timeout=10) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        return int(data.split(b" ", 2)[1])

    for path in ["/web/../app.py", "/web/..%2fapp.py", "/web/%2e%2e/%2e%2e/server/app.py", "/web//etc/passwd",
                 "/web/%2Fetc%2Fpasswd", "/web/../../../../etc/passwd", "/web/..%5capp.py", "/web/%00"]:
        assert raw_get(path) == 404, path
    assert (WEB_DIR / "index.html").is_file() == (raw_get("/") == 200)
    inside = sorted(p for p in WEB_DIR.glob("*") if p.is_file()) if WEB_DIR.is_dir() else []
    if inside:
        r = httpx.get(f"{studio.http}/web/{inside[0].name}")
        assert r.status_code == 200 and r.content == inside[0].read_bytes()


def test_token_required_off_loopback(tmp_path: Path) -> None:
    assert not needs_token("127.0.0.1") and not needs_token("::1") and not needs_token("localhost")
    assert needs_token("0.0.0.0") and needs_token("192.168.1.20") and needs_token("myhost.lan")
    token = resolve_token("0.0.0.0", None)
    assert token is not None and len(token) >= 24 and resolve_token("127.0.0.1", None) is None
    running = start_studio(new_project(tmp_path), token=token)
    try:
        with httpx.Client(base_url=running.http, timeout=30) as http:
            assert http.get("/api/scene").status_code == 401
            assert http.get("/api/scene", params={"token": "wrong-token"}).status_code == 401
            assert http.get("/api/scene", params={"token": token}).status_code == 200
            assert http.get("/api/scene", headers={"Authorization": f"Bearer {token}"}).status_code == 200
            assert http.post("/api/command", json={"text": "add a cube"}).status_code == 401

        async def ws_checks() -> None:
            async with connect(running.ws) as ws:
                err = await recv_json(ws)
                assert err["type"] == "error" and err["data"]["code"] == "unauthorized"
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.recv()
                assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
            async with connect(f"{running.ws}?token={token}") as ws:
                assert (await recv_json(ws))["type"] == "status"

        asyncio.run(ws_checks())
        tcp = TcpClient(running.address.tcp_port or 0)
        try:  # anything before the hello closes the connection
            tcp.send({"type": "command", "id": 1, "data": {"text": "add a cube"}})
            assert [m["data"]["code"] for m in tcp.until_closed()] == ["hello_required"]
        finally:
            tcp.close()
        tcp = TcpClient(running.address.tcp_port or 0)
        try:
            assert tcp.hello()["data"]["code"] == "unauthorized"  # no token
            tcp.send({"type": "hello", "id": "h", "data": {"token": "nope-nope"}})
            assert tcp.recv()["data"]["code"] == "unauthorized"
            tcp.send({"type": "hello", "id": "h2", "data": {"token": token}})
            assert tcp.recv_until("response", "h2")["data"]["hello"] == "autark"
            tcp.send({"type": "command", "id": 2, "data": {"text": "add a cube"}})
            assert tcp.recv_until("response", 2)["data"]["ok"]
        finally:
            tcp.close()
    finally:
        running.stop()


def test_tcp_speaks_the_same_protocol_and_shares_the_broadcast(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            await recv_json(ws)  # status
            tcp = TcpClient(studio.address.tcp_port or 0)
            try:
                assert tcp.hello()["data"] == {"ok": True, "hello": "autark"}
                assert tcp.recv()["type"] == "status"
                # oversized line: error, skipped to its newline; the next line is carried out
                tcp.send_raw(b'{"type": "command", "id": 1, "data": {"text": "' + b"a" * 100_000 + b'"}}\n')
                assert tcp.recv()["data"]["code"] == "too_large"
                tcp.send_raw(b"not json\n")
                assert tcp.recv()["data"]["code"] == "bad_json"
                # two messages in one packet, the second split across two
                first = json.dumps({"type": "scene_state", "id": "s", "data": {}}).encode()
                second = json.dumps({"type": "command", "id": "c", "data": {"text": "add a yellow ball"}}).encode()
                tcp.send_raw(first + b"\n" + second[:10])
                tcp.send_raw(second[10:] + b"\n")
                assert tcp.recv_until("response", "s")["data"]["seq"] >= 0
                upd = tcp.recv_until("scene_update")
                resp = tcp.recv_until("response", "c")
                assert resp["data"]["seq"] == upd["data"]["seq"]
                seen, _ = await recv_until(ws, "scene_update")
                assert seen["data"]["seq"] == upd["data"]["seq"] and seen["data"]["text"] == "add a yellow ball"
            finally:
                tcp.close()

    asyncio.run(run())


def test_other_web_sites_cannot_drive_the_studio(studio: RunningStudio) -> None:
    """Cross-site WebSocket hijacking and DNS rebinding: a page elsewhere may not use the local studio."""
    with httpx.Client(base_url=studio.http, timeout=30) as http:
        r = http.post("/api/command", json={"text": "add a cube"}, headers={"Origin": "http://evil.example"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden_origin"
        r = http.get("/api/scene", headers={"Host": "evil.example:8080"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "bad_host"
        same = f"http://127.0.0.1:{studio.address.port}"
        assert http.post("/api/command", json={"text": "add a cube"}, headers={"Origin": same}).status_code == 200

    async def ws_checks() -> None:
        async with connect(studio.ws, origin="http://evil.example") as ws:  # type: ignore[arg-type]
            err = await recv_json(ws)
            assert err["data"]["code"] == "forbidden_origin"
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
        async with connect(studio.ws, origin=f"http://127.0.0.1:{studio.address.port}") as ws:  # type: ignore[arg-type]
            assert (await recv_json(ws))["type"] == "status"

    asyncio.run(ws_checks())
