"""The kinds' contracts: the built-ins answer through the same calls as plugins, and malformed answers are
refused with a sentence that says what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from autark.config import Settings
from autark.errors import NotFound, RegistryError
from autark.plugins.catalog import PLUGINS, all_plugins, find
from autark.plugins.kinds import (
    KINDS,
    ExportRequest,
    GarbageResult,
    MusicRequest,
    MusicResult,
    Plugin,
    Resources,
    ShotRequest,
    ShotResult,
    Timed,
    VoiceRequest,
    VoiceResult,
    check_result,
)
from autark.plugins.run import call, exporter_for

pytestmark = pytest.mark.usefixtures("config_dir")


def test_every_kind_has_its_built_in() -> None:
    builtins = {p.name: p.kind for p in all_plugins() if p.builtin}
    assert {"espeak-ng": "voice", "autark-music": "music", "autark-story": "story", "llm": "story",
            "hold-frame": "shots", "gltf": "exporter", "scene-json": "exporter",
            "autark-catalogue": "asset_pack"}.items() <= builtins.items()
    assert set(builtins.values()) == set(KINDS)
    assert find("llm").permissions.network and find("espeak-ng").permissions.subprocess
    assert len(find("autark-catalogue").factory().assets()) > 20


def test_the_built_in_voice_gives_words_and_phonemes_inside_the_line() -> None:
    speech = call("voice", VoiceRequest("Two knights argue about the last apple.", "man", "en")).value
    assert 1.5 < speech.duration_s < 5.0
    assert [w.label.lower().strip(".") for w in speech.words] == ["two", "knights", "argue", "about", "the", "last", "apple"]
    assert all(0 <= w.start_s <= w.end_s <= speech.duration_s + 0.05 for w in speech.words)
    assert len(speech.phonemes) >= 20


def test_the_built_in_music_is_a_midi_file() -> None:
    music = call("music", MusicRequest("calm", 6.0, seed=3)).value
    assert music.midi[:4] == b"MThd" and music.samples is None
    assert call("music", MusicRequest("calm", 6.0, seed=3)).value.midi == music.midi  # seeded


def test_exporters_are_picked_by_the_file_ending(tmp_path: Path) -> None:
    from autark.scene import Scene

    scene = Scene()
    assert exporter_for(tmp_path / "a.GLB", Settings())[0].name == "gltf"
    outcome = call("exporter", ExportRequest(scene, tmp_path / "scene.json"))
    assert outcome.plugin == "scene-json" and json.loads((tmp_path / "scene.json").read_text())["objects"] == []
    with pytest.raises(NotFound, match=r"no exporter writes \.fbx files.*\.glb, \.json"):
        exporter_for(tmp_path / "a.fbx", Settings())


@pytest.mark.parametrize(("kind", "request_", "answer", "says"), [
    ("voice", VoiceRequest("hi", "man", "en"), "not a result", "must answer a VoiceResult, got str"),
    ("voice", VoiceRequest("hi", "man", "en"), VoiceResult(np.zeros(0, np.float32), 16000), "holds no samples"),
    ("voice", VoiceRequest("hi", "man", "en"), VoiceResult(np.ones(100, np.float32) * 9, 16000), "far outside"),
    ("voice", VoiceRequest("hi", "man", "en"), VoiceResult(np.zeros(100, np.int16), 16000), "float array"),
    ("voice", VoiceRequest("hi", "man", "en"), VoiceResult(np.zeros(1600, np.float32), 7), "sample_rate_hz"),
    ("voice", VoiceRequest("hi", "man", "en"),
     VoiceResult(np.zeros(1600, np.float32), 16000, words=(Timed("hi", 0.0, 3.0),)), "outside the line's"),
    ("music", MusicRequest("calm", 10.0), MusicResult(), "samples or as MIDI"),
    ("music", MusicRequest("calm", 10.0), MusicResult(midi=b"RIFF...."), "not a Standard MIDI File"),
    ("music", MusicRequest("calm", 10.0), MusicResult(np.zeros(48000, np.float32)), "lasts 1.0 s, 10.0 s"),
    ("shots", ShotRequest("x", np.zeros((4, 6, 3), np.uint8), 2), ShotResult(np.zeros((2, 4, 6, 3))),
     "uint8 frames"),
])
def test_malformed_answers_are_refused(kind: str, request_: object, answer: object, says: str) -> None:
    with pytest.raises(GarbageResult, match=says):
        check_result(kind, request_, answer)


def test_registration_is_checked(own_registries: None) -> None:
    class Anything:
        pass

    with pytest.raises(RegistryError, match="unknown kind 'video'"):
        Plugin("x", "video", Anything)
    with pytest.raises(RegistryError, match="say which file endings"):
        Plugin("x", "exporter", Anything)
    with pytest.raises(RegistryError, match="time_s must be seconds above 0"):
        Resources(time_s=0)
    with pytest.raises(RegistryError, match="already registered"):
        PLUGINS["voice"].add("espeak-ng", Plugin("espeak-ng", "voice", Anything))
    with pytest.raises(RegistryError, match=r"plugin name .gltf. is already taken \(kind exporter\)"):
        PLUGINS["voice"].add("gltf", Plugin("gltf", "voice", Anything))
    with pytest.raises(RegistryError, match=r"register a Plugin\(name='y', kind='music'"):
        PLUGINS["music"].add("y", Plugin("y", "voice", Anything))
