"""Imports that Ctrl-C and SIGTERM cannot get lost in.

Some libraries guard their own optional imports with ``except BaseException`` (trimesh does, for its path and
voxel modules and for scipy): a ``KeyboardInterrupt`` raised while they import is caught there and the command
goes on as if nothing happened. The CLI turns SIGTERM into that same ``KeyboardInterrupt``, so ``kill`` during
the first frame (when the meshes are built and trimesh is imported) could be lost too.
:func:`import_uninterrupted` holds both signals while such a library imports and delivers a signal that
arrived meanwhile as soon as the import is done.
"""

from __future__ import annotations

import importlib
import signal
import sys
import threading
from types import FrameType, ModuleType

__all__ = ["import_uninterrupted"]


def import_uninterrupted(name: str) -> ModuleType:
    """Import module ``name`` with SIGINT and SIGTERM held until it is imported, then handled as usual (a
    ``KeyboardInterrupt`` from the default handler is raised here). Only the main thread receives signals;
    elsewhere this is a plain import."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    if threading.current_thread() is not threading.main_thread():
        return importlib.import_module(name)
    caught: list[tuple[int, FrameType | None]] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append((signum, frame))

    held: dict[int, signal.Handlers | object] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(sig)
        if callable(handler):  # a Python handler would run (and raise) in the middle of the import
            held[sig] = handler
            signal.signal(sig, hold)
    try:
        module = importlib.import_module(name)
    finally:
        for sig, handler in held.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]
    for signum, frame in caught[:1]:
        handler = held[signum]
        handler(signum, frame)  # type: ignore[operator]
    return module
