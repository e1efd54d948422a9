"""``autark serve``: clear errors for a bad project or port, the URL printed, a clean stop on Ctrl-C."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from studio_client import new_project


def _serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "autark.cli.main", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def test_missing_project_is_a_clear_error(tmp_path: Path) -> None:
    proc = _serve(str(tmp_path / "nowhere"), "--port", "0", "--tcp-port", "0")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "not an autark project" in out and "autark new" in out
    assert "Traceback" not in out


def test_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = _serve(str(project), "--port", str(port), "--tcp-port", "0")
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in out and "Traceback" not in out


def test_serve_prints_its_url_and_token_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    project = new_project(tmp_path, ["add a red chair"])
    proc = _serve(str(project), "--host", "0.0.0.0", "--port", "0", "--tcp-port", "0")
    try:
        assert proc.stdout is not None
        lines = []
        while not any("press Ctrl-C" in ln for ln in lines):
            line = proc.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        text = "".join(lines)
        url = re.search(r"open\s+(http://127\.0\.0\.1:\S+)", text)  # the wildcard is opened through loopback
        assert url is not None, text
        port, token = re.search(r":(\d+)/\?token=(\S+)", url.group(1)).groups()  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        # any address but loopback: the token was generated, and nothing answers without it
        assert httpx.get(f"{base}/api/scene", timeout=30).status_code == 401
        scene = httpx.get(f"{base}/api/scene", params={"token": token}, timeout=30).json()["scene"]
        assert [o["name"] for o in scene["objects"]] == ["red chair"]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


def _printed(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    lines: list[str] = []
    while not any("press Ctrl-C" in ln for ln in lines):
        line = proc.stdout.readline()
        assert line, "".join(lines)
        lines.append(line)
    return "".join(lines)


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
    if proc.stdout is not None:
        proc.stdout.close()


def test_every_loopback_address_serves_the_url_it_prints(tmp_path: Path) -> None:
    """127.0.0.2 is loopback: no token, and the page, the API and the WebSocket answer at the printed URL."""
    proc = _serve(str(new_project(tmp_path)), "--host", "127.0.0.2", "--port", "0", "--tcp-port", "0")
    try:
        text = _printed(proc)
        url = re.search(r"open\s+(http://\S+)", text)
        assert url is not None and url.group(1).startswith("http://127.0.0.2:") and "token" not in text, text
        assert httpx.get(url.group(1) + "api/project", timeout=30).status_code == 200
        assert httpx.get(url.group(1), timeout=30).status_code == 200
        tcp = re.search(r"tcp\s+127\.0\.0\.2:(\d+) .*\{\"type\": \"hello\"\}", text)
        assert tcp is not None, text
        with socket.create_connection(("127.0.0.2", int(tcp.group(1))), timeout=10) as s:
            s.sendall(b'{"type": "hello", "id": 1}\n')
            assert b'"hello":"autark"' in s.makefile("rb").readline()
    finally:
        _stop(proc)


def test_listening_sockets_turn_nagle_off() -> None:
    # asyncio sets TCP_NODELAY only on sockets whose proto is TCP; without it every response that follows a
    # large scene_update waited for the client's delayed ACK (40 ms)
    from autark.server.serve import bind

    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        sock.close()
