"""The studio hub: one open project shared by every client (browser tabs, TCP programs, REST calls).

The ``Studio`` (SQLite underneath) is used from ONE worker thread. Commands from all clients wait in one
queue in arrival order; the worker carries out everything waiting as one group commit (one transaction, one
disk flush), and the group's ``scene_update``s are broadcast in seq order once it is on disk, so every
client sees updates in seq order and the sender sees its update before its ``response``.
A ``scene_update`` carries a delta (the objects and parts that changed), serialised once for all clients;
a client that joins or misses one reads the whole scene (``scene_state`` or ``GET /api/scene``).

Each client has an outbound queue drained by its transport; a client that stops reading (queue full) is
dropped rather than slowing everyone else down. What clients are sent of the scene is ``snapshot.py``'s.
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

from pydantic import ValidationError

from autark.config import Settings
from autark.errors import AutarkError, NotFound, NotUnderstood, ProjectError, UserInputError
from autark.server import protocol as pr
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
        try:
            hub._exec.submit(hub._open_studio).result()
        except BaseException:
            hub._exec.shutdown(wait=False)
            raise
        return hub

    def _open_studio(self) -> None:
        from autark.store.project import project_file
        from autark.studio import Studio

        if not project_file(self.project_dir).is_file():
            raise ProjectError(f"{self.project_dir} is not an autark project (no project.ams)",
                               hint=f"create one with: autark new {self.project_dir}")
        self._studio = Studio.open(self.project_dir)
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
        return _response(await future)

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

    def _execute_group(self, cmds: list[pr.CommandData]) -> list[tuple[CommandResult | BaseException, str | None]]:
        """Worker thread: carry out the commands as one group commit; (result or error, scene_update text)."""
        refused: dict[int, BaseException] = {}
        while True:
            try:
                return self._try_group(cmds, refused)
            except _Unpublishable as exc:
                # a command left a scene that cannot be sent as JSON: the group was rolled back; again without it
                log.error("a command left a scene that cannot be written as JSON", exc_info=exc.__cause__)
                refused[exc.index] = ProjectError(
                    "that change would leave the scene with values that cannot be sent (not finite); nothing "
                    "was changed", hint="use numbers within the limits table in the README")

    def _try_group(self, cmds: list[pr.CommandData], refused: dict[int, BaseException]
                   ) -> list[tuple[CommandResult | BaseException, str | None]]:
        studio = self._studio
        if studio is None:
            raise ProjectError("the project is closed")
        outcomes: list[tuple[CommandResult | BaseException, str | None]] = []
        snapshot = self._published
        # if the group cannot be written this raises, the studio's scene goes back to what is stored and
        # nothing of the group has been published (the next group's deltas start from the published scene)
        with studio.group():
            for index, cmd in enumerate(cmds):
                if index in refused:
                    outcomes.append((refused[index], None))
                    continue
                try:
                    result, update, snapshot = self._execute(studio, cmd, snapshot, index)
                except _Unpublishable:
                    raise
                except ValidationError as exc:  # a model refused a value the protocol let through
                    outcomes.append((UserInputError(_invalid(exc)), None))
                    continue
                except Exception as exc:
                    outcomes.append((exc, None))
                    continue
                outcomes.append((result, update))
        self._published = snapshot  # readers on other threads see only what is on disk
        return outcomes

    def _execute(self, studio: Studio, cmd: pr.CommandData, before: Snapshot, index: int = 0
                 ) -> tuple[CommandResult, str | None, Snapshot]:
        """Worker thread: carry the command out; its scene_update text (None if nothing changed) and the scene
        after it. Raises _Unpublishable when the scene it left cannot be written as strict JSON."""
        if cmd.text is not None:
            result = studio.do(cmd.text)
        else:
            assert cmd.action is not None
            result = self._action(studio, cmd.action, cmd.parameters)
        if result.seq is None:
            return result, None, before
        try:
            snapshot, delta = self._snapshot(result.seq, before)
            head = {"seq": result.seq, "kind": result.kind, "text": result.text, "summary": result.summary,
                    "added": result.added, "removed": result.removed, "changed": result.changed,
                    "other": result.other}
            body = pr.dump(pr.message("scene_update", head))
        except ValueError as exc:  # NaN or an infinity: the studio's own checks should have refused it
            raise _Unpublishable(index) from exc
        # the delta goes in as text: serialised once for every client
        update = body[:-2] + ',"delta":' + delta + "}}"
        return result, update, snapshot

    def _action(self, studio: Studio, action: str, parameters: dict[str, Any]) -> CommandResult:
        from autark import ops

        params = pr.parse_action(action, parameters)
        if action == "undo":
            done = studio.undo()
            if done is None:
                raise pr.ProtocolError("nothing_to_undo", "there is nothing to undo")
            return done
        if action == "redo":
            done = studio.redo()
            if done is None:
                raise pr.ProtocolError("nothing_to_redo", "there is nothing to redo")
            return done
        scene = studio.scene_view  # read only; re-read by the studio if another process changed the project
        p = params.model_dump(exclude_none=True)
        label = _label(action, p)
        if action == "add_object":
            obj = _typed_object(scene, p)
            return studio.apply_ops([ops.AddObject(object=obj), ops.SetFocus(ids=[obj.id])], label)
        if action == "remove_objects":
            for oid in p["ids"]:
                _check_id(scene, oid)
            return studio.apply_ops([ops.RemoveObjects(ids=p["ids"])], label)
        oid = _check_id(scene, p.pop("id"))
        if action == "set_transform":
            if "scale" in p and any(s <= 0 for s in p["scale"]):
                raise pr.ProtocolError("bad_message", "scale must be positive", hint="for example [1, 1, 1]")
            op: Any = ops.SetTransform(id=oid, **p)
        elif action == "set_material":
            changes: dict[str, Any] = {}
            if "color" in p:
                changes["color"] = _rgb(p["color"])
            if "roughness" in p:
                changes["roughness"] = p["roughness"]
            if "metalness" in p:
                changes["metallic"] = p["metalness"]
            op = ops.SetMaterial(id=oid, changes=changes)
        elif action == "set_name":
            op = ops.SetName(id=oid, name=p["name"])
        else:  # set_visible
            op = ops.SetVisible(ids=[oid], visible=p["visible"])
        return studio.apply_ops([op], label)

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


class _Unpublishable(Exception):
    """Command ``index`` of a group left a scene that cannot be written as strict JSON."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


