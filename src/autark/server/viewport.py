"""The interactive viewport: the scene at time t drawn by the real renderer from an orbit camera, as JPEG.

One ``Renderer`` (one GL context) lives on one render thread, made on the first request. Requests wait in
a slot per image size; a newer request of the same size replaces one that has not started yet (its waiters
get the newer image), so a dragging mouse never builds a queue of stale frames.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from autark.errors import NotFound, UserInputError

if TYPE_CHECKING:
    from autark.scene.model import Camera, Scene

__all__ = ["MAX_VIEW_HEIGHT", "MAX_VIEW_WIDTH", "OrbitView", "ViewRequest", "ViewportRenderer", "default_view",
           "orbit_camera"]

MAX_VIEW_WIDTH, MAX_VIEW_HEIGHT = 1920, 1080
MIN_VIEW_SIDE = 16
JPEG_QUALITY = 85


@dataclass(frozen=True)
class OrbitView:
    """A camera orbiting ``target``: azimuth 0 puts it on +Z looking toward -Z, positive azimuth swings it
    toward +X; positive elevation is above the target (degrees); ``distance`` in metres."""

    target: tuple[float, float, float]
    azimuth: float
    elevation: float
    distance: float
    fov: float = 45.0

    def to_json(self) -> dict[str, Any]:
        return {"target": list(self.target), "azimuth": self.azimuth, "elevation": self.elevation,
                "distance": self.distance, "fov": self.fov}


def orbit_camera(view: OrbitView) -> Camera:
    from autark.scene.model import Camera

    az, el = math.radians(view.azimuth), math.radians(max(-89.0, min(89.0, view.elevation)))
    d = view.distance
    tx, ty, tz = view.target
    eye = (tx + d * math.cos(el) * math.sin(az), ty + d * math.sin(el), tz + d * math.cos(el) * math.cos(az))
    return Camera(name="viewport", position=eye, target=view.target, fov=view.fov)


def default_view(scene: Scene) -> OrbitView:
    """The orbit view that matches the scene's active camera (or its first, or a default one)."""
    from autark.scene.model import Camera

    try:
        cam = scene.camera()
    except KeyError:
        cam = scene.cameras[0] if scene.cameras else Camera(name="default")
    off = [p - t for p, t in zip(cam.position, cam.target, strict=True)]
    dist = math.sqrt(sum(c * c for c in off)) or 1.0
    elevation = math.degrees(math.asin(max(-1.0, min(1.0, off[1] / dist))))
    azimuth = math.degrees(math.atan2(off[0], off[2]))
    return OrbitView(tuple(float(v) for v in cam.target), round(azimuth, 4),  # type: ignore[arg-type]
                     round(elevation, 4), round(dist, 4), float(cam.fov))


@dataclass(frozen=True)
class ViewRequest:
    """What to draw: ``view`` None means the scene's own camera at t (``camera`` names another)."""

    t: float
    width: int
    height: int
    view: OrbitView | None = None
    camera: str | None = None

    def check(self) -> None:
        if not (MIN_VIEW_SIDE <= self.width <= MAX_VIEW_WIDTH and MIN_VIEW_SIDE <= self.height <= MAX_VIEW_HEIGHT):
            raise UserInputError(f"viewport size {self.width}x{self.height} is out of range",
                                 hint=f"use {MIN_VIEW_SIDE}..{MAX_VIEW_WIDTH} x {MIN_VIEW_SIDE}..{MAX_VIEW_HEIGHT}")
        if not (math.isfinite(self.t) and 0.0 <= self.t <= 24 * 3600):
            raise UserInputError(f"time {self.t} is out of range", hint="give t in seconds, 0 or more")
        if self.view is not None:
            v = self.view
            if not all(math.isfinite(x) for x in (*v.target, v.azimuth, v.elevation, v.distance)):
                raise UserInputError("the orbit view needs finite numbers")
            if not 0.01 <= v.distance <= 10_000:
                raise UserInputError(f"distance {v.distance} is out of range", hint="use 0.01..10000 metres")


@dataclass
class _Slot:
    request: ViewRequest
    scene_fn: Callable[[], tuple[Scene, int]]
    waiters: list[Future[tuple[bytes, int]]]


class ViewportRenderer:
    """Renders ``ViewRequest``s to JPEG on its own thread; ``submit`` returns a Future of (jpeg, seq)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._slots: dict[tuple[int, int], _Slot] = {}
        self._thread: threading.Thread | None = None
        self._closed = False
        self._renderer: Any = None
        self.rendered = 0  # frames drawn (tests and the benchmark read it)
        self.superseded = 0  # requests answered with a newer request's image

    def submit(self, request: ViewRequest, scene_fn: Callable[[], tuple[Scene, int]]) -> Future[tuple[bytes, int]]:
        """Queue a render; ``scene_fn`` gives the (scene, seq) to draw when the render starts (the newest)."""
        request.check()
        fut: Future[tuple[bytes, int]] = Future()
        with self._cond:
            if self._closed:
                raise UserInputError("the studio is shutting down")
            key = (request.width, request.height)
            slot = self._slots.get(key)
            if slot is None:
                self._slots[key] = _Slot(request, scene_fn, [fut])
            else:  # an older request of this size has not started: draw only the newest
                slot.request = request
                slot.waiters.append(fut)
                self.superseded += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="autark-viewport", daemon=True)
                self._thread.start()
            self._cond.notify()
        return fut

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    while not self._slots and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        for slot in self._slots.values():
                            for fut in slot.waiters:
                                fut.set_exception(UserInputError("the studio is shutting down"))
                        self._slots.clear()
                        return
                    key = next(iter(self._slots))
                    slot = self._slots.pop(key)
                try:
                    result = self._draw(slot.request, slot.scene_fn)
                except BaseException as exc:  # handed to every waiter; the thread keeps serving
                    for fut in slot.waiters:
                        fut.set_exception(exc)
                else:
                    for fut in slot.waiters:
                        fut.set_result(result)
        finally:
            if self._renderer is not None:
                self._renderer.release()
                self._renderer = None

    def _draw(self, request: ViewRequest, scene_fn: Callable[[], tuple[Scene, int]]) -> tuple[bytes, int]:
        from PIL import Image

        from autark.motion import evaluate_scene
        from autark.render import Renderer

        scene, seq = scene_fn()
        # a frame of the film at t, as ``autark render --still --at`` draws it: tracks, poses, the shot's camera
        frame = evaluate_scene(scene, request.t)
        if request.view is not None:
            camera = orbit_camera(request.view)
        elif request.camera is not None:
            try:
                camera = frame.camera(request.camera)
            except KeyError:
                names = ", ".join(c.name for c in frame.cameras) or "none"
                raise NotFound(f"there is no camera called {request.camera!r}",
                               hint=f"cameras: {names}") from None
        else:
            camera = None
        if self._renderer is None:
            # interactive settings, as the film's preview: no anti-aliasing (on llvmpipe FXAA nearly doubled a
            # 960x540 frame of a 200-object scene, ~68 -> ~127 ms, measured), hard shadows, small shadow maps
            self._renderer = Renderer(width=request.width, height=request.height, samples=0, fxaa=False,
                                      soft_shadows=False, shadow_size=1024, spot_shadow_size=512)
        pixels = self._renderer.render(frame, camera, request.width, request.height)
        self.rendered += 1
        buf = io.BytesIO()
        Image.fromarray(pixels).save(buf, format="JPEG", quality=JPEG_QUALITY)
        return buf.getvalue(), seq
