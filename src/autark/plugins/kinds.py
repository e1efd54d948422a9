"""The plugin kinds: what each kind is asked, what it answers, and how an answer is checked.

Every kind is a request dataclass in, a result dataclass out, through one method of a ``Protocol``:

=============  ==================  =====================  ==========================================================
kind           protocol            method                 answer
=============  ==================  =====================  ==========================================================
``voice``      ``VoicePlugin``     ``speak(VoiceRequest)``   ``VoiceResult``: mono samples, phoneme and word timings
``music``      ``MusicPlugin``     ``compose(MusicRequest)`` ``MusicResult``: audio samples or a Standard MIDI File
``story``      ``StoryPlugin``     ``write(StoryRequest)``   ``StoryResult``: a ``Screenplay`` (or its dict)
``shots``      ``ShotGenerator``   ``generate(ShotRequest)`` ``ShotResult``: frames (n, height, width, 3) uint8
``exporter``   ``Exporter``        ``export(ExportRequest)`` ``ExportResult``: the file written
``asset_pack`` ``AssetPack``       ``assets()``              ``AssetSpec`` list, words included (registered on load)
=============  ==================  =====================  ==========================================================

A ``Plugin`` names one implementation: its kind, a *factory* (a module-level class or function, so a separate
process can import it by reference), the ``Permissions`` it needs and its ``Resources``. ``check_result``
validates an answer (a plugin that returns garbage is treated like one that crashed). Requests and results are
plain data that pickle, so a call can cross into a worker process unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import numpy as np

from autark.errors import RegistryError

__all__ = [
    "KINDS", "Kind", "Permissions", "Resources", "Plugin", "Timed",
    "VoiceRequest", "VoiceResult", "VoicePlugin", "MusicRequest", "MusicResult", "MusicPlugin",
    "StoryRequest", "StoryResult", "StoryPlugin", "ShotRequest", "ShotResult", "ShotGenerator",
    "ExportRequest", "ExportResult", "Exporter", "AssetPack", "GarbageResult", "check_result",
]

Kind = Literal["voice", "music", "story", "shots", "exporter", "asset_pack"]
KINDS: tuple[str, ...] = ("voice", "music", "story", "shots", "exporter", "asset_pack")


class GarbageResult(ValueError):
    """A plugin's answer does not have the shape its kind promises (said in the message)."""


@dataclass(frozen=True)
class Permissions:
    """What a plugin may do beyond computing. ``network`` is enforced (no connection unless declared here
    and allowed in the user's settings); ``subprocess`` is enforced too (no program started unless declared);
    ``gpu`` and ``paths`` are declared and shown (``autark plugins info``)."""

    network: bool = False
    gpu: bool = False
    subprocess: bool = False
    paths: tuple[str, ...] = ()  # files or folders it reads or writes besides what a call hands it

    def words(self) -> str:
        said = [n for n in ("network", "gpu", "subprocess") if getattr(self, n)]
        said += [f"files: {', '.join(self.paths)}"] if self.paths else []
        return ", ".join(said) or "none"


@dataclass(frozen=True)
class Resources:
    """What one call needs: ``memory_mb`` (declared, shown) and ``time_s``, the limit after which an isolated
    call is stopped and the built-in takes over."""

    memory_mb: int = 256
    time_s: float = 60.0

    def __post_init__(self) -> None:
        if not (isinstance(self.memory_mb, int) and self.memory_mb > 0):
            raise RegistryError(f"Resources.memory_mb must be a whole number above 0, got {self.memory_mb!r}")
        if not (math.isfinite(self.time_s) and self.time_s > 0):
            raise RegistryError(f"Resources.time_s must be seconds above 0, got {self.time_s!r}")


