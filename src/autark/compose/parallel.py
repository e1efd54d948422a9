"""Render frames in worker processes, yielded in frame order with a bounded number in flight.

``make_renderer`` is called once inside each worker and returns ``render(frame_index) -> (H, W, 3) uint8``.
Workers are started with the 'spawn' method, so an OpenGL/EGL context is always created in the process
that uses it, never inherited across a fork. ``make_renderer`` must therefore be picklable: a module-level
function or a ``functools.partial`` of one.

Frames are handed out in contiguous chunks (``chunk_frames`` each, dynamically to whichever worker is
free) rather than one by one: a worker keeps its scene caches warm across neighbouring frames and each
round trip carries several frames. On 2 cores neither schedule won clearly (45 frames of a fill-heavy
720p EGL scene, medians of 3 on a shared, loaded machine, ``benchmarks/bench_compose.py --only render``:
chunks 6.98 s vs one frame per task 6.55 s in one run, 4.60 s vs 5.86 s in another), so the
cheaper-to-coordinate chunks stay.

Workers die with the process that started them, however it ends (``kill -9`` included): on Linux the
kernel sends each one SIGKILL when its parent goes (``PR_SET_PDEATHSIG``), elsewhere a thread in each
worker polls the parent's pid. The kernel's signal follows the parent *thread* that started the worker, so
the pool must be used from the thread that created it, as :func:`render_frames`' generator is.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import numpy as np

from autark.errors import RenderError, UserInputError

__all__ = ["DEFAULT_WORKERS", "POOL_MIN_FRAMES", "FrameRenderer", "RenderWorkers", "rasteriser_threads", "render_frames"]

FrameRenderer = Callable[[int], np.ndarray]

# Filled in each worker by its first chunk of a film: the film's renderer file and the worker's renderer of it.
_worker_render: tuple[str, FrameRenderer] | None = None


# How many render processes to use when the caller does not say (``workers=None``; the command line passes
# AUTARK_RENDER_WORKERS, see autark.config): two where there are two cores, for a film long enough to pay for
# starting them (``POOL_MIN_FRAMES``), else one, in this process. In one process the frame's Python (the
# scene's state, the instance records, the draw calls) and llvmpipe's rasterisers take turns, so a core idles
# while the other works; two processes, each rasterising on its own thread (``rasteriser_threads``), keep both
# busy. Measured with ``autark make`` of 30-second final films on the quiet 2-core machine (2026-12-07): the
# robot in the desert 48.3 s with one process, 41.6 s with two; the ghost in the castle 90.6 s, 77.5 s.
# (An earlier measurement, 45 frames, favoured one process: 4.26 s vs 6.98 s, when each worker still ran
# llvmpipe's full set of threads.)
DEFAULT_WORKERS = min(2, os.cpu_count() or 1)
POOL_MIN_FRAMES = 240  # ten seconds at 24 fps: a worker's start (imports, GL context, shaders) is 2-3 s


PARENT_POLL_S = 0.5  # how often a worker without PR_SET_PDEATHSIG looks for its parent


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when ``parent_pid`` ends: SIGKILL from the kernel on Linux, a polling thread elsewhere."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1  # <linux/prctl.h>
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
        if armed:
            if os.getppid() != parent_pid:  # the parent died before the request was made
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="autark-parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_S)
    os._exit(1)  # an orphan: nobody will read its frames


def _init_worker(env: dict[str, str], parent_pid: int, n_workers: int, warm: Callable[[], object] | None) -> None:
    _die_with_parent(parent_pid)
    os.environ.update(env)
    for name, value in rasteriser_threads(n_workers).items():
        os.environ.setdefault(name, value)
    if warm is not None:
        warm()


def _ready() -> bool:
    return True


def _render_chunk(renderer_path: str, start: int, stop: int) -> list[np.ndarray]:
    """Frames ``[start, stop)`` of the film whose ``make_renderer`` is pickled at ``renderer_path``: made once
    per worker and film (a worker keeps the last one it made)."""
    global _worker_render
    if _worker_render is None or _worker_render[0] != renderer_path:
        with open(renderer_path, "rb") as f:
            make_renderer = pickle.load(f)  # noqa: S301 - written by this film's own process, in its own folder
        _worker_render = (renderer_path, make_renderer())
    render = _worker_render[1]
    return [np.asarray(render(i)) for i in range(start, stop)]


class RenderWorkers:
    """Render processes started before their film is known, so their start (a Python with autark's imports, a
    GL context, the shaders compiled by a first frame: ``warm``) overlaps the planning and building instead of
    holding up the first frame. The first frame of a fresh worker cost ~2 s of CPU on the castle film (imports
    the render path loads lazily, the meshes of its kinds, llvmpipe compiling the shaders); started with the
    command, both workers are ready by the time the scenes are built on the main process's core.

    ``frames(make_renderer, n_frames)`` renders one film's frames in order; the workers can render several films
    one after another. Use it from the thread that created it (the workers die with that thread: see the module's
    docstring), and close it (or use it as a context manager)."""

    def __init__(self, n_workers: int, *, warm: Callable[[], object] | None = None,
                 env: dict[str, str] | None = None) -> None:
        import multiprocessing
        import tempfile

        if n_workers < 2:
            raise UserInputError(f"RenderWorkers needs 2 or more workers, not {n_workers}",
                                 hint="render in-process with render_frames(..., workers=1)")
        self.n_workers = n_workers
        self._folder = Path(tempfile.mkdtemp(prefix="autark-render-"))
        self._films = 0
        self._pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker, initargs=(env or {}, os.getpid(), n_workers, warm))
        # a pool starts a process per task while none is idle: one task each starts them all now
        self._started = [self._pool.submit(_ready) for _ in range(n_workers)]

    def frames(self, make_renderer: Callable[[], FrameRenderer], n_frames: int, *, chunk_frames: int = 4,
               max_in_flight: int | None = None) -> Iterator[np.ndarray]:
        """The ``n_frames`` frames of ``make_renderer``'s film in order, at most ``max_in_flight`` chunks (default:
        two per worker) queued or done but not yet taken; closing the iterator early cancels the rest."""
        if chunk_frames < 1:
            raise UserInputError(f"chunk_frames={chunk_frames} must be at least 1")
        self._films += 1
        path = self._folder / f"film-{self._films}.pickle"  # each task names it: a worker loads it once
        path.write_bytes(pickle.dumps(make_renderer))
        chunks = [(start, min(start + chunk_frames, n_frames)) for start in range(0, n_frames, chunk_frames)]
        limit = max_in_flight or 2 * self.n_workers
        pending: deque[Future[list[np.ndarray]]] = deque()
        next_chunk = 0
        try:
            while next_chunk < len(chunks) or pending:
                while next_chunk < len(chunks) and len(pending) < limit:
                    pending.append(self._pool.submit(_render_chunk, str(path), *chunks[next_chunk]))
                    next_chunk += 1
                yield from _result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()
            for future in pending:  # a worker may still read the file for a chunk it had begun
                with contextlib.suppress(Exception):
                    future.result()
            path.unlink(missing_ok=True)

    def close(self, *, now: bool = False) -> None:
        """End the workers once they are idle, or ``now`` (a command that failed before its film, Ctrl-C): a
        worker still warming up would otherwise hold up the error for its seconds of start."""
        if now:  # the executor has no public way to stop a busy worker before Python 3.14
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> RenderWorkers:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(now=exc_type is not None)


def render_frames(
    make_renderer: Callable[[], FrameRenderer],
    n_frames: int,
    workers: int | None = None,
    *,
    chunk_frames: int = 4,
    max_in_flight: int | None = None,
    worker_env: dict[str, str] | None = None,
    pool: RenderWorkers | None = None,
) -> Iterator[np.ndarray]:
    """Yield ``n_frames`` frames in order, rendered by ``workers`` processes (in-process for 1; None:
    ``DEFAULT_WORKERS`` for ``POOL_MIN_FRAMES`` or more, else 1).

    At most ``max_in_flight`` chunks (default: two per worker) are queued or done-but-not-yet-consumed, so
    memory stays flat however long the film is. ``worker_env`` is set in each worker before its renderer
    is made (e.g. ``{"LP_NUM_THREADS": "1"}`` to pin llvmpipe to one thread per process). ``pool``: workers
    started earlier (:class:`RenderWorkers`), used instead of starting ``workers`` processes for this film
    (left running for the next). Closing the iterator early (or an error in a worker) ends this film's work.
    """
    if n_frames < 0:
        raise UserInputError(f"cannot render {n_frames} frames", hint="the frame count must be 0 or more")
    if chunk_frames < 1:
        raise UserInputError(f"chunk_frames={chunk_frames} must be at least 1")
    n_workers = (DEFAULT_WORKERS if n_frames >= POOL_MIN_FRAMES else 1) if workers is None else workers
    if n_workers < 1:
        raise UserInputError(f"workers={n_workers} must be at least 1", hint="use 1 to render in-process")
    if n_frames == 0:
        return
    if pool is not None:
        yield from pool.frames(make_renderer, n_frames, chunk_frames=chunk_frames, max_in_flight=max_in_flight)
        return
    if n_workers == 1:
        yield from _render_in_process(make_renderer, n_frames)
        return
    yield from _render_in_pool(make_renderer, n_frames, n_workers, chunk_frames,
                               max_in_flight or 2 * n_workers, worker_env or {})


def rasteriser_threads(n_workers: int) -> dict[str, str]:
    """llvmpipe's rasteriser threads for each of ``n_workers`` processes: the cores shared out, less the
    process's own thread, which bins (0: it rasterises on its own thread). Several processes each filling the
    cores with threads that wait on one another cost more CPU a frame than each drawing on its own thread.
    Each worker sets it only where its environment does not say already (a person's LP_NUM_THREADS is kept); a
    GPU ignores it."""
    return {"LP_NUM_THREADS": str(max(0, (os.cpu_count() or 1) // n_workers - 1))}


def _render_in_process(make_renderer: Callable[[], FrameRenderer], n_frames: int) -> Iterator[np.ndarray]:
    render = make_renderer()
    for index in range(n_frames):
        yield np.asarray(render(index))


def _render_in_pool(make_renderer: Callable[[], FrameRenderer], n_frames: int, n_workers: int,
                    chunk_frames: int, max_in_flight: int, env: dict[str, str]) -> Iterator[np.ndarray]:
    with RenderWorkers(n_workers, env=env) as workers:
        yield from workers.frames(make_renderer, n_frames, chunk_frames=chunk_frames, max_in_flight=max_in_flight)


def _result(future: Future[list[np.ndarray]]) -> list[np.ndarray]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise RenderError("a render worker process died", hint="try workers=1 to see the error directly") from exc
    except (RenderError, UserInputError):
        raise
    except Exception as exc:  # a renderer bug in a worker: keep its message, name where it happened
        raise RenderError(f"rendering failed in a worker: {exc!r}") from exc
