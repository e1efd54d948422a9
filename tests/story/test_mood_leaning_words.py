"""A word that describes how someone is (old, little, tired; alt, klein, müde) only leans the film's mood; the
word for a mood itself (sad, gloomy; traurig) sets it. Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.moods import names_a_mood


@pytest.mark.parametrize("idea", [
    "the old captain finds a treasure chest on the island",
    "an old woman plants a tree in her garden",
    "Ein alter Bauer findet eine Münze auf dem Feld",
    "Die alte Lehrerin entdeckt einen Schatz im Keller",
])
def test_an_old_one_finding_something_is_no_sad_film(idea: str) -> None:
    assert analyze(idea).mood != "sad", idea


@pytest.mark.parametrize("idea", [
    "a sad old man waits at the empty station",
    "Ein trauriger alter Clown sitzt allein im Regen",
    "a gloomy knight rides through the dark forest",
])
def test_a_word_for_the_mood_still_sets_it(idea: str) -> None:
    assert analyze(idea).mood == "sad", idea


def test_leaning_words_are_told_from_mood_words() -> None:
    for word in ("old", "alter", "kleine", "little", "muede", "riesigen"):
        assert not names_a_mood(word), word
    for word in ("sad", "traurige", "lonely", "gloomy", "einsam"):
        assert names_a_mood(word), word
