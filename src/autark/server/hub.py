"""The studio hub: one open project shared by every client (browser tabs, TCP programs, REST calls).

The ``Studio`` (SQLite underneath) is used from ONE worker thread. Commands from all clients wait in one
queue in arrival order; the worker carries out everything waiting as one group commit (one transaction, one
disk flush), and the group's ``scene_update``s are broadcast in seq order once it is on disk, so every
client sees updates in seq order and the sender sees its update before its ``response``.
A ``scene_update`` carries a delta (the objects and parts that changed), serialised once for all clients;
a client that joins or misses one reads the whole scene (``scene_state`` or ``GET /api/scene``).

Each client has an outbound queue drained by its transport; a client that stops reading (queue full) is
dropped rather than slowing everyone else down. Carrying commands out is ``commands.py``'s, what clients are
sent of the scene ``snapshot.py``'s, and checking operators ``operators.py``'s.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from autark.config import Settings
from autark.errors import AutarkError, NotUnderstood, ProjectError
from autark.server import protocol as pr
from autark.server.commands import Outcome, execute_group, response
from autark.server.snapshot import Snapshot, take_snapshot

if TYPE_CHECKING:
    from autark.scene.model import Scene
    from autark.server.jobs import RenderJobs
    from autark.server.viewport import ViewportRenderer, ViewRequest
    from autark.studio import CommandResult, Studio

__all__ = ["Client", "Snapshot", "StudioHub"]

log = logging.getLogger("autark.server")
T = TypeVar("T")
SUGGEST_PAUSE_S = 0.15  # next-step suggestions wait this long for a burst of commands to end
MAX_GROUP = 64  # commands written in one group commit at most
OUTBOX_LIMIT = 2000  # messages waiting for one client before it is dropped as not reading
_client_ids = itertools.count(1)


@dataclass(eq=False)
class Client:
    """One connection. The transport drains ``outbox`` (text messages; None means close)."""

    kind: str
    authed: bool
    id: int = field(default_factory=lambda: next(_client_ids))
    outbox: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    prefs: dict[str, Any] = field(default_factory=dict)
    failed_hellos: int = 0
    dropped: bool = False

    def post(self, text: str) -> None:
        if self.dropped:
            return
        if self.outbox.qsize() >= OUTBOX_LIMIT:
            self.close()
            return
        self.outbox.put_nowait(text)

    def send(self, type_: str, data: dict[str, Any], id_: Any = None) -> None:
        self.post(pr.dump(pr.message(type_, data, id_)))

    def close(self) -> None:
        """Close the connection once what is already in the outbox has been sent."""
        if not self.dropped:
            self.dropped = True
            self.outbox.put_nowait(None)


class StudioHub:
    """The project, its clients and its background work. Make with ``StudioHub.open`` (from any thread)."""

    def __init__(self, project_dir: Path, token: str | None, settings: Settings | None = None) -> None:
        self.project_dir = Path(project_dir)
        self.token = token
        self.settings = settings if settings is not None else Settings()  # the environment's, read by the edge
        self._exec = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autark-studio")
        self._studio: Studio | None = None
        self._queue: list[tuple[pr.CommandData, asyncio.Future[CommandResult]]] = []  # commands waiting
        self._drain_task: asyncio.Task[None] | None = None
        self.clients: set[Client] = set()
        # the scene as stored, replaced as one value by the worker after each group commit, so readers on other
        # threads (viewport, REST) never pair a scene with another change's seq
        self._published = Snapshot.EMPTY
        self._viewport: ViewportRenderer | None = None
        self.jobs: RenderJobs | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._suggest_cache: dict[tuple[int, str], list[str]] = {}
        self._suggest_waiting: dict[Client, Any] = {}
        self._suggest_task: asyncio.Task[None] | None = None
        self._last_command_at = 0.0  # loop time the last command finished (suggestions wait for quiet)

    # -- lifecycle -----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, project_dir: str | Path, token: str | None = None, settings: Settings | None = None) -> StudioHub:
        """Open the project now (a missing or broken one raises ProjectError here, not on the first request)."""
        hub = cls(Path(project_dir), token, settings)
        from autark.store.cipher import is_encrypted

        secret = hub.settings.passphrase
        if is_encrypted(hub.project_dir) and secret is None:
            return hub  # locked: the studio's page asks for the passphrase (unlock)
        try:
            hub._exec.submit(hub._open_studio, secret.get_secret_value() if secret else None).result()
        except BaseException:
            hub._exec.shutdown(wait=False)
            raise
        return hub

    @property
    def locked(self) -> bool:
        """An encrypted project waiting for its passphrase: only the page, its files and unlock answer."""
        return self._studio is None

    async def unlock(self, passphrase: str) -> dict[str, Any]:
        """Open the encrypted project with ``passphrase`` (a wrong one: ProjectError, nothing changes)."""
        if self.locked:
            await self._run(self._open_studio, passphrase)
        return {"unlocked": True, "name": self._studio.name if self._studio else ""}

    def _open_studio(self, passphrase: str | None = None) -> None:
        from autark.store.project import project_file
        from autark.store.userdir import UserFolder
        from autark.studio import Studio

        if not project_file(self.project_dir).is_file():
            raise ProjectError(f"{self.project_dir} is not an autark project (no project.ams)",
                               hint=f"create one with: autark new {self.project_dir}")
        # the user's phrases and templates (the user folder, autark.store.userdir) are words of their sentences
        user = UserFolder(self.settings.user_config_dir())
        self._studio = Studio.open(self.project_dir, passphrase=passphrase, user=user)
        self._studio.policy = self.settings.policy  # AUTARK_POLICY: the content policy's level for commands
        if self.jobs is not None:  # renders of an encrypted project are sealed (autark.store.cipher)
            self.jobs.seal_key = self._studio.store.file_key()
        history = self._studio.history()
        self._published, _ = self._snapshot(history[-1].seq if history else 0, Snapshot.EMPTY)

    def _snapshot(self, seq: int, base: Snapshot) -> tuple[Snapshot, str]:
        """The studio's scene now as the snapshot of ``seq``, and its delta from ``base`` (worker thread)."""
        assert self._studio is not None
        return take_snapshot(self._studio.scene_view, seq, base)

    @property
    def seq(self) -> int:
        return self._published.seq

    @property
    def scene(self) -> Scene | None:
        return self._published.scene

    @property
    def scene_text(self) -> str:
        return self._published.text

    async def start(self) -> None:
        from autark.server.jobs import RenderJobs
        from autark.server.viewport import ViewportRenderer

        self.loop = asyncio.get_running_loop()
        self._viewport = ViewportRenderer()
        self.jobs = RenderJobs(self.project_dir / "renders", self._job_update, self.settings)
        if self._studio is not None:
            self.jobs.seal_key = await self._run(self._studio.store.file_key)

    async def close(self) -> None:
        for client in list(self.clients):
            client.close()
        if self.jobs is not None:
            await asyncio.to_thread(self.jobs.close)
        if self._viewport is not None:
            await asyncio.to_thread(self._viewport.close)
        await self._run(self._close_studio)
        self._exec.shutdown(wait=True)

    def _close_studio(self) -> None:
        if self._studio is not None:
            self._studio.close()
            self._studio = None

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._exec, fn, *args)

    # -- clients -------------------------------------------------------------------------------------------------
    def check_token(self, given: str | None) -> bool:
        if self.token is None:
            return True
        return given is not None and secrets.compare_digest(given.encode(), self.token.encode())

    def connect(self, client: Client) -> None:
        self.clients.add(client)
        self._broadcast_status()

    def disconnect(self, client: Client) -> None:
        self._suggest_waiting.pop(client, None)
        if client in self.clients:
            self.clients.remove(client)
            self._broadcast_status()

    def status(self) -> dict[str, Any]:
        busy = self.jobs is not None and self.jobs.busy()
        return {"clients": len(self.clients), "seq": self.seq, "busy": busy}

    def _broadcast_status(self) -> None:
        text = pr.dump(pr.message("status", self.status()))
        for c in self.clients:
            c.post(text)

    def broadcast(self, text: str) -> None:
        for c in list(self.clients):
            c.post(text)

    # -- messages ------------------------------------------------------------------------------------------------
    async def handle(self, client: Client, raw: str | bytes) -> None:
        """Carry out one message from ``client``; every reply goes to its outbox. Never raises."""
        req_id: Any = None
        try:
            env = pr.parse_envelope(raw)
            req_id = env.id
            if env.type == "hello":
                self.hello(client, env)
                return
            if not client.authed:
                raise pr.ProtocolError("unauthorized", "send the token first",
                                       hint='{"type": "hello", "data": {"token": "..."}}')
            if self.locked:
                raise pr.ProtocolError("locked", "the project is encrypted and not unlocked yet",
                                       hint="open the studio's page and type the passphrase (POST /api/unlock)")
            if env.type == "command":
                cmd = pr.parse_command(env.data)
                try:
                    data = await self.command(cmd)
                except NotUnderstood as exc:
                    client.send("error", pr.error_data(exc), req_id)
                    if cmd.text is not None and self.scene is not None:
                        await self._send_corrections(client, req_id, cmd.text, exc)
                    return
                client.send("response", data, req_id)
                if cmd.text is not None and client.prefs.get("suggestions", True):
                    self._suggest_later(client, req_id)
            elif env.type == "scene_state":
                if env.data:
                    raise pr.ProtocolError("bad_message", "scene_state takes no data", hint='"data": {}')
                client.post(f'{{"type":"response","id":{json.dumps(req_id)},"data":{self.scene_state_text()}}}')
            elif env.type == "user_preference":
                prefs = pr.parse_preferences(env.data)
                merged = {**client.prefs, **prefs}
                if len(merged) > pr.MAX_PREFERENCES:
                    raise pr.ProtocolError("too_large", f"at most {pr.MAX_PREFERENCES} preferences")
                reply = pr.dump(pr.message("response", {"preferences": merged}, req_id))
                client.prefs = merged  # kept only once its reply could be written
                client.post(reply)
        except Exception as exc:
            if not isinstance(exc, AutarkError):
                log.exception("studio request failed")
            if isinstance(exc, pr.ProtocolError) and req_id is None:
                req_id = exc.request_id
            client.send("error", pr.error_data(exc), req_id)

    def hello(self, client: Client, env: pr.Envelope) -> None:
        """Answer a ``hello``: with the right token (or none needed) the client is authorised; a wrong one is an
        ``unauthorized`` error, and the third closes the connection."""
        if not self.check_token(pr.parse_hello(env.data)):
            client.failed_hellos += 1
            if client.failed_hellos >= 3:
                client.send("error", {"code": "unauthorized", "message": "wrong token; closing the connection",
                                      "hint": "the token is printed by autark serve"}, env.id)
                client.close()
                return
            raise pr.ProtocolError("unauthorized", "wrong or missing token",
                                   hint="the token is printed by autark serve")
        client.authed = True
        client.send("response", {"ok": True, "hello": "autark"}, env.id)

    def greet(self, client: Client, raw: str | bytes) -> None:
        """The first message of a plain-TCP connection, which must be a ``hello``: anything else (an HTTP
        request a web page sent to this port, a line that is not the protocol) is answered with one error and
        the connection is closed without carrying anything out."""
        try:
            env = pr.parse_envelope(raw)
        except pr.ProtocolError:
            env = None
        if env is None or env.type != "hello":
            client.send("error", {"code": "hello_required", "message": "the first message on a TCP connection "
                                  "must be hello; closing the connection",
                                  "hint": '{"type": "hello", "id": 1, "data": {}} (with "token" where the studio '
                                          "has one)"})
            client.close()
            return
        try:
            self.hello(client, env)
        except pr.ProtocolError as exc:
            client.send("error", pr.error_data(exc), env.id)

    def scene_state_text(self) -> str:
        """``{"seq": N, "scene": SCENE}`` as JSON text, from the cached scene text (no re-serialising)."""
        snapshot = self._published
        return f'{{"seq":{snapshot.seq},"scene":{snapshot.text}}}'

    # -- commands ------------------------------------------------------------------------------------------------
    async def command(self, cmd: pr.CommandData) -> dict[str, Any]:
        """Carry out a command (sentence or action): broadcast its scene_update, return the response data.

        Commands wait in one queue in arrival order. The worker takes everything waiting as one group commit
        (``Studio.group``): each command runs on the scene the one before it left, as if alone, but the group
        is written in one transaction with one disk flush, and its scene_updates go out, in order, once it is
        on disk. Under many clients a command then waits for one short group, not for a flush per command
        ahead of it; a lone command is a group of one."""
        assert self.loop is not None
        future: asyncio.Future[CommandResult] = self.loop.create_future()
        self._queue.append((cmd, future))
        if self._drain_task is None or self._drain_task.done():
            self._drain_task = self.loop.create_task(self._drain())
        return response(await future)

    async def _drain(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[:MAX_GROUP], self._queue[MAX_GROUP:]
            try:
                outcomes = await self._run(self._execute_group, [cmd for cmd, _ in batch])
            except Exception as exc:  # the group could not be written: none of it happened
                outcomes = [(exc, None)] * len(batch)
            finally:
                self._last_command_at = asyncio.get_running_loop().time()
            for (_, future), (outcome, update) in zip(batch, outcomes, strict=True):
                if update is not None:
                    self.broadcast(update)
                if future.done():  # its sender went away
                    continue
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)

    def _execute_group(self, cmds: list[pr.CommandData]) -> list[Outcome]:
        """Worker thread: carry out the commands as one group commit; (result or error, scene_update text)."""
        outcomes, self._published = execute_group(self._studio, cmds, self._published)
        return outcomes

    async def undo(self) -> dict[str, Any]:
        return await self.command(pr.CommandData(action="undo"))

    async def redo(self) -> dict[str, Any]:
        return await self.command(pr.CommandData(action="redo"))

    async def history(self) -> list[dict[str, Any]]:
        def read() -> list[dict[str, Any]]:
            assert self._studio is not None
            return [{"seq": e.seq, "kind": e.kind, "text": e.sentence, "time": e.time}
                    for e in self._studio.history()]

        return await self._run(read)

    async def project_info(self) -> dict[str, Any]:
        def read() -> dict[str, Any]:
            from autark.scene.evaluate import film_duration_s

            studio = self._studio
            assert studio is not None and self.scene is not None
            store = studio.store
            return {"name": studio.name, "path": str(studio.path), "seq": self.seq,
                    "can_undo": store.undo_target() is not None, "can_redo": store.redo_target() is not None,
                    "duration": film_duration_s(self.scene)}

        return await self._run(read)

    # -- suggestions ---------------------------------------------------------------------------------------------
    async def suggestions(self, prefix: str) -> list[str]:
        """Sentences for the scene as it is now (cached per seq and prefix: every client asking after the same
        command gets the same list for one computation)."""
        from autark.server.suggest import suggestions

        seq, scene = self._published.seq, self._published.scene
        assert scene is not None
        key = (seq, prefix)
        hit = self._suggest_cache.get(key)
        if hit is None:
            hit = await asyncio.to_thread(suggestions, scene, prefix)
            if len(self._suggest_cache) >= 64:
                self._suggest_cache.pop(next(iter(self._suggest_cache)))
            self._suggest_cache[key] = hit
        return list(hit)

    async def _send_corrections(self, client: Client, req_id: Any, text: str, exc: NotUnderstood) -> None:
        from autark.server.suggest import corrections

        scene = self.scene
        assert scene is not None
        found = await asyncio.to_thread(corrections, " ".join(text.split()), exc, scene)
        client.send("suggestion", {"for": req_id, "suggestions": found})

    def _suggest_later(self, client: Client, req_id: Any) -> None:
        """What to try next, sent after the response. One background task serves every waiting client with
        one computation for the newest scene, after a short pause, so a burst of commands (many clients, or
        one typing fast) costs one set of interpretations, not one per command."""
        self._suggest_waiting[client] = req_id
        if self._suggest_task is None or self._suggest_task.done():
            self._suggest_task = asyncio.get_running_loop().create_task(self._suggest_run())

    async def _suggest_run(self) -> None:
        while self._suggest_waiting:
            # wait for a quiet moment: suggestions run a few interpretations, which would slow the commands
            # still arriving (the GIL); a burst of commands gets them once it is over
            loop = asyncio.get_running_loop()
            while (quiet := loop.time() - self._last_command_at) < SUGGEST_PAUSE_S or self._queue or (
                    self._drain_task is not None and not self._drain_task.done()):
                await asyncio.sleep(max(0.01, SUGGEST_PAUSE_S - quiet))
            waiting, self._suggest_waiting = self._suggest_waiting, {}
            try:
                found = await self.suggestions("")
            except Exception:  # suggestions are a courtesy: never let them break the studio
                log.exception("suggestions failed")
                continue
            for client, req_id in waiting.items():
                if client in self.clients:
                    client.send("suggestion", {"for": req_id, "suggestions": found})

    # -- viewport ------------------------------------------------------------------------------------------------
    async def viewport(self, request: ViewRequest) -> tuple[bytes, int]:
        assert self._viewport is not None

        def latest() -> tuple[Scene, int]:
            snapshot = self._published
            assert snapshot.scene is not None
            return snapshot.scene, snapshot.seq

        return await asyncio.wrap_future(self._viewport.submit(request, latest))

    @property
    def viewport_renderer(self) -> ViewportRenderer | None:
        return self._viewport

    # -- render jobs ---------------------------------------------------------------------------------------------
    def _job_update(self, data: dict[str, Any], state_changed: bool) -> None:
        """From a job thread: hand the progress to the event loop for broadcasting."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        text = pr.dump(pr.message("render_update", data))

        def deliver() -> None:
            self.broadcast(text)
            if state_changed:
                self._broadcast_status()

        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile (server shutting down)
            loop.call_soon_threadsafe(deliver)
