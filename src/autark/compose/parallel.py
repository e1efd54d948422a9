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
cheaper-to-coordinate chunks stay. After the first chunk, a chunk's frames come back in a shared-memory slot
the parent lends it, not pickled through the pipe (``autark.compose.frame_slots``).

Workers die with the process that started them, however it ends (``kill -9`` included): on Linux the
kernel sends each one SIGKILL when its parent goes (``PR_SET_PDEATHSIG``), elsewhere a thread in each
worker polls the parent's pid. The kernel's signal follows the parent *thread* that started the worker, so
the pool must be used from the thread that created it, as :func:`render_frames`' generator is.

A worker's start costs its imports, its GL context and programs (~1.5 s of CPU each on the 2-core machine,
before the first frame); :func:`warm_workers` starts them earlier, while the caller is still busy with work
that leaves a core idle (a film's scenes being built), and the next :func:`render_frames` from the same thread
with as many workers takes them over; the frame source then travels with each chunk and is made once per
worker.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import itertools
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.compose.frame_slots import FrameSlots, deliver
from autark.errors import RenderError, UserInputError

__all__ = ["DEFAULT_WORKERS", "POOL_MIN_FRAMES", "FrameRenderer", "rasteriser_threads", "render_frames",
           "warm_workers"]

FrameRenderer = Callable[[int], np.ndarray]

# Filled in each worker by _init_worker (or by the first chunk a warm worker gets): the worker's own renderer (and
# GL context), and which render_frames call it belongs to.
_worker_render: FrameRenderer | None = None
_worker_token: int | None = None


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


def _init_worker(make_renderer: Callable[[], FrameRenderer] | None, env: dict[str, str], parent_pid: int,
                 n_workers: int, warm: Callable[[], object] | None = None) -> None:
    global _worker_render
    _die_with_parent(parent_pid)
    keep_freed_memory()
    os.environ.update(env)
    for name, value in rasteriser_threads(n_workers).items():
        os.environ.setdefault(name, value)
    if warm is not None:
        warm()
    if make_renderer is not None:
        _worker_render = make_renderer()


# A worker allocates a few arrays of a frame's size for every frame (the read-back's flipped copy, the pickled
# result, a cross-fade's blend): 2.7 MB each at 720p, above glibc's threshold for giving memory back to the
# kernel, so each was mapped afresh and its pages faulted in and zeroed again (huge pages included). In the
# profile of a 30-second final film (perf, the fisherman's) the workers' kernel time was 17% of their CPU,
# four fifths of it those page faults: ~7% of the whole film's CPU. Kept by the allocator instead, the same
# pages serve the next frame.
KEEP_FREED_BYTES = 256 << 20  # memory freed at the top of the heap that stays with the process
MMAP_THRESHOLD_BYTES = 32 << 20  # allocations below this come from the heap (glibc's largest dynamic one)


def keep_freed_memory() -> None:
    """Have glibc's allocator keep freed memory for reuse in this process rather than give it back to the
    kernel (and fault it in again) every frame; a no-op where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3  # <malloc.h>
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: no mallopt
        return
    mallopt(m_mmap_threshold, MMAP_THRESHOLD_BYTES)
    mallopt(m_trim_threshold, KEEP_FREED_BYTES)
    mallopt(m_top_pad, 16 << 20)


def _render_chunk(start: int, stop: int, slot: str | None = None) -> Any:
    """Frames ``start``..``stop``, written into the shared-memory ``slot`` where one is lent (``frame_slots``)."""
    if _worker_render is None:  # pragma: no cover - the initializer always runs first
        raise RenderError("render worker was not initialised")
    return deliver([np.asarray(_worker_render(i)) for i in range(start, stop)], slot)


def _render_chunk_of(make_renderer: Callable[[], FrameRenderer], token: int, start: int, stop: int,
                     slot: str | None = None) -> Any:
    """A chunk for a warm worker: its renderer is made from ``make_renderer`` once per ``token`` (one
    ``render_frames`` call)."""
    global _worker_render, _worker_token
    if _worker_token != token:
        _worker_render, _worker_token = make_renderer(), token
    return _render_chunk(start, stop, slot)


def _ready() -> None:
    """A task that makes the pool start a worker (a pool starts them as tasks arrive)."""


def render_frames(
    make_renderer: Callable[[], FrameRenderer],
    n_frames: int,
    workers: int | None = None,
    *,
    chunk_frames: int = 4,
    max_in_flight: int | None = None,
    worker_env: dict[str, str] | None = None,
) -> Iterator[np.ndarray]:
    """Yield ``n_frames`` frames in order, rendered by ``workers`` processes (in-process for 1; None:
    ``DEFAULT_WORKERS`` for ``POOL_MIN_FRAMES`` or more, else 1).

    At most ``max_in_flight`` chunks (default: two per worker) are queued or done-but-not-yet-consumed, so
    memory stays flat however long the film is. ``worker_env`` is set in each worker before its renderer
    is made (e.g. ``{"LP_NUM_THREADS": "1"}`` to pin llvmpipe to one thread per process).
    Closing the iterator early (or an error in a worker) shuts the pool down.
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
    warm = _take_warm(n_workers, worker_env or {})
    if n_workers == 1:
        yield from _render_in_process(make_renderer, n_frames)
        return
    yield from _render_in_pool(make_renderer, n_frames, n_workers, chunk_frames,
                               max_in_flight or 2 * n_workers, worker_env or {}, warm)


@dataclass
class _Warm:
    """Workers started ahead by :func:`warm_workers`, waiting for the next ``render_frames``."""

    pool: ProcessPoolExecutor
    n_workers: int
    env: dict[str, str]
    thread: int  # the thread that started them (their PR_SET_PDEATHSIG follows it)


_warm: list[_Warm] = []  # at most one
_tokens = itertools.count(1)


def warm_workers(n_frames: int, workers: int | None = None, *, warm: Callable[[], object] | None = None,
                 worker_env: dict[str, str] | None = None) -> int:
    """Start now the worker processes that ``render_frames(..., n_frames, workers)`` from this thread will use
    (none where it would render in-process); each runs ``warm()`` (picklable; its imports, a GL context, its
    programs) as it starts. Returns how many were started. Workers left from an earlier call that were never
    used are shut down first; unused ones end with the process."""
    n_workers = (DEFAULT_WORKERS if n_frames >= POOL_MIN_FRAMES else 1) if workers is None else workers
    _discard_warm()
    if n_workers < 2:
        return 0
    import multiprocessing

    env = dict(worker_env or {})
    pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(None, env, os.getpid(), n_workers, warm))
    for _ in range(n_workers):  # a spawn pool starts a worker for each task that finds none idle
        pool.submit(_ready)
    _warm.append(_Warm(pool, n_workers, env, threading.get_ident()))
    return n_workers


