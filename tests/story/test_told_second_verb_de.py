"""The narrator tells a German clause's second verb with its subject, in a main clause's order: "bis ein
kleiner Hund sie findet und zurückbringt" is told "Der kleine Hund bringt zurück", never "Der kleiner Hund sie
unter einem Busch zurückbringt"."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize("idea,told", [
    ("Ein alter König verliert seine Krone im Garten, bis ein kleiner Hund sie unter einem Busch findet und "
     "zurückbringt", "Der kleine Hund bringt zurück."),
    ("Der Koch backt einen Kuchen, während ein frecher Hund in die Küche schleicht und ihn auffrisst",
     "Der freche Hund frisst ihn auf."),
    ("Die Kinder spielen im Hof, bis eine alte Katze über den Zaun springt und wegläuft",
     "Die alte Katze läuft weg."),
])
def test_a_second_verb_at_the_clause_end_is_told_as_a_main_clause(idea: str, told: str) -> None:
    assert told in [e.told for e in analyze(idea, "de").events]


def test_a_second_verb_in_order_stays_as_it_is() -> None:
    assert "Die Oma singt dabei." in [e.told for e in analyze("Die Oma gießt die Blumen und singt dabei", "de").events]
