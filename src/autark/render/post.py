"""Stage 5 of a frame: the render targets it is drawn into (kept per size), the MSAA resolve or FXAA, and
reading the pixels back, top row first.

Tone mapping and the sRGB encoding happen in the lit shader (``shaders``), before this stage, so the targets
stay 8-bit and the resolve is a plain blit.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from autark.render import shaders
from autark.render.gpu import release_fbo, set_uniform

__all__ = ["MAX_TARGET_SIZES", "Output"]

MAX_TARGET_SIZES = 4  # sizes come and go (preview vs final); keep the memory bounded


class Output:
    """The frame's targets per (size, anti-aliasing), the FXAA passes and the read-back buffers.

    ``target`` gives (what the scene is drawn into, what is read back): one multisampled framebuffer and one
    plain one with MSAA, a texture to filter and a plain framebuffer with FXAA, the same plain one without
    either. ``finish`` turns the first into the second and returns the pixels.
    """

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._fxaa_edge = ctx.program(vertex_shader=shaders.FULLSCREEN_VERTEX,
                                      fragment_shader=shaders.FXAA_EDGE_FRAGMENT)
        self._fxaa_edge_vao = ctx.vertex_array(self._fxaa_edge, [], skip_errors=True)
        self._fxaa = ctx.program(vertex_shader=shaders.FXAA_VERTEX, fragment_shader=shaders.FXAA_FRAGMENT)
        self._fxaa_vao = ctx.vertex_array(self._fxaa, [], skip_errors=True)
        self._targets: dict[tuple[int, int, int, bool], tuple[Any, Any]] = {}
        self._readback: dict[tuple[int, int], np.ndarray] = {}  # per size, reused every frame

    def target(self, w: int, h: int, samples: int, fxaa: bool) -> tuple[Any, Any]:
        """(draw into, read back from) for a ``w`` x ``h`` frame with ``samples`` MSAA samples (0: none) or
        ``fxaa``, created the first time and kept for the last few combinations."""
        key = (w, h, samples, fxaa)
        if key not in self._targets:
            if len(self._targets) >= MAX_TARGET_SIZES:
                old_key = next(iter(self._targets))
                for fbo in self._targets.pop(old_key):
                    release_fbo(fbo)
                self._readback.pop(old_key[:2], None)
            ctx = self.ctx
            # With FXAA a texture, so the scene's colour is copied into it alone (``_draw_fxaa``)
            colour = ctx.texture((w, h), 4) if fxaa and not samples else ctx.renderbuffer((w, h), 4)
            resolve = ctx.framebuffer(colour, ctx.depth_renderbuffer((w, h)))
            msaa = resolve
            if samples:
                msaa = ctx.framebuffer(ctx.renderbuffer((w, h), 4, samples=samples),
                                       ctx.depth_renderbuffer((w, h), samples=samples))
            elif fxaa:
                scene_tex = ctx.texture((w, h), 4)
                scene_tex.filter = (ctx.LINEAR, ctx.LINEAR)
                scene_tex.repeat_x = scene_tex.repeat_y = False
                msaa = ctx.framebuffer(scene_tex, ctx.depth_renderbuffer((w, h)))
            self._targets[key] = (msaa, resolve)
        return self._targets[key]

    def finish(self, msaa: Any, resolve: Any, w: int, h: int, samples: int) -> np.ndarray:
        """Resolve or filter ``msaa`` into ``resolve`` (when they differ) and read it back as (h, w, 3) uint8
        RGB, top row first, in an array the caller owns."""
        if resolve is not msaa:
            if samples:
                self.ctx.copy_framebuffer(resolve, msaa)
            else:
                self._draw_fxaa(msaa, resolve, w, h)
        # Read three components straight into a buffer kept per size (the driver packs RGB in ~1.5 ms at 720p;
        # reading RGBA and dropping alpha in numpy is a strided gather, ~10 ms), then flip the rows with one
        # contiguous copy, which is also the fresh array the caller owns.
        # (Converting to the encoder's yuv420p here instead was measured on the fisherman film's 720p frames,
        # llvmpipe on one thread: a luma pass and a chroma pass into an R8 target cost 7.2 + 5.9 ms of CPU, the
        # same packed four samples to an RGBA8 texel 3.9 + 5.0 ms (57 dB from swscale's conversion), against
        # ~1.9 ms for this read-back and flip plus ~3-4.5 ms of swscale on the encoder's thread: no gain.)
        buf = self._readback.get((w, h))
        if buf is None:
            buf = self._readback[(w, h)] = np.empty((h, w, 3), np.uint8)
        resolve.read_into(buf, components=3, alignment=1)
        return buf[::-1].copy()

    def _draw_fxaa(self, scene_fbo: Any, out: Any, w: int, h: int) -> None:
        """FXAA from the scene's texture into ``out``: the scene is copied into ``out`` whole (a blit), the
        edge pass marks the pixels to filter in its depth buffer, then the filter runs on those only (see
        ``shaders.FXAA_EDGE_FRAGMENT``). The blit and a depth-only edge pass cost ~1.5 ms less CPU a frame on
        llvmpipe at 720p than the edge pass writing every pixel's colour as well (the same pixels). The copy
        takes the colour alone, into ``out``'s texture: a framebuffer blit copied the depth as well, which the
        edge pass writes anew at every pixel (0.9 vs 0.2 ms of CPU at 720p, the same pixels)."""
        ctx = self.ctx
        ctx.copy_framebuffer(out.color_attachments[0], scene_fbo)
        ctx.enable(ctx.DEPTH_TEST)
        out.color_mask = (False, False, False, False)  # (a framebuffer's masks take effect when it is bound)
        out.use()
        scene_fbo.color_attachments[0].use(0)
        ctx.depth_func = "1"  # always: the edge pass writes every pixel's mark
        set_uniform(self._fxaa_edge, "u_texel", (1.0 / w, 1.0 / h))
        self._fxaa_edge_vao.render(ctx.TRIANGLES, vertices=3)
        out.color_mask = (True, True, True, True)
        out.use()
        ctx.depth_func = "<"
        out.depth_mask = False
        self._fxaa["u_texel"].value = (1.0 / w, 1.0 / h)
        self._fxaa_vao.render(ctx.TRIANGLES, vertices=3)
        out.depth_mask = True
        ctx.disable(ctx.DEPTH_TEST)
