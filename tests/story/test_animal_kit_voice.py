"""An animal read through a kit (a gull as the bird, a squirrel as the fox) is mute like any animal; only an
animal the idea makes speak gets a voice (story.talking_animals)."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


@pytest.mark.parametrize("idea,lang,animal", [
    ("Zwei Fischer streiten am Hafen, bis eine Möwe ihren Fisch klaut", "de", "Möwe"),
    ("a crow steals the farmer's sandwich in the field", "en", "Crow"),
    ("Ein Eichhörnchen versteckt Nüsse im Garten der Oma", "de", "Eichhörnchen"),
    ("a hungry seagull follows the fishing boat into the harbour", "en", "Seagull"),
])
def test_an_animal_that_does_not_speak_is_mute(idea: str, lang: str, animal: str) -> None:
    voices = {c.name: c.voice for c in analyze(idea, lang).characters}
    assert voices.get(animal) == "none", voices


def test_an_animal_the_idea_makes_speak_has_a_voice() -> None:
    cast = plan("a seagull tells the crab a secret on the beach", duration_s=30).scenes[0].characters
    assert all(c.voice != "none" for c in cast if c.name in ("Seagull", "Crab")), cast
