"""Film production: a scene with a timeline -> voices, music, mix, frames, MP4 (+ SRT).

The stages run in a fixed order and each is timed: audio (speak every line, compose and render the score,
mix), then render + encode as one pipeline (frames stream from the renderer, in worker processes where
that pays off, into the encoder thread; never all held at once). Spoken lines set their real duration and
drive the speaker's jaw; the subtitles take their times from the same speech.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Literal

import numpy as np

from autark.errors import UserInputError
from autark.scene.model import Scene

__all__ = ["FilmOptions", "FilmReport", "make_film", "prepare_audio"]

Quality = Literal["preview", "final"]
CROSSFADE_S = 0.5
SAMPLE_RATE_HZ = 48_000


@dataclass(frozen=True)
class FilmOptions:
    fps: int = 30
    width: int = 1280
    height: int = 720
    quality: Quality = "final"
    seed: int = 0
    workers: int | None = None
    burn_subtitles: bool = False
    music: bool = True
    cache_dir: Path | None = None  # speech cache; None: no cache

    def render_settings(self) -> dict[str, int]:
        """Preview renders at half size without MSAA and with smaller shadow maps; final at full quality."""
        if self.quality == "preview":
            return {"samples": 0, "shadow_size": 1024, "spot_shadow_size": 512}
        return {"samples": 4, "shadow_size": 2048, "spot_shadow_size": 1024}

    def frame_size(self) -> tuple[int, int]:
        if self.quality == "preview":
            # even sizes: yuv420p needs them
            return max(16, self.width // 2 // 2 * 2), max(16, self.height // 2 // 2 * 2)
        return self.width, self.height


@dataclass
class FilmReport:
    path: Path
    srt_path: Path | None
    duration_s: float
    n_frames: int
    width: int
    height: int
    timings_s: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def prepare_audio(scene: Scene, duration_s: float | None = None, *, seed: int = 0, fps: int = 30,
                  music: bool = True, cache_dir: Path | None = None,
                  timings: dict[str, float] | None = None) -> tuple[Scene, np.ndarray, list]:
    """Speak every line, fit the timeline to the speech, compose the score and mix.

    Returns the scene with each line's real ``duration_s`` and a talk clip driven by the speech envelope,
    the stereo mix (float32, 48 kHz, exactly the film's length) and the subtitle cues.
    """
    from autark.audio import EspeakEngine, compose_score, mix, render_score
    from autark.compose import Cue
    from autark.scene.evaluate import film_duration_s
    from autark.scene.timeline import Action

    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    engine = EspeakEngine(cache_dir=cache_dir)
    speakers = {c.id: c for c in scene.characters} | {c.name.lower(): c for c in scene.characters}
    lines, talks, spoken, cues = [], [], [], []
    for line in scene.timeline.lines:
        character = speakers.get(line.speaker) or speakers.get(line.speaker.lower())
        voice = line.voice or (character.voice if character else "narrator")
        if voice == "default":
            voice = "man"
        speech = engine.speak(line.text, voice, line.language or "en")
        lines.append(line.model_copy(update={"duration_s": speech.duration_s}))
        spoken.append((line.start_s, speech))
        cues.append(Cue(line.start_s, line.start_s + speech.duration_s, line.text))
        if character is not None:
            envelope = [float(v) for v in speech.mouth_open(fps)]
            talks.append(Action(object_id=character.object_id, kind="talk", start_s=line.start_s,
                                end_s=line.start_s + max(speech.duration_s, 0.05), mouth_open=envelope,
                                mouth_fps=float(fps)))
    timeline = scene.timeline.model_copy(update={"lines": lines, "actions": [*scene.timeline.actions, *talks]})
    scene = scene.model_copy(update={"timeline": timeline})
    timings["speech"] = time.perf_counter() - t0

    total = duration_s if duration_s is not None else film_duration_s(scene)
    for start_s, speech in spoken:
        if start_s + speech.duration_s > total:
            raise UserInputError(
                f"the line '{speech.text[:40]}' ends at {start_s + speech.duration_s:.1f} s, after the film "
                f"({total:.1f} s)", hint="start it earlier or make the film longer")
    t0 = time.perf_counter()
    bed = None
    if music and total >= 1.0:
        score = compose_score(scene.timeline.music_mood or "calm", total, seed)
        bed = render_score(score, SAMPLE_RATE_HZ)
    timings["music"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    audio = mix(total, bed, spoken, SAMPLE_RATE_HZ) if (bed is not None or spoken) else None
    if audio is None:
        audio = np.zeros((int(round(total * SAMPLE_RATE_HZ)), 2), np.float32)
    timings["mix"] = time.perf_counter() - t0
    return scene, audio, cues


class _FrameRenderer:
    """Renders frame i of a film: evaluates the scene at i/fps and draws it; blends across cross-fades."""

    def __init__(self, scene_json: str, fps: int, width: int, height: int, settings: dict[str, int]) -> None:
        from autark.render import Renderer

        self.scene = Scene.model_validate_json(scene_json)
        self.fps = fps
        self.renderer = Renderer(width=width, height=height, **settings)
        self.fades = [s for s in self.scene.timeline.shots if s.transition == "crossfade" and s.start_s > 0]

    def __call__(self, frame_index: int) -> np.ndarray:
        from autark.scene.evaluate import evaluate

        t = frame_index / self.fps
        state = evaluate(self.scene, t)
        frame = self.renderer.render(state)
        for shot in self.fades:
            # the incoming shot's camera fades in over CROSSFADE_S seconds centred on the cut
            w = (t - (shot.start_s - CROSSFADE_S / 2)) / CROSSFADE_S
            if 0.0 < w < 1.0:
                before = evaluate(self.scene, min(t, shot.start_s - 1e-3))
                after = evaluate(self.scene, max(t, shot.start_s))
                a = self.renderer.render(state, before.camera(before.active_camera)).astype(np.float32)
                b = self.renderer.render(state, after.camera(after.active_camera)).astype(np.float32)
                frame = np.clip(a * (1 - w) + b * w + 0.5, 0, 255).astype(np.uint8)
        return frame


def _make_frame_renderer(scene_json: str, fps: int, width: int, height: int,
                         settings: dict[str, int]) -> Callable[[int], np.ndarray]:
    return _FrameRenderer(scene_json, fps, width, height, settings)


def make_film(scene: Scene, out_path: str | os.PathLike[str], options: FilmOptions | None = None, *,
              on_rendered: Callable[[int], None] | None = None,
              on_encoded: Callable[[int], None] | None = None,
              on_stage: Callable[[str], None] | None = None) -> FilmReport:
    """Produce the film of ``scene`` at ``out_path`` (an MP4, with an SRT beside it when lines are spoken)."""
    from autark.compose import compose_film
    from autark.scene.animation import validate_actions
    from autark.scene.evaluate import film_duration_s

    options = options or FilmOptions()
    if not 1 <= options.fps <= 120:
        raise UserInputError(f"fps must be between 1 and 120, got {options.fps}")
    validate_actions(scene)
    timings: dict[str, float] = {}
    duration_s = film_duration_s(scene)
    if on_stage:
        on_stage("audio")
    scene, audio, cues = prepare_audio(scene, duration_s, seed=options.seed, fps=options.fps,
                                       music=options.music, cache_dir=options.cache_dir, timings=timings)
    timings["audio"] = timings["speech"] + timings["music"] + timings["mix"]
    width, height = options.frame_size()
    n_frames = max(1, int(round(duration_s * options.fps)))
    factory = functools.partial(_make_frame_renderer, scene.model_dump_json(), options.fps, width, height,
                                options.render_settings())
    if on_stage:
        on_stage("render+encode")
    t0 = time.perf_counter()
    stats = compose_film(factory, n_frames, Fraction(options.fps), out_path, audio, cues or None,
                         options.quality, width=width, height=height, sample_rate_hz=SAMPLE_RATE_HZ,
                         burn_subtitles=options.burn_subtitles, workers=options.workers,
                         on_rendered=on_rendered, on_encoded=on_encoded)
    timings["render+encode"] = time.perf_counter() - t0
    for name in ("render_s", "encode_s"):
        value = getattr(stats, name, None)
        if value is not None:
            timings[name.removesuffix("_s")] = float(value)
    path = Path(stats.path)
    srt = path.with_suffix(".srt")
    return FilmReport(path=path, srt_path=srt if cues else None, duration_s=n_frames / options.fps,
                      n_frames=n_frames, width=width, height=height, timings_s=timings)
