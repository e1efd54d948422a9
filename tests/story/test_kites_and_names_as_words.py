"""German "einen Drachen steigen lassen" is flying a kite (not reading, not a typo of "las"); a name that is
also a word ("Tom visits his aunt") is introduced by name alone, never "Tom, a tom". Ideas written for this
test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


@pytest.mark.parametrize("idea", [
    "Opa und Enkelin lassen auf dem Hügel einen Drachen steigen",
    "Zwei Brüder ließen am Strand ihren roten Drachen steigen",
    "Die Kinder lassen Luftballons steigen",
])
def test_steigen_lassen_is_a_flight(idea: str) -> None:
    concept = analyze(idea, language="de")
    assert any(e.verb == "fly" and e.agents for e in concept.events), [(e.verb, e.agents) for e in concept.events]
    assert not any(w.startswith("understood") for w in concept.warnings), concept.warnings


@pytest.mark.parametrize(("idea", "lang", "bad"), [
    ("Tom visits his aunt in the city", "en", "a tom"),
    ("Bill finds a wallet in the park", "en", "a bill"),
])
def test_a_name_that_is_a_word_is_said_as_a_name(idea: str, lang: str, bad: str) -> None:
    opening = plan(idea, duration_s=30, seed=0, language=lang).scenes[0].shots[0].narration
    assert bad not in opening.lower(), opening
