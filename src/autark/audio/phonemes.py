"""Phonemes with times, from libespeak-ng's own synthesis events, and the mouth shapes (visemes) they make.

espeak-ng's command line prints phonemes but not when they are said; its library reports both: during
synthesis it calls back with WORD events (which characters of the text start now) and PHONEME events (the
IPA symbol starting now), each at its position in the audio. :class:`EspeakLibrary` wraps that API through
ctypes (the library ships with the espeak-ng package the set-up installs; there is no maintained Python
binding that exposes the events). It also turns text into IPA clause by clause (``espeak_TextToPhonemes``),
which is what a Piper voice takes as input.

Timings are plain tuples so a ``Speech`` stays pure data: a phoneme is ``(ipa, start_s, end_s)``, a word
``(text, start_s, end_s)``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from dataclasses import dataclass

import numpy as np

from autark.errors import AudioError

__all__ = ["EspeakLibrary", "align_audio", "PhonemeTiming", "TimedSpeech", "WordTiming", "espeak_library", "viseme_openness",
           "viseme_of", "viseme_track", "warp_timings"]

PhonemeTiming = tuple[str, float, float]  # IPA symbol, start_s, end_s
WordTiming = tuple[str, float, float]  # the word as written, start_s, end_s

# espeak_lib.h constants (the ABI is stable since espeak 1.48).
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INIT_PHONEME_EVENTS, _INIT_PHONEME_IPA, _INIT_DONT_EXIT = 0x0001, 0x0002, 0x8000
_EVENT_LIST_TERMINATED, _EVENT_WORD, _EVENT_END, _EVENT_MSG_TERMINATED, _EVENT_PHONEME = 0, 1, 5, 6, 7
_PARAM_RATE, _PARAM_PITCH = 1, 3
_CHARS_UTF8 = 1
_PHONEMES_IPA = 0x02


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint), ("text_position", ctypes.c_int),
                ("length", ctypes.c_int), ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_char * 8)]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


@dataclass(frozen=True)
class TimedSpeech:
    """What one libespeak-ng synthesis gives: mono float32 samples and the phonemes and words with times."""

    samples: np.ndarray
    sample_rate_hz: int
    phonemes: tuple[PhonemeTiming, ...]
    words: tuple[WordTiming, ...]


class EspeakLibrary:
    """libespeak-ng in this process. The library keeps global state, so every call holds one lock."""

    def __init__(self, path: str | None = None) -> None:
        found = path or ctypes.util.find_library("espeak-ng")
        if not found:
            raise AudioError("the espeak-ng library (libespeak-ng) is not installed",
                             hint="install espeak-ng: apt-get install espeak-ng")
        try:
            self._lib = ctypes.CDLL(found)
        except OSError as exc:
            raise AudioError(f"the espeak-ng library could not be loaded: {exc}") from exc
        self._lock = threading.Lock()
        self._lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self._lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        rate = self._lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, None,
                                           _INIT_PHONEME_EVENTS | _INIT_PHONEME_IPA | _INIT_DONT_EXIT)
        if rate <= 0:
            raise AudioError("the espeak-ng library could not start (its data files are missing?)")
        self.sample_rate_hz = int(rate)
        self._chunks: list[bytes] = []
        self._events: list[tuple[int, int, int, int, str]] = []
        self._callback = _Callback(self._on_audio)  # kept on self: ctypes must not free it while in use
        self._lib.espeak_SetSynthCallback(self._callback)

    def _on_audio(self, wav, n_samples, events) -> int:  # noqa: ANN001 - ctypes pointers
        if wav and n_samples > 0:
            self._chunks.append(ctypes.string_at(wav, n_samples * 2))
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            e = events[i]
            name = e.id.decode("utf-8", "replace") if e.type == _EVENT_PHONEME else ""
            self._events.append((e.type, e.text_position, e.length, e.audio_position, name))
            i += 1
        return 0

    def _voice(self, voice: str, rate_wpm: int | None, pitch: int | None) -> None:
        if self._lib.espeak_SetVoiceByName(voice.encode("utf-8")) != 0:
            raise AudioError(f"espeak-ng has no voice '{voice}'")
        self._lib.espeak_SetParameter(_PARAM_RATE, int(rate_wpm or 175), 0)
        self._lib.espeak_SetParameter(_PARAM_PITCH, int(50 if pitch is None else pitch), 0)

    def synthesize(self, text: str, voice: str, rate_wpm: int | None = None, pitch: int | None = None
                   ) -> TimedSpeech:
        """Speak ``text`` with an espeak-ng voice name ("en-us+m3"), speed (words a minute) and pitch (0..99)."""
        data = text.encode("utf-8")
        with self._lock:
            self._voice(voice, rate_wpm, pitch)
            self._chunks, self._events = [], []
            status = self._lib.espeak_Synth(data, len(data) + 1, 0, 0, 0, _CHARS_UTF8, None, None)
            self._lib.espeak_Synchronize()
            chunks, events = self._chunks, self._events
            self._chunks, self._events = [], []
        if status != 0:
            raise AudioError(f"espeak-ng could not speak the line (error {status})")
        pcm = np.frombuffer(b"".join(chunks), dtype="<i2").astype(np.float32) / 32768.0
        duration = pcm.shape[0] / self.sample_rate_hz
        phonemes, words = _timings(text, events, duration)
        return TimedSpeech(pcm, self.sample_rate_hz, phonemes, words)

    def ipa_clauses(self, text: str, voice: str) -> list[str]:
        """The text as IPA, one string per clause, each ending with its clause's punctuation (as Piper voices
        are trained: the punctuation tells the voice where to pause and how to end the phrase)."""
        data = text.encode("utf-8")
        buf = ctypes.create_string_buffer(data)
        ptr = ctypes.c_char_p(ctypes.addressof(buf))
        base = ctypes.addressof(buf)
        out: list[str] = []
        with self._lock:
            self._voice(voice, None, None)
            consumed = 0
            while ptr.value:
                ipa = self._lib.espeak_TextToPhonemes(ctypes.byref(ptr), _CHARS_UTF8, _PHONEMES_IPA)
                at = ctypes.cast(ptr, ctypes.c_void_p).value
                end = len(data) if at is None else at - base
                chunk = data[consumed:end].decode("utf-8", "replace")
                consumed = end
                phon = " ".join((ipa or b"").decode("utf-8", "replace").split())
                if phon:
                    mark = next((c for c in reversed(chunk.strip()) if c in ".,;:!?"), "")
                    out.append(phon + mark)
                if at is None:
                    break
        return out


def _timings(text: str, events: list[tuple[int, int, int, int, str]], duration_s: float
             ) -> tuple[tuple[PhonemeTiming, ...], tuple[WordTiming, ...]]:
    """Phoneme and word spans from the event list: a phoneme lasts until the next event's audio position (an
    unnamed phoneme event is a pause); a word lasts from its WORD event to the end of its last phoneme."""
    marks = sorted((pos / 1000.0, kind, tpos, length, name) for kind, tpos, length, pos, name in events)
    phonemes: list[list] = []
    for t, kind, _tpos, _length, name in marks:
        if kind not in (_EVENT_PHONEME, _EVENT_END, _EVENT_MSG_TERMINATED):
            continue
        if phonemes and phonemes[-1][2] is None:
            phonemes[-1][2] = t
        if kind == _EVENT_PHONEME and name.strip():
            phonemes.append([name.strip(), t, None])
    if phonemes and phonemes[-1][2] is None:
        phonemes[-1][2] = duration_s
    ph = tuple((p, min(s, duration_s), min(max(e, s), duration_s)) for p, s, e in phonemes)
    starts = [(t, tpos, length) for t, kind, tpos, length, _n in marks if kind == _EVENT_WORD]
    words: list[WordTiming] = []
    for i, (t, tpos, length) in enumerate(starts):
        nxt = starts[i + 1][0] if i + 1 < len(starts) else duration_s + 1.0
        inside = [e for _p, s, e in ph if t - 1e-6 <= s < nxt]
        word = text[max(0, tpos - 1): max(0, tpos - 1) + length].strip()
        if not word:  # the library also reports clause boundaries as empty words
            continue
        words.append((word, t, min(max(inside), nxt) if inside else min(nxt, duration_s)))
    return ph, tuple(words)


_LIBRARY: EspeakLibrary | None = None
_LIBRARY_LOCK = threading.Lock()


def espeak_library() -> EspeakLibrary:
    """The process's one :class:`EspeakLibrary` (loaded on first use; raises AudioError when missing)."""
    global _LIBRARY
    with _LIBRARY_LOCK:
        if _LIBRARY is None:
            _LIBRARY = EspeakLibrary()
        return _LIBRARY


