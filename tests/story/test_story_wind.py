"""Weather acting on a thing (issue 17): "the wind blows his hat away", "der Wind weht ihren Schal weg" is an
event (story verb ``blow``): the thing flies off and away (a ``float_away`` effect, measured on the built
scene), and the wind is there (the scene's weather is ``wind``); the wind that only blows is weather."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import plan, semantic
from autark.story.analysis import analyze


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


_BLOWN = [
    ("the wind blows his hat away", "hat"),
    ("A farmer walks to the barn but the wind blows his hat away", "hat"),
    ("a strong gust blew the old man's newspaper off the bench", "newspaper"),
    ("The girl's kite was blown away by the wind", "kite"),
    ("Der Wind weht ihren Schal weg", "scarf"),
    ("Ein Mädchen spielt auf der Wiese, aber der Wind weht ihren Schal weg", "scarf"),
    ("Der Wind wehte den Hut des Königs fort", "hat"),
    ("Ein Windstoß weht dem Mädchen die Mütze weg", "hat"),
]


@pytest.mark.parametrize(("idea", "thing"), _BLOWN)
def test_the_wind_blowing_a_thing_away_is_an_event_that_takes_it_off(idea: str, thing: str) -> None:
    concept = analyze(idea)
    assert [(e.verb, e.patient) for e in concept.events if e.verb == "blow"] == [("blow", thing)], concept.events
    assert not [e for e in concept.events if e.verb == "stand_in"]  # "weht ... fort": no unknown word left
    sp = plan(idea, duration_s=30, seed=0)
    away = [e for s in sp.scenes for shot in s.shots for e in shot.effects if e.kind == "float_away"]
    assert [e.target for e in away] == [thing]
    assert any(s.weather in ("wind", "storm") for s in sp.scenes if any(
        e.kind == "float_away" for shot in s.shots for e in shot.effects)) or concept.stops
    assert concept.weather in ("wind", "storm")


@pytest.mark.parametrize("idea", ["Der Wind weht über die Wiese und ein Junge spielt",
                                  "the wind blows and a girl dances", "On a windy day a boy reads a book"])
def test_the_wind_that_only_blows_is_weather_and_no_event(idea: str) -> None:
    concept = analyze(idea)
    assert not [e for e in concept.events if e.verb == "blow"]
    assert concept.weather == "wind"


def test_the_blown_hat_rises_and_drifts_out_of_the_shot(silent_voices: VoiceEngine) -> None:
    spec = plan("Ein Bauer arbeitet auf dem Feld, aber der Wind weht seinen Hut weg", duration_s=20, seed=1).scenes
    scene_spec = next(s for s in spec if any(e.kind == "float_away" for sh in s.shots for e in sh.effects))
    scene_spec = scene_spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                                         for s in scene_spec.shots]})
    scene = build_scene(scene_spec, width=160, height=90, fps=10, voices=silent_voices, check_shots=False)
    assert scene.settings.weather == "wind" or scene_spec.weather == "wind"
    away = next(o for o in scene.objects if o.id.endswith("_away"))
    keys = next(t for t in scene.timeline.tracks if t.target == f"object:{away.id}.visible").keyframes
    shown, gone = keys[1].time_s, keys[2].time_s
    start = world_bbox(evaluate_scene(scene, shown + 0.05).object(away.id)).center
    end = world_bbox(evaluate_scene(scene, gone - 0.05).object(away.id)).center
    assert end[1] - start[1] > 2.5 and abs(end[0] - start[0]) > 1.0  # up and off with the wind
    assert not evaluate_scene(scene, shown + 0.05).object(away.id.removesuffix("_away")).visible


@pytest.mark.parametrize(("idea", "holder"), [("the wind blows his hat away", "Person"),
                                              ("A farmer walks to the barn but the wind blows his hat away", "Farmer"),
                                              ("Der Wind weht ihren Schal weg", "Person")])
def test_the_blown_thing_is_in_its_owners_hands_first(idea: str, holder: str) -> None:
    from autark.story.possession import holders

    concept = analyze(idea)
    thing = next(e.patient for e in concept.events if e.verb == "blow")
    assert holders(concept).get(thing) == holder

