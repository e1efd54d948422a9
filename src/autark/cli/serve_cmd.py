"""``autark serve DIR``: the web studio (FastAPI on uvicorn, WebSocket at /ws) and the plain-TCP protocol.

Heavy imports (FastAPI, uvicorn, the renderer) happen inside the command. Without the ``server`` extra it
stops with the line that installs it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""

    @app.command("serve")
    def serve_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
        host: Annotated[str, typer.Option("--host", help="Address to listen on; any but a loopback one "
                                          "(127.x.x.x, localhost, ::1) requires a token.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help="HTTP/WebSocket port.")] = 8080,
        tcp_port: Annotated[int, typer.Option("--tcp-port", min=0, max=65535,
                                              help="Plain-TCP protocol port (one JSON message per line).")] = 8081,
        token: Annotated[str | None, typer.Option("--token", help="Access token (generated and printed when "
                                                  "the host needs one and none is given).",
                                                  show_default=False)] = None,
    ) -> None:
        """Start the local web studio for a project: edit the scene live in the browser or over TCP."""
        from autark.cli.main import _current_project
        from autark.config import EXTRAS, Settings, require

        for module in EXTRAS["server"]:
            require(module, "server", feature="autark serve")
        settings = Settings.from_env()  # once, here at the edge: a bad value stops before the studio starts
        from autark.server.serve import StudioAddress, needs_token, resolve_token, serve
        from autark.store.cipher import is_encrypted

        if is_encrypted(directory) and needs_token(host):
            from autark.errors import UserInputError

            raise UserInputError(f"an encrypted project is served on this machine only, not on {host}",
                                 hint="the page sends the passphrase over plain HTTP: use --host 127.0.0.1")
        _current_project[:] = [directory]  # crash logs go beside the project
        token = resolve_token(host, token)

        def ready(address: StudioAddress) -> None:
            from rich.console import Console
            from rich.markup import escape

            out = Console(highlight=False, soft_wrap=True)
            out.print(f"autark studio for [bold]{escape(str(directory))}[/bold]")
            out.print(f"  open     {escape(address.url)}")
            if address.tcp_port is not None:
                hello = '{"type": "hello", "data": {"token": ...}}' if address.token else '{"type": "hello"}'
                out.print(f"  tcp      {escape(address.host)}:{address.tcp_port} (one JSON message per line, "
                          f"the first {escape(hello)})")
            if address.token:
                out.print(f"  token    {escape(address.token)}")
            out.print("press Ctrl-C to stop")

        serve(directory, host, port, tcp_port, token, on_ready=ready, settings=settings)