def warp_timings(items: tuple[tuple[str, float, float], ...], anchors_from: list[float], anchors_to: list[float]
                 ) -> tuple[tuple[str, float, float], ...]:
    """Move timings from one timeline to another through matching anchor times (piecewise linear)."""
    if not items:
        return ()
    xs, ys = np.asarray(anchors_from, float), np.asarray(anchors_to, float)
    return tuple((name, float(np.interp(s, xs, ys)), float(np.interp(e, xs, ys))) for name, s, e in items)


_DTW_MAX_CELLS = 4_000_000


def _dtw_features(x: np.ndarray, rate: int, hop_s: float) -> tuple[np.ndarray, np.ndarray]:
    """Per frame, a unit vector of mean-removed log energies in 24 bands from 100 Hz to 7 kHz plus the
    frame's overall level: what two voices saying the same words share (formant movement, silences)."""
    from scipy.signal import stft

    hop = max(1, int(round(hop_s * rate)))
    n = max(2 * hop, int(0.032 * rate))
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    freqs, times, z = stft(x, rate, nperseg=n, noverlap=n - hop, boundary=None, padded=False)
    power = np.abs(z) ** 2
    edges = np.geomspace(100.0, min(7000.0, rate / 2 - 1), 25)
    bands = np.stack([power[(freqs >= lo) & (freqs < hi)].sum(axis=0) for lo, hi in zip(edges[:-1], edges[1:], strict=True)])
    floor = 1e-6 * float(bands.sum(axis=0).max() or 1.0)
    logb = np.log(bands + floor)
    level = np.log(bands.sum(axis=0) + floor)
    feats = np.vstack([logb - logb.mean(axis=1, keepdims=True), 2.0 * (level - level.max())[None, :]]).T
    feats /= np.linalg.norm(feats, axis=1, keepdims=True) + 1e-9
    return feats, times


