"""The plain-TCP transport: the studio protocol as one JSON message per ``\\n``-terminated UTF-8 line, for
programs that are not browsers. Same hub, same messages and broadcasts as the WebSocket.

A line over the message limit is answered with a ``too_large`` error and skipped up to its newline without
being held in memory; the connection stays open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket

from autark.server import protocol as pr
from autark.server.hub import Client, StudioHub

__all__ = ["serve_tcp"]

log = logging.getLogger("autark.server")
READ_CHUNK = 64 * 1024


async def serve_tcp(hub: StudioHub, host: str | None = None, port: int | None = None, *,
                    sock: socket.socket | None = None) -> asyncio.Server:
    """Start listening on ``host:port`` or on a bound ``sock`` (returns the running server; close it to stop)."""

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _session(hub, reader, writer)

    if sock is not None:
        return await asyncio.start_server(on_connect, sock=sock, limit=READ_CHUNK * 2)
    return await asyncio.start_server(on_connect, host, port, limit=READ_CHUNK * 2)


async def _lines(reader: asyncio.StreamReader, client: Client):  # -> AsyncIterator[bytes]
    """Complete lines (without the newline); an oversized line is reported to ``client`` and skipped."""
    buf = bytearray()
    skipping = False
    while True:
        chunk = await reader.read(READ_CHUNK)
        if not chunk:
            if buf and not skipping:
                yield bytes(buf)
            return
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            if nl < 0:
                if not skipping:
                    buf += chunk[start:]
                    if len(buf) > pr.MAX_MESSAGE_BYTES:
                        _too_large(client, len(buf))
                        buf.clear()
                        skipping = True
                break
            if skipping:
                skipping = False
            else:
                buf += chunk[start:nl]
                if len(buf) > pr.MAX_MESSAGE_BYTES:
                    _too_large(client, len(buf))
                else:
                    yield bytes(buf)
                buf.clear()
            start = nl + 1


def _too_large(client: Client, size: int) -> None:
    client.send("error", {"code": "too_large",
                          "message": f"the line is over {pr.MAX_MESSAGE_BYTES} bytes ({size}+); it was skipped",
                          "hint": "send one message per line, each under 64 KiB"})


async def _session(hub: StudioHub, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    client = Client("tcp", authed=hub.token is None)
    if client.authed:
        hub.connect(client)
    drain = asyncio.create_task(_drain(client, writer))
    try:
        async for line in _lines(reader, client):
            if not line.strip():
                continue
            await hub.handle(client, line)
            if client.authed and client not in hub.clients:
                hub.connect(client)  # a correct hello: from now on it gets the broadcasts
            if drain.done():  # closed by the studio (wrong tokens, not reading)
                break
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        hub.disconnect(client)
        client.outbox.put_nowait(None)
        with contextlib.suppress(Exception):
            await drain


async def _drain(client: Client, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            text = await client.outbox.get()
            if text is None:
                break
            writer.write(text.encode("utf-8") + b"\n")
            await writer.drain()
    except (ConnectionError, RuntimeError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()
