"""The web studio's FastAPI app: static UI, REST, the ``/ws`` WebSocket and the viewport (see PROTOCOL.md).

    app = create_app(Path("myfilm"), token=None)   # then run it with uvicorn (``autark serve`` does)

FastAPI is imported only by this module, which only ``autark serve`` and the tests import.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Query, Request, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import HTTPConnection

from autark.config import Settings
from autark.errors import AutarkError, LimitExceeded
from autark.limits import MAX_MESSAGE_BYTES
from autark.server import protocol as pr
from autark.server.hub import Client, StudioHub
from autark.server.jobs import RenderParams

__all__ = ["MAX_BODY_BYTES", "WEB_DIR", "create_app"]

log = logging.getLogger("autark.server")
WEB_DIR = Path(__file__).resolve().parent / "web"
MAX_BODY_BYTES = MAX_MESSAGE_BYTES
TOKEN_COOKIE = "autark_token"
# paths anyone may fetch: the UI's static files (no project data; the page passes the token on) and the docs
_PUBLIC = ("/web/", "/favicon.ico", "/openapi.json")
# what answers while an encrypted project waits for its passphrase: the page (the unlock form) and unlock
_WHILE_LOCKED = ("/", "/api/unlock")
_STATUS = {"not_found": 404, "unauthorized": 401, "too_large": 413, "nothing_to_undo": 409, "locked": 423,
           "nothing_to_redo": 409, "busy": 409, "internal": 500}


def _error(exc: BaseException) -> JSONResponse:
    data = pr.error_data(exc)
    if data["code"] == "internal":
        log.error("request failed", exc_info=exc)
    return JSONResponse({"error": data}, status_code=_STATUS.get(data["code"], 400))


def _plain_error(code: str, message: str, hint: str | None, status: int) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status)


# "testserver" is what Starlette's in-process TestClient sends; it never reaches a socket
_LOOPBACK_NAMES = {"localhost", "testserver"}


def _is_loopback(hostname: str) -> bool:
    """A name only this machine answers to: localhost or a loopback address (127.0.0.0/8, ::1) written as one.
    A web site can make its own name resolve to 127.0.0.1 (DNS rebinding), but not send its pages' requests
    with a Host of an address or of localhost."""
    if hostname in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def _hostname(netloc: str) -> str:
    """'127.0.0.1:8080' -> '127.0.0.1', '[::1]:8080' -> '::1'."""
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0].lower()
    return netloc.rsplit(":", 1)[0].lower() if netloc.count(":") == 1 else netloc.lower()


def _browser_check(headers: Any, token_set: bool, changes: bool) -> tuple[str, str] | None:
    """Why a request from a web page must be refused, or None. Without a token the studio listens on loopback
    only, but any web site the person visits could still reach it through their browser: a page on another
    origin may not open the WebSocket or change anything (``Origin`` must match ``Host``), and a Host that is
    not a loopback name means DNS rebinding (evil.example resolving to 127.0.0.1)."""
    host = headers.get("host") or ""
    if not token_set and not _is_loopback(_hostname(host)):
        return "bad_host", f"this studio answers to 127.0.0.1 or localhost, not {host[:100]!r}"
    origin = headers.get("origin")
    if changes and origin is not None and origin != "null" and origin.split("://", 1)[-1].lower() != host.lower():
        return "forbidden_origin", f"requests from {origin[:100]} may not use this studio"
    if changes and origin == "null":
        return "forbidden_origin", "requests from an opaque origin may not use this studio"
    return None


def _token_of(headers: Any, query: Any, cookies: Any) -> str | None:
    auth = headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return query.get("token") or cookies.get(TOKEN_COOKIE)


# on every HTTP answer: no other site may frame the studio's page (clickjacking) or use its images and videos
# in its own pages, browsers take content types as sent, and a ?token= never leaves in a Referer
_BROWSER_HEADERS = [(b"x-frame-options", b"DENY"), (b"content-security-policy", b"frame-ancestors 'none'"),
                    (b"cross-origin-resource-policy", b"same-origin"), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer")]


def _adding_headers(send: Any, headers: list[tuple[bytes, bytes]]) -> Any:
    """An ASGI ``send`` that adds ``headers`` to the response's start."""
    async def sending(msg: dict[str, Any]) -> None:
        if msg["type"] == "http.response.start":
            msg = {**msg, "headers": [*msg.get("headers", []), *headers]}
        await send(msg)

    return sending


