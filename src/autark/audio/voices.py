"""Voices: a small engine interface, the ``Speech`` result, and espeak-ng as the built-in engine.

An engine turns (text, voice, language) into a :class:`Speech`: mono float32 samples at 48 kHz plus what the
animation needs from them (a per-frame mouth-open envelope and the spoken-vs-pause spans). Engines sit behind
the :class:`VoiceEngine` protocol so a neural engine can replace espeak-ng without touching callers.

espeak-ng is run as a program (``espeak-ng -v <voice> -s <speed> -p <pitch> --stdout``) rather than through
a binding: it is what the set-up installs, and one process per line is cheap next to rendering. Results are
cached by a content hash of everything that changes the samples (text, voice, language, engine version and
this module's settings), in a directory the caller passes in; there is no global cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
import threading
import wave
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, frame_rms, resample
from autark.errors import AudioError, LimitExceeded, NotUnderstood, UserInputError
from autark.limits import MAX_LINE_CHARS

__all__ = ["Speech", "SpeechCache", "VoiceInfo", "VoiceEngine", "EspeakEngine", "MemoVoices", "MAX_TEXT_CHARS",
           "normalize_peak", "robotize", "spoken_line"]

MAX_TEXT_CHARS = MAX_LINE_CHARS  # one spoken line (autark.limits)
# Bump when anything below changes the produced samples, so old cache entries are not reused.
_CACHE_FORMAT = 3
_SPEECH_PEAK = 0.7  # every line leaves the engine at the same peak so the mixer sees consistent levels


def spoken_line(text: str) -> str:
    """The line an engine speaks: its words with single spaces; an empty or over-long line is refused the same
    way by every engine."""
    clean = " ".join(text.split())
    if not clean:
        raise UserInputError("there is no text to speak", hint="give the line some words")
    if len(clean) > MAX_TEXT_CHARS:
        raise LimitExceeded(f"a spoken line is limited to {MAX_TEXT_CHARS} characters, got {len(clean)}",
                            hint="split it into several lines")
    return clean


@dataclass(frozen=True)
class VoiceInfo:
    name: str  # what a screenplay says: "narrator", "woman", ...
    language: str  # "en", "de"
    gender: str  # "male", "female", "child", "neutral"
    description: str


@dataclass(frozen=True, eq=False)
class Speech:
    """One spoken line. ``samples`` is float32 (n, 1). ``phonemes`` are (IPA, start_s, end_s) and ``words``
    (word, start_s, end_s), in the line's own time, when the engine knows them (empty otherwise)."""

    samples: np.ndarray
    sample_rate_hz: int
    text: str
    voice: str = ""
    language: str = ""
    phonemes: tuple[tuple[str, float, float], ...] = ()
    words: tuple[tuple[str, float, float], ...] = ()

    @property
    def duration_s(self) -> float:
        return self.samples.shape[0] / self.sample_rate_hz

    def _mono(self) -> np.ndarray:
        return self.samples.reshape(self.samples.shape[0], -1).mean(axis=1)

    def cut(self, first: int, last: int) -> Speech:
        """Samples ``first``..``last`` of the line, its timings moved to the cut's start (those outside it
        dropped)."""
        offset, end = first / self.sample_rate_hz, last / self.sample_rate_hz

        def inside(items: tuple[tuple[str, float, float], ...]) -> tuple[tuple[str, float, float], ...]:
            return tuple((n, max(s, offset) - offset, min(e, end) - offset) for n, s, e in items
                         if e > offset and s < end)

        return dataclasses.replace(self, samples=self.samples[first:last], phonemes=inside(self.phonemes),
                                   words=inside(self.words))

    def mouth_open(self, fps: Fraction | float) -> np.ndarray:
        """Per video frame, how far the mouth is open (0..1).

        With phoneme timings, the jaw takes each phoneme's mouth shape (closed for M/B/P, wide for A, half
        for E/I and rounded O/U; ``autark.audio.phonemes``), scaled by how loud that frame is, so silence
        shuts it and lip closures nearly do. Without them it follows the level alone (:meth:`level_open`)."""
        level = self.level_open(fps)
        if not self.phonemes or level.size == 0:
            return level
        from autark.audio.phonemes import viseme_openness

        shape = viseme_openness(self.phonemes, level.shape[0], float(fps))
        # The level keeps the jaw moving with the sound; the shape closes it on M/B/P (to a fifth of the
        # level: the lips meet, the jaw stays a little open) and opens it wide on A.
        return np.clip(level * (0.2 + 0.8 * shape), 0.0, 1.0).astype(np.float32)

    def visemes(self, fps: Fraction | float) -> list[str]:
        """Per video frame, the mouth shape (closed, fv, open, round, spread, consonant, or rest between
        sounds); all "rest" when the engine gave no phoneme timings."""
        from autark.audio.phonemes import viseme_track

        return viseme_track(self.phonemes, len(self.level_open(fps)), float(fps))

    def level_open(self, fps: Fraction | float) -> np.ndarray:
        """Per video frame, how far the mouth is open (0..1), from the RMS of the samples in that frame.

        Level is mapped in dB between a floor 40 dB under the loud parts and the loud parts themselves, so
        quiet consonants open the mouth a little and pauses close it; one frame of smoothing removes flicker.
        """
        rate = float(fps)
        if rate <= 0:
            raise UserInputError(f"fps must be positive, got {fps}")
        n_frames = int(np.ceil(self.duration_s * rate - 1e-9))
        if n_frames == 0:
            return np.zeros(0, dtype=np.float32)
        # Frame boundaries in samples; frames may not hold a whole number of samples (e.g. 24000/1001 fps).
        edges = np.round(np.arange(n_frames + 1) * self.sample_rate_hz / rate).astype(np.int64)
        x = self._mono().astype(np.float64)
        x = np.concatenate([x, np.zeros(max(0, int(edges[-1]) - x.shape[0]))])
        csum = np.concatenate([[0.0], np.cumsum(x * x)])
        counts = np.maximum(edges[1:] - edges[:-1], 1)
        rms = np.sqrt(np.maximum(csum[edges[1:]] - csum[edges[:-1]], 0.0) / counts)
        loud = float(np.percentile(rms, 90)) if rms.size else 0.0
        if loud <= 1e-6:
            return np.zeros(n_frames, dtype=np.float32)
        db = 20.0 * np.log10(np.maximum(rms, 1e-9) / loud)
        openness = np.clip((db + 40.0) / 40.0, 0.0, 1.0)
        if n_frames >= 3:
            # A short [1, 2, 1] blur: the jaw cannot snap shut and open within one frame.
            padded = np.concatenate([openness[:1], openness, openness[-1:]])
            openness = (padded[:-2] + 2 * padded[1:-1] + padded[2:]) / 4.0
        return openness.astype(np.float32)

    def spans(self, min_pause_s: float = 0.12, min_span_s: float = 0.05) -> list[tuple[float, float]]:
        """Spoken stretches as (start_s, end_s), split where the level drops into a pause.

        espeak-ng gives no word timings on its stdout path, so this is energy based: 10 ms frames louder than
        30 dB under the loud parts count as voiced; pauses shorter than ``min_pause_s`` are bridged (the gap
        between two words is not a pause) and blips shorter than ``min_span_s`` are dropped.
        """
        hop = max(1, self.sample_rate_hz // 100)
        n = self.samples.shape[0] // hop
        if n == 0:
            return []
        rms = frame_rms(self._mono(), hop, n)
        loud = float(np.percentile(rms, 95))
        if loud <= 1e-6:
            return []
        voiced = rms > max(loud * 10 ** (-30 / 20), 1e-5)
        hop_s = hop / self.sample_rate_hz
        raw: list[list[float]] = []
        start = None
        for i, v in enumerate(voiced):
            if v and start is None:
                start = i
            elif not v and start is not None:
                raw.append([start * hop_s, i * hop_s])
                start = None
        if start is not None:
            raw.append([start * hop_s, n * hop_s])
        merged: list[list[float]] = []
        for s, e in raw:
            if merged and s - merged[-1][1] < min_pause_s:
                merged[-1][1] = e
            else:
                merged.append([s, e])
        return [(s, e) for s, e in merged if e - s >= min_span_s]


@runtime_checkable
class VoiceEngine(Protocol):
    """What the studio needs from a speech engine."""

    name: str

    def voices(self) -> list[VoiceInfo]: ...

    def speak(self, text: str, voice: str, language: str) -> Speech: ...


class MemoVoices:
    """A voice engine that speaks each (text, voice, language) once and answers from memory after that: a
    film's layout measures a line and its audio stage reuses the same speech. :meth:`speak_all` speaks many
    lines ahead, a few at a time."""

    def __init__(self, inner: VoiceEngine) -> None:
        self.inner = inner
        self.name = inner.name
        self.memo: dict[tuple[str, str, str], Speech] = {}
        self._ahead: dict[tuple[str, str, str], threading.Event] = {}  # being spoken by ``speak_ahead``'s thread
        self._lock = threading.Lock()

    def voices(self) -> list[VoiceInfo]:
        return self.inner.voices()

    def speak(self, text: str, voice: str, language: str) -> Speech:
        key = (text, voice, language)
        with self._lock:
            pending = self._ahead.get(key) if key not in self.memo else None
        if pending is not None:
            pending.wait()  # spoken ahead (or failed there: then spoken here, and its error raised here)
        if key not in self.memo:
            self.memo[key] = self.inner.speak(text, voice, language)
        return self.memo[key]

    def speak_ahead(self, requests: list[tuple[str, str, str]]) -> None:
        """Start speaking ``requests`` on a thread, in order, while the caller goes on (a film's lines while its
        sets are built and its shots planned: the voices run in C, which lets go of the interpreter lock); a
        ``speak`` of one of them waits for it. An error there is left for ``speak`` to meet again."""
        with self._lock:
            todo = [r for r in dict.fromkeys(requests) if r not in self.memo and r not in self._ahead]
            for r in todo:
                self._ahead[r] = threading.Event()
        if not todo:
            return

        def run() -> None:
            for r in todo:
                try:
                    self.memo.setdefault(r, self.inner.speak(*r))
                except Exception:  # noqa: S110 - ``speak`` tries again on the caller's thread and raises it there
                    pass
                finally:
                    self._ahead[r].set()

        threading.Thread(target=run, name="autark-speak-ahead", daemon=True).start()

    def speak_all(self, requests: list[tuple[str, str, str]]) -> None:
        """Speak every distinct request not spoken yet: espeak-ng is a separate process per line, so lines
        synthesise in parallel on several cores while this thread waits (the results do not depend on the
        order)."""
        from concurrent.futures import ThreadPoolExecutor

        todo = [r for r in dict.fromkeys(requests) if r not in self.memo]
        if len(todo) <= 1:
            for request in todo:
                self.speak(*request)
            return
        with ThreadPoolExecutor(max_workers=min(len(todo), max(2, os.cpu_count() or 1))) as pool:
            self.memo.update(zip(todo, pool.map(lambda r: self.inner.speak(*r), todo), strict=True))


@dataclass(frozen=True)
class _VoiceSetting:
    info: VoiceInfo
    espeak_voice: str
    speed_wpm: int
    pitch: int  # espeak-ng 0..99
    robot: bool = False


def _settings() -> dict[tuple[str, str], _VoiceSetting]:
    table: list[tuple[str, str, str, str, int, int, bool, str]] = [
        # name, gender, en voice, de voice, speed, pitch, robot, description
        ("narrator", "male", "en-gb+m1", "de+m1", 145, 28, False, "calm, low, unhurried storyteller"),
        ("man", "male", "en-us+m3", "de+m3", 165, 55, False, "adult man"),
        ("woman", "female", "en-us+f3", "de+f3", 165, 62, False, "adult woman"),
        ("child", "child", "en-us+f4", "de+f4", 175, 95, False, "child, high and quick"),
        ("elder", "male", "en-gb+m7", "de+m7", 130, 25, False, "old man, slow and low"),
        ("robot", "neutral", "en-us+m2", "de+m2", 150, 40, True, "metallic, ring-modulated machine voice"),
    ]
    out: dict[tuple[str, str], _VoiceSetting] = {}
    for name, gender, en, de, speed, pitch, robot, desc in table:
        for lang, ev in (("en", en), ("de", de)):
            out[(name, lang)] = _VoiceSetting(VoiceInfo(name, lang, gender, desc), ev, speed, pitch, robot)
    return out


_SETTINGS = _settings()
# espeak-ng (pitch, speed) offsets of voice variants "man#1", "man#2", ...: a second man is lower and slower,
# a third higher and quicker.
_ESPEAK_VARIANTS = ((0, 0), (-14, -10), (14, 10), (-7, 6), (7, -6))


def robotize(x: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    """Ring modulation (a metallic, inharmonic buzz) plus a mild bit-crush; keeps the words intelligible."""
    t = np.arange(x.shape[0]) / sample_rate_hz
    ring = x * np.sin(2 * np.pi * 60.0 * t)
    y = 0.55 * ring + 0.45 * x
    levels = 2 ** 6  # 6-bit amplitude steps
    peak = float(np.max(np.abs(y))) or 1.0
    y = np.round(y / peak * levels) / levels * peak
    # Hold every 3rd sample: aliasing "grit" of a cheap D/A converter.
    y = np.repeat(y[::3], 3)[: x.shape[0]]
    return y


def normalize_peak(x: np.ndarray) -> np.ndarray:
    """float32 (n, 1) at the peak every engine delivers, so the mixer sees consistent levels."""
    out = np.asarray(x, dtype=np.float32).reshape(x.shape[0], -1)
    peak = float(np.max(np.abs(out))) if out.size else 0.0
    return (out * (_SPEECH_PEAK / peak)).astype(np.float32) if peak > 1e-6 else out


class SpeechCache:
    """Spoken lines on disk, by a content hash of everything that changes them: the samples as
    ``speech-<key>.npy`` and their phoneme and word timings as ``speech-<key>.json``. ``folder`` None: no
    caching. Shared by the engines so a neural engine keeps lines the way espeak-ng does."""

    def __init__(self, folder: Path | str | None) -> None:
        self.folder = Path(folder) if folder is not None else None

    def key(self, payload: dict) -> str | None:
        if self.folder is None:
            return None
        payload = {**payload, "cache_format": _CACHE_FORMAT}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()

    def load(self, key: str | None) -> tuple[np.ndarray, tuple, tuple] | None:
        if key is None or self.folder is None:
            return None
        path = self.folder / f"speech-{key}.npy"
        if not path.exists():
            return None
        try:
            arr = np.load(path, allow_pickle=False)
            timings = json.loads((self.folder / f"speech-{key}.json").read_text(encoding="utf-8"))
            phonemes = tuple((str(n), float(a), float(b)) for n, a, b in timings["phonemes"])
            words = tuple((str(n), float(a), float(b)) for n, a, b in timings["words"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is re-synthesized and overwritten
        if arr.dtype != np.float32 or arr.ndim != 2 or arr.shape[1] != 1:
            return None
        return arr, phonemes, words

    def store(self, key: str | None, samples: np.ndarray, phonemes: tuple, words: tuple) -> None:
        if key is None or self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        timings = json.dumps({"phonemes": [list(p) for p in phonemes], "words": [list(w) for w in words]})
        # Timings first, samples last: an entry counts once its .npy is there. Write-then-rename so a
        # parallel worker never reads half a file.
        for suffix, write in ((".json", lambda f: f.write(timings.encode("utf-8"))),
                              (".npy", lambda f: np.save(f, samples, allow_pickle=False))):
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    write(f)
                os.replace(tmp, self.folder / f"speech-{key}{suffix}")
            except OSError:
                Path(tmp).unlink(missing_ok=True)
                return


def _read_wav(data: bytes) -> tuple[np.ndarray, int]:
    """Parse espeak-ng's stdout WAV. Streaming output has a bogus length field, so read to the end."""
    with wave.open(io.BytesIO(data)) as w:
        rate = w.getframerate()
        channels = w.getnchannels()
        width = w.getsampwidth()
        frames = w.readframes(w.getnframes())
    if width != 2:
        raise AudioError(f"espeak-ng produced {8 * width}-bit audio; expected 16-bit")
    usable = len(frames) - len(frames) % (2 * channels)
    pcm = np.frombuffer(frames[:usable], dtype="<i2").astype(np.float32) / 32768.0
    return pcm.reshape(-1, channels).mean(axis=1), rate


class EspeakEngine:
    """espeak-ng behind the :class:`VoiceEngine` interface.

    ``cache_dir``: where synthesized lines are kept (None: no caching). ``executable``: the program to run.
    """

    name = "espeak-ng"

    def __init__(self, cache_dir: Path | str | None = None, executable: str = "espeak-ng",
                 sample_rate_hz: int = SAMPLE_RATE_HZ) -> None:
        self.cache = SpeechCache(cache_dir)
        self.cache_dir = self.cache.folder
        self.executable = executable
        self.sample_rate_hz = int(sample_rate_hz)
        self._version: str | None = None

    # -- interface -----------------------------------------------------------------------------------------
    def voices(self) -> list[VoiceInfo]:
        return [s.info for s in _SETTINGS.values()]

    def speak(self, text: str, voice: str, language: str = "en") -> Speech:
        setting = self._setting(voice, language)
        clean = spoken_line(text)
        name = voice.strip().lower() if "#" in voice else setting.info.name
        key = self._cache_key(clean, setting)
        cached = self.cache.load(key)
        if cached is not None:
            samples, phonemes, words = cached
        else:
            samples = self._synthesize(clean, setting)
            phonemes, words = self._timings(clean, setting, samples.shape[0] / self.sample_rate_hz)
            self.cache.store(key, samples, phonemes, words)
        return Speech(samples, self.sample_rate_hz, clean, name, setting.info.language, phonemes=phonemes,
                      words=words)

    # -- engine --------------------------------------------------------------------------------------------
    def version(self) -> str:
        if self._version is None:
            self._version = self._run(["--version"], b"").decode("utf-8", "replace").strip()
        return self._version

    def _setting(self, voice: str, language: str) -> _VoiceSetting:
        lang = language.strip().lower().replace("_", "-").split("-")[0]
        name, _, variant = voice.strip().lower().partition("#")
        languages = sorted({k[1] for k in _SETTINGS})
        if lang not in languages:
            raise NotUnderstood(f"no voices for language '{language}'", word=language, suggestions=languages,
                                hint=f"use one of: {', '.join(languages)}")
        names = sorted({k[0] for k in _SETTINGS})
        if (name, lang) not in _SETTINGS:
            import difflib

            close = difflib.get_close_matches(name, names, n=3) or names
            raise NotUnderstood(f"unknown voice '{voice}'", word=voice, suggestions=close,
                                hint=f"voices: {', '.join(names)}")
        setting = _SETTINGS[(name, lang)]
        if variant.strip():
            # "man#1": another man. espeak-ng's own pitch and speed make him sound like someone else.
            from autark.audio.voicing import parse_voice

            n = parse_voice(voice)[1]
            dp, ds = _ESPEAK_VARIANTS[n] if n < len(_ESPEAK_VARIANTS) else (n % 25 - 12, n % 13 - 6)
            setting = dataclasses.replace(setting, pitch=min(99, max(0, setting.pitch + dp)),
                                          speed_wpm=setting.speed_wpm + ds)
        return setting

    def _timings(self, text: str, s: _VoiceSetting, duration_s: float
                 ) -> tuple[tuple[tuple[str, float, float], ...], tuple[tuple[str, float, float], ...]]:
        """Phoneme and word times from libespeak-ng's events for the same voice, speed and pitch (the same
        synthesis as the program's, so the same timeline); none when the library cannot be loaded."""
        from autark.audio.phonemes import espeak_library

        try:
            timed = espeak_library().synthesize(text, s.espeak_voice, s.speed_wpm, s.pitch)
        except AudioError:
            return (), ()

        def clip(items: tuple[tuple[str, float, float], ...]) -> tuple[tuple[str, float, float], ...]:
            return tuple((n, min(a, duration_s), min(b, duration_s)) for n, a, b in items)

        return clip(timed.phonemes), clip(timed.words)

    def _run(self, args: list[str], stdin: bytes) -> bytes:
        exe = shutil.which(self.executable)
        if exe is None:
            raise AudioError("espeak-ng is not installed", hint="install espeak-ng: apt-get install espeak-ng")
        try:
            proc = subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AudioError(f"espeak-ng could not run: {exc}") from exc
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip()
            raise AudioError(f"espeak-ng failed (exit {proc.returncode}): {err}")
        return proc.stdout

    def _synthesize(self, text: str, s: _VoiceSetting) -> np.ndarray:
        # Text goes through stdin (-b 1: UTF-8) so a line starting with "-" is never read as an option.
        args = ["-v", s.espeak_voice, "-s", str(s.speed_wpm), "-p", str(s.pitch), "-b", "1", "--stdout"]
        data = self._run(args, text.encode("utf-8"))
        try:
            pcm, rate = _read_wav(data)
        except (wave.Error, EOFError) as exc:
            raise AudioError(f"espeak-ng returned unreadable audio: {exc}") from exc
        if s.robot:
            pcm = robotize(pcm, rate)
        return normalize_peak(resample(pcm, rate, self.sample_rate_hz))

    # -- cache ---------------------------------------------------------------------------------------------
    def _cache_key(self, text: str, s: _VoiceSetting) -> str | None:
        if self.cache.folder is None:
            return None
        return self.cache.key({
            "format": _CACHE_FORMAT, "engine": self.name, "version": self.version(), "text": text,
            "voice": s.info.name, "language": s.info.language, "espeak_voice": s.espeak_voice,
            "speed": s.speed_wpm, "pitch": s.pitch, "robot": s.robot, "rate": self.sample_rate_hz,
        })
