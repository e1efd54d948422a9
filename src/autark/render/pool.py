"""Renderers kept for the life of a thread, one per set of settings, so a job does not make a GL context again.

Every film render (and every piece run of the production graph) used to make its own ``Renderer``: a fresh
EGL context whose first frame costs llvmpipe its shader compiles (measured on the graph benchmark's scene at
320x180: 0.045 s of CPU for the first frame against 0.009 s for later ones, plus 0.009 s for the context),
once per run, also for an edit that re-renders two pieces. :func:`pooled_renderer` hands back the renderer
the same thread used last with the same size and settings.

Sharing one across scenes shows nowhere in the pixels: a frame is a pure function of (scene, camera, size)
and everything a renderer keeps between frames (meshes per asset type, instance records and shadow maps with
the state they were made from) is already compared to the next frame's content -- the same reuse a film of
several scene segments makes with one renderer (``tests/render/test_renderer_pool.py`` renders two scenes in
either order through one renderer and through fresh ones). A renderer is used only by the thread that got it
(the web studio renders jobs on threads; a GL context is current in one thread at a time), and a forked child
(the graph's sound task) starts with none: the parent's GL threads are not in the copy.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autark.render.renderer import Renderer

__all__ = ["KEPT_PER_THREAD", "pooled_renderer"]

KEPT_PER_THREAD = 2  # a preview and a final size side by side; the least recently used beyond that is dropped

_local = threading.local()


def _kept() -> OrderedDict[tuple, Renderer]:
    """This thread's renderers (none in a process forked since they were made)."""
    pid = os.getpid()
    if getattr(_local, "pid", None) != pid:
        # a forked child: the contexts are the parent's and their rasteriser threads were not copied; they are
        # forgotten here, not released (releasing would touch the parent's driver state)
        _local.pid, _local.renderers = pid, OrderedDict()
    return _local.renderers


def pooled_renderer(width: int, height: int, **settings: Any) -> Renderer:
    """A ``Renderer(width, height, **settings)``: the one this thread made last with these arguments, or a new
    one (kept for the next call). Never ``release`` it: other jobs of this thread will use it."""
    from autark.render.renderer import Renderer

    key = (int(width), int(height), tuple(sorted(settings.items())))
    kept = _kept()
    renderer = kept.get(key)
    if renderer is None:
        renderer = Renderer(width=width, height=height, **settings)
        kept[key] = renderer
        while len(kept) > KEPT_PER_THREAD:
            # dropped, not released: a frame renderer made earlier may still hold it (the garbage collector
            # frees it with the last reference)
            kept.popitem(last=False)
    kept.move_to_end(key)
    return renderer
