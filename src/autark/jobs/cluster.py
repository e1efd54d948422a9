"""Film pieces rendered on a Ray cluster: ``autark render DIR -o film.mp4 --executor ray --address HOST:PORT``.

The production graph (``autark.jobs.graph``) decides which pieces are missing from the project's cache; with
``FilmOptions.executor`` set to a :class:`RayExecutor` it hands those pieces here instead of rendering them in
this process. Each piece is one Ray task running :func:`render_piece`, a pure function of its
:class:`~autark.jobs.graph.PiecePayload` (the film's scenes as JSON, its frame range, size, rate, quality and
render settings, the captions to burn) that returns the encoded video-only segment's bytes. The film's JSON is
put into the object store once and shared by every task; the bytes come back through the object store to this
process (the driver), which keeps them in the project's cache, joins the film and mixes its sound, exactly as a
local render does. Workers hold no state a film depends on: a worker keeps its renderer between pieces only as
a speed-up (``graph._renderer_for``).

Faults: a worker process or node that dies in the middle of a piece is Ray's to handle: the task is run again
elsewhere up to ``max_retries`` times. An error inside a piece (bad input, a renderer that fails) is not
retried (it would fail again); both, once nothing is left to try, are a ``RenderError`` naming the piece and
its frames. Cancellation and the job's time limit cancel every task still running.

Ray is an optional extra (``pip install 'autark-studio[cluster]'``) and is imported only here, only when a film
is rendered with this executor: the default local executor opens no connection. Ray's own usage statistics are
switched off in this process (``RAY_USAGE_STATS_ENABLED=0``); docs/CLUSTER.md says how a studio sets up the
machines (where the cache lives, what the workers need).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autark.errors import AutarkError, RenderError, UserInputError

if TYPE_CHECKING:
    from autark.compose import Cue
    from autark.jobs.cache import ResultCache
    from autark.jobs.film import FilmOptions, Segment
    from autark.jobs.graph import PiecePayload
    from autark.jobs.metrics import RunMetrics
    from autark.jobs.pieces import Piece

__all__ = ["EXECUTORS", "RayExecutor", "check_reachable", "executor_pieces", "make_executor", "render_piece"]

EXECUTORS = ("local", "ray")
DEFAULT_MAX_RETRIES = 3  # runs of a piece after the first when its worker or node dies
CONNECT_TIMEOUT_S = 5.0
_POLL_S = 0.2  # how often the driver looks at cancellation and the time limit while tasks run


def render_piece(payload: PiecePayload, film: str, mark: bool = False, engine: str | None = None) -> bytes:
    """One piece's encoded segment: ``payload`` with its film JSON given apart (``film``: one object in Ray's
    store shared by every piece) and the AI badge burned in when ``mark``. Pure: the same arguments give the
    same bytes on the same engine (``autark.jobs.pieces.engine_fingerprint``); ``engine`` is the driver's, and
    a worker running other sources refuses (its pieces would be cached under keys that do not describe them)."""
    from autark.jobs.graph import run_piece
    from autark.jobs.pieces import engine_fingerprint

    if engine is not None and engine != engine_fingerprint():
        import importlib.metadata
        import socket

        version = importlib.metadata.version("autark-studio")
        raise RenderError(f"the worker on {socket.gethostname()} runs another autark (version {version} "
                          "or other sources) than this machine",
                          hint="install the same autark on every machine of the cluster")
    payload = dataclasses.replace(payload, film=film)
    if not mark:
        return run_piece(payload)
    return _run_marked_piece(payload)


def _run_marked_piece(payload: PiecePayload) -> bytes:
    """``run_piece`` with the visible AI badge drawn on each frame before the captions, as the local path."""
    import tempfile
    from fractions import Fraction

    from autark.compose.mark import mark_frames
    from autark.compose.segments import encode_segment
    from autark.compose.subtitles import Cue, SubtitleBurner
    from autark.jobs.graph import _renderer_for

    render = _renderer_for(payload.film, payload.fps, payload.width, payload.height, payload.settings)
    burner = None
    if payload.burned:
        burner = SubtitleBurner([Cue(a, b, t) for a, b, t in payload.burned], payload.width, payload.height,
                                Fraction(payload.fps))
    frames = mark_frames((render(i) for i in range(payload.start, payload.stop)), payload.width, payload.height)
    with tempfile.TemporaryDirectory(prefix="autark-piece-") as tmp:
        path = encode_segment(frames, Path(tmp) / "piece.mp4", payload.fps, payload.width, payload.height,
                              payload.quality, burner=burner, first_index=payload.start)
        return path.read_bytes()


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UserInputError("the ray executor needs Ray, which is not installed",
                             hint="pip install 'autark-studio[cluster]' (on this machine and every worker), "
                                  "or leave out --executor ray") from None
    return ray


def check_reachable(address: str, timeout_s: float = CONNECT_TIMEOUT_S) -> None:
    """Refuse at once an address that is not ``HOST:PORT`` or where nothing listens (Ray itself would retry
    for minutes): one TCP connection to the address the person gave, and nowhere else."""
    import socket

    hostport = address.split("://", 1)[1] if "://" in address else address
    host, sep, port = hostport.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UserInputError(f"{address!r} is not a cluster address", hint="give HOST:PORT, such as 10.0.0.5:6379")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s):
            pass
    except OSError as exc:
        raise RenderError(f"cannot reach the Ray cluster at {address}: {exc.strerror or exc}",
                          hint="start it with `ray start --head --port PORT` on the head machine and give its "
                               "address; a firewall must let this machine reach it") from None


def _where(piece: Piece, fps: int) -> str:
    return (f"piece {piece.index} (frames {piece.start}-{piece.stop - 1}, "
            f"{piece.start / fps:.2f}-{piece.stop / fps:.2f} s)")


class RayExecutor:
    """Runs film pieces as Ray tasks on the cluster at ``address`` (``HOST:PORT`` of its head, or
    ``ray://HOST:10001`` through Ray Client). Connects for one film and disconnects after it, unless this
    process was already connected (then the connection is left as it was). ``piece_fn`` replaces
    :func:`render_piece` (same arguments; the tests use it to stall a piece so its worker can be killed)."""

    name = "ray"

    def __init__(self, address: str, *, max_retries: int = DEFAULT_MAX_RETRIES, cpus_per_piece: float = 1.0,
                 piece_fn: Callable[..., bytes] | None = None) -> None:
        address = (address or "").strip()
        if not address:
            raise UserInputError("the ray executor needs the cluster's address",
                                 hint="--address HOST:PORT (the head's, as `ray start --head` printed it)")
        if max_retries < 0:
            raise UserInputError(f"max_retries must be 0 or more, not {max_retries}")
        self.address, self.max_retries, self.cpus_per_piece = address, max_retries, cpus_per_piece
        self.piece_fn = piece_fn or render_piece

    def __repr__(self) -> str:
        return f"RayExecutor({self.address!r})"

    def _connect(self, ray: Any) -> bool:
        """Connect to the cluster; True when this call made the connection (and so must close it)."""
        if ray.is_initialized():
            return False
        check_reachable(self.address)
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # nothing reported to Ray's makers
        try:
            ray.init(address=self.address, log_to_driver=False, logging_level="ERROR")
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
            raise RenderError(f"cannot reach the Ray cluster at {self.address}: {exc}",
                              hint="start it with `ray start --head` on the head machine and give the address "
                                   "it printed; this machine must run `ray start --address HEAD:PORT` too, or "
                                   "use ray://HEAD:10001") from exc
        return True

    def run(self, jobs: Sequence[tuple[Piece, PiecePayload]], mark: bool, on_done: Callable[[Piece, bytes], None],
            check: Callable[[str], None]) -> None:
        """Run every job, calling ``on_done(piece, segment_bytes)`` on this thread as each finishes (in any
        order); ``check(where)`` raises to stop (cancellation, the time limit) and every task still running
        is cancelled."""
        if not jobs:
            return
        ray = _import_ray()
        from ray import exceptions as rex

        made = self._connect(ray)
        from autark.jobs.pieces import engine_fingerprint

        task = ray.remote(num_cpus=self.cpus_per_piece, max_retries=self.max_retries,
                          retry_exceptions=False)(self.piece_fn)
        pending: dict[Any, Piece] = {}
        try:
            film_ref = ray.put(jobs[0][1].film)  # every piece of one film shares it
            fps = jobs[0][1].fps
            for piece, payload in jobs:
                pending[task.remote(dataclasses.replace(payload, film=""), film_ref, mark,
                                    engine_fingerprint())] = piece
            while pending:
                check("the pieces on the cluster")
                ready, _ = ray.wait(list(pending), num_returns=1, timeout=_POLL_S)
                for ref in ready:
                    piece = pending.pop(ref)
                    try:
                        data = ray.get(ref)
                    except rex.RayTaskError as exc:
                        cause = getattr(exc, "cause", None)
                        if isinstance(cause, AutarkError):
                            raise RenderError(f"{_where(piece, fps)}: {cause.message}", hint=cause.hint) from exc
                        raise RenderError(f"{_where(piece, fps)} failed on the cluster: "
                                          f"{type(cause or exc).__name__}: {cause or exc}") from exc
                    except (rex.WorkerCrashedError, rex.NodeDiedError, rex.ObjectLostError,
                            rex.OwnerDiedError, rex.TaskUnschedulableError, rex.RaySystemError) as exc:
                        raise RenderError(f"{_where(piece, fps)} failed on the cluster after "
                                          f"{self.max_retries + 1} attempt(s): {type(exc).__name__}",
                                          hint="its worker died each time: look at the workers' memory and "
                                               "logs (/tmp/ray/session_latest/logs on each machine)") from exc
                    on_done(piece, data)
        finally:
            for ref in pending:  # stopped early: nothing keeps running for this film
                with contextlib.suppress(Exception):  # a task that just finished cannot be cancelled
                    ray.cancel(ref, force=True)
            if made:
                ray.shutdown()


def make_executor(name: str, address: str | None) -> RayExecutor | None:
    """The executor ``--executor NAME --address HOST:PORT`` asks for: None for the local one."""
    name = (name or "local").strip().lower()
    if name not in EXECUTORS:
        raise UserInputError(f"unknown executor {name!r}", hint="use " + " or ".join(EXECUTORS))
    if name == "local":
        if address:
            raise UserInputError("--address is for the ray executor", hint="add --executor ray")
        return None
    if not address:
        raise UserInputError("--executor ray needs --address HOST:PORT",
                             hint="the address `ray start --head` printed on the cluster's head machine")
    _import_ray()  # a missing extra or a cluster that is not there is said now, before any work
    check_reachable(address)
    return RayExecutor(address)


def executor_pieces(executor: RayExecutor, missing: Sequence[Piece], segments: Sequence[Segment],
                    cues: Sequence[Cue], options: FilmOptions, width: int, height: int, store: ResultCache,
                    metrics: RunMetrics, work: Path, paths: dict[int, Path], check: Callable[[str], None],
                    on_rendered: Callable[[int], None] | None = None,
                    on_encoded: Callable[[int], None] | None = None) -> None:
    """The production graph's seam: render ``missing`` pieces with ``executor``, keep each segment in the
    project's cache as it arrives and link it into ``work`` (``paths[piece.index]``), as the local path does."""
    from autark.jobs.film import _payload
    from autark.jobs.graph import PiecePayload
    from autark.jobs.metrics import TaskTiming
    from autark.jobs.sound_cache import link_or_copy

    film = _payload(segments)
    settings = tuple(sorted(options.render_settings().items()))
    burned = tuple((c.start_s, c.end_s, c.text) for c in cues) if (cues and options.burn_subtitles) else ()
    mark = bool(getattr(getattr(options, "provenance", None), "mark", False))
    jobs = [(p, PiecePayload(film, p.start, p.stop, options.fps, width, height, options.quality, settings, burned,
                             p.key)) for p in missing]
    t0 = time.perf_counter()
    frames = 0

    def done(piece: Piece, data: bytes) -> None:
        nonlocal frames
        stored = store.put_bytes("piece", piece.key, data, {"frames": piece.n_frames})
        paths[piece.index] = link_or_copy(stored, work / f"piece-{piece.index:05d}.mp4")
        # the time until the piece was back (Ray keeps a task's own duration to itself; this includes the
        # wait for a free worker, which is what the film waited for)
        metrics.add(TaskTiming(f"piece {piece.index}", "piece", time.perf_counter() - t0, False,
                               frames=piece.n_frames))
        frames += piece.n_frames
        metrics.frames_rendered += piece.n_frames
        for callback in (on_rendered, on_encoded):
            if callback is not None:
                callback(frames)

    executor.run(jobs, mark, done, check)
