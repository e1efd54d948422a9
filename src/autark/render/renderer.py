"""The renderer: one headless GL context, GPU meshes cached per asset type, instanced physically based shading.

A frame is a pure function of (scene, camera, size): every per-frame quantity (instance data, shadow fits,
light uniforms) is recomputed from the scene; only size-independent GPU resources (programs, meshes, shadow
maps) and per-size render targets persist between frames. A shadow map is redrawn only where casters changed
since it was drawn (the same depths as a full redraw), so what persists never shows in the pixels.

Cost model on llvmpipe (software GL, 2 cores): vertex processing and binning run on the calling thread, pixels
on the rasteriser threads, and reading back (or sampling a texture just drawn) waits for them. Pixels dominate
at 720p, so the passes are arranged to shade each pixel about once: back faces of closed meshes culled,
opaque parts near to far (early depth test), the ground after them, the sky only above the horizon. A shader
branch saves nothing there (both sides run, lane-masked; so does code after an early return or discard), but a
block of pixels that all fail the early depth test is not shaded at all: costly work that only some pixels
need is given its own draw, limited by depth (FXAA's edge pixels, the ground the sun's shadow can reach), and
work that varies slowly over a surface (the environment light) is done per vertex.

Frame stages, and the module that does each (this one holds them together and draws the main pass):
    1. per object: model matrix, world bbox, frustum test, level of detail (numpy, vectorised) (``instances``)
    2. per asset part and detail level: one instance buffer for the main pass (visible, opaque, nearest first;
       split by the point and spot lights that cannot reach an object, drawn by a program without them) and
       one for the shadow passes (every caster, the camera's or not), so each is one instanced draw; an asset
       type's records are kept while its objects stand still (``instances``, into the buffers of ``gpu``)
    3. shadow maps: the sun (orthographic, fitted to what the camera sees, snapped to a grid) and up to two
       spots (perspective); kept, or redrawn inside the rectangles of the casters that changed, or whole
       (``shadows``)
    4. main pass: cleared to the horizon colour; the opaque parts' depth, then the parts shaded near to far,
       the ground (under suns only: the cells the sun's shadow can reach with shadows, the rest without;
       ``ground``), the sky gradient above
       the horizon behind them (``sky``), transparent objects back to front (a rigged body's see-through
       parts as one veil: its depth first, then its nearest surface); the lit shader (``lighting``)
       tone-maps and writes sRGB; then the weather's fog, rain or snow and lightning (``weather``)
    5. MSAA resolve or FXAA (an edge pass marks pixels to filter, the filter runs on those), read back RGB
       into a reused buffer, flip to top-row-first (one copy) (``post``)
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import numpy as np

from autark.errors import ProjectError, RenderError
from autark.render import shaders
from autark.render.gpu import GpuCache, Instances, Level, cull, depth_vao, gl_matrix
from autark.render.ground import GROUND_DROP_M, ground_part, ground_record, shadow_cells
from autark.render.instances import Frame, Instancer, frame_of
from autark.render.lighting import LitShading, light_reach, srgb_to_linear, unit
from autark.render.math3d import CameraMatrices, camera_matrices
from autark.render.post import Output
from autark.render.shadows import ShadowMaps
from autark.render.sky import Sky
from autark.render.weather import WeatherPass, dressed_scene, fog_uniform
from autark.scene.model import Camera, Light, Scene

__all__ = ["Renderer", "render_still", "srgb_to_linear"]


class Renderer:
    """Renders scenes to RGB arrays with one headless OpenGL context (EGL; GPU or Mesa llvmpipe on the CPU).

    ``samples`` is the MSAA sample count (0 turns anti-aliasing off). ``shadow_size`` is the sun's shadow
    map resolution, ``spot_shadow_size`` each spot's. Objects whose bounding sphere projects smaller than
    ``lod_pixels`` pixels in radius are drawn with a low-detail mesh, below three times that with a mid-detail
    one and below a quarter of it as their parts' bounding boxes, where the asset's mesh is big enough to have
    them (shadow maps use the mid level at most).
    ``soft_shadows=False`` trades the soft shadow edges for speed (previews). ``fxaa=True`` with ``samples=0``
    anti-aliases with FXAA instead of MSAA: on llvmpipe at 720p 4x MSAA adds ~1.5-2.5x a frame's cost; FXAA
    (an edge pass, then the filter on edge pixels only) ~0.3x on a 200-object scene, about two thirds of what
    filtering every pixel cost (measured); it blurs fine detail a little more. ``depth_prepass`` draws the
    opaque objects' depth before shading them, so each of their pixels is shaded once (``_prepass``).
    """

    def __init__(self, width: int = 1280, height: int = 720, samples: int = 4, shadow_size: int = 1024,
                 spot_shadow_size: int = 1024, lod_pixels: float = 16.0, soft_shadows: bool = True,
                 fxaa: bool = False, depth_prepass: bool = True) -> None:
        from autark.render.context import create_context

        _check_size(width, height)
        if samples < 0:
            raise RenderError(f"samples must be 0 or more, not {samples}")
        self.width, self.height = width, height
        self.lod_pixels = float(lod_pixels)
        self.soft_shadows = soft_shadows
        self.fxaa = fxaa
        self.depth_prepass = depth_prepass
        self.ctx = create_context()
        self.samples = min(samples, self.ctx.max_samples) if samples > 1 else 0
        self._gpu = GpuCache(self.ctx)
        self._instancer = Instancer(self._gpu)
        self._lit = LitShading(self.ctx)
        self._shadows = ShadowMaps(self.ctx, shadow_size, spot_shadow_size)
        self._sky = Sky(self.ctx)
        self._weather = WeatherPass(self.ctx)
        self._output = Output(self.ctx)
        self._depth = self.ctx.program(vertex_shader=shaders.DEPTH_VERTEX, fragment_shader=shaders.DEPTH_FRAGMENT)
        self._ground = self._gpu.upload(ground_part())
        self._ground_cells = Instances()  # the ground's rectangles that the sun's shadow may fall into
        self._ground_sunlit = False  # the frame's ground may use the suns-only shader
        self._cells_key: tuple | None = None  # what the last ``shadow_cells`` were computed from, and them
        self._cells: np.ndarray | None = None

    # -- public -----------------------------------------------------------------------------------------------
    def render(self, scene: Scene, camera: Camera | None = None, width: int | None = None,
               height: int | None = None, time_s: float = 0.0) -> np.ndarray:
        """The scene seen through ``camera`` (default: the scene's active camera) as (H, W, 3) uint8 RGB,
        top row first. Give it an evaluated state (``autark.motion.evaluate_scene``): it draws the lights the
        state carries, and evaluation is what lights an unlit scene in daylight. ``time_s`` is the moment the
        state shows, which the weather needs (where the rain is, when lightning flashes)."""
        w, h = width or self.width, height or self.height
        _check_size(w, h)
        if camera is None:
            camera = _active_camera(scene)
        # Make this renderer's context current: another Renderer in the process may have switched it.
        with self.ctx:
            return self._render(dressed_scene(scene), camera, w, h, float(time_s))

    def camera_matrices(self, scene: Scene, camera: Camera | None = None, width: int | None = None,
                        height: int | None = None) -> CameraMatrices:
        """The exact view/projection ``render`` uses, for projecting world points to pixels."""
        w, h = width or self.width, height or self.height
        return camera_matrices(scene, camera or _active_camera(scene), w / h)

    def release(self) -> None:
        """Free the GL context and everything on it (the renderer is unusable afterwards)."""
        self.ctx.release()

    # -- a frame ----------------------------------------------------------------------------------------------
    def _render(self, scene: Scene, camera: Camera, w: int, h: int, time_s: float) -> np.ndarray:
        frame, bounds = frame_of(scene)
        cam = camera_matrices(scene, camera, w / h, bounds)
        fits = self._shadows.fit(scene, cam, frame)
        levels, glass = self._instancer.prepare(camera, cam, h, fits, frame, self.lod_pixels, light_reach(scene))
        shadow_mats, texel = self._shadows.draw(fits, levels, self._instancer.casters)
        msaa, resolve = self._output.target(w, h, self.samples, self.fxaa)
        msaa.use()
        msaa.viewport = (0, 0, w, h)
        # Cleared to the horizon colour: what the sky shows below the horizon, so the sky pass only has to
        # cover the screen above it.
        msaa.clear(*scene.settings.sky_horizon, 1.0, depth=1.0)
        self._lit.set_frame(scene, cam, shadow_mats, texel, self._shadows.light_slots, self.soft_shadows)
        self._ground_sunlit = self._lit.suns_only and float(cam.eye[1]) > -GROUND_DROP_M
        self._shadows.bind()
        ctx = self.ctx
        ctx.enable(ctx.DEPTH_TEST)
        # Near to far, then the ground, then the sky behind everything: on a software rasteriser the early
        # depth test is what keeps the expensive lit shader from running on hidden pixels. Closed meshes
        # skip their back faces (a third of the opaque pass on llvmpipe).
        # Objects some point or spot lights cannot reach are drawn by a program without them (exactly the
        # same pixels: those lights add zero there), which saves their shading and shadow lookups. A depth
        # pre-pass first leaves one lit fragment per pixel (``_prepass``).
        if self.depth_prepass:
            self._prepass(msaa, cam)
        dark = 0
        for level, inst, mask in self._instancer.draws:
            if mask != dark:
                self._lit.use(dark=mask)
                dark = mask
            cull(ctx, level.cull_main)
            self._lit.vao(level, inst).render(instances=inst.count)
        if dark:
            self._lit.use()
        ctx.depth_func = "<"
        cull(ctx, False)
        if scene.settings.ground_visible:
            self._draw_ground(scene, frame, fits.get(0))
        self._sky.draw(scene, cam, time_s, fog_uniform(scene.settings))
        if glass:
            self._draw_transparent(msaa, glass)
        self._weather.draw(msaa, scene, cam, time_s, w, h)  # fog, rain or snow, lightning: over everything
        return self._output.finish(msaa, resolve, w, h, self.samples)

    def _prepass(self, fbo: Any, cam: CameraMatrices) -> None:
        """The opaque objects' depth alone, so the lit pass after it (depth test "<=") shades each of their
        pixels once: near-to-far order leaves some overdraw where parts interleave (a body's limbs, furniture
        before a wall). Measured on the castle film's frames at 720p final: 71.7 -> 68.4 ms CPU a frame; the
        extra depth-only draws cost ~0.1 ms of the main thread. Both vertex shaders declare ``gl_Position``
        invariant, so a surface meets its own pre-pass depth exactly; only coincident surfaces (z-fighting
        parts) may now show the later-drawn one (a few dozen pixels a frame)."""
        ctx = self.ctx
        self._depth["u_view_proj"].write(gl_matrix(cam.view_proj))
        fbo.color_mask = (False, False, False, False)  # (a framebuffer's masks take effect when it is bound)
        fbo.use()
        for level, inst, _mask in self._instancer.draws:
            cull(ctx, level.cull_main)
            depth_vao(ctx, self._depth, level, inst).render(instances=inst.count)
        fbo.color_mask = (True, True, True, True)
        fbo.use()
        ctx.depth_func = "<="

    def _draw_ground(self, scene: Scene, frame: Frame, sun_fit: tuple[Light, np.ndarray, float] | None
                     ) -> None:
        s = scene.settings
        lit = self._lit
        level = self._ground.levels[0]
        rec = ground_record(s, (0.0, 0.0), (s.ground_size, s.ground_size))
        self._gpu.fill(level.main, rec)
        cells = None
        if self._ground_sunlit and ("sun", 0) in lit.lights and sun_fit is not None:
            light, _, texel_m = sun_fit
            casts = frame.opacity >= 0.5
            lo, hi, sun = frame.lo[casts], frame.hi[casts], unit(light.direction, (0.0, -1.0, 0.0))
            # Kept while the casters and the sun stay put (a moving camera, a held shot).
            key = (lo.tobytes(), hi.tobytes(), sun.tobytes(), texel_m, s.ground_size)
            if self._cells_key != key:
                self._cells_key, self._cells = key, shadow_cells(lo, hi, sun, texel_m, s.ground_size)
            cells = self._cells
        if cells is None:
            lit.use(ground="sunlit" if self._ground_sunlit else True)
            lit.vao(level, level.main).render(instances=1)
            lit.use(ground=False)
            return
        # Under suns only, the sun's shadow can only fall inside the cells: they get the shadowed shader
        # (drawn first and pulled a hair toward the camera), the rest of the ground fails the early depth
        # test there and is shaded in full sun without a shadow lookup -- half the ground's cost on
        # llvmpipe. Outside the cells the shadowed shader would give the same colour.
        ctx = self.ctx
        if len(cells):
            center = ((cells[:, 0] + cells[:, 2]) * 0.5, (cells[:, 1] + cells[:, 3]) * 0.5)
            self._gpu.fill(self._ground_cells, ground_record(s, center, (cells[:, 2] - cells[:, 0],
                                                                        cells[:, 3] - cells[:, 1])))
            lit.use(ground="sunlit")
            ctx.polygon_offset = (0.0, -2.0)
            lit.vao(level, self._ground_cells).render(instances=self._ground_cells.count)
            ctx.polygon_offset = (0.0, 0.0)
        lights = lit.lights
        lit.lights = tuple((kind, -1 if slot == 0 else slot) for kind, slot in lights)
        lit.use(ground="sunlit")
        lit.vao(level, level.main).render(instances=1)
        lit.lights = lights
        lit.use(ground=False)

    def _draw_transparent(self, fbo: Any, glass: list[tuple[float, Level, np.ndarray, int]]) -> None:
        ctx = self.ctx
        ctx.enable(ctx.BLEND)
        ctx.blend_func = ctx.SRC_ALPHA, ctx.ONE_MINUS_SRC_ALPHA
        fbo.depth_mask = False
        # Farthest first; equal depths keep scene order (stable sort) so frames stay deterministic.
        for key, group in itertools.groupby(sorted(glass, key=lambda g: -g[0]), key=lambda g: g[3]):
            draws = list(group)
            for _, level, rec, _ in draws:
                self._gpu.fill(level.glass, rec)
            if key >= 0:
                # The see-through parts of one rigged body (a ghost's sheet, head and sleeves): its depth
                # first, so only its nearest surface blends over what lies behind it, as one veil, instead
                # of its back and the sleeves and hem inside the sheet showing through as grey seams. (A
                # framebuffer's masks take effect when it is bound.)
                fbo.color_mask = (False, False, False, False)
                fbo.depth_mask = True
                fbo.use()
                for _, level, _, _ in draws:
                    self._lit.vao(level, level.glass).render(instances=1)
                fbo.color_mask = (True, True, True, True)
                fbo.depth_mask = False
                fbo.use()
                ctx.depth_func = "<="
            for _, level, _, _ in draws:
                self._lit.vao(level, level.glass).render(instances=1)
            ctx.depth_func = "<"
        fbo.depth_mask = True
        ctx.disable(ctx.BLEND)


def render_still(scene: Scene, path: str | Path, camera_name: str | None = None, width: int = 1280,
                 height: int = 720, renderer: Renderer | None = None) -> Path:
    """Render one frame of ``scene`` to a PNG at ``path`` (through ``camera_name`` or the active camera)."""
    from PIL import Image

    camera = _named_camera(scene, camera_name)
    own = renderer is None
    r = renderer or Renderer(width=width, height=height)
    try:
        pixels = r.render(scene, camera, width, height)
    finally:
        if own:
            r.release()
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(pixels).save(out, format="PNG")
    except OSError as exc:
        raise ProjectError(f"cannot write the image {out}: {exc.strerror or exc}",
                           hint="choose a folder you can write to") from exc
    return out


def _check_size(w: int, h: int) -> None:
    if not (16 <= w <= 8192 and 16 <= h <= 8192):
        raise RenderError(f"image size {w}x{h} is out of range", hint="use 16..8192 pixels per side")


def _named_camera(scene: Scene, name: str | None) -> Camera:
    if name is None:
        return _active_camera(scene)
    try:
        return scene.camera(name)
    except KeyError:
        names = ", ".join(c.name for c in scene.cameras) or "none"
        raise RenderError(f"there is no camera called {name!r}", hint=f"cameras in this scene: {names}") from None


def _active_camera(scene: Scene) -> Camera:
    try:
        return scene.camera()
    except KeyError:
        if scene.cameras:
            return scene.cameras[0]
        return Camera(name="default")
