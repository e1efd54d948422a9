"""Web studio throughput: WebSocket clients sending commands at once, and the interactive viewport.

A real studio (``autark serve`` in a subprocess) on a fresh project and a free port; the clients run in this
process's event loop (on the same machine: on 2 cores the load generator takes one).

Commands: every client sends N commands one after another (waiting for each response, as the UI does),
all at once: alternately "add a small red cube" (a sentence through the command engine) and a typed
``set_transform`` move of the client's last cube. Latency is send -> the client's own ``scene_update``
(which precedes its response); printed as p50/p99 over all commands, with commands per second overall.

Cases, each on a fresh project (furniture, a robot and a tree) in a fresh studio process: one client alone;
20 clients x 20 commands three times on the same project (each run adds 200 cubes, so a run slower than the
one before is a cost that grows with the scene); 20 clients with next-step suggestions on; 20 plain-TCP
clients (each says hello first); 100 clients.

Viewport: ``GET /api/viewport.jpg`` at 960x540 around a 36-step orbit of the scene the suggestions case built
(furniture + a robot + every client's cubes), one request at a time; median time and fps.

    .venv/bin/python benchmarks/bench_server.py                 # 20 clients x 20 commands, 100 clients
    .venv/bin/python benchmarks/bench_server.py --clients 5 --each 4 --many 0 --orbit 8   # quick
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect

from autark.studio import Studio

SETUP = ["add a table", "add a robot named Robo next to the table", "put a lamp on the table",
         "add two chairs next to the table", "add a sofa", "add a tree"]


def start(project: Path, port: int, tcp_port: int = 0) -> subprocess.Popen[bytes]:
    """``autark serve`` in its own process (the clients' JSON parsing must not share the studio's GIL)."""
    cmd = [sys.executable, "-m", "autark.cli.main", "serve", str(project), "--port", str(port), "--tcp-port",
           str(tcp_port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/project", timeout=1).status_code == 200:
                # warm up: the command engine's first sentence loads its tables (~0.3 s)
                httpx.post(f"http://127.0.0.1:{port}/api/command", json={"text": "add a small red cube"}, timeout=30)
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("the studio did not start: " + (proc.stdout.read().decode() if proc.stdout else ""))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Tcp:
    """The plain-TCP protocol with the WebSocket client's send/recv (one message per line; hello first)."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def __aenter__(self) -> _Tcp:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port, limit=1 << 24)
        await self.send(json.dumps({"type": "hello", "id": "hello", "data": {}}))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.writer.close()
        await self.writer.wait_closed()

    async def send(self, text: str) -> None:
        self.writer.write(text.encode() + b"\n")
        await self.writer.drain()

    async def recv(self, decode: bool = True) -> bytes:
        return (await self.reader.readline()).rstrip(b"\n")


def _connect(url: str) -> Any:
    if url.startswith("tcp:"):
        return _Tcp(int(url[4:]))
    # no receive queue limit: a client done with its commands stops reading while the others' updates still
    # arrive, and a full queue (16 by default) would keep it from reading the studio's close frame (10 s wait)
    return connect(url, max_size=None, max_queue=None)


async def client(url: str, k: int, each: int, go: asyncio.Event, suggestions: bool) -> list[float]:
    lat: list[float] = []
    async with _connect(url) as ws:
        await ws.send(json.dumps({"type": "user_preference", "id": "p", "data": {"suggestions": suggestions}}))
        while json.loads(await ws.recv()).get("id") != "p":
            pass
        await go.wait()
        last_cube: str | None = None
        for i in range(each):
            if i % 2 == 0 or last_cube is None:
                data: dict[str, Any] = {"text": "add a small red cube"}
            else:
                data = {"ops": [{"op": "set_transform", "id": last_cube,
                                 "position": [k * 0.8 - 8, 0, -3 - i * 0.4]}]}
            rid = f"{k}-{i}"
            t0 = time.perf_counter()
            await ws.send(json.dumps({"type": "command", "id": rid, "data": data}))
            own_update: float | None = None
            last_update_at = 0.0
            while True:
                raw = await ws.recv(decode=False)
                # a browser parses in its own process; here 20 clients share one, so skip decoding the scene
                if raw.startswith(b'{"type":"scene_update"'):
                    last_update_at = time.perf_counter()
                    continue
                msg = json.loads(raw)
                if msg["type"] in ("response", "error") and msg["id"] == rid:
                    if msg["type"] == "error":
                        raise SystemExit(f"command failed: {msg['data']}")
                    # the sender's own scene_update is the one right before its response
                    own_update = last_update_at
                    if msg["data"]["added"]:
                        last_cube = msg["data"]["added"][0]
                    break
            assert own_update is not None
            lat.append(own_update - t0)
    return lat


