"""A film's frames: title and end cards, and the renderer that draws frame i of a film of segments.

The renderer is built from the film's JSON payload (``autark.jobs.film``'s ``_payload``: each segment's kind,
start, length, transition and scene or card text), so it pickles small into worker processes and a remote
executor's workers (``autark.jobs.graph.run_piece``). It blends across the cross-fades between segments and
between shots; a film of cards only never opens a GL context. Every source here draws pixels, so it is part of
the pieces' engine fingerprint (``autark.jobs.pieces``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

import numpy as np

from autark.compose.transitions import blend
from autark.jobs.slices import CROSSFADE_S
from autark.scene.model import Scene

__all__ = ["CARD_FADE_S", "SegmentsRenderer", "make_segments_renderer", "render_card", "warm_film_workers",
           "warm_renderer"]

CARD_FADE_S = 0.5


# -- cards -----------------------------------------------------------------------------------------------------
def _fit_lines(draw: Any, text: str, size: int, bold: bool, max_width: int) -> tuple[Any, list[str]]:
    """The largest font (at most ``size``) and word-wrapped lines (at most 3) that fit ``max_width``."""
    from autark.compose.subtitles import load_font

    while True:
        font = load_font(size, bold)
        lines: list[str] = []
        for word in text.split():
            trial = f"{lines[-1]} {word}" if lines else word
            if lines and draw.textlength(trial, font=font) <= max_width:
                lines[-1] = trial
            else:
                lines.append(word)
        widest = max((draw.textlength(ln, font=font) for ln in lines), default=0)
        if (len(lines) <= 3 and widest <= max_width) or size <= 8:
            return font, lines
        size = max(8, int(size * 0.85))


def render_card(text: str, subtitle: str, width: int, height: int) -> np.ndarray:
    """A card at full brightness: (H, W, 3) uint8, light text centred on a dark, slightly graded background."""
    from PIL import Image, ImageDraw

    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    # a faint vertical grade (blue-black at the top to black) reads as a title card rather than a dead frame
    base = np.stack([12 + 6 * (1 - y), 12 + 8 * (1 - y), 20 + 14 * (1 - y)], axis=-1)
    image = Image.fromarray(np.broadcast_to(base, (height, width, 3)).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    title_font, title_lines = _fit_lines(draw, text, max(10, height // 9), True, int(width * 0.86))
    sub_font, sub_lines = _fit_lines(draw, subtitle, max(8, height // 22), False, int(width * 0.8)) \
        if subtitle.strip() else (None, [])
    title_h = [draw.textbbox((0, 0), ln, font=title_font)[3] for ln in title_lines]
    sub_h = [draw.textbbox((0, 0), ln, font=sub_font)[3] for ln in sub_lines] if sub_font else []
    gap = height // 30
    block = sum(title_h) + gap * (len(title_h) - 1) + (2 * gap + sum(sub_h) + gap * (len(sub_h) - 1) if sub_h else 0)
    top = (height - block) / 2
    for ln, h in zip(title_lines, title_h, strict=True):
        draw.text(((width - draw.textlength(ln, font=title_font)) / 2, top), ln, font=title_font,
                  fill=(240, 236, 226))
        top += h + gap
    top += gap
    for ln, h in zip(sub_lines, sub_h, strict=True):
        draw.text(((width - draw.textlength(ln, font=sub_font)) / 2, top), ln, font=sub_font, fill=(170, 170, 178))
        top += h + gap
    return np.asarray(image, dtype=np.uint8)


# -- frames ----------------------------------------------------------------------------------------------------
def _fade_weight(t: float, start_s: float) -> float:
    """0..1 across a cross-fade of CROSSFADE_S centred on ``start_s`` (how much of the incoming side shows)."""
    return min(1.0, max(0.0, (t - (start_s - CROSSFADE_S / 2)) / CROSSFADE_S))


class SegmentsRenderer:
    """Renders frame i of a film of segments; blends across cross-fades between segments and between shots.

    Built inside each worker process from the JSON payload (so it pickles small); holds one ``Renderer``.
    """

    def __init__(self, payload: str, fps: int, width: int, height: int, settings: dict[str, int]) -> None:
        data = json.loads(payload)
        self.fps, self.width, self.height = fps, width, height
        self.settings = settings
        self.kinds: list[str] = []
        self.items: list[Any] = []
        self.starts: list[float] = []
        self.durations: list[float] = []
        self.transitions: list[str] = []
        self.shot_fades: list[list[float]] = []
        self.from_s: list[float] = []  # per segment, the scene time it starts at
        for seg in data:
            self.kinds.append(seg["kind"])
            self.starts.append(seg["start_s"])
            self.durations.append(seg["duration_s"])
            self.transitions.append(seg["transition"])
            self.from_s.append(seg.get("from_s", 0.0))
            if seg["kind"] == "scene":
                scene = Scene.model_validate_json(seg["scene"])
                self.items.append(scene)
                self.shot_fades.append([s.start_s for s in scene.timeline.shots
                                        if s.transition == "crossfade" and s.start_s > 0])
            else:
                self.items.append(render_card(seg["text"], seg["subtitle"], width, height))
                self.shot_fades.append([])
        self._renderer: Any = None

    @property
    def renderer(self) -> Any:
        if self._renderer is None:  # a film of cards only never needs a GL context
            from autark.render.pool import pooled_renderer

            # the thread's renderer for these settings: a run does not pay a new context's shader compiles
            self._renderer = pooled_renderer(self.width, self.height, **self.settings)
        return self._renderer

    def _index(self, t: float) -> int:
        k = 0
        for i, s in enumerate(self.starts):
            if t >= s - 1e-9:
                k = i
        return k

    def _card(self, k: int, t: float) -> np.ndarray:
        """Card k at film time t, faded from / to black at the edges where it is cut to (not cross-faded)."""
        local = t - self.starts[k]
        w = 1.0
        cut_in = k == 0 or self.transitions[k] == "cut"
        cut_out = k == len(self.kinds) - 1 or self.transitions[k + 1] == "cut"
        if cut_in:
            w = min(w, max(0.0, local + 0.5 / self.fps) / CARD_FADE_S)
        if cut_out:
            w = min(w, max(0.0, self.durations[k] - local - 0.5 / self.fps) / CARD_FADE_S)
        card = self.items[k]
        if w >= 1.0:
            return card
        return (card.astype(np.float32) * w + 0.5).astype(np.uint8)

    def _scene(self, k: int, t: float) -> np.ndarray:
        from autark.motion import evaluate_scene

        scene: Scene = self.items[k]
        local = t - self.starts[k] + self.from_s[k]  # the scene's own time
        state = evaluate_scene(scene, local)
        for cut_s in self.shot_fades[k]:
            w = _fade_weight(local, cut_s)
            if 0.0 < w < 1.0:
                # both cameras see the same moment; only the view blends
                before = evaluate_scene(scene, min(local, cut_s - 1e-3))
                after = evaluate_scene(scene, max(local, cut_s))
                a = self.renderer.render(state, before.camera(before.active_camera), time_s=local)
                b = self.renderer.render(state, after.camera(after.active_camera), time_s=local)
                return blend(a, b, w)
        return self.renderer.render(state, time_s=local)  # the scene's own time places rain and lightning

    def _segment(self, k: int, t: float) -> np.ndarray:
        return self._card(k, t) if self.kinds[k] == "card" else self._scene(k, t)

    def __call__(self, frame_index: int) -> np.ndarray:
        t = frame_index / self.fps
        k = self._index(t)
        # a cross-fade into segment k+1 starts before it, one into segment k runs on after its start
        if k + 1 < len(self.kinds) and self.transitions[k + 1] == "crossfade":
            w = _fade_weight(t, self.starts[k + 1])
            if w > 0.0:
                return blend(self._segment(k, t), self._segment(k + 1, t), w)
        if k > 0 and self.transitions[k] == "crossfade":
            w = _fade_weight(t, self.starts[k])
            if w < 1.0:
                return blend(self._segment(k - 1, t), self._segment(k, t), w)
        return self._segment(k, t)


def make_segments_renderer(payload: str, fps: int, width: int, height: int,
                            settings: dict[str, int]) -> Callable[[int], np.ndarray]:
    return SegmentsRenderer(payload, fps, width, height, settings)


# -- workers started ahead -------------------------------------------------------------------------------------
def warm_renderer(width: int, height: int, settings: dict[str, int], kinds: tuple[str, ...] = ()) -> None:
    """What a render worker does as it starts, before the film is known: the imports its frames need (this
    module's package, the motion, trimesh for the assets' meshes), the renderer its frames will use (the
    pooled one: its GL context and programs) and the meshes of ``kinds`` (the plan's cast and props) that no
    process has kept yet (``render.meshes.prebuild``: the workers share them out, and the planner's object-ID
    frames and both workers' first frames then load them instead of each building them)."""
    import autark.assets.shapes  # noqa: F401 - trimesh, which building the first frame's meshes needs
    import autark.motion  # noqa: F401
    from autark.assets.library import ASSETS
    from autark.render.pool import pooled_renderer

    pooled_renderer(width, height, **settings)
    # the asset catalog, which the first frame's rigs and meshes look up (~0.45 s of CPU a worker: its modules
    # imported, every built-in kind registered), loaded while the scenes are built rather than before frame 0
    list(ASSETS)
    if kinds:
        from autark.render.meshes import prebuild

        prebuild(kinds)


def warm_film_workers(duration_s: float, options: Any, kinds: tuple[str, ...] = ()) -> int:
    """Start the render workers of a film of ``duration_s`` made with ``options`` (``FilmOptions``) now, while
    its scenes are still being built (which leaves a core idle), so its render does not wait ~1.5 s per worker
    for their start (``compose.parallel.warm_workers``), and have them build the meshes of ``kinds`` meanwhile
    (``warm_renderer``); returns how many. None for a film whose pieces go
    through the production cache or another executor: which frames it renders is known only later."""
    from autark.compose.parallel import warm_workers

    if getattr(options, "cache_dir", None) is not None or getattr(options, "executor", None) is not None:
        return 0
    width, height = options.frame_size()
    n_frames = max(1, int(round(duration_s * options.fps)))
    return warm_workers(n_frames, options.workers,
                        warm=functools.partial(warm_renderer, width, height, options.render_settings(),
                                               tuple(kinds)))
