"""Sounds heard from off screen: 'Tom listens to the footsteps', 'Mia hört ein Klopfen', 'der Bauer lauscht dem
Hundegebell' are a ``listen`` action with the sound as its item, heard as the listening begins (before the head
turns), from a door for a knock, and the listener's hand goes up to the ear on the sound's side."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from autark.audio import VoiceEngine
from autark.audio.foley import FOLEY
from autark.audio.foley_cues import scene_cues
from autark.audio.foley_heard import PLAYED_AS
from autark.jobs.produce import build_scene
from autark.language.heard_words import heard_sound
from autark.motion import evaluate_scene
from autark.motion.listening import REACT_S
from autark.scene.model import Scene
from autark.scene.sounds import HEARD_SOUNDS
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: living_room
characters:
- {{name: Tom, type: man, voice: none, position: [{x}, 0.0, 0.5]}}
objects:
- {{type: door, position: [2.5, 0.0, -1.5]}}
shots:
- {{duration_s: 1.0, size: wide}}
- {{duration_s: 6.0, size: wide, actions: ["{sentence}"]}}
"""


def _built(voices: VoiceEngine, sentence: str, x: float = -1.0) -> Scene:
    spec = SceneSpec.model_validate(yaml.safe_load(_SPEC.format(sentence=sentence, x=x)))
    warnings: list[str] = []
    scene = build_scene(spec, width=160, height=90, fps=10, voices=voices, warnings=warnings)
    assert not warnings, warnings
    return scene


@pytest.mark.parametrize(("sentence", "sound"), [
    ("Tom listens to the footsteps", "footsteps"), ("Tom hears a strange noise", "noise"),
    ("Tom hört Hundegebell", "bark"), ("Tom lauscht den Schritten", "footsteps"), ("Tom hears a scream", "scream"),
    ("Tom hört ein Heulen", "howl")])
def test_a_sound_heard_is_the_listen_actions_item_and_is_heard_before_the_head_turns(
        silent_voices: VoiceEngine, sentence: str, sound: str) -> None:
    scene = _built(silent_voices, sentence)
    (listen,) = [a for a in scene.timeline.actions if a.kind == "listen"]
    assert listen.item == sound and not any(o.type in ("stairs", "dog") for o in scene.objects)
    effects = {e for e, _at, _g in PLAYED_AS[sound]}
    heard = [c for c in scene_cues(scene) if c.kind in effects]
    assert heard and min(c.time_s for c in heard) <= listen.start_s + REACT_S


def test_a_knock_heard_comes_from_the_door(silent_voices: VoiceEngine) -> None:
    scene = _built(silent_voices, "Tom hört ein Klopfen")
    (listen,) = [a for a in scene.timeline.actions if a.kind == "listen"]
    door = next(o for o in scene.objects if o.type == "door")
    assert listen.item == "knock" and listen.target_object == door.id


@pytest.mark.parametrize("x", [-1.5, 1.5])
def test_the_listener_turns_to_the_nearer_side_and_cups_that_ear(silent_voices: VoiceEngine, x: float) -> None:
    """Off screen past the nearer edge: the head turns that way and the hand on that side is up at the head."""
    from autark.scene.geometry import world_bbox

    scene = _built(silent_voices, "Tom listens to the footsteps", x)
    (listen,) = [a for a in scene.timeline.actions if a.kind == "listen"]
    assert listen.target is not None and np.sign(listen.target[0] - x) == np.sign(x)
    tom = next(o for o in scene.objects if o.name == "Tom")
    before = evaluate_scene(scene, listen.start_s - 0.1).object(tom.id)
    during = evaluate_scene(scene, listen.end_s - 0.3).object(tom.id)
    assert abs(during.pose["neck"][1]) > 20.0 > abs(before.pose["neck"][1])
    top = world_bbox(during)[4]
    assert top == pytest.approx(world_bbox(before)[4], abs=0.05)  # nothing above the head: a hand at the ear
    side = "l" if x > 0 else "r"  # facing the camera (+Z), the body's left is +X
    assert during.pose[f"upper_arm_{side}"][0] != pytest.approx(before.pose[f"upper_arm_{side}"][0], abs=30.0)


def test_every_sound_has_words_in_both_languages_and_is_played_by_a_known_effect() -> None:
    assert all(e in FOLEY.names() for effects in PLAYED_AS.values() for e, _a, _g in effects)
    for word, sound in (("Schritte", "footsteps"), ("Hilfeschreie", "scream"), ("doorbell", "bell"),
                        ("Gezwitscher", "chirp"), ("knarren", "creak"), ("table", None), ("Stadt", None)):
        assert heard_sound(word) == sound
    assert set(PLAYED_AS) == set(HEARD_SOUNDS)


def test_the_scream_is_high_and_the_howl_glides_up() -> None:
    rate = 16000
    scream = FOLEY["scream"].make(np.random.default_rng(1), rate, 1.2)
    spectrum = np.abs(np.fft.rfft(scream))
    freqs = np.fft.rfftfreq(scream.shape[0], 1 / rate)
    assert freqs[np.argmax(spectrum)] > 500.0
    howl = FOLEY["howl"].make(np.random.default_rng(1), rate, 2.2)
    early, late = howl[: rate // 4], howl[int(0.7 * rate): int(0.95 * rate)]

    def peak(x: np.ndarray) -> float:
        return float(np.fft.rfftfreq(x.shape[0], 1 / rate)[np.argmax(np.abs(np.fft.rfft(x)))])
    assert peak(late) > 1.5 * peak(early)