def _take_warm(n_workers: int, env: dict[str, str]) -> _Warm | None:
    """The warm workers, when they fit this call (as many, the same environment, this thread); else None (and
    any warm ones are shut down: they would only hold memory)."""
    if not _warm:
        return None
    warm = _warm.pop()
    if (warm.n_workers, warm.env, warm.thread) == (n_workers, env, threading.get_ident()):
        return warm
    _end(warm.pool)
    return None


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop warm workers that will not be used: killed, not waited for (one may still be warming up, seconds
    on a loaded machine, and it holds nothing)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _discard_warm() -> None:
    while _warm:
        _end(_warm.pop().pool)


# At exit, before concurrent.futures joins its pools' workers (threading's exit hooks run before atexit's, the
# last registered first): a command that fails while its scenes are built does not wait for warming workers.
getattr(threading, "_register_atexit", atexit.register)(_discard_warm)


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
                    chunk_frames: int, max_in_flight: int, env: dict[str, str], warm: _Warm | None = None
                    ) -> Iterator[np.ndarray]:
    import multiprocessing

    chunks = [(start, min(start + chunk_frames, n_frames)) for start in range(0, n_frames, chunk_frames)]
    pending: deque[tuple[Future[Any], str | None]] = deque()  # each chunk's task and the slot lent to it
    if warm is not None:  # started ahead: the frame source goes with every chunk, made once per worker
        pool = warm.pool
        task: Callable[..., Any] = functools.partial(_render_chunk_of, make_renderer, next(_tokens))
    else:
        pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(make_renderer, env, os.getpid(), n_workers))
        task = _render_chunk
    next_chunk = 0
    slots: FrameSlots | None = None  # made once the first chunk's frames tell their size (``frame_slots``)
    try:
        while next_chunk < len(chunks) or pending:
            while next_chunk < len(chunks) and len(pending) < max_in_flight:
                slot = slots.take() if slots is not None else None
                pending.append((pool.submit(task, *chunks[next_chunk], slot), slot))
                next_chunk += 1
            frames = _result(*pending.popleft(), slots)
            if slots is None and frames and next_chunk < len(chunks):
                slots = FrameSlots(max_in_flight, chunk_frames * max(f.nbytes for f in frames))
            yield from frames
    finally:
        for future, _ in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        if slots is not None:
            slots.close()


def _result(future: Future[Any], slot: str | None, slots: FrameSlots | None) -> list[np.ndarray]:
    """A chunk's frames: read from the slot lent to it (which is free again) or as they came through the
    pipe (a chunk too big for its slot, or one sent before the slots were made)."""
    result = _done(future)
    if slot is None or slots is None:
        return result
    if isinstance(result, tuple):
        return slots.read(slot, result[2])
    slots.give_back(slot)
    return result


def _done(future: Future[Any]) -> Any:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise RenderError("a render worker process died", hint="try workers=1 to see the error directly") from exc
    except (RenderError, UserInputError):
        raise
    except Exception as exc:  # a renderer bug in a worker: keep its message, name where it happened
        raise RenderError(f"rendering failed in a worker: {exc!r}") from exc