async def commands(url: str, n_clients: int, each: int, suggestions: bool) -> tuple[list[float], float]:
    go = asyncio.Event()
    tasks = [asyncio.create_task(client(url, k, each, go, suggestions)) for k in range(n_clients)]
    await asyncio.sleep(0.5)  # everyone connected
    t0 = time.perf_counter()
    go.set()
    results = await asyncio.gather(*tasks)
    return [x for r in results for x in r], time.perf_counter() - t0


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def viewport(http: str, orbit: int) -> None:
    with httpx.Client(base_url=http, timeout=60) as c:
        n_objects = len(c.get("/api/scene").json()["scene"]["objects"])
        view = c.get("/api/view").json()
        params = {"elevation": 20.0, "distance": 12.0, "tx": view["target"][0], "ty": view["target"][1],
                  "tz": view["target"][2], "width": 960, "height": 540}
        c.get("/api/viewport.jpg", params={**params, "azimuth": 0.0})  # renderer start-up
        times = []
        for k in range(orbit):
            t0 = time.perf_counter()
            r = c.get("/api/viewport.jpg", params={**params, "azimuth": 360.0 * k / orbit})
            times.append(time.perf_counter() - t0)
            assert r.status_code == 200
    med = statistics.median(times)
    print(f"viewport 960x540 ({n_objects} objects, {orbit}-step orbit): median {med * 1e3:.1f} ms "
          f"= {1 / med:.1f} fps (request to JPEG received)")


def case(n_clients: int, each: int, suggestions: bool, runs: int, orbit: int, tcp: bool = False) -> None:
    """``runs`` bursts of ``n_clients`` x ``each`` commands on one fresh project and studio process (the scene
    grows by n_clients x each / 2 cubes a run, so a run slower than the one before is a cost that grows with
    the scene); WebSocket clients, or plain-TCP ones."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "bench"
        with Studio.create(project) as studio:
            for s in SETUP:
                studio.do(s)
        port, tcp_port = free_port(), free_port()
        proc = start(project, port, tcp_port)
        try:
            url = f"tcp:{tcp_port}" if tcp else f"ws://127.0.0.1:{port}/ws"
            label = ("with next-step suggestions" if suggestions else "suggestions off") + (", TCP" if tcp else "")
            for run in range(runs):
                lat, wall = asyncio.run(commands(url, n_clients, each, suggestions))
                again = f", run {run + 1} on the same project" if runs > 1 else ""
                print(f"commands ({n_clients} client(s) x {each}, {label}{again}): "
                      f"p50 {pct(lat, 50) * 1e3:.1f} ms  p99 {pct(lat, 99) * 1e3:.1f} ms  "
                      f"max {max(lat) * 1e3:.1f} ms  {len(lat) / wall:.0f} commands/s", flush=True)
            if orbit:
                viewport(f"http://127.0.0.1:{port}", orbit)
        finally:
            stop(proc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--each", type=int, default=20)
    ap.add_argument("--many", type=int, default=100, help="clients of the crowd case (0: skip it)")
    ap.add_argument("--runs", type=int, default=3, help="bursts of the main case on the same project")
    ap.add_argument("--orbit", type=int, default=36)
    args = ap.parse_args()
    case(1, args.each, False, 1, 0)  # one client alone: no queue
    case(args.clients, args.each, False, args.runs, 0)
    case(args.clients, args.each, True, 1, args.orbit)
    case(args.clients, args.each, False, 1, 0, tcp=True)
    if args.many:
        case(args.many, args.each, False, 1, 0)


if __name__ == "__main__":
    main()
