"""Running the studio: the FastAPI app on uvicorn and the TCP protocol server in one event loop.

``autark serve`` calls :func:`serve`; tests call :func:`run_studio` on a loop of their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import secrets
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autark.errors import UserInputError

if TYPE_CHECKING:
    from autark.config import Settings

__all__ = ["LOOPBACK_HOSTS", "StudioAddress", "bind", "needs_token", "resolve_token", "run_studio", "serve"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
WS_MAX_BYTES = 1024 * 1024  # a WebSocket frame over this closes the connection; up to it, too_large replies


def needs_token(host: str) -> bool:
    """Any address other than the loopback one is reachable from other machines: it needs a token."""
    if host in LOOPBACK_HOSTS:
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to use: the given one, a fresh one where the host needs one, else None."""
    if token is not None:
        if len(token) < 8:
            raise UserInputError("the token is too short", hint="use at least 8 characters, or leave it out "
                                 "to have one generated")
        return token
    return secrets.token_urlsafe(24) if needs_token(host) else None


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (so a busy port is a clear error before anything starts)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose proto is IPPROTO_TCP,
    # and accepted sockets inherit it. With Nagle on, a response written right after a large scene_update
    # waits for the client's delayed ACK: +40 ms on every command (measured).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UserInputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                             hint="choose another port with --port / --tcp-port") from None
    sock.listen(128)
    sock.setblocking(False)
    return sock


class StudioAddress:
    """Where a running studio listens (ports resolved when 0 was asked for)."""

    def __init__(self, host: str, port: int, tcp_port: int | None, token: str | None) -> None:
        self.host, self.port, self.tcp_port, self.token = host, port, tcp_port, token

    @property
    def url(self) -> str:
        """The page to open. On every address (0.0.0.0, ::) it is opened here through loopback: browsers refuse
        the wildcard address as a destination."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        host = f"[{host}]" if ":" in host else host
        base = f"http://{host}:{self.port}/"
        return base + (f"?token={self.token}" if self.token else "")


async def run_studio(project_dir: str | Path, host: str = "127.0.0.1", port: int = 8080,
                     tcp_port: int | None = 8081, token: str | None = None, *,
                     on_ready: Callable[[StudioAddress], None] | None = None,
                     stop: asyncio.Event | None = None, on_app: Callable[[Any], None] | None = None,
                     settings: Settings | None = None) -> None:
    """Serve the studio until ``stop`` is set (or the task is cancelled / Ctrl-C). ``token`` is used as
    given (see :func:`resolve_token`); port 0 picks a free port, reported through ``on_ready``. ``on_app``
    receives the FastAPI app once made (tests look at ``app.state.hub``). ``settings``: the environment's
    (``autark serve`` reads them), for the render jobs."""
    import uvicorn

    from autark.server.app import create_app
    from autark.server.tcp import serve_tcp

    app = create_app(project_dir, token=token, settings=settings)
    if on_app is not None:
        on_app(app)
    http_sock = bind(host, port)
    tcp_sock = bind(host, tcp_port) if tcp_port is not None else None
    # the sans-I/O WebSocket implementation: the legacy one warns (deprecated) with websockets >= 14
    # no per-message deflate: every scene_update would be compressed once per client (the same bytes 20
    # times for 20 clients), the main cost of a broadcast; on a local studio bandwidth is free
    config = uvicorn.Config(app, log_level="warning", ws="websockets-sansio", ws_max_size=WS_MAX_BYTES,
                            ws_per_message_deflate=False, lifespan="on", h11_max_incomplete_event_size=64 * 1024)
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # Ctrl-C ends asyncio.run
    task = asyncio.create_task(server.serve(sockets=[http_sock]))
    tcp = None
    try:
        while not server.started:
            if task.done():
                task.result()
                raise UserInputError("the web server stopped while starting")
            await asyncio.sleep(0.02)
        if tcp_sock is not None:
            tcp = await serve_tcp(app.state.hub, sock=tcp_sock)
        address = StudioAddress(host, http_sock.getsockname()[1],
                                tcp_sock.getsockname()[1] if tcp_sock is not None else None, token)
        if on_ready is not None:
            on_ready(address)
        waiter = asyncio.create_task((stop or asyncio.Event()).wait())
        await asyncio.wait([task, waiter], return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
    finally:
        if tcp is not None:
            tcp.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(tcp.wait_closed(), 2)
        server.should_exit = True
        with contextlib.suppress(BaseException):
            await task
        http_sock.close()
        if tcp_sock is not None:
            tcp_sock.close()


def serve(project_dir: str | Path, host: str = "127.0.0.1", port: int = 8080, tcp_port: int | None = 8081,
          token: str | None = None, on_ready: Callable[[StudioAddress], None] | None = None,
          settings: Settings | None = None) -> None:
    """Run the studio in this thread until Ctrl-C or SIGTERM (both shut down cleanly: render jobs are
    cancelled, leaving no partial files, and the project is closed)."""

    async def main() -> None:
        import signal

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        await run_studio(project_dir, host, port, tcp_port, token, on_ready=on_ready, stop=stop, settings=settings)

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
