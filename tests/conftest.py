"""The whole test run has a user folder of its own.

autark keeps the user's plugins state, imported assets, phrases, templates, ratings, the projects they opened
(what preferences are learned from) and the film-signing key in the user's config folder. A test run must
neither read a developer's folder (learned preferences would change what the tests see) nor write into it, so
every process of the run, subprocesses included, gets a fresh one through AUTARK_CONFIG_DIR. A test that
needs a folder of its own still sets the variable itself.

``silent_voices`` is the voice engine for scenes built with nothing said (their lines taken out, or none
written): asked for a line, it fails the test. ``brisk_voices`` times each line as long as espeak's at a brisk
pace without speaking it, for scenes whose timing depends on their lines.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import cast

import pytest

from autark.audio import VoiceEngine

_USER_FOLDER: list[str] = []  # the folder this process made, taken away when its run ends


def pytest_configure(config: object) -> None:
    _USER_FOLDER.append(tempfile.mkdtemp(prefix="autark-test-user-"))
    os.environ["AUTARK_CONFIG_DIR"] = _USER_FOLDER[-1]


def pytest_unconfigure(config: object) -> None:
    # each run (and each xdist worker) made one; left behind, they piled up in /tmp by the thousand
    for folder in _USER_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)


class SilentVoices:
    """A voice engine that is never asked to speak: building a scene with no lines asks it nothing."""

    def speak(self, *args: object, **kwargs: object) -> None:  # pragma: no cover - never called: no lines
        raise AssertionError("a scene built with nothing said asked for a line to be spoken")


@pytest.fixture(scope="session")
def silent_voices() -> VoiceEngine:
    return cast(VoiceEngine, SilentVoices())


@dataclass(frozen=True)
class SaidLine:
    duration_s: float


class BriskVoices:
    """Lines as long as espeak's at a brisk pace, without speaking them."""

    def speak(self, text: str, voice: str, language: str) -> SaidLine:
        return SaidLine(0.06 * len(text) + 0.3)


@pytest.fixture(scope="session")
def brisk_voices() -> VoiceEngine:
    return cast(VoiceEngine, BriskVoices())
