"""The plain-TCP transport: the studio protocol as one JSON message per ``\\n``-terminated UTF-8 line, for
programs that are not browsers. Same hub, same messages and broadcasts as the WebSocket.

The first line must be a ``hello``: a connection that starts with anything else (such as the HTTP request a
web page can send to any local port, whose body could otherwise hold protocol lines) gets one error and is
closed before anything is carried out. A line over the message limit is answered with a ``too_large`` error
and skipped up to its newline without being held in memory; after the hello the connection stays open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator

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


async def _lines(reader: asyncio.StreamReader) -> AsyncIterator[bytes | int]:
    """Complete lines (without the newline); for a line over the limit, its size so far instead (it is skipped
    up to its newline without being kept)."""
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
                        yield len(buf)
                        buf.clear()
                        skipping = True
                break
            if skipping:
                skipping = False
            else:
                buf += chunk[start:nl]
                yield len(buf) if len(buf) > pr.MAX_MESSAGE_BYTES else bytes(buf)
                buf.clear()
            start = nl + 1


def _too_large(client: Client, size: int) -> None:
    client.send("error", {"code": "too_large",
                          "message": f"the line is over {pr.MAX_MESSAGE_BYTES} bytes ({size}+); it was skipped",
                          "hint": "send one message per line, each under 64 KiB"})


async def _session(hub: StudioHub, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    client = Client("tcp", authed=False)
    drain = asyncio.create_task(_drain(client, writer))
    try:
        async for line in _lines(reader):
            if client.dropped:  # closed by the studio (not a hello, wrong tokens, not reading)
                break
            if isinstance(line, int):
                _too_large(client, line)
                if not client.authed:
                    client.close()
                continue
            if not line.strip():
                continue
            if client.authed:
                await hub.handle(client, line)
            else:
                hub.greet(client, line)
                if client.authed and not client.dropped:
                    hub.connect(client)  # from now on it gets the broadcasts
            if client.dropped:
                break
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        hub.disconnect(client)
        client.close()
        with contextlib.suppress(Exception):
            await drain


async def _drain(client: Client, writer: asyncio.StreamWriter) -> None:
    """Send the client's outbox until it says close (None): every message waiting goes out in one write (one
    system call for a group's updates and responses, not one per message)."""
    try:
        closing = False
        while not closing:
            lines = [await client.outbox.get()]
            while not client.outbox.empty() and len(lines) < 256:
                lines.append(client.outbox.get_nowait())
            if None in lines:
                closing = True
                lines = lines[:lines.index(None)]
            if lines:
                writer.write("\n".join(lines).encode("utf-8") + b"\n")  # type: ignore[arg-type]
                await writer.drain()
    except (ConnectionError, RuntimeError):
        pass
    except Exception:  # a bug (a message that cannot be encoded): say so, and close rather than hang
        log.exception("could not send to a TCP client")
    finally:
        with contextlib.suppress(Exception):
            writer.close()
