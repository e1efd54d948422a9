"""The built-in engines as plugins: each kind's adapter over the engine that already exists, registered the
same way a third-party plugin registers (``autark.plugins.catalog``).

=============  ===================  ========================================================================
kind           name                 engine
=============  ===================  ========================================================================
voice          ``espeak-ng``        ``autark.audio.EspeakEngine`` (subprocess permission)
voice          ``piper``            ``autark.audio.neural.PiperEngine`` when the ``voice`` extra is installed
music          ``autark-music``     ``autark.audio.compose_score``: seeded General MIDI
story          ``autark-story``     ``autark.story.plan`` without a language model (rule based)
story          ``llm``              ``autark.story.llm``: an OpenAI-compatible model (network permission)
shots          ``hold-frame``       holds the rendered first frame (the renderer makes autark's shots)
shots          ``diffusers``        ``autark.plugins.shots_diffusers`` when the ``shots`` extra is installed
exporter       ``gltf``             ``autark.jobs.interchange.export_animated_glb`` (.glb, animated)
exporter       ``usd``              ``autark.jobs.interchange.export_usd`` (.usda, .usdc, .usd; ``interchange``)
exporter       ``scene-json``       ``autark.scene.export.scene_to_json`` (.json)
asset_pack     ``autark-catalogue`` ``autark.assets.catalog``: the built-in asset kinds with their words
=============  ===================  ========================================================================

Built-ins run in this process (they are autark's own code) but under the same permission guard as plugins.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from autark.plugins.kinds import (
    ExportRequest,
    ExportResult,
    MusicRequest,
    MusicResult,
    Permissions,
    Plugin,
    Resources,
    ShotRequest,
    ShotResult,
    StoryRequest,
    StoryResult,
    Timed,
    VoiceRequest,
    VoiceResult,
)

__all__ = ["builtin_plugins", "voice_result"]


def _timed(items: Any) -> tuple[Timed, ...]:
    """An engine's timings, ``Timed`` or ``(label, start_s, end_s)`` tuples, as ``Timed``."""
    out = []
    for item in items or ():
        out.append(item if isinstance(item, Timed) else Timed(str(item[0]), float(item[1]), float(item[2])))
    return tuple(out)


def _words_over_spans(text: str, spans: list[tuple[float, float]], duration_s: float) -> tuple[Timed, ...]:
    """Word timings estimated from the voiced stretches, each word taking a share of the voiced time in
    proportion to its letters: for an engine that reports none (a subtitle still changes with the speech)."""
    words = re.findall(r"\S+", text)
    if not words:
        return ()
    spans = spans or [(0.0, duration_s)]
    voiced = sum(e - s for s, e in spans)
    weights = np.array([max(1, len(w)) for w in words], dtype=np.float64)
    bounds = np.concatenate([[0.0], np.cumsum(weights / weights.sum() * voiced)])

    def at(t: float) -> float:  # voiced time -> line time
        for s, e in spans:
            if t <= e - s + 1e-9:
                return min(s + t, e)
            t -= e - s
        return spans[-1][1]

    return tuple(Timed(w, at(float(bounds[i])), at(float(bounds[i + 1]))) for i, w in enumerate(words))


def voice_result(speech: Any) -> VoiceResult:
    """A ``VoiceResult`` from an ``autark.audio.Speech`` (which may carry ``phonemes`` and ``words``)."""
    samples = np.asarray(speech.samples, dtype=np.float32).reshape(speech.samples.shape[0], -1).mean(axis=1)
    words = _timed(getattr(speech, "words", ()))
    if not words:
        words = _words_over_spans(speech.text, speech.spans(), speech.duration_s)
    return VoiceResult(samples=samples, sample_rate_hz=int(speech.sample_rate_hz),
                       phonemes=_timed(getattr(speech, "phonemes", ())), words=words)


class EspeakVoice:
    """espeak-ng (``autark.audio.EspeakEngine``) as a voice plugin."""

    def __init__(self) -> None:
        from autark.audio import EspeakEngine

        self.engine = EspeakEngine()

    def speak(self, request: VoiceRequest) -> VoiceResult:
        return voice_result(self.engine.speak(request.text, request.voice, request.language))


def _neural_engine_class() -> Any:
    """``autark.audio.neural.PiperEngine`` where the neural voice and its extra (``voice``) are installed."""
    if importlib.util.find_spec("autark.audio.neural") is None:
        return None
    try:
        module = importlib.import_module("autark.audio.neural")
    except ImportError:
        return None
    available = getattr(module, "piper_available", None)
    if available is not None and not available():
        return None
    return getattr(module, "PiperEngine", None)


class NeuralVoice:
    """The neural English voice (``autark.audio.neural.PiperEngine``: Piper through sherpa-onnx) as a voice
    plugin."""

    def __init__(self) -> None:
        engine_class = _neural_engine_class()
        if engine_class is None:
            from autark.errors import BackendError

            raise BackendError("the neural voice is not installed")
        self.engine = engine_class()

    def speak(self, request: VoiceRequest) -> VoiceResult:
        return voice_result(self.engine.speak(request.text, request.voice, request.language))


class SeededMusic:
    """``autark.audio.compose_score`` as a music plugin: a seeded General MIDI score of the mood."""

    def compose(self, request: MusicRequest) -> MusicResult:
        from autark.audio import compose_score

        score = compose_score(request.mood, request.duration_s, request.seed, tempo_bpm=request.tempo_bpm)
        return MusicResult(midi=score.midi_bytes)


