"""An age named in an idea ("in the Middle Ages", "in der Steinzeit", "during the Ice Age") chooses the set of
its kind and says so; it is never cast as a person ("Ages") nor reported as unknown. Ideas written for this
test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "word"), [
    ("In the Middle Ages a young squire polishes the armour of his knight", "Middle Ages"),
    ("Im Mittelalter verkauft eine Bäuerin Eier auf dem Markt", "Mittelalter"),
    ("In der Steinzeit malt ein Junge Tiere an eine Höhlenwand", "Steinzeit"),
    ("During the Ice Age a little mammoth plays in the snow", "Ice Age"),
    ("In der Antike baut ein Bildhauer eine Statue", "Antike"),
])
def test_an_age_is_a_time_and_a_set(idea: str, word: str) -> None:
    concept = analyze(idea)
    names = {c.name for c in concept.characters}
    assert not names & set(word.split()), (idea, names)
    assert any(word in w and "played by the set" in w for w in concept.warnings), concept.warnings
    assert not any(word in w and "does not know" in w for w in concept.warnings), concept.warnings
