"""A plugin that crashes, hangs, dies or answers garbage is contained: one line says why, the built-in answers;
a plugin without the network permission cannot open a connection, in autark's process or in its own."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import fake_plugins as fake
import numpy as np
import pytest

from autark.config import Settings
from autark.errors import NotFound, RegistryError
from autark.plugins import guard
from autark.plugins.catalog import PLUGINS
from autark.plugins.isolation import PluginFailure
from autark.plugins.kinds import Permissions, Plugin, Resources, ShotRequest, VoiceRequest
from autark.plugins.run import call, choose, run_plugin

pytestmark = pytest.mark.usefixtures("own_registries", "config_dir")

HELLO = VoiceRequest("Hello there, brave knight.", "man", "en")


def _add(name: str, factory: type, *, kind: str = "voice", time_s: float = 20.0, **options: object) -> Plugin:
    plugin = Plugin(name, kind, factory, resources=Resources(time_s=time_s), **options)  # type: ignore[arg-type]
    return PLUGINS[kind].add(name, plugin)


@pytest.mark.parametrize(("factory", "isolated", "reason"), [
    (fake.Crashes, True, "RuntimeError: the model file is corrupt"),
    (fake.Crashes, False, "RuntimeError: the model file is corrupt"),
    (fake.Exits, True, "its process ended (exit code 3)"),
    (fake.Garbage, True, "its answer is malformed: the voice's samples holds NaN"),
    (fake.Garbage, False, "its answer is malformed: the voice's samples holds NaN"),
])
def test_a_failing_voice_plugin_is_reported_once_and_espeak_speaks(factory: type, isolated: bool,
                                                                    reason: str) -> None:
    _add("bad-voice", factory, isolated=isolated)
    said: list[str] = []
    outcome = call("voice", HELLO, settings=Settings(), report=said.append)
    assert outcome.plugin == "espeak-ng"
    assert len(said) == 1 and said[0] == outcome.note
    assert said[0].startswith("the voice plugin 'bad-voice' failed (") and reason in said[0]
    assert said[0].endswith("the built-in 'espeak-ng' takes over")
    speech = outcome.value
    assert 1.0 < speech.duration_s < 4.0 and float(np.abs(speech.samples).max()) > 0.1  # espeak really spoke
    assert [w.label for w in speech.words][:2] == ["Hello", "there,"] or speech.words[0].label.startswith("Hello")


def test_a_hanging_plugin_is_stopped_at_its_time_limit() -> None:
    _add("slow-voice", fake.Hangs, time_s=1.5)
    said: list[str] = []
    start = time.perf_counter()
    outcome = call("voice", HELLO, settings=Settings(), report=said.append)
    took = time.perf_counter() - start
    assert outcome.plugin == "espeak-ng" and "no answer within its time limit of 1.5 s" in said[0]
    assert took < 15.0  # the worker's start plus 1.5 s plus espeak, not the plugin's 60 s


def test_a_good_plugin_answers_from_its_own_process() -> None:
    import os

    _add("tone", fake.Tone)
    outcome = call("voice", HELLO, settings=Settings(), report=pytest.fail)
    assert outcome.plugin == "tone" and outcome.note == ""
    assert outcome.value.sample_rate_hz == 16000 and [w.label for w in outcome.value.words][-1] == "knight."
    from autark.plugins.isolation import worker_for

    assert worker_for(PLUGINS["voice"]["tone"], False).process.pid != os.getpid()


def test_garbage_frames_from_a_shot_generator_fall_back_to_the_held_frame() -> None:
    _add("tiny-frames", fake.WrongShape, kind="shots", isolated=False)
    first = np.random.default_rng(0).integers(0, 255, (18, 32, 3), dtype=np.uint8)
    said: list[str] = []
    outcome = call("shots", ShotRequest("a knight walks", first, 3), settings=Settings(), report=said.append)
    assert "a shot must be (3, 18, 32, 3) uint8 frames, got (3, 4, 4, 3)" in said[0]
    assert outcome.plugin == "hold-frame" and np.array_equal(outcome.value.frames[2], first)


def test_a_disabled_plugin_is_not_chosen(config_dir: Path) -> None:
    from autark.plugins.state import PluginState

    _add("tone", fake.Tone)
    assert choose("voice", Settings()).name == "tone"
    PluginState().with_enabled("tone", False).write(Settings.from_env())
    assert choose("voice", Settings.from_env()).name == "espeak-ng"
    with pytest.raises(RegistryError, match="disabled"):
        choose("voice", Settings.from_env(), prefer="tone")
    with pytest.raises(NotFound, match="no voice plugin 'nope'"):
        choose("voice", Settings(), prefer="nope")


# -- the network permission ---------------------------------------------------------------------------------
@pytest.fixture
def loopback_server() -> tuple[str, int]:
    """A TCP server on loopback that accepts connections (it stands for anything a plugin might reach)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)
    got: list[bytes] = []

    def serve() -> None:
        try:
            while True:
                conn, _ = server.accept()
                with conn:
                    got.append(conn.recv(100))
        except OSError:
            return

    threading.Thread(target=serve, daemon=True).start()
    yield server.getsockname()[:2]
    server.close()


@pytest.mark.parametrize("isolated", [False, True])
def test_a_plugin_without_the_network_permission_cannot_connect(isolated: bool,
                                                                loopback_server: tuple[str, int]) -> None:
    _add("phones-home", fake.PhonesHome, isolated=isolated)
    for target in (f"{fake.FAR_AWAY[0]}:80", f"{loopback_server[0]}:{loopback_server[1]}", "example.com:443"):
        request = VoiceRequest("Hello there.", target, "en")
        with pytest.raises(PluginFailure, match="may not open network connections"):
            run_plugin(PLUGINS["voice"]["phones-home"], request, Settings(plugin_network=frozenset({"*"})))


@pytest.mark.parametrize("isolated", [False, True])
def test_the_network_permission_needs_the_users_yes_too(isolated: bool, loopback_server: tuple[str, int]) -> None:
    _add("phones-home", fake.PhonesHome, isolated=isolated, permissions=Permissions(network=True))
    request = VoiceRequest("Hello there.", f"{loopback_server[0]}:{loopback_server[1]}", "en")
    plugin = PLUGINS["voice"]["phones-home"]
    with pytest.raises(PluginFailure, match="may not open network connections"):
        run_plugin(plugin, request, Settings())  # declared, not allowed
    answer = run_plugin(plugin, request, Settings(plugin_network=frozenset({"phones-home"})))
    assert answer.duration_s > 0  # declared and allowed: it connected and spoke


def test_the_guard_is_scoped_to_the_plugin_call(loopback_server: tuple[str, int]) -> None:
    with guard.guarded(guard.Scope("someone", network=False, subprocess=False)), pytest.raises(PermissionError):
        socket.create_connection(loopback_server, timeout=2)
    with socket.create_connection(loopback_server, timeout=2) as conn:  # autark's own loopback: untouched
        conn.sendall(b"hi")


def test_a_plugin_without_the_subprocess_permission_cannot_start_programs() -> None:
    _add("starter", fake.StartsAProgram, isolated=False)
    with pytest.raises(PluginFailure, match="may not start programs"):
        run_plugin(PLUGINS["voice"]["starter"], HELLO, Settings())
