"""Voice plugins as the studio's ``VoiceEngine``: what a film speaks with when the user has a voice plugin.

    engine = plugin_voices(settings, fallback=default_voice_engine(cache_dir))   # None: no voice plugin
    speech = engine.speak("Hello there.", "man", "en")                          # an autark.audio.Speech

Each line goes to the chosen voice plugin (``autark.plugins.run``: guarded, isolated, checked); a line it
cannot say is spoken by ``fallback`` (the built-in voices: the neural English voice where installed, else
espeak-ng), and after its first failure the plugin is not asked again in this film. ``notes`` holds the one line
said for each failure.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from autark.config import Settings
from autark.plugins.isolation import PluginFailure
from autark.plugins.kinds import Plugin, VoiceRequest, VoiceResult

__all__ = ["PluginVoices", "plugin_voices", "to_speech"]


def to_speech(result: VoiceResult, text: str, voice: str, language: str, sample_rate_hz: int) -> Any:
    """A plugin's ``VoiceResult`` as an ``autark.audio.Speech`` at the studio's rate, timings kept."""
    from autark.audio import Speech
    from autark.audio._signal import resample

    samples = np.asarray(result.samples, dtype=np.float32)
    mono = samples if samples.ndim == 1 else samples.mean(axis=1)
    if result.sample_rate_hz != sample_rate_hz:
        mono = resample(mono, result.sample_rate_hz, sample_rate_hz).reshape(-1)
    return Speech(mono.astype(np.float32).reshape(-1, 1), sample_rate_hz, text, voice, language,
                  phonemes=tuple((t.label, t.start_s, t.end_s) for t in result.phonemes),
                  words=tuple((t.label, t.start_s, t.end_s) for t in result.words))


class PluginVoices:
    """A ``VoiceEngine`` over one voice plugin, ``fallback`` (a ``VoiceEngine``) taking over when it fails."""

    def __init__(self, plugin: Plugin, fallback: Any, settings: Settings, *, sample_rate_hz: int = 48000,
                 report: Any = None) -> None:
        self.plugin, self.fallback, self.settings = plugin, fallback, settings
        self.name = f"{plugin.name}+{fallback.name}"
        self.sample_rate_hz = sample_rate_hz
        self.notes: list[str] = []
        self._report = report
        self._broken = False

    def voices(self) -> list[Any]:
        return list(self.fallback.voices())

    def speak(self, text: str, voice: str, language: str) -> Any:
        from autark.plugins.run import run_plugin

        if not self._broken:
            try:
                result = run_plugin(self.plugin, VoiceRequest(text, voice, language), self.settings)
                return to_speech(result, " ".join(text.split()), voice, language, self.sample_rate_hz)
            except PluginFailure as failure:
                self._broken = True
                line = (f"the voice plugin {self.plugin.name!r} failed ({failure.reason}); the built-in voices "
                        "speak instead")
                self.notes.append(line)
                if self._report is not None:
                    self._report(line)
        return self.fallback.speak(text, voice, language)


def plugin_voices(settings: Settings, fallback: Any, *, report: Any = None) -> PluginVoices | None:
    """The engine a film speaks with when the user has an enabled voice plugin; None when only built-ins."""
    from autark.plugins.run import choose

    chosen = choose("voice", settings)
    return None if chosen.builtin else PluginVoices(chosen, fallback, settings, report=report)