def _invalid(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"that change is not valid ({where}: {first.get('msg', 'invalid')})"


def _label(action: str, p: dict[str, Any]) -> str:
    """How a typed action reads in the history: 'add chair at (1, 0, 2)', 'set obj3 position (0, 0, 1)'."""
    def fmt(v: Any) -> str:
        if isinstance(v, list | tuple):
            return "(" + ", ".join(f"{x:g}" if isinstance(x, float | int) else str(x) for x in v) + ")"
        return str(v)

    if action == "add_object":
        words = [f"add {p['type']}"] + [f"{k} {fmt(p[k])}" for k in ("name", "color") if k in p]
        if "position" in p:
            words.append(f"at {fmt(p['position'])}")
        return " ".join(words)[:300]
    if action == "remove_objects":
        return ("remove " + ", ".join(p["ids"]))[:300]
    rest = " ".join(f"{k} {fmt(v)}" for k, v in p.items() if k != "id")
    return f"{action.removeprefix('set_').replace('_', ' ')} {p.get('id', '')}: {rest}"[:300]


def _response(result: CommandResult) -> dict[str, Any]:
    return {"ok": True, "seq": result.seq, "summary": result.summary, "added": result.added,
            "removed": result.removed, "changed": result.changed, "other": result.other}


def _check_id(scene: Scene, oid: str) -> str:
    if scene.find_object(oid) is None:
        ids = ", ".join(o.id for o in scene.objects[:20]) or "none"
        raise NotFound(f"there is no object with id {oid!r}", hint=f"objects: {ids}")
    return oid


def _rgb(value: Any) -> tuple[float, float, float]:
    from autark.language.lexicon import COLORS

    color = pr.parse_color(tuple(value) if isinstance(value, list | tuple) else value)
    if isinstance(color, tuple):
        return color
    if color in COLORS:
        return COLORS[color]
    import difflib

    close = difflib.get_close_matches(color, sorted(COLORS), n=1)
    raise NotUnderstood(f"I don't know the colour {color!r}" + (f" -- did you mean {close[0]!r}?" if close else ""),
                        word=color, suggestions=close, hint="give [r, g, b] in 0..1 or '#rrggbb'")


def _typed_object(scene: Scene, p: dict[str, Any]) -> Any:
    """The object ``add_object`` adds: the command engine's own (``autark.language.new_object``)."""
    from autark.assets import library
    from autark.language import new_object

    type_ = p["type"].strip().lower().replace(" ", "_")
    if type_ not in library.all_types():
        import difflib

        close = difflib.get_close_matches(type_, library.all_types(), n=3)
        raise NotUnderstood(f"there is no object type {p['type']!r}" + (f" -- did you mean {close[0]!r}?"
                                                                          if close else ""),
                            word=p["type"], suggestions=close,
                            hint="types: " + ", ".join(library.all_types()))
    color = p.get("color")
    word = None
    rgb = None
    if color is not None:
        parsed = pr.parse_color(tuple(color) if isinstance(color, list | tuple) else color)
        if isinstance(parsed, tuple):
            rgb = parsed
        else:
            word = parsed
    obj = new_object(scene, type_, color=word, position=p.get("position"))
    if rgb is not None:
        obj.material = obj.material.model_copy(update={"color": rgb})
    if "name" in p:
        obj.name = p["name"]
    return obj