class _Guard:
    """ASGI middleware in front of every HTTP request, in this order: a request from another web site is
    refused (``_browser_check``: 403), one without the token where the studio has one (401), a body over
    ``limit`` bytes (413), a body that is not ``application/json`` (415: the only bodies a page on another
    site can send without the browser asking first are text/plain, forms and multipart) or not strict JSON
    (400: NaN, Infinity, huge numbers, lone surrogates, deep nesting, as the protocol's ``loads``). The page
    opened with ``?token=`` gets the token cookie; every answer gets ``_BROWSER_HEADERS``. WebSockets check
    themselves (``/ws``)."""

    def __init__(self, app: Any, hub: StudioHub, limit: int) -> None:
        self.app, self.hub, self.limit = app, hub, limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        hub = self.hub
        send = _adding_headers(send, _BROWSER_HEADERS)
        refused = _browser_check(conn.headers, hub.token is not None,
                                 scope["method"] not in ("GET", "HEAD", "OPTIONS"))
        if refused is not None:
            error = _plain_error(refused[0], refused[1], "open the studio at the URL autark serve printed", 403)
            await error(scope, receive, send)
            return
        path = scope["path"]
        if (hub.token is not None and not path.startswith(_PUBLIC)
                and not hub.check_token(_token_of(conn.headers, conn.query_params, conn.cookies))):
            error = _plain_error("unauthorized", "this studio needs its token",
                                 "open the URL that autark serve printed (it ends in ?token=...)", 401)
            await error(scope, receive, send)
            return
        if hub.locked and not (path.startswith(_PUBLIC) or path in _WHILE_LOCKED):
            error = _plain_error("locked", "the project is encrypted and not unlocked yet",
                                 "open the studio's page and type the passphrase (POST /api/unlock)", 423)
            await error(scope, receive, send)
            return
        body = await self._body(conn, receive)
        if isinstance(body, JSONResponse):
            await body(scope, receive, send)
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # the disconnect, for responses that listen for it

        if hub.token is not None and path == "/" and conn.query_params.get("token"):
            # images and videos the page loads cannot send headers: the cookie carries the token for them
            jar = Response()
            jar.set_cookie(TOKEN_COOKIE, hub.token, httponly=True, samesite="strict")
            send = _adding_headers(send, [(k, v) for k, v in jar.raw_headers if k == b"set-cookie"])
        await self.app(scope, replay, send)

    async def _body(self, conn: HTTPConnection, receive: Any) -> bytes | JSONResponse:
        """The whole request body (at most ``limit`` bytes, strict JSON if any), or the error response."""
        too_big = _plain_error("too_large", f"the request body is over {self.limit} bytes", None, 413)
        declared = conn.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return too_big
        chunks: list[bytes] = []
        seen = 0
        while True:
            msg = await receive()
            if msg["type"] != "http.request":
                break  # the client went away; the app sees an empty body
            chunk = msg.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                return too_big
            chunks.append(chunk)
            if not msg.get("more_body", False):
                break
        body = b"".join(chunks)
        if not body:
            return body
        media = (conn.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
        if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
            return _plain_error("bad_message", f"the request body must be JSON, not {media[:60] or 'untyped'}",
                                "send it with Content-Type: application/json", 415)
        try:
            pr.loads(body)
        except pr.ProtocolError as exc:
            data = pr.error_data(exc)
            return JSONResponse({"error": data}, status_code=_STATUS.get(data["code"], 400))
        return body


class RatingParams(BaseModel):
    """The body of ``POST /api/render/{job}/rating``."""

    model_config = ConfigDict(extra="forbid")
    score: int = Field(ge=1, le=5)
    aspect: Literal["plot", "fidelity", "camera", "audio"] | None = None


def _utc_now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "")