def align_audio(ref: np.ndarray, ref_rate: int, target: np.ndarray, target_rate: int, hop_s: float = 0.02
                ) -> tuple[list[float], list[float]]:
    """Matching times (ref_s, target_s) of two recordings of the same text by dynamic time warping over
    band-energy features: anchors for :func:`warp_timings`. No library here does DTW; the recurrence is
    done one row at a time (the running minimum along a row vectorises with ``minimum.accumulate``)."""
    # the cost matrix has (duration / hop)^2 cells: long lines get a coarser hop (at most ~4M cells, 32 MB)
    hop_s = max(hop_s, float(np.sqrt(len(ref) / ref_rate * len(target) / target_rate / _DTW_MAX_CELLS)))
    a, ta = _dtw_features(ref, ref_rate, hop_s)
    b, tb = _dtw_features(target, target_rate, hop_s)
    if len(a) < 2 or len(b) < 2:
        return [0.0, len(ref) / ref_rate], [0.0, len(target) / target_rate]
    cost = 1.0 - a @ b.T
    acc = np.empty_like(cost)
    acc[0] = np.cumsum(cost[0])
    for i in range(1, len(a)):
        step = cost[i] + np.minimum(acc[i - 1], np.concatenate([[np.inf], acc[i - 1][:-1]]))
        run = np.cumsum(cost[i])
        acc[i] = run + np.minimum.accumulate(step - run)
    i, j = len(a) - 1, len(b) - 1
    path = [(i, j)]
    while i > 0 or j > 0:
        moves = [(i - 1, j - 1), (i - 1, j), (i, j - 1)]
        i, j = min((m for m in moves if m[0] >= 0 and m[1] >= 0), key=lambda m: acc[m])
        path.append((i, j))
    path.reverse()
    # one target time per reference frame (the middle of its run), so the map is a function
    by_ref: dict[int, list[int]] = {}
    for i, j in path:
        by_ref.setdefault(i, []).append(j)
    src = [float(ta[i]) for i in sorted(by_ref)]
    dst = [float(np.mean([tb[j] for j in by_ref[i]])) for i in sorted(by_ref)]
    for k in range(1, len(dst)):
        dst[k] = max(dst[k], dst[k - 1])
    return [0.0, *src, len(ref) / ref_rate], [0.0, *dst, max(len(target) / target_rate, dst[-1])]


