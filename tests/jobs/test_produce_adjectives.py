"""The story writes the idea's adjectives into its action sentences; the command engine reads colours and sizes
only. A sentence it does not understand is read again without the describing words it does not know."""

from __future__ import annotations

import pytest

from autark.jobs.produce import _without_unknown_adjectives


@pytest.mark.parametrize(("sentence", "plain"), [
    ("Sam picks up the lonely lighthouse", "Sam picks up the lighthouse"),
    ("Tom isst den alten Apfel", "Tom isst den Apfel"),
    ("Mia gives the shiny old guitar to Tom", "Mia gives the guitar to Tom"),
])
def test_unknown_describing_words_are_left_out(sentence: str, plain: str) -> None:
    assert _without_unknown_adjectives(sentence) == plain


@pytest.mark.parametrize("sentence", ["Tom eats the red apple", "Tom walks to the big table", "Tom waits",
                                      "Anna umarmt Tom"])
def test_sentences_the_engine_reads_are_left_alone(sentence: str) -> None:
    assert _without_unknown_adjectives(sentence) is None
