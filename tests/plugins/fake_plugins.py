"""Plugins that misbehave on purpose, at module level so a worker process can import them by reference."""

from __future__ import annotations

import os
import socket
import time

import numpy as np

from autark.plugins.kinds import ShotRequest, ShotResult, VoiceRequest, VoiceResult

# a documentation address (RFC 5737): never routed, so a connection that got through would hang, not leak
FAR_AWAY = ("192.0.2.1", 80)


class Crashes:
    def speak(self, request: VoiceRequest) -> VoiceResult:
        raise RuntimeError("the model file is corrupt")


class Hangs:
    def speak(self, request: VoiceRequest) -> VoiceResult:
        time.sleep(60)
        raise AssertionError("not reached")


class Exits:
    def speak(self, request: VoiceRequest) -> VoiceResult:
        os._exit(3)


class Garbage:
    def speak(self, request: VoiceRequest) -> VoiceResult:
        return VoiceResult(np.full(100, np.nan, dtype=np.float32), 22050)


class WrongShape:
    def generate(self, request: ShotRequest) -> ShotResult:
        return ShotResult(np.zeros((request.n_frames, 4, 4, 3), dtype=np.uint8))


class Tone:
    """A well-behaved voice: a 220 Hz tone as long as the text, one word per word."""

    def speak(self, request: VoiceRequest) -> VoiceResult:
        words = request.text.split()
        t = np.arange(int(0.2 * len(words) * 16000)) / 16000
        from autark.plugins.kinds import Timed

        timed = tuple(Timed(w, 0.2 * i, 0.2 * (i + 1)) for i, w in enumerate(words))
        return VoiceResult((0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 16000, words=timed)


class PhonesHome:
    """A voice that tries to reach the network before it speaks; ``target`` is where it connects."""

    target: tuple[str, int] = FAR_AWAY

    def speak(self, request: VoiceRequest) -> VoiceResult:
        host, port = request.voice.split(":") if ":" in request.voice else self.target
        with socket.create_connection((host, int(port)), timeout=2) as conn:
            conn.sendall(b"secret")
        return Tone().speak(request)


class StartsAProgram:
    def speak(self, request: VoiceRequest) -> VoiceResult:
        import subprocess

        subprocess.run(["true"], check=True)
        return Tone().speak(request)


class TitledStory:
    """autark's own story with the plugin's title: proof of who wrote it."""

    def write(self, request):  # noqa: ANN001, ANN201
        from autark.plugins.builtins import RuleStory
        from autark.plugins.kinds import StoryResult

        plan = RuleStory().write(request).screenplay
        return StoryResult(plan.model_copy(update={"title": "Written by a plugin"}))


class BrokenStory:
    def write(self, request):  # noqa: ANN001, ANN201
        from autark.plugins.kinds import StoryResult

        return StoryResult({"title": "no scenes at all"})


SPOKEN: list[str] = []  # what RecordingTone said (in this process: register it with isolated=False)


class RecordingTone(Tone):
    def speak(self, request: VoiceRequest) -> VoiceResult:
        SPOKEN.append(request.text)
        return super().speak(request)


ASKED: list[object] = []  # the music requests RecordingMusic was given (in this process)


class RecordingMusic:
    """A 330 Hz tone at 22.05 kHz as long as asked."""

    def compose(self, request):  # noqa: ANN001, ANN201
        from autark.plugins.kinds import MusicResult

        ASKED.append(request)
        t = np.arange(int(request.duration_s * 22050)) / 22050
        return MusicResult(samples=(0.4 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), sample_rate_hz=22050)
