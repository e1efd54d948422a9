"""MemoVoices.speak_ahead: lines spoken on a thread while the film is built, each once, errors met again."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from autark.audio import MemoVoices, Speech
from autark.errors import AudioError


class _Slow:
    name = "slow"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.threads: set[str] = set()

    def voices(self) -> list:
        return []

    def speak(self, text: str, voice: str, language: str) -> Speech:
        if text == "broken":
            raise AudioError("this line cannot be said")
        time.sleep(0.05)
        self.calls.append((text, voice, language))
        self.threads.add(threading.current_thread().name)
        return Speech(samples=np.zeros((2205, 1), np.float32), sample_rate_hz=22050, text=text)


def test_lines_spoken_ahead_are_spoken_once_and_waited_for() -> None:
    inner = _Slow()
    voices = MemoVoices(inner)
    requests = [("one", "man", "en"), ("two", "woman", "en"), ("one", "man", "en")]
    voices.speak_ahead(requests)
    # asked for at once, before the thread is done: waited for, not spoken a second time here
    assert [voices.speak(*r).text for r in requests] == ["one", "two", "one"]
    voices.speak_ahead(requests)  # nothing left to do
    assert sorted(inner.calls) == [("one", "man", "en"), ("two", "woman", "en")]
    assert inner.threads == {"autark-speak-ahead"}
    assert voices.speak("three", "man", "en").text == "three"  # not asked ahead: spoken here
    assert "MainThread" in inner.threads


def test_a_line_that_fails_ahead_raises_when_it_is_asked_for() -> None:
    voices = MemoVoices(_Slow())
    voices.speak_ahead([("broken", "man", "en"), ("fine", "man", "en")])
    with pytest.raises(AudioError, match="cannot be said"):
        voices.speak("broken", "man", "en")
    assert voices.speak("fine", "man", "en").text == "fine"
