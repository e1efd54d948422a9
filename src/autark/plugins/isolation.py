"""Plugins in a worker process: a crash, a hang or a hard exit stays there.

Each isolated plugin gets one worker process (``multiprocessing``'s *spawn* start: a fresh interpreter, no
inherited threads or GL context), started on its first call and kept for the next ones, so the start-up is
paid once and a call costs a round trip through a pipe (``benchmarks/bench_plugins.py`` measures both). The
worker imports the plugin's factory by reference, installs the permission guard for its whole process and
answers ``(method, request)`` messages. A call that takes longer than the plugin's ``Resources.time_s`` kills
the worker (the next call starts a fresh one); so does a worker that dies.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import threading
import traceback
from typing import Any

from autark.plugins.guard import Scope, guard_whole_process
from autark.plugins.kinds import Plugin

__all__ = ["PluginFailure", "Worker", "shutdown", "worker_for"]


class PluginFailure(Exception):
    """A plugin call that did not give an answer: ``reason`` says why in a few words."""

    def __init__(self, plugin: str, reason: str) -> None:
        super().__init__(f"{plugin}: {reason}")
        self.plugin = plugin
        self.reason = reason


def _serve(conn: Any, factory: Any, scope: Scope) -> None:  # runs in the worker process
    guard_whole_process(scope)
    try:
        instance = factory()
    except BaseException as exc:  # the plugin could not even start: say so on the first call
        instance, failed = None, f"{type(exc).__name__}: {exc}"
    else:
        failed = ""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        method, request = message
        if instance is None:
            conn.send(("error", f"could not start: {failed}"))
            continue
        try:
            result = getattr(instance, method)(request)
        except BaseException as exc:
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" ({last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno})" if last else ""
            conn.send(("error", f"{type(exc).__name__}: {exc}{where}"))
            continue
        try:
            conn.send(("ok", result))
        except Exception as exc:  # an answer that cannot cross the pipe is garbage too
            conn.send(("error", f"its answer cannot be sent back: {type(exc).__name__}: {exc}"))


class Worker:
    """One plugin's worker process."""

    def __init__(self, plugin: Plugin, network: bool) -> None:
        self.plugin = plugin
        self.scope = Scope(plugin.name, network, plugin.permissions.subprocess)
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, plugin.factory, self.scope), daemon=True,
                                       name=f"autark-plugin-{plugin.name}")
        self.process.start()
        child.close()
        self._lock = threading.Lock()

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def call(self, method: str, request: Any, time_s: float) -> Any:
        """The plugin's answer; ``PluginFailure`` when it raised, hung past ``time_s`` or died."""
        with self._lock:
            try:
                self._conn.send((method, request))
            except (OSError, ValueError) as exc:
                self.stop()
                raise PluginFailure(self.plugin.name, f"its process is gone ({exc})") from None
            if not self._conn.poll(time_s):
                self.stop()
                raise PluginFailure(self.plugin.name, f"no answer within its time limit of {time_s:g} s")
            try:
                status, payload = self._conn.recv()
            except (EOFError, OSError):
                self.process.join(1.0)
                self.stop()
                raise PluginFailure(self.plugin.name, f"its process ended (exit code {self.process.exitcode})"
                                    ) from None
        if status != "ok":
            raise PluginFailure(self.plugin.name, payload)
        return payload

    def stop(self) -> None:
        """End the worker now (a hung plugin gets no chance to clean up)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(2.0)
        self._conn.close()


_workers: dict[tuple[Plugin, bool], Worker] = {}
_workers_lock = threading.Lock()


def worker_for(plugin: Plugin, network: bool) -> Worker:
    """The running worker of ``plugin`` (with this network verdict), started if there is none."""
    key = (plugin, network)  # the plugin itself: a name registered again (tests) is another plugin
    with _workers_lock:
        worker = _workers.get(key)
        if worker is None or not worker.alive:
            worker = _workers[key] = Worker(plugin, network)
        return worker


def shutdown() -> None:
    """Stop every worker (also at interpreter exit)."""
    with _workers_lock:
        workers = list(_workers.values())
        _workers.clear()
    for worker in workers:
        with contextlib.suppress(OSError, ValueError):
            worker._conn.send(None)
        worker.process.join(1.0)
        worker.stop()


atexit.register(shutdown)
