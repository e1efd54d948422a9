"""The production graph's sound task (mix, AAC, its measures) beside the render, in a forked process.

The renderer's thread is Python between its GL calls and holds the interpreter lock most of the time; the mix
is hundreds of numpy and scipy calls, and each waits up to the switch interval (5 ms) to get the lock back
after it. On a thread beside the render, the sound of the 16-second benchmark film (0.31 s of CPU alone) took
1.3-2.0 s of wall time, as long as rendering the two pieces a changed line touches, so the film waited for its
sound. A process forked from this one has its own interpreter lock, needs no imports (it is a copy) and runs on
the other core. Where fork is not available (not Linux), the task runs on a thread as before.

The task returns plain data (paths, numbers, the report's facts) through a pipe; an error in it is raised in
the job as it was (or as a ``RenderError`` with its text, when it cannot be pickled). Ctrl-C reaches the job,
not the child (which ignores it): the job kills the child when it stops for any reason. A fork copies only the
forking thread: a lock another thread held at that moment (FFmpeg's, OpenSSL's, in a web studio rendering two
films at once) stays held in the child forever, so a child that uses no CPU for ``STALL_S`` is killed and the
sound is made on a thread after all.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

from autark.errors import RenderError

__all__ = ["SoundTask"]

_POLL_S = 0.05
_STOP_GRACE_S = 1.0  # how long a sound process asked to stop may take to unwind before it is killed
# A sound process that uses no CPU at all for this long is stuck (the mix, the AAC encoder and the measures
# are CPU-bound from start to end; on the 2-core machine at a load of 14 a runnable process still ran within
# a second): it is killed and the sound is made on a thread.
STALL_S = 5.0


class SoundTask:
    """``make()`` (returning picklable data) run in a forked child process, or on a thread where fork is not
    available; :meth:`result` waits for it (calling ``check`` meanwhile), :meth:`stop` ends it early."""

    def __init__(self, make: Callable[[], Any], *, process: bool | None = None, stall_s: float = STALL_S) -> None:
        self.make = make
        self.stall_s = stall_s
        self.process = (sys.platform == "linux") if process is None else process
        self._child: Any = None
        self._conn: Any = None
        self._thread: threading.Thread | None = None
        self._box: dict[str, Any] = {}
        self._frozen = False

    def start(self) -> SoundTask:
        if self.process:
            import multiprocessing

            ctx = multiprocessing.get_context("fork")
            receive, send = ctx.Pipe(duplex=False)
            # the objects alive now are left out of the job's garbage collections until the child is done (and
            # the child collects nothing): a collection writes to every object it looks at, and each page
            # written after the fork is copied. The fork still costs CPU in page copies: a changed line of the
            # benchmark film took 1.49 s of CPU with the sound in a process, 1.35 s on a thread (medians of 3),
            # for wall time that no longer waits on the interpreter lock
            gc.freeze()
            self._frozen = True
            with warnings.catch_warnings():  # Python 3.12 warns on any fork of a process with threads; the
                warnings.simplefilter("ignore", DeprecationWarning)  # child takes no lock another thread holds
                self._child = ctx.Process(target=_run_child, args=(self.make, send), name="autark-sound",
                                          daemon=True)
                self._child.start()
            send.close()
            self._conn = receive
        else:
            self._thread = threading.Thread(target=self._run_thread, name="autark-mix", daemon=True)
            self._thread.start()
        return self

    def _run_thread(self) -> None:
        try:
            self._box["value"] = self.make()
        except BaseException as exc:  # re-raised on the job's thread
            self._box["error"] = exc

    def result(self, check: Callable[[], None] | None = None) -> Any:
        """The task's value, once done; ``check`` (cancellation, the time limit) is called while waiting."""
        if self._thread is not None:
            while self._thread.is_alive():
                if check is not None:
                    check()
                self._thread.join(_POLL_S)
            if "error" in self._box:
                raise self._box["error"]
            return self._box["value"]
        try:
            cpu, since = _cpu_ticks(self._child.pid), time.monotonic()
            while not self._conn.poll(_POLL_S):
                if check is not None:
                    check()
                if not self._child.is_alive() and not self._conn.poll(0):
                    raise RenderError(f"the sound process stopped unexpectedly (exit code {self._child.exitcode})",
                                      hint="it may have run out of memory; render again")
                now = _cpu_ticks(self._child.pid)
                if now is None or now != cpu:  # progress, or no way to tell
                    cpu, since = now, time.monotonic()
                elif time.monotonic() - since > self.stall_s:
                    stalled = True
                    break
            else:
                stalled = False
            if not stalled:
                kind, payload = self._conn.recv()
        except EOFError:
            raise RenderError("the sound process stopped unexpectedly", hint="render again") from None
        finally:
            self.stop()
        if stalled:
            # a child that makes no progress at all waits on a lock some other thread held when it was forked
            # (a web studio rendering two films at once): the sound is made here instead
            self.process = False
            self.start()
            return self.result(check)
        if kind == "error":
            raise payload
        return payload

    def stop(self) -> None:
        """End the task now (the child is stopped, killed after ``_STOP_GRACE_S``; a thread is left to finish,
        its result unused)."""
        if self._child is not None:
            if self._child.is_alive():  # asked to stop first: it unwinds and leaves no half-written file in the
                self._child.terminate()  # cache (a kill at once left a stem's .tmp behind after a Ctrl-C)
                self._child.join(_STOP_GRACE_S)
            if self._child.is_alive():
                self._child.kill()
            self._child.join()
            self._conn.close()
            with contextlib.suppress(ValueError):
                self._child.close()
            self._child = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


def _stopped(_signum: int, _frame: object) -> None:
    raise SystemExit(143)  # unwinds: a cache file half written is removed by its writer's own cleanup


def _run_child(make: Callable[[], Any], send: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the job's to handle; it stops this process
    signal.signal(signal.SIGTERM, _stopped)
    gc.disable()  # a short life: a collection would only copy the parent's pages it looks at
    try:
        message: tuple[str, Any] = ("ok", make())
    except BaseException as exc:
        message = ("error", exc)
    try:
        send.send(_picklable(message))
    finally:
        send.close()
        # no interpreter shutdown: this is a copy of the job's process, GL contexts and all, and none of its
        # exit handlers or finalizers are this process's to run
        os._exit(0)


def _picklable(message: tuple[str, Any]) -> tuple[str, Any]:
    try:
        copy = pickle.loads(pickle.dumps(message))
        return copy if message[0] == "ok" or isinstance(copy[1], BaseException) else message
    except Exception:
        if message[0] == "ok":
            return "error", RenderError(f"the sound task's result could not be passed back: {message[1]!r:.200}")
        exc = message[1]
        return "error", RenderError(f"the sound failed: {type(exc).__name__}: {exc}")


def _cpu_ticks(pid: int) -> int | None:
    """The process's user + system CPU time in clock ticks (``/proc``), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None