@dataclass(frozen=True)
class Plugin:
    """One registered implementation of a kind. ``factory()`` builds the object that answers the kind's method
    (an asset pack's ``assets()`` runs once, when the plugin loads). ``isolated``: calls run in a worker
    process with a time limit (the default for plugins that are not built in); built-ins run in this one."""

    name: str
    kind: str
    factory: Callable[[], Any]
    description: str = ""
    permissions: Permissions = field(default_factory=Permissions)
    resources: Resources = field(default_factory=Resources)
    version: str = ""
    builtin: bool = False
    isolated: bool | None = None  # None: isolated unless built in
    source: str = ""  # the distribution or module it comes from (filled in by the loader)
    suffixes: tuple[str, ...] = ()  # exporters: the file name endings they write (".glb")

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise RegistryError(f"plugin {self.name!r}: unknown kind {self.kind!r}", hint=f"kinds: {', '.join(KINDS)}")
        if not callable(self.factory):
            raise RegistryError(f"plugin {self.name!r}: factory must be callable (a class or a function)")
        if self.kind == "exporter" and not self.suffixes:
            raise RegistryError(f"exporter {self.name!r}: say which file endings it writes (suffixes=('.obj',))")
        bad = [s for s in self.suffixes if not (s.startswith(".") and len(s) > 1 and s == s.lower())]
        if bad:
            raise RegistryError(f"plugin {self.name!r}: suffixes are lower-case endings such as '.obj', got {bad}")

    @property
    def runs_isolated(self) -> bool:
        return (not self.builtin) if self.isolated is None else self.isolated


@dataclass(frozen=True)
class Timed:
    """A labelled stretch of time in seconds: a word or a phoneme of a spoken line."""

    label: str
    start_s: float
    end_s: float


# -- voice ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VoiceRequest:
    text: str
    voice: str  # "narrator", "man", "woman", ... or a voice of the plugin's own
    language: str  # "en", "de"


@dataclass(frozen=True, eq=False)
class VoiceResult:
    """``samples``: mono float32 in -1..1; ``phonemes`` and ``words`` in order, inside the samples' duration
    (an engine that cannot time them gives none)."""

    samples: np.ndarray
    sample_rate_hz: int
    phonemes: tuple[Timed, ...] = ()
    words: tuple[Timed, ...] = ()

    @property
    def duration_s(self) -> float:
        return self.samples.shape[0] / self.sample_rate_hz


@runtime_checkable
class VoicePlugin(Protocol):
    def speak(self, request: VoiceRequest) -> VoiceResult: ...


# -- music ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MusicRequest:
    mood: str  # "calm", "tense", ... (autark.audio.MOODS for the built-in)
    duration_s: float
    tempo_bpm: float | None = None  # None: the plugin's choice for the mood
    seed: int = 0


@dataclass(frozen=True, eq=False)
class MusicResult:
    """Either ``samples`` (float32, (n,) or (n, channels), at ``sample_rate_hz``) or ``midi`` (a Standard MIDI
    File's bytes, rendered by autark's synthesiser), or both."""

    samples: np.ndarray | None = None
    sample_rate_hz: int = 48000
    midi: bytes | None = None


@runtime_checkable
class MusicPlugin(Protocol):
    def compose(self, request: MusicRequest) -> MusicResult: ...


# -- story ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StoryRequest:
    idea: str
    duration_s: float = 30.0
    seed: int = 0
    language: str | None = None  # None: the idea's language


@dataclass(frozen=True)
class StoryResult:
    """``screenplay``: an ``autark.story.Screenplay`` or a dict of its fields (validated like a plan file)."""

    screenplay: Any


@runtime_checkable
class StoryPlugin(Protocol):
    def write(self, request: StoryRequest) -> StoryResult: ...


# -- shot generator ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class ShotRequest:
    """A shot's ``description`` (its action and camera words) and its ``first_frame`` (height, width, 3) uint8,
    as rendered; the generator makes ``n_frames`` frames of the same size that continue it."""

    description: str
    first_frame: np.ndarray
    n_frames: int
    fps: float = 24.0
    seed: int = 0


@dataclass(frozen=True, eq=False)
class ShotResult:
    frames: np.ndarray  # (n_frames, height, width, 3) uint8


@runtime_checkable
class ShotGenerator(Protocol):
    def generate(self, request: ShotRequest) -> ShotResult: ...


# -- exporter ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportRequest:
    """``scene``: the project's ``autark.scene.Scene`` (or a film's path for exporters of films); ``target``:
    the file to write (its ending is one of the exporter's ``suffixes``)."""

    scene: Any
    target: Path


@dataclass(frozen=True)
class ExportResult:
    path: Path
    summary: str = ""  # one line for the person: "3 objects"


@runtime_checkable
class Exporter(Protocol):
    def export(self, request: ExportRequest) -> ExportResult: ...


# -- asset pack -------------------------------------------------------------------------------------------------
@runtime_checkable
class AssetPack(Protocol):
    """Asset kinds with their words: each ``AssetSpec`` (``autark.assets.spec``) carries ``words`` per language
    ("teapot teapots" / "teekanne teekannen"), so "add a teapot" works once the pack is loaded."""

    def assets(self) -> Sequence[Any]: ...


