"""A voice engine for benchmarks that build films without speaking: each line as long as espeak's at a brisk
pace (``tests/conftest.py``'s ``brisk_voices`` for the tests), so shots are timed as with real lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SaidLine:
    duration_s: float


class BriskVoices:
    """Lines as long as espeak's at a brisk pace, without speaking them."""

    name = "brisk"

    def voices(self) -> list[Any]:
        return []

    def speak(self, text: str, voice: str, language: str) -> SaidLine:
        return SaidLine(0.06 * len(text) + 0.3)
