"""Web studio throughput: 20 WebSocket clients sending commands at once, and the interactive viewport.

A real studio (``autark serve`` in a subprocess) on a fresh project and a free port; the clients run in this
process's event loop.

Commands: every client sends N commands one after another (waiting for each response, as the UI does),
all 20 at once: alternately "add a small red cube" (a sentence through the command engine) and a typed
``set_transform`` move of the client's last cube. Latency is send -> the client's own ``scene_update``
(which precedes its response); printed as p50/p99 over all commands, with commands per second overall.

Each case runs on a fresh project (furniture, a robot and a tree) in a fresh studio process.

Viewport: ``GET /api/viewport.jpg`` at 960x540 around a 36-step orbit of the scene the last command case built
(furniture + a robot + every client's cubes), one request at a time; median time and fps.

    .venv/bin/python benchmarks/bench_server.py                 # 20 clients x 10 commands
    .venv/bin/python benchmarks/bench_server.py --clients 5 --each 4 --orbit 8   # quick
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


def start(project: Path, port: int) -> subprocess.Popen[bytes]:
    """``autark serve`` in its own process (the clients' JSON parsing must not share the studio's GIL)."""
    cmd = [sys.executable, "-m", "autark.cli.main", "serve", str(project), "--port", str(port), "--tcp-port", "0"]
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


async def client(url: str, k: int, each: int, go: asyncio.Event, suggestions: bool) -> list[float]:
    lat: list[float] = []
    async with connect(url, max_size=None) as ws:
        await ws.send(json.dumps({"type": "user_preference", "id": "p", "data": {"suggestions": suggestions}}))
        while json.loads(await ws.recv()).get("id") != "p":
            pass
        await go.wait()
        last_cube: str | None = None
        for i in range(each):
            if i % 2 == 0 or last_cube is None:
                data: dict[str, Any] = {"text": "add a small red cube"}
            else:
                data = {"action": "set_transform", "parameters": {"id": last_cube,
                                                                  "position": [k * 0.8 - 8, 0, -3 - i * 0.4]}}
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--each", type=int, default=10)
    ap.add_argument("--orbit", type=int, default=36)
    args = ap.parse_args()
    # each case on a fresh project and studio process, so every case starts from the same scene
    cases = [(1, False), (args.clients, False), (args.clients, True)]  # one client alone: no queue
    for k, (n_clients, suggestions) in enumerate(cases):
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp) / "bench"
            with Studio.create(project) as studio:
                for s in SETUP:
                    studio.do(s)
            port = free_port()
            proc = start(project, port)
            try:
                url = f"ws://127.0.0.1:{port}/ws"
                lat, wall = asyncio.run(commands(url, n_clients, args.each, suggestions))
                label = "with next-step suggestions" if suggestions else "suggestions off"
                print(f"commands ({n_clients} client(s) x {args.each}, {label}): "
                      f"p50 {pct(lat, 50) * 1e3:.1f} ms  p99 {pct(lat, 99) * 1e3:.1f} ms  "
                      f"max {max(lat) * 1e3:.1f} ms  {len(lat) / wall:.0f} commands/s")
                if k == len(cases) - 1:
                    viewport(f"http://127.0.0.1:{port}", args.orbit)
            finally:
                stop(proc)


if __name__ == "__main__":
    main()
