"""Common describing words (strong, heavy, sudden, loud, cold; stark, heftig, laut, kalt) are read silently as
describing, in any ending: never reported as unknown, never cast as a person ("a heavy storm" is no actor called
Heavy) nor a thing ("deep" is no ocean, "lauter" no lute). Forces of nature autark has no body for (a wave, an
earthquake) are the subjects of what they do, not left out. Sentences are this file's own."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize("idea", [
    "a strong gust of wind takes the kite",
    "a heavy storm hits the village",
    "a sudden storm sinks the old sailor's boat",
    "a violent storm destroys the barn",
    "a loud thunderstorm scares the dog",
    "the cold wind blows the leaves away",
    "a fast current carries the canoe away",
    "a bright lightning strikes the tower",
    "a terrible earthquake destroys the bridge",
    "ein starker Wind trägt den Drachen weg",
    "ein heftiger Sturm trifft das Dorf",
    "ein lauter Donner erschreckt den Hund",
    "ein schwerer Sturm zerstört die Scheune",
    "eine plötzliche Welle spült das Boot weg",
    "ein gewaltiges Erdbeben zerstört die Brücke",
    "ein schrecklicher Brand zerstört die Scheune",
])
def test_describing_words_and_forces_are_read_silently(idea: str) -> None:
    concept = analyze(idea)
    said = " ".join(concept.warnings)
    assert "does not know" not in said and "played by" not in said, concept.warnings
    words = {w.strip(".,").lower() for w in idea.split()}
    assert not {c.name.lower() for c in concept.characters} & (words - {"hund", "dog", "sailor"}), concept.characters
    assert not {o.type for o in concept.objects} & {"ocean", "guitar", "lamp", "snow"}, concept.objects