# -- answers checked --------------------------------------------------------------------------------------------
def _finite_audio(samples: Any, what: str) -> np.ndarray:
    if not isinstance(samples, np.ndarray) or samples.dtype.kind != "f" or samples.ndim not in (1, 2):
        raise GarbageResult(f"{what} must be a float array of samples, got {type(samples).__name__}")
    if samples.shape[0] == 0:
        raise GarbageResult(f"{what} holds no samples")
    if not np.isfinite(samples).all():
        raise GarbageResult(f"{what} holds NaN or infinite samples")
    if float(np.abs(samples).max()) > 4.0:
        raise GarbageResult(f"{what} is far outside -1..1 (peak {float(np.abs(samples).max()):.1f})")
    return samples


def _rate(rate: Any) -> None:
    if not isinstance(rate, int) or not 8000 <= rate <= 192000:
        raise GarbageResult(f"sample_rate_hz must be a whole number from 8000 to 192000, got {rate!r}")


def _timings(items: Any, duration_s: float, what: str) -> None:
    last = 0.0
    for t in items:
        if not isinstance(t, Timed) or not isinstance(t.label, str):
            raise GarbageResult(f"{what} must be Timed(label, start_s, end_s) entries, got {t!r}")
        if not (0.0 <= t.start_s <= t.end_s <= duration_s + 0.05 and t.start_s >= last - 1e-6):
            raise GarbageResult(f"{what}: {t.label!r} at {t.start_s:.3f}-{t.end_s:.3f} s is out of order or "
                                f"outside the line's {duration_s:.3f} s")
        last = t.start_s


def check_result(kind: str, request: Any, result: Any) -> Any:
    """``result`` when it is a well-formed answer of ``kind`` to ``request``; ``GarbageResult`` otherwise."""
    expected = {"voice": VoiceResult, "music": MusicResult, "story": StoryResult, "shots": ShotResult,
                "exporter": ExportResult}.get(kind)
    if expected is not None and not isinstance(result, expected):
        raise GarbageResult(f"a {kind} plugin must answer a {expected.__name__}, got {type(result).__name__}")
    if kind == "voice":
        _finite_audio(result.samples, "the voice's samples")
        _rate(result.sample_rate_hz)
        _timings(result.phonemes, result.duration_s, "phonemes")
        _timings(result.words, result.duration_s, "words")
    elif kind == "music":
        if result.samples is None and result.midi is None:
            raise GarbageResult("music must come as samples or as MIDI")
        if result.midi is not None and not (isinstance(result.midi, bytes) and result.midi[:4] == b"MThd"):
            raise GarbageResult("the music's MIDI is not a Standard MIDI File")
        if result.samples is not None:
            samples = _finite_audio(result.samples, "the music's samples")
            _rate(result.sample_rate_hz)
            got_s = samples.shape[0] / result.sample_rate_hz
            if abs(got_s - request.duration_s) > max(0.5, 0.1 * request.duration_s):
                raise GarbageResult(f"the music lasts {got_s:.1f} s, {request.duration_s:.1f} s were asked for")
    elif kind == "story":
        from autark.story import Screenplay, check_plan

        plan = result.screenplay
        try:
            plan = plan if isinstance(plan, Screenplay) else Screenplay.model_validate(plan)
        except Exception as exc:  # pydantic's ValidationError or a TypeError from a non-mapping
            raise GarbageResult(f"the screenplay is not valid: {str(exc).splitlines()[0]}") from None
        problems = check_plan(plan)
        if problems:
            raise GarbageResult(f"the screenplay is not valid: {problems[0][1]}")
        return StoryResult(plan)
    elif kind == "shots":
        frames, first = result.frames, request.first_frame
        want = (request.n_frames, *first.shape)
        if not isinstance(frames, np.ndarray) or frames.dtype != np.uint8 or frames.shape != want:
            got = frames.shape if isinstance(frames, np.ndarray) else type(frames).__name__
            raise GarbageResult(f"a shot must be {want} uint8 frames, got {got}")
    elif kind == "exporter":
        path = Path(result.path)
        if not path.is_file() or path.stat().st_size == 0:
            raise GarbageResult(f"the exporter reported {path} but wrote no file there")
    return result