def create_app(project_dir: str | Path, *, token: str | None = None, settings: Settings | None = None) -> FastAPI:
    """The studio app for the project at ``project_dir`` (opened now: a missing or broken project raises
    ``ProjectError`` here). With ``token``, every request but the static UI files must carry it. ``settings``
    (``autark.config``; default: none set) reach the render jobs."""
    hub = StudioHub.open(project_dir, token, settings)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await hub.start()
        try:
            yield
        finally:
            await hub.close()

    # no /docs or /redoc: FastAPI's pages load Swagger UI / ReDoc from a CDN, and nothing may download at run
    # time (nor run foreign script in the studio's origin); the schema itself is served at /openapi.json
    app = FastAPI(title="autark studio", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Live editing of an autark project: REST, a WebSocket at /ws (see PROTOCOL.md).")
    app.state.hub = hub

    # -- errors: one JSON shape for everything, never a traceback ----------------------------------------------
    @app.exception_handler(AutarkError)
    async def on_autark(_: Request, exc: AutarkError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _plain_error("bad_message", f"{where}: {first.get('msg', 'invalid request')}", None, 400)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "bad_method", 401: "unauthorized"}.get(exc.status_code, "http")
        return _plain_error(code, str(exc.detail), None, exc.status_code)

    @app.exception_handler(Exception)
    async def on_bug(_: Request, exc: Exception) -> JSONResponse:
        return _error(exc)

    app.add_middleware(_Guard, hub=hub, limit=MAX_BODY_BYTES)

    # -- static ---------------------------------------------------------------------------------------------
    def _static(name: str) -> FileResponse:
        root = WEB_DIR.resolve()
        try:
            target = (root / name).resolve()
        except (OSError, ValueError):
            target = root / "\0"
        # only files inside the package's web folder: no "..", no absolute paths, no links out of it
        if not target.is_relative_to(root) or not target.is_file():
            raise StarletteHTTPException(404, f"no such file: {name[:100]}")
        return FileResponse(target, headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return _static("unlock.html" if hub.locked else "index.html")

    @app.post("/api/unlock")
    async def unlock(body: dict[str, Any]) -> dict[str, Any]:
        """Open an encrypted project with ``{"passphrase": "..."}``; a wrong one answers 400 and changes nothing."""
        passphrase = body.get("passphrase")
        if not isinstance(passphrase, str) or not passphrase:
            raise pr.ProtocolError("bad_message", "send the passphrase as {\"passphrase\": \"...\"}")
        return await hub.unlock(passphrase)

    @app.get("/web/{name:path}", include_in_schema=False)
    async def web_file(name: str) -> FileResponse:
        return _static(name)

    # -- REST -------------------------------------------------------------------------------------------------
    @app.get("/api/project")
    async def project() -> dict[str, Any]:
        """Project name, path, newest seq, whether undo/redo can run, film duration (s)."""
        return await hub.project_info()

    @app.get("/api/scene")
    async def scene() -> Response:
        """``{"seq", "scene"}``: the scene JSON (scene_to_json, with its timeline)."""
        return Response(hub.scene_state_text(), media_type="application/json")

    @app.post("/api/command")
    async def command(body: dict[str, Any]) -> dict[str, Any]:
        """A sentence ``{"text": ...}``, operators ``{"ops": [...], "label"?}`` or ``{"action": "undo"|"redo"}``,
        as the WebSocket's ``command``."""
        return await hub.command(pr.parse_command(body))

    @app.post("/api/undo")
    async def undo() -> dict[str, Any]:
        data = await hub.undo()
        return {"seq": data["seq"], "summary": data["summary"]}

    @app.post("/api/redo")
    async def redo() -> dict[str, Any]:
        data = await hub.redo()
        return {"seq": data["seq"], "summary": data["summary"]}

    @app.get("/api/history")
    async def history() -> list[dict[str, Any]]:
        return await hub.history()

    @app.get("/api/suggestions")
    async def suggestions(prefix: str = Query("", max_length=500)) -> dict[str, Any]:
        return {"suggestions": await hub.suggestions(prefix)}

    @app.get("/api/view")
    async def view() -> dict[str, Any]:
        from autark.server.viewport import default_view

        assert hub.scene is not None
        return default_view(hub.scene).to_json()

    @app.get("/api/viewport.jpg", response_class=Response,
             responses={200: {"content": {"image/jpeg": {}}}})
    async def viewport(azimuth: float | None = None, elevation: float | None = None,
                       distance: float | None = None, tx: float | None = None, ty: float | None = None,
                       tz: float | None = None, t: float = 0.0, width: int = 960, height: int = 540,
                       camera: str | None = Query(None, max_length=200)) -> Response:
        """The scene at ``t`` drawn by the renderer from an orbit camera (missing orbit values come from the
        default view) or, with ``camera`` or no orbit values at all, through the scene's own camera."""
        from autark.server.viewport import OrbitView, ViewRequest, default_view

        orbit = (azimuth, elevation, distance, tx, ty, tz)
        view = None
        if camera is None and any(v is not None for v in orbit):
            assert hub.scene is not None
            base = default_view(hub.scene)
            target = (base.target[0] if tx is None else tx, base.target[1] if ty is None else ty,
                      base.target[2] if tz is None else tz)
            view = OrbitView(target, base.azimuth if azimuth is None else azimuth,
                             base.elevation if elevation is None else elevation,
                             base.distance if distance is None else distance, base.fov)
        jpeg, seq = await hub.viewport(ViewRequest(t=t, width=width, height=height, view=view, camera=camera))
        return Response(jpeg, media_type="image/jpeg",
                        headers={"X-Autark-Seq": str(seq), "Cache-Control": "no-store"})

    @app.post("/api/render", status_code=202)
    async def render(params: RenderParams | None = None) -> dict[str, Any]:
        """Start a render job (the film pipeline) of the scene as it is now; progress goes out as
        ``render_update`` messages and ``GET /api/render/{job}``."""
        assert hub.jobs is not None and hub.scene is not None
        try:
            job = hub.jobs.start(hub.scene, params or RenderParams())
        except LimitExceeded as exc:
            raise pr.ProtocolError("busy", exc.message, hint=exc.hint) from None
        return {"job": job.id}

    @app.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}})
    async def metrics() -> Response:
        """Prometheus text: the metrics of this studio's renders and of the project's last render from the
        command line (``autark.jobs.metrics``); the token and loopback rules of every other route apply."""
        from autark.jobs.metrics import load_metrics, prometheus_text

        assert hub.jobs is not None
        runs = list(hub.jobs.runs.values())
        with contextlib.suppress(Exception):  # no render yet from the command line
            last = load_metrics(hub.project_dir)
            if not any(r.get("started_at") == last.get("started_at") for r in runs):
                runs.insert(0, last)
        busy = 1.0 if hub.jobs.busy() else 0.0
        return Response(prometheus_text(runs, {"autark_render_busy": busy}),
                        media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get("/api/render/{job_id}")
    async def render_state(job_id: str) -> dict[str, Any]:
        assert hub.jobs is not None
        return hub.jobs.get(job_id).to_json()

    @app.delete("/api/render/{job_id}")
    async def render_cancel(job_id: str) -> dict[str, Any]:
        assert hub.jobs is not None
        return hub.jobs.cancel(job_id).to_json()

    @app.get("/api/render/{job_id}/video", response_class=FileResponse,
             responses={200: {"content": {"video/mp4": {}}}})
    async def render_video(job_id: str) -> FileResponse:
        """The finished MP4 (HTTP Range supported, so a <video> can seek)."""
        assert hub.jobs is not None
        job = hub.jobs.get(job_id)
        if job.state == "done" and hub.jobs.seal_key is not None:  # sealed at rest: opened for this answer
            return Response(await asyncio.to_thread(hub.jobs.open_sealed, job.path), media_type="video/mp4")
        if job.state != "done" or not job.path.is_file():
            raise pr.ProtocolError("not_found", f"render job {job_id} has no video ({job.state})",
                                   hint="wait until its state is done")
        return FileResponse(job.path, media_type="video/mp4", filename=f"{hub.scene.name if hub.scene else 'film'}"
                             f"-{job.id}.mp4", content_disposition_type="inline")

    @app.get("/api/render/{job_id}/report", response_class=FileResponse,
             responses={200: {"content": {"text/html": {}, "application/json": {}}}})
    async def render_report(job_id: str, format: str = "html") -> FileResponse:
        """The finished film's report (``autark.jobs.report``): a self-contained HTML page, or its JSON with
        ``?format=json``."""
        assert hub.jobs is not None
        job = hub.jobs.get(job_id)
        if format not in ("html", "json"):
            raise pr.ProtocolError("user_input", f"there is no report format {format!r}", hint="html or json")
        path = job.report_paths[0 if format == "json" else 1]
        if job.state != "done" or not path.is_file():
            raise pr.ProtocolError("not_found", f"render job {job_id} has no report ({job.state})",
                                   hint="wait until its state is done")
        return FileResponse(path, media_type="application/json" if format == "json" else "text/html",
                            content_disposition_type="inline")

    @app.post("/api/render/{job_id}/rating")
    async def render_rating(job_id: str, rating: RatingParams) -> dict[str, Any]:
        """Rate a finished render 1..5 (``aspect``: plot, fidelity, camera, audio, or none for the whole film),
        as ``autark rate`` does: kept in the user folder on this machine with what the film was made with, so
        the defaults adapt (``autark preferences`` shows from what)."""
        from autark.store.userdir import UserFolder

        assert hub.jobs is not None
        job = hub.jobs.get(job_id)
        if job.state != "done":
            raise pr.ProtocolError("not_found", f"render job {job_id} is not finished ({job.state})",
                                   hint="rate a film once it is done")
        scene = hub.scene
        made = {"lighting": scene.settings.lighting, "mood": scene.timeline.music_mood} if scene is not None else {}
        record = {"film": job.path.name, "path": str(job.path), "score": rating.score,
                  "aspect": rating.aspect or "overall", "made_with": {k: v for k, v in made.items() if v},
                  "time": _utc_now()}
        await asyncio.to_thread(UserFolder(hub.settings.user_config_dir()).add_rating, record)
        return {"rated": job_id, "score": rating.score, "aspect": record["aspect"], "made_with": record["made_with"]}

    # -- WebSocket --------------------------------------------------------------------------------------------
    @app.websocket("/ws")
    async def ws(socket: WebSocket) -> None:
        await socket.accept()
        refused = _browser_check(socket.headers, hub.token is not None, True)
        if refused is not None:
            await socket.send_text(pr.dump(pr.message("error", {"code": refused[0], "message": refused[1],
                                                                "hint": None})))
            await socket.close(code=4403)
            return
        given = _token_of(socket.headers, socket.query_params, socket.cookies)
        if not hub.check_token(given):
            await socket.send_text(pr.dump(pr.message("error", {
                "code": "unauthorized", "message": "this studio needs its token",
                "hint": "connect to /ws?token=..."})))
            await socket.close(code=4401)
            return
        client = Client("ws", authed=True)
        hub.connect(client)
        writer = asyncio.create_task(_drain(client, socket))
        try:
            while True:
                msg = await socket.receive()
                if msg["type"] == "websocket.disconnect":
                    break
                raw = msg.get("text")
                if raw is None:
                    raw = msg.get("bytes") or b""
                await hub.handle(client, raw)
                if client.dropped:
                    break
        except WebSocketDisconnect:
            pass
        finally:
            hub.disconnect(client)
            client.close()
            with contextlib.suppress(Exception):
                await writer

    return app


async def _drain(client: Client, socket: WebSocket) -> None:
    """Send the client's outbox until it says close (None) or the socket is gone; either way the socket is
    closed, so a connection never goes on carrying out commands it can no longer answer."""
    try:
        while True:
            text = await client.outbox.get()
            if text is None:
                break
            await socket.send_text(text)
    except (WebSocketDisconnect, OSError, RuntimeError):  # the peer went away; the reader sees the disconnect
        pass
    except Exception:  # a bug (a message that cannot be sent): say so, and close rather than go silent
        log.exception("could not send to a WebSocket client")
    client.close()
    with contextlib.suppress(Exception):
        await socket.close()
