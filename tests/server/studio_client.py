"""Helpers for the server tests: a real studio (``run_studio``, what ``autark serve`` runs: uvicorn + TCP) on
free ports in a background thread, and small WebSocket/TCP clients."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autark.server.serve import StudioAddress, run_studio
from autark.studio import Studio


@dataclass
class RunningStudio:
    address: StudioAddress
    project: Path
    hub: Any  # the StudioHub, to look at its counters
    _loop: asyncio.AbstractEventLoop
    _stop: asyncio.Event
    _thread: threading.Thread

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.address.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.address.port}/ws"

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=30)
        assert not self._thread.is_alive(), "the studio did not shut down"


def start_studio(project: Path, token: str | None = None, settings: Any = None) -> RunningStudio:
    ready = threading.Event()
    box: dict[str, Any] = {}

    def on_ready(address: StudioAddress) -> None:
        box["address"] = address
        ready.set()

    def target() -> None:
        async def main() -> None:
            box["stop"] = asyncio.Event()
            box["loop"] = asyncio.get_running_loop()
            await run_studio(project, "127.0.0.1", 0, 0, token, on_ready=on_ready, stop=box["stop"],
                             on_app=lambda app: box.update(hub=app.state.hub), settings=settings)

        try:
            asyncio.run(main())
        except BaseException as exc:  # reported by the fixture
            box["error"] = exc
            ready.set()

    thread = threading.Thread(target=target, name="studio-under-test", daemon=True)
    thread.start()
    assert ready.wait(60), "the studio did not start"
    if "error" in box:
        raise box["error"]
    return RunningStudio(box["address"], project, box["hub"], box["loop"], box["stop"], thread)


def new_project(folder: Path, sentences: list[str] = ()) -> Path:  # type: ignore[assignment]
    project = folder / "film"
    with Studio.create(project) as studio:
        for s in sentences:
            studio.do(s)
    return project


# -- clients --------------------------------------------------------------------------------------------------
async def recv_json(ws: Any, timeout: float = 10.0) -> dict[str, Any]:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))


async def recv_until(ws: Any, type_: str, id_: Any = "any", timeout: float = 10.0) -> tuple[dict[str, Any],
                                                                                            list[dict[str, Any]]]:
    """The first message of ``type_`` (with ``id_`` unless "any"), and everything received before it."""
    seen: list[dict[str, Any]] = []
    while True:
        msg = await recv_json(ws, timeout)
        if msg["type"] == type_ and (id_ == "any" or msg["id"] == id_):
            return msg, seen
        seen.append(msg)


def apply_update(scene: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """A scene_update's delta on a client's copy of the scene, as PROTOCOL.md describes it (and app.js does)."""
    delta = update["delta"]
    objects = {o["id"]: o for o in scene["objects"]}
    for oid in delta["remove"]:
        del objects[oid]
    order = delta.get("order") or ([o["id"] for o in scene["objects"] if o["id"] in objects]
                                   + [o["id"] for o in delta["upsert"] if o["id"] not in objects])
    objects.update({o["id"]: o for o in delta["upsert"]})
    return {**scene, **delta["replace"], "objects": [objects[oid] for oid in order]}


class TcpClient:
    """A blocking line client for the plain-TCP protocol (``hello`` sends the first message it needs)."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")

    def hello(self, token: str | None = None) -> dict[str, Any]:
        """Greet the studio; its answer (a response, or the error for a wrong token)."""
        self.send({"type": "hello", "id": "hello", "data": {} if token is None else {"token": token}})
        return self.recv()

    def until_closed(self, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Every message up to the studio closing the connection (socket.timeout if it stays open)."""
        self.sock.settimeout(timeout)
        msgs = []
        while line := self.file.readline():
            msgs.append(json.loads(line))
        return msgs

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def send(self, msg: dict[str, Any]) -> None:
        self.send_raw(json.dumps(msg).encode() + b"\n")

    def recv(self) -> dict[str, Any]:
        line = self.file.readline()
        assert line, "the studio closed the connection"
        return json.loads(line)

    def recv_until(self, type_: str, id_: Any = "any") -> dict[str, Any]:
        while True:
            msg = self.recv()
            if msg["type"] == type_ and (id_ == "any" or msg["id"] == id_):
                return msg

    def close(self) -> None:
        self.file.close()
        self.sock.close()