class RuleStory:
    """autark's own story writer (``autark.story.plan``, no language model)."""

    def write(self, request: StoryRequest) -> StoryResult:
        from autark.story import plan

        return StoryResult(plan(request.idea, request.duration_s, request.seed, request.language))


class LanguageModelStory:
    """The OpenAI-compatible language-model back end (``autark.story.llm``) as a story plugin. It raises on any
    failure, so the call's containment reports it and the built-in story writer takes over."""

    def __init__(self) -> None:
        from autark.config import Settings
        from autark.errors import BackendError

        self.config = Settings.from_env().llm
        if self.config is None:
            raise BackendError("no language model is configured", hint="set AUTARK_LLM_URL and AUTARK_LLM_MODEL")

    def write(self, request: StoryRequest) -> StoryResult:
        from autark.errors import BackendError
        from autark.story import analyze
        from autark.story.llm import write_screenplay

        written, note = write_screenplay(self.config, analyze(request.idea, request.language), request.duration_s,
                                         request.seed)
        if written is None:
            raise BackendError(note.removeprefix("language model not used: ").split("; autark wrote")[0])
        return StoryResult(written)


class HoldFrame:
    """The shot as rendered: the first frame held for the shot's length."""

    def generate(self, request: ShotRequest) -> ShotResult:
        frame = np.asarray(request.first_frame, dtype=np.uint8)
        return ShotResult(np.repeat(frame[None], request.n_frames, axis=0))


class GltfExporter:
    """The scene as a glTF binary (.glb) for Blender and other 3D tools, with its animation (a sample per
    frame) when anything on the timeline moves; a still scene is written as it stands."""

    def export(self, request: ExportRequest) -> ExportResult:
        from autark.jobs.interchange import export_animated_glb

        samples = export_animated_glb(request.scene, request.target)
        return ExportResult(Path(request.target), _export_summary(request, samples))


class UsdExporter:
    """The scene with its animation as a USD stage (.usda text, .usdc binary) for Blender, Houdini, Omniverse
    and other USD tools (Pixar's usd-core, the ``interchange`` extra)."""

    def export(self, request: ExportRequest) -> ExportResult:
        from autark.jobs.interchange import export_usd

        samples = export_usd(request.scene, request.target)
        return ExportResult(Path(request.target), _export_summary(request, samples))


def _export_summary(request: ExportRequest, samples: int) -> str:
    objects = f"{len(request.scene.objects)} object(s)"
    return objects if samples <= 1 else f"{objects}, {samples} animation samples"


class SceneJsonExporter:
    """The scene in the small stable JSON contract of ``autark.scene.export``."""

    def export(self, request: ExportRequest) -> ExportResult:
        from autark.scene.export import scene_to_json

        target = Path(request.target)
        target.write_text(json.dumps(scene_to_json(request.scene), indent=1), encoding="utf-8")
        return ExportResult(target, f"{len(request.scene.objects)} object(s)")


class Catalogue:
    """The built-in asset kinds, each with its words (they are in the asset library from the start)."""

    def assets(self) -> list[Any]:
        from autark.assets.catalog import builtin_specs

        return list(builtin_specs())


def _diffusers_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("diffusers", "torch"))


def builtin_plugins(kind: str) -> list[Plugin]:
    """The built-in plugins of ``kind``."""
    quick = Resources(memory_mb=128, time_s=30.0)
    animated = Resources(memory_mb=1024, time_s=600.0)
    found: dict[str, list[Plugin]] = {
        "voice": [Plugin("espeak-ng", "voice", EspeakVoice, "espeak-ng formant voices, English and German",
                         Permissions(subprocess=True), quick, builtin=True)],
        "music": [Plugin("autark-music", "music", SeededMusic, "seeded General MIDI scores by mood",
                         resources=quick, builtin=True)],
        "story": [Plugin("autark-story", "story", RuleStory, "autark's rule-based story writer",
                         resources=quick, builtin=True),
                  Plugin("llm", "story", LanguageModelStory, "an OpenAI-compatible language model "
                         "(AUTARK_LLM_URL, AUTARK_LLM_MODEL)", Permissions(network=True),
                         Resources(memory_mb=128, time_s=120.0), builtin=True)],
        "shots": [Plugin("hold-frame", "shots", HoldFrame, "holds the rendered first frame", resources=quick,
                         builtin=True)],
        # the animated exports evaluate the scene at every frame: ~3 ms a sample, so a 10-minute film at 30 fps
        # takes about a minute on a loaded 2-core machine
        "exporter": [Plugin("gltf", "exporter", GltfExporter, "glTF binary for Blender and other 3D tools",
                            resources=animated, builtin=True, suffixes=(".glb",)),
                     Plugin("usd", "exporter", UsdExporter, "USD stage with its animation for Blender, Houdini "
                            "and Omniverse", resources=animated, builtin=True, suffixes=(".usda", ".usdc", ".usd")),
                     Plugin("scene-json", "exporter", SceneJsonExporter, "the scene as stable JSON",
                            resources=quick, builtin=True, suffixes=(".json",))],
        "asset_pack": [Plugin("autark-catalogue", "asset_pack", Catalogue, "the built-in asset kinds and their "
                              "words", builtin=True)],
    }
    if kind == "voice" and _neural_engine_class() is not None:
        found["voice"].append(Plugin("piper", "voice", NeuralVoice, "the neural English voice (Piper, sherpa-onnx)",
                                     Permissions(), Resources(memory_mb=512, time_s=120.0), builtin=True))
    if kind == "shots" and _diffusers_available():
        from autark.plugins.shots_diffusers import DIFFUSERS_PLUGIN

        found["shots"].append(DIFFUSERS_PLUGIN)
    return found.get(kind, [])
