"""A German compound that ends in a time of day is that time, not someone to cast ("Novemberabend")."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "time"), [
    ("An einem nebligen Herbstabend wartet eine Katze vor der Tür", "sunset"),
    ("Am Sonntagabend spielen zwei Brüder im Wohnzimmer", "sunset"),
    ("Am frühen Wintermorgen füttert der Bauer die Hühner", "dawn"),
    ("In einer Sommernacht tanzt ein Mädchen am See", "night"),
    ("Am Samstagnachmittag repariert der Opa ein Fahrrad", "day"),
    ("In der Abenddämmerung fliegt eine Eule über den Wald", "dusk"),
])
def test_a_time_compound_is_the_time_of_day(idea: str, time: str) -> None:
    concept = analyze(idea)
    assert concept.time_of_day == time
    words = {c.word.lower() for c in concept.characters}
    assert not any(w.endswith(("abend", "morgen", "nacht", "mittag", "dämmerung")) for w in words), words
    assert not [w for w in concept.unknown_words if w.lower().endswith(("abend", "morgen", "nacht", "mittag"))]
