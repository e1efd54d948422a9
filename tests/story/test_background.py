"""A clause on a noun that lies before the film (story.background) is told, never staged as an event."""

import pytest

from autark.story import analyze

BACKGROUND = [
    ("Two fishermen argue about the biggest fish they ever caught", "catch"),
    ("A boy eats the cake that grandma baked yesterday", "cook"),
    ("The singer remembers the song she used to sing as a child", "sing"),
    ("Ein Junge sucht den Ball, den er gestern verloren hat", "lose"),
    ("Zwei Jäger streiten über den Bären, den sie einmal gesehen haben", "watch"),
    ("Oma erzählt von dem Fisch, den Opa früher gefangen hat", "catch"),
]


@pytest.mark.parametrize(("idea", "verb"), BACKGROUND)
def test_background_clause_is_no_event(idea: str, verb: str) -> None:
    verbs = [e.verb for e in analyze(idea).events]
    assert verb not in verbs
    assert verbs  # the main event stays


@pytest.mark.parametrize(("idea", "verb"), [
    ("A dog chases the cat that stole his bone", "steal"),
    ("Der Hund jagt die Katze, die seinen Knochen gestohlen hat", "steal"),
    ("A fisherman catches a fish and a cat steals it", "catch"),
])
def test_clause_without_a_past_word_stays(idea: str, verb: str) -> None:
    assert verb in [e.verb for e in analyze(idea).events]