# -- visemes ---------------------------------------------------------------------------------------------------
# How far the jaw opens for each mouth shape (0 closed .. 1 wide open). Lips meet for M/B/P; F/V put the lower
# lip to the teeth; rounded O/U open the jaw only part way; A opens widest; E/I are spread and half open.
_VISEME_OPEN = {"closed": 0.0, "fv": 0.18, "round": 0.55, "open": 1.0, "spread": 0.6, "consonant": 0.32}
_VISEME_PREFIXES = (
    ("closed", ("m", "b", "p")),
    ("fv", ("f", "v")),
    ("open", ("aɪ", "aʊ", "a", "ɑ", "æ", "ʌ", "ɐ", "ɒ")),
    ("round", ("oʊ", "ɔɪ", "o", "ɔ", "u", "ʊ", "w", "ɵ", "y", "ø", "œ", "ʏ")),
    ("spread", ("eɪ", "e", "ɛ", "i", "ɪ", "ə", "ɜ", "ɚ", "ɝ", "ɐ", "ɨ")),
)


def viseme_of(phoneme: str) -> str:
    """The mouth shape of an IPA phoneme: closed, fv, open, round, spread or consonant."""
    p = phoneme.lstrip("ˈˌ'\",%=")
    for viseme, prefixes in _VISEME_PREFIXES:
        if p.startswith(prefixes):
            return viseme
    return "consonant"


def viseme_track(phonemes: tuple[PhonemeTiming, ...], n_frames: int, fps: float) -> list[str]:
    """Per video frame, the mouth shape said at the frame's middle ("rest" between sounds): for a face that
    can round or spread its lips as well as open its jaw."""
    mids = (np.arange(max(0, n_frames)) + 0.5) / fps
    out = ["rest"] * len(mids)
    for name, start, end in phonemes:
        shape = viseme_of(name)
        for k in np.flatnonzero((mids >= start) & (mids < end)):
            out[int(k)] = shape
    return out


def viseme_openness(phonemes: tuple[PhonemeTiming, ...], n_frames: int, fps: float) -> np.ndarray:
    """Per video frame, the jaw opening the phonemes ask for (0..1), sampled at each frame's middle and
    eased over about 60 ms (a mouth moves toward the next shape while the current sound is still heard)."""
    if n_frames <= 0:
        return np.zeros(0, dtype=np.float32)
    step = 0.005
    t = np.arange(0.0, n_frames / fps + step, step)
    target = np.zeros_like(t)
    for name, start, end in phonemes:
        target[(t >= start) & (t < end)] = _VISEME_OPEN[viseme_of(name)]
    width = max(1, round(0.03 / step))
    kernel = np.hanning(2 * width + 1)
    eased = np.convolve(target, kernel / kernel.sum(), mode="same")
    mids = (np.arange(n_frames) + 0.5) / fps
    return np.interp(mids, t, eased).astype(np.float32)
